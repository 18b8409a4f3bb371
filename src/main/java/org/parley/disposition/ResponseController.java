package org.parley.disposition;

import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.parley.account.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' respond form for one comment: a page of its own without JavaScript (posting
 * redirects to the comment in its thread), and with htmx the form in place under the comment,
 * answered with the response as the thread shows it.
 */
@Controller
@RequestMapping("/c/{slug}/comments/{id}/response")
class ResponseController {

    private final ResponseService service;
    private final Responses responses;

    ResponseController(ResponseService service, Responses responses) {
        this.service = service;
        this.responses = responses;
    }

    @GetMapping
    String form(@PathVariable String slug, @PathVariable long id, Viewer viewer,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var target = service.respondable(slug, id, viewer);
        return show(target, current(target), null, htmx, model);
    }

    @PostMapping
    String respond(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") ResponseForm form,
                   Viewer viewer, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
                   Model model, RedirectAttributes redirect) {
        ResponseTarget target;
        try {
            target = service.respond(slug, id, viewer, form);
        } catch (ResponseRefused refused) {
            return show(service.respondable(slug, id, viewer), form, refused, htmx, model);
        }
        if (htmx != null) {
            model.addAttribute("target", target);
            model.addAttribute("response", responses.of(List.of(id)).get(id));
            return "disposition/_respond :: given";
        }
        redirect.addFlashAttribute("flash", "response.saved");
        return "redirect:/c/" + target.slug() + "/p/" + target.anchor() + "?comment=" + id + "#c-" + id;
    }

    /** The form filled in with the comment's current response, if an organiser gave one. */
    private ResponseForm current(ResponseTarget target) {
        var history = responses.history(target.id());
        if (history.isEmpty() || history.get(0).replacedAt() != null) {
            return ResponseForm.blank();
        }
        var given = history.get(0);
        return new ResponseForm(given.status().name(), given.version() == null ? null : given.version().toString(),
                given.note());
    }

    private String show(ResponseTarget target, ResponseForm form, @Nullable ResponseRefused refusal,
                        @Nullable String htmx, Model model) {
        model.addAttribute("target", target);
        model.addAttribute("form", form);
        model.addAttribute("refusal", refusal);
        model.addAttribute("statuses", ResponseStatus.values());
        model.addAttribute("versions", IntStream.rangeClosed(1, target.currentVersion()).boxed().toList());
        model.addAttribute("noteMax", ResponseService.NOTE_MAX);
        if (htmx != null) {
            return "disposition/_respond :: form";
        }
        model.addAttribute("current", responses.of(List.of(target.id())).get(target.id()));
        model.addAttribute("history", responses.history(target.id()));
        return "disposition/respond";
    }
}
