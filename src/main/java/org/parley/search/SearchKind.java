package org.parley.search;

/** What a result is: the text (headings and paragraphs), a comment or reply, or a proposal. */
public enum SearchKind {
    TEXT, COMMENT, PROPOSAL
}
