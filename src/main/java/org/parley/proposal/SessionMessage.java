package org.parley.proposal;

/** One message (paragraph) of an organiser's sessions, with what waits on it. */
record SessionMessage(String consultationTitle, String slug, String anchor, String number, String sessionCode,
                      int version, String excerpt, int openProposals, int comments) {
}
