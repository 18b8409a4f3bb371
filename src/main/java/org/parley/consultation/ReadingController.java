package org.parley.consultation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ReadingController {

    private final ConsultationService consultations;

    ReadingController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @GetMapping("/")
    String list(Model model) {
        model.addAttribute("consultations", consultations.listPublic());
        return "consultation/list";
    }

    @GetMapping("/c/{slug}")
    String show(@PathVariable String slug, Authentication authentication, Model model) {
        model.addAttribute("page", consultations.page(slug, isAdmin(authentication)));
        return "consultation/show";
    }

    private static boolean isAdmin(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }
}
