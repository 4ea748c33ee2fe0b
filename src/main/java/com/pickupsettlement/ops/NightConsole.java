package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** What a completed night tells the operator: per-file counts on stdout, and one summary line for the log. */
@Component
class NightConsole {
    private final NamedParameterJdbcTemplate jdbc;

    NightConsole(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per file: read, accepted, duplicates, rejected (read = the other three, rulebook 2.5). */
    void printCounts(BusinessDate date) {
        jdbc.query("SELECT file_name, read, accepted, duplicates, rejected FROM feed_file WHERE business_date = :date "
                + "ORDER BY CASE feed WHEN 'orders' THEN 1 WHEN 'manifest' THEN 2 WHEN 'pickups' THEN 3 ELSE 4 END", Map.of("date", date.date()),
                rs -> {
                    System.out.printf("%s: read %d, accepted %d, duplicates %d, rejected %d%n", rs.getString(1),
                            rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
                });
    }

    String nightSummary(BusinessDate date) {
        return jdbc.queryForObject("""
                SELECT format('%s rows read, %s accepted, %s duplicates, %s rejected; %s resolutions accepted; '
                              || '%s orders settled, %s reversed; %s exceptions open (%s blocking)',
                       (SELECT sum(read) FROM feed_file WHERE business_date = :date AND feed <> 'resolutions'),
                       (SELECT sum(accepted) FROM feed_file WHERE business_date = :date AND feed <> 'resolutions'),
                       (SELECT sum(duplicates) FROM feed_file WHERE business_date = :date AND feed <> 'resolutions'),
                       (SELECT sum(rejected) FROM feed_file WHERE business_date = :date AND feed <> 'resolutions'),
                       (SELECT count(*) FROM resolution WHERE business_date = :date),
                       (SELECT count(*) FROM settled_order WHERE settlement_date = :date),
                       (SELECT count(*) FROM settled_order WHERE reversed_on = :date),
                       (SELECT count(*) FROM exception_case WHERE closed_on IS NULL),
                       (SELECT count(*) FROM exception_case WHERE closed_on IS NULL AND severity = 'BLOCKING'))
                """, Map.of("date", date.date()), String.class);
    }
}
