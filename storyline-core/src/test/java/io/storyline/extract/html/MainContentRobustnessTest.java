package io.storyline.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Block;
import io.storyline.model.Deadline;
import java.time.Duration;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Hostile and degenerate pages: no exception, no stack overflow, bounded work. */
class MainContentRobustnessTest {
    private static final String PARAGRAPH = "The committee met on Tuesday evening, discussed the budget for the "
            + "coming year, and agreed to publish its minutes before the end of the month.";

    private final MainContentExtractor extractor = new MainContentExtractor();

    private static Document parse(String html) {
        return Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    }

    private static String text(Body body) {
        StringBuilder sb = new StringBuilder();
        for (Block b : body.blocks()) sb.append(b.text()).append('\n');
        return sb.toString();
    }

    @Test
    void emptyPage() {
        Body body = extractor.extract(parse(""), Deadline.none());
        assertTrue(body.blocks().isEmpty());
        assertTrue(body.removed().isEmpty());
    }

    @Test
    void pageWithoutText() {
        String html = "<html><head><title>x</title><script>var a = 1;</script></head>"
                + "<body><img src=a.png><div><span> </span></div><svg><text>1</text></svg></body></html>";
        Body body = extractor.extract(parse(html), Deadline.none());
        assertTrue(body.blocks().isEmpty());
    }

    @Test
    void parsedNestingIsSafe() {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder(depth * 12);
        for (int i = 0; i < depth; i++) sb.append("<div>");
        sb.append("<p>").append(PARAGRAPH).append("</p>");
        for (int i = 0; i < depth; i++) sb.append("</div>");
        Body body = extractor.extract(parse(sb.toString()), Deadline.none());
        assertTrue(text(body).contains("committee met"));
    }

    @Test
    void domNested100000LevelsDeep() {
        // built by hand: the parser caps depth, a DOM from elsewhere need not
        // built bottom-up (appending below a deep node is slow in jsoup)
        Element e = new Element("div");
        e.appendElement("p").text(PARAGRAPH);
        e.appendElement("p").text(PARAGRAPH.replace("Tuesday", "Friday"));
        for (int i = 0; i < 100_000; i++) e = new Element(i % 2 == 0 ? "div" : "section").appendChild(e);
        Document doc = Document.createShell("");
        doc.body().appendChild(e);
        Body body = extractor.extract(doc, Deadline.none());
        assertTrue(text(body).contains("Friday evening"));
        for (Block b : body.blocks()) assertEquals(-1, b.sourceStart());
    }

    @Test
    void twentyMegabytePage() {
        StringBuilder sb = new StringBuilder(21 << 20);
        sb.append("<html><body><nav><a href=/>Home</a></nav><article>");
        int i = 0;
        while (sb.length() < 20 << 20) sb.append("<p>").append(i++).append(' ').append(PARAGRAPH).append("</p>\n");
        sb.append("</article><footer>Imprint</footer></body></html>");
        Body body = extractor.extract(parse(sb.toString()), Deadline.after(Duration.ofMinutes(2)));
        assertTrue(body.blocks().size() > 100_000);
    }

    @Test
    void framesetPage() {
        String html = "<html><head><title>Frames</title></head><frameset cols='20%,80%'>"
                + "<frame src=nav.html><frame src=main.html><noframes><body><p>" + PARAGRAPH
                + "</p></body></noframes></frameset></html>";
        Body body = extractor.extract(parse(html), Deadline.none());
        assertTrue(body.blocks().size() <= 1);
    }

    @Test
    void malformedMarkup() {
        String html = "<html><body><div class=article-body><p>" + PARAGRAPH + "<p>unclosed <b>bold <i>italic</b> "
                + PARAGRAPH + "</i></div></span></td></table><li>stray item<div><<>>&amp;&#xZZ;<p>" + PARAGRAPH
                + "<!-- unterminated comment";
        Body body = extractor.extract(parse(html), Deadline.none());
        assertTrue(text(body).contains("committee met"));
    }

    @Test
    void plainTextParsedAsHtml() {
        Body body = extractor.extract(parse(PARAGRAPH + "\n\n" + PARAGRAPH), Deadline.none());
        assertTrue(text(body).contains("committee met"));
    }

    @Test
    void expiredDeadlineStopsWork() {
        StringBuilder sb = new StringBuilder("<body>");
        for (int i = 0; i < 5_000; i++) sb.append("<p>").append(PARAGRAPH).append("</p>");
        Document doc = parse(sb.toString());
        Deadline past = Deadline.after(Duration.ZERO);
        assertThrows(Deadline.Expired.class, () -> extractor.extract(doc, past));
    }
}
