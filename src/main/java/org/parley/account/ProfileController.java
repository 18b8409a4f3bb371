package org.parley.account;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: how others see them, their email, their password. */
@Controller
@RequestMapping("/profile")
class ProfileController {

    private final AccountService accounts;
    private final PasswordService passwords;
    private final SignIn signIn;
    private final AccountDeletion deletion;

    ProfileController(AccountService accounts, PasswordService passwords, SignIn signIn, AccountDeletion deletion) {
        this.deletion = deletion;
        this.accounts = accounts;
        this.passwords = passwords;
        this.signIn = signIn;
    }

    @ModelAttribute("countries")
    Map<String, String> countries(Locale locale) {
        return Countries.named(locale);
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInAccount me, Model model) {
        var profile = accounts.ownProfile(me.id());
        model.addAttribute("profile", profile);
        model.addAttribute("form", ProfileForm.of(profile.participant(), accounts.wantsDecisionMails(me.id())));
        model.addAttribute("passwordForm", PasswordChangeForm.empty());
        return "account/profile";
    }

    @PostMapping
    String update(@AuthenticationPrincipal SignedInAccount me, @Valid @ModelAttribute("form") ProfileForm form,
                  BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("profile", accounts.ownProfile(me.id()));
            model.addAttribute("passwordForm", PasswordChangeForm.empty());
            return "account/profile";
        }
        accounts.chooseDecisionMails(me.id(), Boolean.TRUE.equals(form.decisionMails()));
        var refreshed = accounts.describe(me.id(), form.displayName(), form.affiliation(), form.stakeholderGroup(),
                form.country());
        signIn.refresh(refreshed, request, response);
        redirect.addFlashAttribute("flash", "account.profile.saved");
        return "redirect:/profile";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal SignedInAccount me,
                          @Valid @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result,
                          Model model, RedirectAttributes redirect) {
        Passwords.check(form.newPassword(), me.getUsername(), result, "newPassword");
        Passwords.checkRepeated(form.newPassword(), form.newPasswordAgain(), result, "newPasswordAgain");
        if (!result.hasErrors()) {
            switch (passwords.change(me.id(), form.currentPassword(), form.newPassword())) {
                case CHANGED -> {
                    redirect.addFlashAttribute("flash", "account.password.changed");
                    return "redirect:/profile";
                }
                case WRONG_PASSWORD -> result.rejectValue("currentPassword", "account.password.wrongCurrent");
                default -> result.rejectValue("newPassword", "account.password.sameAsEmail");
            }
        }
        var profile = accounts.ownProfile(me.id());
        model.addAttribute("profile", profile);
        model.addAttribute("form", ProfileForm.of(profile.participant(), accounts.wantsDecisionMails(me.id())));
        return "account/profile";
    }

    /** Deletes the account after the password is typed again; then the person is signed out. */
    @PostMapping("/delete")
    String delete(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "") String password,
                  HttpServletRequest request, RedirectAttributes redirect) throws ServletException {
        if (!deletion.delete(me.id(), password)) {
            redirect.addFlashAttribute("flash", "account.delete.refused");
            return "redirect:/profile#delete-heading";
        }
        request.logout();
        return "redirect:/?accountDeleted";
    }
}
