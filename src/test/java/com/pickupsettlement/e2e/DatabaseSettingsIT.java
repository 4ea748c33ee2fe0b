package com.pickupsettlement.e2e;

import com.pickupsettlement.support.JarTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong SPRING_DATASOURCE_* setting is a configuration error (exit 2, rulebook 7): one paragraph
 * naming the variable to fix, no stack trace. Against a real server: the embedded one a first
 * command leaves running.
 */
@JarTest
class DatabaseSettingsIT {
    @TempDir
    Path work;

    @AfterEach
    void stopServer() throws Exception {
        EmbeddedServers.stopIn(work.resolve("var/pgdata"));
    }

    private static void assertOneParagraph(PickupJar.Result r, String variable) {
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.stderr().contains("Fix " + variable), r.stderr());
        assertFalse(r.stderr().contains("\tat ") || r.stderr().contains("Exception"), "no stack trace: " + r.stderr());
        assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
        assertEquals("", r.stdout());
    }

    @Test
    void wrongDatabaseSettings_ThenExit2NamingTheVariable() throws Exception {
        PickupJar.Result first = new PickupJar(work).keepingServer().run("status");
        assertEquals(0, first.exitCode(), first.all());
        String port = Files.readAllLines(work.resolve("var/pgdata/postmaster.pid")).get(3).trim();
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));

        PickupJar.Result unknownDatabase = new PickupJar(elsewhere)
                .withEnv("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + port + "/no_such_database")
                .withEnv("SPRING_DATASOURCE_USERNAME", "postgres").run("status");
        assertOneParagraph(unknownDatabase, "SPRING_DATASOURCE_URL");
        assertTrue(unknownDatabase.stderr().contains("does not exist"), unknownDatabase.stderr());

        PickupJar.Result unknownUser = new PickupJar(elsewhere)
                .withEnv("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + port + "/postgres")
                .withEnv("SPRING_DATASOURCE_USERNAME", "nobody").withEnv("SPRING_DATASOURCE_PASSWORD", "wrong")
                .run("run", "--date", "2026-11-01");
        assertOneParagraph(unknownUser, "SPRING_DATASOURCE_USERNAME");

        PickupJar.Result noServer = new PickupJar(elsewhere)
                .withEnv("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:1/postgres")
                .withEnv("SPRING_DATASOURCE_USERNAME", "postgres").run("status");
        assertOneParagraph(noServer, "SPRING_DATASOURCE_URL (host and port)");
        assertFalse(Files.exists(elsewhere.resolve("var")), "no embedded server started for a configured URL");
    }
}
