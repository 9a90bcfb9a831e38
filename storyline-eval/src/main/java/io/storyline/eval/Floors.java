package io.storyline.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The evaluation gate: scores pinned in a committed file ({@code eval/floors.properties}) below
 * which the build fails. Keys are {@code <set>.<metric>}, e.g. {@code extraction.f1}.
 */
public final class Floors {
    private final Properties floors;

    private Floors(Properties floors) {
        this.floors = floors;
    }

    public static Floors load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        return new Floors(p);
    }

    /** The failures of {@code counts} against the floors of {@code set}; empty when it passes. */
    public List<String> check(String set, Counts counts) {
        List<String> failures = new ArrayList<>();
        check(failures, set, "f1", counts.f1());
        check(failures, set, "precision", counts.precision());
        check(failures, set, "recall", counts.recall());
        check(failures, set, "accuracy", counts.accuracy());
        return failures;
    }

    /** The failure of one named metric of {@code set} ({@code <set>.<metric>}) against its floor; empty when it passes or has none. */
    public List<String> check(String set, String metric, double value) {
        List<String> failures = new ArrayList<>();
        check(failures, set, metric, value);
        return failures;
    }

    private void check(List<String> failures, String set, String metric, double value) {
        String v = floors.getProperty(set + "." + metric);
        if (v == null) return;
        double floor = Double.parseDouble(v.strip());
        if (value < floor) {
            failures.add(String.format(Locale.ROOT, "%s %s %.4f is below its floor %.4f", set, metric, value, floor));
        }
    }
}
