package org.parley.notification;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * What runs on its own: the daily and weekly digests, the notice that a followed consultation
 * closes within 48 hours, and the events whose delivery failed (a mail server that was down),
 * published again. Several instances may run these at once: the digests lock their rows
 * ({@link NotificationMails}) and the notifications' unique key keeps each one single.
 * The schedules are properties, {@code -} switches one off.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class NotificationSchedule {

    private static final Logger log = LoggerFactory.getLogger(NotificationSchedule.class);

    private final NotificationMails mails;
    private final ClosingSoon closing;
    private final IncompleteEventPublications incomplete;

    NotificationSchedule(NotificationMails mails, ClosingSoon closing, IncompleteEventPublications incomplete) {
        this.mails = mails;
        this.closing = closing;
        this.incomplete = incomplete;
    }

    @Scheduled(cron = "${parley.notifications.daily-digest:0 0 7 * * *}", zone = "UTC")
    void dailyDigest() {
        log.info("Daily digests sent: {}", mails.sendDigests(Frequency.DAILY));
    }

    @Scheduled(cron = "${parley.notifications.weekly-digest:0 0 7 * * MON}", zone = "UTC")
    void weeklyDigest() {
        log.info("Weekly digests sent: {}", mails.sendDigests(Frequency.WEEKLY));
    }

    @Scheduled(cron = "${parley.notifications.closing-check:0 0 * * * *}", zone = "UTC")
    void closingSoon() {
        closing.tell();
    }

    /** Deliveries that failed, tried again once they are a minute old. */
    @Scheduled(fixedDelayString = "${parley.notifications.retry-every:PT1M}", initialDelayString = "PT1M")
    void retryFailedDeliveries() {
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(1));
    }
}
