package com.pickupsettlement.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.DbTest;
import com.pickupsettlement.support.InboxBuilder;
import com.pickupsettlement.support.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** restore-inputs on an archive whose copy no longer matches its recorded SHA-256. */
@DbTest
class RestoreInputsTest {
    private static final String DATE = "2026-11-01";

    @TempDir
    Path work;

    @Test
    void damagedArchive_WhenRestored_ThenExit1NamingTheFile_AndNothingIsLeftInTheFolder() throws Exception {
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox()).quietDay(DATE);
            assertEquals(0, p.run(DATE));
            // Valid gzip with other bytes: the damage only the checksum can tell. The last file by
            // name, so that the files before it are already written aside when it is found.
            int damaged = p.jdbc().update("UPDATE archived_input SET content_gzip = ? WHERE business_date = ?::date"
                    + " AND file_name = ?", gzip("not the file it was\n"), DATE, "pickups_20261101.csv");
            assertEquals(1, damaged);

            Path to = work.resolve("restored");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream stderr = System.err;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit;
            try {
                exit = p.command("restore-inputs", "--date", DATE, "--to", to.toString());
            } finally {
                System.setErr(stderr);
            }

            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, exit, message);
            assertTrue(message.contains("the archived pickups_20261101.csv of " + DATE
                    + " does not match its recorded SHA-256"), message);
            assertTrue(message.contains("the archive is damaged. Nothing was written; restore the database from a backup."),
                    message);
            try (Stream<Path> left = Files.list(to)) {
                assertEquals(List.of(), left.toList(), "no file, and no hidden temporary, in the target folder");
            }
        }
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
