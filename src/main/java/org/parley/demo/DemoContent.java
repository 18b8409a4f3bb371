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
import org.parley.consultation.SessionAssignments;
import org.parley.consultation.TextUnit;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.parley.session.SessionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo into an empty database before the web server takes its first request: a lifecycle phase
 * ahead of the server's, so the first page a newcomer sees already shows it (an {@code ApplicationRunner}
 * would run only once the server answers, with "no consultation yet" for the seconds the demo takes).
 */
@Component
class DemoContent implements SmartLifecycle {

    /** Below the web server's phase (started in ascending order), so before it; every bean is made by then. */
    private static final int BEFORE_WEB_SERVER = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 4096;

    static final String PASSWORD = "parley-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final ConsultationService consultations;
    private final SessionAssignments sessionAssignments;
    private final ImportService imports;
    private final AccountService accounts;
    private final DemoThreads threads;
    private final SessionService sessions;
    /** Read when Parley starts: the jar's Spring AOT code keeps every bean its build found (docs/startup.md). */
    private final boolean enabled;
    private volatile boolean running;

    DemoContent(ConsultationService consultations, SessionAssignments sessionAssignments, ImportService imports,
                AccountService accounts, DemoThreads threads, SessionService sessions,
                @Value("${parley.demo.enabled:false}") boolean enabled) {
        this.enabled = enabled;
        this.sessions = sessions;
        this.consultations = consultations;
        this.sessionAssignments = sessionAssignments;
        this.imports = imports;
        this.accounts = accounts;
        this.threads = threads;
    }

    @Override
    public void start() {
        if (enabled && consultations.isEmpty()) {
            loadAll();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return BEFORE_WEB_SERVER;
    }

    private void loadAll() {
        createAccounts();
        var now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        load(new NewConsultation("age-of-digital-interdependence",
                "The Age of Digital Interdependence — 4.3 The role of the UN",
                "Section 4.3 of the report of the UN Secretary-General's High-level Panel on Digital Cooperation. "
                        + "How can the UN add value in the digital transformation? Comment on any paragraph.",
                now.minus(7, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS)), "age-of-digital-interdependence.md",
                writtenOn("2019-06-10T14:00", "Europe/Zurich"));
        load(new NewConsultation("roadmap-for-digital-cooperation",
                "UN Digital Roadmap: The realistic acceleration of digital cooperation",
                "An analysis of the UN Secretary-General's Roadmap for Digital Cooperation: its actions, "
                        + "levels of commitment and main messages.",
                now.minus(3, ChronoUnit.DAYS), now.plus(14, ChronoUnit.DAYS)), "roadmap-analysis.md",
                writtenOn("2020-06-16T12:00", "Europe/Zurich"));
        load(new NewConsultation("eurodig-2024-workshop-1a",
                "EuroDIG 2024 — Messages from Workshop 1a",
                "The messages of Workshop 1a of EuroDIG 2024, “Child safety online — update on legal regulatory "
                        + "requirements”, as drafted by its reporters: comment on each message and propose "
                        + "better wording.",
                now.minus(7, ChronoUnit.DAYS), now.plus(21, ChronoUnit.DAYS), TextUnit.MESSAGE),
                "eurodig-2024-workshop-1a.md",
                writtenOn("2024-06-19T12:00", "Europe/Berlin"));
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
        sessionAssignments.sections(slug).stream().filter(section -> title.equals(section.title())).forEach(section ->
                sessionAssignments.assignSession(slug, section.id(), session.id()));
        sessions.appoint(session.id(), "organiser@parley.example");
    }

    /**
     * A text's first versions carry the day its source was published, before the seeds' comments and
     * versions: the UN panel's report on 10 June 2019, Diplo's analysis of the Roadmap "Published on 16 June
     * 2020", the EuroDIG messages on the last day of EuroDIG 2024 (Vilnius, 17–19 June), when the reporters
     * present them; the hour is a plausible one, the seeds do not give it.
     */
    private void load(NewConsultation details, String resource, Instant writtenAt) {
        consultations.create(details);
        imports.importText(details.slug(), read("demo/" + resource), ImportFormat.MARKDOWN, writtenAt);
        consultations.changeStatus(details.slug(), ConsultationStatus.OPEN);
        consultations.showInsightsWhileOpen(details.slug(), true);
    }

    private static Instant writtenOn(String localTime, String zone) {
        return java.time.LocalDateTime.parse(localTime).atZone(java.time.ZoneId.of(zone)).toInstant();
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo text missing: " + path, e);
        }
    }
}
