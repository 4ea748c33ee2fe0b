package com.pickupsettlement.ingest;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.system.CopyText;
import com.pickupsettlement.system.FaultPoint;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes a chunk of staged rows with one PostgreSQL COPY on the chunk's own transaction, so the
 * rows and the reader's checkpoint commit together.
 */
public final class StagingCopyWriter implements ItemWriter<StagedRow> {
    private final DataSource dataSource;
    private final String copySql;
    private final String datePrefix;
    private final int typedCount;
    private final String faultPointPrefix;
    private int chunks;

    public StagingCopyWriter(DataSource dataSource, String table, List<String> typedColumns, BusinessDate date,
                             String stepName) {
        this.dataSource = dataSource;
        List<String> columns = new ArrayList<>(List.of("business_date", "line_number", "raw_line",
                "raw_has_nul", "reject_reason", "outcome", "cells"));
        columns.addAll(typedColumns);
        this.copySql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        this.datePrefix = date.toString() + '\t';
        this.typedCount = typedColumns.size();
        this.faultPointPrefix = stepName + ":chunk-";
    }

    @Override
    public void write(Chunk<? extends StagedRow> chunk) throws SQLException {
        StringBuilder rows = new StringBuilder(chunk.size() * 256);
        for (StagedRow row : chunk) {
            encodeRow(row, rows);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            // A chunk's commit need not wait for its WAL to reach the disk. Lost in a power cut,
            // it is lost together with the reader's checkpoint (one transaction, and WAL keeps
            // commits in order), so the restart stages those rows again. Every later synchronous
            // commit, such as the night's last, flushes it anyway.
            try (Statement st = connection.createStatement()) {
                st.execute("SET LOCAL synchronous_commit = off");
            }
            CopyText.copyIn(connection, copySql, rows);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        // Rows copied, their transaction (and the reader's checkpoint) not yet committed.
        FaultPoint.reach(faultPointPrefix + ++chunks);
    }

    private void encodeRow(StagedRow row, StringBuilder sb) {
        sb.append(datePrefix).append(row.lineNumber()).append('\t');
        boolean nul = row.raw().indexOf('\0') >= 0;
        CopyText.append(sb, nul ? NulSafe.encode(row.raw()) : row.raw());
        sb.append('\t').append(nul ? 't' : 'f').append('\t');
        CopyText.append(sb, row.rejectReason());
        // A row that failed its cell checks is rejected from the start; classification decides the rest.
        sb.append(row.rejectReason() == null ? "\t\\N\t" : "\tR\t");
        CopyText.append(sb, row.cells());
        for (int i = 0; i < typedCount; i++) {
            sb.append('\t');
            CopyText.append(sb, row.values() == null ? null : row.values()[i]);
        }
        sb.append('\n');
    }

}
