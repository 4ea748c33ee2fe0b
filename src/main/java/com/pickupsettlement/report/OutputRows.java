package com.pickupsettlement.report;

import static com.pickupsettlement.report.OutputTable.column;

import com.pickupsettlement.domain.CurrencyRules;
import com.pickupsettlement.report.xlsx.CellKind;
import com.pickupsettlement.report.xlsx.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One record per line of each output file of rulebook 6 and 9, and the table that writes it. */
final class OutputRows {
    private OutputRows() {
    }

    static Money money(BigDecimal amount, String currency) {
        return new Money(amount, CurrencyRules.minorDigits(currency));
    }

    /** settlement_PARTY_YYYYMMDD.csv */
    record SettlementLine(String lineType, String orderId, String trackingNumbers, String pickupPointId,
                          Instant collectedAt, String currency, BigDecimal revenueAmount, BigDecimal sharePercent,
                          BigDecimal shareAmount, LocalDate originalSettlementDate) {
        static final OutputTable<SettlementLine> TABLE = OutputTable.of(
                column("line_type", CellKind.TEXT, SettlementLine::lineType),
                column("order_id", CellKind.TEXT, SettlementLine::orderId),
                column("tracking_numbers", CellKind.TEXT, SettlementLine::trackingNumbers),
                column("pickup_point_id", CellKind.TEXT, SettlementLine::pickupPointId),
                column("collected_at", CellKind.DATE_TIME, SettlementLine::collectedAt),
                column("currency", CellKind.TEXT, SettlementLine::currency),
                column("revenue_amount", CellKind.AMOUNT, l -> money(l.revenueAmount(), l.currency())),
                column("share_percent", CellKind.PERCENT, SettlementLine::sharePercent),
                column("share_amount", CellKind.AMOUNT, l -> money(l.shareAmount(), l.currency())),
                column("original_settlement_date", CellKind.DATE, SettlementLine::originalSettlementDate));
    }

    /** summary_YYYYMMDD.csv (and the statement's summary, over a month). */
    record SummaryRow(String partyCode, String currency, long shareLines, long reversalLines, BigDecimal revenueTotal,
                      BigDecimal shareTotal) {
        static final OutputTable<SummaryRow> TABLE = OutputTable.of(
                column("party_code", CellKind.TEXT, SummaryRow::partyCode),
                column("currency", CellKind.TEXT, SummaryRow::currency),
                column("share_lines", CellKind.INTEGER, SummaryRow::shareLines),
                column("reversal_lines", CellKind.INTEGER, SummaryRow::reversalLines),
                column("revenue_total", CellKind.AMOUNT, r -> money(r.revenueTotal(), r.currency())),
                column("share_total", CellKind.AMOUNT, r -> money(r.shareTotal(), r.currency())));
    }

    /** exceptions_YYYYMMDD.csv */
    record ExceptionRow(String type, String severity, String orderId, String trackingNumber, LocalDate firstSeen,
                        long ageDays, String detail) {
        static final OutputTable<ExceptionRow> TABLE = OutputTable.of(
                column("type", CellKind.TEXT, ExceptionRow::type),
                column("severity", CellKind.TEXT, ExceptionRow::severity),
                column("order_id", CellKind.TEXT, ExceptionRow::orderId),
                column("tracking_number", CellKind.TEXT, ExceptionRow::trackingNumber),
                column("first_seen", CellKind.DATE, ExceptionRow::firstSeen),
                column("age_days", CellKind.INTEGER, ExceptionRow::ageDays),
                column("detail", CellKind.TEXT, ExceptionRow::detail));
    }

    /** rejects_YYYYMMDD.csv (and the refusal report's). */
    record RejectRow(String feed, String file, long lineNumber, String reason, String rawLine) {
        static final OutputTable<RejectRow> TABLE = OutputTable.of(
                column("feed", CellKind.TEXT, RejectRow::feed),
                column("file", CellKind.TEXT, RejectRow::file),
                column("line_number", CellKind.INTEGER, RejectRow::lineNumber),
                column("reason", CellKind.TEXT, RejectRow::reason),
                column("raw_line", CellKind.TEXT, RejectRow::rawLine));
    }

    /** resolutions_YYYYMMDD.csv (rulebook 9): a WRITE_OFF has no type, severity, first_seen or age. */
    record ResolutionRow(String action, String type, String severity, String orderId, String trackingNumber,
                         LocalDate firstSeen, Long ageDays, String reason, String resolvedBy) {
        static final OutputTable<ResolutionRow> TABLE = OutputTable.of(
                column("action", CellKind.TEXT, ResolutionRow::action),
                column("type", CellKind.TEXT, ResolutionRow::type),
                column("severity", CellKind.TEXT, ResolutionRow::severity),
                column("order_id", CellKind.TEXT, ResolutionRow::orderId),
                column("tracking_number", CellKind.TEXT, ResolutionRow::trackingNumber),
                column("first_seen", CellKind.DATE, ResolutionRow::firstSeen),
                column("age_days", CellKind.INTEGER, ResolutionRow::ageDays),
                column("reason", CellKind.TEXT, ResolutionRow::reason),
                column("resolved_by", CellKind.TEXT, ResolutionRow::resolvedBy));
    }
}
