package org.parley.insights;

import java.util.List;
import java.util.Optional;

import org.parley.consultation.ConsultationSummary;

/** Everything the insights page shows of one consultation; each chart also answers as CSV under its name. */
public record Insights(ConsultationSummary consultation, int participants, List<SvgBarChart> participation,
                       SvgBarChart sessions, SvgBarChart sections, SvgBarChart strip, SvgBarChart proposals,
                       SvgBarChart activity, List<SupportedProposal> mostSupported, Terms terms, SvgBarChart termTable) {

    /** Fewer people than this in a group are shown as "other" (for the page's explanation). */
    public int leastShown() {
        return ParticipationReader.LEAST_SHOWN;
    }

    public List<SvgBarChart> charts() {
        var all = new java.util.ArrayList<>(participation);
        all.addAll(List.of(sessions, sections, strip, proposals, activity, termTable));
        return all;
    }

    Optional<SvgBarChart> chart(String name) {
        return charts().stream().filter(chart -> chart.name().equals(name)).findFirst();
    }
}
