package org.parley.discussion;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.account.AccountService;
import org.parley.account.Viewer;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.DecisionRights;
import org.parley.consultation.ParagraphRef;
import org.parley.consultation.ReadingService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Everything a thread with its form needs, the same on the paragraph page, in place and on the reading page. */
@Component
class ThreadModel {

    private static final int SHORTEST_SENTENCE_WORDS = 3;

    private final DiscussionReader reader;
    private final ConsultationService consultations;
    private final ReadingService reading;
    private final DecisionRights decisionRights;
    private final AccountService accounts;
    private final DiscussionSettings settings;
    private final FormStamps stamps;
    private final Clock clock;
    private final CommentFragments comments;

    ThreadModel(DiscussionReader reader, ConsultationService consultations, ReadingService reading,
                DecisionRights decisionRights, AccountService accounts,
                DiscussionSettings settings, FormStamps stamps, Clock clock, CommentFragments comments) {
        this.comments = comments;
        this.stamps = stamps;
        this.reader = reader;
        this.consultations = consultations;
        this.reading = reading;
        this.decisionRights = decisionRights;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    ThreadView fill(Model model, ParagraphRef paragraph, Viewer viewer, CommentForm form, @Nullable Long highlighted,
                    @Nullable CommentRefused refusal) {
        return fill(model, paragraph, viewer, form, highlighted, refusal, 1);
    }

    /** With a long thread, the page holding the highlighted comment or the one replied to, else page {@code page}. */
    ThreadView fill(Model model, ParagraphRef paragraph, Viewer viewer, CommentForm form, @Nullable Long highlighted,
                    @Nullable CommentRefused refusal, int page) {
        var consultation = consultations.summary(paragraph.consultationSlug());
        boolean mayDecide = viewer.isSignedIn() && decisionRights.mayDecide(paragraph.id(), viewer);
        // decision 31: responses are public once the consultation is published; before, for organisers and authors
        boolean responsesShown = mayDecide || consultation.status() == ConsultationStatus.PUBLISHED;
        var thread = reader.thread(paragraph, viewer.accountId(), highlighted, mayDecide, responsesShown, page,
                form.parentId());
        model.addAttribute("thread", thread);
        model.addAttribute("mayDecide", mayDecide);
        model.addAttribute("paragraphText", paragraph.text());
        model.addAttribute("paragraphVersion", paragraph.version());
        model.addAttribute("consultation", consultation);
        boolean commentsOpen = consultation.isOpenForComments(clock.instant()) && paragraph.removedAt() == null;
        model.addAttribute("commentsOpen", commentsOpen);
        // the form offers new wording only where CommentService would take it
        model.addAttribute("textFinal", commentsOpen
                && reading.commentTarget(paragraph.consultationSlug(), paragraph.anchor()).textIsFinal());
        model.addAttribute("removedAt", paragraph.removedAt());
        model.addAttribute("viewer", viewer);
        model.addAttribute("commentHtml", comments.of(thread, viewer, mayDecide, commentsOpen, paragraph.version(),
                LocaleContextHolder.getLocale()));
        model.addAttribute("confirmed", viewer.isSignedIn() && accounts.isConfirmed(viewer.accountId()));
        model.addAttribute("form", form.stamped(stamps.keepOrRenew(form.shownAt())));
        model.addAttribute("replyingTo", form.parentId() == null ? null : thread.comments().stream()
                .filter(comment -> comment.id() == form.parentId()).findFirst().orElse(null));
        model.addAttribute("refusal", refusal);
        model.addAttribute("sentences", sentences(paragraph.plainText()));
        model.addAttribute("maxLength", settings.maxLength());
        return thread;
    }

    /** The sentences of a paragraph, to pick a passage from without selecting text. */
    static List<String> sentences(String text) {
        return Arrays.stream(text.split("(?<=[.!?;:])\\s+"))
                .map(String::strip)
                .filter(sentence -> sentence.split(" ").length >= SHORTEST_SENTENCE_WORDS)
                .toList();
    }
}
