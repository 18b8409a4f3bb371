package org.parley.account;

import org.parley.mail.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes and sends the account mails after the transaction commits: a mail never announces
 * an account or a link that a rollback took back, and a failing mail server cannot undo a
 * registration. Runs in the request's thread, so the mail is in the reader's language.
 */
@Component
class AccountMails {

    private final Mailer mailer;
    private final MessageSource messages;

    AccountMails(Mailer mailer, MessageSource messages) {
        this.mailer = mailer;
        this.messages = messages;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void send(AccountMail mail) {
        String key = switch (mail.kind()) {
            case CONFIRM_EMAIL -> "account.mail.confirm";
            case RESET_PASSWORD -> "account.mail.reset";
            case REGISTRATION_ATTEMPT -> "account.mail.attempt";
        };
        String link = switch (mail.kind()) {
            case CONFIRM_EMAIL -> mailer.link("/account/confirm?token=" + mail.secret());
            case RESET_PASSWORD -> mailer.link("/password/reset?token=" + mail.secret());
            case REGISTRATION_ATTEMPT -> mailer.link("/login");
        };
        Object[] arguments = {mail.displayName(), link, mailer.link("/password/forgot")};
        var locale = LocaleContextHolder.getLocale();
        mailer.send(mail.to(), messages.getMessage(key + ".subject", null, locale),
                messages.getMessage(key + ".text", arguments, locale));
    }
}
