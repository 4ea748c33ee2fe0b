package com.pickupsettlement.report.html;

import java.util.List;

/**
 * A column chart already laid out in SVG user units, so the template only draws it. Coordinates
 * are written with one decimal and a '.' whatever the machine's locale.
 *
 * @param title what the chart shows, also its accessible name
 * @param width of the viewBox: the chart scales to its box, text with it
 * @param left where the plot starts: room for the longest tick label
 * @param valueLabels whether each column carries its total (only when there is room for it;
 *                    the table beside the chart always has every number)
 */
record ColumnChart(String title, int width, List<Series> series, List<Column> columns, List<Tick> ticks, String left,
        String tickX, String zeroY, boolean valueLabels) {
    /** For a chart across half the page; text stays about 11 px wherever the chart is about this wide. */
    static final int WIDE = 480;
    /** For a chart beside a table: the same text in less room reads larger. */
    static final int NARROW = 340;
    static final int HEIGHT = 224;

    /** One stacked layer, drawn in the CSS class's colour and named in the legend. */
    record Series(String name, String cssClass) {
    }

    record Column(String label, String labelX, String valueLabel, String valueLabelY, List<Bar> bars) {
    }

    /** One segment of a column, with its exact figure as a tooltip. */
    record Bar(String x, String y, String width, String height, String cssClass, String tooltip) {
    }

    record Tick(String y, String label) {
    }

    String viewBox() {
        return "0 0 " + width + " " + HEIGHT;
    }

    String right() {
        return String.valueOf(width - ColumnCharts.RIGHT);
    }

    String axisLabelY() {
        return String.valueOf(ColumnCharts.PLOT_BOTTOM + 16);
    }
}
