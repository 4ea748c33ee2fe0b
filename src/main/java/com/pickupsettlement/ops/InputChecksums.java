package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of a date's three feed files (rulebook 7: a closed date's inputs may not change). */
public record InputChecksums(String orders, String manifest, String pickups) {

    public static InputChecksums of(Path inbox, BusinessDate date) throws IOException {
        return new InputChecksums(sha256(inbox.resolve(Feed.ORDERS.fileName(date))),
                sha256(inbox.resolve(Feed.MANIFEST.fileName(date))),
                sha256(inbox.resolve(Feed.PICKUPS.fileName(date))));
    }

    /** The file names whose checksum differs from the recorded one. */
    public List<String> differences(InputChecksums recorded, BusinessDate date) {
        List<String> changed = new ArrayList<>();
        if (!orders.equals(recorded.orders)) {
            changed.add(Feed.ORDERS.fileName(date));
        }
        if (!manifest.equals(recorded.manifest)) {
            changed.add(Feed.MANIFEST.fileName(date));
        }
        if (!pickups.equals(recorded.pickups)) {
            changed.add(Feed.PICKUPS.fileName(date));
        }
        return changed;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
