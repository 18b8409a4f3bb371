package org.parley.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.parley.consultation.CurrentText;

/**
 * The matches an admin corrects on the report, one per line: "12 = 9" (new paragraph 12 continues
 * paragraph 9 of the live text) or "12 = -" (new paragraph 12 is new). One text field rather than a
 * choice per paragraph, because a 3,000-paragraph report would otherwise post 3,000 fields.
 */
final class ReimportCorrections {

    private static final Pattern LINE = Pattern.compile("\\s*(\\d{1,6})\\s*(?:=|->|→)\\s*(\\d{1,6}|-)\\s*");

    private ReimportCorrections() {
    }

    /** @return new index → old index ({@link ReimportMatcher.Result#NONE} for a new paragraph) */
    static Map<Integer, Integer> parse(String text, CurrentText current, int newCount) {
        var oldIndexByNumber = new HashMap<String, Integer>();
        for (int i = 0; i < current.paragraphs().size(); i++) {
            oldIndexByNumber.put(current.paragraphs().get(i).number(), i);
        }
        var forced = new LinkedHashMap<Integer, Integer>();
        var usedOld = new HashSet<Integer>();
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            var matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new ImportRejected("reimport.error.correction", lineNumber, line.strip());
            }
            int newNumber = Integer.parseInt(matcher.group(1));
            if (newNumber < 1 || newNumber > newCount) {
                throw new ImportRejected("reimport.error.noNewParagraph", lineNumber, newNumber);
            }
            int old = ReimportMatcher.Result.NONE;
            if (!matcher.group(2).equals("-")) {
                Integer found = oldIndexByNumber.get(String.valueOf(Integer.parseInt(matcher.group(2))));
                if (found == null) {
                    throw new ImportRejected("reimport.error.noOldParagraph", lineNumber, matcher.group(2));
                }
                if (!usedOld.add(found)) {
                    throw new ImportRejected("reimport.error.oldTwice", lineNumber, matcher.group(2));
                }
                old = found;
            }
            forced.put(newNumber - 1, old);
        }
        return forced;
    }
}
