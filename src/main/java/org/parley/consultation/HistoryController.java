package org.parley.consultation;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.parley.account.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A paragraph's history: every version newest first with what changed, and any two versions
 * compared. Public like the text; a draft consultation's only for admins.
 */
@Controller
class HistoryController {

    private final ConsultationService consultations;
    private final DecisionRights decisionRights;
    private final ReadingService reading;
    private final TextService texts;
    private final VersionHistory history;

    HistoryController(ConsultationService consultations, DecisionRights decisionRights, ReadingService reading,
                      TextService texts, VersionHistory history) {
        this.consultations = consultations;
        this.decisionRights = decisionRights;
        this.reading = reading;
        this.texts = texts;
        this.history = history;
    }

    @GetMapping("/c/{slug}/p/{anchor}/history")
    String show(@PathVariable String slug, @PathVariable String anchor,
                @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
                Viewer viewer, Locale locale, Model model, HttpServletResponse response) {
        var paragraph = reading.paragraph(slug, anchor, viewer.admin());
        model.addAttribute("mayRestore", viewer.isSignedIn() && decisionRights.mayDecide(paragraph.id(), viewer)
                && !decisionRights.isFinal(paragraph.id()));
        var versions = texts.versions(paragraph.id());
        model.addAttribute("consultation", consultations.summary(slug));
        model.addAttribute("paragraph", paragraph);
        if (from != null || to != null) {
            try {
                model.addAttribute("comparison", history.compare(versions, from, to, locale));
            } catch (VersionHistory.BadComparison bad) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("problem", bad.messageKey());
                model.addAttribute("problemArgs", bad.args());
                return "consultation/history-bad";
            }
        }
        model.addAttribute("entries", history.entries(versions, locale));
        model.addAttribute("from", from != null ? from : String.valueOf(Math.max(1, paragraph.version() - 1)));
        model.addAttribute("to", to != null ? to : String.valueOf(paragraph.version()));
        return "consultation/history";
    }
}
