package org.parley.consultation;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.parley.account.AccountService;
import org.parley.account.ParticipantView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who made each version, as one phrase in the reader's language, the same wherever a version is
 * shown (thread note, history, exports, feed). A version made from a proposal credits the
 * proposal's author, its supporters' count and the deciding organiser; one written by an organiser
 * names the organiser; an import names the import. A deleted account shows as a former participant
 * or organiser, like everywhere else.
 */
@Component
public class VersionCredits {

    private final AccountService accounts;
    private final ProposalCredits proposals;
    private final MessageSource messages;

    VersionCredits(AccountService accounts, ProposalCredits proposals, MessageSource messages) {
        this.accounts = accounts;
        this.proposals = proposals;
        this.messages = messages;
    }

    /** The credit of each version, by version id, in the language of the current request. */
    public Map<Long, String> of(Collection<VersionView> versions) {
        return of(versions, LocaleContextHolder.getLocale());
    }

    /** The credit of each version, by version id: one query for the proposals, one for the people. */
    public Map<Long, String> of(Collection<VersionView> versions, Locale locale) {
        var proposalIds = versions.stream().filter(version -> version.source() == VersionSource.PROPOSAL)
                .map(VersionView::proposalId).filter(Objects::nonNull).distinct().toList();
        var credits = proposalIds.isEmpty() ? Map.<Long, ProposalCredits.Credit>of() : proposals.of(proposalIds);
        var people = new HashSet<Long>();
        versions.stream().map(VersionView::authorId).filter(Objects::nonNull).forEach(people::add);
        credits.values().stream().map(ProposalCredits.Credit::authorId).filter(Objects::nonNull).forEach(people::add);
        var names = people.isEmpty() ? Map.<Long, ParticipantView>of() : accounts.participants(people);
        var lines = new HashMap<Long, String>();
        for (var version : versions) {
            var credit = version.proposalId() == null ? null : credits.get(version.proposalId());
            lines.put(version.id(), line(version, credit, names, locale));
        }
        return lines;
    }

    private String line(VersionView version, ProposalCredits.@Nullable Credit credit, Map<Long, ParticipantView> names,
                        Locale locale) {
        String organiser = name(version.authorId(), names, "credit.formerOrganiser", locale);
        return switch (version.source()) {
            case IMPORT -> get(locale, "credit.imported");
            case REIMPORT -> get(locale, "credit.reimported");
            case RESTORE -> get(locale, "credit.restored", organiser);
            case ORGANISER_EDIT -> get(locale, "credit.written", organiser);
            case PROPOSAL -> credit == null ? get(locale, "credit.acceptedUnknown", organiser)
                    : get(locale, credit.edited() ? "credit.acceptedWithEdits" : "credit.accepted",
                    name(credit.authorId(), names, "credit.formerParticipant", locale), credit.supporters(), organiser);
        };
    }

    private String name(@Nullable Long accountId, Map<Long, ParticipantView> names, String formerKey, Locale locale) {
        var person = accountId == null ? null : names.get(accountId);
        return person == null ? get(locale, formerKey) : person.displayName();
    }

    private String get(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
