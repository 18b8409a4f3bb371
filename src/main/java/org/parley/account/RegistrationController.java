package org.parley.account;

import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegistrationController {

    private final RegistrationService registrations;

    RegistrationController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @ModelAttribute("countries")
    Map<String, String> countries(Locale locale) {
        return Countries.named(locale);
    }

    @GetMapping("/register")
    String showForm(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        return "account/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result) {
        Passwords.check(form.password(), form.email(), result, "password");
        if (result.hasErrors()) {
            return "account/register";
        }
        registrations.register(form.email(), form.displayName(), form.password(), form.affiliation(),
                form.stakeholderGroup(), form.country());
        return "redirect:/register/sent";
    }

    /**
     * The same page whether the email was new or had an account already, and nobody is signed in
     * either way: signing in only the new registrant would tell whether the address was taken.
     */
    @GetMapping("/register/sent")
    String sent() {
        return "account/register-sent";
    }

    @GetMapping("/account/confirm")
    String confirm(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
        if (!token.isEmpty() && registrations.confirm(token)) {
            model.addAttribute("confirmationPending", false);
            return "account/confirmed";
        }
        model.addAttribute("purpose", AccountToken.Purpose.CONFIRM_EMAIL.name());
        return "account/link-invalid";
    }

    @PostMapping("/account/confirm/resend")
    String resend(@AuthenticationPrincipal @Nullable SignedInAccount me, RedirectAttributes redirect) {
        if (me == null) {
            return "redirect:/login";
        }
        redirect.addFlashAttribute("flash", switch (registrations.resendConfirmation(me.id())) {
            case SENT -> "account.confirm.resent";
            case TOO_SOON -> "account.confirm.tooSoon";
            case ALREADY_CONFIRMED -> "account.confirm.already";
        });
        return "redirect:/profile";
    }
}
