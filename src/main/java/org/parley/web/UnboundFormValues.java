package org.parley.web;

import java.util.ArrayList;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * A form record whose value does not convert ({@code stakeholderGroup=NOPE}, {@code decisionMails=x},
 * a number that is not one) is still made, with null in that field, and its binding result holds a
 * {@code typeMismatch} error; but Spring leaves that binding result tied to no form at all, so the
 * page shown again could not read a single field and answered 500. After each form is bound this
 * ties its errors to the form that was made, and a value that does not bind is a form error like
 * any other: the page comes back with its message, the other fields as typed, nothing written.
 */
@Component
class UnboundFormValues implements SmartInitializingSingleton {

    private final RequestMappingHandlerAdapter adapter;

    UnboundFormValues(RequestMappingHandlerAdapter adapter) {
        this.adapter = adapter;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var resolvers = new ArrayList<HandlerMethodArgumentResolver>();
        for (var resolver : adapter.getArgumentResolvers()) {
            resolvers.add(resolver instanceof ModelAttributeMethodProcessor forms ? new Rebinding(forms) : resolver);
        }
        adapter.setArgumentResolvers(resolvers);
    }

    private record Rebinding(ModelAttributeMethodProcessor forms) implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return forms.supportsParameter(parameter);
        }

        @Override
        public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
                                                NativeWebRequest request, @Nullable WebDataBinderFactory binders)
                throws Exception {
            Object form = forms.resolveArgument(parameter, container, request, binders);
            if (form == null || container == null) {
                return form;
            }
            String name = ModelFactory.getNameForParameter(parameter);
            var model = container.getModel();
            if (model.get(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult result
                    && result.getTarget() == null && result.hasErrors()) {
                var tied = new BeanPropertyBindingResult(form, name);
                tied.addAllErrors(result);
                model.put(BindingResult.MODEL_KEY_PREFIX + name, tied);
                model.put(name, form);
            }
            return form;
        }
    }
}
