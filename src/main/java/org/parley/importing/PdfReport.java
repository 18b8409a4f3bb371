package org.parley.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;

/* What reading a PDF, or text copied from one, recognised and dropped: the preview tells the admin. */
final class PdfReport {

    private static final int EXAMPLES = 3;

    private int pages;
    private int pageNumbers;
    private int runningLines;
    private final Set<String> runningExamples = new LinkedHashSet<>();
    private int notes;
    private int separators;
    private int hyphensJoined;
    private int hyphensKept;

    void pages(int count) {
        pages = count;
    }

    void pageNumber() {
        pageNumbers++;
    }

    void runningLine(String line) {
        runningLines++;
        if (runningExamples.size() < EXAMPLES) {
            runningExamples.add(Texts.trim(line));
        }
    }

    void note() {
        notes++;
    }

    void separator() {
        separators++;
    }

    void hyphenJoined() {
        hyphensJoined++;
    }

    void hyphenKept() {
        hyphensKept++;
    }

    List<ImportWarning> findings(TextOutline outline) {
        List<ImportWarning> findings = new ArrayList<>();
        findings.add(new ImportWarning("import.found.pages", pages));
        int[] counts = new int[3];
        outline.sections().forEach(section -> count(section, counts));
        findings.add(new ImportWarning("import.found.headings", counts[0]));
        if (counts[1] > 0) {
            findings.add(new ImportWarning("import.found.numbered", counts[1], counts[2]));
        }
        if (notes > 0) {
            findings.add(new ImportWarning("import.found.notes", notes));
        }
        if (hyphensJoined + hyphensKept > 0) {
            findings.add(new ImportWarning("import.found.hyphens", hyphensJoined, hyphensKept));
        }
        if (pageNumbers > 0) {
            findings.add(new ImportWarning("import.dropped.pageNumbers", pageNumbers));
        }
        if (runningLines > 0) {
            findings.add(new ImportWarning("import.dropped.runningLines", runningLines,
                    String.join(" · ", runningExamples)));
        }
        if (separators > 0) {
            findings.add(new ImportWarning("import.dropped.separators", separators));
        }
        return findings;
    }

    private static void count(SectionOutline section, int[] counts) {
        if (section.title() != null) {
            counts[0]++;
        }
        for (ParagraphOutline paragraph : section.paragraphs()) {
            String number = paragraph.number();
            if (number != null && !number.startsWith("¶")) {
                counts[1]++;
                if (number.contains("(")) {
                    counts[2]++;
                }
            }
        }
        section.subsections().forEach(subsection -> count(subsection, counts));
    }
}
