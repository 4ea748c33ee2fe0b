package com.pickupsettlement.archive;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.ingest.AgreementsFile;
import com.pickupsettlement.system.FastGzip;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * A compressed copy of every input file a closed date ran with, in table archived_input. It is
 * written by the night's publish step, in the same transaction as the published outputs, so a
 * date is closed with both or neither; {@code restore-inputs} writes the originals back.
 */
@Component
public class InputArchive {
    /** One archived file: its name in the inbox, and the SHA-256 and size of its original bytes. */
    public record Entry(String fileName, String sha256, long size) {
    }

    /** Receives the original bytes of one archived file. */
    public interface Sink {
        void write(InputStream original) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(InputArchive.class);
    private final JdbcTemplate jdbc;
    private final Path inbox;
    private final ArchiveProperties settings;

    InputArchive(JdbcTemplate jdbc, SettlementProperties properties, ArchiveProperties settings) {
        this.jdbc = jdbc;
        this.inbox = properties.inbox();
        this.settings = settings;
    }

    /**
     * Archives the date's inputs, then applies the retention setting. The feeds are checked
     * against the checksums recorded when the date started: the archive must hold the files the
     * date ran with, and a file replaced while the night ran fails it (exit 1; the re-run then
     * reports the change, exit 5) rather than archiving bytes the night never read.
     */
    public void keep(BusinessDate date) throws IOException {
        Map<String, String> recorded = recordedChecksums(date);
        jdbc.update("DELETE FROM archived_input WHERE business_date = ?", date.date());
        for (Feed feed : Feed.values()) {
            String name = feed.fileName(date);
            String expected = recorded.get(name);
            Path file = inbox.resolve(name);
            if (expected == null && !feed.required()) {
                if (Files.exists(file)) {
                    throw changedWhileRunning(date, name + " appeared");
                }
                continue;
            }
            if (!Files.exists(file)) {
                throw changedWhileRunning(date, name + " disappeared");
            }
            String stored = store(date, file);
            if (!Objects.equals(stored, expected)) {
                throw changedWhileRunning(date, name + " changed");
            }
        }
        // The agreements the date used are recorded when its run starts (rulebook 7); the file is
        // archived as it stands when the night closes, the same unless it was edited mid-run.
        store(date, inbox.resolve(AgreementsFile.NAME));
        removeExpired(date);
    }

    private static IllegalStateException changedWhileRunning(BusinessDate date, String what) {
        return new IllegalStateException(what + " in the inbox while " + date + " ran; the date was not closed. "
                + "Put back the file it started with and run " + date + " again");
    }

    private Map<String, String> recordedChecksums(BusinessDate date) {
        return jdbc.queryForObject("""
                SELECT orders_sha256, manifest_sha256, pickups_sha256, resolutions_sha256
                FROM business_day WHERE business_date = ?
                """, (rs, i) -> {
            Map<String, String> m = new java.util.HashMap<>();
            m.put(Feed.ORDERS.fileName(date), rs.getString(1));
            m.put(Feed.MANIFEST.fileName(date), rs.getString(2));
            m.put(Feed.PICKUPS.fileName(date), rs.getString(3));
            m.put(Feed.RESOLUTIONS.fileName(date), rs.getString(4));
            return m;
        }, date.date());
    }

    /** Stores one file gz-compressed with the SHA-256 of its bytes, and returns that SHA-256. */
    private String store(BusinessDate date, Path file) throws IOException {
        Path gz = Files.createTempFile("archived", ".gz");
        try {
            MessageDigest digest = sha256();
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
                 OutputStream os = new FastGzip(Files.newOutputStream(gz))) {
                size = in.transferTo(os);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            long gzSize = Files.size(gz);
            try (InputStream in = Files.newInputStream(gz)) {
                jdbc.update("""
                        INSERT INTO archived_input (business_date, file_name, sha256, size_bytes, content_gzip)
                        VALUES (?, ?, ?, ?, ?)
                        """, (PreparedStatement ps) -> {
                    ps.setObject(1, date.date());
                    ps.setString(2, file.getFileName().toString());
                    ps.setString(3, sha);
                    ps.setLong(4, size);
                    ps.setBinaryStream(5, in, gzSize);
                });
            }
            return sha;
        } finally {
            Files.deleteIfExists(gz);
        }
    }

    /** With settlement.archive.keep-inputs set: drops the inputs of dates older than it before {@code date}. */
    private void removeExpired(BusinessDate date) {
        if (settings.keepInputs() == null) {
            return;
        }
        java.time.LocalDate oldestKept = date.date().minus(settings.keepInputs());
        int removed = jdbc.update("DELETE FROM archived_input WHERE business_date < ?", oldestKept);
        if (removed > 0) {
            log.info("archive: removed {} input files of dates before {} (settlement.archive.keep-inputs={})",
                    removed, oldestKept, settings.keepInputs());
        }
    }

    /** The files archived for a date, by name; empty when none are (or none are left). */
    public List<Entry> entries(BusinessDate date) {
        return jdbc.query("SELECT file_name, sha256, size_bytes FROM archived_input WHERE business_date = ? ORDER BY file_name",
                (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getLong(3)), date.date());
    }

    /** Streams the original bytes of one archived file into {@code sink}. */
    public void read(BusinessDate date, String fileName, Sink sink) {
        List<Boolean> found = new ArrayList<>();
        jdbc.query("SELECT content_gzip FROM archived_input WHERE business_date = ? AND file_name = ?",
                (RowCallbackHandler) rs -> {
                    found.add(true);
                    try (InputStream in = new GZIPInputStream(rs.getBinaryStream(1), 1 << 16)) {
                        sink.write(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, date.date(), fileName);
        if (found.isEmpty()) {
            throw new IllegalStateException(fileName + " of " + date + " is not in the archive");
        }
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
