package org.parley.proposal;

import java.util.ArrayList;
import java.util.LinkedHashSet;

import org.parley.account.AccountService;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ReadingService;
import org.parley.discussion.CommentService;
import org.parley.mail.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the people who took part in a paragraph's discussion — the proposal's author and
 * everyone who commented there — what the organisers decided. After the commit only, so that no
 * mail announces a decision that was rolled back; the decider is not mailed.
 */
@Component
class DecisionMails {

    private final CommentService comments;
    private final ConsultationService consultations;
    private final ReadingService reading;
    private final AccountService accounts;
    private final Mailer mailer;
    private final MessageSource messages;

    DecisionMails(CommentService comments, ConsultationService consultations, ReadingService reading,
                  AccountService accounts, Mailer mailer, MessageSource messages) {
        this.comments = comments;
        this.consultations = consultations;
        this.reading = reading;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
    }

    @TransactionalEventListener
    void send(ProposalDecided decision) {
        var proposal = comments.proposal(decision.proposalId());
        var paragraph = reading.paragraph(decision.paragraphId());
        var consultation = consultations.summary(paragraph.consultationSlug());
        var people = new LinkedHashSet<Long>();
        people.add(proposal.authorId());
        people.addAll(comments.participantsOf(paragraph.id()));
        people.remove(decision.decidedBy());
        var locale = LocaleContextHolder.getLocale();
        String author = accounts.participant(proposal.authorId()).displayName();
        Object[] arguments = {paragraph.number(), consultation.title(), author,
                mailer.link("/comments/" + proposal.id()), mailer.link("/profile")};
        String subject = messages.getMessage("proposal.mail.subject", arguments, locale);
        String text = messages.getMessage("proposal.mail." + decision.outcome().name(), arguments, locale);
        for (String address : accounts.decisionMailAddresses(new ArrayList<>(people))) {
            mailer.send(address, subject, text);
        }
    }
}
