package org.parley.insights;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the charts call a stakeholder group, country or region in the reader's language. */
@Component
class InsightLabels {

    private final MessageSource messages;

    InsightLabels(MessageSource messages) {
        this.messages = messages;
    }

    String of(Participation.Dimension dimension, @Nullable String key, Locale locale) {
        if (key == null) {
            return message("insights.other", locale);
        }
        if (key.isEmpty()) {
            return message("insights.notGiven", locale);
        }
        return switch (dimension) {
            case GROUP -> message("account.stakeholderGroup." + key, locale);
            case COUNTRY -> new Locale("", key).getDisplayCountry(locale);
            case REGION -> message("insights.region." + key, locale);
        };
    }

    String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
