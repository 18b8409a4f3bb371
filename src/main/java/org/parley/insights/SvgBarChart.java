package org.parley.insights;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A bar chart drawn on the server: rows of numbers (the data table and the CSV), the first
 * {@code drawn} columns stacked into one bar per row, and the bars' geometry in SVG user units.
 * Horizontal charts have a bar per labelled row; vertical ones a thin column per row (a paragraph,
 * a day), labelled only by their tooltip, link and the table. Later columns and the {@code extras}
 * (texts such as durations) are in the table only.
 */
public record SvgBarChart(String name, String title, String description, boolean vertical, String labelHeading,
                          List<String> columns, int drawn, List<String> extraColumns, List<Row> rows) {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 220;
    static final int ROW_HEIGHT = 22;
    static final int BAR_HEIGHT = 16;
    static final int COLUMN_HEIGHT = 160;
    static final int LABEL_CHARACTERS = 34;

    /** One row of the table: a label, where it leads (or null), its numbers, and its texts. */
    public record Row(String label, @Nullable String href, List<Integer> values, List<String> extras) {

        /** The label as the bar has room for it (about 34 characters); the table and the tooltip say it whole. */
        public String shortLabel() {
            return label.length() <= LABEL_CHARACTERS ? label : label.substring(0, LABEL_CHARACTERS - 1).strip() + "…";
        }

        public int drawnTotal(int drawn) {
            return values.subList(0, drawn).stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A part of a bar: the column it shows ({@code series}), where it is, and what its tooltip says. */
    public record Rect(String x, String y, String width, String height, int series, String tooltip) {
    }

    /** One row's bar (of stacked rects), its label and the total written after it. */
    public record Mark(Row row, List<Rect> rects, String labelY, String valueX, String valueY, int total) {
    }

    public List<String> drawnColumns() {
        return columns.subList(0, drawn);
    }

    /** A chart whose rows lead somewhere (the strip along the text): its columns are links. */
    public boolean linked() {
        return rows.stream().anyMatch(row -> row.href() != null);
    }

    /** Where a horizontal bar's label ends (it is written right-aligned before the bar). */
    public int labelEnd() {
        return LABEL_WIDTH - 6;
    }

    public int columnHeight() {
        return COLUMN_HEIGHT + 4;
    }

    public String columnWidth() {
        return number((WIDTH - 40) / (double) Math.max(1, rows.size()));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public int height() {
        return vertical ? COLUMN_HEIGHT + 20 : Math.max(1, rows.size()) * ROW_HEIGHT + 4;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height();
    }

    public int largest() {
        return rows.stream().mapToInt(row -> row.drawnTotal(drawn)).max().orElse(0);
    }

    public List<Mark> marks() {
        int largest = Math.max(1, largest());
        var marks = new ArrayList<Mark>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            marks.add(vertical ? column(row, i, largest) : bar(row, i, largest));
        }
        return marks;
    }

    private Mark bar(Row row, int index, int largest) {
        double scale = (WIDTH - LABEL_WIDTH - 50) / (double) largest;
        double x = LABEL_WIDTH;
        double y = index * ROW_HEIGHT + 3;
        var rects = new ArrayList<Rect>();
        for (int series = 0; series < drawn; series++) {
            int value = row.values().get(series);
            if (value > 0) {
                rects.add(new Rect(number(x), number(y), number(value * scale), String.valueOf(BAR_HEIGHT), series,
                        row.label() + ", " + columns.get(series) + ": " + value));
                x += value * scale;
            }
        }
        return new Mark(row, rects, number(y + BAR_HEIGHT - 3), number(x + 6), number(y + BAR_HEIGHT - 3), row.drawnTotal(drawn));
    }

    private Mark column(Row row, int index, int largest) {
        double width = (WIDTH - 40) / (double) Math.max(1, rows.size());
        double scale = COLUMN_HEIGHT / (double) largest;
        double x = 40 + index * width;
        double bottom = COLUMN_HEIGHT + 4;
        var rects = new ArrayList<Rect>();
        for (int series = 0; series < drawn; series++) {
            int value = row.values().get(series);
            if (value > 0) {
                bottom -= value * scale;
                rects.add(new Rect(number(x), number(bottom), number(Math.max(width - 1, 0.5)), number(value * scale), series,
                        row.label() + ", " + columns.get(series) + ": " + value));
            }
        }
        return new Mark(row, rects, "0", number(x), number(bottom), row.drawnTotal(drawn));
    }

    private static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
