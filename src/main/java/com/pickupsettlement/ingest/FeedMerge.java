package com.pickupsettlement.ingest;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.system.SqlScript;
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
    /** One core table's share of the merge, and the step that runs it. */
    public enum Part {
        ORDERS("mergeOrders", "sql/ingest/merge_orders.sql"),
        ORDER_VERSIONS("mergeOrderVersions", "sql/ingest/merge_order_versions.sql"),
        MANIFEST("mergeManifest", "sql/ingest/merge_manifest.sql"),
        PICKUPS("mergePickups", "sql/ingest/merge_pickups.sql");

        private final String stepName;
        private final SqlScript script;

        Part(String stepName, String script) {
            this.stepName = stepName;
            this.script = SqlScript.load(script);
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
