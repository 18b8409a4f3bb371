package org.parley.search;

import java.math.BigInteger;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.parley.account.StakeholderGroup;
import org.parley.discussion.ProposalStatus;
import org.parley.web.QueryIds;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a search, read from the query string of a GET: each value is checked here and
 * what no form sends is refused with {@link BadSearch}, never guessed. {@code held} asks for
 * comments held for moderation; the reader honours it only for those who moderate them.
 * Section and session belong to one consultation and are left out of the search across all.
 */
record SearchFilters(@Nullable Long section, @Nullable Long session, @Nullable StakeholderGroup group,
                     @Nullable SearchKind kind, @Nullable ProposalStatus status, @Nullable String author,
                     boolean held, int page) {

    static final int MAX_AUTHOR_LENGTH = 100;

    static SearchFilters none() {
        return new SearchFilters(null, null, null, null, null, null, false, 1);
    }

    static SearchFilters parse(@Nullable String section, @Nullable String session, @Nullable String group,
                               @Nullable String kind, @Nullable String status, @Nullable String author,
                               @Nullable String held, @Nullable String page) {
        return new SearchFilters(id("section", section), id("session", session),
                named(StakeholderGroup.class, "group", group), named(SearchKind.class, "kind", kind),
                named(ProposalStatus.class, "status", status), author(author), held(held), page(page));
    }

    /** Filters that only comments and proposals have: the text has no author. */
    boolean onlyContributions() {
        return group != null || status != null || author != null || kind == SearchKind.COMMENT || kind == SearchKind.PROPOSAL;
    }

    boolean isFiltered() {
        return section != null || session != null || group != null || kind != null || status != null || author != null || held;
    }

    SearchFilters withoutHeld() {
        return new SearchFilters(section, session, group, kind, status, author, false, page);
    }

    SearchFilters onPage(int page) {
        return new SearchFilters(section, session, group, kind, status, author, held, page);
    }

    /** The same search on another page: a real address that works without JavaScript. */
    String link(String path, SearchQuery query, int toPage) {
        var uri = UriComponentsBuilder.fromPath(path).queryParam("q", query.words());
        param(uri, "section", section);
        param(uri, "session", session);
        param(uri, "group", group == null ? null : group.name());
        param(uri, "kind", kind == null ? null : kind.name());
        param(uri, "status", status == null ? null : status.name());
        param(uri, "author", author);
        param(uri, "held", held ? "on" : null);
        param(uri, "page", toPage == 1 ? null : toPage);
        return uri.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder uri, String name, @Nullable Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static @Nullable Long id(String name, @Nullable String value) {
        return QueryIds.positive(value, () -> new BadSearch("search.bad." + name));
    }

    private static <E extends Enum<E>> @Nullable E named(Class<E> type, String name, @Nullable String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadSearch("search.bad." + name);
        }
    }

    private static @Nullable String author(@Nullable String value) {
        if (isBlank(value)) {
            return null;
        }
        if (value.strip().length() > MAX_AUTHOR_LENGTH) {
            throw new BadSearch("search.bad.author", MAX_AUTHOR_LENGTH);
        }
        return value.strip();
    }

    private static boolean held(@Nullable String value) {
        return !isBlank(value) && !"false".equals(value.strip());
    }

    private static int page(@Nullable String value) {
        if (isBlank(value)) {
            return 1;
        }
        try {
            int page = new BigInteger(value.strip()).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
            if (page < 1) {
                throw new BadSearch("search.bad.page");
            }
            return page;
        } catch (NumberFormatException notANumber) {
            throw new BadSearch("search.bad.page");
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
