package org.parley.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** A single-use link mailed to the owner of an account; only the hash of its secret is stored. */
@Entity
class AccountToken {

    enum Purpose {
        CONFIRM_EMAIL(Duration.ofHours(48)),
        RESET_PASSWORD(Duration.ofHours(1));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    private static final SecureRandom random = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose = Purpose.CONFIRM_EMAIL;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private @Nullable Instant usedAt;

    protected AccountToken() {
        this.tokenHash = "";
        this.createdAt = Instant.now();
        this.expiresAt = createdAt;
    }

    private AccountToken(long accountId, Purpose purpose, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime);
    }

    /** A new token and the secret to mail; the secret is not kept anywhere. */
    static Issued issue(long accountId, Purpose purpose, Instant now) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new AccountToken(accountId, purpose, hash(secret), now), secret);
    }

    record Issued(AccountToken token, String secret) {
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    boolean isUsable(Purpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Token not saved yet");
        }
        return id;
    }

    long accountId() {
        return accountId;
    }

    Instant createdAt() {
        return createdAt;
    }
}
