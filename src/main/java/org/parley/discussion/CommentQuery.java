package org.parley.discussion;

import java.math.BigInteger;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.parley.account.StakeholderGroup;
import org.parley.web.QueryIds;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the all-comments list, read from the query string of a GET. Every value is
 * checked here: a number must be a number, a group one of the groups, the order one of the two,
 * the page at least 1. What is wrong is refused with {@link BadCommentFilter}, never guessed.
 */
public record CommentQuery(@Nullable Long section, @Nullable Long session, @Nullable StakeholderGroup group,
                    @Nullable Long author, boolean oldestFirst, int page) {

    static final String NEWEST = "newest";
    static final String OLDEST = "oldest";

    static CommentQuery newest(int page) {
        return new CommentQuery(null, null, null, null, false, page);
    }

    static CommentQuery parse(@Nullable String section, @Nullable String session, @Nullable String group,
                              @Nullable String author, @Nullable String sort, @Nullable String page) {
        return new CommentQuery(id("section", section), id("session", session), group(group), id("author", author),
                oldestFirst(sort), page(page));
    }

    public boolean isFiltered() {
        return section != null || session != null || group != null || author != null;
    }

    public String sort() {
        return oldestFirst ? OLDEST : NEWEST;
    }

    /** The same list on another page, with a real address that works without JavaScript. */
    String link(String slug, int toPage) {
        var uri = UriComponentsBuilder.fromPath("/c/{slug}/comments");
        if (section != null) {
            uri.queryParam("section", section);
        }
        if (session != null) {
            uri.queryParam("session", session);
        }
        if (group != null) {
            uri.queryParam("group", group.name());
        }
        if (author != null) {
            uri.queryParam("author", author);
        }
        if (oldestFirst) {
            uri.queryParam("sort", OLDEST);
        }
        if (toPage != 1) {
            uri.queryParam("page", toPage);
        }
        return uri.buildAndExpand(slug).encode().toUriString();
    }

    private static @Nullable Long id(String name, @Nullable String value) {
        return QueryIds.positive(value, () -> new BadCommentFilter("comments.bad." + name));
    }

    private static @Nullable StakeholderGroup group(@Nullable String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return StakeholderGroup.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadCommentFilter("comments.bad.group");
        }
    }

    private static boolean oldestFirst(@Nullable String sort) {
        if (isBlank(sort) || NEWEST.equals(sort.strip())) {
            return false;
        }
        if (OLDEST.equals(sort.strip())) {
            return true;
        }
        throw new BadCommentFilter("comments.bad.sort");
    }

    private static int page(@Nullable String value) {
        if (isBlank(value)) {
            return 1;
        }
        try {
            int page = pageNumber(value);
            if (page < 1) {
                throw new BadCommentFilter("comments.bad.page");
            }
            return page;
        } catch (NumberFormatException notANumber) {
            throw new BadCommentFilter("comments.bad.page");
        }
    }

    /** A page number as typed, a number too large for an int taken as the largest: the reader then clamps it to the last page. */
    static int pageNumber(String value) {
        return new BigInteger(value.strip()).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
