package com.pickupsettlement.backup;

/**
 * The layout of a backup file: a zip with one entry per table, {@code tables/NAME.copy}, holding
 * the table's rows in PostgreSQL's binary COPY format, and {@code backup.properties}, written last,
 * with the schema's migrations, and per table its columns, row count and the SHA-256 of its entry,
 * and per sequence the value to set it to. A file without backup.properties is not a backup.
 */
final class BackupFile {
    static final String FORMAT = "pickup-settlement-backup/1";
    static final String MANIFEST = "backup.properties";

    private BackupFile() {
    }

    static String entry(String table) {
        return "tables/" + table + ".copy";
    }

    static String columnsKey(String table) {
        return "table." + table + ".columns";
    }

    static String rowsKey(String table) {
        return "table." + table + ".rows";
    }

    static String shaKey(String table) {
        return "table." + table + ".sha256";
    }

    /** "VALUE,true" (setval(seq, VALUE, true)) or "START,false" for a sequence never used. */
    static String sequenceKey(String sequence) {
        return "sequence." + sequence;
    }
}
