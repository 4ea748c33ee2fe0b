package com.pickupsettlement.report;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.AgreementTerm;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.ingest.NulSafe;
import com.pickupsettlement.settle.AgreementRepository;
import com.pickupsettlement.system.FaultPoint;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rulebook 6: writes the output folder of a date by streaming each file from PostgreSQL, adds
 * SHA256SUMS, keeps a compressed copy of every file so that a closed date can be reproduced byte
 * for byte, and publishes the folder atomically.
 */
@Component
public class DailyOutputs {
    private final NamedParameterJdbcTemplate jdbc;
    private final AgreementRepository agreements;
    private final Path out;

    DailyOutputs(JdbcTemplate jdbcTemplate, AgreementRepository agreements, SettlementProperties properties) {
        JdbcTemplate streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
        streaming.setFetchSize(10_000);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        this.agreements = agreements;
        this.out = properties.out();
    }

    public Path folder(BusinessDate date) {
        return out.resolve(date.toString());
    }

    public void publish(BusinessDate date) throws IOException {
        inHiddenFolder(date, tmp -> writeAll(date, tmp));
    }

    interface FolderWork {
        void fill(Path tmp) throws IOException;
    }

    /** Fills and publishes a date's folder from a hidden sibling, which a failure removes. */
    private void inHiddenFolder(BusinessDate date, FolderWork work) throws IOException {
        Path tmp = Publisher.staging(out, date.toString());
        try {
            work.fill(tmp);
        } catch (IOException | RuntimeException e) {
            // e.g. a full disk: the previous folder is untouched; leave no half-written copy behind.
            Publisher.deleteQuietly(tmp);
            throw e;
        }
    }

    private void writeAll(BusinessDate date, Path tmp) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        for (String party : parties(date)) {
            String name = "settlement_" + party + "_" + date.compact() + ".csv";
            sums.put(name, write(tmp.resolve(name), OutputFormats.SETTLEMENT_HEADER, csv -> settlement(csv, date, party)));
        }
        String summary = "summary_" + date.compact() + ".csv";
        sums.put(summary, write(tmp.resolve(summary), OutputFormats.SUMMARY_HEADER, csv -> summary(csv, date)));
        String exceptions = "exceptions_" + date.compact() + ".csv";
        sums.put(exceptions, write(tmp.resolve(exceptions), OutputFormats.EXCEPTIONS_HEADER, csv -> exceptions(csv, date)));
        String rejects = "rejects_" + date.compact() + ".csv";
        sums.put(rejects, write(tmp.resolve(rejects), OutputFormats.REJECTS_HEADER, csv -> rejects(csv, date)));
        String resolutions = "resolutions_" + date.compact() + ".csv";
        sums.put(resolutions, write(tmp.resolve(resolutions), OutputFormats.RESOLUTIONS_HEADER,
                csv -> resolutions(csv, date)));
        StringBuilder sha = new StringBuilder();
        sums.forEach((name, hex) -> sha.append(hex).append("  ").append(name).append('\n'));
        Files.writeString(tmp.resolve("SHA256SUMS"), sha, StandardCharsets.UTF_8);
        store(date, tmp);
        FaultPoint.reach("publish:folder-written");
        Publisher.commit(tmp, folder(date));
        // The folder is in place; the step's transaction (and the stored copies) not yet committed.
        FaultPoint.reach("publish:folder-renamed");
    }

    /** Rewrites a closed date's folder from the bytes recorded when it was first published. */
    public void republish(BusinessDate date) throws IOException {
        inHiddenFolder(date, tmp -> restore(date, tmp));
    }

    private void restore(BusinessDate date, Path tmp) throws IOException {
        jdbc.query("SELECT file_name, content_gzip FROM published_file WHERE business_date = :date",
                Map.of("date", date.date()), (RowCallbackHandler) rs -> {
                    try (InputStream in = new GZIPInputStream(rs.getBinaryStream(2))) {
                        Files.copy(in, tmp.resolve(rs.getString(1)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        Publisher.commit(tmp, folder(date));
    }

    /** Rulebook 8: the parties in force on the date and any party with a line that day. */
    private TreeSet<String> parties(BusinessDate date) {
        TreeSet<String> parties = new TreeSet<>();
        for (AgreementTerm t : agreements.recorded(date).inForceOn(date.date())) {
            parties.add(t.partyCode());
        }
        parties.addAll(jdbc.queryForList("SELECT DISTINCT party_code FROM settlement_line WHERE settlement_date = :date",
                Map.of("date", date.date()), String.class));
        return parties;
    }

    private void settlement(CsvOut csv, BusinessDate date, String party) {
        jdbc.query("""
                SELECT line_type, order_id, tracking_numbers, pickup_point_id, collected_at, currency,
                       revenue_amount, share_percent, share_amount, original_settlement_date
                FROM settlement_line
                WHERE settlement_date = :date AND party_code = :party
                ORDER BY line_type = 'REVERSAL', order_id
                """, Map.of("date", date.date(), "party", party), (RowCallbackHandler) rs -> {
            String currency = rs.getString(6);
            java.sql.Date original = rs.getDate(10);
            csv.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    OutputFormats.moscowTime(rs.getObject(5, java.time.OffsetDateTime.class).toInstant()),
                    currency, OutputFormats.amount(rs.getBigDecimal(7), currency),
                    OutputFormats.percent(rs.getBigDecimal(8)), OutputFormats.amount(rs.getBigDecimal(9), currency),
                    original == null ? "" : original.toLocalDate().toString());
        });
    }

    private void summary(CsvOut csv, BusinessDate date) {
        jdbc.query("""
                SELECT party_code, currency, count(*) FILTER (WHERE line_type = 'SHARE'),
                       count(*) FILTER (WHERE line_type = 'REVERSAL'), sum(revenue_amount), sum(share_amount)
                FROM settlement_line
                WHERE settlement_date = :date
                GROUP BY party_code, currency
                ORDER BY party_code, currency
                """, Map.of("date", date.date()), (RowCallbackHandler) rs -> {
            String currency = rs.getString(2);
            csv.row(rs.getString(1), currency, rs.getString(3), rs.getString(4),
                    OutputFormats.amount(rs.getBigDecimal(5), currency), OutputFormats.amount(rs.getBigDecimal(6), currency));
        });
    }

    private void exceptions(CsvOut csv, BusinessDate date) {
        jdbc.query("""
                SELECT type, severity, order_id, tracking_number, first_seen, detail
                FROM exception_case
                WHERE closed_on IS NULL
                ORDER BY type, order_id, tracking_number
                """, Map.of(), (RowCallbackHandler) rs -> {
            java.time.LocalDate firstSeen = rs.getDate(5).toLocalDate();
            csv.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), firstSeen.toString(),
                    Long.toString(ChronoUnit.DAYS.between(firstSeen, date.date())), rs.getString(6));
        });
    }

    private void rejects(CsvOut csv, BusinessDate date) {
        jdbc.query("""
                SELECT 1 AS feed_order, 'orders' AS feed, line_number, reject_reason, raw_line, raw_has_nul
                FROM stg_orders WHERE business_date = :date AND outcome = 'R'
                UNION ALL
                SELECT 2, 'manifest', line_number, reject_reason, raw_line, raw_has_nul
                FROM stg_manifest WHERE business_date = :date AND outcome = 'R'
                UNION ALL
                SELECT 3, 'pickups', line_number, reject_reason, raw_line, raw_has_nul
                FROM stg_pickups WHERE business_date = :date AND outcome = 'R'
                UNION ALL
                SELECT 4, 'resolutions', line_number, reject_reason, raw_line, raw_has_nul
                FROM stg_resolutions WHERE business_date = :date AND outcome = 'R'
                ORDER BY 1, 3
                """, Map.of("date", date.date()), (RowCallbackHandler) rs -> {
            String feed = rs.getString(2);
            String raw = rs.getBoolean(6) ? NulSafe.decode(rs.getString(5)) : rs.getString(5);
            csv.row(feed, feed + "_" + date.compact() + ".csv", rs.getString(3), rs.getString(4), raw);
        });
    }

    /** Rulebook 9: the resolutions accepted in the date's run; a CLOSE with its exception's severity, first_seen and age. */
    private void resolutions(CsvOut csv, BusinessDate date) {
        jdbc.query("""
                SELECT action, type, severity, order_id, tracking_number, first_seen, reason, resolved_by
                FROM resolution
                WHERE business_date = :date
                ORDER BY action, type, order_id, tracking_number
                """, Map.of("date", date.date()), (RowCallbackHandler) rs -> {
            java.sql.Date firstSeen = rs.getDate(6);
            csv.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    firstSeen == null ? "" : firstSeen.toLocalDate().toString(),
                    firstSeen == null ? "" : Long.toString(ChronoUnit.DAYS.between(firstSeen.toLocalDate(), date.date())),
                    rs.getString(7), rs.getString(8));
        });
    }

    interface Rows {
        void write(CsvOut csv) throws IOException;
    }

    /** Writes one CSV file and returns its SHA-256 in lower-case hex. */
    private static String write(Path file, List<String> header, Rows rows) throws IOException {
        MessageDigest digest = sha256();
        try (OutputStream os = new DigestOutputStream(Files.newOutputStream(file), digest);
             CsvOut csv = new CsvOut(new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16), header)) {
            rows.write(csv);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private void store(BusinessDate date, Path folder) throws IOException {
        jdbc.update("DELETE FROM published_file WHERE business_date = :date", Map.of("date", date.date()));
        try (var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                Path gz = Files.createTempFile("published", ".gz");
                try {
                    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(gz))) {
                        Files.copy(file, os);
                    }
                    int size = (int) Files.size(gz);
                    try (InputStream in = Files.newInputStream(gz)) {
                        jdbc.getJdbcTemplate().update("INSERT INTO published_file (business_date, file_name, content_gzip) "
                                + "VALUES (?, ?, ?)", (PreparedStatement ps) -> {
                            ps.setObject(1, date.date());
                            ps.setString(2, file.getFileName().toString());
                            ps.setBinaryStream(3, in, size);
                        });
                    }
                } finally {
                    Files.deleteIfExists(gz);
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
