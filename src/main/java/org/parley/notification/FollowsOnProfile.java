package org.parley.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.parley.account.SignedInAccount;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts what the person follows on their profile page ({@code account/profile} shows
 * {@code notification/_follows} when the model has it): the account module does not know this one.
 */
@Component
class FollowsOnProfile implements WebMvcConfigurer {

    private final Follows follows;

    FollowsOnProfile(Follows follows) {
        this.follows = follows;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   @Nullable ModelAndView page) {
                var me = SignedInAccount.current();
                if (page != null && "account/profile".equals(page.getViewName()) && me != null) {
                    page.addObject("follows", follows.of(me.id()));
                }
            }
        });
    }
}
