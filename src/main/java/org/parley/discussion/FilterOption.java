package org.parley.discussion;

/** A choice in a filter of the comment list: the value sent, the words shown, how deep it is nested. */
public record FilterOption(long id, String label, int depth) {
}
