package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.DayStatus;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.ingest.StagingTables;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The business_day bookkeeping of rulebook 7. */
@Repository
public class BusinessDays {
    public record Day(BusinessDate date, DayStatus status, long runKey, InputChecksums inputs) {
    }

    private static final String COMPLETED = DayStatus.COMPLETED.name();
    private static final List<String> STAGING = Arrays.stream(Feed.values()).map(StagingTables::of).toList();
    private final NamedParameterJdbcTemplate jdbc;

    BusinessDays(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Day> find(BusinessDate date) {
        List<Day> days = jdbc.query("""
                SELECT status, run_key, orders_sha256, manifest_sha256, pickups_sha256, resolutions_sha256
                FROM business_day WHERE business_date = :date
                """, Map.of("date", date.date()), (rs, i) -> new Day(date, DayStatus.valueOf(rs.getString(1)),
                rs.getLong(2), new InputChecksums(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))));
        return days.stream().findFirst();
    }

    public boolean anyDayEverRun() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM business_day)", Map.of(), Boolean.class));
    }

    public boolean isCompleted(BusinessDate date) {
        return find(date).map(d -> d.status() == DayStatus.COMPLETED).orElse(false);
    }

    /** The latest closed date, if any. */
    public Optional<BusinessDate> lastCompleted() {
        return Optional.ofNullable(jdbc.queryForObject("SELECT max(business_date) FROM business_day WHERE status = :completed",
                Map.of("completed", COMPLETED), java.time.LocalDate.class)).map(BusinessDate::new);
    }

    /** The first date ever started, if any. */
    public Optional<BusinessDate> firstStarted() {
        return Optional.ofNullable(jdbc.queryForObject("SELECT min(business_date) FROM business_day", Map.of(),
                java.time.LocalDate.class)).map(BusinessDate::new);
    }

    public void start(BusinessDate date, long runKey, InputChecksums inputs) {
        jdbc.update("""
                INSERT INTO business_day (business_date, status, run_key, orders_sha256, manifest_sha256, pickups_sha256,
                                          resolutions_sha256, started_at)
                VALUES (:date, :running, :runKey, :orders, :manifest, :pickups, :resolutions, now())
                ON CONFLICT (business_date) DO UPDATE SET status = :running, started_at = now()
                """, new MapSqlParameterSource().addValue("date", date.date())
                .addValue("running", DayStatus.RUNNING.name()).addValue("runKey", runKey)
                .addValue("orders", inputs.orders()).addValue("manifest", inputs.manifest())
                .addValue("pickups", inputs.pickups()).addValue("resolutions", inputs.resolutions()));
    }

    public void setStatus(BusinessDate date, DayStatus status) {
        jdbc.update("UPDATE business_day SET status = :status WHERE business_date = :date",
                Map.of("date", date.date(), "status", status.name()));
    }

    /** Closes the date and drops its staging rows: what it published is kept in published_file. */
    @Transactional
    public void complete(BusinessDate date) {
        Map<String, Object> p = Map.of("date", date.date(), "completed", COMPLETED);
        jdbc.update("UPDATE business_day SET status = :completed, completed_at = now() WHERE business_date = :date", p);
        boolean othersStaged = Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM business_day WHERE business_date <> :date AND status <> :completed)
                """, p, Boolean.class));
        if (othersStaged) {
            dropStaging(date);
        } else {
            // The usual case: only this date is staged. TRUNCATE frees the space at once, where a
            // DELETE of a night's millions of rows would take seconds and leave them for vacuum.
            jdbc.update("TRUNCATE " + String.join(", ", STAGING), p);
        }
    }

    /** Rulebook 7: a run that stopped with exit 3 or 4 keeps nothing of its date. */
    @Transactional
    public void forget(BusinessDate date) {
        Map<String, Object> p = Map.of("date", date.date());
        dropStaging(date);
        jdbc.update("DELETE FROM feed_file WHERE business_date = :date", p);
        jdbc.update("DELETE FROM agreement WHERE business_date = :date", p);
        jdbc.update("DELETE FROM business_day WHERE business_date = :date", p);
    }

    private void dropStaging(BusinessDate date) {
        Map<String, Object> p = Map.of("date", date.date());
        for (String table : STAGING) {
            jdbc.update("DELETE FROM " + table + " WHERE business_date = :date", p);
        }
    }
}
