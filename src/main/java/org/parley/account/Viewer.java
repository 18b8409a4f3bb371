package org.parley.account;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Who is looking at a page: nobody in particular, or a signed-in account. Handlers take it as a parameter
 * ({@link ViewerArgument}), made from the request's {@link Authentication}, so that admin-only parts
 * work for any admin principal.
 */
public record Viewer(@Nullable Long accountId, boolean admin) {

    public static final Viewer ANONYMOUS = new Viewer(null, false);

    public static Viewer of(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return ANONYMOUS;
        }
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + Role.ADMIN.name()).equals(authority.getAuthority()));
        Long id = authentication.getPrincipal() instanceof SignedInAccount account ? account.id() : null;
        return new Viewer(id, admin);
    }

    public boolean isSignedIn() {
        return accountId != null;
    }
}
