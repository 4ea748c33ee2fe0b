package com.pickupsettlement.ops;

import com.pickupsettlement.backup.DatabaseBackup;
import com.pickupsettlement.backup.DatabaseRestore;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code backup --to FILE} and {@code restore --from FILE}: both hold the run lock, so neither
 * sees a night half-way (exit 7 while a run is active, having done nothing).
 */
@Component
record Backups(DataSource dataSource, DatabaseBackup backup, DatabaseRestore restore) {
    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    ExitCode backup(Path to) throws Exception {
        if (Files.exists(to)) {
            throw new OperatorMessage(ExitCode.USAGE, "backup: " + to + " already exists; nothing was written. "
                    + "Give a new file name (a dated one, say) or move the old file away.");
        }
        Path folder = to.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        try (RunLock lock = RunLock.hold(dataSource, "backup: a run is active; nothing was written. Back up once it "
                + "has ended (see 'status'), for a copy that is not half a night.")) {
            DatabaseBackup.Summary s = backup.write(to);
            String done = "backup: " + to + " written: " + s.tables() + " tables, " + s.rows() + " rows, " + s.bytes()
                    + " bytes";
            log.info(done);
            System.out.println(to);
            return ExitCode.COMPLETED;
        }
    }

    ExitCode restore(Path from, boolean replace) throws Exception {
        try (RunLock lock = RunLock.hold(dataSource, "restore: a run is active; nothing was changed. Restore once it "
                + "has ended (see 'status').")) {
            DatabaseRestore.Summary s = restore.restore(from, replace);
            log.info("restore: {} loaded: {} tables, {} rows, backed up at {}", from, s.tables(), s.rows(), s.created());
            System.out.println("restored " + from + " (taken " + s.created() + "): " + s.rows() + " rows");
            return ExitCode.COMPLETED;
        } catch (DatabaseRestore.Refused e) {
            throw new OperatorMessage(ExitCode.USAGE, "restore: " + e.getMessage() + ". Nothing was changed.");
        }
    }
}
