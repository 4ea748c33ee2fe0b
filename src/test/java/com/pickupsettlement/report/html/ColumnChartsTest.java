package com.pickupsettlement.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.UnitTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chart geometry: round ticks, heights in proportion, negative values below the zero line. */
@UnitTest
class ColumnChartsTest {
    private static final List<ColumnChart.Series> ONE = List.of(new ColumnChart.Series("v", "revenue"));

    @ParameterizedTest
    @CsvSource({"0, 1", "3, 1", "10, 5", "39, 10", "100, 50", "250000, 100000", "4000000, 1000000", "1.5, 1"})
    void step_IsRoundAndGivesAboutFourIntervals(String range, String step) {
        assertEquals(0, new BigDecimal(step).compareTo(ColumnCharts.step(new BigDecimal(range))), range);
    }

    @Test
    void positiveAndNegativeColumns_StandOnTheZeroLine() {
        ColumnChart chart = ColumnCharts.layout("t", ColumnChart.WIDE, ONE, List.of(
                input("a", "100"), input("b", "-50"), input("c", "0")), Numbers::amount);

        double zero = Double.parseDouble(chart.zeroY());
        ColumnChart.Bar up = chart.columns().get(0).bars().get(0);
        ColumnChart.Bar down = chart.columns().get(1).bars().get(0);
        assertEquals(zero, y(up) + h(up), 0.11, "a positive bar ends on the zero line");
        assertEquals(zero, y(down), 0.11, "a negative bar starts on the zero line");
        assertEquals(h(up), 2 * h(down), 0.2, "heights in proportion to the values");
        assertTrue(chart.columns().get(2).bars().isEmpty(), "zero draws no bar");
        assertEquals(List.of("-50", "0", "50", "100"), chart.ticks().stream().map(ColumnChart.Tick::label).toList());
    }

    @Test
    void stackedSegments_AddUpToTheColumn() {
        List<ColumnChart.Series> two = List.of(new ColumnChart.Series("a", "blocking"), new ColumnChart.Series("b", "warning"));
        ColumnChart chart = ColumnCharts.layout("t", ColumnChart.NARROW, two, List.of(
                new ColumnCharts.Input("x", "x", List.of(BigDecimal.valueOf(3), BigDecimal.valueOf(7)))), Numbers::amount);

        List<ColumnChart.Bar> bars = chart.columns().get(0).bars();
        assertEquals(y(bars.get(0)), y(bars.get(1)) + h(bars.get(1)), 0.11, "the second segment sits on the first");
        assertEquals(7 * h(bars.get(0)), 3 * h(bars.get(1)), 0.5);
        assertEquals("10", chart.columns().get(0).valueLabel());
        assertEquals("x · b: 7", bars.get(1).tooltip());
    }

    @Test
    void manyColumns_AreLabelledSparselyFromTheLast() {
        List<ColumnCharts.Input> inputs = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> input(String.format("11-%02d", i + 1), String.valueOf(i * 1000))).toList();

        ColumnChart chart = ColumnCharts.layout("t", ColumnChart.WIDE, ONE, inputs, Numbers::amount);

        assertEquals("11-30", chart.columns().get(29).label(), "the business date is always labelled");
        long labelled = chart.columns().stream().filter(c -> !c.label().isEmpty()).count();
        assertTrue(labelled >= 6 && labelled < 30, labelled + " labels");
        assertTrue(!chart.valueLabels(), "no room for 30 value labels: the table has them");
    }

    private static ColumnCharts.Input input(String label, String value) {
        return new ColumnCharts.Input(label, label, List.of(new BigDecimal(value)));
    }

    private static double y(ColumnChart.Bar b) {
        return Double.parseDouble(b.y());
    }

    private static double h(ColumnChart.Bar b) {
        return Double.parseDouble(b.height());
    }
}
