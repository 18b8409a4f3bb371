package org.parley;

import java.util.UUID;

import org.parley.account.AccountService;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.SignedInAccount;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Test helper: open consultations with text, real confirmed accounts, and their principals. */
public record Discussions(MockMvcTester mvc, JdbcClient jdbc, AccountService accounts, ConsultationService consultations) {

    /** An open consultation with two paragraphs; returns its slug. */
    public String openConsultation() {
        String slug = "d-" + UUID.randomUUID().toString().substring(0, 8);
        consultations.create(new NewConsultation(slug, "Digital cooperation", null, null, null));
        var admin = user("importer@example.org").roles("ADMIN");
        assertThat(mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart()
                .param("text", "# The role of the UN\n\nThe UN must be a convener of many voices.\n\nIt should also listen.")
                .param("format", "MARKDOWN").with(admin).with(csrf()))
                .hasStatus3xxRedirection();
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        return slug;
    }

    public String firstAnchor(String slug) {
        return jdbc.sql("""
                        SELECT p.anchor FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        WHERE c.slug = :slug ORDER BY p.position LIMIT 1""")
                .param("slug", slug).query(String.class).single();
    }

    public SignedInAccount participant(String name) {
        return account(name, Role.PARTICIPANT);
    }

    public SignedInAccount admin(String name) {
        return account(name, Role.ADMIN);
    }

    private SignedInAccount account(String name, Role role) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        accounts.createIfAbsent(new NewAccount(email, "a long enough password", name, role, null, StakeholderGroup.CIVIL_SOCIETY, null));
        long id = jdbc.sql("SELECT id FROM account WHERE email = :email").param("email", email).query(Long.class).single();
        return new SignedInAccount(id, email, "x", name, role, true);
    }

    /** The signed time the comment form carries, read from the page as a browser would. */
    public String shownAt(String slug, String anchor, SignedInAccount me) {
        var page = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchor).with(user(me)).exchange());
        String stamp = page.select("form.comment-form input[name=shownAt]").val();
        assertThat(stamp).isNotBlank();
        return stamp;
    }

    /** Posts a comment the way the form does, without JavaScript. */
    public MvcTestResult post(String slug, String anchor, SignedInAccount me, String body, String shownAt,
                              String website, String clientAddress) {
        return mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(user(me)).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(clientAddress);
                    return request;
                })
                .param("body", body).param("idempotencyKey", UUID.randomUUID().toString())
                .param("shownAt", shownAt).param("website", website).exchange();
    }

    /**
     * Proposes new wording for the whole paragraph the way the comment form does, with the reason as the comment;
     * returns the proposal's id.
     */
    public long propose(String slug, String anchor, SignedInAccount author, String reason, String proposedText) {
        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(user(author)).with(csrf())
                .param("body", reason).param("proposedText", proposedText).param("proposalScope", "PARAGRAPH")
                .param("idempotencyKey", UUID.randomUUID().toString()).param("website", "")
                .param("shownAt", shownAt(slug, anchor, author))).hasStatus3xxRedirection();
        return lastCommentId(author);
    }

    public long commentCount(String slug) {
        return jdbc.sql("""
                        SELECT count(*) FROM comment m JOIN paragraph p ON p.id = m.paragraph_id
                        JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = :slug""")
                .param("slug", slug).query(Long.class).single();
    }

    public long lastCommentId(SignedInAccount author) {
        return jdbc.sql("SELECT max(id) FROM comment WHERE author_id = :author").param("author", author.id())
                .query(Long.class).single();
    }

    public String status(long commentId) {
        return jdbc.sql("SELECT status FROM comment WHERE id = :id").param("id", commentId).query(String.class).single();
    }

    /** A session organised by this account, owning the consultation's sections with the session's title; returns its id. */
    public long session(long consultationId, String code, String title, SignedInAccount organiser) {
        long id = jdbc.sql("INSERT INTO session (consultation_id, code, title) VALUES (?, ?, ?) RETURNING id")
                .params(consultationId, code, title).query(Long.class).single();
        jdbc.sql("INSERT INTO session_organiser (session_id, account_id) VALUES (?, ?)").params(id, organiser.id()).update();
        jdbc.sql("UPDATE section SET session_id = ? WHERE consultation_id = ? AND title = ?").params(id, consultationId, title).update();
        return id;
    }

    /** Puts every section of the consultation into one session ("WS1a"), organised by this account. */
    public long organise(String slug, SignedInAccount organiser) {
        long consultationId = consultations.summary(slug).id();
        long session = jdbc.sql("INSERT INTO session (consultation_id, code, title) VALUES (?, 'WS1a', 'Workshop 1a') RETURNING id")
                .params(consultationId).query(Long.class).single();
        jdbc.sql("INSERT INTO session_organiser (session_id, account_id) VALUES (?, ?)").params(session, organiser.id()).update();
        jdbc.sql("UPDATE section SET session_id = ? WHERE consultation_id = ?").params(session, consultationId).update();
        return session;
    }
}
