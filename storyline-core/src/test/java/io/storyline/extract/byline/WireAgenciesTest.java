package io.storyline.extract.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireAgenciesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Reuters|Reuters",
            "The Associated Press|AP",
            "AP|AP",
            "Agence France-Presse|AFP",
            "Yonhap News Agency|Yonhap",
            "Press Trust of India|PTI",
            "dpa|dpa",
            "Meridian News Agency|Meridian",
            "Kestrel Press Agency|Kestrel",
            "Central News Agency|CNA",
            "The National News Agency|National News Agency",
            "The Northern Newswire|Northern Newswire"})
    void names(String printed, String canonical) {
        assertEquals(canonical, WireAgencies.name(printed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ap", "antara", "Jane Roe", "Seoul", "Staff", "The Daily Planet", "News", ""})
    void notAgencies(String s) {
        assertNull(WireAgencies.name(s));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", value = {
            "By Reuters => Reuters",
            "BY REUTERS => Reuters",
            "Reuters | Seoul | Updated: 03-02-2021 15:35 IST => Reuters",
            "Reuters staff => Reuters",
            "From AFP => AFP",
            "Source: AP => AP",
            "(Yonhap) => Yonhap",
            "— AFP => AFP",
            "By Jane Roe, Reuters => Reuters",
            "Jane Roe and John Doe | Associated Press => AP",
            "By Meridian News Agency => Meridian",
            "Xinhua | Updated: 2021-02-03 10:00 => Xinhua"})
    void credits(String line, String agency) {
        WireAgencies.Credit c = WireAgencies.credit(line);
        assertEquals(agency, c == null ? null : c.agency(), line);
        assertTrue(line.substring(c.start(), c.end()).length() >= 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Lee Min-hyung", "Lee said on Monday that Reuters had reported it.",
            "Image Credit: ANI", "(AHN YOUNG-JOON/POOL/AP)", "Home | World | Asia"})
    void notCredits(String line) {
        assertNull(WireAgencies.credit(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The talks will resume next month, officials said. (Yonhap)|Yonhap",
            "The talks will resume next month, officials said. / Yonhap|Yonhap",
            "The talks will resume next month. — AFP|AFP",
            "The talks will resume next month. -- Reuters|Reuters"})
    void trailingCredits(String text, String agency) {
        assertEquals(agency, WireAgencies.trailing(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The talks will resume next month, officials said.",
            "He met the minister (twice) in Brell.", "The ministers pose in Brell. (JANE ROE/POOL/AP)"})
    void noTrailingCredit(String text) {
        assertNull(WireAgencies.trailing(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The minister listens to a question in Seoul, Feb 3, 2021. (AHN YOUNG-JOON/POOL/AP)",
            "Ministers meet in Brell. REUTERS/Jane Roe",
            "Representative Image Image Credit: ANI",
            "The guest house in Sallemont. Photo: Meravia Herald archive",
            "Delegates arrive for the talks. [Photo by Jane Roe]",
            "Delegates arrive for the talks. (Yonhap Photo)",
            "Delegates arrive. AFP via Getty Images"})
    void photoCredits(String text) {
        assertTrue(WireAgencies.photoCredit(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPINION / BLOG / INTERVIEW", "He showed a photo of the river to reporters.",
            "The US/EU statement was issued on Monday.", "By Reuters"})
    void notPhotoCredits(String text) {
        assertFalse(WireAgencies.photoCredit(text), text);
    }

    @org.junit.jupiter.api.Test
    void neverThrows() {
        io.storyline.testing.Props.forAll("wireAgencies", 1000, r -> {
            String s = io.storyline.testing.Props.string(r, 80);
            WireAgencies.name(s);
            WireAgencies.credit(s);
            WireAgencies.trailing(s);
            WireAgencies.photoCredit(s);
        });
    }
}
