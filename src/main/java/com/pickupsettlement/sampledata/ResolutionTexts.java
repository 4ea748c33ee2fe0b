package com.pickupsettlement.sampledata;

import java.util.List;

/**
 * What finance writes in a resolutions file: reasons and names (Russian and English, all in
 * Windows-1251's repertoire, some with the delimiters inside), and the rows people get wrong,
 * each with the one fault rulebook 9 names for it.
 */
final class ResolutionTexts {
    static final String WRITE_OFF_REASON = "Посылка утеряна, претензия перевозчику";
    static final String SECOND_THOUGHTS = "повторно: проверено ещё раз";
    private static final String[] WRONG_POINT = {
        "Выдано в другом пункте по согласованию с покупателем",
        "buyer collected at the other point, confirmed by phone",
        "Ошибка сортировки перевозчика; выдача подтверждена",
    };
    private static final String[] DUPLICATE_TRACKING = {
        "Этикетка сверена по фото: посылка этого заказа",
        "label checked against the photo, parcel belongs to this order",
    };
    private static final String[] PARCEL_COUNT_MISMATCH = {
        "'-1 место: перевозчик подтвердил число мест",
        "carrier confirmed the parcel count by letter",
    };
    private static final String[] RESOLVED_BY = {"finance.ivanova", "Петрова Е.А.", "'@finance-desk", "Сидоров К.В."};
    /** 67 characters: past the 64 rulebook 9 allows for resolved_by. */
    private static final String COMMITTEE = "Иванова А.С., Петров Б.В., Сидорова Е.Н. (комиссия по расхождениям)";

    private ResolutionTexts() {
    }

    static String closeReason(String type, int roll) {
        String[] pool = switch (type) {
            case OpenBreaks.WRONG_POINT -> WRONG_POINT;
            case OpenBreaks.DUPLICATE_TRACKING -> DUPLICATE_TRACKING;
            default -> PARCEL_COUNT_MISMATCH;
        };
        return pool[roll % pool.length];
    }

    static String resolvedBy(int roll) {
        return RESOLVED_BY[roll % RESOLVED_BY.length];
    }

    /**
     * One row per fault, all about an order with no break (so the one CLOSE that passes every
     * field check names nothing open), in the order of rulebook 9's field checks.
     */
    static List<ResolutionsFeed.Row> badRows(String orderId, String tracking, char decimal) {
        String close = ResolutionsFeed.CLOSE;
        return List.of(
                bad("wrong column count", close, "UNCLAIMED", orderId, tracking, "Покупатель заберёт завтра",
                        "ops.kuznetsov", "см. письмо от склада"),
                bad("missing field", close, "LATE_ARRIVAL", orderId, tracking, "Задержка на таможне", ""),
                bad("unknown code", "REOPEN", OpenBreaks.WRONG_POINT, orderId, tracking, "открыть снова",
                        "finance.ivanova"),
                bad("bad format (type)", ResolutionsFeed.WRITE_OFF, OpenBreaks.PARCEL_COUNT_MISMATCH, orderId, "",
                        "списать", "Петрова Е.А."),
                bad("bad format (order_id)", close, "NOT_SHIPPED", asSpreadsheetNumber(orderId, decimal), "",
                        "номер заказа из Excel", "finance.ivanova"),
                bad("bad format (tracking_number)", close, "OVERDUE_IN_TRANSIT", orderId,
                        tracking.toLowerCase(java.util.Locale.ROOT), "lost, see the carrier's letter", "ops.kuznetsov"),
                bad("field too long", close, OpenBreaks.WRONG_POINT, orderId, tracking, "Решение комиссии", COMMITTEE),
                bad("not open", close, OpenBreaks.WRONG_POINT, orderId, tracking,
                        "Выдано в другом пункте по согласованию с покупателем", "finance.ivanova"));
    }

    private static ResolutionsFeed.Row bad(String reason, String... cells) {
        return new ResolutionsFeed.Row(reason, cells);
    }

    /**
     * A 16-digit order id as a spreadsheet shows a number that long: six significant digits and
     * an exponent, e.g. 8,12075E+15 (with the locale's decimal separator).
     */
    static String asSpreadsheetNumber(String digits, char decimal) {
        int exponent = digits.length() - 1;
        long head = Long.parseLong(digits.substring(0, 7));
        long mantissa = (head + 5) / 10;
        if (mantissa == 1_000_000) {
            mantissa = 100_000;
            exponent++;
        }
        String m = String.valueOf(mantissa).replaceAll("0+$", "");
        StringBuilder sb = new StringBuilder().append(m.charAt(0));
        if (m.length() > 1) {
            sb.append(decimal).append(m, 1, m.length());
        }
        return sb.append("E+").append(exponent).toString();
    }
}
