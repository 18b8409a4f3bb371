package org.parley.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String showForm(@RequestParam(name = "error", required = false) String error, Model model) {
        model.addAttribute("failed", error != null);
        return "account/login";
    }
}
