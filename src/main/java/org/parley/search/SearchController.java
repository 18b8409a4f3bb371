package org.parley.search;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.parley.account.StakeholderGroup;
import org.parley.account.Viewer;
import org.parley.consultation.ConsultationService;
import org.parley.discussion.CommentListReader;
import org.parley.discussion.FilterOption;
import org.parley.discussion.ProposalStatus;
import org.parley.web.KeptUntilWrite;
import org.parley.web.SameForEveryReader;
import org.parley.web.SharedPageMarks;
import org.parley.web.Writes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search pages: across every consultation readers may see (open, closed, published; never a
 * draft) and within one (a draft only for admins, like its page). A GET form with real links that
 * needs no JavaScript; htmx asks for the results region alone as the reader types. A query or
 * filter that cannot be searched gets the page with a message, never an error. Signed-in readers
 * who may not ask for held comments anywhere share each page, kept under its address.
 */
@Controller
class SearchController {

    static final int PAGE_SIZE = 20;

    private static final Set<String> TYPED = Set.of("search.bad.tooLong", "search.bad.onlyLeftOut", "search.bad.author");

    private final SearchReader reader;
    private final ConsultationService consultations;
    private final CommentListReader filterOptions;
    private final KeptUntilWrite<Found, SearchResults> found;
    private final KeptUntilWrite<Long, Options> options;

    /** Results without held comments are the same for every reader who may open the consultation. */
    private record Found(@Nullable Long consultationId, String words, SearchFilters filters) {
    }

    private record Options(List<FilterOption> sections, List<FilterOption> sessions) {
    }

    SearchController(SearchReader reader, ConsultationService consultations, CommentListReader filterOptions, Writes writes) {
        this.reader = reader;
        this.consultations = consultations;
        this.filterOptions = filterOptions;
        this.found = writes.keep(512, Duration.ofMinutes(5));
        this.options = writes.keep(64, Duration.ofMinutes(5));
    }

    @GetMapping("/search")
    @SameForEveryReader(withQueryString = true)
    String everywhere(@RequestParam(required = false) @Nullable String q,
                      @RequestParam(required = false) @Nullable String group,
                      @RequestParam(required = false) @Nullable String kind,
                      @RequestParam(required = false) @Nullable String status,
                      @RequestParam(required = false) @Nullable String author,
                      @RequestParam(required = false) @Nullable String held,
                      @RequestParam(required = false) @Nullable String page,
                      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
                      Viewer viewer, Model model, HttpServletRequest request, HttpServletResponse response) {
        var scope = new SearchReader.Scope(null, viewer.accountId(), viewer.admin());
        return search("/search", scope, List.of(), List.of(), q,
                () -> SearchFilters.parse(null, null, group, kind, status, author, held, page), htmx, model, request, response);
    }

    @GetMapping("/c/{slug}/search")
    @SameForEveryReader(withQueryString = true)
    String within(@PathVariable String slug, @RequestParam(required = false) @Nullable String q,
                  @RequestParam(required = false) @Nullable String section,
                  @RequestParam(required = false) @Nullable String session,
                  @RequestParam(required = false) @Nullable String group,
                  @RequestParam(required = false) @Nullable String kind,
                  @RequestParam(required = false) @Nullable String status,
                  @RequestParam(required = false) @Nullable String author,
                  @RequestParam(required = false) @Nullable String held,
                  @RequestParam(required = false) @Nullable String page,
                  @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
                  Viewer viewer, Model model, HttpServletRequest request, HttpServletResponse response) {
        var consultation = consultations.visibleTo(slug, viewer);
        model.addAttribute("consultation", consultation);
        var scope = new SearchReader.Scope(consultation.id(), viewer.accountId(), viewer.admin());
        var kept = options.get(consultation.id(), () -> new Options(filterOptions.sections(consultation.id()),
                filterOptions.sessions(consultation.id())));
        var sections = kept.sections();
        var sessions = kept.sessions();
        return search("/c/" + slug + "/search", scope, sections, sessions, q, () -> {
            var filters = SearchFilters.parse(section, session, group, kind, status, author, held, page);
            checkKnown(filters.section(), sections, "search.bad.section");
            checkKnown(filters.session(), sessions, "search.bad.session");
            return filters;
        }, htmx, model, request, response);
    }

    private interface FilterReading {
        SearchFilters read();
    }

    private String search(String path, SearchReader.Scope scope, List<FilterOption> sections, List<FilterOption> sessions,
                          @Nullable String q, FilterReading filterReading, @Nullable String htmx, Model model,
                          HttpServletRequest request, HttpServletResponse response) {
        boolean mayAskForHeld = reader.mayAskForHeld(scope);
        if (mayAskForHeld || scope.consultationId() != null && reader.mayAskForHeld(scope.everywhere())) {
            // Shared pages are keyed by the header's values, which say whether one moderates or organises anywhere.
            SharedPageMarks.forThisReaderOnly(request);
        }
        model.addAttribute("action", path);
        model.addAttribute("sections", sections);
        model.addAttribute("sessions", sessions);
        model.addAttribute("groups", StakeholderGroup.values());
        model.addAttribute("kinds", SearchKind.values());
        model.addAttribute("statuses", List.of(ProposalStatus.OPEN, ProposalStatus.ACCEPTED,
                ProposalStatus.ACCEPTED_WITH_EDITS, ProposalStatus.REJECTED, ProposalStatus.SUPERSEDED));
        model.addAttribute("mayAskForHeld", mayAskForHeld);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("filters", SearchFilters.none());
        model.addAttribute("results", SearchResults.none());
        model.addAttribute("searched", false);
        try {
            var filters = filterReading.read();
            model.addAttribute("filters", filters);
            var query = SearchQuery.parse(q);
            if (!query.isEmpty()) {
                var asked = mayAskForHeld ? filters : filters.withoutHeld();
                var results = asked.held() ? reader.search(query, asked, scope, PAGE_SIZE)
                        : found.get(new Found(scope.consultationId(), query.words(), asked),
                                () -> reader.search(query, asked, scope, PAGE_SIZE));
                model.addAttribute("results", results);
                model.addAttribute("searched", true);
                model.addAttribute("previousUrl", results.hasPrevious() ? filters.link(path, query, results.page() - 1) : null);
                model.addAttribute("nextUrl", results.hasNext() ? filters.link(path, query, results.page() + 1) : null);
            }
        } catch (BadSearch bad) {
            if (!typed(bad)) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            model.addAttribute("problem", bad.messageKey());
            model.addAttribute("problemArgs", bad.args());
        }
        return htmx == null ? "search/results" : "search/results :: results";
    }

    /** What the reader typed gets its message with a 200, so htmx shows it; a value no form sends is a bad request. */
    private static boolean typed(BadSearch bad) {
        return TYPED.contains(bad.messageKey());
    }

    private static void checkKnown(@Nullable Long id, List<FilterOption> options, String problem) {
        if (id != null && options.stream().noneMatch(option -> option.id() == id)) {
            throw new BadSearch(problem);
        }
    }
}
