package io.storyline.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Article;
import io.storyline.model.Entity;
import io.storyline.model.Mention;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import io.storyline.model.Quote;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever a capture carries, the renderings show it as text: titles, entities and quotes included. */
class ReportEscapingTest {
    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    private static Analysis hostile() {
        Article.Builder b = Article.builder();
        b.id = "a-0000000000000001";
        b.provenance = Provenance.ofFile("hostile.html");
        b.title = "Ferry news " + HOSTILE;
        b.text = "The ferry sailed. \"" + HOSTILE + "\" the captain said.";
        Article a = b.build();
        Mention m = new Mention(a.id(), 0, 3, "The", "PERSON");
        Entity e = new Entity("e-1", "Captain " + HOSTILE, "PERSON", List.of(HOSTILE), List.of(new Entity.Role(HOSTILE, null, a.id())),
                List.of(m));
        Quote q = new Quote("q-1", a.id(), 19, 19 + HOSTILE.length(), HOSTILE, "Captain " + HOSTILE, "e-1", "said " + HOSTILE, List.of());
        return new Analysis(List.of(Outcome.ok(a)), List.of(), Map.of(), List.of(e), List.of(q), List.of(), List.of());
    }

    @Test
    void htmlShowsHostileValuesAsText() {
        String html = HtmlReport.render(hostile());
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<h3>Quotes</h3>") && html.contains("<h3>Entities</h3>"));
    }

    @Test
    void markdownShowsHostileValuesAsText() {
        String md = MarkdownReport.render(hostile());
        assertFalse(md.contains("<script>alert"), md);
        assertFalse(md.contains("<img src=x"), md);
        assertTrue(md.contains("### Quotes") && md.contains("### Entities"));
    }
}
