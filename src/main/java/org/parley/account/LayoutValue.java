package org.parley.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.parley.web.HeaderValue;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A value the layout's header shows for the signed-in person, looked up only when a page is
 * rendered: a post that redirects, or an anonymous visitor, costs no query. A controller that set
 * the value itself keeps it.
 */
public abstract class LayoutValue<T> implements WebMvcConfigurer, HeaderValue {

    private final String name;
    private final T anonymous;

    /** {@code anonymous}: the value when nobody is signed in. */
    protected LayoutValue(String name, T anonymous) {
        this.name = name;
        this.anonymous = anonymous;
    }

    protected abstract T valueFor(SignedInAccount me);

    @Override
    public String name() {
        return name;
    }

    @Override
    public Object valueForReader() {
        var me = SignedInAccount.current();
        return me != null ? valueFor(me) : anonymous;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   @Nullable ModelAndView page) {
                String view = page == null ? null : page.getViewName();
                if (view != null && !view.startsWith("redirect:") && !page.getModel().containsKey(name)) {
                    page.addObject(name, valueForReader());
                }
            }
        });
    }
}
