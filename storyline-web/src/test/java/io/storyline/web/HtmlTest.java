package io.storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The writer escapes every value and refuses names and URLs that could carry script. */
class HtmlTest {
    @Test
    void escapesTextAndAttributes() {
        String html = new Html().el("p", "<script>x</script> & 'y'", "title", "\" onmouseover=\"x").toString();
        assertEquals("<p title=\"&quot; onmouseover=&quot;x\">&lt;script&gt;x&lt;/script&gt; &amp; &#39;y&#39;</p>", html);
    }

    @Test
    void refusesEventHandlersStylesAndOddNames() {
        assertThrows(IllegalArgumentException.class, () -> new Html().open("img", "onerror", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("div", "OnClick", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("div", "style", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("iframe", "srcdoc", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("a b"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "title"));
    }

    @Test
    void linksGoToThisSiteOrToHttpOnly() {
        for (String bad : new String[] {"javascript:alert(1)", " JaVaScRiPt:x", "data:text/html,x", "vbscript:x",
                "//evil.example/x", "/\\evil.example", "evil.example/x", "http:/x"}) {
            assertThrows(IllegalArgumentException.class, () -> new Html().a(bad, "x"), bad);
        }
        assertEquals("<a href=\"/articles/a-1?q=x%20y\">x</a>", new Html().a(Urls.query(Urls.path("/articles", "a-1"), "q", "x y"), "x").toString());
        assertEquals("https://ok.example/a?b=c", Urls.external(" https://ok.example/a?b=c "));
        assertNull(Urls.external("javascript:alert(1)"));
        assertNull(Urls.external("java\tscript:alert(1)"));
        assertNull(Urls.external("https:///nohost"));
        assertEquals("/articles/..%2F..%2Fetc", Urls.path("/articles", "../../etc"));
    }
}
