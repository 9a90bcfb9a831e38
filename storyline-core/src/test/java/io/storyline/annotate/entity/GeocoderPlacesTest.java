package io.storyline.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The towns and regions read from libphonenumber's geocoder data, and how the gazetteer offers them. */
class GeocoderPlacesTest {

    @Test
    void readsTownsOfEveryContinentAndLeavesOutCodesAndGenericWords() throws IOException {
        List<String> names = GeocoderPlaces.names();
        assertTrue(names.size() > 30_000, "only " + names.size() + " names");
        for (String town : List.of("Steubenville", "Keetmanshoop", "Shuangyashan", "Heilongjiang", "Chillicothe", "Staten Island")) {
            assertTrue(names.contains(town), town);
        }
        for (String not : List.of("SP", "UT", "Mobile", "North")) assertFalse(names.contains(not), not);
        assertTrue(names.stream().noneMatch(n -> n.matches(".*\\d.*")), "a name with a digit");
    }

    @Test
    void usableNamesHaveALetterAndNoDigitAndAreNoShortCodes() {
        assertTrue(GeocoderPlaces.usable("Ada"));
        assertTrue(GeocoderPlaces.usable("ACRE"));
        assertFalse(GeocoderPlaces.usable("MG"));
        assertFalse(GeocoderPlaces.usable("ABC"));
        assertFalse(GeocoderPlaces.usable("Area 51"));
        assertFalse(GeocoderPlaces.usable("Central"));
    }

    @Test
    void theFeaturesSeeATownButTheRulesOnlyWhenTheyAskForIt() {
        TextAnalysis t = TextAnalyzer.standard().analyze("He grew up in Keetmanshoop.");
        int i = 4;
        assertEquals("Keetmanshoop", "He grew up in Keetmanshoop.".substring(t.start(i), t.end(i)));
        assertTrue(Gazetteer.bundled().all(t, i, t.tokenCount()).stream().anyMatch(m -> m.kind() == Gazetteer.Kind.TOWN));
        assertNull(Gazetteer.bundled().longest(t, i, t.tokenCount(), null));
        assertEquals(Gazetteer.Kind.TOWN, Gazetteer.bundled().longest(t, i, t.tokenCount(), Gazetteer.Kind.TOWN).kind());
    }

    @Test
    void theListTheBuildWroteIsTheOneTheDataGives() throws IOException {
        assertNotNull(GeocoderPlaces.class.getResource(GeocoderPlaces.RESOURCE), "the build did not write " + GeocoderPlaces.RESOURCE);
        assertEquals(GeocoderPlaces.names(), GeocoderPlaces.load());
    }

    @Test
    void everyTownMatchesWhollyAsTheGazetteerReadsItAlone() throws IOException {
        // the gazetteer analyses the names together; each must match as its own analysis tokenises it
        List<String> names = GeocoderPlaces.load();
        TextAnalyzer analyzer = TextAnalyzer.standard();
        for (int k = 0; k < names.size(); k += 7) {
            String name = names.get(k);
            TextAnalysis t = analyzer.analyze(name);
            Gazetteer.Match m = Gazetteer.bundled().longest(t, 0, t.tokenCount(), Gazetteer.Kind.TOWN);
            if (!Character.isUpperCase(name.codePointAt(0))) continue; // a lower-case first word matches no capitalised text
            assertNotNull(m, name);
            assertEquals(t.tokenCount(), m.end(), name);
        }
    }
}
