package org.parley.importing;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/* The words of a paragraph as the re-import compares them: lower case, punctuation and markup signs dropped. */
final class Words {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Words() {
    }

    static String normalise(String text) {
        return NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static Set<String> of(String text) {
        var words = new LinkedHashSet<String>();
        for (String word : normalise(text).split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
