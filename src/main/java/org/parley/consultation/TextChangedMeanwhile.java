package org.parley.consultation;

/** The live text changed between a re-import's report and its confirmation: the report must be made again. */
public class TextChangedMeanwhile extends RuntimeException {

    TextChangedMeanwhile(String slug) {
        super("The text of " + slug + " changed since the re-import report");
    }
}
