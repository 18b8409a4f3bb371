package org.parley.discussion;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.parley.account.Viewer;
import org.parley.consultation.ParagraphNotFound;
import org.parley.consultation.ReadingService;
import org.parley.web.SameForEveryReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reading page with its discussion: comment counts beside the paragraphs, the recent
 * comments, and — when a See-in-context link leads here — the thread open under its paragraph.
 */
@Controller
class ConsultationPageController {

    private final ReadingService reading;
    private final DiscussionReader reader;
    private final ThreadModel threads;
    private final ParagraphFragments paragraphs;

    ConsultationPageController(ReadingService reading, DiscussionReader reader, ThreadModel threads,
                               ParagraphFragments paragraphs) {
        this.reading = reading;
        this.reader = reader;
        this.threads = threads;
        this.paragraphs = paragraphs;
    }

    /** Without a query string (no thread open), the same for every reader: see {@link SameForEveryReader}. */
    @GetMapping("/c/{slug}")
    @SameForEveryReader
    String show(@PathVariable String slug, @RequestParam(required = false) @Nullable String open,
                @RequestParam(required = false) @Nullable Long comment, Viewer viewer, Locale locale, Model model) {
        var page = reading.page(slug, viewer.admin());
        ThreadView openThread = null;
        if (open != null) {
            try {
                var paragraph = reading.paragraph(slug, open, viewer.admin());
                openThread = threads.fill(model, paragraph, viewer, CommentForm.blank(null, null, null, null), comment, null);
            } catch (ParagraphNotFound gone) {
                // An old or mistyped See-in-context link: the text is still here, only the thread is not.
                model.addAttribute("flash", "consultation.openNotFound");
            }
        }
        model.addAttribute("page", page);
        model.addAttribute("feedUrl", AtomFeedController.path(slug));
        var discussion = new PageDiscussion(reader.counts(page.consultation().id()), reader.recent(page.consultation().id()),
                openThread);
        model.addAttribute("discussion", discussion);
        model.addAttribute("paragraphHtml", paragraphs.of(page, discussion, locale));
        return "consultation/show";
    }
}
