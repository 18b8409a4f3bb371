package org.parley.account;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** A handler's {@link Viewer} parameter is made from the request's principal, as {@link Viewer#of} makes it. */
class ViewerArgumentTest {

    private final ViewerArgument resolver = new ViewerArgument();

    @Test
    void aViewerParameterIsResolvedAndNothingElse() throws NoSuchMethodException {
        Method handler = Handlers.class.getDeclaredMethod("page", Viewer.class, String.class);
        assertThat(resolver.supportsParameter(new MethodParameter(handler, 0))).isTrue();
        assertThat(resolver.supportsParameter(new MethodParameter(handler, 1))).isFalse();
    }

    @Test
    void withoutAPrincipalTheViewerIsAnonymous() {
        assertThat(resolve(new MockHttpServletRequest())).isEqualTo(Viewer.ANONYMOUS);
    }

    @Test
    void aSignedInAccountIsSeenWithItsIdAndRole() {
        assertThat(resolve(signedIn(new SignedInAccount(7, "ana@example.org", "x", "Ana", Role.PARTICIPANT, true))))
                .isEqualTo(new Viewer(7L, false));
        assertThat(resolve(signedIn(new SignedInAccount(8, "ada@example.org", "x", "Ada", Role.ADMIN, true))))
                .isEqualTo(new Viewer(8L, true));
    }

    private Viewer resolve(MockHttpServletRequest request) {
        return resolver.resolveArgument(null, null, new ServletWebRequest(request), null);
    }

    private static MockHttpServletRequest signedIn(SignedInAccount account) {
        var request = new MockHttpServletRequest();
        request.setUserPrincipal(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        return request;
    }

    @SuppressWarnings("unused")
    private static final class Handlers {

        void page(Viewer viewer, String slug) {
        }
    }
}
