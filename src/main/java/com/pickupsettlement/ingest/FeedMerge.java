package com.pickupsettlement.ingest;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.system.SqlScript;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Moves a date's accepted rows from staging into the core tables (one transaction). */
@Component
public class FeedMerge {
    private static final SqlScript MERGE = SqlScript.load("sql/ingest/merge.sql");
    private final NamedParameterJdbcTemplate jdbc;

    FeedMerge(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void merge(BusinessDate date) {
        MERGE.run(jdbc, Map.of("date", date.date()));
    }
}
