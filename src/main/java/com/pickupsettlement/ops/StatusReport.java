package com.pickupsettlement.ops;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.job.NightlyJobParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code status}: recent business dates with their status, timings and counts. */
@Component
public class StatusReport {
    private static final String[] HEADER = {"date", "status", "started", "seconds", "read", "accepted", "duplicates",
            "rejected", "settled_orders", "open_blocking", "open_warning", "outputs"};

    private final NamedParameterJdbcTemplate jdbc;
    private final SettlementProperties properties;

    StatusReport(NamedParameterJdbcTemplate jdbc, SettlementProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public enum Format { table, csv }

    public ExitCode print(BusinessDate date, int last, Format format) {
        Map<String, Object> p = new HashMap<>();
        p.put("date", date == null ? null : date.date());
        p.put("last", last);
        List<String[]> rows = new ArrayList<>();
        jdbc.query("""
                SELECT d.business_date, d.status, to_char(d.started_at, 'YYYY-MM-DD HH24:MI:SS'),
                       coalesce(round(extract(epoch FROM d.completed_at - d.started_at)::numeric, 1)::text, ''),
                       coalesce(sum(f.read), 0), coalesce(sum(f.accepted), 0), coalesce(sum(f.duplicates), 0),
                       coalesce(sum(f.rejected), 0),
                       (SELECT count(*) FROM settled_order s WHERE s.settlement_date = d.business_date),
                       (SELECT count(*) FROM exception_case c WHERE c.severity = 'BLOCKING' AND c.first_seen <= d.business_date
                          AND (c.closed_on IS NULL OR c.closed_on > d.business_date)),
                       (SELECT count(*) FROM exception_case c WHERE c.severity = 'WARNING' AND c.first_seen <= d.business_date
                          AND (c.closed_on IS NULL OR c.closed_on > d.business_date))
                FROM business_day d LEFT JOIN feed_file f ON f.business_date = d.business_date
                WHERE CAST(:date AS date) IS NULL OR d.business_date = CAST(:date AS date)
                GROUP BY d.business_date
                ORDER BY d.business_date DESC
                LIMIT :last
                """, p, rs -> {
            String d = rs.getString(1);
            rows.add(new String[] {d, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                    rs.getString(11), properties.out().resolve(d).toString()});
        });
        if (format == Format.csv) {
            System.out.println(String.join(",", HEADER));
            rows.forEach(r -> System.out.println(String.join(",", r)));
        } else {
            printTable(HEADER, rows);
            if (date != null) {
                printSteps(date);
            }
        }
        return ExitCode.COMPLETED;
    }

    /**
     * The steps of the date's latest run, from the job repository: where a failed night stopped.
     * In the order they started: steps that run side by side got their ids in no particular order.
     */
    private void printSteps(BusinessDate date) {
        List<String[]> steps = new ArrayList<>();
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
            steps.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6).replace('\n', ' ')});
        });
        System.out.println();
        printTable(new String[] {"step", "status", "read", "written", "seconds", "message"}, steps);
    }

    private static void printTable(String[] header, List<String[]> rows) {
        int[] width = new int[header.length];
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (String[] r : all) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i] == null ? 0 : r[i].length());
            }
        }
        for (String[] r : all) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                sb.append(String.format("%-" + (width[i] + 2) + "s", r[i] == null ? "" : r[i]));
            }
            System.out.println(sb.toString().stripTrailing());
        }
        if (rows.isEmpty()) {
            System.out.println("(no business date has been run yet)");
        }
    }
}
