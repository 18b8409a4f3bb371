package org.parley.insights;

/**
 * A stemmed word or two-word phrase: how its most frequent form reads, and how often it occurs
 * in the current text and in the published comments and proposals.
 */
public record Term(Kind kind, String surface, int inText, int inComments) {

    public enum Kind { WORD, PHRASE }
}
