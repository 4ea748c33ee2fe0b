package com.pickupsettlement.report.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A sheet being streamed: a bold header row, frozen and filterable, then the rows. Past the row
 * limit it continues on a next sheet with the same header, named as its workbook names sheets.
 */
public final class XlsxSheet {
    private final XlsxWorkbook workbook;
    private final String baseName;
    private final List<XlsxColumn> columns;
    private final int maxRows;
    private SXSSFSheet sheet;
    private ColumnWidths widths;
    private int nextRow;
    private boolean dataEnded;
    /** The autofilter's last row on the current sheet, once known; -1 while data rows go on. */
    private int filterEnd;
    private boolean finished;

    XlsxSheet(XlsxWorkbook workbook, String baseName, List<XlsxColumn> columns, int maxRows) {
        this.workbook = workbook;
        this.baseName = baseName;
        this.columns = columns;
        this.maxRows = maxRows;
        start();
    }

    /**
     * One row, a value per column in order (see {@link CellKind}); null or "" is a blank cell,
     * and cells left off at the end are blank.
     */
    public void row(Object... cells) {
        if (finished) {
            throw new IllegalStateException("sheet " + baseName + " is finished: the workbook has moved on");
        }
        if (cells.length > columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        if (nextRow == maxRows) {
            finishSheet();
            start();
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !"".equals(cells[i])) {
                write(row.createCell(i), i, cells[i]);
            }
        }
    }

    /** Rows after this one (a totals block, say) are left out of the autofilter's range. */
    public void endData() {
        if (!dataEnded) {
            dataEnded = true;
            filterEnd = nextRow - 1;
        }
    }

    void finish() {
        if (!finished) {
            finishSheet();
            finished = true;
        }
    }

    private void write(Cell cell, int column, Object value) {
        XlsxColumn c = columns.get(column);
        try {
            widths.track(column, workbook.values().write(cell, c.kind(), value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(sheet.getSheetName() + " row " + (cell.getRowIndex() + 1) + " column "
                    + c.header() + " (" + c.kind() + "): " + e.getMessage(), e);
        }
    }

    private void start() {
        sheet = workbook.newSheet(baseName);
        widths = new ColumnWidths(columns.size());
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            String text = CellText.of(columns.get(i).header());
            cell.setCellValue(text);
            cell.setCellStyle(workbook.styles().header());
            widths.header(i, CellValues.longestLine(text));
        }
        sheet.createFreezePane(0, 1);
        nextRow = 1;
        // A sheet continued after endData() holds no data rows: its filter covers the header.
        filterEnd = dataEnded ? 0 : -1;
    }

    private void finishSheet() {
        int lastFiltered = filterEnd >= 0 ? filterEnd : nextRow - 1;
        sheet.setAutoFilter(new CellRangeAddress(0, lastFiltered, 0, columns.size() - 1));
        widths.applyTo(sheet);
        try {
            // A finished sheet keeps none of its rows in memory, however many sheets follow.
            sheet.flushRows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
