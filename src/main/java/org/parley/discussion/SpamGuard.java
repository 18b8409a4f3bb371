package org.parley.discussion;

import org.springframework.stereotype.Component;

/**
 * Keeps programs out of the discussion without third-party services: a field people do not
 * see (programs fill it), a minimum time between showing the form and sending it, and rate
 * limits per account and, far higher, per client address. Each refusal keeps what the person wrote.
 */
@Component
class SpamGuard {

    private final FormStamps stamps;
    private final RateLimits limits;
    private final DiscussionSettings settings;

    SpamGuard(FormStamps stamps, RateLimits limits, DiscussionSettings settings) {
        this.stamps = stamps;
        this.limits = limits;
        this.settings = settings;
    }

    void check(CommentForm form, long accountId, String clientAddress) {
        if (form.website() != null && !form.website().isEmpty()) {
            throw new CommentRefused("comment.refused.honeypot");
        }
        var age = stamps.age(form.shownAt())
                .orElseThrow(() -> new CommentRefused("comment.refused.formNotRecognised"));
        if (age.compareTo(settings.minimumFillTime()) < 0) {
            throw new CommentRefused("comment.refused.tooFast", Math.max(1, settings.minimumFillTime().toSeconds()));
        }
        var limit = limits.reached(accountId, clientAddress);
        if (limit != null) {
            throw limit;
        }
    }

    void posted(long accountId, String clientAddress) {
        limits.record(accountId, clientAddress);
    }
}
