package io.storyline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hand-annotated gold folders of {@code eval/} ({@code timex}, {@code quotes}): one document a
 * file, {@code .txt} holding its text, {@code .gold} naming a capture read from elsewhere.
 */
final class GoldFiles {
    private GoldFiles() {
    }

    /** Parses one gold file; null skips it (a capture that is absent here). */
    @FunctionalInterface
    interface Parser<D> {
        D parse(Path file) throws IOException;
    }

    /** The documents of {@code dir}'s {@code .txt} and {@code .gold} files, in file-name order. */
    static <D> List<D> load(Path dir, Parser<D> parser) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".gold")).sorted().toList();
        }
        List<D> docs = new ArrayList<>();
        for (Path f : files) {
            D d = parser.parse(f);
            if (d != null) docs.add(d);
        }
        return docs;
    }
}
