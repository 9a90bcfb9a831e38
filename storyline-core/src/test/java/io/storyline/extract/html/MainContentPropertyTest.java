package io.storyline.extract.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Block;
import io.storyline.model.Deadline;
import io.storyline.model.Removed;
import java.util.List;
import io.storyline.testing.Props;
import org.junit.jupiter.api.Test;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Any soup of tags and text: no exception, and every source range lies inside the page. */
class MainContentPropertyTest {
    private static final List<String> PIECES = List.of("<div>", "</div>", "<p>", "</p>", "<br>", "<br><br>",
            "<ul><li>", "</li></ul>", "<table><tr><td>", "</td></tr></table>", "<td>", "<a href=x>", "</a>",
            "<nav>", "</nav>", "<article class=post-content>", "</article>", "<h2>", "</h2>", "<blockquote>",
            "<pre>", "</pre>", "<script>x=1</script>", "<div class=share>", "<footer>", "<span hidden>", "&nbsp;",
            "<!--", "-->", "<", ">", "Lorem ipsum dolor sit amet, consectetur. ", "Teilen", "Foto: X", "12.03.2020",
            "Weitere Informationen finden Sie im Rathaus, Zimmer 4. ", "\n", " | ", "<time>", "</time>");

    @Test
    void neverThrowsAndRangesFit() {
        Props.forAll("main-content soup", 300, r -> check(String.join("", Props.listOf(r, 200, x -> Props.oneOf(x, PIECES)))));
    }

    private static void check(String html) {
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        Body body = new MainContentExtractor().extract(doc, Deadline.none());
        for (Block b : body.blocks()) {
            assertTrue(!b.text().isBlank() && b.sourceEnd() <= html.length() && b.sourceStart() <= b.sourceEnd(),
                    () -> "bad block " + b);
        }
        for (Removed r : body.removed()) {
            assertTrue(!r.text().isBlank() && r.sourceEnd() <= html.length(), () -> "bad removed " + r);
        }
    }
}
