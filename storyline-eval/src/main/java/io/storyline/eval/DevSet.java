package io.storyline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Locating and reading the development sets in {@code ../shared/data}. */
public final class DevSet {
    private DevSet() {
    }

    /**
     * The shared data folder: the {@code storyline.shared} system property, else
     * {@code ../shared} from the working directory, else null.
     */
    public static Path sharedDir() {
        String p = System.getProperty("storyline.shared");
        if (p != null && Files.isDirectory(Path.of(p))) return Path.of(p);
        for (Path c : new Path[] {Path.of("../shared"), Path.of("../../shared")}) {
            if (Files.isDirectory(c.resolve("data"))) return c.toAbsolutePath().normalize();
        }
        return null;
    }

    /** A data set folder under {@code shared/data}, or null when absent. */
    public static Path data(String name) {
        Path s = sharedDir();
        if (s == null) return null;
        Path d = s.resolve("data").resolve(name);
        return Files.isDirectory(d) ? d : null;
    }

    /** Reads a file, gunzipping it when its name ends in {@code .gz}. */
    public static byte[] read(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) return Files.readAllBytes(file);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
