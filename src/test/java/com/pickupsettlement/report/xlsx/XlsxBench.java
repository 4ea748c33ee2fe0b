package com.pickupsettlement.report.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a settlement-like sheet of N rows and prints wall time, file size, SXSSF's temporary
 * files at their largest (just before the workbook is written) and the heap's peak use. Not a
 * test: run by bench/xlsx.sh.
 */
public final class XlsxBench {
    private static final List<XlsxColumn> SETTLEMENT = List.of(new XlsxColumn("line_type", CellKind.TEXT),
            new XlsxColumn("order_id", CellKind.TEXT), new XlsxColumn("tracking_numbers", CellKind.TEXT),
            new XlsxColumn("pickup_point_id", CellKind.TEXT), new XlsxColumn("collected_at", CellKind.DATE_TIME),
            new XlsxColumn("currency", CellKind.TEXT), new XlsxColumn("revenue_amount", CellKind.AMOUNT),
            new XlsxColumn("share_percent", CellKind.PERCENT), new XlsxColumn("share_amount", CellKind.AMOUNT),
            new XlsxColumn("original_settlement_date", CellKind.DATE));

    private XlsxBench() {
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        LocalDateTime day = LocalDateTime.of(2026, 11, 5, 0, 0);
        BigDecimal five = new BigDecimal("5.0000");
        long start = System.nanoTime();
        long tempBytes;
        long rowsDone;
        long rowsCpu;
        try (XlsxWorkbook book = XlsxWorkbook.create(file, day.plusDays(1))) {
            XlsxSheet sheet = book.sheet("SPSR", SETTLEMENT);
            for (int i = 0; i < rows; i++) {
                long cents = 10_000 + i % 9_000_000;
                boolean reversal = i % 20 == 19;
                Money revenue = new Money(BigDecimal.valueOf(reversal ? -cents : cents, 2), 2);
                Money share = new Money(BigDecimal.valueOf((reversal ? -cents : cents) / 20, 2), 2);
                sheet.row(reversal ? "REVERSAL" : "SHARE", Long.toString(8_120_748_000_000_000L + i),
                        "RR" + (100_000_000 + i) + "CN|RR" + (200_000_000 + i) + "CN", "MSK-" + (i % 500),
                        day.plusSeconds(i % 86_400), "RUB", revenue, five, share,
                        reversal ? LocalDate.of(2026, 11, 2) : null);
            }
            rowsDone = System.nanoTime();
            rowsCpu = cpu();
            tempBytes = size(temp);
        }
        long end = System.nanoTime();
        long endCpu = cpu();
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(u -> u.getUsed()).sum();
        System.out.printf("rows %d: %.1f s (rows %.1f s, writing the file %.1f s); process CPU: rows %.1f s,"
                + " writing %.1f s; file %.1f MB, temp files %.1f MB, heap peak %.0f MB (max %.0f MB)%n", rows,
                (end - start) / 1e9, (rowsDone - start) / 1e9, (end - rowsDone) / 1e9, rowsCpu / 1e9,
                (endCpu - rowsCpu) / 1e9, Files.size(file) / 1e6, tempBytes / 1e6, peakHeap / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }

    /** CPU time of the whole process (GC and JIT threads included), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
