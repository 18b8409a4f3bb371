package org.parley.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.parley.account.AccountService;
import org.parley.consultation.ConsultationService;
import org.parley.importing.ImportService;
import org.parley.web.AccessMatrixTest.Role;
import org.parley.web.AccessMatrixTest.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue 21: no door answers 500. For every POST mapping (and every GET that reads parameters),
 * as the role that may use it, each parameter in turn gets a NUL byte, other control characters,
 * an unknown enum value, something that is not a number, an overlong value and an empty value,
 * the other parameters keeping the valid values of {@link AccessMatrixTest#TABLE}. The answer is
 * never a 5xx, and an answer that is not a redirect (a refusal, a form shown again) leaves the row
 * counts of the main tables as they were. The parameters come from the handler methods themselves
 * (their {@code @RequestParam}s and the components of their form records), so a new field is tried
 * without a change here; a new POST mapping needs one line in {@link #WHO}, or this test fails.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EveryFormTest {

    /** Who may use each POST mapping; its valid parameters are those of {@link AccessMatrixTest#TABLE}. */
    static final Map<String, Role> WHO = Map.ofEntries(
            entry("POST /login", Role.VISITOR), // Spring Security's sign-in, no handler method
            entry("POST /register", Role.VISITOR),
            entry("POST /account/confirm/resend", Role.UNCONFIRMED),
            entry("POST /password/forgot", Role.VISITOR),
            entry("POST /password/reset", Role.VISITOR),
            entry("POST /profile", Role.PARTICIPANT),
            entry("POST /profile/delete", Role.PARTICIPANT),
            entry("POST /profile/password", Role.PARTICIPANT),
            entry("POST /c/{slug}/p/{anchor}/comments", Role.PARTICIPANT),
            entry("POST /c/{slug}/p/{anchor}/edit", Role.ORGANISER),
            entry("POST /c/{slug}/p/{anchor}/restore", Role.ORGANISER),
            entry("POST /comments/{id}/edit", Role.AUTHOR),
            entry("POST /comments/{id}/withdraw", Role.AUTHOR),
            entry("POST /comments/{id}/flag", Role.PARTICIPANT),
            entry("POST /comments/{id}/support", Role.PARTICIPANT),
            entry("POST /proposals/{id}/accept", Role.ORGANISER),
            entry("POST /proposals/{id}/accept-with-edits", Role.ORGANISER),
            entry("POST /proposals/{id}/reject", Role.ORGANISER),
            entry("POST /c/{slug}/comments/{id}/response", Role.ORGANISER),
            entry("POST /sessions/{id}/final", Role.ORGANISER),
            entry("POST /sessions/{id}/reopen", Role.ADMIN),
            entry("POST /admin/consultations", Role.ADMIN),
            entry("POST /admin/consultations/{slug}", Role.ADMIN),
            entry("POST /admin/consultations/{slug}/status", Role.ADMIN),
            entry("POST /admin/consultations/{slug}/import/preview", Role.ADMIN),
            entry("POST /admin/consultations/{slug}/import", Role.ADMIN),
            entry("POST /admin/consultations/{slug}/reimport/report", Role.ADMIN),
            entry("POST /admin/consultations/{slug}/reimport", Role.ADMIN),
            entry("POST /admin/consultations/{slug}/sessions", Role.ADMIN),
            entry("POST /admin/consultations/{slug}/sessions/{id}", Role.ADMIN),
            entry("POST /admin/consultations/{slug}/sessions/{id}/delete", Role.ADMIN),
            entry("POST /admin/consultations/{slug}/sessions/assignments", Role.ADMIN),
            entry("POST /admin/consultations/{slug}/sessions/{id}/organisers", Role.ADMIN),
            entry("POST /admin/consultations/{slug}/sessions/{id}/organisers/{accountId}/delete", Role.ADMIN),
            entry("POST /admin/moderation/comments/{id}/hide", Role.ADMIN),
            entry("POST /admin/moderation/comments/{id}/restore", Role.ADMIN),
            entry("POST /admin/moderation/comments/{id}/reject", Role.ADMIN),
            entry("POST /admin/moderation/comments/{id}/approve", Role.ADMIN),
            entry("POST /admin/moderation/comments/{id}/dismiss", Role.ADMIN),
            entry("POST /admin/moderation/participants/{id}/approve", Role.ADMIN),
            entry("POST /moderation/comments/{id}/hide", Role.ORGANISER),
            entry("POST /moderation/comments/{id}/restore", Role.ORGANISER),
            entry("POST /moderation/comments/{id}/reject", Role.ORGANISER),
            entry("POST /moderation/comments/{id}/approve", Role.ORGANISER),
            entry("POST /moderation/comments/{id}/dismiss", Role.ORGANISER),
            entry("POST /admin/consultations/{slug}/moderators", Role.ADMIN),
            entry("POST /admin/consultations/{slug}/moderators/{accountId}/delete", Role.ADMIN),
            entry("POST /notifications/{id}/open", Role.PARTICIPANT),
            entry("POST /notifications/read", Role.PARTICIPANT),
            entry("POST /notifications/preferences", Role.PARTICIPANT),
            entry("POST /notifications/unsubscribe/{token}/{stream}", Role.VISITOR),
            entry("POST /follows", Role.PARTICIPANT),
            entry("POST /follows/remove", Role.PARTICIPANT));

    /** What every parameter gets in turn. */
    static final List<String> HOSTILE = List.of("before\u0000after", "\u001b[31mred\u0007", "\u007f", "NOPE",
            "12abc", "99999999999999999999", "-1", "x".repeat(100_000), "");

    /** The tables a half-done write would leave rows in. */
    static final List<String> TABLES = List.of("account", "account_token", "consultation", "section", "paragraph",
            "paragraph_version", "session", "session_organiser", "comment", "support", "comment_flag", "audit_event",
            "consultation_moderator", "comment_response", "follow", "notification", "notification_preference",
            "notification_subscriber");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ImportService imports;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPostMappingHasARowOfWhoMayUseIt() {
        var posts = new TreeSet<String>();
        handlers().forEach((key, handler) -> {
            if (key.startsWith("POST ")) {
                posts.add(key);
            }
        });
        assertThat(posts).as("POST mappings with no row in EveryFormTest.WHO").isSubsetOf(WHO.keySet());
        assertThat(matrixRow("POST /register").params()).as("valid values come from AccessMatrixTest").isNotEmpty();
    }

    @Test
    void noHostileValueInAnyParameterAnswers5xxOrLeavesRowsBehind() {
        var matrix = new AccessMatrixTest();
        matrix.mvc = mvc;
        matrix.jdbc = jdbc;
        matrix.accounts = accounts;
        matrix.consultations = consultations;
        matrix.imports = imports;
        matrix.people();
        var failures = new ArrayList<String>();
        int sent = 0;
        var handlers = handlers();
        var targets = new LinkedHashMap<String, Role>(WHO);
        handlers.forEach((key, handler) -> {
            if (key.startsWith("GET ") && !parameterNames(handler).isEmpty()) {
                targets.put(key, firstRoleAllowed(matrixRow(key)));
            }
        });
        for (var target : targets.entrySet()) {
            String key = target.getKey();
            Row row = key.equals("POST /login") ? new Row("POST", "/login", "/login", "OOOOOOO",
                    "username={participantEmail}", "password=a long enough password") : matrixRow(key);
            var names = new LinkedHashSet<String>();
            for (String param : row.params()) {
                names.add(param.substring(0, param.indexOf('=')));
            }
            if (handlers.containsKey(key)) {
                names.addAll(parameterNames(handlers.get(key)));
            }
            if (key.equals("POST /login")) {
                names.add("username");
            }
            var fixture = matrix.fixture();
            for (String name : names) {
                for (String value : HOSTILE) {
                    eventsDelivered();
                    var before = rowCounts();
                    var request = request(matrix, row, fixture, name, value, target.getValue());
                    var result = mvc.perform(request);
                    sent++;
                    String what = key + " as " + target.getValue() + " with " + name + "=" + shown(value);
                    if (result.getUnresolvedException() != null) {
                        failures.add(what + " threw " + result.getUnresolvedException());
                        continue;
                    }
                    int status = result.getResponse().getStatus();
                    if (status >= 500) {
                        failures.add(what + " answered " + status);
                    } else if ((status < 300 || status >= 400) && !rowCounts().equals(before)) {
                        failures.add(what + " answered " + status + " but changed " + before + " into " + rowCounts());
                    }
                }
            }
        }
        System.out.println("EVERY-FORM " + sent + " hostile requests to " + targets.size() + " mappings");
        assertThat(sent).isGreaterThan(500);
        assertThat(failures).as("hostile values that got a 5xx or left rows behind").isEmpty();
    }

    private MockHttpServletRequestBuilder request(AccessMatrixTest matrix, Row row, AccessMatrixTest.Fixture fixture,
                                                  String hostileName, String hostileValue, Role role) {
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), matrix.fill(row.uri(), fixture))
                .accept("text/html");
        if (!row.method().equals("GET")) {
            request = request.with(csrf());
        }
        if (role != Role.VISITOR) {
            request = request.with(user(matrix.people.get(role)));
        }
        request = request.param(hostileName, hostileValue);
        for (String param : row.params()) {
            String name = param.substring(0, param.indexOf('='));
            if (!name.equals(hostileName)) {
                request = request.param(name, matrix.fill(param.substring(param.indexOf('=') + 1), fixture));
            }
        }
        return request;
    }

    /** Every application mapping by "METHOD /pattern". */
    private Map<String, HandlerMethod> handlers() {
        var handlers = new LinkedHashMap<String, HandlerMethod>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.parley")) {
                return;
            }
            for (var method : info.getMethodsCondition().getMethods()) {
                for (var pattern : info.getPathPatternsCondition().getPatternValues()) {
                    handlers.put(method.name() + " " + pattern, handler);
                }
            }
        });
        return handlers;
    }

    /** The handler's {@code @RequestParam}s and the components of its form records (files aside). */
    private static Set<String> parameterNames(HandlerMethod handler) {
        var names = new LinkedHashSet<String>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            var requestParam = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (requestParam != null && !MultipartFile.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type)) {
                String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
                names.add(name);
            } else if (type.isRecord() && (parameter.hasParameterAnnotation(ModelAttribute.class)
                    || type.getPackageName().startsWith("org.parley"))) {
                for (var component : type.getRecordComponents()) {
                    if (!MultipartFile.class.isAssignableFrom(component.getType())) {
                        names.add(component.getName());
                    }
                }
            }
        }
        return names;
    }

    private static Row matrixRow(String key) {
        return AccessMatrixTest.TABLE.stream().filter(row -> row.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " has no row in AccessMatrixTest.TABLE"));
    }

    private static Role firstRoleAllowed(Row row) {
        for (var role : Role.values()) {
            if (row.expected().charAt(role.ordinal()) == 'O') {
                return role;
            }
        }
        throw new AssertionError(row.key() + " is open to no role");
    }

    /** An accepted request's events are delivered after it, on another thread (decision 32): counted once they are. */
    private void eventsDelivered() {
        Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                        .query(Integer.class).single() == 0);
    }

    private Map<String, Long> rowCounts() {
        var counts = new LinkedHashMap<String, Long>();
        TABLES.forEach(table -> counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()));
        return counts;
    }

    private static String shown(String value) {
        String visible = value.length() > 20 ? value.substring(0, 5) + "…(" + value.length() + ")" : value;
        return visible.replace("\u0000", "\\0").replace("\u001b", "\\e").replace("\u0007", "\\a").replace("\u007f", "\\x7f");
    }
}
