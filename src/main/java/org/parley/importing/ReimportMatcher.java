package org.parley.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lines up the paragraphs of a revision with the live ones. Identical text (after
 * {@link Words#normalise}) first; then similar text: a Jaccard similarity of the two word sets in
 * which each word weighs by its rarity (inverse document frequency), nudged by how near the two
 * paragraphs stand in their texts. Only pairs that share one of their rarer words are scored, so a
 * 3,000 × 3,000 comparison stays a few thousand scores. Pairs are taken greedily, best first, one
 * to one. A paragraph left over whose words nearly all stand in a matched one is a part of a split
 * (new side) or was merged into it (old side). A new paragraph with the very words of one an earlier
 * revision removed brings that one back (restored), before any similar live one is looked for.
 */
final class ReimportMatcher {

    /** Below this similarity two paragraphs are not the same one. */
    static final double THRESHOLD = 0.45;
    /** How much of a paragraph's word weight must stand in another for it to be part of it. */
    static final double CONTAINED = 0.8;
    private static final double POSITION_WEIGHT = 0.15;
    private static final int RARE_WORDS = 8;
    /* A word in more than this share of the paragraphs (and more than 10) is too common to find candidates by. */
    private static final double COMMON_SHARE = 0.02;

    enum Kind { EXACT, SIMILAR, SPLIT, FORCED, RESTORED }

    /**
     * What happened to each paragraph, by index into the old and the new list; {@code restoredOfNew}
     * indexes the removed paragraphs a new one brings back.
     */
    record Result(int[] oldOfNew, int[] newOfOld, Kind[] kindOfNew, double[] similarityOfNew, int[] splitFrom,
                  int[] mergedInto, int[] restoredOfNew) {

        static final int NONE = -1;
    }

    /**
     * @param forced new index → old index the admin chose ({@link Result#NONE}: a new paragraph); these
     *               are taken as they are and the rest is matched around them
     */
    Result match(List<String> oldTexts, List<String> newTexts, Map<Integer, Integer> forced) {
        return match(oldTexts, newTexts, forced, List.of());
    }

    /** @param removedTexts the paragraphs earlier revisions removed, which a paragraph with the same words restores */
    Result match(List<String> oldTexts, List<String> newTexts, Map<Integer, Integer> forced, List<String> removedTexts) {
        var olds = oldTexts.stream().map(Words::of).toList();
        var news = newTexts.stream().map(Words::of).toList();
        var run = new Run(olds, news, oldTexts.stream().map(Words::normalise).toList(),
                newTexts.stream().map(Words::normalise).toList());
        forced.forEach((n, o) -> {
            run.kind[n] = Kind.FORCED;
            run.similarity[n] = o == Result.NONE ? 0 : run.similarity(olds.get(o), news.get(n));
            if (o != Result.NONE) {
                run.pair(o, n);
            } else {
                run.decidedNew[n] = true;
            }
        });
        run.exact();
        run.restore(removedTexts.stream().map(Words::normalise).toList());
        run.similar();
        run.splitsAndMerges();
        return new Result(run.oldOfNew, run.newOfOld, run.kind, run.similarity, run.splitFrom, run.mergedInto,
                run.restoredOfNew);
    }

    private static final class Run {
        final List<Set<String>> olds;
        final List<Set<String>> news;
        final List<String> oldNormalised;
        final List<String> newNormalised;
        final Map<String, Double> weight = new HashMap<>();
        // a paragraph's total word weight, by its word set (the same set object every time)
        final Map<Set<String>, Double> weights = new java.util.IdentityHashMap<>();
        final Map<String, List<Integer>> oldsByWord = new HashMap<>();
        final Map<String, List<Integer>> newsByWord = new HashMap<>();
        final int[] oldOfNew;
        final int[] newOfOld;
        final Kind[] kind;
        final double[] similarity;
        final boolean[] decidedNew;
        final int[] splitFrom;
        final int[] mergedInto;
        final int[] restoredOfNew;

        Run(List<Set<String>> olds, List<Set<String>> news, List<String> oldNormalised, List<String> newNormalised) {
            this.olds = olds;
            this.news = news;
            this.oldNormalised = oldNormalised;
            this.newNormalised = newNormalised;
            oldOfNew = filled(news.size());
            newOfOld = filled(olds.size());
            splitFrom = filled(news.size());
            mergedInto = filled(olds.size());
            restoredOfNew = filled(news.size());
            kind = new Kind[news.size()];
            similarity = new double[news.size()];
            decidedNew = new boolean[news.size()];
            var frequency = new HashMap<String, Integer>();
            olds.forEach(words -> words.forEach(word -> frequency.merge(word, 1, Integer::sum)));
            news.forEach(words -> words.forEach(word -> frequency.merge(word, 1, Integer::sum)));
            int documents = olds.size() + news.size();
            frequency.forEach((word, count) -> weight.put(word, Math.log(1.0 + (double) documents / count)));
            index(olds, oldsByWord);
            index(news, newsByWord);
        }

        private static int[] filled(int size) {
            int[] array = new int[size];
            Arrays.fill(array, Result.NONE);
            return array;
        }

        private static void index(List<Set<String>> texts, Map<String, List<Integer>> byWord) {
            for (int i = 0; i < texts.size(); i++) {
                for (String word : texts.get(i)) {
                    byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
                }
            }
        }

        void pair(int old, int n) {
            oldOfNew[n] = old;
            newOfOld[old] = n;
        }

        boolean open(int n) {
            return oldOfNew[n] == Result.NONE && !decidedNew[n] && restoredOfNew[n] == Result.NONE;
        }

        void exact() {
            var waiting = new HashMap<String, Deque<Integer>>();
            for (int o = 0; o < olds.size(); o++) {
                if (newOfOld[o] == Result.NONE) {
                    waiting.computeIfAbsent(oldNormalised.get(o), words -> new ArrayDeque<>()).add(o);
                }
            }
            for (int n = 0; n < news.size(); n++) {
                var same = waiting.get(newNormalised.get(n));
                if (open(n) && same != null && !same.isEmpty()) {
                    pair(same.poll(), n);
                    kind[n] = Kind.EXACT;
                    similarity[n] = 1;
                }
            }
        }

        /* A new paragraph left after the exact matches with the words of a removed one brings it back, repeats in order. */
        void restore(List<String> removedNormalised) {
            var waiting = new HashMap<String, Deque<Integer>>();
            for (int r = 0; r < removedNormalised.size(); r++) {
                waiting.computeIfAbsent(removedNormalised.get(r), words -> new ArrayDeque<>()).add(r);
            }
            for (int n = 0; n < news.size(); n++) {
                var same = waiting.get(newNormalised.get(n));
                if (open(n) && same != null && !same.isEmpty()) {
                    restoredOfNew[n] = same.poll();
                    kind[n] = Kind.RESTORED;
                    similarity[n] = 1;
                }
            }
        }

        void similar() {
            record Candidate(int old, int n, double similarity, double score) {
            }
            var candidates = new ArrayList<Candidate>();
            for (int n = 0; n < news.size(); n++) {
                if (!open(n)) {
                    continue;
                }
                for (int o : sharingRareWords(news.get(n), oldsByWord)) {
                    if (newOfOld[o] != Result.NONE) {
                        continue;
                    }
                    double sim = similarity(olds.get(o), news.get(n));
                    if (sim >= THRESHOLD) {
                        double distance = Math.abs(relative(o, olds.size()) - relative(n, news.size()));
                        candidates.add(new Candidate(o, n, sim, sim * (1 - POSITION_WEIGHT) + POSITION_WEIGHT * (1 - distance)));
                    }
                }
            }
            candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
            for (var candidate : candidates) {
                if (open(candidate.n()) && newOfOld[candidate.old()] == Result.NONE) {
                    pair(candidate.old(), candidate.n());
                    kind[candidate.n()] = Kind.SIMILAR;
                    similarity[candidate.n()] = candidate.similarity();
                }
            }
        }

        /* Old paragraphs split into several new ones, and several old ones merged into one new one. */
        void splitsAndMerges() {
            var parts = new HashMap<Integer, List<Integer>>();
            for (int n = 0; n < news.size(); n++) {
                if (open(n)) {
                    int whole = container(news.get(n), oldsByWord, olds);
                    if (whole != Result.NONE) {
                        parts.computeIfAbsent(whole, o -> new ArrayList<>()).add(n);
                    }
                }
            }
            parts.forEach((old, pieces) -> {
                if (newOfOld[old] == Result.NONE) {
                    int keeper = pieces.stream().max(Comparator.comparingDouble(n -> weightOf(news.get(n)))).orElseThrow();
                    pair(old, keeper);
                    kind[keeper] = Kind.SPLIT;
                    similarity[keeper] = similarity(olds.get(old), news.get(keeper));
                }
                pieces.stream().filter(n -> oldOfNew[n] == Result.NONE).forEach(n -> splitFrom[n] = old);
            });
            for (int o = 0; o < olds.size(); o++) {
                if (newOfOld[o] == Result.NONE) {
                    int whole = container(olds.get(o), newsByWord, news);
                    if (whole != Result.NONE && oldOfNew[whole] != Result.NONE) {
                        mergedInto[o] = whole;
                    }
                }
            }
        }

        private int container(Set<String> part, Map<String, List<Integer>> byWord, List<Set<String>> wholes) {
            double partWeight = weightOf(part);
            int best = Result.NONE;
            double bestShare = CONTAINED;
            for (int candidate : sharingRareWords(part, byWord)) {
                var whole = wholes.get(candidate);
                if (whole.size() <= part.size()) {
                    continue;
                }
                double share = partWeight == 0 ? 0 : sharedWeight(part, whole) / partWeight;
                if (share >= bestShare) {
                    best = candidate;
                    bestShare = share;
                }
            }
            return best;
        }

        private Set<Integer> sharingRareWords(Set<String> words, Map<String, List<Integer>> byWord) {
            int common = Math.max(10, (int) (COMMON_SHARE * (byWord == oldsByWord ? olds.size() : news.size())));
            var rare = words.stream()
                    .filter(word -> byWord.containsKey(word) && byWord.get(word).size() <= common)
                    .sorted(Comparator.comparingInt((String word) -> byWord.get(word).size()).thenComparing(word -> word))
                    .limit(RARE_WORDS)
                    .toList();
            var found = new HashSet<Integer>();
            rare.forEach(word -> found.addAll(byWord.get(word)));
            return found;
        }

        double similarity(Set<String> a, Set<String> b) {
            double shared = sharedWeight(a, b);
            double union = weightOf(a) + weightOf(b) - shared;
            return union == 0 ? 1 : shared / union;
        }

        private double sharedWeight(Set<String> a, Set<String> b) {
            var small = a.size() <= b.size() ? a : b;
            var large = small == a ? b : a;
            double shared = 0;
            for (String word : small) {
                if (large.contains(word)) {
                    shared += weight.getOrDefault(word, 0.0);
                }
            }
            return shared;
        }

        private double weightOf(Set<String> words) {
            return weights.computeIfAbsent(words, w -> {
                double sum = 0;
                for (String word : w) {
                    sum += weight.getOrDefault(word, 0.0);
                }
                return sum;
            });
        }

        private static double relative(int index, int size) {
            return size <= 1 ? 0 : (double) index / (size - 1);
        }
    }
}
