package com.pickupsettlement.report;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.CurrencyRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The cell formats and headers of rulebook 6. */
final class OutputFormats {
    static final List<String> SETTLEMENT_HEADER = List.of("line_type", "order_id", "tracking_numbers",
            "pickup_point_id", "collected_at", "currency", "revenue_amount", "share_percent", "share_amount",
            "original_settlement_date");
    static final List<String> SUMMARY_HEADER = List.of("party_code", "currency", "share_lines", "reversal_lines",
            "revenue_total", "share_total");
    static final List<String> EXCEPTIONS_HEADER = List.of("type", "severity", "order_id", "tracking_number",
            "first_seen", "age_days", "detail");
    static final List<String> REJECTS_HEADER = List.of("feed", "file", "line_number", "reason", "raw_line");
    static final List<String> RESOLUTIONS_HEADER = List.of("action", "type", "severity", "order_id", "tracking_number",
            "first_seen", "age_days", "reason", "resolved_by");

    private static final DateTimeFormatter MOSCOW_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(BusinessDate.MOSCOW);

    private OutputFormats() {
    }

    /** Exactly the currency's minor digits, '.' as separator, '-' for negatives, never -0. */
    static String amount(BigDecimal value, String currency) {
        BigDecimal scaled = value.setScale(CurrencyRules.minorDigits(currency), RoundingMode.UNNECESSARY);
        return scaled.signum() == 0 ? scaled.abs().toPlainString() : scaled.toPlainString();
    }

    static String percent(BigDecimal value) {
        return value.setScale(4, RoundingMode.UNNECESSARY).toPlainString();
    }

    static String moscowTime(Instant instant) {
        return MOSCOW_SECONDS.format(instant);
    }
}
