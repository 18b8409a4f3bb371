package org.parley.discussion;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.parley.account.SignedInAccount;
import org.parley.account.Viewer;
import org.parley.consultation.Diffs;
import org.parley.consultation.ReadingService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A paragraph's thread: as a page of its own (the way in without JavaScript), in place under the
 * paragraph (htmx asks with HX-Request and gets the fragment), and the posting of comments.
 */
@Controller
@RequestMapping("/c/{slug}/p/{anchor}")
class ThreadController {

    private final ReadingService reading;
    private final CommentService comments;
    private final ThreadModel threads;
    private final Diffs diffs;
    private final SpamGuard spam;

    ThreadController(ReadingService reading, CommentService comments, ThreadModel threads, SpamGuard spam,
                     Diffs diffs) {
        this.reading = reading;
        this.diffs = diffs;
        this.comments = comments;
        this.threads = threads;
        this.spam = spam;
    }

    @GetMapping
    String show(@PathVariable String slug, @PathVariable String anchor,
                @RequestParam(required = false) @Nullable Long replyTo, @RequestParam(required = false) @Nullable String quote,
                @RequestParam(required = false) @Nullable String prefix, @RequestParam(required = false) @Nullable Integer start,
                @RequestParam(required = false) @Nullable Long comment, @RequestParam(required = false) @Nullable String page,
                Viewer viewer,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var paragraph = reading.paragraph(slug, anchor, viewer.admin());
        threads.fill(model, paragraph, viewer, CommentForm.blank(replyTo, quote, prefix, start), comment, null,
                requestedPage(page));
        model.addAttribute("paragraph", paragraph);
        return htmx != null ? "discussion/thread-in-place" : "discussion/paragraph";
    }

    @PostMapping("/comments")
    ModelAndView post(@PathVariable String slug, @PathVariable String anchor, @ModelAttribute("form") CommentForm form,
                @AuthenticationPrincipal SignedInAccount me, Viewer viewer,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
                HttpServletRequest request, RedirectAttributes redirect) {
        if (form.isPreview()) {
            var paragraph = reading.paragraph(slug, anchor, viewer.admin());
            threads.fill(model, paragraph, viewer, form, null, null);
            model.addAttribute("paragraph", paragraph);
            model.addAttribute("proposalPreview", ProposalPreview.of(form, paragraph, diffs));
            return thread(htmx);
        }
        PostedComment posted;
        try {
            spam.check(form, me.id(), request.getRemoteAddr());
            posted = comments.post(form.toNewComment(slug, anchor, me.id()));
            spam.posted(me.id(), request.getRemoteAddr());
        } catch (CommentRefused refused) {
            // The same form sent again after it was taken (the back button, a retry) gets its comment, not the refusal.
            var resent = comments.earlier(me.id(), form.idempotencyKey());
            if (resent.isPresent()) {
                posted = resent.get();
            } else {
                var paragraph = reading.paragraph(slug, anchor, viewer.admin());
                threads.fill(model, paragraph, viewer, form, null, refused);
                model.addAttribute("paragraph", paragraph);
                var page = thread(htmx);
                if (refused.overLimit() && htmx == null) { // htmx swaps no 4xx answer into the page
                    page.setStatus(HttpStatus.BAD_REQUEST);
                }
                return page;
            }
        }
        long id = posted.id();
        if (htmx != null) {
            var paragraph = reading.paragraph(slug, anchor, viewer.admin());
            threads.fill(model, paragraph, viewer, CommentForm.blank(null, null, null, null), id, null);
            model.addAttribute("paragraph", paragraph);
            model.addAttribute("posted", id);
            model.addAttribute("held", posted.held());
            return thread(htmx);
        }
        redirect.addFlashAttribute("flash", posted.held() ? "comment.held"
                : form.parentId() == null ? "comment.posted" : "comment.replied");
        // A view rather than a "redirect:" name: every address differs, so resolving names would only fill the view cache.
        return new ModelAndView(new RedirectView("/c/" + slug + "/p/" + anchor + "?comment=" + id + "#c-" + id, true));
    }

    /** Any number shows a page (past the last, the last: ThreadPage keeps it in range); a word is refused. */
    private static int requestedPage(@Nullable String page) {
        try {
            return page == null || page.isBlank() ? 1 : CommentQuery.pageNumber(page);
        } catch (NumberFormatException notANumber) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page is not a number", notANumber);
        }
    }

    private static ModelAndView thread(@Nullable String htmx) {
        return new ModelAndView(htmx != null ? "discussion/thread-in-place" : "discussion/paragraph");
    }
}
