package com.pickupsettlement.ops;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.job.NightlyJobParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code status}: recent business dates with their status, timings and counts. Times are Moscow
 * times, as the business dates are, written with their offset. With --date, the date's files
 * (the resolutions file included) and the steps of its latest run.
 */
@Component
public class StatusReport {
    private final NamedParameterJdbcTemplate jdbc;
    private final SettlementProperties properties;

    StatusReport(NamedParameterJdbcTemplate jdbc, SettlementProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    ExitCode print(BusinessDate date, int last, ConsoleTable.Format format) {
        Map<String, Object> p = new HashMap<>();
        p.put("date", date == null ? null : date.date());
        p.put("last", last);
        ConsoleTable days = new ConsoleTable("date", "status", "started_moscow", "seconds", "read", "accepted",
                "duplicates", "rejected", "settled_orders", "open_blocking", "open_warning", "outputs");
        jdbc.query("""
                SELECT d.business_date, d.status, msk_iso(d.started_at),
                       coalesce(round(extract(epoch FROM d.completed_at - d.started_at)::numeric, 1)::text, ''),
                       coalesce(sum(f.read), 0), coalesce(sum(f.accepted), 0), coalesce(sum(f.duplicates), 0),
                       coalesce(sum(f.rejected), 0),
                       (SELECT count(*) FROM settled_order s WHERE s.settlement_date = d.business_date),
                       (SELECT count(*) FROM exception_case c WHERE c.severity = 'BLOCKING' AND c.first_seen <= d.business_date
                          AND (c.closed_on IS NULL OR c.closed_on > d.business_date)),
                       (SELECT count(*) FROM exception_case c WHERE c.severity = 'WARNING' AND c.first_seen <= d.business_date
                          AND (c.closed_on IS NULL OR c.closed_on > d.business_date))
                FROM business_day d LEFT JOIN feed_file f ON f.business_date = d.business_date AND f.feed <> 'resolutions'
                WHERE CAST(:date AS date) IS NULL OR d.business_date = CAST(:date AS date)
                GROUP BY d.business_date
                ORDER BY d.business_date DESC
                LIMIT :last
                """, p, rs -> {
            Path folder = properties.out().resolve(rs.getString(1));
            days.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                    rs.getString(11), Files.isDirectory(folder) ? folder.toString() : "");
        });
        days.print(format, "(no business date has been run yet)");
        if (date != null && format == ConsoleTable.Format.table) {
            System.out.println();
            files(date).print(format, "(no file of " + date + " was read)");
            System.out.println();
            steps(date).print(format, "(no run of " + date + " in the job repository)");
        }
        return ExitCode.COMPLETED;
    }

    /** Per file of the date: the counts of rulebook 2.5 and 9 (read = accepted + duplicates + rejected). */
    private ConsoleTable files(BusinessDate date) {
        ConsoleTable files = new ConsoleTable("file", "read", "accepted", "duplicates", "rejected");
        jdbc.query("""
                SELECT file_name, read, accepted, duplicates, rejected FROM feed_file WHERE business_date = :date
                ORDER BY CASE feed WHEN 'orders' THEN 1 WHEN 'manifest' THEN 2 WHEN 'pickups' THEN 3 ELSE 4 END
                """, Map.of("date", date.date()), rs -> {
            files.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
        });
        return files;
    }

    /**
     * The steps of the date's latest run, from the job repository: where a failed night stopped.
     * In the order they started: steps that run side by side got their ids in no particular order.
     */
    private ConsoleTable steps(BusinessDate date) {
        ConsoleTable steps = new ConsoleTable("step", "status", "read", "written", "seconds", "message");
        jdbc.query("""
                SELECT s.step_name, s.status, s.read_count, s.write_count,
                       coalesce(round(extract(epoch FROM s.end_time - s.start_time)::numeric, 1)::text, ''),
                       left(coalesce(s.exit_message, ''), 80)
                FROM batch_step_execution s
                WHERE s.job_execution_id = (
                    SELECT max(e.job_execution_id) FROM batch_job_execution e
                    JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
                    WHERE p.parameter_name = :dateParameter AND p.parameter_value = :date)
                ORDER BY s.start_time, s.step_execution_id
                """, Map.of("date", date.toString(), "dateParameter", NightlyJobParameters.BUSINESS_DATE), rs -> {
            steps.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6));
        });
        return steps;
    }
}
