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
}
