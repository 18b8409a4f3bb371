package org.parley.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from a controller, as form login would: a new session id (against session
 * fixation), a new CSRF token, and the security context saved where the filters look for it.
 */
@Component
class SignIn {

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contexts;
    private final SessionAuthenticationStrategy newSession;

    SignIn(SecurityContextRepository contexts, CsrfTokenRepository csrfTokens) {
        this.contexts = contexts;
        this.newSession = new CompositeSessionAuthenticationStrategy(List.of(
                new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
    }

    void signIn(SignedInAccount account, HttpServletRequest request, HttpServletResponse response) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
        newSession.onAuthentication(authentication, request, response);
        save(authentication, request, response);
    }

    /** Replaces the principal of the signed-in person, for example after they renamed themselves. */
    void refresh(SignedInAccount account, HttpServletRequest request, HttpServletResponse response) {
        save(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()), request, response);
    }

    private void save(UsernamePasswordAuthenticationToken authentication, HttpServletRequest request,
                      HttpServletResponse response) {
        var context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
