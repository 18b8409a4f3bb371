package org.parley.discussion;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.parley.account.StakeholderGroup;
import org.parley.account.Viewer;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationSummary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every published comment of a consultation on one list, for report writers and for readers who
 * want the whole discussion: filtered by section, session, stakeholder group or author, newest or
 * oldest first, twenty a page. A plain GET form and real links: it needs no JavaScript.
 */
@Controller
class AllCommentsController {

    static final int PAGE_SIZE = 20;

    private final ConsultationService consultations;
    private final CommentListReader reader;

    AllCommentsController(ConsultationService consultations, CommentListReader reader) {
        this.consultations = consultations;
        this.reader = reader;
    }

    @GetMapping("/c/{slug}/comments")
    String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String section,
                @RequestParam(required = false) @Nullable String session,
                @RequestParam(required = false) @Nullable String group,
                @RequestParam(required = false) @Nullable String author,
                @RequestParam(required = false) @Nullable String sort,
                @RequestParam(required = false) @Nullable String page,
                Viewer viewer, Model model, HttpServletResponse response) {
        var consultation = visible(consultations, slug, viewer);
        model.addAttribute("consultation", consultation);
        model.addAttribute("feedUrl", AtomFeedController.path(slug));
        try {
            var query = CommentQuery.parse(section, session, group, author, sort, page);
            var sections = reader.sections(consultation.id());
            var sessions = reader.sessions(consultation.id());
            var authors = reader.authors(consultation.id());
            checkKnown(query.section(), sections, "comments.bad.section");
            checkKnown(query.session(), sessions, "comments.bad.session");
            checkKnown(query.author(), authors, "comments.bad.author");
            var comments = reader.list(consultation.id(), query, PAGE_SIZE);
            model.addAttribute("query", query);
            model.addAttribute("sections", sections);
            model.addAttribute("sessions", sessions);
            model.addAttribute("authors", authors);
            model.addAttribute("groups", StakeholderGroup.values());
            model.addAttribute("list", comments);
            if (comments.page() < query.page()) {
                model.addAttribute("flash", "comments.lastPageShown");
                model.addAttribute("flashArgs", new Object[] {query.page(), comments.page()});
            }
            model.addAttribute("previousUrl", comments.hasPrevious() ? query.link(slug, comments.page() - 1) : null);
            model.addAttribute("nextUrl", comments.hasNext() ? query.link(slug, comments.page() + 1) : null);
            return "discussion/comments";
        } catch (BadCommentFilter bad) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", bad.messageKey());
            model.addAttribute("problemArgs", bad.args());
            return "discussion/comments-bad-filter";
        }
    }

    /** The consultation if this reader may see it; a draft only for admins. */
    static ConsultationSummary visible(ConsultationService consultations, String slug, Viewer viewer) {
        return consultations.visibleTo(slug, viewer);
    }

    private static void checkKnown(@Nullable Long id, List<FilterOption> options, String problem) {
        if (id != null && options.stream().noneMatch(option -> option.id() == id)) {
            throw new BadCommentFilter(problem);
        }
    }
}
