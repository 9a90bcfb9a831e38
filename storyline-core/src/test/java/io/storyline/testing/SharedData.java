package io.storyline.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find {@code ../shared}: the system property {@code storyline.shared} (surefire sets
 * it), else {@code ../shared} or {@code ../../shared} from the working directory. Tests that need
 * it skip with a message when it is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The folder {@code name} inside the shared folder, or null when there is none. */
    public static Path folder(String name) {
        String p = System.getProperty("storyline.shared");
        for (Path c : new Path[] {p == null || p.isBlank() ? null : Path.of(p), Path.of("../shared"), Path.of("../../shared")}) {
            if (c != null && Files.isDirectory(c.resolve(name))) return c.resolve(name);
        }
        return null;
    }

    /** The third-party captures of {@code ../shared/examples}, or null. */
    public static Path examples() {
        return folder("examples");
    }
}
