package org.parley.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The rules every new password follows, wherever it is chosen. */
final class Passwords {

    static final int MINIMUM_LENGTH = 10;

    /** BCrypt reads only the first 72 bytes; a longer password would be silently cut. */
    static final int MAXIMUM_BYTES = 72;

    private Passwords() {
    }

    static void check(@Nullable String password, @Nullable String email, Errors errors, String field) {
        if (errors.hasFieldErrors(field)) {
            return;
        }
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            errors.rejectValue(field, "account.password.tooShort", new Object[] {MINIMUM_LENGTH}, null);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            errors.rejectValue(field, "account.password.tooLong", new Object[] {MAXIMUM_BYTES}, null);
        } else if (isSameAsEmail(password, email)) {
            errors.rejectValue(field, "account.password.sameAsEmail");
        } else if (isCommon(password)) {
            errors.rejectValue(field, "account.password.common");
        }
    }

    static void checkRepeated(@Nullable String password, @Nullable String again, Errors errors, String field) {
        if (!errors.hasFieldErrors(field) && (again == null || !again.equals(password))) {
            errors.rejectValue(field, "account.password.different");
        }
    }

    /** On the lists attackers try first, or one character over and over. */
    static boolean isCommon(String password) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        return CommonPasswords.LIST.contains(lower) || lower.chars().distinct().count() <= 2;
    }

    /** Read once, when a password is first checked. */
    private static final class CommonPasswords {
        static final Set<String> LIST = load();

        private static Set<String> load() {
            try (var in = Passwords.class.getResourceAsStream("/account/common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("account/common-passwords.txt is missing");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }

    static boolean isSameAsEmail(String password, @Nullable String email) {
        return email != null && !email.isBlank() && Account.normaliseEmail(password).equals(Account.normaliseEmail(email));
    }
}
