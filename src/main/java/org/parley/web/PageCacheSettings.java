package org.parley.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled  whether pages are kept at all, and results counted for them ({@link KeptUntilWrite})
 * @param lifetime how long a page is kept at most: another instance's writes reach this one's
 *                 cache only through this lifetime
 * @param maxBytes how much rendered text (plain and gzip together) the cache may hold
 */
@ConfigurationProperties("parley.page-cache")
record PageCacheSettings(@DefaultValue("true") boolean enabled,
                         @DefaultValue("5s") Duration lifetime,
                         @DefaultValue("33554432") long maxBytes) {
}
