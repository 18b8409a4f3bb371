package org.parley.insights;

import java.util.Comparator;
import java.util.List;

/**
 * The most frequent terms and two-word phrases of the text and of the comments, and what
 * commenters talk about that the text does not: terms used at least {@link #GAP_LEAST} times in
 * comments and at most a quarter as often in the text.
 */
public record Terms(List<Term> all) {

    static final int TOP = 20;
    static final int GAP_LEAST = 2;

    /** A list the page shows: its name (text-words, comment-words, text-phrases, comment-phrases, gap), which count it shows. */
    public record TermList(String name, boolean countsText, List<Term> terms) {

        public int count(Term term) {
            return countsText ? term.inText() : term.inComments();
        }
    }

    public List<TermList> lists() {
        return List.of(new TermList("text-words", true, inText(Term.Kind.WORD)),
                new TermList("comment-words", false, inComments(Term.Kind.WORD)),
                new TermList("text-phrases", true, inText(Term.Kind.PHRASE)),
                new TermList("comment-phrases", false, inComments(Term.Kind.PHRASE)),
                new TermList("gap", false, onlyCommenters()));
    }

    public List<Term> inText(Term.Kind kind) {
        return all.stream().filter(term -> term.kind() == kind && term.inText() > 0)
                .sorted(Comparator.comparingInt(Term::inText).reversed().thenComparing(Term::surface)).limit(TOP).toList();
    }

    public List<Term> inComments(Term.Kind kind) {
        return all.stream().filter(term -> term.kind() == kind && term.inComments() > 0)
                .sorted(Comparator.comparingInt(Term::inComments).reversed().thenComparing(Term::surface)).limit(TOP).toList();
    }

    public List<Term> onlyCommenters() {
        return all.stream().filter(Terms::commentersMore)
                .sorted(Comparator.comparingInt(Term::inComments).reversed().thenComparing(Term::surface)).limit(TOP).toList();
    }

    static boolean commentersMore(Term term) {
        return term.inComments() >= GAP_LEAST && term.inText() * 4 <= term.inComments();
    }
}
