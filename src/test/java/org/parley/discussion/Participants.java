package org.parley.discussion;

import java.util.UUID;

import org.parley.account.AccountService;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.SignedInAccount;
import org.parley.account.StakeholderGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/* Test helper: real accounts in the database, signed in as MockMvc requests. */
final class Participants {

    private final AccountService accounts;
    private final JdbcClient jdbc;

    Participants(AccountService accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    record Participant(long id, String email, String displayName, RequestPostProcessor signedIn) {
    }

    Participant confirmed(String displayName, StakeholderGroup group) {
        String email = displayName.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@example.org";
        accounts.createIfAbsent(new NewAccount(email, "a long enough password", displayName, Role.PARTICIPANT,
                displayName + " Institute", group, "FR"));
        long id = jdbc.sql("SELECT id FROM account WHERE email = ?").params(email).query(Long.class).single();
        return new Participant(id, email, displayName,
                user(new SignedInAccount(id, email, "x", displayName, Role.PARTICIPANT, true)));
    }

    Participant unconfirmed(String displayName) {
        var participant = confirmed(displayName, StakeholderGroup.OTHER);
        jdbc.sql("UPDATE account SET verified_at = NULL WHERE id = ?").params(participant.id()).update();
        return participant;
    }
}
