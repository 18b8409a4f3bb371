package org.parley.discussion;

import org.jspecify.annotations.Nullable;
import org.parley.account.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A comment by itself: its permalink, and what its author may do with it. */
@Controller
@RequestMapping("/comments/{id}")
class CommentController {

    private final DiscussionReader reader;
    private final CommentService comments;
    private final CommentRepository repository;
    private final DiscussionSettings settings;

    CommentController(DiscussionReader reader, CommentService comments, CommentRepository repository,
                      DiscussionSettings settings) {
        this.reader = reader;
        this.comments = comments;
        this.repository = repository;
        this.settings = settings;
    }

    /** The permanent link: the whole text, scrolled to the paragraph, the thread open, the comment marked. */
    @GetMapping
    String seeInContext(@PathVariable long id) {
        var location = reader.location(id).orElseThrow(() -> new CommentNotFound(id));
        return "redirect:" + seeInContext(location, id);
    }

    @GetMapping("/edit")
    String showEditForm(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, Model model) {
        var comment = repository.findById(id).orElseThrow(() -> new CommentNotFound(id));
        if (!comment.isBy(me.id()) || comment.status() != CommentStatus.PUBLISHED) {
            throw new NotYourComment();
        }
        return editPage(model, id, comment.body(), null);
    }

    @PostMapping("/edit")
    String edit(@PathVariable long id, @RequestParam String body, @AuthenticationPrincipal SignedInAccount me,
                Model model, RedirectAttributes redirect) {
        var location = reader.location(id).orElseThrow(() -> new CommentNotFound(id));
        try {
            comments.edit(id, me.id(), body);
        } catch (CommentRefused refused) {
            return editPage(model, id, body, refused);
        }
        redirect.addFlashAttribute("flash", "comment.edited");
        return "redirect:" + paragraphPage(location, id);
    }

    @PostMapping("/withdraw")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
        var location = reader.location(id).orElseThrow(() -> new CommentNotFound(id));
        comments.withdraw(id, me.id());
        redirect.addFlashAttribute("flash", "comment.withdrawn");
        return "redirect:" + paragraphPage(location, id);
    }

    private String editPage(Model model, long id, String body, @Nullable CommentRefused refusal) {
        model.addAttribute("commentId", id);
        model.addAttribute("body", body);
        model.addAttribute("location", reader.location(id).orElseThrow(() -> new CommentNotFound(id)));
        model.addAttribute("maxLength", settings.maxLength());
        model.addAttribute("refusal", refusal);
        return "discussion/edit";
    }

    static String seeInContext(DiscussionReader.CommentLocation location, long id) {
        return "/c/" + location.slug() + "?open=" + location.anchor() + "&comment=" + id + "#c-" + id;
    }

    private static String paragraphPage(DiscussionReader.CommentLocation location, long id) {
        return "/c/" + location.slug() + "/p/" + location.anchor() + "?comment=" + id + "#c-" + id;
    }
}
