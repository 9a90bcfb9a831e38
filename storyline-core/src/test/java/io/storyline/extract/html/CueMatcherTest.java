package io.storyline.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storyline.extract.html.CueMatcher.Cue;
import org.junit.jupiter.api.Test;

class CueMatcherTest {
    private final CueMatcher<String> m = CueMatcher.of(
            new Cue<>("^ad$", "ad"), new Cue<>("footer", "footer"), new Cue<>("^nav", "nav"),
            new Cue<>("[text]", "text"), new Cue<>("share", "share"));

    @Test
    void wordAnchors() {
        assertEquals("ad", m.value("ad"));
        assertEquals("ad", m.value("top-ad"));
        assertEquals("ad", m.value("adSlot"));
        assertEquals("ad", m.value("ad300"));
        assertEquals(null, m.value("header"));
        assertEquals(null, m.value("download shadow"));
        assertEquals("nav", m.value("navbar"));
        assertEquals("nav", m.value("main-navigation"));
        assertEquals(null, m.value("canvas"));
    }

    @Test
    void tokenAnchors() {
        assertEquals("text", m.value("col text"));
        assertEquals("text", m.value("text"));
        assertEquals(null, m.value("frame-type-text"));
        assertEquals(null, m.value("textwidget"));
    }

    @Test
    void substringsAndPriority() {
        assertEquals("footer", m.value("site-footer"));
        assertEquals("footer", m.value("SiteFooter share"));
        assertEquals("share", m.value("sharebar"));
        assertEquals(null, m.value("Überschrift"));
        assertEquals(null, m.value(""));
    }

    @Test
    void rejectsBadCues() {
        assertThrows(IllegalArgumentException.class, () -> CueMatcher.of(new Cue<>("a b", 1)));
        assertThrows(IllegalArgumentException.class, () -> CueMatcher.of(new Cue<>("^$", 1)));
    }
}
