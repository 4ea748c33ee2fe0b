package com.pickupsettlement.reconcile;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.domain.RejectReason;
import com.pickupsettlement.system.SqlScript;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rulebook 9: finance's decisions on exceptions, applied in the run of the date after the
 * conditions are evaluated and before settlement (step applyResolutions). First the resolutions
 * of earlier dates: CLOSEs end when their order has settled or their condition no longer holds,
 * those in force keep their exceptions out of tonight's, and written-off orders show none. Then
 * tonight's file is judged against that state (sql/resolve/2_judge.sql) and what it accepts
 * applies. Every accepted row is kept for good in the resolution table. (The file's counts are
 * recorded with the feeds', in the same step: FeedClassification.recordResolutions.)
 *
 * <p>Incremental nights stay exact: the orders and tracking numbers the file names are part of
 * tonight's scope (00_scope_incremental.sql), so their exceptions are evaluated tonight.
 */
@Component
public class Resolutions {
    private static final SqlScript IN_FORCE = SqlScript.load("sql/resolve/1_in_force.sql");
    private static final SqlScript JUDGE = SqlScript.load("sql/resolve/2_judge.sql");
    private static final SqlScript APPLY = SqlScript.load("sql/resolve/3_apply.sql");
    /** What the exceptions of an incremental night depend on, beside the rules (see ExceptionDetection). */
    static final List<SqlScript> SCRIPTS = List.of(IN_FORCE, JUDGE, APPLY);

    private final NamedParameterJdbcTemplate jdbc;
    private final ReconcileScope scope;

    Resolutions(NamedParameterJdbcTemplate jdbc, ReconcileScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    public void apply(BusinessDate date) {
        ReconcileScope.Kind kind = scope.of(date);
        Map<String, Object> params = new HashMap<>(RejectReason.SQL_PARAMETERS);
        params.put("date", date.date());
        params.put("fileName", Feed.RESOLUTIONS.fileName(date));
        IN_FORCE.rewritten(sql -> ReconcileScope.expand(sql, kind)).run(jdbc, params);
        JUDGE.run(jdbc, params);
        APPLY.run(jdbc, params);
    }
}
