package io.storyline.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.extract.date.PrintedDates;
import io.storyline.model.Article;
import io.storyline.model.Capture;
import io.storyline.model.Deadline;
import io.storyline.model.Decoded;
import io.storyline.model.Format;
import io.storyline.model.Provenance;
import io.storyline.model.Removed;
import io.storyline.model.Segment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The bar of issue 2 on the three third-party captures in {@code ../shared/examples} (read at
 * test time, never copied): every body paragraph kept, no clutter kept, title, authors, wire,
 * dateline and dates right. Assertions are about structure: how many paragraphs, the first words
 * of each, which kinds of clutter were removed. Skipped when the shared folder is absent.
 */
class SharedExamplesTest {

    private static Path examples() {
        return io.storyline.testing.SharedData.examples();
    }

    private static Article extract(String prefix) throws IOException {
        Path dir = examples();
        Assumptions.assumeTrue(dir != null, "../shared/examples is absent; skipping the shared-example bar");
        Path file;
        try (Stream<Path> s = Files.list(dir)) {
            file = s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
        }
        Assumptions.assumeTrue(file != null, "no capture " + prefix + "* in " + dir);
        byte[] bytes = Files.readAllBytes(file);
        Capture c = Capture.of(Provenance.ofFile(file.toString()), Format.TEXT, bytes);
        Article.Builder b = new TextCaptureExtractor().extract(
                new Decoded(c, new String(bytes, StandardCharsets.UTF_8), "UTF-8", "given"), Deadline.none());
        b.provenance = c.provenance();
        return b.build();
    }

    private static List<String> paragraphs(Article a) {
        return a.segments().stream().map(s -> a.text().substring(s.start(), s.end())).toList();
    }

    private static void assertParagraphsStart(Article a, String... starts) {
        List<String> ps = paragraphs(a);
        assertEquals(starts.length, ps.size(), "body paragraphs: " + ps);
        for (int i = 0; i < starts.length; i++) {
            assertTrue(ps.get(i).startsWith(starts[i]), "paragraph " + i + " should start with '" + starts[i] + "': " + ps.get(i));
        }
    }

    private static void assertRemovedAs(Article a, String why, String start) {
        assertTrue(a.removed().stream().anyMatch(r -> r.why().equals(why) && r.text().startsWith(start)),
                "expected a removed " + why + " starting '" + start + "' in " + a.removed());
    }

    private static void assertAbsent(Article a, String... snippets) {
        for (String s : snippets) assertFalse(a.text().contains(s), "clutter in body: " + s);
    }

    private static boolean datesAvailable() {
        return !PrintedDates.find("Published: 2021-02-03", null).isEmpty();
    }

    private static void assertOffsets(Article a, String capture) {
        for (Segment s : a.segments()) {
            String src = capture.substring(s.sourceStart(), s.sourceEnd()).replaceAll("\\s+", " ");
            assertTrue(src.contains(a.text().substring(s.start(), Math.min(s.end(), s.start() + 40))),
                    "source range does not hold the block: " + src);
        }
    }

    @Test
    void firstCopyOfTheWireStory() throws IOException {
        Article a = extract("000_");
        assertEquals("S.Korea urges U.S. flexibility on sanctions to restart N.Korea talks", a.title());
        assertEquals("Reuters", a.wire());
        assertEquals(List.of(), a.authors());
        assertEquals("SEOUL", a.dateline());
        assertParagraphsStart(a, "The United States should", "North Korean leader", "Lee In-young, South",
                "\"We have to look back", "Lee did not elaborate", "Lee said his government");
        assertAbsent(a, "TRENDING", "Airtel", "Denmark", "Santander", "Give Feedback", "Image Credit", "syndicated feed",
                "Copyright", "Left Menu", "Email:", "Subscribe");
        assertRemovedAs(a, "title", "S.Korea urges");
        assertRemovedAs(a, "caption", "Representative Image");
        assertRemovedAs(a, "boilerplate", "(This story has not been edited");
        assertRemovedAs(a, "teaser", "Denmark to develop");
        assertRemovedAs(a, "footer", "©");
        // the summary above the byline repeats two body sentences: it is a standfirst, not body
        assertRemovedAs(a, "standfirst", "The new administration");
        assertEquals(1, count(a.text(), "The new administration of President Joe Biden"));
        assertOffsets(a, read("000_"));
    }

    @Test
    void firstCopyDates() throws IOException {
        Article a = extract("000_");
        Assumptions.assumeTrue(datesAvailable(), "printed-date parsing not available yet");
        assertNotNull(a.published());
        assertEquals("2021-02-03", a.published().day());
        assertTrue(a.published().value().startsWith("2021-02-03T15:11"), a.published().value());
        assertNotNull(a.updated());
        assertTrue(a.updated().value().startsWith("2021-02-03T15:35"), a.updated().value());
    }

    @Test
    void editedCopyOfTheWireStory() throws IOException {
        Article a = extract("001_");
        assertEquals("ROK urges US flexibility on sanctions to restart DPRK talks", a.title());
        assertEquals("Reuters", a.wire());
        assertEquals(List.of(), a.authors());
        assertEquals("SEOUL", a.dateline());
        assertParagraphsStart(a, "SEOUL - The United States", "DPRK leader", "The new administration", "Lee In-young, the ROK",
                "“If we were to talk", "“We have to look back", "Lee’s remarks came", "Lee did not elaborate",
                "The DPRK has not confirmed", "Lee said his government", "“Working together");
        assertAbsent(a, "READ MORE", "ALSO READ", "AHN YOUNG-JOON", "listens to a question", "By Reuters");
        // the pull quote repeats a body quote without quote marks; its words are in the body once
        assertEquals(1, count(a.text(), "If we were to talk about additional sanctions"));
        assertRemovedAs(a, "duplicate", "If we were to talk");
        assertRemovedAs(a, "duplicate", "Lee In-young, ROK");
        assertRemovedAs(a, "related", "READ MORE");
        assertRemovedAs(a, "related", "ALSO READ");
        assertRemovedAs(a, "caption", "The ROK's unification minister");
        assertRemovedAs(a, "byline", "By Reuters");
        assertOffsets(a, read("001_"));
    }

    @Test
    void editedCopyDates() throws IOException {
        Article a = extract("001_");
        Assumptions.assumeTrue(datesAvailable(), "printed-date parsing not available yet");
        assertNotNull(a.published());
        assertTrue(a.published().value().startsWith("2021-02-03T21:42"), a.published().value());
        assertNotNull(a.updated());
        assertTrue(a.updated().value().startsWith("2023-06-05T02:38"), a.updated().value());
    }

    @Test
    void undatedStaffArticle() throws IOException {
        Article a = extract("002_");
        assertEquals("'US may offer sanctions relief to North Korea'", a.title());
        assertEquals(List.of("Lee Min-hyung"), a.authors());
        assertNull(a.wire(), "the Yonhap credit is the photo's, not the article's");
        assertNull(a.published(), "the capture prints no date of its own");
        assertNull(a.updated());
        assertParagraphsStart(a, "The United States will likely", "Until recently", "But with both sides", "Experts here argue",
                "\"A series of more developed", "\"Above all", "The reopening", "Last week, U.S. Secretary",
                "Washington and Pyongyang are also", "\"Cultural and sports", "These expectations", "Lim Eul-chul",
                "\"For example", "Starting from such", "On Monday, CNN");
        assertAbsent(a, "share button", "font-size", "Settings", "mhlee@", "Top 10 Stories", "go top", "CLOSE",
                "pose during their first summit", "Scope of sanctions relief");
        assertRemovedAs(a, "caption", "U.S. President Donald Trump");
        assertEquals(2, a.removed().stream().filter(r -> r.why().equals("caption")).count(), "the caption is printed twice");
        assertRemovedAs(a, "standfirst", "Scope of sanctions relief");
        assertRemovedAs(a, "byline", "By Lee Min-hyung");
        assertRemovedAs(a, "share", "Facebook");
        assertTrue(a.removed().stream().noneMatch(r -> r.why().equals("duplicate")), "" + a.removed());
        assertOffsets(a, read("002_"));
    }

    @Test
    void nothingIsLost() throws IOException {
        for (String p : List.of("000_", "001_", "002_")) {
            Article a = extract(p);
            String capture = read(p);
            long lines = capture.lines().filter(l -> !l.isBlank()).count();
            assertEquals(lines, a.segments().size() + a.removed().size(), p + ": every line is body or removed");
            for (Removed r : a.removed()) assertTrue(r.sourceStart() >= 0 && r.sourceEnd() <= capture.length());
        }
    }

    private static String read(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(examples())) {
            return Files.readString(s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
        }
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) n++;
        return n;
    }
}
