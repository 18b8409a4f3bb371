package org.parley.consultation;

import org.parley.web.SameForEveryReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The list of consultations; the reading page of one is served with its discussion. */
@Controller
class ReadingController {

    private final ConsultationService consultations;

    ReadingController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @GetMapping("/")
    @SameForEveryReader
    String list(Model model) {
        model.addAttribute("consultations", consultations.listPublic());
        return "consultation/list";
    }
}
