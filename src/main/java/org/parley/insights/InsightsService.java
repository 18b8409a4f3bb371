package org.parley.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.parley.account.StakeholderGroup;
import org.parley.account.Viewer;
import org.parley.consultation.ConsultationSummary;
import org.parley.insights.Participation.Dimension;
import org.parley.insights.Participation.Scope;
import org.parley.web.KeptAndRecounted;
import org.parley.web.Writes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a consultation's insights together: a fixed number of statements (each reader aggregates
 * in SQL), whatever the size of the text and its discussion; here only labels and layout.
 */
@Service
public class InsightsService {

    private final InsightsAccess access;
    private final ParticipationReader participation;
    private final OutlineReader outlines;
    private final ProposalOutcomeReader proposals;
    private final ActivityReader activity;
    private final TermCounter terms;
    private final InsightLabels labels;
    /**
     * Counting the terms of a large discussion takes seconds, and organisers, who get no page cache, come
     * back often: they get the last count while it is counted again after a change.
     */
    private final KeptAndRecounted<Kept, Counted> kept;

    private record Kept(long consultationId, Locale locale) {
    }

    /** Insights and when they were counted: kept apart, so that equal counts draw the page once (InsightsFragments). */
    public record Counted(Insights insights, Instant at) {
    }

    InsightsService(InsightsAccess access, ParticipationReader participation, OutlineReader outlines,
                    ProposalOutcomeReader proposals, ActivityReader activity, TermCounter terms, InsightLabels labels,
                    Writes writes) {
        this.access = access;
        this.participation = participation;
        this.outlines = outlines;
        this.proposals = proposals;
        this.activity = activity;
        this.terms = terms;
        this.labels = labels;
        // Counted again at most every 30 seconds after changes, every minute without ("waiting since" stays current).
        this.kept = writes.keepAndRecount(8, Duration.ofSeconds(30), Duration.ofMinutes(1));
    }

    @Transactional(readOnly = true)
    public Insights insights(String slug, Viewer viewer, Locale locale) {
        return counted(slug, viewer, locale).insights();
    }

    /** The last count, which may be up to a minute older than the last change (see {@link #kept}). */
    @Transactional(readOnly = true)
    public Counted counted(String slug, Viewer viewer, Locale locale) {
        var consultation = access.visible(slug, viewer);
        return kept.get(new Kept(consultation.id(), locale), () -> new Counted(count(consultation, locale), Clock.systemUTC().instant()));
    }

    private Insights count(ConsultationSummary consultation, Locale locale) {
        long id = consultation.id();
        var counted = participation.participation(id);
        var outline = outlines.outline(id);
        var now = Clock.systemUTC().instant();
        var outcomes = proposals.outcomes(id, now);
        int participants = counted.stream().filter(row -> row.scope() == Scope.CONSULTATION && row.dimension() == Dimension.GROUP)
                .mapToInt(Participation::participants).sum();
        var counts = new ParticipationCharts(counted, labels, locale);
        var termCounts = terms.count(id, TextSearchLanguage.of(consultation));
        return new Insights(consultation, participants,
                List.of(counts.overall(Dimension.GROUP, "groups"), counts.overall(Dimension.COUNTRY, "countries"),
                        counts.overall(Dimension.REGION, "regions")),
                counts.sessions(outline.sessions()), counts.sections(outline.sections()),
                counts.strip(outline.paragraphs(), consultation.slug(), consultation.unit().name()),
                outcomesChart(outcomes, locale), activityChart(activity.days(id), locale),
                proposals.mostSupported(id), termCounts, termChart(termCounts, locale));
    }

    private SvgBarChart outcomesChart(List<ProposalOutcomes> outcomes, Locale locale) {
        var rows = outcomes.stream().map(outcome -> new SvgBarChart.Row(
                switch (outcome.part()) {
                    case SESSION -> outcome.sessionCode() + " " + outcome.sessionTitle();
                    case OUTSIDE_SESSIONS -> labels.message("insights.outsideSessions", locale);
                    case ALL -> labels.message("insights.allProposals", locale);
                }, null,
                List.of(outcome.open(), outcome.accepted(), outcome.acceptedWithEdits(), outcome.rejected()),
                List.of(duration(outcome.medianToDecision(), locale), duration(outcome.longestOpen(), locale)))).toList();
        return new SvgBarChart("proposals", labels.message("insights.proposals.title", locale),
                labels.message("insights.proposals.desc", locale), false, labels.message("insights.session", locale),
                List.of(labels.message("proposal.status.OPEN", locale), labels.message("proposal.status.ACCEPTED", locale),
                        labels.message("proposal.status.ACCEPTED_WITH_EDITS", locale),
                        labels.message("proposal.status.REJECTED", locale)), 4,
                List.of(labels.message("insights.proposals.median", locale), labels.message("insights.proposals.longestOpen", locale)),
                rows);
    }

    private String duration(@Nullable Duration duration, Locale locale) {
        return duration == null ? "" : labels.message("insights.duration", locale, duration.toDays(), duration.toHoursPart());
    }

    /** Every day from the first to the last with activity, quiet days at zero, so the chart's width is time. */
    private SvgBarChart activityChart(List<ActivityDay> days, Locale locale) {
        var rows = new ArrayList<SvgBarChart.Row>();
        if (!days.isEmpty()) {
            var byDay = new LinkedHashMap<java.time.LocalDate, ActivityDay>();
            days.forEach(day -> byDay.put(day.day(), day));
            var last = days.get(days.size() - 1).day();
            boolean everyDay = days.get(0).day().plusDays(MAX_DAYS).isAfter(last);
            for (var day = days.get(0).day(); !day.isAfter(last); day = day.plusDays(1)) {
                var active = byDay.get(day);
                if (active != null || everyDay) {
                    rows.add(new SvgBarChart.Row(day.toString(), null,
                            List.of(active == null ? 0 : active.comments(), active == null ? 0 : active.proposals()), List.of()));
                }
            }
        }
        return new SvgBarChart("activity", labels.message("insights.activity.title", locale),
                labels.message("insights.activity.desc", locale), true, labels.message("insights.day", locale),
                List.of(labels.message("insights.comments", locale), labels.message("insights.proposalsCount", locale)), 2,
                List.of(), rows);
    }

    /** Beyond this span, only the days with activity are drawn (a column a day would be too thin to see). */
    static final int MAX_DAYS = 400;

    private SvgBarChart termChart(Terms counted, Locale locale) {
        var rows = counted.all().stream()
                .sorted(Comparator.comparing(Term::kind).thenComparing(Comparator.comparingInt(Term::inText).reversed())
                        .thenComparing(Term::surface))
                .map(term -> new SvgBarChart.Row(term.surface(), null, List.of(term.inText(), term.inComments()),
                        List.of(labels.message("insights.terms.kind." + term.kind(), locale))))
                .toList();
        return new SvgBarChart("terms", labels.message("insights.terms.title", locale), labels.message("insights.terms.desc", locale),
                false, labels.message("insights.term", locale),
                List.of(labels.message("insights.terms.inText", locale), labels.message("insights.terms.inComments", locale)), 0,
                List.of(labels.message("insights.terms.kind", locale)), rows);
    }

    /** The participation rows as charts and tables, labelled in the reader's language. */
    private static final class ParticipationCharts {

        private final List<Participation> rows;
        private final InsightLabels labels;
        private final Locale locale;
        private final List<String> columns;

        ParticipationCharts(List<Participation> rows, InsightLabels labels, Locale locale) {
            this.rows = rows;
            this.labels = labels;
            this.locale = locale;
            this.columns = List.of(labels.message("insights.participants", locale), labels.message("insights.comments", locale),
                    labels.message("insights.proposalsCount", locale), labels.message("insights.supports", locale));
        }

        SvgBarChart overall(Dimension dimension, String name) {
            return chart(name, "insights." + name, labels.message("insights.dimension." + dimension, locale),
                    table(row -> row.scope() == Scope.CONSULTATION && row.dimension() == dimension), 1);
        }

        SvgBarChart sessions(List<Outline.SessionPart> sessions) {
            Map<Long, String> names = new LinkedHashMap<>();
            sessions.forEach(session -> names.put(session.id(), session.code() + " " + session.title()));
            return parts("sessions", Scope.SESSION, names);
        }

        SvgBarChart sections(List<Outline.SectionPart> sections) {
            Map<Long, String> names = new LinkedHashMap<>();
            sections.forEach(section -> names.put(section.id(), section.name()));
            return parts("sections", Scope.SECTION, names);
        }

        /** Per part (in reading order), by stakeholder group and then by region: a table, not drawn. */
        private SvgBarChart parts(String name, Scope scope, Map<Long, String> names) {
            var byPart = rows.stream().filter(row -> row.scope() == scope)
                    .collect(java.util.stream.Collectors.groupingBy(Participation::scopeId));
            var table = new ArrayList<SvgBarChart.Row>();
            names.forEach((id, part) -> {
                for (var dimension : List.of(Dimension.GROUP, Dimension.REGION)) {
                    byPart.getOrDefault(id, List.of()).stream().filter(row -> row.dimension() == dimension)
                            .map(row -> row(part + " · ", row)).forEach(table::add);
                }
            });
            return chart(name, "insights." + name, labels.message("insights.group", locale), table, 0);
        }

        /** A column per paragraph, its comments and proposals stacked by group; the table adds the totals. */
        SvgBarChart strip(List<Outline.ParagraphPart> paragraphs, String slug, String unit) {
            var byParagraph = new LinkedHashMap<Long, List<Participation>>();
            rows.stream().filter(row -> row.scope() == Scope.PARAGRAPH && row.dimension() == Dimension.GROUP)
                    .forEach(row -> byParagraph.computeIfAbsent(row.scopeId(), key -> new ArrayList<>()).add(row));
            var keys = new ArrayList<@Nullable String>();
            for (var group : StakeholderGroup.values()) {
                if (byParagraph.values().stream().flatMap(List::stream).anyMatch(row -> group.name().equals(row.key()))) {
                    keys.add(group.name());
                }
            }
            if (byParagraph.values().stream().flatMap(List::stream).anyMatch(Participation::isOther)) {
                keys.add(null);
            }
            var columns = new ArrayList<String>();
            keys.forEach(key -> columns.add(labels.of(Dimension.GROUP, key, locale)));
            columns.add(labels.message("insights.comments", locale));
            columns.add(labels.message("insights.proposalsCount", locale));
            String unitLabel = labels.message("unit." + unit + ".label", locale);
            var table = new ArrayList<SvgBarChart.Row>();
            for (var paragraph : paragraphs) {
                var counted = byParagraph.getOrDefault(paragraph.id(), List.of());
                var values = new ArrayList<Integer>();
                for (var key : keys) {
                    values.add(counted.stream().filter(row -> Objects.equals(row.key(), key))
                            .mapToInt(row -> row.comments() + row.proposals()).sum());
                }
                values.add(counted.stream().mapToInt(Participation::comments).sum());
                values.add(counted.stream().mapToInt(Participation::proposals).sum());
                table.add(new SvgBarChart.Row(unitLabel + " " + paragraph.number(), "/c/" + slug + "/p/" + paragraph.anchor(),
                        values, List.of()));
            }
            return new SvgBarChart("strip", labels.message("insights.strip.title", locale),
                    labels.message("insights.strip.desc", locale), true, unitLabel, columns, keys.size(), List.of(), table);
        }

        private List<SvgBarChart.Row> table(Predicate<Participation> which) {
            return rows.stream().filter(which).map(row -> row("", row)).toList();
        }

        private SvgBarChart.Row row(String prefix, Participation row) {
            return new SvgBarChart.Row(prefix + labels.of(row.dimension(), row.key(), locale), null,
                    List.of(row.participants(), row.comments(), row.proposals(), row.supports()), List.of());
        }

        private SvgBarChart chart(String name, String messages, String labelHeading, List<SvgBarChart.Row> table, int drawn) {
            return new SvgBarChart(name, labels.message(messages + ".title", locale), labels.message(messages + ".desc", locale),
                    false, labelHeading, columns, drawn, List.of(), table);
        }
    }
}
