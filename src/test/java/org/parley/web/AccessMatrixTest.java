package org.parley.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may do what, for every request mapping the application has. The table below is the
 * designed answer; the test fails when the application has a mapping the table does not list,
 * when the table lists one the application does not have, and when any role gets another outcome.
 *
 * <p>Roles, in the order of the expectation strings: visitor (anonymous), unconfirmed participant,
 * participant, author of the item, organiser of another session, organiser of this session, admin.
 * Outcomes: {@code O} OK (2xx, or 3xx not to the login page), {@code L} redirect to the login
 * page, {@code F} 403, {@code N} 404, {@code B} 400, {@code R} refused in the page (the form shown
 * again with its message, or a redirect carrying a "refused" message; nothing changed).
 *
 * <p>Every state-changing request gets a fixture of its own (a new consultation, sessions,
 * comment, proposal), so one role's change never decides the next role's outcome.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixTest {

    enum Role { VISITOR, UNCONFIRMED, PARTICIPANT, AUTHOR, OTHER_ORGANISER, ORGANISER, ADMIN }

    enum Outcome { OK, LOGIN, FORBIDDEN, NOT_FOUND, BAD_REQUEST, REFUSED_IN_PAGE }

    /** One row: the mapping, the address with the fixture's ids, the minimal valid parameters, the outcome per role. */
    record Row(String method, String pattern, String uri, String expected, String... params) {
        String key() {
            return method + " " + pattern;
        }
    }

    static final List<Row> TABLE = List.of(
            //                                                                                                 V U P A o O Ad
            new Row("GET", "/", "/", "OOOOOOO"),
            new Row("GET", "/login", "/login", "OOOOOOO"),
            new Row("GET", "/register", "/register", "OOOOOOO"),
            new Row("POST", "/register", "/register", "OOOOOOO",
                    "displayName=New Person", "email=new-{unique}@example.org", "password=a long enough password",
                    "stakeholderGroup=ACADEMIA"),
            new Row("GET", "/register/sent", "/register/sent", "OOOOOOO"),
            new Row("GET", "/account/confirm", "/account/confirm?token=nonsense", "OOOOOOO"),
            new Row("POST", "/account/confirm/resend", "/account/confirm/resend", "LOOOOOO"),
            new Row("GET", "/password/forgot", "/password/forgot", "OOOOOOO"),
            new Row("POST", "/password/forgot", "/password/forgot", "OOOOOOO", "email=nobody-{unique}@example.org"),
            new Row("GET", "/password/reset", "/password/reset?token=nonsense", "OOOOOOO"),
            new Row("POST", "/password/reset", "/password/reset", "RRRRRRR",
                    "token=nonsense", "password=a long enough password", "passwordAgain=a long enough password"),
            new Row("GET", "/profile", "/profile", "LOOOOOO"),
            new Row("POST", "/profile", "/profile", "LOOOOOO",
                    "displayName=Renamed", "stakeholderGroup=ACADEMIA"),
            new Row("GET", "/profile/data.json", "/profile/data.json", "LOOOOOO"),
            new Row("POST", "/profile/delete", "/profile/delete", "LRRRRRR", "password=not the password"),
            new Row("POST", "/profile/password", "/profile/password", "LOOOOOO",
                    "currentPassword=a long enough password", "newPassword=another long password",
                    "newPasswordAgain=another long password"),

            new Row("GET", "/c/{slug}", "/c/{slug}", "OOOOOOO"),
            new Row("GET", "/c/{slug}/comments", "/c/{slug}/comments", "OOOOOOO"),
            new Row("GET", "/search", "/search?q=wording", "OOOOOOO"),
            new Row("GET", "/c/{slug}/search", "/c/{slug}/search?q=wording", "OOOOOOO"),
            new Row("GET", "/c/{slug}/comments.atom", "/c/{slug}/comments.atom", "OOOOOOO"),
            new Row("GET", "/c/{slug}/comments.csv", "/c/{slug}/comments.csv", "OOOOOOO"),
            new Row("GET", "/c/{slug}/comments.json", "/c/{slug}/comments.json", "OOOOOOO"),
            new Row("GET", "/c/{slug}/export.md", "/c/{slug}/export.md", "OOOOOOO"),
            new Row("GET", "/c/{slug}/export.docx", "/c/{slug}/export.docx", "OOOOOOO"),
            new Row("GET", "/c/{slug}/export.pdf", "/c/{slug}/export.pdf", "OOOOOOO"),
            new Row("GET", "/c/{slug}/p/{anchor}", "/c/{slug}/p/{anchor}", "OOOOOOO"),
            new Row("GET", "/c/{slug}/p/{anchor}/history", "/c/{slug}/p/{anchor}/history", "OOOOOOO"),
            new Row("POST", "/c/{slug}/p/{anchor}/comments", "/c/{slug}/p/{anchor}/comments", "LROOOOO",
                    "body=A fair point about the text.", "idempotencyKey={uuid}", "shownAt={stamp}", "website="),
            new Row("GET", "/c/{slug}/p/{anchor}/edit", "/c/{slug}/p/{anchor}/edit", "LFFFFOO"),
            new Row("POST", "/c/{slug}/p/{anchor}/edit", "/c/{slug}/p/{anchor}/edit", "LFFFFOO",
                    "expectedVersion=1", "text=A new wording of the paragraph.", "note=Reworded."),
            new Row("POST", "/c/{slug}/p/{anchor}/restore", "/c/{slug}/p/{anchor}/restore", "LFFFFRR",
                    "version=1", "expectedVersion=1"),

            new Row("GET", "/comments/{id}", "/comments/{comment}", "OOOOOOO"),
            new Row("GET", "/comments/{id}/edit", "/comments/{comment}/edit", "LFFOFFF"),
            new Row("POST", "/comments/{id}/edit", "/comments/{comment}/edit", "LFFOFFF", "body=Edited wording."),
            new Row("POST", "/comments/{id}/withdraw", "/comments/{comment}/withdraw", "LFFOFFF"),
            new Row("GET", "/comments/{id}/flag", "/comments/{comment}/flag", "LOOOOOO"),
            new Row("POST", "/comments/{id}/flag", "/comments/{comment}/flag", "LOOOOOO", "reason=Off topic."),
            new Row("POST", "/comments/{id}/support", "/comments/{proposal}/support", "LROROOO"),

            new Row("GET", "/proposals", "/proposals", "LOOOOOO"),
            new Row("GET", "/proposals/{id}", "/proposals/{proposal}", "LFFFFOO"),
            new Row("POST", "/proposals/{id}/accept", "/proposals/{proposal}/accept", "LFFFFOO",
                    "expectedVersion=1", "note=Agreed."),
            new Row("POST", "/proposals/{id}/accept-with-edits", "/proposals/{proposal}/accept-with-edits", "LFFFFOO",
                    "expectedVersion=1", "text=An agreed wording.", "note=Agreed with edits."),
            new Row("POST", "/proposals/{id}/reject", "/proposals/{proposal}/reject", "LFFFFOO",
                    "expectedVersion=1", "reason=Not agreed."),
            // decision 31: the organisers of the comment's session and admins respond; the report of an
            // unpublished consultation is a preview for its organisers and admins
            new Row("GET", "/c/{slug}/comments/{id}/response", "/c/{slug}/comments/{comment}/response", "LFFFFOO"),
            new Row("POST", "/c/{slug}/comments/{id}/response", "/c/{slug}/comments/{comment}/response", "LFFFFOO",
                    "status=NOTED", "note=Thank you."),
            new Row("GET", "/c/{slug}/report", "/c/{slug}/report", "NNNNOOO"),
            new Row("GET", "/c/{slug}/report.docx", "/c/{slug}/report.docx", "NNNNOOO"),
            new Row("GET", "/c/{slug}/report.pdf", "/c/{slug}/report.pdf", "NNNNOOO"),
            new Row("GET", "/c/{slug}/report.csv", "/c/{slug}/report.csv", "NNNNOOO"),

            // organisers of any of the consultation's sessions, and admins
            new Row("GET", "/c/{slug}/detached", "/c/{slug}/detached", "LFFFOOO"),
            // insights of an open consultation whose admin did not make them public: as if they did not exist
            new Row("GET", "/c/{slug}/insights", "/c/{slug}/insights", "NNNNOOO"),
            new Row("GET", "/c/{slug}/insights/{chart}.csv", "/c/{slug}/insights/groups.csv", "NNNNOOO"),

            new Row("GET", "/sessions", "/sessions", "LOOOOOO"),
            new Row("GET", "/sessions/{id}", "/sessions/{session}", "LFFFFOO"),
            new Row("POST", "/sessions/{id}/final", "/sessions/{session}/final", "LFFFFOO", "confirm=true"),
            new Row("POST", "/sessions/{id}/reopen", "/sessions/{session}/reopen", "LFFFFFO"),

            // organisers moderate the comments of their own session (the other organiser has a queue, of WS2);
            // these rows come before the admin rows that appoint the participant as an organiser and a moderator
            new Row("GET", "/moderation", "/moderation", "LFFFOOO"),
            new Row("GET", "/moderation/comments/{id}", "/moderation/comments/{comment}", "LFFFFOO"),
            new Row("POST", "/moderation/comments/{id}/hide", "/moderation/comments/{comment}/hide",
                    "LFFFFOO", "reason=Off topic."),
            new Row("POST", "/moderation/comments/{id}/restore", "/moderation/comments/{comment}/restore",
                    "LFFFFOO", "reason=Fine after all."),
            new Row("POST", "/moderation/comments/{id}/reject", "/moderation/comments/{comment}/reject",
                    "LFFFFOO", "reason=Spam."),
            new Row("POST", "/moderation/comments/{id}/approve", "/moderation/comments/{comment}/approve", "LFFFFOO"),
            new Row("POST", "/moderation/comments/{id}/dismiss", "/moderation/comments/{comment}/dismiss", "LFFFFOO"),

            new Row("GET", "/admin/consultations", "/admin/consultations", "LFFFFFO"),
            new Row("GET", "/admin/consultations/new", "/admin/consultations/new", "LFFFFFO"),
            new Row("POST", "/admin/consultations", "/admin/consultations", "LFFFFFO",
                    "slug=new-{unique}", "title=A new consultation", "moderationMode=POST"),
            new Row("GET", "/admin/consultations/{slug}/edit", "/admin/consultations/{slug}/edit", "LFFFFFO"),
            new Row("POST", "/admin/consultations/{slug}", "/admin/consultations/{slug}", "LFFFFFO",
                    "slug={slug}", "title=Renamed consultation", "moderationMode=POST"),
            new Row("POST", "/admin/consultations/{slug}/status", "/admin/consultations/{slug}/status", "LFFFFFO",
                    "status=CLOSED"),
            new Row("GET", "/admin/consultations/{slug}/import", "/admin/consultations/{slug}/import", "LFFFFFO"),
            new Row("POST", "/admin/consultations/{slug}/import/preview", "/admin/consultations/{draft}/import/preview",
                    "LFFFFFO", "format=MARKDOWN", "text=# Title\n\nA paragraph."),
            new Row("POST", "/admin/consultations/{slug}/import", "/admin/consultations/{draft}/import", "LFFFFFO",
                    "format=MARKDOWN", "text=# Title\n\nA paragraph."),
            new Row("GET", "/admin/consultations/{slug}/reimport", "/admin/consultations/{slug}/reimport", "LFFFFFO"),
            new Row("POST", "/admin/consultations/{slug}/reimport/report", "/admin/consultations/{slug}/reimport/report",
                    "LFFFFFO", "format=MARKDOWN", "text=# Title\n\nA paragraph."),
            // without the fingerprint of a report the confirmation is refused and the report shown again
            new Row("POST", "/admin/consultations/{slug}/reimport", "/admin/consultations/{slug}/reimport", "LFFFFFR",
                    "format=MARKDOWN", "text=# Title\n\nA paragraph.", "fingerprint=none"),
            new Row("GET", "/admin/consultations/{slug}/sessions", "/admin/consultations/{slug}/sessions", "LFFFFFO"),
            new Row("POST", "/admin/consultations/{slug}/sessions", "/admin/consultations/{slug}/sessions", "LFFFFFO",
                    "code=WS9", "title=Workshop 9"),
            new Row("GET", "/admin/consultations/{slug}/sessions/{id}/edit",
                    "/admin/consultations/{slug}/sessions/{session}/edit", "LFFFFFO"),
            new Row("POST", "/admin/consultations/{slug}/sessions/{id}", "/admin/consultations/{slug}/sessions/{session}",
                    "LFFFFFO", "code=WS1b", "title=Workshop 1b"),
            new Row("POST", "/admin/consultations/{slug}/sessions/{id}/delete",
                    "/admin/consultations/{slug}/sessions/{session}/delete", "LFFFFFO"),
            new Row("POST", "/admin/consultations/{slug}/sessions/assignments",
                    "/admin/consultations/{slug}/sessions/assignments", "LFFFFFO"),
            new Row("POST", "/admin/consultations/{slug}/sessions/{id}/organisers",
                    "/admin/consultations/{slug}/sessions/{session}/organisers", "LFFFFFO", "email={participantEmail}"),
            new Row("POST", "/admin/consultations/{slug}/sessions/{id}/organisers/{accountId}/delete",
                    "/admin/consultations/{slug}/sessions/{session}/organisers/{organiser}/delete", "LFFFFFO"),

            new Row("GET", "/notifications", "/notifications", "LOOOOOO"),
            new Row("POST", "/notifications/{id}/open", "/notifications/999999999999/open", "LNNNNNN"),
            new Row("POST", "/notifications/read", "/notifications/read", "LOOOOOO"),
            new Row("GET", "/notifications/preferences", "/notifications/preferences", "LOOOOOO"),
            new Row("POST", "/notifications/preferences", "/notifications/preferences", "LOOOOOO",
                    "REPLY=DAILY", "PROPOSAL=DAILY", "DECISION=DAILY", "YOUR_PROPOSAL_DECIDED=DAILY", "COMMENT_HIDDEN=DAILY", "COMMENT_RESTORED=DAILY", "COMMENT_APPROVED=DAILY", "CONSULTATION_OPENED=DAILY", "CONSULTATION_CLOSING=DAILY", "CONSULTATION_PUBLISHED=DAILY", "SESSION_FINAL=DAILY"),
            // the secret in the address is the key, not the session: an unknown one is not found for everyone
            new Row("GET", "/notifications/unsubscribe/{token}/{stream}", "/notifications/unsubscribe/{uuid}/REPLY", "NNNNNNN"),
            new Row("POST", "/notifications/unsubscribe/{token}/{stream}", "/notifications/unsubscribe/{uuid}/REPLY", "NNNNNNN"),
            new Row("GET", "/follows", "/follows?target=SESSION&id={session}", "LOOOOOO"),
            new Row("POST", "/follows", "/follows", "LOOOOOO", "target=SESSION", "id={session}", "back=/notifications"),
            new Row("POST", "/follows/remove", "/follows/remove", "LOOOOOO", "target=SESSION", "id={session}"),

            new Row("GET", "/admin/audit", "/admin/audit", "LFFFFFO"),
            new Row("GET", "/admin/moderation", "/admin/moderation", "LFFFFFO"),
            new Row("GET", "/admin/moderation/comments/{id}", "/admin/moderation/comments/{comment}", "LFFFFFO"),
            new Row("POST", "/admin/moderation/comments/{id}/hide", "/admin/moderation/comments/{comment}/hide",
                    "LFFFFFO", "reason=Off topic."),
            new Row("POST", "/admin/moderation/comments/{id}/restore", "/admin/moderation/comments/{comment}/restore",
                    "LFFFFFO", "reason=Fine after all."),
            new Row("POST", "/admin/moderation/comments/{id}/reject", "/admin/moderation/comments/{comment}/reject",
                    "LFFFFFO", "reason=Spam."),
            new Row("POST", "/admin/moderation/comments/{id}/approve", "/admin/moderation/comments/{comment}/approve",
                    "LFFFFFO"),
            new Row("POST", "/admin/moderation/comments/{id}/dismiss", "/admin/moderation/comments/{comment}/dismiss",
                    "LFFFFFO"),
            new Row("POST", "/admin/moderation/participants/{id}/approve",
                    "/admin/moderation/participants/{participant}/approve", "LFFFFFO"),
            new Row("GET", "/admin/consultations/{slug}/moderators", "/admin/consultations/{slug}/moderators", "LFFFFFO"),
            new Row("POST", "/admin/consultations/{slug}/moderators", "/admin/consultations/{slug}/moderators", "LFFFFFO",
                    "email={participantEmail}"),
            new Row("POST", "/admin/consultations/{slug}/moderators/{accountId}/delete",
                    "/admin/consultations/{slug}/moderators/{organiser}/delete", "LFFFFFO"));

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

    Discussions discussions;
    final Map<Role, SignedInAccount> people = new EnumMap<>(Role.class);

    @BeforeEach
    void people() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        people.put(Role.UNCONFIRMED, discussions.participant("Una Unconfirmed"));
        jdbc.sql("UPDATE account SET verified_at = NULL WHERE id = ?").params(people.get(Role.UNCONFIRMED).id()).update();
        people.put(Role.PARTICIPANT, discussions.participant("Pia Participant"));
        people.put(Role.AUTHOR, discussions.participant("Arno Author"));
        people.put(Role.OTHER_ORGANISER, discussions.participant("Otto Otherorganiser"));
        people.put(Role.ORGANISER, discussions.participant("Olga Organiser"));
        people.put(Role.ADMIN, discussions.admin("Ada Admin"));
    }

    /** A consultation open for comments, its two sessions and organisers, a comment and a proposal by the author. */
    record Fixture(String slug, String anchor, String draft, long session, long comment, long proposal, String stamp) {
    }

    Fixture fixture() {
        String slug = "m-" + UUID.randomUUID().toString().substring(0, 8);
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "Matrix", null, now.minus(1, ChronoUnit.DAYS),
                now.plus(7, ChronoUnit.DAYS)));
        imports.importText(slug, "## Workshop 1\n\nThe first message of the first workshop.\n\n"
                + "## Workshop 2\n\nAnother message of another workshop.\n", ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        long consultationId = consultations.summary(slug).id();
        long ws1 = session(consultationId, "WS1", "Workshop 1", people.get(Role.ORGANISER));
        long ws2 = session(consultationId, "WS2", "Workshop 2", people.get(Role.OTHER_ORGANISER));
        jdbc.sql("UPDATE section SET session_id = ? WHERE consultation_id = ? AND title = 'Workshop 1'").params(ws1, consultationId).update();
        jdbc.sql("UPDATE section SET session_id = ? WHERE consultation_id = ? AND title = 'Workshop 2'").params(ws2, consultationId).update();
        String anchor = discussions.firstAnchor(slug);
        var author = people.get(Role.AUTHOR);
        String stamp = discussions.shownAt(slug, anchor, author);
        assertThat(discussions.post(slug, anchor, author, "The author's comment.", stamp, "", "10.0.0.1"))
                .hasStatus3xxRedirection();
        long comment = discussions.lastCommentId(author);
        long proposal = discussions.propose(slug, anchor, author, "Say it more plainly.", "The first message, plainly.");
        String draft = "draft-" + UUID.randomUUID().toString().substring(0, 8);
        consultations.create(new NewConsultation(draft, "Draft", null, null, null));
        return new Fixture(slug, anchor, draft, ws1, comment, proposal, stamp);
    }

    private long session(long consultationId, String code, String title, SignedInAccount organiser) {
        long id = jdbc.sql("INSERT INTO session (consultation_id, code, title) VALUES (?, ?, ?) RETURNING id")
                .params(consultationId, code, title).query(Long.class).single();
        jdbc.sql("INSERT INTO session_organiser (session_id, account_id) VALUES (?, ?)").params(id, organiser.id()).update();
        return id;
    }

    @Test
    void theTableListsExactlyTheApplicationsMappings() {
        var application = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.parley") || handler.getBeanType() == ErrorPageController.class) {
                return; // /error: every method, for every error (EveryDoorTest)
            }
            assertThat(info.getMethodsCondition().getMethods()).as("%s names its HTTP method", handler).isNotEmpty();
            for (var method : info.getMethodsCondition().getMethods()) {
                for (var pattern : info.getPathPatternsCondition().getPatternValues()) {
                    application.add(method.name() + " " + pattern);
                }
            }
        });
        var table = new TreeSet<String>();
        TABLE.forEach(row -> assertThat(table.add(row.key())).as("listed twice: %s", row.key()).isTrue());

        var unlisted = new TreeSet<>(application);
        unlisted.removeAll(table);
        var gone = new TreeSet<>(table);
        gone.removeAll(application);
        assertThat(unlisted).as("mappings with no expectation in AccessMatrixTest.TABLE").isEmpty();
        assertThat(gone).as("expectations for mappings the application does not have").isEmpty();
    }

    @Test
    void everyRoleGetsTheDesignedOutcomeOnEveryMapping() {
        Fixture shared = fixture();
        var failures = new ArrayList<String>();
        var observed = new LinkedHashMap<String, String>();
        for (var row : TABLE) {
            assertThat(row.expected()).as(row.key()).hasSize(Role.values().length);
            var line = new StringBuilder();
            for (var role : Role.values()) {
                boolean changes = !row.method().equals("GET");
                Fixture fixture = changes ? fixture() : shared;
                Outcome outcome;
                try {
                    outcome = send(row, role, fixture);
                } catch (AssertionError unexpected) {
                    failures.add(unexpected.getMessage());
                    line.append('!');
                    continue;
                }
                line.append(code(outcome));
                Outcome expected = outcome(row.expected().charAt(role.ordinal()));
                if (outcome != expected) {
                    failures.add(row.key() + " as " + role + ": expected " + expected + " but was " + outcome);
                }
            }
            observed.put(row.key(), line.toString());
        }
        observed.forEach((key, line) -> System.out.println("MATRIX " + line + " " + key));
        assertThat(failures).as("outcomes that differ from the table").isEmpty();
    }

    private Outcome send(Row row, Role role, Fixture fixture) {
        String uri = fill(row.uri(), fixture);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), uri)
                .accept("text/html");
        if (!row.method().equals("GET")) {
            request = request.with(csrf());
        }
        if (role != Role.VISITOR) {
            request = request.with(user(people.get(role)));
        }
        for (String param : row.params()) {
            int equals = param.indexOf('=');
            request = request.param(param.substring(0, equals), fill(param.substring(equals + 1), fixture));
        }
        MvcTestResult result = mvc.perform(request);
        if (result.getUnresolvedException() != null) {
            throw new AssertionError(row.key() + " as " + role + " threw", result.getUnresolvedException());
        }
        var response = result.getResponse();
        int status = response.getStatus();
        if (status >= 300 && status < 400) {
            String location = String.valueOf(response.getRedirectedUrl());
            var flashes = result.getMvcResult().getFlashMap();
            Object flash = flashes == null ? null : flashes.get("flash");
            if (location.endsWith("/login") && flash == null) {
                return Outcome.LOGIN; // Spring Security's entry point, not a page that sends people to sign in afterwards
            }
            if (flash != null && flash.toString().toLowerCase().contains("refused")) {
                return Outcome.REFUSED_IN_PAGE;
            }
            return Outcome.OK;
        }
        if (status >= 200 && status < 300) {
            boolean formAgain = !row.method().equals("GET") && !row.pattern().endsWith("/import/preview")
                    && !row.pattern().endsWith("/reimport/report");
            return formAgain ? Outcome.REFUSED_IN_PAGE : Outcome.OK;
        }
        return switch (status) {
            case 403 -> Outcome.FORBIDDEN;
            case 404 -> Outcome.NOT_FOUND;
            case 400 -> Outcome.BAD_REQUEST;
            default -> throw new AssertionError(row.key() + " as " + role + " answered " + status);
        };
    }

    String fill(String template, Fixture fixture) {
        return template.replace("{slug}", fixture.slug())
                .replace("{anchor}", fixture.anchor())
                .replace("{draft}", fixture.draft())
                .replace("{comment}", Long.toString(fixture.comment()))
                .replace("{proposal}", Long.toString(fixture.proposal()))
                .replace("{session}", Long.toString(fixture.session()))
                .replace("{organiser}", Long.toString(people.get(Role.ORGANISER).id()))
                .replace("{participant}", Long.toString(people.get(Role.UNCONFIRMED).id()))
                .replace("{participantEmail}", people.get(Role.PARTICIPANT).getUsername())
                .replace("{stamp}", fixture.stamp())
                .replace("{uuid}", UUID.randomUUID().toString())
                .replace("{unique}", UUID.randomUUID().toString().substring(0, 8));
    }

    private static char code(Outcome outcome) {
        return switch (outcome) {
            case OK -> 'O';
            case LOGIN -> 'L';
            case FORBIDDEN -> 'F';
            case NOT_FOUND -> 'N';
            case BAD_REQUEST -> 'B';
            case REFUSED_IN_PAGE -> 'R';
        };
    }

    private static Outcome outcome(char code) {
        for (var outcome : Outcome.values()) {
            if (code(outcome) == code) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("No outcome " + code);
    }
}
