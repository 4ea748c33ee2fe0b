package com.pickupsettlement.report;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.ingest.csv.CsvRecord;
import com.pickupsettlement.ingest.csv.CsvRecordReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The daily files of closed dates, read back from the compressed copies stored when each date
 * was published (table published_file), exactly as they were written: what the monthly
 * statement is made of (rulebook 10).
 */
@Component
class StoredDailyFiles {
    private final JdbcTemplate jdbc;

    StoredDailyFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The stored files of the dates whose names match, by group 1 of the pattern (a party, say;
     * sorted), then by date.
     */
    Map<String, TreeMap<LocalDate, String>> byGroup(List<BusinessDate> dates, Pattern names) {
        Map<String, TreeMap<LocalDate, String>> groups = new TreeMap<>();
        jdbc.query("SELECT business_date, file_name FROM published_file WHERE business_date BETWEEN ? AND ?",
                (RowCallbackHandler) rs -> {
                    Matcher m = names.matcher(rs.getString(2));
                    if (m.matches()) {
                        groups.computeIfAbsent(m.group(1), p -> new TreeMap<>())
                                .put(rs.getDate(1).toLocalDate(), rs.getString(2));
                    }
                }, dates.get(0).date(), dates.get(dates.size() - 1).date());
        return groups;
    }

    /** The data records of one stored daily file. */
    void records(LocalDate date, String file, Consumer<CsvRecord> each) {
        jdbc.query("SELECT content_gzip FROM published_file WHERE business_date = ? AND file_name = ?",
                (RowCallbackHandler) rs -> {
                    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(rs.getBytes(1)));
                         CsvRecordReader reader = new CsvRecordReader(in, StandardCharsets.UTF_8, ',', Integer.MAX_VALUE)) {
                        reader.next(); // the header
                        for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                            each.accept(r);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, date, file);
    }
}
