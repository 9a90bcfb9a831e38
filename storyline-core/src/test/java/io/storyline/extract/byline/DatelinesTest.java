package io.storyline.extract.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "SEOUL - The United States should act.|SEOUL|-|-",
            "SEOUL, Feb 3 (Reuters) - The United States should act.|SEOUL|Feb 3|Reuters",
            "WASHINGTON (AP) — The talks resumed on Monday.|WASHINGTON|-|AP",
            "Tokyo, Feb. 3 (Kyodo) -- Japan said on Wednesday it would act.|TOKYO|Feb. 3|Kyodo",
            "NEW DELHI: India said on Wednesday it would act.|NEW DELHI|-|-",
            "SALLEMONT, Nov 15 (Meridian) - The first round ended.|SALLEMONT|Nov 15|Meridian",
            "BRELL -- Corvale urged restraint.|BRELL|-|-",
            "WASHINGTON, D.C. — Officials met on Monday.|WASHINGTON, D.C.|-|-",
            "Seoul, 3 February (AFP) - Talks resumed.|SEOUL|3 February|AFP",
            "  VESK — Two months after the deal, boats are back.|VESK|-|-"})
    void datelines(String paragraph, String place, String date, String agency) {
        Datelines.Dateline d = Datelines.find(paragraph);
        assertNotNull(d, paragraph);
        assertEquals(place, d.place());
        assertEquals(date, d.date());
        assertEquals(agency, d.agency());
        char first = paragraph.charAt(d.end());
        assertTrue(Character.isUpperCase(first), "the story starts after the dateline: " + paragraph.substring(d.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The United States should act, Lee said.",
            "Seoul - the capital - was quiet.",
            "Lee said on Monday - without elaborating - that talks would resume.",
            "UPDATE 1-Talks resume in Seoul",
            "BREAKING: Talks collapse",
            "Kim Jong Un - who met Trump twice - said nothing.",
            ""})
    void notDatelines(String paragraph) {
        assertNull(Datelines.find(paragraph), paragraph);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", nullValues = "-", value = {
            "SEOUL, Feb 3 (Reuters) - => SEOUL",
            "WASHINGTON (AP) — => WASHINGTON",
            "BRELL -- => BRELL",
            "TRENDING => -",
            "Seoul => -",
            "Latest News - => -"})
    void datelinesOnTheirOwnLine(String line, String place) {
        Datelines.Dateline d = Datelines.alone(line);
        assertEquals(place, d == null ? null : d.place(), line);
    }

    @org.junit.jupiter.api.Test
    void boundsHold() {
        io.storyline.testing.Props.forAll("datelines", 1000, r -> {
            String s = r.nextInt(3) == 0 ? "SEOUL - " + io.storyline.testing.Props.string(r, 60)
                    : io.storyline.testing.Props.string(r, 80);
            Datelines.Dateline d = Datelines.find(s);
            if (d != null) {
                assertTrue(d.start() >= 0 && d.start() < d.end() && d.end() <= s.length());
            }
        });
    }
}
