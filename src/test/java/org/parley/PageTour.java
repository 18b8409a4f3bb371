package org.parley;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every kind of page Parley has, each with an address in the demo content and who looks at it:
 * what the markup and accessibility checks walk through. Needs a server started with
 * {@code parley.demo.enabled=true}.
 */
public final class PageTour {

    public static final String DEMO_PASSWORD = "parley-demo-2026";
    public static final String REPORT = "age-of-digital-interdependence";
    public static final String MESSAGES = "eurodig-2024-workshop-1a";
    /** The first import's form is offered only until a consultation has its text; the tour adds one without. */
    public static final String WITHOUT_TEXT = "tour-without-text";

    public enum Role {
        VISITOR(null), PARTICIPANT("david@parley.example"), ORGANISER("organiser@parley.example"), ADMIN("admin@parley.example");

        private final String email;

        Role(String email) {
            this.email = email;
        }

        public String email() {
            return email;
        }
    }

    /** One page of the tour: its name in failure messages, who looks, where, and the status it answers. */
    public record Stop(String name, Role role, String path, int status) {

        @Override
        public String toString() {
            return name + " (" + role.name().toLowerCase() + ", " + path + ")";
        }
    }

    private PageTour() {
    }

    public static List<Stop> stops(JdbcClient jdbc) {
        record Discussed(String slug, String anchor, long comment) {
        }
        var discussed = jdbc.sql("""
                SELECT c.slug, p.anchor, m.id AS comment FROM comment m JOIN paragraph p ON p.id = m.paragraph_id
                JOIN consultation c ON c.id = p.consultation_id
                WHERE m.status = 'PUBLISHED' AND m.parent_id IS NULL AND m.proposed_text IS NULL
                ORDER BY c.slug = ? DESC, m.id LIMIT 1""").param(REPORT).query(Discussed.class).single();
        String revised = jdbc.sql("""
                SELECT p.anchor FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                WHERE c.slug = ? AND p.current_version > 1 ORDER BY p.position LIMIT 1""").param(MESSAGES).query(String.class).single();
        long comment = discussed.comment();
        String paragraph = discussed.anchor();
        String thread = "/c/" + discussed.slug();
        long proposal = jdbc.sql("SELECT id FROM comment WHERE proposal_status = 'OPEN' ORDER BY id LIMIT 1").query(Long.class).single();
        long session = jdbc.sql("SELECT id FROM session ORDER BY id LIMIT 1").query(Long.class).single();
        String report = "/c/" + REPORT;
        String messages = "/c/" + MESSAGES;

        jdbc.sql("INSERT INTO consultation (slug, title) VALUES (?, 'A consultation without its text') "
                + "ON CONFLICT (slug) DO NOTHING").param(WITHOUT_TEXT).update();
        var stops = new ArrayList<Stop>();
        visitor(stops, "home", "/");
        visitor(stops, "consultation", report);
        visitor(stops, "messages consultation", messages);
        visitor(stops, "see in context", thread + "?open=" + paragraph + "&comment=" + comment + "#c-" + comment);
        visitor(stops, "paragraph", thread + "/p/" + paragraph);
        visitor(stops, "history", messages + "/p/" + revised + "/history");
        visitor(stops, "diff", messages + "/p/" + revised + "/history?from=1&to=2");
        visitor(stops, "all comments", thread + "/comments");
        visitor(stops, "insights", report + "/insights");
        visitor(stops, "search", "/search?q=digital");
        visitor(stops, "search within a consultation", report + "/search?q=cooperation");
        visitor(stops, "search with nothing found", report + "/search?q=zzyzx&kind=PROPOSAL");
        visitor(stops, "search refused", "/search?q=-digital");
        visitor(stops, "login", "/login");
        visitor(stops, "login refused", "/login?error");
        visitor(stops, "registration", "/register");
        visitor(stops, "forgotten password", "/password/forgot");
        visitor(stops, "password reset link invalid", "/password/reset?token=no-such-token");
        stops.add(new Stop("not found", Role.VISITOR, "/no/such/page", 404));

        participant(stops, "consultation", report);
        participant(stops, "paragraph with comment form", thread + "/p/" + paragraph);
        participant(stops, "reply form", thread + "/p/" + paragraph + "?replyTo=" + comment);
        participant(stops, "profile", "/profile");
        participant(stops, "flag a comment", "/comments/" + comment + "/flag");
        stops.add(new Stop("forbidden", Role.PARTICIPANT, "/admin/consultations", 403));
        notifications(jdbc, stops, comment);

        organiser(stops, "proposals desk", "/proposals");
        organiser(stops, "decision", "/proposals/" + proposal);
        organiser(stops, "sessions", "/sessions");
        organiser(stops, "session", "/sessions/" + session);
        organiser(stops, "new version", messages + "/p/" + revised + "/edit");
        organiser(stops, "history with restore", messages + "/p/" + revised + "/history");
        organiser(stops, "detached comments", messages + "/detached");
        organiser(stops, "insights of a session's consultation", messages + "/insights");
        organiser(stops, "own moderation queue", "/moderation");
        long responded = jdbc.sql("""
                SELECT m.id FROM comment m JOIN paragraph p ON p.id = m.paragraph_id JOIN consultation c ON c.id = p.consultation_id
                WHERE c.slug = ? AND m.status = 'PUBLISHED' AND m.proposed_text IS NULL ORDER BY m.id LIMIT 1""")
                .param(MESSAGES).query(Long.class).single();
        organiser(stops, "respond to a comment", messages + "/comments/" + responded + "/response");
        organiser(stops, "disposition report (preview)", messages + "/report");

        admin(stops, "consultations", "/admin/consultations");
        admin(stops, "new consultation", "/admin/consultations/new");
        admin(stops, "edit consultation", "/admin/consultations/" + REPORT + "/edit");
        admin(stops, "import", "/admin/consultations/" + WITHOUT_TEXT + "/import");
        admin(stops, "re-import", "/admin/consultations/" + REPORT + "/reimport");
        admin(stops, "sessions", "/admin/consultations/" + MESSAGES + "/sessions");
        admin(stops, "moderation", "/admin/moderation");
        admin(stops, "moderate a comment", "/admin/moderation/comments/" + comment);
        admin(stops, "moderators of a consultation", "/admin/consultations/" + MESSAGES + "/moderators");
        admin(stops, "consultation", messages);
        admin(stops, "audit log", "/admin/audit");
        admin(stops, "search with held comments", "/search?q=digital&held=on");
        jdbc.sql("""
                SELECT m.id FROM comment m JOIN paragraph p ON p.id = m.paragraph_id JOIN paragraph_version v ON v.id = m.version_id
                WHERE m.proposal_status = 'OPEN' AND m.status = 'PUBLISHED' AND v.n < p.current_version
                ORDER BY m.id LIMIT 1""").query(Long.class).optional()
                .ifPresent(stale -> admin(stops, "decision on a proposal written on an older version", "/proposals/" + stale));
        return List.copyOf(stops);
    }

    /** The participant's notifications (with one, whatever the demo left them), mail choices, and an unsubscribe link. */
    private static void notifications(JdbcClient jdbc, List<Stop> stops, long comment) {
        long david = jdbc.sql("SELECT id FROM account WHERE email = ?").param(Role.PARTICIPANT.email()).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO notification (event_id, recipient_id, kind, consultation_id, paragraph_id, comment_id)
                SELECT gen_random_uuid(), ?, 'REPLY', p.consultation_id, p.id, m.id FROM comment m
                JOIN paragraph p ON p.id = m.paragraph_id WHERE m.id = ?
                AND NOT EXISTS (SELECT 1 FROM notification WHERE recipient_id = ?)""").params(david, comment, david).update();
        jdbc.sql("INSERT INTO notification_subscriber (account_id) VALUES (?) ON CONFLICT DO NOTHING").params(david).update();
        String token = jdbc.sql("SELECT unsubscribe_token::text FROM notification_subscriber WHERE account_id = ?")
                .params(david).query(String.class).single();
        participant(stops, "notifications", "/notifications");
        participant(stops, "notification mail choices", "/notifications/preferences");
        long consultation = jdbc.sql("SELECT id FROM consultation WHERE slug = ?").param(REPORT).query(Long.class).single();
        participant(stops, "follow a consultation", "/follows?target=CONSULTATION&id=" + consultation);
        visitor(stops, "unsubscribe from a mail", "/notifications/unsubscribe/" + token + "/DAILY");
    }

    private static void visitor(List<Stop> stops, String name, String path) {
        stops.add(new Stop(name, Role.VISITOR, path, 200));
    }

    private static void participant(List<Stop> stops, String name, String path) {
        stops.add(new Stop(name, Role.PARTICIPANT, path, 200));
    }

    private static void organiser(List<Stop> stops, String name, String path) {
        stops.add(new Stop(name, Role.ORGANISER, path, 200));
    }

    private static void admin(List<Stop> stops, String name, String path) {
        stops.add(new Stop(name, Role.ADMIN, path, 200));
    }

    /** A cookie-keeping HTTP client signed in as the role's demo account, asking for HTML as a browser does. */
    public static final class Visitor {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final int port;

        public Visitor(int port, Role role) throws IOException, InterruptedException {
            this.port = port;
            if (role.email() != null) {
                String csrf = Jsoup.parse(get("/login").body()).select("input[name=_csrf]").val();
                String form = "email=" + URLEncoder.encode(role.email(), StandardCharsets.UTF_8) + "&password=" + DEMO_PASSWORD
                        + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
                var signedIn = client.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
                if (signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                    throw new IllegalStateException("could not sign in as " + role.email());
                }
            }
        }

        public HttpResponse<String> get(String path) throws IOException, InterruptedException {
            int fragment = path.indexOf('#');
            return client.send(request(fragment < 0 ? path : path.substring(0, fragment)).GET().build(), BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html,application/xhtml+xml");
        }
    }
}
