package org.parley.account;

import java.text.Collator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** ISO 3166 alpha-2 codes, named in the reader's language and sorted the way they would sort them. */
final class Countries {

    private static final Set<String> CODES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));

    private Countries() {
    }

    static boolean isKnown(@Nullable String code) {
        return code == null || code.isBlank() || CODES.contains(code);
    }

    static Map<String, String> named(Locale locale) {
        var collator = Collator.getInstance(locale);
        var options = new LinkedHashMap<String, String>();
        CODES.stream()
                .map(code -> Map.entry(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted((a, b) -> collator.compare(a.getValue(), b.getValue()))
                .forEach(entry -> options.put(entry.getKey(), entry.getValue()));
        return options;
    }
}
