package org.parley.account;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in person: controllers take it with
 * {@code @AuthenticationPrincipal SignedInAccount me}. It knows the account id, so features can
 * refer to the person by id; anything that may change while they are signed in (a confirmed
 * email, an approval) is asked of {@link AccountService} instead.
 */
public class SignedInAccount extends User {

    private final long id;
    private final String displayName;

    public SignedInAccount(long id, String email, String passwordHash, String displayName, Role role, boolean enabled) {
        super(email, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        this.id = id;
        this.displayName = displayName;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Whoever is signed in for the request being answered, if anyone. */
    public static @Nullable SignedInAccount current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInAccount me ? me : null;
    }

    public boolean isAdmin() {
        return getAuthorities().contains(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.name()));
    }
}
