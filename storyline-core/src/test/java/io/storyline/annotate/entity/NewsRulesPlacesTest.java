package io.storyline.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The place rules of {@link NewsRules}: facilities and landscape phrases, "City, Region", the expanded lists. */
class NewsRulesPlacesTest {

    private static boolean has(List<Mention> ms, String type, String text) {
        for (Mention m : ms) if (m.type().equals(type) && m.text().equals(text)) return true;
        return false;
    }

    private static void expect(String text, String type, String name) {
        List<Mention> ms = EntityRecognizerTest.recognize(text);
        assertTrue(has(ms, type, name), () -> "expected " + type + " " + name + " in " + EntityRecognizerTest.render(ms));
    }

    @Test
    void daysOfTheWeekInThePluralAreNoPlaces() {
        List<String> kept = EntityRecognizerTest.afterRules("The lottery is drawn on Tuesdays and Fridays in Lyon.", "LOC:Tuesdays", "LOC:Fridays", "LOC:Lyon");
        assertTrue(kept.equals(List.of("LOC:Lyon")), kept.toString());
    }

    @Test
    void theFieldOfAnAwardIsNoName() {
        List<String> kept = EntityRecognizerTest.afterRules("He was awarded the Kyoto Prize in Basic Sciences and the Crafoord Prize in Astronomy and "
                + "Mathematics in Stockholm.", "LOC:Basic Sciences", "LOC:Astronomy", "LOC:Mathematics", "LOC:Stockholm");
        assertTrue(kept.contains("LOC:Stockholm") && kept.stream().noneMatch(k -> k.matches(".*(Sciences|Astronomy|Mathematics)")),
                kept.toString());
    }

    @Test
    void aFacilityNamedAfterAPersonIsAPlaceButAGivenNameAndASurnameLikeHeadStayAPerson() {
        List<String> kept = EntityRecognizerTest.afterRules("Flights left John F. Kennedy Airport late, and John Hall said so.",
                "PERSON:John F. Kennedy Airport", "PERSON:John Hall");
        assertTrue(kept.contains("LOC:John F. Kennedy Airport") && kept.contains("PERSON:John Hall"), kept.toString());
    }

    @Test
    void facilityEndingPhraseIsALocation() {
        expect("The delegation landed at Halvern International Airport on Tuesday.", "LOC", "Halvern International Airport");
        expect("Protesters gathered on Quillon Avenue before noon.", "LOC", "Quillon Avenue");
        expect("A tanker ran aground in the Vessmark Sea last week.", "LOC", "Vessmark Sea");
    }

    @Test
    void hallsGardensAndAuditoriumsAreLocations() {
        expect("We need cheap restaurants close to Orchestra Hall in Chicago for a field trip.", "LOC", "Orchestra Hall");
        expect("The concert moved from Symphony Auditorium to Carnegie Hall, and then to the Botanic Gardens.", "LOC",
                "Botanic Gardens");
        expect("The concert moved from Symphony Auditorium to Carnegie Hall, and then to the Botanic Gardens.", "LOC",
                "Symphony Auditorium");
    }

    @Test
    void facilityHeadBeforeOfIsALocationUnlessAnOrganisationWordFollows() {
        expect("The shuttle trainer went to the Museum of Flight in the spring.", "LOC", "Museum of Flight");
        expect("She spoke to the Museum of Flight board, a reporter said.", "LOC", "Museum of Flight");
    }

    @Test
    void placeOpenersMakeALocation() {
        expect("Climbers set out for Mount Tarrel at dawn.", "LOC", "Mount Tarrel");
    }

    @Test
    void joiningWordCutsThePlaceFromTheNameBeforeIt() {
        List<Mention> ms = EntityRecognizerTest.recognize("There is a party tonight at Brinello on Dallas Street after work.");
        assertTrue(has(ms, "LOC", "Dallas Street"), EntityRecognizerTest.render(ms));
    }

    @Test
    void placesListedWithAndAreTwoNamesButKnownNamesWithAndStayWhole() {
        List<Mention> ms = EntityRecognizerTest.recognize("Having visited the West Bank and Israel, the envoy flew home on Sunday.");
        assertTrue(has(ms, "LOC", "West Bank") && has(ms, "COUNTRY", "Israel"), EntityRecognizerTest.render(ms));
        expect("The ferry from Trinidad and Tobago docked at dawn.", "COUNTRY", "Trinidad and Tobago");
        ms = EntityRecognizerTest.recognize("The Food Standards of Australia and New Zealand agency said salt should be iodised.");
        assertTrue(!has(ms, "COUNTRY", "New Zealand") || !has(ms, "LOC", "Food Standards of Australia"), EntityRecognizerTest.render(ms));
    }

    @Test
    void personBeforeFacilityWordStaysAPerson() {
        List<Mention> ms = EntityRecognizerTest.recognize("Officials said Linda Park would testify on Monday.");
        assertTrue(!has(ms, "LOC", "Linda Park"), EntityRecognizerTest.render(ms));
    }

    @Test
    void unknownTownBeforeAKnownRegionIsAPlaceThroughoutTheArticle() {
        String text = "The festival moved to Quarrendale, Oregon, in 2019. Quarrendale has 4,000 residents.";
        List<Mention> ms = EntityRecognizerTest.recognize(text);
        long places = ms.stream().filter(m -> m.type().equals("LOC") && m.text().equals("Quarrendale")).count();
        assertTrue(places == 2, EntityRecognizerTest.render(ms));
        assertTrue(has(ms, "LOC", "Oregon"), EntityRecognizerTest.render(ms));
    }

    @Test
    void expandedListsNameKnownCitiesAndOrganisations() {
        expect("Flooding closed roads around Thessaloniki and Plovdiv on Sunday.", "LOC", "Plovdiv");
        expect("Shares of Lockheed Martin rose after the contract was announced.", "ORG", "Lockheed Martin");
        expect("The report was published by Human Rights Watch and Transparency International.", "ORG",
                "Transparency International");
    }

    @Test
    void acronymInBracketsTakesTheTypeOfTheNameItAbbreviates() {
        String text = "Engineers at the Tarvell Institute of Robotics (TIR) built the arm. TIR expects more orders.";
        List<Mention> ms = EntityRecognizerTest.recognize(text);
        long orgs = ms.stream().filter(m -> m.type().equals("ORG") && m.text().equals("TIR")).count();
        assertTrue(orgs == 2, EntityRecognizerTest.render(ms));
    }

    @Test
    void acronymMustSpellTheInitials() {
        io.storyline.annotate.text.TextAnalysis t = io.storyline.annotate.text.TextAnalyzer.standard()
                .analyze("Kennedy Space Center");
        assertTrue(NewsRules.initialsSpell(t, 0, 3, "KSC"));
        assertTrue(!NewsRules.initialsSpell(t, 0, 3, "NASA"));
    }

    @Test
    void aPeoplesWordShowsAnUnknownPlace() {
        String text = "Officials in Tervola said the talks would resume. Tervolan fishermen welcomed the news, "
                + "and a Tervolan minister said Tervola would send a delegation next week.";
        List<Mention> ms = EntityRecognizerTest.recognize(text);
        for (Mention m : ms) {
            if (m.text().equals("Tervola")) assertTrue(m.type().equals("LOC"), EntityRecognizerTest.render(ms));
            assertTrue(!m.text().equals("Tervolan"), "the people's word alone names no one: " + EntityRecognizerTest.render(ms));
        }
        assertTrue(has(ms, "LOC", "Tervola"), EntityRecognizerTest.render(ms));
        // function words and given names are no places: "These"/"The", "Julian"/"Julia"
        List<Mention> people = EntityRecognizerTest.recognize(
                "Julia Marsh met Julian Berg on Monday. These talks matter, Julian said, and Julia agreed.");
        assertTrue(people.stream().noneMatch(m -> m.type().equals("LOC")), EntityRecognizerTest.render(people));
    }
}
