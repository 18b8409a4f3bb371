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
 * marked {@link SameForEveryReader} and it carries no flash message (which is for one reader).
 */
@Component
class SharedPageMarks implements WebMvcConfigurer {

    private static final String MAY_SHARE = SharedPageMarks.class.getName() + ".MAY_SHARE";

    static boolean mayShare(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(MAY_SHARE));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(SameForEveryReader.class)) {
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
