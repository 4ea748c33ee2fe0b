package com.pickupsettlement.report.xlsx;

import java.util.Objects;

/** A column of a sheet: its header text and the kind of its cells. */
public record XlsxColumn(String header, CellKind kind) {
    public XlsxColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
    }
}
