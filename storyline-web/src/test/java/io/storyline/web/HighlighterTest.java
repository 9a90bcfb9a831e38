package io.storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.web.Highlighter.Kind;
import io.storyline.web.Highlighter.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Ranges over plain text become escaped, well-nested marks; the text itself comes back unchanged. */
class HighlighterTest {
    @Test
    void marksRangesAndEscapesEverything() {
        String text = "Kim <b>met</b> Moon & \"friends\" on June 12.";
        String html = Highlighter.inline(text, List.of(new Span(0, 3, Kind.ENTITY, "Kim Jong Un"),
                new Span(text.indexOf("June"), text.indexOf("12.") + 2, Kind.DATE, "2018-06-12"))).html();
        assertEquals("<mark class=\"hl hl-entity\" title=\"Kim Jong Un\">Kim</mark> &lt;b&gt;met&lt;/b&gt; Moon &amp;"
                + " &quot;friends&quot; on <mark class=\"hl hl-date\" title=\"2018-06-12\">June 12</mark>.", html);
    }

    @Test
    void overlappingRangesSplitIntoPiecesNamingEveryKind() {
        String text = "the summit in Hanoi in February";
        String html = Highlighter.inline(text, List.of(new Span(4, 19, Kind.MATCH, null),
                new Span(14, 31, Kind.QUOTE, "said Lee"))).html();
        assertEquals("the <mark class=\"hl hl-match\">summit in </mark><mark class=\"hl hl-match hl-quote\" title=\"said Lee\">"
                + "Hanoi</mark><mark class=\"hl hl-quote\" title=\"said Lee\"> in February</mark>", html);
    }

    @Test
    void paragraphsSplitAtBlankLinesAndMarksReopenAcrossThem() {
        String text = "First line\nsame block.\n\nSecond <block>.";
        String html = Highlighter.paragraphs(text, List.of(new Span(6, 30, Kind.MATCH, null))).html();
        assertEquals("<p>First <mark class=\"hl hl-match\">line<br>same block.</mark></p><p><mark class=\"hl hl-match\">"
                + "Second</mark> &lt;block&gt;.</p>", html);
    }

    @Test
    void badRangesAreClippedOrDroppedAndSurrogatesKeptWhole() {
        String text = "a😀b";
        assertEquals("a<mark class=\"hl hl-date\">😀</mark>b",
                Highlighter.inline(text, List.of(new Span(2, 3, Kind.DATE, null), new Span(1, 2, Kind.DATE, null))).html()
                        .replace("</mark><mark class=\"hl hl-date\">", ""));
        assertEquals("ab", Highlighter.inline("ab", List.of(new Span(5, 9, Kind.MATCH, null), new Span(1, 1, Kind.MATCH, null))).html());
        assertEquals("<mark class=\"hl hl-match\">ab</mark>", Highlighter.inline("ab", List.of(new Span(-4, 90, Kind.MATCH, null))).html());
        assertEquals("", Highlighter.paragraphs("", List.of(new Span(0, 3, Kind.MATCH, null))).html());
    }

    @Test
    void anyTextAndRangesRenderToWellFormedMarkupHoldingTheText() {
        Random r = new Random(11);
        String alphabet = "ab <>&\"'\n\n\n😀é";
        Kind[] kinds = Kind.values();
        for (int k = 0; k < 1500; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String text = sb.toString();
            List<Span> spans = new ArrayList<>();
            for (int i = r.nextInt(6); i > 0; i--) {
                int a = r.nextInt(text.length() + 3) - 1, b = a + r.nextInt(12) - 2;
                spans.add(new Span(a, b, kinds[r.nextInt(kinds.length)], r.nextBoolean() ? null : "<\"note\">"));
            }
            String inline = Highlighter.inline(text, spans).html();
            Document d = Jsoup.parseBodyFragment(inline);
            assertEquals(text.replace("\r", "").replace("\n", ""), d.body().wholeText().replace("\n", ""), inline);
            for (Element e : d.body().getAllElements()) {
                assertTrue(e == d.body() || e.tagName().equals("mark") || e.tagName().equals("br"), inline);
                if (e.tagName().equals("mark")) assertTrue(e.select("mark mark").isEmpty() && e.children().stream()
                        .noneMatch(c -> c.tagName().equals("mark")), "marks never nest: " + inline);
            }
            String paras = Highlighter.paragraphs(text, spans).html();
            assertFalse(paras.contains("<p></p>"), paras);
            Document p = Jsoup.parseBodyFragment(paras);
            assertEquals(text.replaceAll("[\\r\\n]", ""), p.body().wholeText().replace("\n", ""), paras);
        }
    }
}
