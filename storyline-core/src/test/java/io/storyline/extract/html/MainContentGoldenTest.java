package io.storyline.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Block;
import io.storyline.model.Deadline;
import io.storyline.model.Removed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code golden/NAME.html} (a page of a fictional outlet) has beside it
 * {@code NAME.body.txt}, the expected body (one block per line: kind, tab, text), and
 * {@code NAME.removed.txt}, the expected left-out blocks (reason, tab, text). Run with
 * {@code -Dstoryline.golden.update=true} to rewrite the expectations after a deliberate change,
 * then review the diff.
 */
class MainContentGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("storyline.golden.update");

    static Stream<String> pages() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - ".html".length())).sorted().toList().stream();
        }
    }

    private static Path dir() throws URISyntaxException {
        return Path.of(MainContentGoldenTest.class.getResource("golden").toURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void matchesGolden(String name) throws Exception {
        Path dir = dir();
        String html = Files.readString(dir.resolve(name + ".html"), StandardCharsets.UTF_8);
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "https://example.org/" + name);
        Body body = new MainContentExtractor().extract(doc, Deadline.none());

        // one line per block: a line break inside a block (<br>) shows as ⏎
        String blocks = body.blocks().stream().map(b -> b.kind() + "\t" + lines(b.text())).collect(Collectors.joining("\n"));
        String removed = body.removed().stream().map(r -> r.why() + "\t" + lines(r.text())).collect(Collectors.joining("\n"));
        check(dir, name + ".body.txt", blocks);
        check(dir, name + ".removed.txt", removed);

        // every block points back at its text in the page
        for (Block b : body.blocks()) {
            assertTrue(b.sourceStart() >= 0 && b.sourceEnd() > b.sourceStart() && b.sourceEnd() <= html.length(),
                    () -> "source range of " + b);
        }
        for (Removed r : body.removed()) {
            assertTrue(r.sourceStart() <= r.sourceEnd() && r.sourceEnd() <= html.length(), () -> "source range of " + r);
        }
    }

    private static String lines(String text) {
        return text.replace("\n", " ⏎ ");
    }

    private static void check(Path dir, String file, String actual) {
        Path expected = dir.resolve(file);
        try {
            if (UPDATE) {
                // write to the source tree, not to target/test-classes
                Path src = Path.of("src/test/resources/io/storyline/extract/html/golden").resolve(file);
                Files.writeString(src, actual + "\n", StandardCharsets.UTF_8);
                return;
            }
            List<String> want = Files.readAllLines(expected, StandardCharsets.UTF_8);
            assertEquals(String.join("\n", want).strip(), actual.strip(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
