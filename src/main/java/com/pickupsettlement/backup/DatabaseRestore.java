package com.pickupsettlement.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

/**
 * Loads a file written by {@link DatabaseBackup} into this database, in one transaction: it has
 * all of the backup or stays as it was. The database must have the same migrations as the one
 * backed up, and be empty unless {@code replace} is asked for (then everything in it is replaced).
 */
@Component
public class DatabaseRestore {
    /** Why a backup cannot be restored here; nothing was changed. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** What was loaded, and when the backup was taken. */
    public record Summary(int tables, long rows, String created) {
    }

    private final DataSource dataSource;

    DatabaseRestore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Summary restore(Path file, boolean replace) throws IOException, SQLException, Refused {
        try (ZipFile zip = open(file); Connection c = dataSource.getConnection()) {
            Properties manifest = manifest(zip, file);
            c.setAutoCommit(false);
            try {
                Summary summary = load(zip, manifest, c, replace, file);
                c.commit();
                return summary;
            } catch (IOException | SQLException | Refused | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static ZipFile open(Path file) throws IOException, Refused {
        try {
            return new ZipFile(file.toFile());
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            throw new Refused(file + " does not exist");
        } catch (java.util.zip.ZipException e) {
            throw new Refused(file + " is not a backup of pickup-settlement (not a zip file: " + e.getMessage() + ")");
        }
    }

    private static Properties manifest(ZipFile zip, Path file) throws IOException, Refused {
        ZipEntry entry = zip.getEntry(BackupFile.MANIFEST);
        Properties manifest = new Properties();
        if (entry != null) {
            try (InputStream in = zip.getInputStream(entry)) {
                manifest.load(in);
            }
        }
        if (!BackupFile.FORMAT.equals(manifest.getProperty("format"))) {
            throw new Refused(file + " is not a backup of pickup-settlement (no " + BackupFile.MANIFEST + " of format "
                    + BackupFile.FORMAT + ")");
        }
        return manifest;
    }

    private Summary load(ZipFile zip, Properties manifest, Connection c, boolean replace, Path file)
            throws IOException, SQLException, Refused {
        String here = SchemaTables.migrations(c);
        String there = manifest.getProperty("migrations");
        if (!here.equals(there)) {
            throw new Refused(file + " was taken from a database with migrations " + there + ", this one has " + here
                    + ": restore it with the version of pickup-settlement that wrote it");
        }
        SchemaTables schema = SchemaTables.read(c);
        for (String table : schema.columns().keySet()) {
            String expected = String.join(",", schema.columns().get(table));
            if (!expected.equals(manifest.getProperty(BackupFile.columnsKey(table)))) {
                throw new Refused(file + " does not have table " + table + " as this database has it");
            }
        }
        List<String> nonEmpty = nonEmptyTables(c, schema);
        if (!nonEmpty.isEmpty() && !replace) {
            throw new Refused("this database is not empty (" + String.join(", ", nonEmpty.subList(0,
                    Math.min(5, nonEmpty.size()))) + (nonEmpty.size() > 5 ? ", ..." : "") + " hold rows); restore "
                    + "--replace replaces everything in it with the backup");
        }
        try (Statement st = c.createStatement()) {
            // Locks out every other session until the restore commits.
            st.execute("TRUNCATE " + String.join(", ", schema.columns().keySet().stream().map(SchemaTables::quoted)
                    .toList()) + " RESTART IDENTITY");
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        long rows = 0;
        for (String table : schema.loadOrder(c)) {
            rows += loadTable(zip, manifest, copy, table, schema.columns().get(table), file);
        }
        for (String sequence : schema.sequences()) {
            String value = manifest.getProperty(BackupFile.sequenceKey(sequence));
            if (value == null) {
                throw new Refused(file + " does not record sequence " + sequence);
            }
            String[] parts = value.split(",");
            try (Statement st = c.createStatement()) {
                st.execute("SELECT setval('" + SchemaTables.quoted(sequence) + "', " + Long.parseLong(parts[0]) + ", "
                        + Boolean.parseBoolean(parts[1]) + ")");
            }
        }
        return new Summary(schema.columns().size(), rows, manifest.getProperty("created"));
    }

    private static long loadTable(ZipFile zip, Properties manifest, CopyManager copy, String table, List<String> columns,
                                  Path file) throws IOException, SQLException, Refused {
        ZipEntry entry = zip.getEntry(BackupFile.entry(table));
        if (entry == null) {
            throw new Refused(file + " has no rows of table " + table);
        }
        MessageDigest digest = DatabaseBackup.sha256();
        long n;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
            n = copy.copyIn("COPY " + SchemaTables.quoted(table) + " (" + DatabaseBackup.columnList(columns)
                    + ") FROM STDIN (FORMAT binary)", in);
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        if (!sha.equals(manifest.getProperty(BackupFile.shaKey(table)))
                || n != Long.parseLong(manifest.getProperty(BackupFile.rowsKey(table)))) {
            throw new Refused(file + " is damaged: table " + table + " does not match its recorded checksum and row count");
        }
        return n;
    }

    private static List<String> nonEmptyTables(Connection c, SchemaTables schema) throws SQLException {
        List<String> nonEmpty = new ArrayList<>();
        for (String table : schema.columns().keySet()) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + SchemaTables.quoted(table) + ")")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    nonEmpty.add(table);
                }
            }
        }
        return nonEmpty;
    }
}
