package org.parley;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision 28: every table has one owning module, and only the owner names it in SQL. Others
 * read through the owner's Java API or through the views it publishes in the schema named after
 * it ({@code consultation.paragraph}, V25), and only if their package-info allows them the owner.
 */
class TableOwnershipTest {

    static final Map<String, String> OWNERS = Map.ofEntries(
            entry("account", "account"), entry("account_token", "account"), entry("login_throttle", "account"),
            entry("audit_event", "audit"),
            entry("session", "session"), entry("session_organiser", "session"),
            entry("consultation", "consultation"), entry("section", "consultation"),
            entry("paragraph", "consultation"), entry("paragraph_version", "consultation"),
            entry("comment", "discussion"), entry("support", "discussion"), entry("comment_revision", "discussion"),
            entry("comment_flag", "moderation"), entry("consultation_moderator", "moderation"),
            entry("comment_response", "disposition"),
            entry("event_publication", "notification"), entry("follow", "notification"),
            entry("notification", "notification"), entry("notification_preference", "notification"),
            entry("notification_subscriber", "notification"));

    private static final Pattern NAMED = Pattern.compile("\\b(DELETE FROM|FROM|JOIN|INTO|UPDATE)\\s+(\\w+)(?:\\.(\\w+))?");
    private static final Path SOURCES = Path.of("src/main/java/org/parley");

    private final ApplicationModules modules = ApplicationModules.of(ParleyApplication.class);

    @Test
    void everyTableHasAnOwner() throws IOException {
        assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(created("TABLE \\s*(\\w+)"));
    }

    @Test
    void everyModuleNamesInSqlOnlyItsOwnTablesAndTheViewsOfModulesItMayUse() throws IOException {
        var views = created("VIEW \\s*(\\w+\\.\\w+)");
        var misreads = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            var inModules = files.filter(path -> path.toString().endsWith(".java") && SOURCES.relativize(path).getNameCount() > 1);
            for (var file : inModules.toList()) {
                var module = SOURCES.relativize(file).getName(0).toString();
                misreads.addAll(misreads(module, Files.readString(file), views).stream()
                        .map(misread -> SOURCES.relativize(file) + ": " + misread).toList());
            }
        }
        assertThat(misreads).isEmpty();
    }

    @Test
    void aTableOfAnotherModuleOrAViewOfAModuleNotAllowedIsReported() {
        var views = Set.of("discussion.comment", "moderation.comment_flag");

        assertThat(misreads("export", "SELECT m.id FROM comment m JOIN discussion.comment r ON true", views))
                .containsExactly("FROM comment is discussion's table");
        assertThat(misreads("proposal", "SELECT 1 FROM moderation.comment_flag", views))
                .containsExactly("FROM moderation.comment_flag: proposal may not use moderation");
        assertThat(misreads("export", "UPDATE discussion.comment SET body = ''", views))
                .containsExactly("UPDATE discussion.comment: a view is for reading");
    }

    private List<String> misreads(String module, String source, Set<String> views) {
        var allowed = allowedDependencies(module);
        var misreads = new ArrayList<String>();
        var named = NAMED.matcher(source);
        while (named.find()) {
            var keyword = named.group(1);
            var name = named.group(2);
            var qualified = named.group(3) == null ? null : name + "." + named.group(3);
            if (qualified != null && views.contains(qualified)) {
                if (!keyword.equals("FROM") && !keyword.equals("JOIN")) {
                    misreads.add(keyword + " " + qualified + ": a view is for reading");
                } else if (!allowed.contains(name)) {
                    misreads.add(keyword + " " + qualified + ": " + module + " may not use " + name);
                }
            } else if (qualified == null && OWNERS.containsKey(name) && !OWNERS.get(name).equals(module)) {
                misreads.add(keyword + " " + name + " is " + OWNERS.get(name) + "'s table");
            }
        }
        return misreads;
    }

    private Set<String> allowedDependencies(String module) {
        return modules.getModuleByName(module).orElseThrow().getAllowedDependencies(modules).stream()
                .map(dependency -> dependency.getTargetModule().getIdentifier().toString())
                .collect(Collectors.toSet());
    }

    /** The names after {@code CREATE <what>} in the migrations. */
    private static Set<String> created(String what) throws IOException {
        var pattern = Pattern.compile("CREATE " + what);
        try (Stream<Path> migrations = Files.list(Path.of("db/migration"))) {
            return migrations.flatMap(migration -> {
                try {
                    return pattern.matcher(Files.readString(migration)).results().map(result -> result.group(1));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.toSet());
        }
    }
}
