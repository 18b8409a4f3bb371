package org.parley.insights;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.parley.account.Viewer;
import org.parley.web.NotFound;
import org.parley.web.SameForEveryReader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The insights page of a consultation and each chart's data as CSV. Signed-in readers share the page
 * ({@link SameForEveryReader}): whether one may see it depends on a role or on organising one of its
 * sessions, and shared pages are kept apart by the consultations their readers organise
 * ({@code session.OrganisedConsultations}); anonymous readers get it from the page cache, emptied by
 * every write like the reading page.
 */
@Controller
class InsightsController {

    private final InsightsService insights;
    private final InsightsFragments fragments;

    InsightsController(InsightsService insights, InsightsFragments fragments) {
        this.insights = insights;
        this.fragments = fragments;
    }

    @GetMapping("/c/{slug}/insights")
    @SameForEveryReader
    String show(@PathVariable String slug, Viewer viewer, Locale locale, Model model) {
        var counted = insights.counted(slug, viewer, locale);
        model.addAttribute("insights", counted.insights());
        model.addAttribute("countedAt", counted.at());
        model.addAttribute("insightsHtml", fragments.html(counted.insights(), locale));
        return "insights/show";
    }

    @GetMapping("/c/{slug}/insights/{chart}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @PathVariable String chart, Viewer viewer, Locale locale) {
        var table = insights.insights(slug, viewer, locale).chart(chart).orElseThrow(() -> new NoSuchChart(chart));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(slug + "-" + chart + ".csv").build().toString())
                .body(InsightsCsv.write(table));
    }

    static final class NoSuchChart extends NotFound {
        NoSuchChart(String chart) {
            super("No chart " + chart);
        }
    }
}
