package org.parley.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins slow the next ones down.
 *
 * @param accountFailures failures for one email after which each further attempt must wait
 * @param addressFailures failures from one client address after which each further attempt must wait
 * @param firstDelay      the first wait; it doubles with every further failure
 * @param maxDelay        the longest wait: nobody can be locked out for longer than this
 * @param forgetAfter     failures older than this no longer count
 */
@ConfigurationProperties("parley.login")
record LoginSettings(@DefaultValue("5") int accountFailures,
                     @DefaultValue("50") int addressFailures,
                     @DefaultValue("30s") Duration firstDelay,
                     @DefaultValue("15m") Duration maxDelay,
                     @DefaultValue("1h") Duration forgetAfter) {
}
