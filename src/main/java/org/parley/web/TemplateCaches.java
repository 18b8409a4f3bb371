package org.parley.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Thymeleaf keeps 500 parsed expressions by default; Parley's pages together have more, and a
 * reading page that re-parses its expressions on every request is several times slower.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

    static final int EXPRESSIONS = 10_000;

    @Bean
    static BeanPostProcessor largerExpressionCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof SpringTemplateEngine engine) {
                    var caches = new StandardCacheManager();
                    caches.setExpressionCacheMaxSize(EXPRESSIONS);
                    engine.setCacheManager(caches);
                }
                return bean;
            }
        };
    }
}
