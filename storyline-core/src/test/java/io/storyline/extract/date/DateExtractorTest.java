package io.storyline.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storyline.model.DateValue;
import io.storyline.model.Deadline;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden pages: each {@code pages/NAME.html} (fictional; its first line names its URL) must give
 * the dates in {@code pages/NAME.expected}.
 */
class DateExtractorTest {
    /** A clock fixed in 2024 so the plausibility bound does not move. */
    private static final DateExtractor EXTRACTOR = new DateExtractor(
            DateExtractor.Options.defaults(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC)));

    @TestFactory
    Stream<DynamicTest> goldenPages() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("pages").toURI());
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        return pages.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String html = Files.readString(p, StandardCharsets.UTF_8);
            String url = html.substring(html.indexOf("url:") + 4, html.indexOf("-->")).strip();
            Document doc = Parser.htmlParser().parseInput(html, url);
            PublicationDates d = EXTRACTOR.extract(doc, url, Deadline.none());
            String expected = Files.readString(Path.of(p.toString().replace(".html", ".expected")), StandardCharsets.UTF_8);
            assertEquals(expected, "published: " + render(d.published()) + "\nupdated: " + render(d.updated()) + "\n");
        }));
    }

    private static String render(DateValue v) {
        return v == null ? "-" : v.value() + " " + v.precision().label() + " (" + v.evidence() + ")";
    }

    @Test
    void theDayDecidedTakesTheTimeAndZoneNamingIt() {
        String html = "<html><head></head><body><h1>Ferry service resumes at Tarrow</h1>"
                + "<p class=meta><time datetime='2024-04-09T11:30:00+02:00'>Tuesday, April 9, 2024 11:30</time></p>"
                + "<p>The ferry between Tarrow and Vesk sailed again on Tuesday after four years.</p></body></html>";
        PublicationDates d = EXTRACTOR.extract(Parser.htmlParser().parseInput(html, ""),
                "https://example.org/news/2024/04/09/ferry", Deadline.none());
        assertEquals("2024-04-09T11:30+02:00", d.published().value());
        // another day's time never replaces the day decided
        String other = html.replace("2024-04-09T11:30:00+02:00", "2024-04-10T09:00:00+02:00")
                .replace("Tuesday, April 9, 2024 11:30", "");
        PublicationDates e = EXTRACTOR.extract(Parser.htmlParser().parseInput(other, ""),
                "https://example.org/news/2024/04/09/ferry", Deadline.none());
        assertEquals("2024-04-09", e.published().value());
    }

    @Test
    void futureDatesAreNotBelieved() {
        String html = "<html><head><meta property='article:published_time' content='2031-01-01'></head>"
                + "<body><h1>Headline here</h1></body></html>";
        PublicationDates d = EXTRACTOR.extract(Parser.htmlParser().parseInput(html, ""), null, Deadline.none());
        assertNull(d.published());
    }

    @Test
    void deeplyNestedPageDoesNotOverflow() {
        StringBuilder sb = new StringBuilder("<html><body><h1>Deep page title</h1>");
        for (int i = 0; i < 100_000; i++) sb.append("<div>");
        sb.append("<p class='date'>Published: 3 February 2021</p>");
        Document doc = Parser.htmlParser().parseInput(sb.toString(), "");
        PublicationDates d = EXTRACTOR.extract(doc, null, Deadline.none());
        assertNotNull(d.published());
        assertEquals("2021-02-03", d.published().day());
    }

    @Test
    void expiredDeadlineStops() {
        Document doc = Parser.htmlParser().parseInput("<html><body>" + "<p>x</p>".repeat(5000) + "</body></html>", "");
        Deadline past = Deadline.after(Duration.ZERO);
        assertThrows(Deadline.Expired.class, () -> EXTRACTOR.extract(doc, null, past));
    }

    @Test
    void optionsAreValidated() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> new DateExtractor.Options(d, d.minusDays(1), 10, 10, 10));
        assertThrows(NullPointerException.class, () -> new DateExtractor(null));
    }

    @Test
    void emptyDocument() {
        Document doc = Parser.htmlParser().parseInput("", "");
        assertEquals(PublicationDates.NONE, EXTRACTOR.extract(doc, "not a url", Deadline.none()));
    }

    @Test
    void hostileValuesAreIgnored() {
        String html = "<html><head><meta property='article:published_time' content='2021-02-03T23:00:00.1234567890123Z'>"
                + "<script type='application/ld+json'>" + "[".repeat(5000) + "</script></head><body><h1>Some headline</h1><p>"
                + "9".repeat(300_000) + "</p></body></html>";
        PublicationDates d = EXTRACTOR.extract(Parser.htmlParser().parseInput(html, ""), "http://x/2021/99/99/", Deadline.none());
        assertEquals("2021-02-03T23:00Z", d.published().value());
    }
}
