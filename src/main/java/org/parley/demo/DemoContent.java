package org.parley.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.parley.account.AccountService;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.parley.session.SessionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

@Component
@Order(10)
class DemoContent implements ApplicationRunner {

    static final String PASSWORD = "parley-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final ConsultationService consultations;
    private final ImportService imports;
    private final AccountService accounts;
    private final DemoThreads threads;
    private final SessionService sessions;
    /** Read when Parley starts: the jar's Spring AOT code keeps every bean its build found (docs/startup.md). */
    private final boolean enabled;

    DemoContent(ConsultationService consultations, ImportService imports, AccountService accounts,
                DemoThreads threads, SessionService sessions, @Value("${parley.demo.enabled:false}") boolean enabled) {
        this.enabled = enabled;
        this.sessions = sessions;
        this.consultations = consultations;
        this.imports = imports;
        this.accounts = accounts;
        this.threads = threads;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !consultations.isEmpty()) {
            return;
        }
        createAccounts();
        var now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        load(new NewConsultation("age-of-digital-interdependence",
                "The Age of Digital Interdependence — 4.3 The role of the UN",
                "Section 4.3 of the report of the UN Secretary-General's High-level Panel on Digital Cooperation. "
                        + "How can the UN add value in the digital transformation? Comment on any paragraph.",
                now.minus(7, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS)), "age-of-digital-interdependence.md");
        load(new NewConsultation("roadmap-for-digital-cooperation",
                "UN Digital Roadmap: The realistic acceleration of digital cooperation",
                "An analysis of the UN Secretary-General's Roadmap for Digital Cooperation: its actions, "
                        + "levels of commitment and main messages.",
                now.minus(3, ChronoUnit.DAYS), now.plus(14, ChronoUnit.DAYS)), "roadmap-analysis.md");
        load(new NewConsultation("eurodig-2024-workshop-1a",
                "EuroDIG 2024 — Messages from Workshop 1a",
                "The messages of Workshop 1a of EuroDIG 2024, “Child safety online — update on legal regulatory "
                        + "requirements”, as drafted by its reporters: comment on each message and propose "
                        + "better wording.",
                now.minus(7, ChronoUnit.DAYS), now.plus(21, ChronoUnit.DAYS)), "eurodig-2024-workshop-1a.md");
        organiseWorkshop1a();
        threads.roadmap();
        threads.eurodig();
        log.info("Demo content loaded: sign in as admin@parley.example (password {})", PASSWORD);
    }

    private void createAccounts() {
        accounts.createIfAbsent(new NewAccount("admin@parley.example", PASSWORD, "Ada Admin", Role.ADMIN,
                "Parley editorial team", StakeholderGroup.OTHER, "CH"));
        accounts.createIfAbsent(new NewAccount("organiser@parley.example", PASSWORD, "Olga Organiser", Role.PARTICIPANT,
                "EuroDIG Workshop 1a", StakeholderGroup.CIVIL_SOCIETY, "DE"));
        accounts.createIfAbsent(new NewAccount("david@parley.example", PASSWORD, "David", Role.PARTICIPANT,
                "Example Digital Foundation", StakeholderGroup.PRIVATE_SECTOR, "GB"));
        accounts.createIfAbsent(new NewAccount("torsten@parley.example", PASSWORD, "Torsten Participant",
                Role.PARTICIPANT, "University of Example", StakeholderGroup.ACADEMIA, "DE"));
        threads.createAccounts();
    }

    /** Workshop 1a owns its messages, and Olga organises it, as in the seed. */
    private void organiseWorkshop1a() {
        String slug = "eurodig-2024-workshop-1a";
        String title = "Workshop 1a: Child safety online — update on legal regulatory requirements";
        var session = sessions.create(consultations.summary(slug).id(), "WS1a", title);
        consultations.sections(slug).stream().filter(section -> title.equals(section.title())).forEach(section ->
                consultations.assignSession(slug, section.id(), session.id()));
        sessions.appoint(session.id(), "organiser@parley.example");
    }

    private void load(NewConsultation details, String resource) {
        consultations.create(details);
        imports.importText(details.slug(), read("demo/" + resource), ImportFormat.MARKDOWN);
        consultations.changeStatus(details.slug(), ConsultationStatus.OPEN);
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo text missing: " + path, e);
        }
    }
}
