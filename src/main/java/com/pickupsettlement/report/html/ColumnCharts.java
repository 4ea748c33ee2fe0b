package com.pickupsettlement.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Lays out a {@link ColumnChart}: a zero line, stacks up for positive and down for negative values, round ticks. */
final class ColumnCharts {
    static final int RIGHT = 8;
    static final int TOP = 20;
    static final int PLOT_BOTTOM = 196;
    /** SVG user units per character of an 11-unit label, generous for digits and the narrow group space. */
    private static final double CHAR = 6.4;
    private static final int TICK_COUNT = 4;
    // No 2.5: a step of 2.5 orders or rows would label fractions of them.
    private static final BigDecimal[] NICE = {BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(5), BigDecimal.TEN};

    /**
     * @param label text under the column (e.g. a date as MM-dd)
     * @param name how the tooltip names the column (e.g. the full date)
     * @param values one per series, in the series' order
     */
    record Input(String label, String name, List<BigDecimal> values) {
    }

    private ColumnCharts() {
    }

    static ColumnChart layout(String title, int width, List<ColumnChart.Series> series, List<Input> inputs,
            Function<BigDecimal, String> format) {
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal hi = BigDecimal.ZERO;
        for (Input in : inputs) {
            lo = lo.min(sum(in.values(), -1));
            hi = hi.max(sum(in.values(), 1));
        }
        BigDecimal step = step(hi.subtract(lo));
        BigDecimal axisLo = roundTo(lo, step, RoundingMode.FLOOR);
        BigDecimal axisHi = roundTo(hi, step, RoundingMode.CEILING);
        if (axisHi.compareTo(axisLo) == 0) {
            axisHi = axisLo.add(step);
        }
        Scale scale = new Scale(axisLo.doubleValue(), axisHi.doubleValue());

        List<ColumnChart.Tick> ticks = new ArrayList<>();
        int tickScale = Math.max(0, step.stripTrailingZeros().scale());
        int longestTick = 1;
        for (BigDecimal v = axisLo; v.compareTo(axisHi) <= 0; v = v.add(step)) {
            String label = Numbers.amount(v.setScale(tickScale, RoundingMode.UNNECESSARY));
            longestTick = Math.max(longestTick, label.length());
            ticks.add(new ColumnChart.Tick(n(scale.y(v.doubleValue())), label));
        }
        double left = 10 + longestTick * CHAR;
        double slot = inputs.isEmpty() ? 0 : (width - RIGHT - left) / inputs.size();
        double barWidth = Math.min(slot * 0.7, 44);
        int labelEvery = (int) Math.ceil((widest(inputs, Input::label) * CHAR + 6) / Math.max(slot, 1));
        boolean valueLabels = inputs.stream().map(in -> format.apply(total(in)).length())
                .max(Integer::compare).orElse(0) * CHAR + 4 <= slot;

        List<ColumnChart.Column> columns = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            double x = left + i * slot + (slot - barWidth) / 2;
            List<ColumnChart.Bar> bars = bars(series, in, x, barWidth, scale, format);
            BigDecimal total = total(in);
            double valueY = total.signum() < 0
                    ? scale.y(sum(in.values(), -1).doubleValue()) + 13
                    : scale.y(sum(in.values(), 1).doubleValue()) - 4;
            // Anchored at the last column (the business date), then every labelEvery-th before it.
            boolean labelled = (inputs.size() - 1 - i) % labelEvery == 0;
            columns.add(new ColumnChart.Column(labelled ? in.label() : "", n(x + barWidth / 2),
                    format.apply(total), n(valueY), bars));
        }
        return new ColumnChart(title, width, series, columns, ticks, n(left), n(left - 4), n(scale.y(0)), valueLabels);
    }

    private static List<ColumnChart.Bar> bars(List<ColumnChart.Series> series, Input in, double x, double width,
            Scale scale, Function<BigDecimal, String> format) {
        List<ColumnChart.Bar> bars = new ArrayList<>();
        double up = 0;
        double down = 0;
        for (int s = 0; s < series.size(); s++) {
            BigDecimal value = in.values().get(s);
            if (value.signum() == 0) {
                continue;
            }
            double from = value.signum() > 0 ? up : down;
            double to = from + value.doubleValue();
            if (value.signum() > 0) {
                up = to;
            } else {
                down = to;
            }
            double top = scale.y(Math.max(from, to));
            double bottom = scale.y(Math.min(from, to));
            String who = series.size() > 1 ? in.name() + " · " + series.get(s).name() : in.name();
            // "negative" lets a single-series chart show a day below zero in the colour of a loss.
            String css = series.get(s).cssClass() + (value.signum() < 0 ? " negative" : "");
            bars.add(new ColumnChart.Bar(n(x), n(top), n(width), n(bottom - top), css,
                    who + ": " + format.apply(value)));
        }
        return bars;
    }

    /** The sum of the positive (sign 1) or negative (sign -1) values: the height of the stack above or below zero. */
    private static BigDecimal sum(List<BigDecimal> values, int sign) {
        return values.stream().filter(v -> v.signum() == sign).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal total(Input in) {
        return in.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A round step (1, 2 or 5 times a power of ten) giving about four intervals over the range. */
    static BigDecimal step(BigDecimal range) {
        if (range.signum() == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal raw = range.divide(BigDecimal.valueOf(TICK_COUNT), 12, RoundingMode.HALF_EVEN);
        int exponent = raw.precision() - raw.scale() - 1;
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        for (BigDecimal nice : NICE) {
            BigDecimal candidate = nice.multiply(power);
            if (candidate.compareTo(raw) >= 0) {
                // Counts and minor units need no finer step than 1 unit of the figures shown.
                return candidate.max(BigDecimal.ONE).stripTrailingZeros();
            }
        }
        throw new IllegalStateException("no step for " + range);
    }

    private static BigDecimal roundTo(BigDecimal v, BigDecimal step, RoundingMode mode) {
        return v.divide(step, 0, mode).multiply(step);
    }

    private static int widest(List<Input> inputs, Function<Input, String> text) {
        return inputs.stream().map(text).mapToInt(String::length).max().orElse(0);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private record Scale(double lo, double hi) {
        double y(double v) {
            return TOP + (hi - v) / (hi - lo) * (PLOT_BOTTOM - TOP);
        }
    }
}
