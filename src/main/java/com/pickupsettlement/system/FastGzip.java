package com.pickupsettlement.system;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * gzip at zlib's fastest level, for the copies a night keeps in the database (its inputs, its
 * published files). Those are written in the night's last step on the JVM's one busy thread, and
 * read back only to restore: at the default level (6) a million-order night's 230 MB of inputs
 * took 3.7 s of CPU per 140 MB, at level 1 1.2 s, for copies about 20 % larger (bench/RESULTS.md,
 * seventh session).
 */
public final class FastGzip extends GZIPOutputStream {
    private static final int BUFFER = 1 << 16;

    public FastGzip(OutputStream out) throws IOException {
        super(out, BUFFER);
        def.setLevel(Deflater.BEST_SPEED);
    }
}
