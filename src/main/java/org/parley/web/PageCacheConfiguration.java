package org.parley.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** Puts {@link PageCacheFilter} in front of Spring Security (order -100): a cached page needs no security work. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    static final int ORDER = -150;

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, LocaleResolver localeResolver,
                                                            PageCacheSettings settings) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, localeResolver));
        registration.setOrder(ORDER);
        // Switched here, when Parley starts, rather than by a condition that Spring AOT would fix at build time.
        registration.setEnabled(settings.enabled());
        return registration;
    }
}
