package com.pickupsettlement.ingest;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.system.SqlScript;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves a date's accepted rows from staging into the core tables. Each core table is a part of
 * its own, one transaction each: the parts touch different tables and read only staging, so the
 * job runs them side by side, and a part that committed is not merged again on a re-run.
 */
@Component
public class FeedMerge {
    /**
     * One core table's share of the merge, and the step that runs it. Its script is named after
     * it: ORDER_VERSIONS runs sql/ingest/merge_order_versions.sql.
     */
    public enum Part {
        ORDERS("mergeOrders"), ORDER_VERSIONS("mergeOrderVersions"), MANIFEST("mergeManifest"), PICKUPS("mergePickups");

        private final SqlScript script = SqlScript.load("sql/ingest/merge_" + name().toLowerCase(Locale.ROOT) + ".sql");
        private final String stepName;

        Part(String stepName) {
            this.stepName = stepName;
        }

        public String stepName() {
            return stepName;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    FeedMerge(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void merge(Part part, BusinessDate date) {
        part.script.run(jdbc, Map.of("date", date.date()));
    }
}
