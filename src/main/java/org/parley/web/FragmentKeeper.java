package org.parley.web;

import java.util.function.ToIntFunction;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/** Makes the {@link KeptFragments} of a feature, bound to Thymeleaf and the application's beans. */
@Component
public class FragmentKeeper {

    private final ITemplateEngine templates;
    private final ApplicationContext application;

    FragmentKeeper(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    /** Parts rendered by {@code template}'s {@code parts} fragment, at most {@code maxChars} of keys and HTML kept. */
    public <K> KeptFragments<K> keep(String template, long maxChars, ToIntFunction<K> keyChars) {
        return new KeptFragments<>(templates, application, template, maxChars, keyChars);
    }
}
