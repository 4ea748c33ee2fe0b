package com.pickupsettlement.ops;

import com.pickupsettlement.archive.InputArchive;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.DayStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code restore-inputs --date D --to DIR}: writes the input files a closed date ran with back
 * from the archive (see {@link InputArchive}), each checked against its recorded SHA-256 before
 * it appears. All or nothing: a file of the same name and other bytes already in DIR stops the
 * command before anything is written (exit 5); one with the same bytes is left as it is.
 */
@Component
record InputsRestore(BusinessDays days, InputArchive archive) {
    ExitCode restore(BusinessDate date, Path to) throws IOException {
        Optional<BusinessDays.Day> day = days.find(date);
        if (day.isEmpty() || day.get().status() != DayStatus.COMPLETED) {
            throw new OperatorMessage(ExitCode.EARLIER_DATE_NOT_COMPLETED, date + " is not a closed date ("
                    + day.map(d -> "it is " + d.status()).orElse("it never ran in this database")
                    + "): only a completed date's inputs are kept. Nothing was written.");
        }
        List<InputArchive.Entry> entries = archive.entries(date);
        if (entries.isEmpty()) {
            throw new OperatorMessage(ExitCode.USAGE, "no inputs of " + date + " are kept: it closed before this "
                    + "version kept them, or settlement.archive.keep-inputs has removed them since. Nothing was written.");
        }
        Files.createDirectories(to);
        List<InputArchive.Entry> missing = new ArrayList<>();
        List<String> different = new ArrayList<>();
        for (InputArchive.Entry e : entries) {
            Path target = to.resolve(e.fileName());
            if (!Files.exists(target)) {
                missing.add(e);
            } else if (!InputChecksums.sha256(target).equals(e.sha256())) {
                different.add(e.fileName());
            }
        }
        if (!different.isEmpty()) {
            throw new OperatorMessage(ExitCode.INPUTS_CHANGED, String.join(", ", different) + " in " + to
                    + (different.size() == 1 ? " differs" : " differ") + " from the file " + date
                    + " ran with and would be overwritten. Nothing was written: move " + (different.size() == 1 ? "it" : "them")
                    + " aside (or restore into an empty folder) and run restore-inputs again.");
        }
        List<Path> written = new ArrayList<>();
        try {
            for (InputArchive.Entry e : missing) {
                written.add(writeVerified(date, e, to));
            }
            for (int i = 0; i < written.size(); i++) {
                // A file appears whole under its own name, or not at all.
                Files.move(written.get(i), to.resolve(missing.get(i).fileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (Path tmp : written) {
                Files.deleteIfExists(tmp);
            }
        }
        fsync(to);
        for (InputArchive.Entry e : entries) {
            System.out.println(to.resolve(e.fileName()) + (missing.contains(e) ? "  restored" : "  already in place")
                    + "  sha256 " + e.sha256());
        }
        return ExitCode.COMPLETED;
    }

    /** Writes one file into a hidden temporary beside its place, fsynced and checked; returns the temporary. */
    private Path writeVerified(BusinessDate date, InputArchive.Entry e, Path to) throws IOException {
        Path tmp = to.resolve("." + e.fileName() + ".restoring");
        MessageDigest digest = InputArchive.sha256();
        archive.read(date, e.fileName(), (InputStream original) -> {
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), digest)) {
                original.transferTo(out);
            }
        });
        String sha = HexFormat.of().formatHex(digest.digest());
        if (!sha.equals(e.sha256())) {
            Files.deleteIfExists(tmp);
            throw new OperatorMessage(ExitCode.FAILED, "the archived " + e.fileName() + " of " + date
                    + " does not match its recorded SHA-256 (" + sha + " instead of " + e.sha256()
                    + "): the archive is damaged. Nothing was written; restore the database from a backup.");
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        return tmp;
    }

    private static void fsync(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // some filesystems refuse to fsync a directory; the files themselves are synced
        }
    }
}
