package org.parley.insights;

import java.time.LocalDate;

/** One day's new comments and proposals (UTC days). */
public record ActivityDay(LocalDate day, int comments, int proposals) {
}
