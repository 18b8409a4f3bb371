package org.parley.account;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a handler take the {@link Viewer} as a parameter. It is made from the request's principal,
 * as an {@link Authentication} parameter would be: none for an anonymous reader.
 */
@Component
class ViewerArgument implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Viewer.class;
    }

    @Override
    public Viewer resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
                                  NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
        return Viewer.of(request.getUserPrincipal() instanceof Authentication authentication ? authentication : null);
    }
}
