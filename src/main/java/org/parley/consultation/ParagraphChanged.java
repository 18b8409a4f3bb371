package org.parley.consultation;

/**
 * The paragraph got a new version since the writer looked at it: two organisers deciding at the
 * same moment. The later one is told, sees the new text, and keeps what they typed.
 */
public class ParagraphChanged extends RuntimeException {

    private final int currentVersion;

    public ParagraphChanged(long paragraphId, int expected, int currentVersion) {
        super("Paragraph " + paragraphId + " is at version " + currentVersion + ", not " + expected);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
