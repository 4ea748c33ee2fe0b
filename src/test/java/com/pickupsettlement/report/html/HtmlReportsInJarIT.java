package com.pickupsettlement.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pickupsettlement.support.JarTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar renders the pages: the precompiled templates and jte's runtime are inside it,
 * and found through Boot's class loader. Boot's PropertiesLauncher starts {@link JarRender} from
 * the test classes (loader.path) in the same loader as the jar's own classes.
 */
@JarTest
class HtmlReportsInJarIT {
    @TempDir
    Path dir;

    @Test
    void packagedJar_RendersTheSamePageAsTheBuild() throws Exception {
        Path jar = Path.of(System.getProperty("pickup.jar", "target/pickup-settlement.jar"));
        Path page = dir.resolve("report_20261118.html");
        Path log = dir.resolve("java.log");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar.toString(), "-Dloader.path=" + Path.of("target", "test-classes").toAbsolutePath(),
                "-Dloader.main=" + JarRender.class.getName(),
                "org.springframework.boot.loader.launch.PropertiesLauncher", page.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertEquals(true, p.waitFor(120, TimeUnit.SECONDS), "finished");
        assertEquals(0, p.exitValue(), Files.readString(log));
        assertEquals(Pages.daily(SampleReports.daily()), Files.readString(page, StandardCharsets.UTF_8));
    }
}
