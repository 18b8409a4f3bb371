package org.parley.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tells {@link SignedInPageFilter} that the page just rendered may be shared: its handler is
 * marked {@link SameForEveryReader} (for an address with a query string, as such), it carries no
 * flash message (which is for one reader) and its handler did not say it was for this reader only.
 */
@Component
public class SharedPageMarks implements WebMvcConfigurer {

    private static final String MAY_SHARE = SharedPageMarks.class.getName() + ".MAY_SHARE";

    static boolean mayShare(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(MAY_SHARE));
    }

    /** The page being rendered shows something only this reader gets (a choice offered to moderators): never shared. */
    public static void forThisReaderOnly(HttpServletRequest request) {
        request.setAttribute(MAY_SHARE, false);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                var same = handler instanceof HandlerMethod method ? method.getMethodAnnotation(SameForEveryReader.class) : null;
                if (same != null && (request.getQueryString() == null || same.withQueryString())) {
                    request.setAttribute(MAY_SHARE, true);
                }
                return true;
            }

            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   @Nullable ModelAndView page) {
                if (page != null && page.getModel().get("flash") != null) {
                    request.removeAttribute(MAY_SHARE);
                }
            }
        });
    }
}
