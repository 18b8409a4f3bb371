package org.parley.discussion;

/** What a proposal rewords: the whole paragraph, or only the passage its comment quotes. */
public enum ProposalScope {
    PARAGRAPH,
    PASSAGE
}
