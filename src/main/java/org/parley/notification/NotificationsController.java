package org.parley.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.parley.account.SignedInAccount;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's notifications, newest first with the unread ones marked; opening one marks
 * it read and leads to it in context. And their mail preferences, one choice per kind, a plain form.
 */
@Controller
class NotificationsController {

    static final int SHOWN = 100;

    private final NotificationReader reader;
    private final MailPreferences preferences;
    private final JdbcClient jdbc;

    NotificationsController(NotificationReader reader, MailPreferences preferences, JdbcClient jdbc) {
        this.reader = reader;
        this.preferences = preferences;
        this.jdbc = jdbc;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("notifications", reader.latest(me.id(), SHOWN));
        return "notification/list";
    }

    /** See in context: marks it read and goes there (a POST, so that no prefetching marks it). */
    @PostMapping("/notifications/{id}/open")
    @Transactional
    String open(@AuthenticationPrincipal SignedInAccount me, @PathVariable String id) {
        var item = own(me, id);
        jdbc.sql("UPDATE notification SET read_at = now() WHERE id = :id AND read_at IS NULL").param("id", item.id()).update();
        return "redirect:" + item.link();
    }

    @PostMapping("/notifications/read")
    String readAll(@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
        jdbc.sql("UPDATE notification SET read_at = now() WHERE recipient_id = :me AND read_at IS NULL")
                .param("me", me.id()).update();
        redirect.addFlashAttribute("flash", "notification.allRead");
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/preferences")
    String preferences(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("choices", preferences.of(me.id()));
        model.addAttribute("frequencies", Frequency.values());
        return "notification/preferences";
    }

    /** Every kind with a known frequency; anything else refuses the whole form and changes nothing. */
    @PostMapping("/notifications/preferences")
    ModelAndView choose(@AuthenticationPrincipal SignedInAccount me, @RequestParam Map<String, String> form,
                        RedirectAttributes redirect) {
        var choices = new EnumMap<NotificationKind, Frequency>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            var frequency = form.get(kind.name());
            if (frequency == null || List.of(Frequency.values()).stream().noneMatch(f -> f.name().equals(frequency))) {
                var page = new ModelAndView("notification/preferences");
                page.addObject("choices", preferences.of(me.id()));
                page.addObject("frequencies", Frequency.values());
                page.addObject("refused", true);
                page.setStatus(HttpStatus.BAD_REQUEST);
                return page;
            }
            choices.put(kind, Frequency.valueOf(frequency));
        }
        preferences.choose(me.id(), choices);
        redirect.addFlashAttribute("flash", "notification.preferencesSaved");
        return new ModelAndView("redirect:/notifications/preferences");
    }

    private NotificationItem own(SignedInAccount me, String id) {
        if (!id.matches("[1-9][0-9]{0,17}")) {
            throw new NothingToFollow(id);
        }
        var item = reader.own(me.id(), Long.parseLong(id));
        if (item == null) {
            throw new NothingToFollow(id);
        }
        return item;
    }
}
