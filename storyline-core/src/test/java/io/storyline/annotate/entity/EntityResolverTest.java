package io.storyline.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.model.Entity;
import io.storyline.model.Mention;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.standard();
    private static final EntityResolver RESOLVER = EntityResolver.standard();
    private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();

    static EntityResolver.Resolution add(EntityIndex index, String id, String published, String text) {
        TextAnalysis t = ANALYZER.analyze(text);
        return RESOLVER.add(index, id, published, t, RECOGNIZER.recognize(id, text, t));
    }

    /** The entity the mention printed {@code surface} (its {@code nth} occurrence) resolved to. */
    static String entityOf(EntityResolver.Resolution r, String surface, int nth) {
        int seen = 0;
        for (int i = 0; i < r.mentions().size(); i++) {
            if (r.mentions().get(i).text().equals(surface) && seen++ == nth) return r.entities().get(i);
        }
        throw new AssertionError("no mention " + surface + " #" + nth + " in " + r.mentions().stream().map(Mention::text).toList());
    }

    static Entity named(EntityIndex index, String name) {
        for (Entity e : index.entities()) if (e.name().equals(name)) return e;
        throw new AssertionError("no entity " + name + " among " + index.entities().stream().map(Entity::name).toList());
    }

    @Test
    void aNameOneLetterFromAnotherInAListOfHundredsIsNoMisspelling() {
        String[] given = {"Anna", "Boris", "Clara", "David", "Elena", "Frank", "Greta", "Henry", "Irene", "James", "Karen",
                "Louis", "Maria", "Nathan", "Olga", "Peter", "Rosa", "Simon", "Tanya", "Victor", "Wendy", "Alan", "Brian",
                "Carol", "Diane", "Edward"};
        StringBuilder list = new StringBuilder("Members of the committee:\n\n");
        for (int i = 0; i < given.length; i++) list.append(given[i]).append(" Marlow").append((char) ('a' + i)).append("son said yes.\n\n");
        String one = "Richard Holden said yes.\n\n";
        String text = list + one + "Howden said no.\n";
        EntityResolver.Resolution r = add(new EntityIndex(), "a-list", null, text);
        assertNotEquals(entityOf(r, "Richard Holden", 0), entityOf(r, "Howden", 0));
        // with few people named, the same name one letter away is read as a misspelling
        EntityResolver.Resolution few = add(new EntityIndex(), "a-few", null, one + "Howden said no.\n");
        assertEquals(entityOf(few, "Richard Holden", 0), entityOf(few, "Howden", 0));
    }

    @Test
    void aNamePrintedInCapitalsIsShownAsTheTextPrintsItOtherwise() {
        EntityIndex index = new EntityIndex();
        add(index, "a-caps", null, "SEACOM RESTORES SERVICE\n\nSEACOM said on Monday that SEACOM had restored service. "
                + "SEACOM thanked its customers.\n");
        add(index, "a-mixed", null, "Subsea cable operator Seacom said the repair was done.\n");
        Entity e = index.entities().stream().filter(x -> x.name().equalsIgnoreCase("seacom")).findFirst().orElseThrow();
        assertEquals("Seacom", e.name());
    }

    @Test
    void aPlaceTheGazetteerKnowsIsShownAsItSpellsItWhereverTheTextPrintsItInCapitals() {
        EntityIndex index = new EntityIndex();
        add(index, "a-dateline", null, "SEOUL, March 3 (Reuters) - Officials met near the border on Tuesday.\n\n"
                + "LONDON talks went on in GENEVA as well.\n");
        assertEquals("LOC", named(index, "Seoul").type());
        assertEquals("LOC", named(index, "Geneva").type());
    }

    @Test
    void aGivenNameAloneIsTheOnePersonNamedInFullWithIt() {
        EntityResolver.Resolution r = add(new EntityIndex(), "a-given", null, "Kimani Gray, 16, was shot on Saturday night "
                + "in Brooklyn. His mother said Kimani had been walking home from a party.\n");
        assertEquals(entityOf(r, "Kimani Gray", 0), entityOf(r, "Kimani", 0));
        // two people share it: neither
        EntityResolver.Resolution two = add(new EntityIndex(), "a-two", null, "Ed Stefanski hired the coach and Ed Snider "
                + "approved it. Ed said the choice was easy.\n");
        assertNotEquals(entityOf(two, "Ed Stefanski", 0), entityOf(two, "Ed", 0));
        assertNotEquals(entityOf(two, "Ed Snider", 0), entityOf(two, "Ed", 0));
        // a royal's style names another
        EntityResolver.Resolution royal = add(new EntityIndex(), "a-royal", null, "Charles Walker said the plan was good. "
                + "Prince Charles said young people need help.\n");
        assertNotEquals(entityOf(royal, "Charles Walker", 0), entityOf(royal, "Charles", 0));
        // in a later article without the full name, the given name alone goes to that person where the contexts agree
        EntityIndex index = new EntityIndex();
        EntityResolver.Resolution first = add(index, "a-1", null, "Kimani Gray, 16, was shot by police in Brooklyn. "
                + "Kimani had been walking home. The NYPD said officers fired.\n");
        EntityResolver.Resolution later = add(index, "a-2", null, "A vigil for Kimani was held in Brooklyn on Monday. "
                + "The NYPD said the protest was peaceful.\n");
        assertEquals(entityOf(first, "Kimani Gray", 0), entityOf(later, "Kimani", 0));
    }

    @Test
    void oneArticle() throws IOException {
        EntityIndex index = new EntityIndex();
        EntityResolver.Resolution r = add(index, "a-1", "2031-05-06T09:00:00Z", EntityRecognizerTest.resource("envoy-talks.txt"));
        // country synonyms and capitals standing for governments
        String north = entityOf(r, "North Korea", 0);
        assertEquals(north, entityOf(r, "DPRK", 0));
        assertEquals(north, entityOf(r, "N.Korea", 0));
        assertEquals(north, entityOf(r, "North", 0));
        assertEquals(north, entityOf(r, "Pyongyang", 0));
        String south = entityOf(r, "Seoul", 0);
        assertEquals(south, entityOf(r, "ROK", 0));
        assertEquals(south, entityOf(r, "South Korea", 0));
        assertEquals(entityOf(r, "United States", 0), entityOf(r, "Washington", 0));
        // short forms: the nearest compatible full name of the article
        assertEquals(entityOf(r, "Park Ha-eun", 0), entityOf(r, "Park", 0));
        assertEquals(entityOf(r, "Daniel Ostrowe", 0), entityOf(r, "Ostrowe", 0));
        assertEquals(entityOf(r, "Kim Dae-ho", 0), entityOf(r, "Kim", 0), "\"Kim said\" after the professor's quote is the professor");
        assertNotEquals(entityOf(r, "Kim Jong-un", 0), entityOf(r, "Kim Dae-ho", 0));
        // organisations under two word orders
        assertEquals(entityOf(r, "Ministry of Unification", 0), entityOf(r, "Unification Ministry", 0));
        // roles with the day they were stated
        Entity park = named(index, "Park Ha-eun");
        assertTrue(park.roles().stream().anyMatch(x -> x.title().equals("South Korea's unification minister in charge of inter-Korean affairs")
                && "2031-05-06".equals(x.stated()) && x.article().equals("a-1")), park.roles().toString());
        assertTrue(named(index, "Kim Jong-un").roles().stream().anyMatch(x -> x.title().equals("North Korean leader")));
        assertTrue(named(index, "Kim Dae-ho").roles().stream().anyMatch(x -> x.title().equals("professor at Halvern University")));
        assertEquals("North Korea", named(index, "North Korea").name());
    }

    @Test
    void acrossArticles() throws IOException {
        EntityIndex index = new EntityIndex();
        EntityResolver.Resolution a = add(index, "a-1", "2031-05-06", EntityRecognizerTest.resource("envoy-talks.txt"));
        EntityResolver.Resolution b = add(index, "a-2", "2031-05-09", EntityRecognizerTest.resource("envoy-followup.txt"));
        // romanisation variants of one name
        assertEquals(entityOf(a, "Kim Jong-un", 0), entityOf(b, "Kim Jong Un", 0));
        assertEquals(entityOf(a, "Park Ha-eun", 0), entityOf(b, "Park Ha-eun", 0));
        assertEquals(entityOf(a, "North Korea", 0), entityOf(b, "N.Korea", 0));
        assertEquals(entityOf(a, "Daniel Ostrowe", 0), entityOf(b, "Ostrowe", 0));
        Entity park = named(index, "Park Ha-eun");
        assertTrue(park.roles().stream().anyMatch(x -> "2031-05-09".equals(x.stated())), park.roles().toString());
        // a misspelling with a matching role and companions
        EntityResolver.Resolution c = add(index, "a-3", null, EntityRecognizerTest.resource("envoy-misspelt.txt"));
        assertEquals(entityOf(a, "Daniel Ostrowe", 0), entityOf(c, "Daniel Ostrow", 0));
        Entity ostrowe = named(index, "Daniel Ostrowe");
        assertTrue(ostrowe.aliases().contains("Daniel Ostrow"), ostrowe.aliases().toString());
        assertTrue(ostrowe.roles().stream().anyMatch(x -> x.stated() == null && x.article().equals("a-3")));
    }

    @Test
    void aMisspellingWithoutAgreeingContextStaysApart() {
        EntityIndex index = new EntityIndex();
        add(index, "a-1", null, "Hollis Varga, the Valdorian finance minister, spoke in Talmora.");
        EntityResolver.Resolution r = add(index, "a-2", null, "Hollis Vargas scored twice for the Brenton Rovers football club.");
        assertNotEquals(named(index, "Hollis Varga").id(), entityOf(r, "Hollis Vargas", 0));
    }

    @Test
    void aLoneFamilyNameWithoutContextIsNotGuessed() {
        EntityIndex index = new EntityIndex();
        add(index, "a-1", null, "Tomas Brenner, a Valdorian banker, met Irena Brenner in Korvella.");
        EntityResolver.Resolution r = add(index, "a-2", null, "Brenner said the weather was fine.");
        String id = entityOf(r, "Brenner", 0);
        assertNotEquals(named(index, "Tomas Brenner").id(), id);
        assertNotEquals(named(index, "Irena Brenner").id(), id);
    }

    @Test
    void differentPeopleWithOneFamilyNameStayApart() {
        EntityIndex index = new EntityIndex();
        EntityResolver.Resolution r = add(index, "a-1", null,
                "Lee Seo-jun met Lee Ha-rin in Talmora. Lee Seo-jun said the talks went well. Lee added nothing.");
        assertNotEquals(entityOf(r, "Lee Seo-jun", 0), entityOf(r, "Lee Ha-rin", 0));
        assertEquals(entityOf(r, "Lee Seo-jun", 1), entityOf(r, "Lee", 0), "the most recent full name");
    }

    @Test
    void restoredIndexResolvesLikeTheOriginal() throws IOException {
        EntityIndex index = new EntityIndex();
        EntityResolver.Resolution a = add(index, "a-1", "2031-05-06", EntityRecognizerTest.resource("envoy-talks.txt"));
        EntityIndex restored = RESOLVER.restore(index.entities());
        assertEquals(index.size(), restored.size());
        EntityResolver.Resolution b = add(restored, "a-2", "2031-05-09", EntityRecognizerTest.resource("envoy-followup.txt"));
        assertEquals(entityOf(a, "Kim Jong-un", 0), entityOf(b, "Kim Jong Un", 0));
        assertEquals(entityOf(a, "Daniel Ostrowe", 0), entityOf(b, "Ostrowe", 0));
        assertNotNull(restored.entity(entityOf(a, "Park Ha-eun", 0)));
        assertNull(restored.entity("e-none"));
    }

    @Test
    void namesKeys() {
        assertEquals(Names.personKey("Kim Jong Un"), Names.personKey("Kim Jong-un"));
        assertEquals(Names.personKey("Donald J. Trump"), Names.personKey("Donald Trump"));
        assertEquals(Names.orgKey("Unification Ministry"), Names.orgKey("the Ministry of Unification"));
        assertEquals("kinu", Names.initials("Korea Institute for National Unification"));
        assertEquals(1, Names.distance("biegun", "beigun", 2));
        assertEquals(3, Names.distance("abc", "xyz", 2));
        assertEquals(List.of("lee", "in-young"), Names.words("Lee In-young’s"));
    }
}
