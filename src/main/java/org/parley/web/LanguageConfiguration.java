package org.parley.web;

import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The reader's language: the browser's choice among the languages Parley is translated into, until
 * they pick one with {@code ?lang=}, which a cookie then remembers. Any other language reads English.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "parley-lang";

    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLanguageResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch());
    }

    /**
     * {@code ?lang=} on a page the reader asked for. Only a request whose query string names the
     * parameter is looked at: reading a parameter parses a form body, and for an upload refused as
     * too large that fails again while its error page is shown.
     */
    static final class LanguageSwitch extends LocaleChangeInterceptor {

        LanguageSwitch() {
            setParamName("lang");
            setIgnoreInvalidLocale(true);
            setHttpMethods("GET", "HEAD");
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws ServletException {
            var query = request.getQueryString();
            if (request.getDispatcherType() != DispatcherType.REQUEST || query == null || !query.contains("lang=")) {
                return true;
            }
            return super.preHandle(request, response, handler);
        }
    }

    /** Keeps the cookie, the browser's wish and {@code ?lang=} to the languages we have. */
    static final class SupportedLanguageResolver extends CookieLocaleResolver {

        SupportedLanguageResolver() {
            super(COOKIE);
            setCookieMaxAge(Duration.ofDays(365));
            setCookieHttpOnly(true);
            setDefaultLocaleFunction(SupportedLanguageResolver::fromBrowser);
        }

        private static Locale fromBrowser(HttpServletRequest request) {
            var wishes = request.getLocales();
            while (wishes.hasMoreElements()) {
                var wish = wishes.nextElement().getLanguage();
                if (Languages.OFFERED.contains(wish)) {
                    return Locale.forLanguageTag(wish);
                }
            }
            return Locale.ENGLISH;
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return Languages.supported(super.resolveLocale(request));
        }

        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            // Read when asked, not now: ?lang= changes the language after the context was built.
            var context = (TimeZoneAwareLocaleContext) super.resolveLocaleContext(request);
            return new TimeZoneAwareLocaleContext() {
                @Override
                public Locale getLocale() {
                    return Languages.supported(context.getLocale());
                }

                @Override
                public @Nullable TimeZone getTimeZone() {
                    return context.getTimeZone();
                }
            };
        }

        @Override
        public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
                @Nullable LocaleContext localeContext) {
            var locale = localeContext == null ? null : localeContext.getLocale();
            super.setLocaleContext(request, response,
                    locale == null ? null : new SimpleTimeZoneAwareLocaleContext(Languages.supported(locale), null));
        }
    }
}
