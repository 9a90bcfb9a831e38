package io.storyline.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Clutter;
import org.junit.jupiter.api.Test;

class TextCuesTest {
    @Test
    void labelsOfPageFurniture() {
        assertEquals(Clutter.RELATED, TextCues.classify("Mehr zum Thema"));
        assertEquals(Clutter.RELATED, TextCues.classify("Lesen Sie auch: Radweg wird breiter"));
        assertEquals(Clutter.RELATED, TextCues.classify("» Read more"));
        assertEquals(Clutter.SHARE, TextCues.classify("Teilen:"));
        assertEquals(Clutter.CAPTION, TextCues.classify("Foto: Pia Lenz"));
        assertEquals(Clutter.ADVERTISEMENT, TextCues.classify("- Anzeige -"));
        assertEquals(Clutter.COMMENTS, TextCues.classify("Leave a reply"));
        assertEquals(Clutter.FOOTER, TextCues.classify("© 2024 Harbour Gazette"));
        assertEquals(Clutter.METADATA, TextCues.classify("Tags: Fähre, Insel"));
        assertEquals(Clutter.NAVIGATION, TextCues.classify("Imprint | Contact | Privacy"));
        assertEquals(Clutter.CAPTION, TextCues.classify("The new buses at the depot. (Photo: Pia Lenz)"));
    }

    @Test
    void sentencesAreText() {
        assertNull(TextCues.classify("Weitere Informationen gibt die Gemeinde am Montag bekannt."));
        assertNull(TextCues.classify("Share prices rose sharply after the announcement on Friday."));
        assertNull(TextCues.classify("Am 14. Mai 2023 eröffnete die Bürgermeisterin das neue Hallenbad am Stadtpark."));
        assertNull(TextCues.classify("Die Busse fahren werktags von fünf Uhr früh bis Mitternacht."));
    }

    @Test
    void dateLines() {
        assertTrue(TextCues.isDateLine("23.10.2018"));
        assertTrue(TextCues.isDateLine("Erstellt am Dienstag 6. Mai 2014"));
        assertTrue(TextCues.isDateLine("January 13, 2020"));
        assertTrue(TextCues.isDateLine("12.12.2022, 08:30 Uhr"));
        assertFalse(TextCues.isDateLine("Mai"));
        assertFalse(TextCues.isDateLine("Seit Dezember 2015 leitet sie das Museum am Hafen"));
    }

    @Test
    void callsToAction() {
        assertTrue(TextCues.isPrompt("Sign up for our free morning newsletter and never miss a story."));
        assertTrue(TextCues.isPrompt("Folgen Sie uns auf Instagram!"));
        assertFalse(TextCues.isPrompt("Facebook announced new rules for political advertising on Tuesday."));
        assertFalse(TextCues.isPrompt("x".repeat(300) + " subscribe"));
    }
}
