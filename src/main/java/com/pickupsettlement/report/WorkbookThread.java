package com.pickupsettlement.report;

import com.pickupsettlement.report.xlsx.XlsxColumn;
import com.pickupsettlement.report.xlsx.XlsxSheet;
import com.pickupsettlement.report.xlsx.XlsxWorkbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A workbook written on a thread of its own, so that it costs the night the second core rather
 * than time: while the publishing thread reads the rows from PostgreSQL and writes the CSVs, this
 * one turns the same rows into cells and streams them into the workbook (POI's part is about 20
 * microseconds a row, more than the rest of publishing a row).
 *
 * <p>Every call on the workbook is made on that one thread, in the order the caller made it, so
 * the bytes are the same as if they were written in line: rows are handed over in batches, and
 * at most {@value #BATCHES_IN_FLIGHT} batches wait, which bounds the memory. The first failure
 * on the thread skips whatever follows and is thrown to the caller at its next call.
 */
final class WorkbookThread implements AutoCloseable {
    private static final int BATCH = 2048;
    private static final int BATCHES_IN_FLIGHT = 8;

    private final XlsxWorkbook book;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workbook");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore room = new Semaphore(BATCHES_IN_FLIGHT);
    /** Touched by the workbook's thread only. */
    private XlsxSheet sheet;
    private volatile Throwable failure;
    /** Set when the caller gives up: the batches still waiting are skipped. */
    private volatile boolean abandoned;
    private boolean written;

    /** Rows not yet handed over, and what turns them into cells (the caller's thread only). */
    private List<Object> pending = new ArrayList<>(BATCH);
    private Function<Object, Object[]> pendingCells;

    private WorkbookThread(XlsxWorkbook book) {
        this.book = book;
    }

    /** A workbook to be written to file by {@link #write()}; fixedTime as for {@link XlsxWorkbook}. */
    static WorkbookThread create(Path file, LocalDateTime fixedTime) {
        return new WorkbookThread(XlsxWorkbook.create(file, fixedTime));
    }

    /** Starts the next sheet. */
    void sheet(String name, List<XlsxColumn> columns) {
        handOver();
        submit(() -> sheet = book.sheet(name, columns));
    }

    /** One row of the current sheet: cells(row) is called on the workbook's thread. */
    @SuppressWarnings("unchecked")
    <R> void row(R row, Function<? super R, Object[]> cells) {
        if (cells != pendingCells) {
            handOver();
            pendingCells = (Function<Object, Object[]>) cells;
        }
        pending.add(row);
        if (pending.size() == BATCH) {
            handOver();
        }
    }

    /** Something else done to the current sheet, after the rows given so far (its totals). */
    void onSheet(Consumer<XlsxSheet> action) {
        handOver();
        submit(() -> action.accept(sheet));
    }

    /** Writes the file, after every call before this one; returns at once (see {@link #awaitWritten()}). */
    void write() {
        handOver();
        submit(() -> {
            try {
                book.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        written = true;
    }

    /** Waits until the workbook's thread has done everything asked, and throws its failure if any. */
    void awaitWritten() throws IOException {
        room.acquireUninterruptibly(BATCHES_IN_FLIGHT);
        room.release(BATCHES_IN_FLIGHT);
        rethrow();
    }

    /**
     * Stops the thread. A workbook not written (the caller failed half-way) is discarded, with
     * its temporary files, and no file is written.
     */
    @Override
    public void close() throws IOException {
        abandoned = !written;
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                // A batch in progress finishes; a stuck writer would show here in a thread dump.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!written || failure != null) {
            book.discard();
        }
    }

    private void handOver() {
        if (pending.isEmpty()) {
            return;
        }
        List<Object> rows = pending;
        Function<Object, Object[]> cells = pendingCells;
        pending = new ArrayList<>(BATCH);
        submit(() -> {
            for (Object r : rows) {
                sheet.row(cells.apply(r));
            }
        });
    }

    private void submit(Runnable task) {
        throwIfFailed();
        room.acquireUninterruptibly();
        thread.execute(() -> {
            try {
                if (failure == null && !abandoned) {
                    task.run();
                }
            } catch (Throwable t) {
                failure = t;
            } finally {
                room.release();
            }
        });
    }

    private void throwIfFailed() {
        Throwable t = failure;
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    private void rethrow() throws IOException {
        if (failure instanceof UncheckedIOException e) {
            throw e.getCause();
        }
        throwIfFailed();
    }
}
