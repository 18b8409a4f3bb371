package org.parley.notification;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link of every notification mail, without signing in (the secret is in the
 * address). Opening it asks to confirm — link checkers and mail scanners open links — and the
 * confirmation, or a mail client's RFC 8058 one-click POST, turns off that kind of mail only.
 */
@Controller
class UnsubscribeController {

    private final MailPreferences preferences;

    UnsubscribeController(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/notifications/unsubscribe/{token}/{stream}")
    String ask(@PathVariable String token, @PathVariable String stream, Model model) {
        var mail = known(token, stream);
        model.addAttribute("stream", mail);
        model.addAttribute("action", "/notifications/unsubscribe/" + token + "/" + mail.name());
        return "notification/unsubscribe";
    }

    @PostMapping("/notifications/unsubscribe/{token}/{stream}")
    String unsubscribe(@PathVariable String token, @PathVariable String stream, Model model) {
        var mail = known(token, stream);
        long account = preferences.accountOf(UUID.fromString(token)).orElseThrow();
        preferences.unsubscribe(account, mail);
        model.addAttribute("stream", mail);
        model.addAttribute("done", true);
        return "notification/unsubscribe";
    }

    private MailStream known(String token, String stream) {
        if (!token.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                || preferences.accountOf(UUID.fromString(token)).isEmpty()) {
            throw new NothingToFollow("unsubscribe");
        }
        return MailStream.named(stream).orElseThrow(() -> new NothingToFollow(stream));
    }
}
