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
import java.util.Objects;

/**
 * SHA-256 of a date's input files (rulebook 7: a closed date's inputs may not change): the three
 * feeds, and the resolutions file, null when it is absent (its absence is part of the record:
 * adding one to a closed date changes the inputs as much as changing it).
 */
public record InputChecksums(String orders, String manifest, String pickups, String resolutions) {

    public static InputChecksums of(Path inbox, BusinessDate date) throws IOException {
        Path resolutions = inbox.resolve(Feed.RESOLUTIONS.fileName(date));
        return new InputChecksums(sha256(inbox.resolve(Feed.ORDERS.fileName(date))),
                sha256(inbox.resolve(Feed.MANIFEST.fileName(date))),
                sha256(inbox.resolve(Feed.PICKUPS.fileName(date))),
                Files.exists(resolutions) ? sha256(resolutions) : null);
    }

    /** The recorded checksum of one input, null for an absent resolutions file. */
    public String of(Feed feed) {
        return switch (feed) {
            case ORDERS -> orders;
            case MANIFEST -> manifest;
            case PICKUPS -> pickups;
            case RESOLUTIONS -> resolutions;
        };
    }

    /** The inputs that differ from the recorded ones, each named as an operator would fix it. */
    public List<String> differences(InputChecksums recorded, BusinessDate date) {
        List<String> changed = new ArrayList<>();
        for (Feed feed : Feed.values()) {
            String now = of(feed);
            String then = recorded.of(feed);
            if (!Objects.equals(now, then)) {
                String name = feed.fileName(date);
                changed.add(then == null ? name + " (added)" : now == null ? name + " (removed)" : name);
            }
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
