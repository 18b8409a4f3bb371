package org.parley.insights;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The five UN regional groups, by ISO 3166 alpha-2 code, from {@code insights/un-regional-groups.properties};
 * handed to SQL as one {@code CODE=GROUP;…} parameter so that the grouping by region happens there.
 */
@Component
class RegionalGroups {

    /** A country the map does not name (a territory, the Holy See): in no regional group. */
    static final String NONE = "NONE";

    private final String parameter;

    RegionalGroups() {
        var groups = new Properties();
        try (InputStream in = new ClassPathResource("insights/un-regional-groups.properties").getInputStream()) {
            groups.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parameter = new TreeMap<>(groups).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(";"));
    }

    String asParameter() {
        return parameter;
    }
}
