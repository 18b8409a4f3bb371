package org.parley.insights;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The parts of a consultation that insights count by: its sessions, sections and paragraphs, in reading order. */
record Outline(List<SessionPart> sessions, List<SectionPart> sections, List<ParagraphPart> paragraphs) {

    record SessionPart(long id, String code, String title) {
    }

    record SectionPart(long id, @Nullable String number, @Nullable String title, @Nullable Long sessionId) {

        String name() {
            String heading = title == null ? "" : title;
            return number == null ? heading : (number + " " + heading).strip();
        }
    }

    record ParagraphPart(long id, String anchor, String number) {
    }
}
