package org.parley.consultation;

import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Proposals brought to the current version ({@link Rebase}), ready to show: what accepting would
 * change in the text as it reads now, or the conflicts for the organisers to resolve, word-marked,
 * and the wording to start their edit from.
 */
@Component
public class Rebases {

    /** Opens a conflict in the wording an organiser edits; a text still holding it is not accepted. */
    public static final String CONFLICT_OPEN = "⟦";
    static final String CONFLICT_SEPARATOR = " ‖ ";
    static final String CONFLICT_CLOSE = "⟧";
    private static final int CONTEXT = 40;
    private static final long MAX_CACHED_CHARS = 4_000_000;

    private final Diffs diffs;
    private final MessageSource messages;
    /** A thread shows its open stale proposals on every render: each is merged once, like a diff (see Diffs). */
    private final Cache<Texts, Rebase> merged;

    Rebases(Diffs diffs, MessageSource messages) {
        this.diffs = diffs;
        this.messages = messages;
        this.merged = Caffeine.newBuilder().maximumWeight(MAX_CACHED_CHARS).weigher((Texts texts, Rebase rebase) -> texts.length())
                .build();
    }

    private record Texts(String base, String current, @Nullable String passage, String proposed) {

        int length() {
            return base.length() + current.length() + (passage == null ? 0 : passage.length()) + proposed.length();
        }
    }

    /**
     * A proposal as it would apply to the current text.
     *
     * @param writtenOn    the version it was written on
     * @param stale        the paragraph has a newer version than that
     * @param text         the current text with the proposal applied, null when it conflicts
     * @param change       from the current text to {@code text}: what accepting changes now
     * @param conflicts    where the proposal and the later versions changed the same words
     * @param sinceWritten what changed in the paragraph since the proposal was written, when it conflicts
     * @param proposalChange what the proposal changes in the words it was written on, when it conflicts
     * @param draft        the wording an organiser starts from: {@code text}, or with each conflict marked
     */
    public record View(int writtenOn, boolean stale, @Nullable String text, Diffs.@Nullable Change change,
                       List<ConflictView> conflicts, Diffs.@Nullable Change sinceWritten,
                       Diffs.@Nullable Change proposalChange, String draft) {

        public boolean isClean() {
            return text != null;
        }
    }

    /** One conflict with a little context: the later versions' change and the proposal's, each as escaped HTML marking the words. */
    public record ConflictView(String nowHtml, String proposedHtml) {
    }

    /**
     * @param writtenOn the number of the version the proposal was written on, whose text is {@code base}
     * @param stale     the paragraph has changed since (its current version is another one)
     * @param passage   the passage the proposal rewords, or null when it rewords the whole paragraph
     */
    public View view(int writtenOn, boolean stale, String base, String current, @Nullable String passage,
                     String proposed) {
        var rebase = merged.get(new Texts(base, current, passage, proposed),
                texts -> Rebase.of(texts.base(), texts.current(), texts.passage(), texts.proposed()));
        if (rebase.isClean()) {
            return new View(writtenOn, stale, rebase.text(), diffs.ofMarkdown(current, rebase.text()), List.of(), null, null,
                    rebase.text());
        }
        var conflicts = new ArrayList<ConflictView>();
        var draft = new StringBuilder();
        var parts = rebase.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof ThreeWayMerge.Merged merged) {
                draft.append(merged.text());
                continue;
            }
            var conflict = (ThreeWayMerge.Conflict) parts.get(i);
            String before = i > 0 && parts.get(i - 1) instanceof ThreeWayMerge.Merged merged ? tail(merged.text()) : "";
            String after = i + 1 < parts.size() && parts.get(i + 1) instanceof ThreeWayMerge.Merged merged ? head(merged.text()) : "";
            conflicts.add(new ConflictView(
                    HtmlUtils.htmlEscape(before) + diffs.html(HtmlUtils.htmlEscape(conflict.base()), HtmlUtils.htmlEscape(conflict.ours())) + HtmlUtils.htmlEscape(after),
                    HtmlUtils.htmlEscape(before) + diffs.html(HtmlUtils.htmlEscape(conflict.base()), HtmlUtils.htmlEscape(conflict.theirs())) + HtmlUtils.htmlEscape(after)));
            var locale = LocaleContextHolder.getLocale();
            draft.append(CONFLICT_OPEN).append(messages.getMessage("rebase.draft.now", null, locale)).append(' ')
                    .append(conflict.ours()).append(CONFLICT_SEPARATOR)
                    .append(messages.getMessage("rebase.draft.proposed", null, locale)).append(' ')
                    .append(conflict.theirs()).append(CONFLICT_CLOSE);
        }
        return new View(writtenOn, stale, null, null, List.copyOf(conflicts), diffs.ofMarkdown(base, current),
                passage != null ? diffs.ofPassage(passage, proposed) : diffs.ofMarkdown(base, proposed), conflicts.isEmpty() ? current : draft.toString());
    }

    /** Whether an organiser's wording still holds a conflict marked in the draft (and neither text it came from had the mark). */
    public static boolean holdsConflict(String edited, String current, String proposed) {
        return edited.contains(CONFLICT_OPEN) && edited.contains(CONFLICT_CLOSE)
                && !current.contains(CONFLICT_OPEN) && !proposed.contains(CONFLICT_OPEN);
    }

    private static String tail(String text) {
        if (text.length() <= CONTEXT) {
            return text;
        }
        int space = text.indexOf(' ', text.length() - CONTEXT);
        return "…" + text.substring(space < 0 ? text.length() - CONTEXT : space);
    }

    private static String head(String text) {
        if (text.length() <= CONTEXT) {
            return text;
        }
        int space = text.lastIndexOf(' ', CONTEXT);
        return text.substring(0, space <= 0 ? CONTEXT : space) + "…";
    }
}
