package io.storyline.extract.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class LanguageIdentifierTest {
    /** Each sample of {@code samples.txt} is identified as its language. */
    @TestFactory
    List<DynamicTest> samples() throws IOException {
        String all;
        try (InputStream in = getClass().getResourceAsStream("samples.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : all.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", 2);
            tests.add(DynamicTest.dynamicTest(f[0], () -> assertEquals(f[0], LanguageIdentifier.identify(f[1]))));
        }
        assertTrue(tests.size() >= 25);
        return tests;
    }

    @Test
    void tooLittleTextGivesNoAnswer() {
        assertNull(LanguageIdentifier.identify(null));
        assertNull(LanguageIdentifier.identify(""));
        assertNull(LanguageIdentifier.identify("12:30 – 14:00"));
        assertNull(LanguageIdentifier.identify("Zebra"));
    }

    private static final String GERMAN = "Am Samstag öffnet das Reparaturcafé wieder seine Türen. Wer ein kaputtes Gerät hat, "
            + "kann es mitbringen und gemeinsam mit den ehrenamtlichen Helfern reparieren. Die Idee ist einfach: Statt Dinge "
            + "wegzuwerfen, werden sie wieder in Ordnung gebracht. Das schont die Umwelt und den Geldbeutel. Kaffee und Kuchen "
            + "gibt es auch, und wer nichts zu reparieren hat, ist trotzdem willkommen. Die Veranstaltung findet im "
            + "Gemeindehaus statt und beginnt um 14 Uhr. Eine Anmeldung ist nicht nötig, aber die Zahl der Plätze ist begrenzt.";

    @Test
    void aLongTextPlainlyInAnotherLanguageOverrulesTheDeclaredOne() {
        assertEquals("de", LanguageIdentifier.checked("en", GERMAN));
        assertEquals("de", LanguageIdentifier.checked(null, GERMAN));
        assertEquals("de", LanguageIdentifier.checked("de", GERMAN));
    }

    @Test
    void aShortOrMixedTextKeepsTheDeclaredLanguage() {
        assertEquals("en", LanguageIdentifier.checked("en", "Am Samstag öffnet das Reparaturcafé wieder seine Türen."));
        assertEquals("en", LanguageIdentifier.checked("en", null));
        assertNull(LanguageIdentifier.checked(null, "Am Samstag."));
        // an English page quoting a German paragraph stays English
        String english = "The repair café in the town hall opened again on Saturday, and the volunteers said that they had "
                + "been waiting for this day for a long time. They fixed toasters, lamps and bicycles, and they told us that "
                + "the idea is simple and that it is good for the environment and for the wallet of everyone who comes. ";
        assertEquals("en", LanguageIdentifier.checked("en", english + english + GERMAN.substring(0, 120)));
        // a table of names, clubs and times, whose few short words ("a", "i") are no prose
        StringBuilder table = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            table.append(i).append(". Staffel Schülerinnen: W. Greiner i Hofbauer, Staufeneck-Eislingen, Staudenmayer Julia, ")
                    .append("Kannenwischer Katharina, Herbinger Maria, ").append(50 + i).append(",84 Sek.\n");
        }
        assertEquals("de", LanguageIdentifier.checked("de", table.toString()));
    }

    @Test
    void spanishProseOverrulesADeclaredEnglish() {
        String spanish = "Tras una semana de acoso a la prensa, el presidente de la Asamblea Legislativa aseguró que "
                + "presentaría ante la Fiscalía un aviso formal contra la periodista y el jefe de redacción del periódico. "
                + "Sin embargo, no acompañó su anuncio con pruebas, sino con la lectura de una serie de mensajes que "
                + "según él demostraban la cercanía de los periodistas con las pandillas, lo que fue rechazado por los "
                + "gremios de la prensa y por las organizaciones de derechos humanos del país y de la región.";
        assertEquals("es", LanguageIdentifier.checked("en", spanish + "\n\n" + spanish));
    }
}
