package org.parley.discussion;

import java.time.Clock;
import java.util.Locale;

import org.parley.account.Viewer;
import org.parley.consultation.ConsultationService;
import org.parley.mail.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The latest comments of a consultation as an Atom feed, for feed readers and for organisers who
 * follow a discussion from elsewhere. Each entry links to the comment in context, absolutely:
 * a feed is read outside Parley.
 */
@Controller
class AtomFeedController {

    static final int ENTRIES = 50;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final ConsultationService consultations;
    private final CommentListReader reader;
    private final Mailer links;
    private final FeedContents contents;
    private final MessageSource messages;
    private final Clock clock;

    AtomFeedController(ConsultationService consultations, CommentListReader reader, FeedContents contents, Mailer links,
                       MessageSource messages, Clock clock) {
        this.consultations = consultations;
        this.reader = reader;
        this.contents = contents;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
    }

    static String path(String slug) {
        return "/c/" + slug + "/comments.atom";
    }

    private String author(ListedComment comment, Locale locale) {
        return comment.author() == null ? messages.getMessage("comment.formerParticipant", null, locale)
                : comment.authorName();
    }

    @GetMapping("/c/{slug}/comments.atom")
    ResponseEntity<String> feed(@PathVariable String slug, Viewer viewer, Locale locale) {
        var consultation = AllCommentsController.visible(consultations, slug, viewer);
        var latest = reader.list(consultation.id(), CommentQuery.newest(1), ENTRIES).comments();
        var content = contents.of(latest, locale);
        var entries = latest.stream().map(comment -> new AtomFeed.Entry(comment, content.get(comment.id()).html(),
                content.get(comment.id()).updated())).toList();
        String xml = new AtomFeed(links::link, comment -> author(comment, locale), comment -> messages.getMessage("feed.entryTitle",
                new Object[] {author(comment, locale), comment.paragraphNumber()}, locale))
                .write(consultation, entries, clock.instant());
        return ResponseEntity.ok().contentType(ATOM).body(xml);
    }
}
