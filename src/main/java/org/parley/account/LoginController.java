package org.parley.account;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String showForm(@RequestParam(name = "error", required = false) String error,
                    @RequestParam(name = "wait", required = false) @Nullable String wait, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("waitMinutes", minutes(wait));
        return "account/login";
    }

    /** The wait the throttle asked for, as the address carries it: a small whole number or nothing. */
    private static @Nullable Integer minutes(@Nullable String wait) {
        if (wait == null || !wait.matches("[0-9]{1,3}")) {
            return null;
        }
        return Math.max(1, Integer.parseInt(wait));
    }
}
