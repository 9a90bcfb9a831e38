package io.storyline.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden pages: each {@code pages/NAME.html} (fictional; its first line names its URL) must give
 * the metadata in {@code pages/NAME.expected}.
 */
class MetadataExtractorTest {
    private static final MetadataExtractor EXTRACTOR = new MetadataExtractor();

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
            PageMetadata m = EXTRACTOR.extract(Parser.htmlParser().parseInput(html, url), url);
            String expected = Files.readString(Path.of(p.toString().replace(".html", ".expected")), StandardCharsets.UTF_8);
            assertEquals(expected, "title: " + or(m.title()) + "\nauthors: " + String.join("; ", m.authors())
                    + "\nsite: " + or(m.site()) + "\nlanguage: " + or(m.language()) + "\ncanonical: " + or(m.canonicalUrl())
                    + "\ndescription: " + or(m.description()) + "\n");
        }));
    }

    private static String or(String s) {
        return s == null ? "-" : s;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Harbour reopens | Daily Planet # Daily Planet # Harbour reopens",
        "Daily Planet - Harbour reopens after the storm # Daily Planet # Harbour reopens after the storm",
        "Harbour reopens after the long storm - Planet # # Harbour reopens after the long storm",
        "Kim Jong Un - The long road to the summit # # Kim Jong Un - The long road to the summit",
    })
    void siteSuffixIsCut(String title, String site, String expected) {
        assertEquals(expected, MetadataExtractor.stripSite(title, site));
    }

    @Test
    void languageTags() {
        assertEquals("de", MetadataExtractor.isoCode("de-DE"));
        assertEquals("en", MetadataExtractor.isoCode("en_US"));
        assertEquals("he", MetadataExtractor.isoCode("iw"));
        assertNull(MetadataExtractor.isoCode("x"));
        assertNull(MetadataExtractor.isoCode(null));
    }

    @Test
    void emptyAndHostileDocuments() {
        PageMetadata m = EXTRACTOR.extract(Parser.htmlParser().parseInput("", ""), null);
        assertNull(m.title());
        assertTrue(m.authors().isEmpty());
        StringBuilder sb = new StringBuilder("<html><body><h1>Deep title here</h1>");
        for (int i = 0; i < 100_000; i++) sb.append("<div>");
        sb.append("<span class='byline'>By Jane Doe</span>");
        Document deep = Parser.htmlParser().parseInput(sb.toString(), "");
        PageMetadata d = EXTRACTOR.extract(deep, "https://example.org/x");
        assertEquals("Deep title here", d.title());
        assertEquals(List.of("Jane Doe"), d.authors());
    }
}
