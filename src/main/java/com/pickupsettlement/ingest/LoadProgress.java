package com.pickupsettlement.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs a long load's progress at most every few seconds: rows staged, rows per second and the
 * time left, estimated from the share of the file's bytes read so far.
 */
public final class LoadProgress implements ItemWriteListener<StagedRow> {
    private static final Logger log = LoggerFactory.getLogger(LoadProgress.class);
    private static final long EVERY_NANOS = 5_000_000_000L;

    private final FeedItemReader reader;
    private final long started = System.nanoTime();
    private long lastLog = started;
    private long rows;

    public LoadProgress(FeedItemReader reader) {
        this.reader = reader;
    }

    @Override
    public void afterWrite(Chunk<? extends StagedRow> items) {
        rows += items.size();
        long now = System.nanoTime();
        if (now - lastLog < EVERY_NANOS) {
            return;
        }
        lastLog = now;
        double seconds = (now - started) / 1e9;
        double done = reader.progress();
        String left = done > 0 ? String.format("%.0f s", seconds * (1 - done) / done) : "?";
        log.info("{}: {} rows staged, {} rows/s, {}% read, about {} left", reader.file().getFileName(), rows,
                Math.round(rows / seconds), Math.round(done * 100), left);
    }
}
