package io.storyline.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Article;
import io.storyline.model.Capture;
import io.storyline.model.Deadline;
import io.storyline.model.Decoded;
import io.storyline.model.Format;
import io.storyline.model.Provenance;
import io.storyline.model.Removed;
import io.storyline.model.Segment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Behaviour of the text-capture extractor on small made-up captures (fictional outlets and people). */
class TextCaptureExtractorTest {
    static final List<String> PARAGRAPHS = List.of(
            "The delegations of Meravia and Kaldor met again in Sallemont on Tuesday and agreed to continue the talks next month, the Corvalese foreign ministry said.",
            "Meravian envoy Dag Aurel-Venn told reporters that the talks had been frank and long, and that his team had tabled a proposal for a phased freeze.",
            "Kaldor's deputy foreign minister, Sera Ulm, said Vesk would not discuss a freeze until Meravia lifted the ban on Kaldoran fishing fleets.",
            "“We are ready to listen, and we expect to be listened to,” the foreign minister told a news conference in Lindmark on Wednesday.",
            "Meravia imposed the fishing ban and froze the assets of Kaldor's central bank in 2021, after inspectors reported enrichment beyond the agreed level.");

    static Article extract(String capture) {
        return extract(capture, Deadline.none());
    }

    static Article extract(String capture, Deadline deadline) {
        Capture c = Capture.of(Provenance.ofFile("test.txt"), Format.TEXT, capture.getBytes(StandardCharsets.UTF_8));
        Article.Builder b = new TextCaptureExtractor().extract(new Decoded(c, capture, "UTF-8", "given"), deadline);
        b.provenance = c.provenance();
        return b.build();
    }

    static List<String> blocks(Article a) {
        return a.segments().stream().map(s -> a.text().substring(s.start(), s.end())).toList();
    }

    @Test
    void windowsLineEndingsTabsNonBreakingSpacesAndBullets() {
        String capture = "Home\tWorld\tRegion\tBusiness\r\n\r\nTalks resume in Sallemont after a month's pause\r\n"
                + "By Mara\u00a0Ellingsen\r\n\r\n"
                + PARAGRAPHS.get(0).replace(" on Tuesday", "\u00a0on\tTuesday") + "\r\n\r\n"
                + "The mediator listed three points of agreement:\r\n"
                + "\t•\u00a0a hotline between the two coast guards;\r\n"
                + "  • the return of detained fishing crews;\r\n\r\n"
                + PARAGRAPHS.get(1) + "\r\n\r\n" + PARAGRAPHS.get(2) + "\r\n";
        Article a = extract(capture);
        assertEquals("Talks resume in Sallemont after a month's pause", a.title());
        assertEquals(List.of("Mara Ellingsen"), a.authors());
        assertFalse(a.text().contains("\r") || a.text().contains("\t") || a.text().contains("\u00a0"), a.text());
        assertTrue(a.text().startsWith("The delegations of Meravia and Kaldor met again in Sallemont on Tuesday"), a.text());
        List<Segment> items = a.segments().stream().filter(s -> s.kind().equals("item")).toList();
        assertEquals(2, items.size(), "bulleted lines inside the body are items: " + a.segments());
        assertEquals("a hotline between the two coast guards;", a.text().substring(items.get(0).start(), items.get(0).end()));
        assertTrue(a.removed().stream().anyMatch(r -> r.why().equals("navigation") && r.text().equals("Home World Region Business")));
        assertSourceRanges(a, capture);
    }

    @Test
    void allClutterGivesAnEmptyBodyWithEverythingRemoved() {
        String capture = String.join("\n", "Skip to content", "Menu", "Home | World | Politics | Business | Opinion",
                "Search", "", "TRENDING", "Port of Tarrow reopens after strike", "Brell council approves tram line",
                "Record snowfall closes mountain passes", "", "Subscribe to our newsletter", "Give Feedback",
                "Email: desk@ledger.example", "Phone: +44 20 7946 0123", "About | Disclaimer | Terms of use | Privacy Policy",
                "© 2024 The Northern Ledger. All rights reserved.");
        Article a = extract(capture);
        assertEquals("", a.text());
        assertTrue(a.segments().isEmpty());
        assertEquals(capture.lines().filter(l -> !l.isBlank()).count(), a.removed().size());
        assertNull(a.published());
    }

    @Test
    void aTeaserListIsNotAnArticle() {
        String capture = String.join("\n", "Menu", "Kaldor-Meravia talks", "Latest", "",
                "Corvale urges flexibility on sanctions", PARAGRAPHS.get(0), "18-01-2024 16:05 CET", "",
                "Kaldor delegation walks out of talks", PARAGRAPHS.get(1), "20-02-2024 14:02 CET", "",
                "Framework signed in Sallemont", PARAGRAPHS.get(2).substring(0, 80) + "...", "09-04-2024 11:30 CET", "",
                "Load more", "© 2024 The Northern Ledger");
        assertEquals("", extract(capture).text());
    }

    @Test
    void pullQuoteAndItsAttributionAreRemovedOnce() {
        String quote = "If we are to talk about new sanctions, it is time to ask what the existing ones have achieved.";
        String capture = String.join("\n\n", "Envoys meet again in Sallemont", PARAGRAPHS.get(0), quote,
                "Lise Anvar-Holm, Corvale's minister for regional cooperation", PARAGRAPHS.get(1),
                "“" + quote.substring(0, quote.length() - 1) + ",” Anvar-Holm told a news conference in Brell.",
                PARAGRAPHS.get(2));
        Article a = extract(capture);
        assertEquals(4, a.segments().size(), blocks(a).toString());
        assertEquals(1, a.text().split("time to ask what the existing ones", -1).length - 1);
        assertEquals(2, a.removed().stream().filter(r -> r.why().equals("duplicate")).count(), a.removed().toString());
    }

    @Test
    void summaryCompiledFromBodySentencesIsAStandfirst() {
        String summary = PARAGRAPHS.get(1) + " " + PARAGRAPHS.get(2);
        String capture = String.join("\n\n", "Envoys meet again in Sallemont", summary, "Meridian News Agency | Brell",
                PARAGRAPHS.get(0), PARAGRAPHS.get(1) + " He said more rounds would follow.",
                PARAGRAPHS.get(2) + " She did not elaborate.", PARAGRAPHS.get(3));
        Article a = extract(capture);
        assertEquals(4, a.segments().size(), blocks(a).toString());
        assertTrue(a.removed().stream().anyMatch(r -> r.why().equals("standfirst") && r.text().equals(summary)));
        assertEquals("Meridian", a.wire());
        assertEquals("BRELL", a.dateline());
    }

    @Test
    void aBoxInTheMiddleDoesNotCutTheBody() {
        String capture = String.join("\n\n", "Envoys meet again in Sallemont", "By Mara Ellingsen",
                PARAGRAPHS.get(0), PARAGRAPHS.get(1), "MOST READ",
                "Port of Tarrow reopens after three-week strike", "Brell council approves tram line to the airport",
                "Record snowfall closes the mountain passes", "Advertisement",
                PARAGRAPHS.get(2), PARAGRAPHS.get(3), PARAGRAPHS.get(4),
                "TRENDING", "Ferry operator restores winter sailings",
                "The state ferry company restored its winter sailings between Vesk and Orre on Monday after repairs.",
                "Brell tram line opens first section",
                "Passengers rode the first two kilometres of the airport line on Sunday, a year after work began.");
        Article a = extract(capture);
        assertEquals(PARAGRAPHS, blocks(a));
        assertTrue(a.removed().stream().anyMatch(r -> r.text().equals("MOST READ")));
        assertTrue(a.removed().stream().anyMatch(r -> r.why().equals("related") && r.text().startsWith("Port of Tarrow")));
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        StringBuilder sb = new StringBuilder("   Envoys meet again in Sallemont\n\n   By Henrik Sollie\n\n");
        for (String p : PARAGRAPHS) sb.append(wrap(p, 72)).append("\n\n");
        sb.append(wrap(String.join(" ", PARAGRAPHS.subList(0, 3)), 72)).append('\n');
        Article a = extract(sb.toString());
        assertEquals(PARAGRAPHS, blocks(a).subList(0, PARAGRAPHS.size()));
        assertEquals("Envoys meet again in Sallemont", a.title());
        assertSourceRanges(a, sb.toString());
    }

    @Test
    void outletsBesideNamesAreNotAuthors() {
        assertEquals(List.of("Jane Roe", "John Doe"), Credits.names("By Jane Roe and John Doe, CNN"));
        assertEquals(List.of("Mara Ellingsen"), Credits.names("Mara Ellingsen | Staff Writer | 18-01-2024"));
        assertEquals(List.of("Petra Lind"), Credits.names("Reporting by Petra Lind; Editing by Ola Berg"));
        assertEquals(List.of(), Credits.names("By Reuters"));
    }

    @Test
    void datelineIsRecordedAndTheTextKept() {
        String first = "VESK, May 7 (Meridian) - " + PARAGRAPHS.get(0);
        Article a = extract(String.join("\n\n", "Envoys meet again", first, PARAGRAPHS.get(1), PARAGRAPHS.get(2)));
        assertEquals("VESK", a.dateline());
        assertEquals("Meridian", a.wire());
        assertTrue(a.text().startsWith(first));
    }

    @Test
    void photoCreditsAreNotTheWire() {
        String capture = String.join("\n\n", "Envoys meet again in Sallemont", "By Mara Ellingsen",
                "Envoys shake hands in Sallemont, Nov. 14, 2023. (JANE ROE/POOL/AP)", PARAGRAPHS.get(0),
                PARAGRAPHS.get(1), PARAGRAPHS.get(2));
        Article a = extract(capture);
        assertNull(a.wire());
        assertEquals(List.of("Mara Ellingsen"), a.authors());
        assertTrue(a.removed().stream().anyMatch(r -> r.why().equals("caption")));
    }

    @Test
    void longCapturesTakeLinearTime() {
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_500_000) {
            sb.append(PARAGRAPHS.get(r.nextInt(PARAGRAPHS.size())).replace("Tuesday", "day " + r.nextInt(100000)))
                    .append(r.nextInt(8) == 0 ? "\nShare\nAdvertisement\n" : "\n\n");
        }
        String capture = sb.toString();
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extract(capture));
        assertFalse(a.text().isEmpty());
    }

    @Test
    void oneHugeLineIsHandled() {
        String capture = "Title of the piece\n\n" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo/".repeat(60_000) + "\n\n"
                + String.join("\n\n", PARAGRAPHS);
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extract(capture));
        assertEquals(PARAGRAPHS, blocks(a));
    }

    @Test
    void theDeadlineStopsWork() {
        String capture = String.join("\n\n", PARAGRAPHS).repeat(200);
        assertThrows(Deadline.Expired.class, () -> extract(capture, Deadline.after(Duration.ofNanos(1))));
    }

    @Test
    void anyCaptureIsAccountedFor() {
        io.storyline.testing.Props.forAll("captures", 300, r -> {
            String capture = capture(r);
            Article a = extract(capture);
            long lines = capture.lines().filter(l -> !Segmenter.isBlankLine(l)).count();
            int units = a.segments().size() + a.removed().size();
            assertTrue(units <= lines && (lines == 0) == (units == 0), "every non-blank line is body or removed");
            assertSourceRanges(a, capture);
        });
    }

    @Test
    void arbitraryTextNeverThrows() {
        io.storyline.testing.Props.forAll("arbitraryText", 200, r -> {
            String capture = io.storyline.testing.Props.string(r, 400);
            Article a = extract(capture);
            for (Removed x : a.removed()) assertTrue(x.sourceStart() >= 0 && x.sourceEnd() <= capture.length());
        });
    }

    private static final List<String> CLUTTER_LINES = List.of("Home | World | Politics", "Share", "Advertisement",
            "TRENDING", "By Jane Roe", "Published: 21:42, February 3, 2021", "READ MORE: Talks stall again", "© 2024 Ledger",
            "Reuters | Seoul | Updated: 03-02-2021 15:35 IST", "  • Facebook share button", "X", "", "\t", "\u00a0",
            "Envoys meet again in Sallemont", "Caption of a photo. (JANE ROE/POOL/AP)");

    /** A capture of up to 30 lines: article paragraphs, clutter lines and random strings. */
    static String capture(Random r) {
        List<String> ls = io.storyline.testing.Props.listOf(r, 30, x -> switch (x.nextInt(3)) {
            case 0 -> io.storyline.testing.Props.oneOf(x, PARAGRAPHS);
            case 1 -> x.nextInt(10) == 0 ? "SEOUL - " + PARAGRAPHS.get(0) : io.storyline.testing.Props.oneOf(x, CLUTTER_LINES);
            default -> io.storyline.testing.Props.string(x, 40);
        });
        return String.join(r.nextBoolean() ? "\n" : "\r\n", ls);
    }

    /** Every block's source range holds the block's words. */
    static void assertSourceRanges(Article a, String capture) {
        int last = -1;
        for (Segment s : a.segments()) {
            assertTrue(s.sourceStart() >= 0 && s.sourceEnd() <= capture.length() && s.sourceStart() < s.sourceEnd());
            assertTrue(s.sourceStart() >= last, "blocks in source order");
            last = s.sourceEnd();
            String src = Shapes.key(capture.substring(s.sourceStart(), s.sourceEnd()));
            String block = Shapes.key(a.text().substring(s.start(), s.end()));
            assertTrue(src.contains(block), "source range does not hold its block: " + block);
        }
    }

    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder("   ");
        int col = 3;
        for (String w : text.split(" ")) {
            if (col + 1 + w.length() > width && col > 3) {
                out.append("\n   ");
                col = 3;
            } else if (col > 3) {
                out.append(' ');
                col++;
            }
            out.append(w);
            col += w.length();
        }
        return out.toString();
    }
}
