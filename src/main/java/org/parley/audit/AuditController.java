package org.parley.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Admins read the audit log: newest first, filtered by action and by who acted, 50 a page. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditReader reader;

    AuditController(AuditReader reader) {
        this.reader = reader;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) @Nullable String action,
                @RequestParam(required = false) @Nullable String actor,
                @RequestParam(required = false) @Nullable String page, Model model) {
        String chosenAction = action == null || action.isBlank() ? null : action;
        Long chosenActor = number(actor);
        var shown = reader.page(chosenAction, chosenActor, (int) Math.min(Integer.MAX_VALUE, orOne(number(page))), PAGE_SIZE);
        model.addAttribute("log", shown);
        model.addAttribute("actions", reader.actions());
        model.addAttribute("actors", reader.actors());
        model.addAttribute("action", chosenAction);
        model.addAttribute("actor", chosenActor);
        model.addAttribute("previousUrl", shown.hasPrevious() ? link(chosenAction, chosenActor, shown.page() - 1) : null);
        model.addAttribute("nextUrl", shown.hasNext() ? link(chosenAction, chosenActor, shown.page() + 1) : null);
        return "audit/list";
    }

    private static String link(@Nullable String action, @Nullable Long actor, int page) {
        var uri = UriComponentsBuilder.fromPath("/admin/audit");
        if (action != null) {
            uri.queryParam("action", action);
        }
        if (actor != null) {
            uri.queryParam("actor", actor);
        }
        return uri.queryParam("page", page).encode().build().toUriString();
    }

    /** A number typed into the address, or nothing when it is not one: the filter is then simply off. */
    private static @Nullable Long number(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static long orOne(@Nullable Long value) {
        return value == null ? 1 : Math.max(1, value);
    }
}
