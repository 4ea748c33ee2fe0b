package com.pickupsettlement.report;

import com.pickupsettlement.domain.CurrencyRules;
import com.pickupsettlement.report.OutputTable.Percent;
import com.pickupsettlement.report.xlsx.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One record per line of each output file of rulebook 6 and 9, and the table that writes it: its
 * components are the file's columns, in order, named as the rulebook heads them (in camelCase).
 */
final class OutputRows {
    private OutputRows() {
    }

    static Money money(BigDecimal amount, String currency) {
        return new Money(amount, CurrencyRules.minorDigits(currency));
    }

    /** settlement_PARTY_YYYYMMDD.csv */
    record SettlementLine(String lineType, String orderId, String trackingNumbers, String pickupPointId,
                          Instant collectedAt, String currency, BigDecimal revenueAmount, @Percent BigDecimal sharePercent,
                          BigDecimal shareAmount, LocalDate originalSettlementDate) {
        static final OutputTable<SettlementLine> TABLE = OutputTable.of(SettlementLine.class);
    }

    /** summary_YYYYMMDD.csv (and the statement's summary, over a month). */
    record SummaryRow(String partyCode, String currency, long shareLines, long reversalLines, BigDecimal revenueTotal,
                      BigDecimal shareTotal) {
        static final OutputTable<SummaryRow> TABLE = OutputTable.of(SummaryRow.class);
    }

    /** exceptions_YYYYMMDD.csv */
    record ExceptionRow(String type, String severity, String orderId, String trackingNumber, LocalDate firstSeen,
                        long ageDays, String detail) {
        static final OutputTable<ExceptionRow> TABLE = OutputTable.of(ExceptionRow.class);
    }

    /** rejects_YYYYMMDD.csv (and the refusal report's). */
    record RejectRow(String feed, String file, long lineNumber, String reason, String rawLine) {
        static final OutputTable<RejectRow> TABLE = OutputTable.of(RejectRow.class);
    }

    /** resolutions_YYYYMMDD.csv (rulebook 9): a WRITE_OFF has no type, severity, first_seen or age. */
    record ResolutionRow(String action, String type, String severity, String orderId, String trackingNumber,
                         LocalDate firstSeen, Long ageDays, String reason, String resolvedBy) {
        static final OutputTable<ResolutionRow> TABLE = OutputTable.of(ResolutionRow.class);
    }
}
