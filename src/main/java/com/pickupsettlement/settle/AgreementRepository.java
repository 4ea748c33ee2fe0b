package com.pickupsettlement.settle;

import com.pickupsettlement.domain.AgreementSet;
import com.pickupsettlement.domain.AgreementTerm;
import com.pickupsettlement.domain.BusinessDate;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The agreements recorded with each business date (rulebook 7: a re-run uses the recorded ones). */
@Repository
public class AgreementRepository {
    private final NamedParameterJdbcTemplate jdbc;

    AgreementRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the agreements for a date unless some are recorded already. */
    public void recordIfAbsent(BusinessDate date, AgreementSet agreements) {
        Map<String, Object> key = Map.of("date", date.date());
        Integer present = jdbc.queryForObject("SELECT count(*) FROM agreement WHERE business_date = :date", key, Integer.class);
        if (present != null && present > 0) {
            return;
        }
        for (AgreementTerm t : agreements.terms()) {
            jdbc.update("""
                    INSERT INTO agreement (business_date, party_code, party_name, role, share_percent, effective_from, effective_to)
                    VALUES (:date, :code, :name, :role, :percent, :from, :to)
                    """, new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                    .addValue("date", date.date()).addValue("code", t.partyCode()).addValue("name", t.partyName())
                    .addValue("role", t.role().name()).addValue("percent", t.sharePercent())
                    .addValue("from", t.effectiveFrom()).addValue("to", t.effectiveTo()));
        }
    }

    public void forget(BusinessDate date) {
        jdbc.update("DELETE FROM agreement WHERE business_date = :date", Map.of("date", date.date()));
    }

    public AgreementSet recorded(BusinessDate date) {
        List<AgreementTerm> terms = jdbc.query("""
                SELECT party_code, party_name, role, share_percent, effective_from, effective_to
                FROM agreement WHERE business_date = :date ORDER BY party_code, effective_from
                """, Map.of("date", date.date()), (rs, i) -> {
            Date to = rs.getDate(6);
            return new AgreementTerm(rs.getString(1), rs.getString(2), AgreementTerm.Role.valueOf(rs.getString(3)),
                    rs.getBigDecimal(4), rs.getDate(5).toLocalDate(), to == null ? null : to.toLocalDate());
        });
        return AgreementSet.of(terms);
    }
}
