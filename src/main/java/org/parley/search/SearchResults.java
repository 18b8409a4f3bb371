package org.parley.search;

import java.util.List;

/**
 * A page of results, with how many were found of each kind whatever the kind asked for.
 * {@code onlyCommonWords}: the query had no word the search looks for ("the", "of"…).
 */
public record SearchResults(List<SearchResult> results, long texts, long comments, long proposals, int page,
                            int pages, boolean onlyCommonWords) {

    static SearchResults none() {
        return new SearchResults(List.of(), 0, 0, 0, 1, 1, false);
    }

    public long total() {
        return texts + comments + proposals;
    }

    long of(SearchFilters filters) {
        if (filters.kind() == null) {
            return total();
        }
        return switch (filters.kind()) {
            case TEXT -> texts;
            case COMMENT -> comments;
            case PROPOSAL -> proposals;
        };
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
