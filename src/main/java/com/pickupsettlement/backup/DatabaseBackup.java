package com.pickupsettlement.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

/**
 * A logical backup of the application's schema in Java: the embedded PostgreSQL ships no pg_dump.
 * Every table is copied out with binary COPY inside one REPEATABLE READ, read-only transaction,
 * so the file is one consistent snapshot whatever else reads the database meanwhile (the caller
 * holds the run lock, so no night writes). The file is written beside its place and renamed into
 * place once complete and synced: a backup file is whole or absent.
 */
@Component
public class DatabaseBackup {
    /** What was written. */
    public record Summary(int tables, long rows, long bytes) {
    }

    private final DataSource dataSource;

    DatabaseBackup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Summary write(Path target) throws IOException, SQLException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".partial");
        Files.deleteIfExists(tmp);
        try {
            Summary summary;
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
                try {
                    summary = copyAll(c, tmp);
                } finally {
                    c.rollback();
                }
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(summary.tables(), summary.rows(), Files.size(target));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Summary copyAll(Connection c, Path file) throws IOException, SQLException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        // The snapshot is taken by the transaction's first query: everything below reads it.
        SchemaTables schema = SchemaTables.read(c);
        Properties manifest = new Properties();
        manifest.setProperty("format", BackupFile.FORMAT);
        manifest.setProperty("migrations", SchemaTables.migrations(c));
        manifest.setProperty("server", c.getMetaData().getDatabaseProductVersion());
        manifest.setProperty("created", Instant.now().toString());
        long rows = 0;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            // Speed over size: a big night's tables are copied while no run may start.
            zip.setLevel(Deflater.BEST_SPEED);
            for (var table : schema.columns().entrySet()) {
                String name = table.getKey();
                List<String> columns = table.getValue();
                zip.putNextEntry(new ZipEntry(BackupFile.entry(name)));
                MessageDigest digest = sha256();
                OutputStream entry = new DigestOutputStream(new FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() {
                        // the entry ends with closeEntry; the zip stays open
                    }
                }, digest);
                long n = copy.copyOut("COPY " + SchemaTables.quoted(name) + " (" + columnList(columns)
                        + ") TO STDOUT (FORMAT binary)", entry);
                zip.closeEntry();
                rows += n;
                manifest.setProperty(BackupFile.columnsKey(name), String.join(",", columns));
                manifest.setProperty(BackupFile.rowsKey(name), Long.toString(n));
                manifest.setProperty(BackupFile.shaKey(name), HexFormat.of().formatHex(digest.digest()));
            }
            for (String sequence : schema.sequences()) {
                manifest.setProperty(BackupFile.sequenceKey(sequence), sequenceValue(c, sequence));
            }
            zip.putNextEntry(new ZipEntry(BackupFile.MANIFEST));
            manifest.store(zip, "pickup-settlement backup");
            zip.closeEntry();
        }
        return new Summary(schema.columns().size(), rows, 0);
    }

    private static String sequenceValue(Connection c, String sequence) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT last_value, is_called FROM " + SchemaTables.quoted(sequence))) {
            rs.next();
            return rs.getLong(1) + "," + rs.getBoolean(2);
        }
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(SchemaTables::quoted).toList());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
