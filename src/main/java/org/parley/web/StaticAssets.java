package org.parley.web;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Our stylesheet, our script and htmx, under names that carry a hash of their content
 * ({@code /assets/css/parley-<md5>.css}), so browsers and proxies may keep them for a year
 * without ever asking again: a changed file gets a new name. Links built with {@code @{…}} in
 * templates are rewritten to these names by the {@link ResourceUrlEncodingFilter}. Anything else
 * under these paths is our 404 page (see {@link ErrorPages}).
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

    static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(FOREVER)
                .resourceChain(true)
                .addResolver(fingerprints());
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(FOREVER)
                .resourceChain(true)
                .addResolver(fingerprints())
                .addResolver(new LiteWebJarsResourceResolver());
    }

    private static VersionResourceResolver fingerprints() {
        return new VersionResourceResolver().addContentVersionStrategy("/**");
    }

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> fingerprintedLinks() {
        return new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    }
}
