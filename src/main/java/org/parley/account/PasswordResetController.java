package org.parley.account;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PasswordResetController {

    private final PasswordService passwords;

    PasswordResetController(PasswordService passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/password/forgot")
    String showForgotForm(Model model) {
        model.addAttribute("form", new ForgotPasswordForm(""));
        return "account/forgot";
    }

    /** Answers the same whether or not the email has an account. */
    @PostMapping("/password/forgot")
    String forgot(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "account/forgot";
        }
        passwords.requestReset(form.email());
        redirect.addFlashAttribute("flash", "account.reset.sent");
        return "redirect:/login";
    }

    @GetMapping("/password/reset")
    String showResetForm(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
        if (token.isEmpty() || !passwords.isResetLinkUsable(token)) {
            return invalidLink(model);
        }
        model.addAttribute("form", new PasswordResetForm(token, "", ""));
        return "account/reset";
    }

    @PostMapping("/password/reset")
    String reset(@ModelAttribute("form") PasswordResetForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        if (form.token() == null || form.token().isEmpty()) {
            return invalidLink(model);
        }
        Passwords.check(form.password(), null, result, "password");
        Passwords.checkRepeated(form.password(), form.passwordAgain(), result, "passwordAgain");
        if (result.hasErrors()) {
            return "account/reset";
        }
        return switch (passwords.reset(form.token(), form.password())) {
            case CHANGED -> {
                redirect.addFlashAttribute("flash", "account.reset.done");
                yield "redirect:/login";
            }
            case SAME_AS_EMAIL -> {
                result.rejectValue("password", "account.password.sameAsEmail");
                yield "account/reset";
            }
            case INVALID_TOKEN, WRONG_PASSWORD -> invalidLink(model);
        };
    }

    private static String invalidLink(Model model) {
        model.addAttribute("purpose", AccountToken.Purpose.RESET_PASSWORD.name());
        return "account/link-invalid";
    }
}
