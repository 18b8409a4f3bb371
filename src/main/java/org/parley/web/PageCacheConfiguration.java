package org.parley.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

/**
 * Puts {@link PageCacheFilter} in front of Spring Security (order -100): a cached page needs no
 * security work; and {@link SignedInPageFilter} right behind it, where the reader is known.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    static final int ORDER = -150;

    static final int SIGNED_IN_ORDER = -90;

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, LocaleResolver localeResolver,
                                                            PageCacheSettings settings) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, localeResolver));
        registration.setOrder(ORDER);
        // Switched here, when Parley starts, rather than by a condition that Spring AOT would fix at build time.
        registration.setEnabled(settings.enabled());
        return registration;
    }

    @Bean
    FilterRegistrationBean<SignedInPageFilter> signedInPageFilter(SignedInPages pages, LocaleResolver localeResolver,
                                                                  BoundedFlashMaps flashMaps, PageCacheSettings settings,
                                                                  @Qualifier("thymeleafViewResolver") ViewResolver views,
                                                                  List<HeaderValue> headerValues) {
        var headers = new ReaderHeaders(views, localeResolver, headerValues);
        var registration = new FilterRegistrationBean<>(new SignedInPageFilter(pages, localeResolver, flashMaps, headers));
        registration.setOrder(SIGNED_IN_ORDER);
        registration.setEnabled(settings.enabled());
        return registration;
    }
}
