package com.pickupsettlement.report.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * One cell style per number format, made on first use and shared by every cell after: a workbook
 * holds at most 64,000 styles, and a style per cell would also bloat styles.xml. Styles are made
 * in the order the cells first need them, so the same calls give the same styles.xml.
 */
final class CellStyles {
    static final String DATE = "yyyy-mm-dd";
    static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";
    static final String PERCENT = decimals(4);

    private final Workbook workbook;
    private final Map<String, CellStyle> byFormat = new HashMap<>();
    private CellStyle header;

    CellStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    /** "0", "0.00", "0.000", ...: a number shown with exactly this many decimals. */
    static String decimals(int digits) {
        return digits == 0 ? "0" : "0." + "0".repeat(digits);
    }

    CellStyle number(String format) {
        return byFormat.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
        });
    }

    CellStyle header() {
        if (header == null) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
        }
        return header;
    }
}
