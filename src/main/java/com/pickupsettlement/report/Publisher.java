package com.pickupsettlement.report;

import com.pickupsettlement.system.FaultPoint;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Makes an output folder appear whole or not at all (rulebook 6): files are written into a
 * hidden sibling folder, fsynced, and the folder is renamed into place. A folder that already
 * holds exactly the same bytes is left untouched.
 */
final class Publisher {
    private Publisher() {
    }

    interface FolderWork {
        void fill(Path tmp) throws IOException;
    }

    /**
     * Fills a hidden sibling of out/name and lets the work publish it; on any failure (a full
     * disk, say) the hidden folder is removed and the previous folder is untouched.
     */
    static void inHiddenFolder(Path out, String name, FolderWork work) throws IOException {
        Path tmp = staging(out, name);
        try {
            work.fill(tmp);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    static Path staging(Path out, String name) throws IOException {
        Files.createDirectories(out);
        restoreInterruptedSwap(out.resolve(name));
        Path tmp = out.resolve("." + name + ".partial");
        deleteTree(tmp);
        Files.createDirectories(tmp);
        return tmp;
    }

    /** Moves a fully written folder into place. */
    static void commit(Path tmp, Path target) throws IOException {
        for (Path file : list(tmp)) {
            fsync(file, false);
        }
        fsync(tmp, true);
        if (Files.isDirectory(target)) {
            if (sameContent(tmp, target)) {
                deleteTree(tmp);
                return;
            }
            Path replaced = replacedSibling(target);
            deleteTree(replaced);
            Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
            FaultPoint.reach("publish:folder-swapping");
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(replaced);
        } else {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        fsync(target.getParent(), true);
    }

    /**
     * Replacing a folder takes two renames; a run killed between them leaves the previous folder
     * aside as ".D.replaced" and none in place. Put it back before anything else, so the previous
     * folder is what finance sees until a new one is whole.
     */
    static void restoreInterruptedSwap(Path target) throws IOException {
        Path replaced = replacedSibling(target);
        if (!Files.exists(target) && Files.isDirectory(replaced)) {
            Files.move(replaced, target, StandardCopyOption.ATOMIC_MOVE);
            fsync(target.getParent(), true);
        }
    }

    private static Path replacedSibling(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".replaced");
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        Path[] left = list(a);
        Path[] right = list(b);
        if (left.length != right.length) {
            return false;
        }
        for (int i = 0; i < left.length; i++) {
            if (!left[i].getFileName().equals(right[i].getFileName()) || Files.mismatch(left[i], right[i]) != -1) {
                return false;
            }
        }
        return true;
    }

    private static Path[] list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted(Comparator.comparing(Path::toString)).toArray(Path[]::new);
        }
    }

    static void fsync(Path path, boolean directory) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (!directory) {
                throw e;
            }
            // Some filesystems refuse to open a directory for fsync; the files themselves are synced.
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        if (Files.isDirectory(path)) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
                for (Path child : children) {
                    deleteTree(child);
                }
            }
        }
        Files.delete(path);
    }

    /** Best effort, for a failure path: the original failure is what the operator must see. */
    static void deleteQuietly(Path path) {
        try {
            deleteTree(path);
        } catch (IOException ignored) {
            // a leftover hidden .partial folder is harmless: the next publish replaces it
        }
    }
}
