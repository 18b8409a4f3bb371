package org.parley.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the signed-in principal up to date from a controller, for example after the person renamed
 * themselves: the security context is saved where the filters look for it.
 */
@Component
class SignIn {

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contexts;

    SignIn(SecurityContextRepository contexts) {
        this.contexts = contexts;
    }

    /** Replaces the principal of the signed-in person, for example after they renamed themselves. */
    void refresh(SignedInAccount account, HttpServletRequest request, HttpServletResponse response) {
        var context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
