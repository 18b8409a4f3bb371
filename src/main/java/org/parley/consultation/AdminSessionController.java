package org.parley.consultation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.parley.session.SessionCodeTaken;
import org.parley.session.SessionNotFound;
import org.parley.session.SessionService;
import org.parley.session.SessionView;
import org.parley.session.UnknownOrganiser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sessions of a consultation for admins: define them, put sections in them, appoint their organisers. */
@Controller
@RequestMapping("/admin/consultations/{slug}/sessions")
class AdminSessionController {

    private static final String SECTION_FIELD = "section-";

    private final ConsultationService consultations;
    private final SessionAssignments sessionAssignments;
    private final SessionService sessions;

    AdminSessionController(ConsultationService consultations, SessionAssignments sessionAssignments,
                           SessionService sessions) {
        this.consultations = consultations;
        this.sessionAssignments = sessionAssignments;
        this.sessions = sessions;
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        model.addAttribute("form", SessionForm.empty());
        return showList(slug, model);
    }

    @PostMapping
    String create(@PathVariable String slug, @Valid @ModelAttribute("form") SessionForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        var consultation = consultations.summary(slug);
        if (!result.hasErrors()) {
            try {
                sessions.create(consultation.id(), form.code(), form.title());
                redirect.addFlashAttribute("flash", "admin.sessions.created");
                return redirectToList(slug);
            } catch (SessionCodeTaken taken) {
                result.rejectValue("code", "admin.sessions.codeTaken");
            }
        }
        return showList(slug, model);
    }

    @GetMapping("/{id}/edit")
    String showEditForm(@PathVariable String slug, @PathVariable long id, Model model) {
        var session = sessionOf(slug, id);
        model.addAttribute("form", new SessionForm(session.code(), session.title()));
        return showEditPage(slug, session, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("form") SessionForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        var session = sessionOf(slug, id);
        if (!result.hasErrors()) {
            try {
                sessions.rename(id, form.code(), form.title());
                redirect.addFlashAttribute("flash", "admin.sessions.updated");
                return redirectToList(slug);
            } catch (SessionCodeTaken taken) {
                result.rejectValue("code", "admin.sessions.codeTaken");
            }
        }
        return showEditPage(slug, session, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        var session = sessionOf(slug, id);
        try {
            sessionAssignments.deleteSession(slug, id);
            redirect.addFlashAttribute("flash", "admin.sessions.deleted");
        } catch (SessionInUse inUse) {
            redirect.addFlashAttribute("flash", "admin.sessions.inUse");
        }
        redirect.addFlashAttribute("flashArgs", new Object[] {session.code()});
        return redirectToList(slug);
    }

    @PostMapping("/assignments")
    String assign(@PathVariable String slug, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        consultations.summary(slug);
        try {
            sessionAssignments.assignSessions(slug, assignments(params));
            redirect.addFlashAttribute("flash", "admin.sessions.assigned");
        } catch (NotInConsultation | NumberFormatException wrong) {
            redirect.addFlashAttribute("flash", "admin.sessions.assignRefused");
        }
        return redirectToList(slug);
    }

    @PostMapping("/{id}/organisers")
    String appoint(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String email,
                   RedirectAttributes redirect) {
        var session = sessionOf(slug, id);
        try {
            sessions.appoint(id, email);
            redirect.addFlashAttribute("flash", "admin.sessions.appointed");
        } catch (UnknownOrganiser unknown) {
            redirect.addFlashAttribute("flash", "admin.sessions.unknownEmail");
        }
        redirect.addFlashAttribute("flashArgs", new Object[] {email.strip(), session.code()});
        return redirectToList(slug);
    }

    @PostMapping("/{id}/organisers/{accountId}/delete")
    String dismiss(@PathVariable String slug, @PathVariable long id, @PathVariable long accountId,
                   RedirectAttributes redirect) {
        var session = sessionOf(slug, id);
        sessions.dismiss(id, accountId);
        redirect.addFlashAttribute("flash", "admin.sessions.dismissed");
        redirect.addFlashAttribute("flashArgs", new Object[] {session.code()});
        return redirectToList(slug);
    }

    private String showList(String slug, Model model) {
        var consultation = consultations.summary(slug);
        var all = sessions.sessions(consultation.id());
        var organisers = new LinkedHashMap<Long, Object>();
        all.forEach(session -> organisers.put(session.id(), sessions.organisersForAdmins(session.id())));
        model.addAttribute("consultation", consultation);
        model.addAttribute("sessions", all);
        model.addAttribute("organisers", organisers);
        model.addAttribute("sections", sessionAssignments.sections(slug));
        return "consultation/admin-sessions";
    }

    private String showEditPage(String slug, SessionView session, Model model) {
        model.addAttribute("consultation", consultations.summary(slug));
        model.addAttribute("workshop", session);
        return "consultation/admin-session-form";
    }

    /** The session, if it is one of this consultation's: another consultation's session is a 404 here. */
    private SessionView sessionOf(String slug, long id) {
        var session = sessions.session(id);
        if (session.consultationId() != consultations.summary(slug).id()) {
            throw new SessionNotFound(id);
        }
        return session;
    }

    private static Map<Long, @Nullable Long> assignments(Map<String, String> params) {
        var assignments = new HashMap<Long, @Nullable Long>();
        params.forEach((name, value) -> {
            if (name.startsWith(SECTION_FIELD)) {
                assignments.put(Long.parseLong(name.substring(SECTION_FIELD.length())),
                        value.isBlank() ? null : Long.parseLong(value.strip()));
            }
        });
        return assignments;
    }

    private static String redirectToList(String slug) {
        return "redirect:/admin/consultations/" + slug + "/sessions";
    }
}
