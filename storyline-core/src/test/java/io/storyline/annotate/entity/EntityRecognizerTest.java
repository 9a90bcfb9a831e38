package io.storyline.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.model.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.standard();
    private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();

    static String resource(String name) throws IOException {
        try (InputStream in = EntityRecognizerTest.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Mention> recognize(String text) {
        return RECOGNIZER.recognize("a-test", text, ANALYZER.analyze(text));
    }

    /** The names of {@code text} with the bundled model decoded as {@code decoding}. */
    static List<Mention> recognize(NerModel.Decoding decoding, String text) {
        return new EntityRecognizer(NerModel.bundled(), Gazetteer.bundled(), decoding).recognize("a-test", text, ANALYZER.analyze(text));
    }

    /** One mention a line: TYPE, offsets, text. */
    /** The names the rules keep when the model read {@code read} (TYPE:words) in {@code text}. */
    static List<String> afterRules(String text, String... read) {
        io.storyline.annotate.text.TextAnalysis t = io.storyline.annotate.text.TextAnalyzer.standard().analyze(text);
        NerModel model = NerModel.bundled();
        NerFeatures.Doc d = new NerFeatures(Gazetteer.bundled(), model.vocabulary(), model.classes()).prepare(t);
        List<NewsRules.Name> names = new java.util.ArrayList<>();
        for (String r : read) {
            String type = r.substring(0, r.indexOf(':')), words = r.substring(r.indexOf(':') + 1);
            int at = text.indexOf(words);
            names.add(new NewsRules.Name(t.tokenAt(at), t.tokenAt(at + words.length() - 1) + 1, type));
        }
        List<String> out = new java.util.ArrayList<>();
        for (NewsRules.Name n : new NewsRules(Gazetteer.bundled()).apply(t, d, names, io.storyline.model.Deadline.none())) {
            out.add(n.type() + ":" + text.substring(t.start(n.start()), t.end(n.end() - 1)));
        }
        return out;
    }

    static String render(List<Mention> ms) {
        StringBuilder sb = new StringBuilder();
        for (Mention m : ms) sb.append(m.type()).append('\t').append(m.start()).append('\t').append(m.end()).append('\t').append(m.text()).append('\n');
        return sb.toString();
    }

    /** Compares with a golden file; -Dstoryline.golden.update=true rewrites it in the sources. */
    static void golden(String name, String actual) throws IOException {
        String expected = resource(name);
        if (Boolean.getBoolean("storyline.golden.update") || expected == null) {
            Files.writeString(Path.of("src/test/resources/io/storyline/annotate/entity", name), actual);
            if (expected == null) throw new AssertionError("golden file " + name + " was missing; written, check it");
            return;
        }
        assertEquals(expected, actual, name);
    }

    @Test
    void envoyTalksGolden() throws IOException {
        String text = resource("envoy-talks.txt");
        List<Mention> ms = recognize(text);
        for (Mention m : ms) assertEquals(text.substring(m.start(), m.end()), m.text());
        golden("envoy-talks.mentions.tsv", render(ms));
    }

    /** Asserts that every {@code TYPE:text} expected is among those found. */
    private static void assertHolds(Set<String> got, String... expected) {
        for (String s : expected) assertTrue(got.contains(s), s + " in " + got);
    }

    /** Asserts that no {@code TYPE:text} found matches {@code regex}. */
    private static void assertNone(Set<String> got, String regex) {
        for (String s : got) assertFalse(s.matches(regex), s + " in " + got);
    }

    private static List<String> persons(List<String> names) {
        return names.stream().filter(n -> n.startsWith("PERSON:")).toList();
    }

    private static Set<String> typed(List<Mention> ms) {
        return ms.stream().map(m -> m.type() + ":" + m.text()).collect(Collectors.toSet());
    }

    @Test
    void aDayAfterAPersonsNameIsNoPartOfIt() {
        // the rule on the model's reading: wire copy puts the day right after the subject
        assertEquals(List.of("PERSON:John Rankin"), persons(afterRules("Governor John Rankin Thursday called for calm.",
                "PERSON:John Rankin Thursday")));
        assertEquals(List.of("PERSON:Rankin"), persons(afterRules("Governor Rankin Tuesday called for calm.", "PERSON:Rankin Tuesday")));
        assertEquals(List.of("PERSON:Joe Friday"), persons(afterRules("Detective Joe Friday called for calm.", "PERSON:Joe Friday")),
                "a given name and a day stay one name");
        assertEquals(List.of("ORG:Clarendon"), afterRules("Two people died in a crash in Clarendon Tuesday.", "ORG:Clarendon Tuesday"));
        assertEquals(List.of("ORG:Mail on Sunday"), afterRules("A poll by the Mail on Sunday shows it.", "ORG:Mail on Sunday"));
        // and on the whole recognizer
        Set<String> got = typed(recognize("British Virgin Islands (BVI) Governor John Rankin Thursday called for calm after "
                + "the premier's arrest. Prime Minister Boris Johnson Tuesday said he was appalled."));
        assertHolds(got, "PERSON:John Rankin", "PERSON:Boris Johnson");
        assertNone(got, ".*(Thursday|Tuesday)");
    }

    @Test
    void anotherLanguageKeepsOnlyTheNamesThatDoNotDependOnEnglish() {
        String text = "Der Außenminister sagte am Montag, die Gespräche würden fortgesetzt. Jens Spahn traf Olaf Scholz in Berlin. "
                + "Es bleibt wenig Zeit, sagte Landrat Müller. Beide Sprünge waren heute exzellent, und China und die EU stimmten zu.";
        io.storyline.annotate.text.TextAnalysis t = ANALYZER.analyze(text);
        Set<String> got = typed(RECOGNIZER.recognizeForeign("a-test", text, t, io.storyline.model.Deadline.none()));
        assertHolds(got, "PERSON:Jens Spahn", "PERSON:Olaf Scholz", "LOC:Berlin", "COUNTRY:China", "ORG:EU");
        assertNone(got, ".*(Zeit|Sprünge|Außenminister|Gespräche|Landrat|Montag).*");
        // what the English reading keeps of it, for contrast: more than the names
        assertTrue(recognize(text).size() > got.size(), recognize(text).toString());
    }

    /** The names of {@code text} read as an article in {@code language}. */
    private static List<Mention> foreign(String text, String language) {
        return RECOGNIZER.recognizeForeign("a-" + language, text, ANALYZER.analyze(text), language, io.storyline.model.Deadline.none());
    }

    @Test
    void inGermanATownOnlyTheListOfTownsKnowsIsANounWhereAnArticleComesBeforeIt() {
        String text = "Die Kinder spielten am vergangenen Sonntag in Kelheim. Kinder brauchen Ruhe, sagte sie am Ende. "
                + "Am Sonntag fuhr sie nach Kelheim und weiter nach Berlin. Die in Kelheim lebenden Menschen blieben.";
        List<Mention> de = foreign(text, "de");
        Set<String> got = typed(de);
        assertHolds(got, "LOC:Kelheim", "LOC:Berlin");
        assertNone(got, ".*:(Kinder|Sonntag|Ende)");
        assertEquals(3, de.stream().filter(m -> m.text().equals("Kelheim")).count(), de.toString());
        // without the language, or in a language that does not capitalise its nouns, the lists alone decide
        Set<String> unknown = typed(foreign(text, "fr"));
        assertTrue(unknown.stream().anyMatch(x -> x.endsWith(":Kinder") || x.endsWith(":Sonntag") || x.endsWith(":Ende")),
                unknown.toString());
    }

    @Test
    void inGermanAnOutletNamedByACommonNounIsThatNounUnlessQuotedOrInCapitals() {
        String text = "Sie warf einen Blick auf das Bild. Die Welt ist groß, und überall auf der Welt wird gestritten. "
                + "Das sagte er der „Welt“, und BILD berichtete es zuerst, wie auch der SPIEGEL.";
        List<Mention> de = foreign(text, "de");
        List<String> orgs = de.stream().filter(m -> m.type().equals("ORG")).map(Mention::text).toList();
        assertEquals(List.of("Welt", "BILD", "SPIEGEL"), orgs, de.toString());
        // read as English, the names stay to the tagger and its rules
        assertTrue(typed(recognize("Germany's Bild newspaper reported the deal, and Die Welt confirmed it.")).contains("ORG:Bild"));
    }

    @Test
    void softwareDevicesAndCurrenciesAreNoNames() {
        Set<String> got = typed(recognize("Python 3.6.0 is now available. Python developers can download it, and Linux "
                + "distributions will ship it. Internet Explorer is the second browser, but Chrome continues to surge, "
                + "Microsoft said. Apple sold more iPhone models in China, and Bitcoin rose. Monty Python reunited in London."));
        assertHolds(got, "ORG:Microsoft", "ORG:Apple", "COUNTRY:China", "LOC:London", "PERSON:Monty Python");
        assertNone(got, ".*:(Python.*|Linux|Internet Explorer|Chrome|iPhone|Bitcoin)");
    }

    @Test
    void countriesUnderEveryName() {
        Set<String> got = typed(recognize("Officials of the DPRK met N.Korea watchers. The ROK and the U.S. agreed. "
                + "North Korea and the Democratic People's Republic of Korea are one country."));
        assertHolds(got, "COUNTRY:DPRK", "COUNTRY:N.Korea", "COUNTRY:ROK", "COUNTRY:U.S.", "COUNTRY:North Korea",
                "COUNTRY:Democratic People's Republic of Korea");
    }

    @Test
    void exclamationAndQuestionMarksCloseNamesUnlessListedWithThem() {
        Set<String> got = typed(recognize("Welcome Brian Ryner to Google! He starts on Monday. Drink Pepsi! Just kidding. "
                + "Is that Yahoo! News or Apple?"));
        assertHolds(got, "ORG:Google", "ORG:Pepsi", "ORG:Yahoo!", "ORG:Apple");
        assertNone(got, ".*(Google|Pepsi)!.*");
    }

    @Test
    void aCompanySuffixBeforeOfClosesTheCompanysName() {
        Set<String> got = typed(recognize("My role changed from The Mozilla Foundation to Google, Inc. of Mountain View, California. "
                + "The team will stay the same."));
        assertHolds(got, "ORG:Google, Inc.", "LOC:Mountain View", "LOC:California");
    }

    @Test
    void aKnownNameDoesNotRunIntoALowerCaseWord() {
        Set<String> got = typed(recognize("I hope that the US army got an enormous amount of information from the raid."));
        assertHolds(got, "COUNTRY:US");
        assertNone(got, "(?s).*army.*");
    }

    @Test
    void namesTheTaggerIsUnsureOfAreDroppedUnlessARuleOrAListKeepsThem() {
        String text = "My daughter does Ballet and Cheerleading on Fridays with Coach Dana Whitfield in Springfield.";
        Set<String> all = typed(recognize(NerModel.Decoding.NONE, text));
        assertHolds(all, "LOC:Cheerleading", "PERSON:Dana Whitfield", "LOC:Springfield");
        Set<String> sure = typed(recognize(text));
        assertNone(sure, "LOC:Cheerleading");
        assertHolds(sure, "PERSON:Dana Whitfield", "LOC:Springfield");
    }

    @Test
    void aBiasBelowZeroMakesATypeEarnItsTokens() {
        String text = "Dana Whitfield grew up in Kelmstadt and studied law.";
        Set<String> plain = typed(recognize(NerModel.Decoding.NONE, text));
        assertHolds(plain, "LOC:Kelmstadt", "PERSON:Dana Whitfield");
        NerModel.Decoding noPlaces = new NerModel.Decoding(new NerModel.PerType(0, 0, -1000, 0), NerModel.PerType.ZERO);
        Set<String> biased = typed(recognize(noPlaces, text));
        assertNone(biased, "LOC:Kelmstadt");
        assertHolds(biased, "PERSON:Dana Whitfield");
    }

    @Test
    void anOutletListedWithItsArticleIsNamedAfterALowerCaseThe() {
        Set<String> got = typed(recognize("A spokesman told the Guardian on Monday. An official told the Telegraph. "
                + "The probe brought back a sample from the Sun. Do you think this is a revival of the Left?"));
        assertHolds(got, "ORG:Guardian", "ORG:Telegraph");
        assertNone(got, "ORG:(Sun|Left)");
    }

    @Test
    void theOneStrangerInAListOfPlacesIsAPlace() {
        Set<String> got = typed(recognize("The bombings left 22 people dead in Mosul, Baiji, and Tuz. Hundreds of people protested."));
        assertHolds(got, "LOC:Mosul", "LOC:Baiji", "LOC:Tuz");
    }

    @Test
    void aStatesPostalCodeAfterATownAndACommaIsAPlace() {
        Set<String> got = typed(recognize("We play board games and live in or around the Chillicothe, OH area. "
                + "Send the forms to 111 Market Place, Baltimore, MD 21202 before Friday."));
        assertHolds(got, "LOC:Chillicothe", "LOC:OH", "LOC:Baltimore", "LOC:MD");
    }

    @Test
    void aCompanySuffixTakesTheCapitalisedWordsBeforeItsCommaAndNeverStandsAlone() {
        Set<String> got = typed(recognize("Jerry Cloud, Senior Vice President of CCNG, Inc. (713) 235-1972, called and "
                + "informed me of the change."));
        assertHolds(got, "ORG:CCNG, Inc.");
        assertFalse(got.contains("ORG:Inc."), got.toString());
    }

    @Test
    void knownPlacesInASentencePrintedInLowerCaseArePlacesButCommonWordsAreNot() {
        Set<String> got = typed(recognize("i am from mexico traveling to san francisco one week. "
                + "we ate turkey off the good china at the party in kerala"));
        assertHolds(got, "COUNTRY:mexico", "LOC:san francisco", "LOC:kerala");
        assertNone(got, ".*:(turkey|china)");
    }

    @Test
    void aKnownGivenNameReadAsAPlaceOrAnOrganisationIsAPerson() {
        String text = "Natasha is the BEST photographer we have ever worked with. She took our "
                + "wedding pictures. Let me know when you get the quotes from Pauline. Both Tina and Vicky are excellent.";
        assertHolds(typed(recognize(text)), "PERSON:Pauline", "PERSON:Vicky");
        // the rule itself, whatever the model reads: a known given name read as a place or an organisation
        List<String> kept = afterRules(text, "LOC:Natasha", "ORG:Vicky");
        assertEquals(List.of("PERSON:Natasha", "PERSON:Vicky"), kept);
    }

    @Test
    void arabicNameParticlesStayInsideThePersonsName() {
        String text = "Saudi Crown Prince Mohammed bin Salman arrived in Washington. The talks in "
                + "Abu Dhabi were hosted by Sheikh Mohamed bin Zayed al-Nahyan. Radical Shiite cleric Muqtada al-Sadr spoke.";
        assertHolds(typed(recognize(text)), "PERSON:Mohammed bin Salman", "PERSON:Mohamed bin Zayed al-Nahyan");
        // the rule itself, whatever the model reads: the particle and the name after it join the name before
        List<String> kept = afterRules(text, "PERSON:Mohammed", "PERSON:Muqtada");
        assertTrue(kept.containsAll(List.of("PERSON:Mohammed bin Salman", "PERSON:Muqtada al-Sadr"))
                && !kept.contains("PERSON:Muqtada") && !kept.contains("PERSON:Mohammed"), kept.toString());
    }

    @Test
    void capitalsActAsGovernmentsButStayPlacesWhereThingsHappen() {
        Set<String> got = typed(recognize("Pyongyang rejected the offer on Monday. The envoy stayed in Pyongyang for a week."));
        assertTrue(got.contains("COUNTRY:Pyongyang"), got.toString());
        assertTrue(got.contains("LOC:Pyongyang"), got.toString());
        // a verb after the name does not make the place of an event its government
        Set<String> venue = typed(recognize("The second summit in Hanoi ended without a deal."));
        assertTrue(venue.contains("LOC:Hanoi") && !venue.contains("COUNTRY:Hanoi"), venue.toString());
    }

    @Test
    void faithsRegionsAndFeastsAreNoNames() {
        List<Mention> ms = recognize("Sunni and Shia leaders met after the Sunni boycott of the vote. Hindu pilgrims and "
                + "Muslim traders crowded the square during Ramadan. Western diplomats said the West African country would "
                + "vote, while Southeast Asian markets fell. Buddhist monks and Sikh soldiers joined Orthodox priests. "
                + "The Catholic Church and the Christian Democratic Union in Berlin disagreed. The label has released "
                + "recordings of Tuareg guitar bands. English Wikipedians are tracing roads, and Bengalis are pinpointing "
                + "the sites. Rohingya refugees and Kurds fled, and Tamil leaders met Uyghur exiles in Tamil Nadu.");
        Set<String> got = typed(ms);
        for (Mention m : ms) {
            assertFalse(m.text().matches("(?i)(sunni|shia|hindu|muslim|ramadan|western|west african|southeast asian|buddhist|sikh|orthodox"
                    + "|tuareg|bengalis|rohingya|kurds|tamil|uyghur)"), m + " in " + got);
        }
        assertTrue(got.contains("LOC:Tamil Nadu"), got.toString());
        assertTrue(got.contains("LOC:Berlin"), got.toString());
        assertTrue(got.stream().anyMatch(s -> s.endsWith(":Catholic Church")), "a longer name keeps its type: " + got);
        List<Mention> others = recognize("The church was rebuilt in the Baroque style. The Ebola outbreak spread to Guinea "
                + "before Zika cases were reported. Marxism shaped the party, and Brexit split it. She doesn't tutor in the "
                + "Summer season. Many Saturdays in Spring and Fall she'll take them to the town playground. On the 4th of "
                + "Winter, she has an appointment at the clinic.");
        for (Mention m : others) {
            assertFalse(m.text().matches("Baroque|Ebola|Zika|Marxism|Brexit|Summer|Spring|Winter"), m + " in " + typed(others));
        }
        assertTrue(typed(others).contains("COUNTRY:Guinea"), typed(others).toString());
        assertTrue(got.stream().anyMatch(s -> s.endsWith(":Christian Democratic Union")), got.toString());
    }

    @Test
    void aTownListedAmongOrganisationsIsOneOfThem() {
        Set<String> got = typed(recognize("Microsoft, Google and Amazon face new rules. Reuters, AFP and Kyodo editors "
                + "met in Paris, Lyon and Marseille. Delegates from Kenya, Uganda and Tanzania met in Arusha."));
        assertTrue(got.contains("ORG:Amazon"), got.toString());
        assertHolds(got, "LOC:Paris", "LOC:Lyon", "LOC:Marseille", "COUNTRY:Kenya", "COUNTRY:Uganda", "COUNTRY:Tanzania");
    }

    @Test
    void worksAndVesselsAreNoOrganisationsOrPlaces() {
        Set<String> got = typed(recognize("Grey Harbour Lights is the third album by the Norwegian band Kvalsund. "
                + "Her debut novel, Salt Meridian Station, was published in 2019 by Harrow Press. The crew of the cruise ship "
                + "Coral Vantage were quarantined in Valletta. He appeared in the film Northbound Engine Company, which was "
                + "shot in Alberta."));
        for (String w : List.of("Grey Harbour Lights", "Salt Meridian Station", "Coral Vantage", "Northbound Engine Company")) {
            assertTrue(got.stream().noneMatch(g -> g.endsWith(":" + w)), w + " is a work's or a ship's name: " + got);
        }
        assertTrue(got.containsAll(Set.of("ORG:Kvalsund", "ORG:Harrow Press", "LOC:Valletta", "LOC:Alberta")), got.toString());
        // a verb, a listed name after the noun, a noun the work's word only modifies
        got = typed(recognize("The Bluejays will play Indiana State on Saturday. In this movie Google and Amazon create a "
                + "new world of media. Al-Nour Publishing House is a book publisher founded in Beirut."));
        assertTrue(got.containsAll(Set.of("ORG:Indiana State", "ORG:Google", "ORG:Al-Nour Publishing House")), got.toString());
    }

    @Test
    void eventsAndAgreementsAreNoOrganisationsOrPlaces() {
        List<Mention> ms = recognize("The Treaty of Versailles was signed at the Palace of Versailles. Veterans of the "
                + "Iraq War ran the Boston Marathon. The Council of Europe met in Strasbourg.");
        Set<String> got = typed(ms);
        for (Mention m : ms) {
            assertFalse(m.text().contains("Treaty") || m.text().endsWith("War") || m.text().endsWith("Marathon"), m + " in " + got);
        }
        assertTrue(got.contains("LOC:Palace of Versailles"), got.toString());
        assertTrue(got.contains("ORG:Council of Europe"), got.toString());
        assertTrue(got.contains("COUNTRY:Iraq"), "the place an event is named after stays a place: " + got);
        got = typed(recognize("She won the Westbury Bank Tennis Classic in 2004 and the Harlowe Campaign medal in 1864."));
        assertTrue(got.stream().noneMatch(g -> g.contains("Classic") || g.contains("Campaign")), "competitions are events: " + got);

        ms = recognize("The film won the Academy Award for Best Picture. During the Middle Ages the town belonged to "
                + "the Holy Roman Empire. He speaks Mandarin and Cantonese. Hurricane Maria devastated Dominica. Maria's winds "
                + "weakened over the sea.");
        got = typed(ms);
        for (Mention m : ms) {
            assertFalse(m.text().contains("Award") || m.text().equals("Mandarin") || m.text().contains("Maria"), m + " in " + got);
        }
        assertTrue(got.contains("COUNTRY:Holy Roman Empire"), "a state that no longer exists is still a state: " + got);
    }

    @Test
    void aTownThatPlaysAMatchIsItsClub() {
        Set<String> got = typed(recognize("Liverpool beat Leeds 3-1 at Anfield on Sunday. Valencia lost 1-0 to Villarreal. "
                + "Chelsea striker Nicolas Jackson scored twice as Chelsea beat Brentford. The coach flew to Leeds on Monday to sign a striker."));
        assertHolds(got, "ORG:Liverpool", "ORG:Leeds", "ORG:Valencia", "ORG:Villarreal", "ORG:Chelsea", "LOC:Anfield");
        assertTrue(got.contains("LOC:Leeds"), "where nobody plays, the town stays a place: " + got);
        assertFalse(typed(recognize("Protesters marched from Leeds to York on Sunday.")).contains("ORG:Leeds"));
    }

    @Test
    void aSaintsPossessiveOpensTheNameOfWhatBearsIt() {
        Set<String> got = typed(recognize("The patient was taken to St Mary's Hospital in Paddington. Beijing's Liaison "
                + "Office issued a statement."));
        assertTrue(got.contains("ORG:St Mary's Hospital"), got.toString());
        assertFalse(got.stream().anyMatch(s -> s.contains("Beijing's")), "a place's possessive stays apart: " + got);
        got = typed(recognize("Officials said Joe Biden's White House had not responded by Friday."));
        assertFalse(got.stream().anyMatch(s -> s.contains("Biden's")), "only a saint's possessive opens a name: " + got);
        // the saint read as a person, or as a name of its own; the apostrophe alone after a name in "s"
        assertHolds(typed(recognize("St. Brigid's Primary School in Drogheda will close for two weeks. He was educated at "
                + "St. James' Mission School in Mokhotlong.")), "ORG:St. Brigid's Primary School", "ORG:St. James' Mission School");
    }

    @Test
    void aCompanysSuffixClosesItsName() {
        Set<String> got = typed(recognize("Officials said the company would send the guaranty of Constellation Power Source, "
                + "Inc. to CCNG, Inc. in Houston. Shares of Apple Inc. rose in New York. Bank of America said nothing."));
        assertHolds(got, "ORG:Constellation Power Source, Inc.", "ORG:CCNG, Inc.", "ORG:Apple Inc.", "ORG:Bank of America");
        assertFalse(got.contains("ORG:Inc."), got.toString());
    }

    @Test
    void aDefinitionNamesTheKindOfWhatItDefines() {
        Set<String> got = typed(recognize("Deutsche Bahn is a German railway company based in Berlin. Critics praised "
                + "Marisol Vantage, a Chilean band, for the album. Hollis Grange is a hamlet in the north of the province."));
        assertHolds(got, "ORG:Deutsche Bahn", "ORG:Marisol Vantage", "LOC:Hollis Grange");
        got = typed(recognize("Reporters met Halvor Brandt, a party official, in Oslo on Monday."));
        assertTrue(got.contains("PERSON:Halvor Brandt"), "a kind noun that only modifies is no definition: " + got);
        got = typed(recognize("Refugees reached the towns of Marovo and Kelsby after dark."));
        assertHolds(got, "LOC:Marovo", "LOC:Kelsby");
    }

    @Test
    void anUnknownAcronymAfterTheIsAnOrganisation() {
        Set<String> got = typed(recognize("Someone in the CPA, which ran the country, planned it. Voters blamed the KPU. "
                + "Engineers tested the DTX. Later the BKT said it would wait."));
        assertTrue(got.contains("ORG:CPA"), got.toString());
        assertTrue(got.contains("ORG:KPU"), got.toString());
        assertTrue(got.contains("ORG:DTX"), got.toString());
        assertTrue(got.contains("ORG:BKT"), "a verb of saying may follow: " + got);
    }

    @Test
    void anUnknownAcronymAfterAPersonAndOfIsTheirOrganisation() {
        Set<String> got = typed(recognize("Wong Kwok-hing of FTU was defeated, while Helena Marsh of KDV, and a "
                + "councillor, won."));
        assertTrue(got.contains("ORG:FTU"), got.toString());
        assertTrue(got.contains("ORG:KDV"), got.toString());
        got = typed(recognize("Helena Marsh of KDV fame spoke."));
        assertTrue(!got.contains("ORG:KDV"), "an acronym that modifies a word stays as the model read it: " + got);
    }

    @Test
    void aSeatOfGovernmentThatActsIsAnOrganisation() {
        Set<String> got = typed(recognize("The Kremlin said on Monday that talks would continue. Downing Street "
                + "declined to comment."));
        assertHolds(got, "ORG:Kremlin", "ORG:Downing Street");
        got = typed(recognize("Tourists queued outside the Kremlin on Monday. He lived on Downing Street for years."));
        assertHolds(got, "LOC:Kremlin", "LOC:Downing Street");
        // a seat of government that holds a role is the institution too
        got = typed(recognize("Dmitry Peskov, the Kremlin spokesman, said Putin had no plans. White House press secretary "
                + "Jen Psaki said no. The White House lawn was green."));
        assertHolds(got, "ORG:Kremlin", "ORG:White House", "LOC:White House", "PERSON:Jen Psaki");
    }

    @Test
    void anUnknownNameAmongTheWordsOfCompaniesIsAnOrganisation() {
        Set<String> got = typed(recognize("A spokesman for Zelvana declined to comment. Marta Holm, the chief executive "
                + "of Brontex, said sales fell. Shares of Tamlin rose 4 percent. Analysts at Berenfield expect growth."));
        assertHolds(got, "ORG:Zelvana", "ORG:Brontex", "ORG:Tamlin", "ORG:Berenfield", "PERSON:Marta Holm");
        got = typed(recognize("A spokesman for John Carter declined to comment. Shares of companies in Texas rose."));
        assertHolds(got, "PERSON:John Carter", "LOC:Texas");
    }

    @Test
    void aTradeOrABodyAfterANameOfItsOwnEndsAnOrganisation() {
        Set<String> got = typed(recognize("Analysts at Morvane Research said sales fell. Greystone Dynamics said it would "
                + "cut jobs. She played for Dunmore Rovers before signing with Castlebar United. The Harlan Quartet "
                + "performed on Sunday. The Calder Trust bought the estate."));
        assertHolds(got, "ORG:Morvane Research", "ORG:Greystone Dynamics", "ORG:Dunmore Rovers", "ORG:Harlan Quartet",
                "ORG:Calder Trust");
        // after common words the trade names a field or a department, not a company
        got = typed(recognize("He studied Mechanical Engineering at Ohio State. She works in Human Resources. The Market "
                + "Research team met."));
        assertNone(got, "ORG:(Mechanical|Human|Market).*");
    }

    @Test
    void aGroupOfPeopleOpeningASentenceIsNoPartOfTheOrganisationAfterOf() {
        Set<String> got = typed(recognize("Employees of Norland Bank went on strike. Shareholders of Norland Bank voted."));
        assertHolds(got, "ORG:Norland Bank");
        assertNone(got, "ORG:(Employees|Shareholders).*");
    }

    @Test
    void aListedOrganisationHoldsThePersonReadInsideIt() {
        Set<String> got = typed(recognize("Friends of the Earth said the plan was weak."));
        assertHolds(got, "ORG:Friends of the Earth");
        assertNone(got, "PERSON:.*");
    }

    @Test
    void anAcronymSpeltByLowerCaseWordsIsNoName() {
        Set<String> got = typed(recognize("Patients with post-traumatic stress disorder (PTSD) were studied. PTSD affects many "
                + "veterans. The Zorvan Liberation Front (ZLF) claimed the attack. The ZLF said it would fight on."));
        assertNone(got, ".*:PTSD");
        assertHolds(got, "ORG:Zorvan Liberation Front", "ORG:ZLF");
    }

    @Test
    void aListedOutletAfterWritingInTheIsAnOrganisation() {
        Set<String> got = typed(recognize("The study, published in the Lancet, found no link. He wrote in the Guardian that "
                + "the plan would fail."));
        assertHolds(got, "ORG:Lancet", "ORG:Guardian");
    }

    @Test
    void anUnknownNameBeforeAPossessiveAndKinOrLifeIsAPerson() {
        // the rule on the model's reading: in a short text a lone family name may be read as an organisation
        assertEquals(List.of("PERSON:Carder"), afterRules("The surgery would probably end Carder's life.", "ORG:Carder"));
        assertEquals(List.of("PERSON:Penley"), afterRules("They waited for Penley's father to arrive.", "LOC:Penley"));
        assertEquals(List.of("PERSON:Bolsonaro", "ORG:Human Rights Watch"), afterRules(
                "Bolsonaro's government was criticised by Human Rights Watch.", "ORG:Human Rights Watch"));
        // a listed organisation or place keeps its type
        assertEquals(List.of("ORG:Apple"), afterRules("Apple's family of products grew.", "ORG:Apple"));
        assertEquals(List.of("COUNTRY:Kenya"), afterRules("Kenya's children suffer.", "LOC:Kenya"));
    }

    @Test
    void anUnknownNameThatOnlyAPersonCanBeIsAPerson() {
        // the rules on the model's reading: in a short text a lone family name may be read as a place
        assertEquals(List.of("PERSON:Langejans"), afterRules("Langejans was born in a small town.", "LOC:Langejans"));
        assertEquals(List.of("PERSON:Bobick"), afterRules("After the fight Bobick died.", "LOC:Bobick"));
        assertEquals(List.of("PERSON:Braverman", "PERSON:Sunak"), afterRules("Braverman (left) and Sunak (right) met.",
                "LOC:Braverman", "ORG:Sunak"));
        // companies bear their founders' names: a listed organisation that only a person can be is one
        assertEquals(List.of("PERSON:Hilton", "LOC:Las Vegas"), afterRules("Hilton was arrested in Las Vegas.", "ORG:Hilton", "LOC:Las Vegas"));
        // listed places, what an organisation does too, and a sentence's unread first word are left as they are
        assertEquals(List.of("COUNTRY:Kenya"), afterRules("Kenya was elected to the council.", "LOC:Kenya"));
        assertEquals(List.of("ORG:Apple"), afterRules("Apple was fined.", "ORG:Apple"));
        assertEquals(List.of(), afterRules("Nobody was injured.", new String[0]));
    }

    @Test
    void aKoreanFamilyNameAndAHyphenatedGivenNameAreOnePerson() {
        assertEquals(List.of("PERSON:Kim Jong-un", "PERSON:Moon Jae-in", "LOC:Panmunjom"), afterRules(
                "Kim Jong-un met Moon Jae-in at Panmunjom.", "PERSON:Kim Jong-un", "PERSON:Moon", "LOC:Panmunjom"));
        assertEquals(List.of("PERSON:Yoon Suk-yeol"), afterRules("Yoon Suk-yeol won the election.", new String[0]));
        // not a word that is no given name's shape, nor a name of another kind
        assertEquals(List.of("PERSON:Moon"), afterRules("Moon Co-Founded the firm.", "PERSON:Moon"));
    }

    @Test
    void aLoneNameTheClauseRefersToAsAPersonIsAPerson() {
        assertEquals(List.of("PERSON:Varnell"), afterRules("Varnell founded the company in his dorm room in 1984.", "ORG:Varnell"));
        // a listed company only by "his own", "himself", "herself" or "said he"
        assertEquals(List.of("ORG:Interpol"), afterRules("Interpol issued a red notice for his arrest.", "ORG:Interpol"));
        assertEquals(List.of("PERSON:Bloomberg"), afterRules("Bloomberg spent more than $500 million of his own money.", "ORG:Bloomberg"));
        assertEquals(List.of("PERSON:Boeing"), afterRules("Boeing flew the plane himself.", "ORG:Boeing"));
        assertEquals(List.of("PERSON:Armani"), afterRules("Armani said that he would not use fur.", "ORG:Armani"));
        assertEquals(List.of("PERSON:Hitzig"), afterRules("In 1870 Hitzig published his findings.", new String[0]));
        // "his" after a verb of saying, in another clause, or after another person may be another's
        assertEquals(List.of("ORG:Apple"), afterRules("Apple said his departure would not change its plans.", "ORG:Apple"));
        assertEquals(List.of("ORG:Microsoft"), afterRules("Microsoft released the update after his team found the bug.", "ORG:Microsoft"));
        assertEquals(List.of("PERSON:Cook", "ORG:Apple"), afterRules("Cook resigned. Apple praised his work.", "PERSON:Cook", "ORG:Apple"));
        assertEquals(List.of("ORG:Scientology"), afterRules("After calling the Scientology organization about his case, she left.",
                "ORG:Scientology"));
        // a place keeps its type
        assertEquals(List.of("COUNTRY:Jordan"), afterRules("Jordan sent his envoy to the talks.", "LOC:Jordan"));
    }

    @Test
    void aNameOpeningOrEndingWithAWordOfLandOrWaterIsAPlace() {
        // on the model's reading: it reads such names as organisations
        assertEquals(List.of("LOC:River Irwell"), afterRules("Storm Babet flooded homes along the River Irwell.", "ORG:River Irwell"));
        assertEquals(List.of("LOC:Thuli Bheri River"), afterRules("The floods swept away two bridges over the Thuli Bheri River.",
                "ORG:Thuli Bheri River"));
        assertEquals(List.of("LOC:Alay Range"), afterRules("The village lies on the flank of the Alay Range.", "ORG:Alay Range"));
        // not where an organisation's word or a listed organisation says otherwise
        assertEquals(List.of("ORG:Tennessee Valley Authority"), afterRules("The Tennessee Valley Authority built the dam.",
                "ORG:Tennessee Valley Authority"));
        assertEquals(List.of("ORG:Pacific Islands Forum", "LOC:Suva"), afterRules("The Pacific Islands Forum met in Suva.",
                "ORG:Pacific Islands Forum", "LOC:Suva"));
    }

    @Test
    void aChainOfLandIsNoCompany() {
        assertHolds(typed(recognize("The Great Wall is a chain of fortifications built over centuries.")), "LOC:Great Wall");
        // a chain of shops is
        assertHolds(typed(recognize("Bilka, a chain of hypermarkets, opened a store.")), "ORG:Bilka");
    }

    @Test
    void aPossessiveTheTaggerReadInsideAnOrganisationStaysInIt() {
        assertEquals(List.of("ORG:King's College Hospital", "LOC:London"), afterRules(
                "She led the trauma unit at King's College Hospital in London.", "ORG:King's College Hospital", "LOC:London"));
        // a listed owner's possessive stays apart
        assertEquals(List.of("ORG:MIT", "ORG:Computer Science and Artificial Intelligence Laboratory"), afterRules(
                "Researchers at MIT's Computer Science and Artificial Intelligence Laboratory built it.",
                "ORG:MIT's Computer Science and Artificial Intelligence Laboratory"));
    }

    @Test
    void groundsRinksAndCampsArePlaces() {
        Set<String> got = typed(recognize("He pitched a home game against the Boston Braves at Forbes Field. The clubs met at the "
                + "Victoria Skating Rink in Montreal. The regiment was formed at Camp Howe, near Pittsburgh."));
        assertHolds(got, "LOC:Forbes Field", "LOC:Victoria Skating Rink", "LOC:Camp Howe");
        // a company named after its camp, and a magazine named like a ground, are no places
        got = typed(recognize("The developer represents Camp Margaritaville Resorts. Read the November issue of Scottish Field magazine."));
        assertNone(got, "LOC:.*(Resorts|Scottish Field).*");
    }

    @Test
    void aPhraseOpeningTheSentenceIsNoApposition() {
        // "In Valparaíso, the … association": the comma closes the opening phrase; the place is no association
        Set<String> got = typed(recognize("In Valparaíso, the neighbourhood association of Cerro Alegre asked for help. Potosí was "
                + "one of the largest cities in the Americas."));
        assertHolds(got, "LOC:Valparaíso", "LOC:Americas");
        // an apposition after the name's own phrase still defines it
        assertHolds(typed(recognize("He worked at Lumetra, a software maker, for ten years.")), "ORG:Lumetra");
    }

    @Test
    void twoListedOrganisationsJoinedByAndAreTwo() {
        Set<String> got = typed(recognize("The decision surprised analysts at Deutsche Bank and Commerzbank. The Australian "
                + "Competition and Consumer Commission took Coles to court."));
        assertHolds(got, "ORG:Deutsche Bank", "ORG:Commerzbank", "ORG:Australian Competition and Consumer Commission");
    }

    @Test
    void aSeatOfGovernmentThatIsThePassivesAgentActs() {
        assertHolds(typed(recognize("Gazprom and Rosneft are both controlled by the Kremlin.")), "ORG:Kremlin");
        assertHolds(typed(recognize("The plan was approved by the White House on Monday.")), "ORG:White House");
        // "by" as "near" is where it happens
        assertHolds(typed(recognize("Protesters gathered by the White House on Monday.")), "LOC:White House");
    }

    @Test
    void whatAStudyIsPublishedInIsAJournal() {
        assertHolds(typed(recognize("The study, published in Nature, was funded by the Wellcome Trust. His article appeared in "
                + "Foreign Affairs. The results were published in The Journal of Nutrition.")), "ORG:Nature", "ORG:Foreign Affairs",
                "ORG:The Journal of Nutrition");
        // places, languages and months are not
        Set<String> got = typed(recognize("The paper was published in London in January. The book appeared in English."));
        assertNone(got, "ORG:.*");
        assertHolds(got, "LOC:London");
    }

    @Test
    void documentsInstrumentsAndEponymousDiseasesAreNoNames() {
        Set<String> got = typed(recognize("The Bill of Rights was ratified in 1791. The Geneva Conventions protect prisoners of war. "
                + "Iran signed the Joint Comprehensive Plan of Action in 2015, and Brazil the Convention on Biological Diversity."));
        assertNone(got, ".*(Bill|Conventions|Plan|Convention).*");
        assertHolds(got, "LOC:Geneva", "COUNTRY:Iran", "COUNTRY:Brazil");
        got = typed(recognize("The Hubble Space Telescope was launched in 1990. She won a Fulbright Scholarship and a Guggenheim Fellowship. "
                + "The Dow Jones Industrial Average fell 2 percent and the Nasdaq Composite slid. The regiment fought at the Second Battle "
                + "of Bull Run."));
        assertNone(got, ".*(Hubble|Fulbright|Guggenheim|Dow|Nasdaq|Battle).*");
        got = typed(recognize("He was diagnosed with Parkinson's disease in 2010 and with Alzheimer's later. Moore's law held for decades."));
        assertNone(got, ".*(Parkinson|Alzheimer|Moore).*");
        // the person himself stays a person
        assertHolds(typed(recognize("James Parkinson's essay described the disease. Gordon Moore's company grew.")),
                "PERSON:James Parkinson", "PERSON:Gordon Moore");
    }

    @Test
    void anOrganisationReadOverOfOrForAListedOneIsTwo() {
        Set<String> got = typed(recognize("He pitched for the Oakland Athletics of Major League Baseball. He plays in the Swiss Super League for FC Basel."));
        assertHolds(got, "ORG:Oakland Athletics", "ORG:Major League Baseball", "ORG:Swiss Super League", "ORG:FC Basel");
        got = typed(recognize("The Department of Homeland Security issued a warning. He became a Member of Parliament in 1997."));
        assertNone(got, "ORG:(Department|Member)");
    }

    @Test
    void aWordOpeningItsDefinitionTakesTheDefinedKindOverAPersonsFamilyName() {
        Set<String> got = typed(recognize("The company was founded by Guido Vorelli in 1898. VORELLI is a major Brazilian "
                + "manufacturer of bicycles. In the 1960s, Vorelli achieved some popularity."));
        assertHolds(got, "PERSON:Guido Vorelli", "ORG:VORELLI", "ORG:Vorelli");
        assertNone(got, "PERSON:(VORELLI|Vorelli)");
        got = typed(recognize("Quimbrey is a village in Dorset. Dravnik is a small town in the north of the country. "
                + "Harnow is a British company making tiles."));
        assertHolds(got, "LOC:Quimbrey", "LOC:Dravnik", "ORG:Harnow");
        // the family keeps its person's name; a word of anyone, or a known one, opening a definition is no name
        assertHolds(typed(recognize("Vorelli is a Brazilian manufacturer of bicycles. It was run by the Vorelli family.")),
                "ORG:Vorelli", "PERSON:Vorelli");
        assertNone(typed(recognize("Tomorrow is a holiday. Nothing is a problem. Everyone is a winner.")), ".*");
    }

    @Test
    void aPlaceBeforeOnePluralNamesASide() {
        Set<String> got = typed(recognize("Cowley broke in as a rookie with the St. Louis Eagles in 1933. The game against Dundee Stars "
                + "was postponed after the death of a Nottingham Panthers forward."));
        assertHolds(got, "ORG:St. Louis Eagles", "ORG:Dundee Stars", "ORG:Nottingham Panthers");
        // places' plurals, laws and events stay as read, and so does a German noun after a town
        got = typed(recognize("She moved to Palm Springs and later to Boston Heights. The Helsinki Accords were signed in 1975. The Oslo Talks resumed."));
        assertHolds(got, "LOC:Palm Springs", "LOC:Boston Heights");
        assertNone(got, "ORG:.*");
        assertNone(typed(recognize("Von Linz und Graz bis Istanbul Bims und Busse wunderbar in Fuzos passen.")), "ORG:.*");
    }

    @Test
    void alliancesMovementsAndCommissionsAreKindsOfOrganisation() {
        Set<String> got = typed(recognize("The Anguilla United Front is an alliance of political parties. Tarvex, a commission of "
                + "experts, met. It will be chaired by Kate Dalmeny from food and farming alliance Sustain."));
        assertHolds(got, "ORG:Anguilla United Front", "ORG:Tarvex", "ORG:Sustain", "PERSON:Kate Dalmeny");
    }

    @Test
    void militaryUnitsAndCoordinatedPartiesAreOrganisations() {
        Set<String> got = typed(recognize("He was assigned to the Eighth Air Force in 1943. The 139th Regiment was formed in 1862. "
                + "He served in the 1st Marine Division. The US Seventh Fleet sailed."));
        assertHolds(got, "ORG:Eighth Air Force", "ORG:139th Regiment", "ORG:1st Marine Division", "ORG:US Seventh Fleet");
        got = typed(recognize("The Labor and Liberal parties both lost seats. The Japanese and Korean parties met."));
        assertHolds(got, "ORG:Labor", "ORG:Liberal");
        assertNone(got, "ORG:Japanese");
    }

    @Test
    void abbreviationsOfCommonNounsAreNoNames() {
        Set<String> got = typed(recognize("He earned an MBA before joining the firm. The NGO said 40 people died. The ATM was empty. "
                + "The NHS needs money, the WHO said."));
        assertNone(got, ".*(MBA|NGO|ATM).*");
        assertHolds(got, "ORG:NHS", "ORG:WHO");
    }

    @Test
    void aWorksCreatorAfterByIsAPerson() {
        Set<String> got = typed(recognize("The portrait was painted by Velázquez in 1656. The theory was refined by Heisenberg and Pauli. "
                + "Zuma was succeeded by Ramaphosa."));
        assertHolds(got, "PERSON:Velázquez", "PERSON:Heisenberg", "PERSON:Pauli", "PERSON:Ramaphosa");
        // a modifier of the agent, a listed company, or a maker's verb that companies do
        got = typed(recognize("The articles were written by Turkish-speaking volunteers. The report was written by Reuters. "
                + "The album was produced by Timbaland."));
        assertNone(got, "PERSON:.*");
    }

    @Test
    void stormsAndAwardsNamedByAWordOfTheirOwnAreNoNames() {
        assertNone(typed(recognize("FIFA World Cup 2018 day five: Sweden win. A stamp for the Paralympic Games was issued.")),
                ".*(FIFA|Games).*");
        assertHolds(typed(recognize("Epic Games sued Apple.")), "ORG:Epic Games");
        assertNone(typed(recognize("The Yankees won the World Series in 2009. The Great Depression hit the United States hard. "
                + "The temple was built during the Tang Dynasty.")), ".*(Series|Depression|Dynasty).*");
        Set<String> got = typed(recognize("Hurricane Katrina struck New Orleans in 2005. Katrina killed more than 1,800 people."));
        assertNone(got, ".*Katrina.*");
        assertHolds(got, "LOC:New Orleans");
        got = typed(recognize("She won an Oscar in 1998, two Grammys later and a Golden Globe. The film swept the Oscars."));
        assertNone(got, ".*(Oscar|Grammys|Globe).*");
        // not the given name
        assertHolds(typed(recognize("Oscar Ruiz said the film would win. He told Oscar to wait.")), "PERSON:Oscar Ruiz", "PERSON:Oscar");
    }

    @Test
    void anOutletListedWithItsArticleIsNamedBeforeWhatItDoes() {
        Set<String> got = typed(recognize("The Economist called it a failure. The Hindu reported the attack."));
        assertHolds(got, "ORG:Economist", "ORG:Hindu");
        // not before a noun it modifies, nor in lower case
        got = typed(recognize("The Hindu festival of Diwali began. The economist said prices would rise."));
        assertNone(got, "ORG:.*");
    }

    @Test
    void anOrganisationEndingInAWeakerWordEndsAtAndBeforeAnother() {
        Set<String> got = typed(recognize("He was voted MVP by the Dallas Morning News and Houston Post in 1969. The debate was "
                + "moderated by Lester Holt and Kristen Welker of NBC News and Hugh Hewitt of Salem Radio Network."));
        assertHolds(got, "ORG:Dallas Morning News", "ORG:Houston Post", "ORG:NBC News", "ORG:Salem Radio Network",
                "PERSON:Kristen Welker", "PERSON:Hugh Hewitt");
        // one organisation word alone after "and" ends the name
        got = typed(recognize("The Ministry of Information and Broadcasting said no."));
        assertHolds(got, "ORG:Ministry of Information and Broadcasting");
    }

    @Test
    void aTheCapitalisedInsideASentenceIsPartOfTheOrganisation() {
        Set<String> got = typed(recognize("Farah Qureshi, a columnist for The Straits Times, argued that rates would rise."));
        assertHolds(got, "ORG:The Straits Times");
        // not opening a sentence, nor after a dateline's dash, nor in lower case
        got = typed(recognize("TOKYO - The Bank of Japan ended negative rates. The Bank of Japan said so, and the Bank "
                + "of Japan agreed."));
        assertHolds(got, "ORG:Bank of Japan");
        assertNone(got, "ORG:[Tt]he .*");
    }

    @Test
    void aUnitOfACompanyIsACompany() {
        Set<String> got = typed(recognize("Tallis, a unit of Brenmoor Holdings, makes valves."));
        assertHolds(got, "ORG:Tallis", "ORG:Brenmoor Holdings");
    }

    @Test
    void aTitleHoldsTheInstitutionsWordsBeforeItsHeadAndACapitalsMediaAreItsGovernments() {
        Set<String> got = typed(recognize("Japan's Chief Cabinet Secretary Yoshihide Suga condemned the launch. China's "
                + "foreign ministry spokesman Geng Shuang urged restraint. Pyongyang's state media called it a success."));
        assertHolds(got, "TITLE:Japan's Chief Cabinet Secretary", "TITLE:China's foreign ministry spokesman",
                "PERSON:Yoshihide Suga", "PERSON:Geng Shuang", "COUNTRY:Pyongyang");
        // an institution's word alone makes no title
        got = typed(recognize("The Central Committee met on Monday, and the state department said no."));
        assertNone(got, "TITLE:.*");
    }

    @Test
    void capitalsThatActInThePresentOrHaveYetToActAreTheirGovernments() {
        Set<String> got = typed(recognize("Washington and Pyongyang have yet to resume talks. Tokyo and Seoul remain at odds "
                + "over history. Beijing, Pyongyang's main ally, urged calm."));
        assertHolds(got, "COUNTRY:Washington", "COUNTRY:Pyongyang", "COUNTRY:Tokyo", "COUNTRY:Seoul", "COUNTRY:Beijing");
        // a pair after "in" is where something happens
        got = typed(recognize("Tourists in Tokyo and Seoul remain cautious."));
        assertHolds(got, "LOC:Tokyo", "LOC:Seoul");
    }

    @Test
    void aCountryThatPlaysAMatchIsItsNationalSide() {
        Set<String> got = typed(recognize("France beat Croatia 4-2 in the final in Moscow. Japan lost 2-1 to the United States "
                + "in the quarterfinal. He made his debut for Argentina in 2005."));
        assertHolds(got, "ORG:France", "ORG:Croatia", "LOC:Moscow", "ORG:Japan", "ORG:United States", "ORG:Argentina");
        // a war is no match, and a vote's tally is no score between sides
        got = typed(recognize("Israel defeated Egypt in 1967. The Senate voted 52-48 as Russia lost its bid at the UN."));
        assertHolds(got, "COUNTRY:Israel", "COUNTRY:Egypt", "COUNTRY:Russia");
    }

    @Test
    void sidesInReportsOfOtherGames() {
        Set<String> got = typed(recognize("India were bowled out for 189 on the opening day, with Pat Cummins taking four "
                + "wickets for Australia. He later captained Mali at two continental championships. The coach named his squad "
                + "for the qualifiers against Nigeria and Cameroon. Shamrock Rovers 2 Derry City 0. She played netball for "
                + "Zimbabwe. Uruguay coach Marcelo Bielsa left three players out. She competed for Burundi in Tokyo. "
                + "The league leaders extended their lead with a 3-0 win over Leeds."));
        assertHolds(got, "ORG:India", "ORG:Australia", "ORG:Mali", "ORG:Nigeria", "ORG:Cameroon", "ORG:Derry City",
                "ORG:Zimbabwe", "ORG:Uruguay", "PERSON:Marcelo Bielsa", "ORG:Burundi", "LOC:Tokyo", "ORG:Leeds");
        // no game, no side: a country's plural verb elsewhere, or one named in the plural
        got = typed(recognize("Ministers from India were meeting in Delhi. Russia and Ukraine have agreed to talks. The "
                + "Philippines are hosting the tournament."));
        assertHolds(got, "COUNTRY:India", "COUNTRY:Russia", "COUNTRY:Ukraine", "COUNTRY:Philippines");
    }

    @Test
    void namesOfOlderNewsAndTheirSpellings() {
        // the European Community (1958–1993) and al Qaeda printed with a lower-case article
        assertHolds(typed(recognize("European Community foreign ministers agreed on Saturday to provide aid for Romania.")),
                "ORG:European Community", "COUNTRY:Romania");
        assertHolds(typed(recognize("Officials shared evidence about contacts between al Qaeda and the Ba'ath Party.")),
                "ORG:al Qaeda");
        // an acronym after a role word, before a word of an organisation's kind, is the organisation
        Set<String> got = typed(recognize("Czechia and Albania upgraded their ties, the official CTK news agency said."));
        assertHolds(got, "ORG:CTK");
        assertFalse(got.contains("PERSON:CTK"), got.toString());
    }

    @Test
    void anAcronymInBracketsJoinsTheNameItSpellsOverItsFunctionWords() {
        Set<String> got = typed(recognize("Police jailed 52 members of the banned Movement for the Actualization of the "
                + "Sovereign State of Biafra (MASSOB) on Monday. He cited a Court of Justice of the European Union (CJEU) "
                + "decision."));
        assertHolds(got, "ORG:Movement for the Actualization of the Sovereign State of Biafra", "ORG:MASSOB",
                "ORG:Court of Justice of the European Union", "ORG:CJEU");
        // an acronym spelling only the name's last words leaves the rest as read
        got = typed(recognize("Officials of Kenya Airways joined the International Air Transport Association (IATA) talks."));
        assertHolds(got, "ORG:International Air Transport Association", "ORG:IATA");
    }

    @Test
    void aNameGlossedInBracketsBeforeAWordOfItsKindIsTheOrganisation() {
        assertHolds(typed(recognize("Police will no longer tolerate rallies by the Kifaya (``Enough'') group.")), "ORG:Kifaya");
        assertHolds(typed(recognize("The fundamentalist Umma (Nation) party said it will boycott the elections.")), "ORG:Umma");
        assertHolds(typed(recognize("The pro-Iranian Hizbollah (Party of God) group declared a ceasefire.")), "ORG:Hizbollah");
        // a place a list knows stays one
        assertHolds(typed(recognize("Visitors to Paris (France) group tours are rising.")), "LOC:Paris");
    }

    @Test
    void aCommonWordOpeningASentenceBeforeAPeoplesWordIsNoPerson() {
        Set<String> got = typed(recognize("Angry French paper workers blocked the Europe Bridge for three hours, French "
                + "border police said."));
        assertFalse(got.stream().anyMatch(n -> n.startsWith("PERSON:")), got.toString());
        assertHolds(typed(recognize("Dawn French said she would return.")), "PERSON:Dawn French");
    }

    @Test
    void aPlaceWhereSomethingHappensKeepsItsTypeBeforeAnApposition() {
        Set<String> got = typed(recognize("Serb forces killed three men in southeastern Serbia Friday, a political council "
                + "representing ethnic Albanians said."));
        assertFalse(got.contains("ORG:Serbia"), got.toString());
        assertTrue(got.contains("LOC:Serbia") || got.contains("COUNTRY:Serbia"), got.toString());
    }

    @Test
    void aNumberWithItsUnitIsNoName() {
        Set<String> got = typed(recognize("The iPod Nano comes in two sizes, a 2GB and a 4GB. The new iPod comes in a 30GB "
                + "edition, and the phone has a 12MP camera and a 5000mAh battery."));
        assertFalse(got.stream().anyMatch(n -> n.matches(".*:\\d.*")), got.toString());
        // a company named by a number and a letter stays one
        assertHolds(typed(recognize("The 3M company and 7-Eleven reported results; the phone has a 12MP camera.")), "ORG:3M");
    }

    @Test
    void anUnknownAcronymThatOpensItsClauseAndActsIsAnOrganisation() {
        Set<String> got = typed(recognize("Dr. Don Wright will join the school in March. BCIT has over 1,400 full-time "
                + "faculty. NOYB is considering legal action against Meta. The MAAA investigated the club."));
        assertHolds(got, "ORG:BCIT", "ORG:NOYB", "ORG:MAAA");
        // a form of "be" before a description, or inside a longer word, makes no organisation
        got = typed(recognize("JSON is the ubiquitous data format on the Internet. DXA is also used to assess bone "
                + "density. The change to STATICFILES_DIRS was not taking effect."));
        assertFalse(got.stream().anyMatch(n -> n.startsWith("ORG:")), got.toString());
    }

    @Test
    void aLowerCaseNounOfAnOrganisationsKindIsNoWordOfItsName() {
        Set<String> got = typed(recognize("Fighters of the Wagner group left the city, and the Unite union called a strike."));
        assertHolds(got, "ORG:Unite");
        assertFalse(got.contains("ORG:Unite union"), got.toString());
        got = typed(recognize("Alaska Airlines has a new date for when it will be a full fledged member of the Oneworld "
                + "alliance: March 31, 2021."));
        assertHolds(got, "ORG:Oneworld", "ORG:Alaska Airlines");
    }

    @Test
    void aSpeakerThatSpeaksOfItselfAsItIsAnOrganisation() {
        assertHolds(typed(recognize("Arcelik said it would close a refrigerator factory in Romania.")), "ORG:Arcelik");
        // "he", or an empty "it" before a form of "be", leaves the speaker a person
        assertHolds(typed(recognize("Kovac said he would appeal the ruling.")), "PERSON:Kovac");
        assertHolds(typed(recognize("Halvorsen said it was too early to tell.")), "PERSON:Halvorsen");
        assertHolds(typed(recognize("Marek said it would be hard to appeal.")), "PERSON:Marek");
        // a name read as a person that opens its clause and does something to "its" own
        assertHolds(typed(recognize("Vantaa Paperworks will close its mill at Kemijärvi in northern Finland.")),
                "ORG:Vantaa Paperworks");
    }

    @Test
    void aListedNameThatReadsAsADayIsTheDay() {
        Set<String> got = typed(recognize("The coalition won the November 17 municipal elections in 14 cities. Nixon spoke "
                + "to editors on November 17, 1973."));
        assertFalse(got.stream().anyMatch(n -> n.contains("November")), got.toString());
        // the date of a dateline, which the tagger read as a name
        got = typed(recognize("BEIJING, Nov. 1 (Xinhua) - China's exports rose 12.7 percent in October, customs data showed."));
        assertFalse(got.stream().anyMatch(n -> n.contains("Nov.")), got.toString());
        assertHolds(got, "ORG:Xinhua");
        // after "the", the listed group it is
        assertHolds(typed(recognize("Police blamed the November 17 group for the attack in Athens.")), "ORG:November 17");
    }

    @Test
    void aPlaceAfterAHyphenatedModifierIsThePlace() {
        Set<String> got = typed(recognize("Palestinians of the Israeli-occupied West Bank shunned work on Monday to protest "
                + "at the settlement of Russian Jewish immigrants on Arab land."));
        assertHolds(got, "LOC:West Bank");
        assertFalse(got.contains("ORG:West Bank"), got.toString());
        // a people's words after a place's noun and "of" are no place
        assertFalse(got.stream().anyMatch(n -> n.contains("Russian")), got.toString());
    }

    @Test
    void aCountryActingInOneSentenceOfAMatchIsItsSide() {
        // each sentence alone, as a short extract gives it: no report around it to read the sides from
        assertHolds(typed(recognize("Tunisia equalised from a penalty in the 33rd minute.")), "ORG:Tunisia");
        assertHolds(typed(recognize("Four minutes later, Tunisia's goalkeeper Mouez Hassen was substituted.")), "ORG:Tunisia");
        assertHolds(typed(recognize("In the 70th minute, Romelu Lukaku doubled the lead for Belgium, scoring a header.")),
                "ORG:Belgium");
        // one word of a match is not enough ("an 18-minute gap"), and a country where the match is played stays the place
        assertHolds(typed(recognize("Japan announced an 18-minute gap in the broadcast.")), "COUNTRY:Japan");
        assertHolds(typed(recognize("The referee stopped the match in Brazil after a header in the 80th minute.")),
                "COUNTRY:Brazil");
    }

    @Test
    void aMatchReportKeepsItsSidesThroughout() {
        String report = "Group F — Sweden 1 – 0 Korea Republic. Sweden defeated South Korea 1 – 0 at the stadium. "
                + "Sweden had more of the ball. Korea substituted a striker in the 28th minute. The referee awarded Sweden "
                + "a penalty, and Sweden scored the only goal. Fans travelled from Sweden to watch.";
        List<Mention> ms = recognize(report);
        int sides = 0, places = 0;
        for (Mention m : ms) {
            if (!m.text().equals("Sweden")) continue;
            if (m.type().equals("ORG")) sides++;
            else places++;
        }
        assertEquals(5, sides, "Sweden the side: " + typed(ms));
        assertEquals(1, places, "\"from Sweden\" is the country: " + typed(ms));
        assertTrue(typed(ms).contains("ORG:Korea"), typed(ms).toString());
        // one result in a story about something else leaves the country a country elsewhere
        assertHolds(typed(recognize("France beat Croatia 4-2 on Sunday. On Monday France raised taxes, and Croatia "
                + "protested. Paris and Zagreb exchanged notes.")), "COUNTRY:France", "COUNTRY:Croatia");
    }

    @Test
    void aTownWhereSomeoneStudiesIsItsUniversity() {
        Set<String> got = typed(recognize("She studied at Oxford and Harvard before teaching at Cambridge. He is a professor "
                + "at Leipzig. He graduated from Stanford in 1990. Students from Boston protested. She taught at Berkeley, "
                + "California."));
        assertHolds(got, "ORG:Oxford", "ORG:Harvard", "ORG:Cambridge", "ORG:Leipzig", "ORG:Stanford", "LOC:Boston",
                "LOC:Berkeley", "LOC:California");
    }

    @Test
    void aKnownNameWithItsArabicArticleInLowerCaseIsThatName() {
        Set<String> got = typed(recognize("Officials said al-Qaida claimed the attack. The militants of al-Shabaab fled, "
                + "and al-Qaeda was blamed. He said al-fresco dining was back."));
        assertHolds(got, "ORG:al-Qaida", "ORG:al-Shabaab", "ORG:al-Qaeda");
        assertFalse(got.stream().anyMatch(n -> n.contains("fresco")), got.toString());
    }

    @Test
    void aStrangerPairedWithAPlaceIsAPlace() {
        Set<String> got = typed(recognize("Workers at sites in Zwickau and Ashulia staged strikes. Trains run between Hilsea "
                + "and Portsmouth. Merkel and Obama met in Berlin."));
        assertHolds(got, "LOC:Zwickau", "LOC:Ashulia", "LOC:Hilsea", "LOC:Portsmouth", "PERSON:Merkel", "PERSON:Obama");
        assertHolds(typed(recognize("He played with Footscray and North Melbourne in the VFL.")), "ORG:Footscray");
    }

    @Test
    void theDatelinesPlaceIsAPlace() {
        assertHolds(typed(recognize("JERUSALEM - Officials met on Sunday.")), "LOC:JERUSALEM");
        assertHolds(typed(recognize("PORT ELDRIDGE, Tasmania, March 2 (Coastal Examiner) - A ferry sank.")), "LOC:PORT ELDRIDGE",
                "LOC:Tasmania");
        assertHolds(typed(recognize("SINGAPORE (Reuters) - Officials met.")), "COUNTRY:SINGAPORE", "ORG:Reuters");
        assertHolds(typed(recognize("ISLAMABAD, July 27 (APP) - Monsoon rains triggered landslides.")), "LOC:ISLAMABAD",
                "ORG:APP");
        assertHolds(typed(recognize("BERLIN (dpa) — Germany shut down its last reactors.")), "LOC:BERLIN", "ORG:dpa");
        // a label in capitals is no place
        Set<String> got = typed(recognize("UPDATE, March 3 - Officials met in Paris."));
        assertFalse(got.stream().anyMatch(n -> n.contains("UPDATE")), got.toString());
    }

    @Test
    void aDefinitionWithTheNamesTheKindToo() {
        Set<String> got = typed(recognize("Willemstad, the capital of Curaçao, grew around a harbour. Henry Faber is the "
                + "namesake for the college in Ohio."));
        assertHolds(got, "LOC:Willemstad", "PERSON:Henry Faber");
    }

    @Test
    void organisationsNamedInOtherLanguagesAreOrganisations() {
        Set<String> got = typed(recognize("MEXICO CITY - Grupo Bimbo said it would build a plant. Banco Interandino opened "
                + "a branch in Quito. Éditions Gallimard will publish the novel. Hapoel Haifa drew with Maccabi Netanya."));
        assertHolds(got, "ORG:Grupo Bimbo", "ORG:Banco Interandino", "ORG:Éditions Gallimard", "ORG:Hapoel Haifa",
                "ORG:Maccabi Netanya", "LOC:Quito");
    }

    @Test
    void organisationsOfOtherLanguagesThatTheModelReadsAsForeignWordsOrSplits() {
        // the model reads the first two as foreign words (MISC), "Parti" alone, and "Fondation" apart from the person
        Set<String> got = typed(recognize("She studied law at the Universität Wien. The exhibition was funded by the Stiftung "
                + "Preußischer Kulturbesitz. He joined the Parti socialiste in 1971. The video was made for the charity "
                + "Fondation Jasmin Roy. She later taught at the Conservatoire de Paris."));
        assertHolds(got, "ORG:Universität Wien", "ORG:Stiftung Preußischer Kulturbesitz", "ORG:Parti socialiste",
                "ORG:Fondation Jasmin Roy", "ORG:Conservatoire de Paris");
        // a German noun before a name is no part of it: "die Partei Die PARTEI"
        assertHolds(typed(recognize("Er sprach mit der Partei Die PARTEI in Berlin.")), "ORG:Die PARTEI");
    }

    @Test
    void historicalOrganisationsAreListed() {
        // unlisted, the model reads none of these ("Stasi", "Reichswehr") or reads them as foreign words
        Set<String> got = typed(recognize("The Stasi kept files on millions of East Germans. He fought with the French "
                + "Resistance. The Reichswehr was replaced by the Wehrmacht in 1935. He was a member of the Young Turks "
                + "before joining the Committee of Union and Progress."));
        assertHolds(got, "ORG:Stasi", "ORG:French Resistance", "ORG:Reichswehr", "ORG:Wehrmacht", "ORG:Young Turks",
                "ORG:Committee of Union and Progress");
    }

    @Test
    void aNameThatANounOfAnOrganisationsKindIsCalledIsThatOrganisation() {
        Set<String> got = typed(recognize("In 1998 he co-founded a small NGO called Blue Planet. She now runs a company called "
                + "Zentrix that makes sensors. He joined a rock band called Silver Harbour in 1979."));
        assertHolds(got, "ORG:Blue Planet", "ORG:Zentrix", "ORG:Silver Harbour");
        // after "the", "named" appoints
        assertFalse(typed(recognize("The party named Jane Doe as its leader.")).contains("ORG:Jane Doe"));
    }

    @Test
    void aFacilityOfAnInstitutionThatDoesSomethingIsTheInstitution() {
        Set<String> got = typed(recognize("The Mariinsky Theatre staged the ballet in 1890. The British Museum returned the "
                + "bronzes to Nigeria. Buckingham Palace denied the report."));
        assertHolds(got, "ORG:Mariinsky Theatre", "ORG:British Museum", "ORG:Buckingham Palace");
        // founded, visited or linked, it is the place
        Set<String> places = typed(recognize("The Louvre Museum was founded in 1793. We visited the Royal Albert Hall. "
                + "The Manhyia Palace remained the residence of the king."));
        assertHolds(places, "LOC:Louvre Museum", "LOC:Royal Albert Hall", "LOC:Manhyia Palace");
    }

    @Test
    void capitalisedPluralsAcrossAVerbOfAMatchAreSides() {
        // no word of a sport, no score: the two plurals across "lost to" say it
        assertHolds(typed(recognize("The Warriors lost to the Rockets in Game 7.")), "ORG:Warriors", "ORG:Rockets");
    }

    @Test
    void fieldsOfStudyAreNoOrganisations() {
        Set<String> got = typed(recognize("He studied Economics and Political Science at university. She graduated in Media "
                + "and Communications in 2004. He later studied at the London School of Economics and Political Science. "
                + "The paper was published in Science last week."));
        assertFalse(got.contains("ORG:Economics and Political Science"), got::toString);
        assertFalse(got.contains("ORG:Media and Communications"), got::toString);
        assertHolds(got, "ORG:London School of Economics and Political Science", "ORG:Science");
    }

    @Test
    void pressBeforeASecretaryIsPartOfTheRole() {
        Set<String> got = typed(recognize("White House Press Secretary Jen Psaki told reporters the talks would resume. "
                + "Kremlin Press Officer Dmitry Peskov declined to comment."));
        assertHolds(got, "ORG:White House", "ORG:Kremlin", "PERSON:Jen Psaki", "PERSON:Dmitry Peskov");
        assertNone(got, "ORG:.*Press");
        // the outlet keeps its "Press" before other roles
        assertHolds(typed(recognize("Associated Press Correspondent Jim Gomez reported from Manila.")), "ORG:Associated Press");
    }

    @Test
    void listedOrganisationsPrintedWithALowerCaseFirstLetterAreRead() {
        Set<String> got = typed(recognize("eBay bought Skype in 2005. The airline easyJet cut 4,500 jobs. The final was "
                + "shown on beIN Sports. The report was carried by the German news agency dpa."));
        assertHolds(got, "ORG:eBay", "ORG:easyJet", "ORG:beIN Sports", "ORG:dpa");
        // printed otherwise, the word is no name
        assertNone(typed(recognize("The ebay listing was removed.")), ".*ebay");
    }

    @Test
    void aDistrictOfAServiceIsTheBodyThatRunsIt() {
        Set<String> got = typed(recognize("The school is part of the Los Angeles Unified School District. The Coronado Unified "
                + "School District is the school district in Coronado, California. The Chicago Park District manages 600 parks."));
        assertHolds(got, "ORG:Los Angeles Unified School District", "ORG:Coronado Unified School District",
                "ORG:Chicago Park District", "LOC:Coronado");
        // a district of a town or a country is a place
        assertHolds(typed(recognize("Chittoor District is in Andhra Pradesh.")), "LOC:Chittoor District");
    }

    @Test
    void transitEndsAnOperatorsNameButNotAKindOfSystem() {
        assertHolds(typed(recognize("The station is served by Amtrak and New Jersey Transit.")), "ORG:New Jersey Transit");
        assertNone(typed(recognize("The city opened its first Bus Rapid Transit line in 2019.")), "ORG:.*Transit");
    }

    @Test
    void aNewspapersTitleAfterWritingInTheIsThePaperEvenWithATownInIt() {
        assertHolds(typed(recognize("He wrote in the Baltimore Sun that the plan was flawed.")), "ORG:Baltimore Sun");
        assertHolds(typed(recognize("He wrote in the United States that it was over.")), "COUNTRY:United States");
    }

    @Test
    void anUnreadNameAcrossAMatchVerbFromASideIsTheOtherSide() {
        Set<String> got = typed(recognize("He scored twice as Barcelona beat Sevilla 3-1. Juventus defeated Sassuolo 2-0 on Sunday."));
        assertHolds(got, "ORG:Barcelona", "ORG:Sevilla", "ORG:Juventus", "ORG:Sassuolo");
        // no sport surely: a common word after "beat" is no side
        assertNone(typed(recognize("The drummer beat Time into shape.")), "ORG:.*");
    }

    @Test
    void aRolesWordBeforeTheOrganisationsWordThatEndsTheNameIsPartOfIt() {
        Set<String> got = typed(recognize("Massachusetts General Hospital said the patient was stable. The University of Texas "
                + "Arlington Muslim Student Association condemned the attack."));
        assertHolds(got, "ORG:Massachusetts General Hospital", "ORG:University of Texas Arlington Muslim Student Association");
        // before a person's name the role still ends the organisation
        assertHolds(typed(recognize("Harvard University President Lawrence Bacow resigned.")), "ORG:Harvard University",
                "PERSON:Lawrence Bacow");
    }

    @Test
    void anInstitutionNamedByItsHeadBeforeOfThatActsIsTheInstitution() {
        assertHolds(typed(recognize("The Metropolitan Museum of Art acquired the painting.")), "ORG:Metropolitan Museum of Art");
        assertHolds(typed(recognize("The Museum of Fine Arts was founded in 1870.")), "LOC:Museum of Fine Arts");
    }

    @Test
    void whatAPersonFoundsOrJoinsInAPostAndWhatMergesAreCompanies() {
        Set<String> got = typed(recognize("He founded Quillon in 2009. She left to found Marrowby with two colleagues. He joined "
                + "Brightwater as a consultant in 2004. The merger of Halvorsen and Dunmore created the largest brewer in Norway."));
        assertHolds(got, "ORG:Quillon", "ORG:Marrowby", "ORG:Brightwater", "ORG:Halvorsen", "ORG:Dunmore");
        // "found" as the past of "find", and a place a people founds, are no companies
        assertNone(typed(recognize("He found Brightwater too expensive. The Romans founded Londinium around AD 47.")), "ORG:.*");
    }

    @Test
    void twoListedOrganisationsReadOverAJoiningWordAreTwo() {
        assertHolds(typed(recognize("The poll was conducted by Ipsos for Reuters.")), "ORG:Ipsos", "ORG:Reuters");
        // a name the lists know whole stays one
        assertHolds(typed(recognize("She works for Marks & Spencer.")), "ORG:Marks & Spencer");
    }

    @Test
    void aRanksWordBeforeTheWordsOfALawNamesNoPerson() {
        Set<String> got = typed(recognize("The EU's General Data Protection Regulation took effect in 2018."));
        assertNone(got, "PERSON:.*");
        assertHolds(typed(recognize("Major General John Smith Jones arrived.")), "PERSON:John Smith Jones");
    }

    @Test
    void aListedOrganisationEndingInAnEventsWordKeepsItsName() {
        assertHolds(typed(recognize("Tata Motors bought Jaguar Land Rover in 2008.")), "ORG:Jaguar Land Rover");
    }

    @Test
    void anOrganisationListedWholeOverAPlaceIsOneName() {
        Set<String> got = typed(recognize("Al-Qaeda in the Arabian Peninsula claimed the attack. The United Nations Mission in "
                + "South Sudan said on Monday it would stay. He taught at Washington University in St. Louis."));
        assertHolds(got, "ORG:Al-Qaeda in the Arabian Peninsula", "ORG:United Nations Mission in South Sudan",
                "ORG:Washington University in St. Louis");
        // a kind's lower-case noun after the name stays cut off
        assertHolds(typed(recognize("According to Yonhap news agency, the launch failed.")), "ORG:Yonhap");
    }

    @Test
    void aHyphenatedWordInsideAListedOrganisationOrAfterAPrefixIsNoModifier() {
        Set<String> got = typed(recognize("The Organisation for Economic Co-operation and Development cut its forecast. The "
                + "Canadian Radio-television and Telecommunications Commission approved the deal."));
        assertHolds(got, "ORG:Organisation for Economic Co-operation and Development",
                "ORG:Canadian Radio-television and Telecommunications Commission");
        // a name before "-based" is still a modifier's
        assertHolds(typed(recognize("The New York-based Smith Fund bought the stake.")), "ORG:Smith Fund");
    }

    @Test
    void anInstitutionListedAsPlaceAndOrganisationEndingInAnOrganisationsWordStaysOne() {
        Set<String> got = typed(recognize("He worked at Los Alamos National Laboratory for 20 years. Officials said talks with "
                + "the United States Naval Academy would resume."));
        assertHolds(got, "ORG:Los Alamos National Laboratory", "ORG:United States Naval Academy");
        // a facility's head keeps the place
        assertHolds(typed(recognize("We visited the Royal Albert Hall.")), "LOC:Royal Albert Hall");
    }

    @Test
    void aRanksWordBeforeTheNounOfAGatheringNamesNoPerson() {
        Set<String> got = typed(recognize("The Chief Executive Officer resigned after the Annual General Meeting. The unions "
                + "called a General Strike. General Lee and Attorney General Merrick Garland met."));
        assertFalse(got.contains("PERSON:Meeting"), got::toString);
        assertFalse(got.contains("PERSON:Strike"), got::toString);
        assertHolds(got, "PERSON:Lee", "PERSON:Merrick Garland");
    }

    @Test
    void anOrganisationsNameGoesOnOverItsConnectors() {
        Set<String> got = typed(recognize("He studied at the University of the Witwatersrand. Banco Central do Brasil kept "
                + "rates. The Compagnie Forestière de la Likouala closed. The Lancashire Fire and Rescue Service said no one "
                + "was hurt. Microsoft and Google Cloud agreed. Researchers at the University of Sheffield of the UK agreed."));
        assertHolds(got, "ORG:University of the Witwatersrand", "ORG:Banco Central do Brasil",
                "ORG:Compagnie Forestière de la Likouala", "ORG:Lancashire Fire and Rescue Service", "ORG:Microsoft",
                "ORG:Google Cloud", "ORG:University of Sheffield", "COUNTRY:UK");
    }

    @Test
    void aHeadOfOrganisationsBeforeOfTheOpensTheName() {
        Set<String> got = typed(recognize("She works at the Museum of the Moving Image in New York. The Party of the Regions "
                + "lost its majority. He was named judge of the Superior Court of the District of Columbia. The brigade "
                + "joined the Army of the Potomac. The Embassy of the United States was closed."));
        assertHolds(got, "ORG:Museum of the Moving Image", "LOC:New York", "ORG:Party of the Regions",
                "ORG:Superior Court of the District of Columbia", "ORG:Army of the Potomac", "COUNTRY:United States");
        assertNone(got, "(ORG:Moving Image|LOC:District of Columbia|ORG:.*United States)");
    }

    @Test
    void aPluralOfPeopleWithoutSAndANumberOpeningASentence() {
        Set<String> got = typed(recognize("She was taken to Boston Children's Hospital on Monday. He won with the People's "
                + "Democratic Party in 2013. Two Royal Navy frigates escorted the convoy."));
        assertHolds(got, "ORG:Boston Children's Hospital", "ORG:People's Democratic Party", "ORG:Royal Navy");
        assertNone(got, "(ORG:Boston Children|ORG:Democratic Party|ORG:Two Royal Navy)");
    }

    @Test
    void anIndustryEndsACompanysNameButNoListJoinedByAnd() {
        Set<String> got = typed(recognize("Toyota Motor said it would build a battery plant. Teva Pharmaceutical cut jobs. "
                + "Taiwan Semiconductor Manufacturing Co said its factory was ready. Carmakers including BYD and SAIC Motor "
                + "face higher rates. Pacific Gas & Electric cut power to some customers."));
        assertHolds(got, "ORG:Toyota Motor", "ORG:Teva Pharmaceutical", "ORG:Taiwan Semiconductor Manufacturing Co",
                "ORG:SAIC Motor", "ORG:Pacific Gas & Electric");
        assertNone(got, "(PERSON:.*Motor|ORG:Teva|ORG:BYD and.*)");
    }

    @Test
    void aMuseumThatSpeaksIsItsInstitutionThoughListedAsAPlace() {
        Set<String> got = typed(recognize("The Palace Museum said it would limit daily entry. The Horniman Museum in south "
                + "London said on Monday that it would return the bronzes. Tourists visited the Palace Museum in June."));
        assertHolds(got, "ORG:Palace Museum", "ORG:Horniman Museum");
        assertTrue(recognize("Tourists visited the Palace Museum in June.").stream()
                .anyMatch(m -> m.text().equals("Palace Museum") && m.type().equals("LOC")), "a place where nothing speaks stays one");
        // however the tagger read it: a company named like a river, a police force named like a street
        assertHolds(typed(recognize("Amazon said it would hire 10,000 workers.")), "ORG:Amazon");
        assertHolds(typed(recognize("Scotland Yard said two men were arrested.")), "ORG:Scotland Yard");
        assertHolds(typed(recognize("The Amazon flows into the Atlantic.")), "LOC:Amazon");
        // acting with no article before it
        assertHolds(typed(recognize("Amazon opened a new warehouse in Ohio.")), "ORG:Amazon");
        assertHolds(typed(recognize("The Amazon flooded large areas of the forest.")), "LOC:Amazon");
        assertHolds(typed(recognize("Amazon fires destroyed large areas of forest.")), "LOC:Amazon");
        // beside a company in a pair, the company; beside a river, the river
        assertHolds(typed(recognize("In this movie Google and Amazon create a new world of media.")), "ORG:Amazon");
        assertHolds(typed(recognize("The Nile and the Amazon are the longest rivers.")), "LOC:Amazon");
        // in the words of companies around it
        assertHolds(typed(recognize("Shares of Amazon rose 3 percent.")), "ORG:Amazon");
        assertHolds(typed(recognize("Deforestation in the Amazon rose sharply.")), "LOC:Amazon");
        // also as the first word of a sentence, where only a listed organisation is read so ("Presidential spokesman")
        assertHolds(typed(recognize("Amazon shares fell 3 percent on Tuesday after the company reported weaker sales.")),
                "ORG:Amazon");
        assertNone(typed(recognize("Presidential spokesman Dmitry Peskov told reporters the talks would go on.")),
                "ORG:Presidential.*");
    }

    @Test
    void aPlacesNameGoesOnOverItsConnectors() {
        Set<String> got = typed(recognize("The city lies on the northern shore of the Rio de la Plata. He grew up in "
                + "Santiago de Compostela and studied in Paris."));
        assertHolds(got, "LOC:Rio de la Plata", "LOC:Santiago de Compostela", "LOC:Paris");
    }

    @Test
    void groupsOfPeopleAndPlacesUnderAKindOfPlace() {
        Set<String> got = typed(recognize("Staff said the paper would close. Deputies from the coastal department of San "
                + "Aurelio crossed the floor."));
        assertFalse(got.stream().anyMatch(n -> n.endsWith(":Staff")), got.toString());
        assertHolds(got, "LOC:San Aurelio");
    }

    @Test
    void aNameBeforeANounOfLandOrWaterIsAPlace() {
        Set<String> got = typed(recognize("The museum opened beside the Nervión river. Trucks from the Kordun base crossed "
                + "the border. Toyota plans a plant near the Kemijoki river."));
        assertHolds(got, "LOC:Nervión", "LOC:Kordun", "LOC:Kemijoki", "ORG:Toyota");
    }

    @Test
    void planetsAreNoPlaces() {
        Set<String> got = typed(recognize("Venus is brighter than Saturn tonight, astronomers in Chile said. Venus Williams "
                + "won in Paris."));
        assertFalse(got.contains("LOC:Venus") || got.contains("LOC:Saturn"), got.toString());
        assertHolds(got, "COUNTRY:Chile", "PERSON:Venus Williams", "LOC:Paris");
    }

    @Test
    void aSidePlayedForIsAClub() {
        Set<String> got = typed(recognize("He played for Ajax and Juventus before moving to Barcelona. She signed for Chelsea "
                + "in 2019. He played for Obama at the White House. Later he played for Groningen, Venlo, and Utrecht."));
        assertHolds(got, "ORG:Ajax", "ORG:Juventus", "ORG:Chelsea", "LOC:Barcelona", "PERSON:Obama", "ORG:Groningen",
                "ORG:Venlo", "ORG:Utrecht");
    }

    @Test
    void aTownPlayedForCountedSignedWithCoachedOrLostToIsAClub() {
        Set<String> got = typed(recognize("He went on to play 31 games for Lugano before leaving in 2009. They reached the "
                + "final, losing to Leeds 24-6. He played two seasons in the league before he signed with Geelong. In 1988 "
                + "he coached Bendigo."));
        assertHolds(got, "ORG:Lugano", "ORG:Leeds", "ORG:Geelong", "ORG:Bendigo");
        // no sport in the sentence: the state that signs stays the place
        assertNone(typed(recognize("The firm signed with Ohio to build a plant.")), "ORG:.*");
    }

    @Test
    void aClubOfTheArticleStaysTheClubOutsideAPlacesPosition() {
        String text = "Tom Hale played with Tamworth and Armidale in the country league. After two seasons at Armidale he "
                + "retired.";
        List<String> armidale = recognize(text).stream().filter(m -> m.text().equals("Armidale")).map(Mention::type).toList();
        assertEquals(List.of("ORG", "ORG"), armidale);
    }

    @Test
    void aPlaceAfterInStaysThePlaceThoughTheArticleReadsItAClubElsewhere() {
        String text = "Tom Hale played with Kettering and Brackley in the Southern League. Hale began his career at Brackley "
                + "in 1950. He was born in Brackley.";
        List<String> brackley = recognize(text).stream().filter(m -> m.text().equals("Brackley")).map(Mention::type).toList();
        assertEquals(List.of("ORG", "ORG", "LOC"), brackley);
    }

    @Test
    void theNameAfterAPostHeldAtAnEmployerIsTheEmployer() {
        Set<String> got = typed(recognize("\"Rates will rise,\" said Mary Cole, chief economist at Edward Jones. He worked "
                + "as an analyst at Pemberton Grey for ten years. \"We are cautious,\" said Tim Bray, a portfolio manager at "
                + "Janney Montgomery Scott. She is a researcher at Helsinki."));
        assertHolds(got, "PERSON:Mary Cole", "ORG:Edward Jones", "ORG:Pemberton Grey", "PERSON:Tim Bray",
                "ORG:Janney Montgomery Scott", "ORG:Helsinki");
        // workers at a place, an engineer at an employer in a town
        Set<String> other = typed(recognize("Workers at Fukushima were evacuated. She is an engineer at Siemens in Munich."));
        assertHolds(other, "LOC:Fukushima", "ORG:Siemens", "LOC:Munich");
    }

    @Test
    void aWordThatOwnsWhatOnlyACompanyHasOrDoesWhatACompanyDoesIsTheCompany() {
        Set<String> got = typed(recognize("Tarvon's chief executive, Ann Ruddle, resigned. Shares rose after Halberd's board "
                + "approved the buyback. Fenwick, which makes medical devices, was fined $2 million. Executives from Solvay "
                + "met with officials."));
        assertHolds(got, "ORG:Tarvon", "PERSON:Ann Ruddle", "ORG:Halberd", "ORG:Fenwick", "ORG:Solvay");
        Set<String> other = typed(recognize("Trump's chief of staff resigned. Ohio's governor signed the bill. A banker from "
                + "London was arrested."));
        assertHolds(other, "PERSON:Trump");
        assertNone(other, "ORG:.*");
    }

    @Test
    void aDefinitionsHeadBeforeAParticipleStatesTheKindOverAGivenName() {
        assertHolds(typed(recognize("Harwick is a British rock band formed in Leeds in 1998.")), "ORG:Harwick", "LOC:Leeds");
        assertHolds(typed(recognize("Torvald was an American software company based in Seattle.")), "ORG:Torvald");
        assertHolds(typed(recognize("LUSAKA - Kalombe Copper Smelters, a company formed last year by investors, said it "
                + "would hire 300 people.")), "ORG:Kalombe Copper Smelters");
        // a verb before its object is no participle: the word before the comma is no name of the club
        assertNone(typed(recognize("Inexplicably, the hockey club reversed its position.")), "ORG:Inexplicably");
    }

    @Test
    void anUnreadWordInsideTheSentenceThatActsOnItsOwnIsAnOrganisation() {
        assertHolds(typed(recognize("Exxon cut output at its refinery and Marathon shut its 72,000 bpd plant.")),
                "ORG:Exxon", "ORG:Marathon");
        // opening the sentence, a capital says nothing
        assertNone(typed(recognize("Sand now fills its ballroom.")), "ORG:.*");
    }

    @Test
    void aBodysNameEndsInTheListOfItsFields() {
        Set<String> got = typed(recognize("The Japanese Ministry of Economy, Trade and Industry approved the plan. The "
                + "Ministry of Agriculture, Forestry and Fisheries said prices fell. The Bureau of Alcohol, Tobacco, "
                + "Firearms and Explosives opened an inquiry."));
        assertHolds(got, "ORG:Japanese Ministry of Economy, Trade and Industry", "ORG:Ministry of Agriculture, Forestry and "
                + "Fisheries", "ORG:Bureau of Alcohol, Tobacco, Firearms and Explosives");
        Set<String> apart = typed(recognize("He is a member of the Academy of Sciences, and Smith is its president. Shares in "
                + "the Bank of England and Barclays rose."));
        assertHolds(apart, "ORG:Academy of Sciences", "ORG:Bank of England", "ORG:Barclays");
    }

    @Test
    void thePlayersMovesNameTheClubs() {
        Set<String> got = typed(recognize("Liverpool signed him from Southampton in 2018. He spent the season on loan from "
                + "Everton. He had a loan spell at Reading in 2012."));
        assertHolds(got, "ORG:Liverpool", "ORG:Southampton", "ORG:Everton", "ORG:Reading");
        assertHolds(typed(recognize("He moved from Southampton to Liverpool in 2018.")), "LOC:Southampton", "LOC:Liverpool");
    }

    @Test
    void aListedOrganisationReadInPartIsReadWholeAndActsAsAPassivesAgent() {
        Set<String> got = typed(recognize("The plan was backed by the National Right to Life Committee. The appeal was "
                + "run by Children in Need. The exhibition was funded by the British Museum. The deal was approved by "
                + "Scotland Yard."));
        assertHolds(got, "ORG:National Right to Life Committee", "ORG:Children in Need", "ORG:British Museum",
                "ORG:Scotland Yard");
        // a place's participle, and the article before a listed name, stay as they were
        assertHolds(typed(recognize("The village is surrounded by the Amazon.")), "LOC:Amazon");
        assertHolds(typed(recognize("The Salvation Army said demand had risen.")), "ORG:Salvation Army");
    }

    @Test
    void aPluralOfPeopleWithItsApostropheIsPartOfAnOrganisationsName() {
        Set<String> got = typed(recognize("The Kurdistan Workers' Party, known as the PKK, claimed the attack. The Teachers' "
                + "Federation of Ostria called a strike, and Thomas' Party was fun."));
        assertHolds(got, "ORG:Kurdistan Workers' Party", "ORG:Teachers' Federation of Ostria");
        assertNone(got, "ORG:(Kurdistan Workers|Federation of Ostria|Thomas' Party)");
    }

    @Test
    void aPersonsNameRunsOverParticlesAndMayEndInATownsName() {
        Set<String> got = typed(recognize("Manchester United manager Erik ten Hag praised the team. Ursula von der Leyen met "
                + "Lula da Silva. Kelby Houston scored twice for the Raptors. Downtown Houston flooded, and in Kelby "
                + "Springs roads closed."));
        assertHolds(got, "PERSON:Erik ten Hag", "PERSON:Ursula von der Leyen", "PERSON:Lula da Silva",
                "PERSON:Kelby Houston", "LOC:Houston");
        assertNone(got, "PERSON:(Houston|Erik|Kelby Springs)");
    }

    @Test
    void aPlaceNamedAfterARoleThatGovernsItOrAfterInIsNoSpeaker() {
        Set<String> got = typed(recognize("Mayor Len Ostrow of Bellhaven said the bridge would reopen. The Ministry of "
                + "Water Resources in Calvera said the dam was safe. The lawyer of Ostrow said no."));
        assertHolds(got, "PERSON:Len Ostrow", "LOC:Bellhaven", "LOC:Calvera", "PERSON:Ostrow");
        // the name after "of" holds no role of the words before it
        assertNone(got, "TITLE:lawyer of");
    }

    @Test
    void anUnreadNameDefinedByAnAppositionWithTheTakesItsKind() {
        Set<String> got = typed(recognize("Trevanta, the Swedish telecoms group, posted a loss. Halvard Energy said it would "
                + "cut jobs, and Jack Steel wrote the report. Ostrow, the company's founder, said no."));
        assertHolds(got, "ORG:Trevanta", "ORG:Halvard Energy", "PERSON:Jack Steel", "PERSON:Ostrow");
    }

    @Test
    void aGroupOfPeopleQuotedAtTheStartOfASentenceIsNoPerson() {
        Set<String> got = typed(recognize("The plan was announced on Monday. Analysts said it would fail. Residents told "
                + "reporters they were worried. Lawmakers said they would vote. Secretaries said so. Mathers said he "
                + "would resign. Williams said he agreed."));
        assertHolds(got, "PERSON:Mathers", "PERSON:Williams");
        assertNone(got, ".*:(Analysts|Residents|Lawmakers|Secretaries)");
    }

    @Test
    void anUnknownNameThatIsBoughtMergedOrNamedByItsKindOfBusinessIsAnOrganisation() {
        Set<String> got = typed(recognize("Google has acquired Urchin, Zipdash and Picasa this year, and the satellite imaging "
                + "company Keyhole joined them in October. The oil company Marathon shut its plant in Texas. The chipmaker "
                + "Sorvent would merge with Delmont next year."));
        assertHolds(got, "ORG:Google", "ORG:Urchin", "ORG:Zipdash", "ORG:Picasa", "ORG:Keyhole", "ORG:Marathon",
                "ORG:Sorvent", "ORG:Delmont", "LOC:Texas");
        // a known place or person stays what it is; a kind of business must stand right before the name
        got = typed(recognize("The company acquired land in Texas and hired John Carter. A firm Republican, Carter "
                + "acquired Denver's trust."));
        assertHolds(got, "LOC:Texas", "PERSON:John Carter");
        assertNone(got, "ORG:(Texas|John Carter|Denver)");
    }

    @Test
    void anUnknownNameAfterTheWordsOfResultsDealsOrValuingIsAnOrganisation() {
        Set<String> got = typed(recognize("Quarterly sales at Brixa fell 12 percent, the company said on Tuesday. Investors "
                + "now value Fenwick at about $2 billion after the takeover of Ostrell was approved. The acquisition of "
                + "Marbeck gave the group a foothold in Asia, and revenue at Tessoly doubled."));
        assertHolds(got, "ORG:Brixa", "ORG:Fenwick", "ORG:Ostrell", "ORG:Marbeck", "ORG:Tessoly", "LOC:Asia");
        // a known place stays one, and "sales in" names a market
        got = typed(recognize("Sales at Texas stores fell, sales in Brixa rose, and the takeover of Crimea was condemned."));
        assertHolds(got, "LOC:Texas", "LOC:Crimea");
        assertNone(got, "ORG:Brixa");
    }

    @Test
    void aNameEndingInAnIndustryIsACompany() {
        Set<String> got = typed(recognize("Officials from Norvex Petroleum met regulators, and Verona Telecom signed a "
                + "deal. Brunswick Mining said output fell. Jack Steel said he would retire next year."));
        assertHolds(got, "ORG:Norvex Petroleum", "ORG:Verona Telecom", "ORG:Brunswick Mining", "PERSON:Jack Steel");
    }

    @Test
    void anUnreadNameDefinedByAnAppositionTakesItsKind() {
        Set<String> got = typed(recognize("Lumetra, a software maker, hired 300 engineers on Monday. Investors said "
                + "Corvane, a regional lender, would close branches."));
        assertHolds(got, "ORG:Lumetra", "ORG:Corvane");
        got = typed(recognize("However, a new plan emerged on Monday."));
        assertTrue(got.isEmpty(), "a common word before an apposition is no name: " + got);
    }

    @Test
    void greetingsAndThePronounIAreNoPartOfNames() {
        List<Mention> ms = recognize("Hey Vladi, do you still have the historical data? I 'm sure he would know. "
                + "Please see the attached file.");
        Set<String> got = typed(ms);
        for (Mention m : ms) assertFalse(m.text().startsWith("Hey") || m.text().equals("I") || m.text().startsWith("Please"), m + " in " + got);
        assertTrue(got.contains("PERSON:Vladi"), "the name after the greeting stays: " + got);
    }

    @Test
    void outletNamesKeepTheirOwnWordsOnly() {
        Set<String> got = typed(recognize("According to the New York Times, the deal collapsed. The story ran in the "
                + "New York Times on Sunday. The Washington Post reported it. Shares fell on the New York Stock Exchange."));
        assertTrue(got.contains("ORG:New York Times"), "a known place opening the name stays in it: " + got);
        assertTrue(got.contains("ORG:Washington Post"), "the article stays out: " + got);
        assertTrue(got.contains("ORG:New York Stock Exchange"), got.toString());
        assertNone(got, "(?s).*Sunday.*|ORG:York.*|ORG:The .*");
    }

    @Test
    void theNorthIsACountryOnlyWhenTheArticleNamesIt() {
        assertTrue(typed(recognize("North Korea fired a missile. The North said it was a test.")).contains("COUNTRY:North"));
        assertFalse(typed(recognize("Voters in the North said they were tired.")).contains("COUNTRY:North"));
    }

    @Test
    void titlesAndCourtesyTitlesLeaveTheName() {
        Set<String> got = typed(recognize("Prime Minister Hollis Varga met Mr. Tenbrook in Talmora. Ms. Odalys Pereira-Kent said nothing."));
        assertTrue(got.contains("PERSON:Hollis Varga"), got.toString());
        assertTrue(got.contains("PERSON:Tenbrook"), got.toString());
        assertTrue(got.contains("PERSON:Odalys Pereira-Kent"), got.toString());
        assertTrue(got.contains("TITLE:Prime Minister"), got.toString());
    }

    @Test
    void organisationPhrases() {
        Set<String> got = typed(recognize("A report by the Talmora Institute for Peace Studies reached the Ministry of Foreign Affairs "
                + "and Halvern University."));
        assertTrue(got.contains("ORG:Talmora Institute for Peace Studies"), got.toString());
        assertTrue(got.contains("ORG:Ministry of Foreign Affairs"), got.toString());
        assertTrue(got.contains("ORG:Halvern University"), got.toString());
    }

    @Test
    void anOrganisationDoesNotSwallowAPersonOrANameTheModelReadApart() {
        Set<String> got = typed(recognize("Veteran lawmakers Tomas Brennick of the Liberal Party and Marta Quell of the Green Party "
                + "lost their seats. Orla Vance of Civic Party said the Kestrel Foundation and Creative Commons gave money."));
        assertHolds(got, "ORG:Liberal Party", "ORG:Green Party", "ORG:Civic Party", "ORG:Kestrel Foundation", "PERSON:Orla Vance");
        assertNone(got, "ORG:.*(Marta|Orla|and Creative).*");
        // one organisation whose name holds "and" stays whole
        Set<String> whole = typed(recognize("The Department of Health and Human Services and the Ministry of Trade and Industry met."));
        assertHolds(whole, "ORG:Department of Health and Human Services", "ORG:Ministry of Trade and Industry");
    }

    @Test
    void namesInsideHyphenatedWords() {
        Set<String> got = typed(recognize("President Donald Trump and Kim Jong Un held the North Korea-U.S. summit, the second "
                + "Trump-Kim meeting. The Seoul-based daily said the Hezbollah-backed group and a Hong Kong-listed firm joined "
                + "the New York-based Talvern Fund in anti-Pyongyang protests."));
        assertHolds(got, "COUNTRY:North Korea", "COUNTRY:U.S.", "PERSON:Trump", "PERSON:Kim", "LOC:Seoul", "ORG:Hezbollah",
                "COUNTRY:Hong Kong", "LOC:New York", "ORG:Talvern Fund", "LOC:Pyongyang");
        assertNone(got, ".*(-based|-backed|-listed|Korea-U|Trump-|Hong$).*");
        // a seat of government in such a word is the institution it houses, unless a word of place follows
        assertHolds(typed(recognize("A Kremlin-linked businessman and a White House-backed plan were in the news. "
                + "The Kremlin-based guard stood by.")), "ORG:Kremlin", "ORG:White House", "LOC:Kremlin");
        // a name's syllables, a company named after its founders, an Arabic article, demonyms: no names inside
        Set<String> none = typed(recognize("Yau Wai-ching thanked Faber-Castell, founded by Eberhard Faber. According to "
                + "az-Zaman, Israeli-Palestinian talks resumed. Kim Jong-un smiled. The Trans-Pacific Partnership was signed. "
                + "Oven-baked bread sold well in Stratford-on-Avon, where the Dnipro-1 battalion rested."));
        assertHolds(none, "PERSON:Kim Jong-un");
        assertNone(none, ".*:(Wai|Faber|Castell|Zaman|Israeli|Palestinian|Jong|Pacific|Oven|Stratford|Avon|Dnipro)");
    }

    @Test
    void anAcronymSpellingAnOrganisationOfTheArticleIsThatOrganisation() {
        Set<String> got = typed(recognize("The Varden Institute of Maritime Studies opened a gallery. VIMS said the show runs "
                + "until May, and a VIMS lecturer spoke."));
        assertHolds(got, "ORG:Varden Institute of Maritime Studies", "ORG:VIMS");
        // the rule alone, over the one name given to it: a word among other capitals (a headline) is no acronym
        String text = "The Big Orange Company grew. STRONG BOC RESULTS CAME OUT. Then BOC sold more.";
        TextAnalysis t = ANALYZER.analyze(text);
        NerModel model = NerModel.bundled();
        Gazetteer gazetteer = Gazetteer.bundled();
        NerFeatures.Doc d = new NerFeatures(gazetteer, model.vocabulary(), model.classes()).prepare(t);
        List<String> found = new java.util.ArrayList<>();
        for (NewsRules.Name n : new NewsRules(gazetteer).apply(t, d, List.of(new NewsRules.Name(1, 4, NewsRules.ORG)),
                io.storyline.model.Deadline.none())) {
            found.add(n.type() + ":" + text.substring(t.start(n.start()), t.end(n.end() - 1)) + "@" + t.start(n.start()));
        }
        assertTrue(found.contains("ORG:BOC@" + text.lastIndexOf("BOC")), found.toString());
        assertFalse(found.contains("ORG:BOC@" + text.indexOf("BOC")), found.toString());
    }

    @Test
    void mayIsTheMonthWhereADateIsMeantAndACoordinationIsNoTitle() {
        Set<String> got = typed(recognize("The exhibition runs until May, and a museum lecturer spoke. In May the talks resumed. "
                + "Prime Minister Theresa May said on 4 May that May would stay."));
        assertHolds(got, "PERSON:Theresa May", "PERSON:May");
        assertEquals(2, recognize("The exhibition runs until May, and a museum lecturer spoke. In May the talks resumed. "
                + "Prime Minister Theresa May said on 4 May that May would stay.").stream()
                .filter(m -> m.type().equals("PERSON")).count(), got.toString());
        assertNone(got, "TITLE:.*(and|spoke).*");
    }

    @Test
    void commonWordsInAHeadlineAreNoName() {
        Set<String> got = typed(recognize("MARKETS SEE RED AS SHARES FALL\n\nMarkets See Red As Shares Fall In New York\n\n"
                + "United States And China Agree Trade Deal\n\nTHE TWO LEADERS AGREED TO WORK TOWARD PEACE, OFFICIALS SAID.\n\n"
                + "The index fell 3 percent on Monday, traders said."));
        assertHolds(got, "LOC:New York", "COUNTRY:United States", "COUNTRY:China");
        assertNone(got, ".*(MARKETS|Markets|See Red|Shares|PEACE|TOWARD|Trade Deal).*");
    }

    @Test
    void aHeadingOnALineOfItsOwnNamesNoOneByCommonWords() {
        assertEquals(List.of(), afterRules("Time & Money\n\nMost people want more of both.", "PERSON:Money"));
        // title case leaves its short function words in lower case
        assertEquals(List.of(), afterRules("2. Choose the Right Location\n\nThey grow best in part shade.", "ORG:Right Location"));
        // a line listing records in title case is no heading, nor is a title-case phrase inside a sentence
        assertEquals(List.of("ORG:Right Location"), afterRules("2. Choose the Right Location, 8 April 1957; Water the Roots, 9 April"
                + " 1957\n", "ORG:Right Location"));
        assertEquals(List.of("ORG:Right Location"), afterRules("They Choose the Right Location and it grows.", "ORG:Right Location"));
    }

    @Test
    void anOrganisationNamedOnlyByARolesWordsIsATitle() {
        assertFalse(afterRules("Biden called the CEO of Stellantis.", "ORG:CEO").contains("ORG:CEO"));
        assertTrue(afterRules("Biden called the CEO of Stellantis.", "ORG:Stellantis").contains("ORG:Stellantis"));
        assertEquals(List.of("ORG:Army"), afterRules("The Army is unlikely to forgive.", "ORG:Army"), "no role's head");
    }

    @Test
    void anAddressAndAStreetNamedForAPersonArePlaces() {
        assertEquals(List.of("LOC:Willow Lane"), afterRules("He waits outside 2 Willow Lane, then walks home.", "PERSON:Willow Lane"));
        assertEquals(List.of("LOC:Oskar Venn Street"), afterRules("The shop on Oskar Venn Street closed.", "PERSON:Oskar Venn Street"));
        assertEquals(List.of("LOC:Mill Lane"), afterRules("The library on Mill Lane is open.", "PERSON:Mill Lane"));
        assertEquals(List.of("PERSON:Nathan Lane"), afterRules("Nathan Lane said he would return.", "PERSON:Nathan Lane"));
    }

    @Test
    void aPlaceNamedByItsFacilityThatSpeaksIsItsInstitution() {
        assertEquals(List.of("ORG:Harlow Unified School District"), afterRules("The Harlow Unified School District said on Friday that "
                + "classes would resume.", "LOC:Harlow Unified School District"));
        assertEquals(List.of("LOC:Harlow Unified School District"), afterRules("Classes in the Harlow Unified School District "
                + "resumed on Friday.", "LOC:Harlow Unified School District"));
        // a person glued on after "of" and the place is no part of it
        List<String> glued = afterRules("Acting U.S. Attorney for the District of Massachusetts Joshua Levy said the case is open.",
                "LOC:District of Massachusetts Joshua Levy");
        assertTrue(glued.contains("LOC:District of Massachusetts"), glued.toString());
    }

    @Test
    void aRoleAndAPersonsNameBeforeOfAreThePersonAndTheCourtFollows() {
        List<String> got = afterRules("Judge Marta H. Lindqvist of Superior Court handed down the sentence.",
                "ORG:Judge Marta H. Lindqvist of Superior Court");
        assertTrue(got.contains("PERSON:Marta H. Lindqvist"), got.toString());
        assertTrue(got.contains("ORG:Superior Court"), got.toString());
        // an organisation named after a person keeps its name
        assertTrue(afterRules("He studied at the John F. Kennedy School of Government.", "ORG:John F. Kennedy School of Government")
                .contains("ORG:John F. Kennedy School of Government"));
    }

    @Test
    void aCourtesyTitleInsideAnOrganisationsRunClosesIt() {
        List<String> got = afterRules("Brellport Police Sgt. Jason Tlusty described the captain.", "ORG:Brellport Police Sgt. Jason Tlusty");
        assertTrue(got.contains("ORG:Brellport Police"), got.toString());
        assertTrue(got.contains("PERSON:Jason Tlusty"), got.toString());
        // the role's modifiers go with it
        got = afterRules("U.S. Navy Vice Adm. Mark Fox said the pirates were caught.", "ORG:U.S. Navy Vice Adm. Mark Fox");
        assertTrue(got.contains("ORG:U.S. Navy"), got.toString());
    }

    @Test
    void aNameEndingInACompanysSuffixIsACompany() {
        assertEquals(List.of("ORG:Harry Winston Diamond Corp."), afterRules("The retailer Harry Winston Diamond Corp. said sales rose.",
                "PERSON:Harry Winston Diamond Corp."));
        assertEquals(List.of("ORG:Portugal Telecom SGPS SA"), afterRules("Portugal Telecom SGPS SA has redirected traffic.",
                "PERSON:Portugal Telecom SGPS SA"));
        // a region's code after a town and a comma stays the town's
        assertFalse(afterRules("She lives in Adelaide, SA.", "LOC:Adelaide").contains("ORG:Adelaide, SA"));
    }

    @Test
    void aPlayersPositionIsARoleBetweenTheTeamAndThePlayer() {
        List<String> got = afterRules("Chiefs QB Brady Quinn threw a pick six.", "PERSON:Chiefs QB Brady Quinn");
        assertEquals(List.of("ORG:Chiefs", "PERSON:Brady Quinn"), got);
        got = afterRules("The news came from Los Angeles Angels GM Tony Reagins last night.", "ORG:Los Angeles Angels", "ORG:GM",
                "PERSON:Tony Reagins");
        assertEquals(List.of("ORG:Los Angeles Angels", "PERSON:Tony Reagins"), got);
        assertTrue(afterRules("GM said sales rose.", "ORG:GM").contains("ORG:GM"), "the company, where no name follows");
    }

    @Test
    void officesOfLocalGovernmentLeaveThePersonsName() {
        assertEquals(List.of("PERSON:Jumaane D. Williams"), persons(afterRules("City Councilman Jumaane D. Williams said it was tense.",
                "PERSON:Councilman Jumaane D. Williams")));
        assertEquals(List.of("PERSON:Bill de Blasio"), persons(afterRules("Public Advocate Bill de Blasio came to the area.",
                "PERSON:Advocate Bill de Blasio")));
        assertEquals(List.of("PERSON:David Soares"), persons(afterRules("Albany County DA David Soares said it was strong.",
                "PERSON:DA David Soares")));
        assertEquals(List.of("PERSON:Lula da Silva"), persons(afterRules("Lula da Silva won the vote.", "PERSON:Lula da Silva")));
    }

    @Test
    void aPlaceDoesNotTakeTheWordThatOpensTheRoleAfterIt() {
        Set<String> got = typed(recognize("Fulton County District Attorney Paul Howard said he would seek a retrial. "
                + "The case was heard by U.S. District Judge Anna Berg in Brooklyn."));
        assertHolds(got, "LOC:Fulton County", "COUNTRY:U.S.", "PERSON:Paul Howard", "PERSON:Anna Berg");
        assertNone(got, "(LOC|COUNTRY):.*District");
    }

    @Test
    void lettersAfterAPersonsNameAreNoPartOfIt() {
        assertEquals(List.of("PERSON:Charles Walker"), persons(afterRules("Charles Walker MP said the plan was good.",
                "PERSON:Charles Walker MP")));
        assertEquals(List.of("PERSON:Jane Hale"), persons(afterRules("Jane Hale KC appeared for the family.", "PERSON:Jane Hale KC")));
    }

    @Test
    void formerOpeningASentenceIsNoPartOfTheName() {
        assertTrue(afterRules("Former Kutztown University football player Brian Nichols was sentenced.",
                "ORG:Former Kutztown University", "PERSON:Brian Nichols").contains("ORG:Kutztown University"));
    }

    @Test
    void aCapitalisedPluralAfterTheInASentenceAboutASportIsASide() {
        Set<String> got = typed(recognize("The Colts beat the Chiefs 20-13 on Sunday."));
        assertHolds(got, "ORG:Colts", "ORG:Chiefs");
        // a people, a competition and a longer name are no side
        got = typed(recognize("A volley put the Belgians in the lead before the Olympics, said the Daughters of the American "
                + "Revolution after the match 2-1."));
        assertNone(got, "ORG:(Belgians|Olympics|Daughters)");
    }

    @Test
    void anUnknownAcronymThatReportsOrIsCitedIsAnOrganisation() {
        assertHolds(typed(recognize("Now, THR is reporting that the studio and the director are in talks.")), "ORG:THR");
        assertHolds(typed(recognize("Internet provider MWEB announced on Friday that service was restored.")), "ORG:MWEB");
        assertHolds(typed(recognize("The cuts happened off the coast, according to KTN.")), "ORG:KTN");
        // initials that say are no source, and an acronym that opens a longer name leaves it whole
        assertNone(typed(recognize("Later JFK said it again.")), "ORG:JFK");
        assertNone(typed(recognize("Whitmore told LA Weekly that he had left.")), "ORG:LA");
    }

    @Test
    void aNounOfAKindOfOrganisationBeforeANameMakesItThatOrganisation() {
        assertHolds(typed(recognize("Subsea cable operator Seacom started to experience problems on Saturday.")), "ORG:Seacom");
        assertHolds(typed(recognize("A vinyl edition came out on the US record label, Soleilmoon Recordings.")),
                "ORG:Soleilmoon Recordings");
        assertHolds(typed(recognize("The song was released by the British band Killing Joke in 1980.")), "ORG:Killing Joke");
        // a possessive may follow, and the kind stated holds for the name's other mentions
        List<Mention> firm = recognize("She joined the energy firm Brannock's board in 2019. Brannock's shares fell.");
        assertEquals(2, firm.stream().filter(m -> m.text().equals("Brannock") && m.type().equals("ORG")).count(), firm.toString());
        // what follows in its own clause, "a(n)" before the noun, a number after the name, a duo's members
        assertNone(typed(recognize("It is the company Steve Jobs founded in a garage.")), "ORG:Steve Jobs");
        assertNone(typed(recognize("Just take cash out from a bank ATM in town.")), "ORG:ATM");
        assertNone(typed(recognize("It is the stage name of the duo Ben Wolff and Andy Dean.")), "ORG:Ben Wolff");
        assertNone(typed(recognize("In the ruling party, Smith said, nobody objected.")), "ORG:Smith");
    }

    @Test
    void aPersonInAHeadlineEndsBeforeTheHeadlinesVerbs() {
        assertHolds(typed(recognize("Esther Williams Dies at 91\n\nThe swimmer died in her sleep.")), "PERSON:Esther Williams");
        assertHolds(typed(recognize("Yvonne Hiller Charged With Murder\n\nShe was charged on Friday.")), "PERSON:Yvonne Hiller");
        assertHolds(typed(recognize("Obama Reverses Bush on Species Protection Measure\n\nThe president spoke.")),
                "PERSON:Obama", "PERSON:Bush");
        // a family name that looks like a plural stays, and so does a facility's head
        assertHolds(typed(recognize("Maurice Cheeks Fired by Sixers\n\nThe coach was fired.")), "PERSON:Maurice Cheeks");
        assertHolds(typed(recognize("Advisers\n\nNoam Chomsky, MIT (Emeritus) Nicholas A. Christakis, Yale University Roger Cohen")),
                "PERSON:Nicholas A. Christakis");
        assertNone(typed(recognize("Lindsay Lohan Checks Into Betty Ford Center\n\nShe checked in.")), "PERSON:Betty Ford");
    }

    @Test
    void aHeadlineInTitleCaseIsReadInSentenceCase() {
        // verbs and nouns capitalised by title case join no name
        Set<String> lohan = typed(recognize("Lindsay Lohan Checks Into Betty Ford After Fleeing Other Rehab Facility\n\n"
                + "The actress left a facility in Newport Beach on Thursday."));
        assertHolds(lohan, "PERSON:Lindsay Lohan");
        for (String n : lohan) {
            assertFalse(n.contains("Checks") || n.contains("Fleeing") || n.contains("Facility"), n + " in " + lohan);
        }
        // how the article prints a word decides: "playoff" in lower case, the sides capitalised
        Set<String> colts = typed(recognize("Colts Clinch Playoff Berth With Victory Against Jaguars\n\n"
                + "The Colts secured a playoff berth on Sunday. Indianapolis beat the Jaguars in the rain."));
        assertHolds(colts, "ORG:Jaguars");
        for (String n : colts) assertFalse(n.contains("Playoff") || n.contains("Victory"), n + " in " + colts);
        // an unknown family name after a known given name stays, though it looks like a plural
        assertHolds(typed(recognize("Julie Mollins Wins Regional Award\n\nThe prize was announced on Monday.")),
                "PERSON:Julie Mollins");
        // in a long article, a word of the headline it never prints capitalised is a common word, but a
        // known given name before a family name stays, middle initial and all
        String body = "\n\nThe forests of the region have been managed by the communities that live in them for "
                + "generations, and a new study finds that they store more carbon where those communities hold the land. "
                + "The authors call for secure rights to be written into law.";
        assertHolds(typed(recognize("Written by: Julie Mollins" + body)), "PERSON:Julie Mollins");
        assertHolds(typed(recognize("Karin J. Schmitz Reports Record Carbon Storage" + body)), "PERSON:Karin J. Schmitz");
        assertNone(typed(recognize("Karin J. Schmitz Reports Record Carbon Storage" + body)), ".*(Reports|Record|Carbon).*");
    }

    @Test
    void sentenceCaseChangesOnlyTheOpeningHeadlineAndKeepsTheTextsLength() {
        String text = "Microsoft Rushes Emergency Fix To Address Browser Attacks\n\n"
                + "Microsoft released a fix.\n\nSecurity Experts Weigh In\n\nThey said it was late.";
        TextAnalysis t = ANALYZER.analyze(text);
        NerFeatures.Doc d = new NerFeatures(Gazetteer.bundled(), NerModel.bundled().vocabulary(), NerModel.bundled().classes()).prepare(t);
        boolean[] headline = new boolean[t.sentenceCount()];
        String cased = HeadlineCase.truecase(t, d, headline);
        assertEquals("Microsoft rushes emergency fix to address browser attacks", cased.substring(0, cased.indexOf('\n')));
        assertEquals(text.length(), cased.length());
        // a heading further down is left as printed
        assertTrue(cased.endsWith("Security Experts Weigh In\n\nThey said it was late."), cased);
        assertTrue(headline[0]);
        assertFalse(headline[t.sentenceCount() - 1]);
        // a facility's head after a kept name stays with it
        TextAnalysis ford = ANALYZER.analyze("Lindsay Lohan Checks Into Betty Ford Center\n\nShe checked in.");
        assertEquals("Lindsay Lohan checks into Betty Ford Center\n\nShe checked in.", HeadlineCase.truecase(ford,
                new NerFeatures(Gazetteer.bundled(), NerModel.bundled().vocabulary(), NerModel.bundled().classes()).prepare(ford),
                new boolean[ford.sentenceCount()]));
        // a text without a headline in title case is not changed
        TextAnalysis plain = ANALYZER.analyze("Microsoft released a fix on Tuesday.");
        assertEquals(null, HeadlineCase.truecase(plain, new NerFeatures(Gazetteer.bundled(), NerModel.bundled().vocabulary(),
                NerModel.bundled().classes()).prepare(plain), new boolean[plain.sentenceCount()]));
    }

    @Test
    void whereSomeoneLivesIsAPlace() {
        assertHolds(typed(recognize("Police said the person killed was a 63-year-old woman from Warren.")), "LOC:Warren");
        assertHolds(typed(recognize("The gunman, a 38-year-old Troy resident, was fired on Thursday.")), "LOC:Troy");
        assertHolds(typed(recognize("The fire destroyed the dairy, according to Palmer officials.")), "LOC:Palmer");
        assertHolds(typed(recognize("He is charged in the death of Jim Kafoury, 63, of Warren.")), "LOC:Warren", "PERSON:Jim Kafoury");
        // a people's word is no home
        assertNone(typed(recognize("The hospital was built for the Palestinian residents of Gaza.")), "LOC:Palestinian");
        // a letter is no person, and a person's name of two words stays one
        assertHolds(typed(recognize("She read a letter from Warren Buffett to the board.")), "PERSON:Warren Buffett");
    }

    @Test
    void namesListedAfterAPluralNounOfPlacesArePlaces() {
        assertHolds(typed(recognize("The four hardest-hit villages were Tonban, Gavarzin, Khaledin and Gourian.")),
                "LOC:Tonban", "LOC:Gavarzin", "LOC:Khaledin", "LOC:Gourian");
        assertNone(typed(recognize("The villages were quiet, Mr Hassan said.")), "LOC:.*");
    }

    @Test
    void aKindTheTextStatesOutvotesTheArticlesOtherReadings() {
        List<Mention> ms = recognize("Subsea cable operator Seacom announced the repair on Twitter. Seacom said the cable was cut. "
                + "Seacom started to experience problems on Saturday. Later Seacom said it had restored services.");
        assertTrue(ms.stream().filter(m -> m.text().equals("Seacom")).count() >= 3, ms.toString());
        assertTrue(ms.stream().filter(m -> m.text().equals("Seacom")).allMatch(m -> m.type().equals("ORG")), ms.toString());
        assertHolds(typed(recognize("Aisby is a village in Lincolnshire. Both Heydour and Aisby are found with other spellings.")),
                "LOC:Aisby");
        // a person named with a known given name is no kind's name
        assertNone(typed(recognize("The inspector questioned operator George F. Hauser about the crash.")), "ORG:George.*");
    }

    @Test
    void aCallingInAnAppositionMakesAPerson() {
        assertHolds(typed(recognize("Simon Gordon, a spokesman for the U.K. company, said the stores would reopen.")),
                "PERSON:Simon Gordon");
        assertHolds(typed(recognize("LONDON (BBC) - Zaha Hadid, the Iraqi-British architect whose sweeping buildings "
                + "changed skylines, has died.")), "PERSON:Zaha Hadid");
        // a listed place stays one whatever the apposition calls it
        assertHolds(typed(recognize("Memphis, the king of blues towns, drew crowds.")), "LOC:Memphis");
    }

    @Test
    void aJobAtANameNoListKnowsIsAtACompany() {
        assertHolds(typed(recognize("She was suspended from her job at Kraft, where she had worked for 15 years.")), "ORG:Kraft");
        assertHolds(typed(recognize("He worked at Heathrow for a decade.")), "LOC:Heathrow");
    }

    @Test
    void aSideReadInAMatchIsThatSideThroughoutTheArticle() {
        Set<String> got = typed(recognize("The Colts beat the Jaguars 31-24 on Sunday. \"We were grateful for the win,\" Colts "
                + "coach Tony Dungy said. The visiting Colts secured the No. 5 seed."));
        assertHolds(got, "ORG:Colts", "ORG:Jaguars", "PERSON:Tony Dungy");
        List<Mention> ms = recognize("The Colts beat the Jaguars 31-24 on Sunday. The visiting Colts were pleased.");
        assertEquals(2, ms.stream().filter(m -> m.type().equals("ORG") && m.text().equals("Colts")).count());
        // one word of the game is no match: "goals" in an article about a party
        List<Mention> party = recognize("The Nazis hoped that the state would serve their 'Blood and Soil' goals. The coup "
                + "ended in a gun battle that left four officers and 16 Nazis dead.");
        assertTrue(party.stream().noneMatch(m -> m.start() > 80 && m.text().equals("Nazis") && m.type().equals("ORG")), party.toString());
        // before "of" the word opens a longer name
        assertNone(typed(recognize("The Protocols beat the Elders 2-1 in the cup. The Protocols of the Elders of Zion is a forgery.")),
                "ORG:Protocols of.*");
    }

    @Test
    void georgiaInAnArticleAboutAnAmericanPlaceIsTheState() {
        assertHolds(typed(recognize("The shooting at the Atlanta courthouse shocked Georgia. Voters in Georgia and Alabama "
                + "go to the polls in May.")), "LOC:Georgia");
        assertHolds(typed(recognize("Russia and Georgia fought over South Ossetia. Tbilisi said Georgia would not give up.")),
                "COUNTRY:Georgia");
    }

    @Test
    void theRestOfAListIsNoApposition() {
        Set<String> got = typed(recognize("He shot and killed Judge Rowland Barnes, Delia Brandau and sheriff's Deputy Hoyt Teasley."));
        assertNone(got, "TITLE:.*Brandau.*");
    }

    @Test
    void aNameAfterAStyleOfAddressIsAPersons() {
        assertEquals(List.of("PERSON:Aubyn Hill"), afterRules("Minister Senator the Hon. Aubyn Hill told JIS News.", "ORG:Aubyn Hill"));
        assertEquals(List.of("PERSON:Aubyn Hill"), afterRules("Minister Senator the Hon. Aubyn Hill told JIS News.", "ORG:Hon. Aubyn Hill"));
        assertFalse(afterRules("He thanked the Hon. Hill Foundation.", "ORG:Hill Foundation").contains("PERSON:Hill Foundation"),
                "an organisation's word keeps the name");
    }

    @Test
    void aReferenceListsJournalsAreNoNamesAndItsAuthorsArePersons() {
        String ref = "44.\n\nLorenz M, Wozel G, Schmitt J. Hypersensitivity reactions to drugs. Br J Dermatol. 2003;149(5):1018-22.\n";
        assertFalse(afterRules(ref, "PERSON:Br J Dermatol").contains("PERSON:Br J Dermatol"));
        assertTrue(afterRules(ref, "ORG:Wozel G").contains("PERSON:Wozel G"));
        // outside a reference line, a capital after a name is no initial ("Pfizer AG said")
        assertEquals(List.of("ORG:Pfizer AG"), afterRules("Pfizer AG said on Monday it would buy the firm.", "ORG:Pfizer AG"));
        assertEquals(List.of("ORG:Rev Moon"), afterRules("Members of Rev Moon met.", "ORG:Rev Moon"), "no journal without a mark");
    }

    @Test
    void aSaintLeftOutOfTheNameOfWhatBearsIt() {
        assertTrue(afterRules("He studied at St John's College in Cambridge.", "ORG:John's College").contains("ORG:St John's College"));
        assertTrue(afterRules("Thanks to the staff at St Vincent's Hospital in Sydney.", "ORG:Vincent's Hospital")
                .contains("ORG:St Vincent's Hospital"));
    }

    @Test
    void anOrganisationsNameGoesOnOverItsHeadWords() {
        assertTrue(afterRules("The Whanganui District Health Board has apologised.", "ORG:Whanganui District Health")
                .contains("ORG:Whanganui District Health Board"));
        assertTrue(afterRules("Lee Holdings said so. Board members left.", "ORG:Lee Holdings").contains("ORG:Lee Holdings"),
                "a sentence's end stops it");
    }

    @Test
    void analysisOfAnotherTextIsMisuse() {
        TextAnalysis t = ANALYZER.analyze("one text");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RECOGNIZER.recognize("a", "another text", t));
    }

    @Test
    void initialsBeforeACapitalisedWordMakeAPersonAndAMiddleInitialStaysInside() {
        String text = "National security adviser H.R. McMaster arrived. Wikinews interviews Mario J. Lucero. "
                + "P.S. Tom, call me. U.S. Army units left.";
        Set<String> got = typed(recognize(text));
        assertHolds(got, "PERSON:H.R. McMaster", "PERSON:Mario J. Lucero");
        assertNone(got, "PERSON:(P\\.S\\. Tom|J\\. Lucero|U\\.S\\..*)");
        // the rule itself, whatever the model reads
        List<String> kept = afterRules(text, "PERSON:Mario");
        assertTrue(kept.containsAll(List.of("PERSON:H.R. McMaster", "PERSON:Mario J. Lucero")), kept.toString());
    }

    @Test
    void aRoleWordBetweenAGivenNameAndANameIsPartOfThePersonsName() {
        String text = "Israel killed its former leader, Muhammed Sheikh Khalil, on Sunday.";
        List<String> kept = afterRules(text, "PERSON:Muhammed Sheikh Khalil");
        assertTrue(kept.contains("PERSON:Muhammed Sheikh Khalil"), kept.toString());
    }

    @Test
    void aPersonOfAPlaceIsSplitFromIt() {
        List<String> kept = afterRules("\"This is way too large,\" said Supervisor Alfredo Pedroza of Napa County.",
                "LOC:Supervisor Alfredo Pedroza of Napa County");
        assertTrue(kept.contains("PERSON:Alfredo Pedroza"), kept.toString());
        assertTrue(kept.contains("LOC:Napa County"), kept.toString());
        // no given name, no split: a place's own name of that shape stays whole
        kept = afterRules("They toured Upper Canyon Park of Napa County.", "LOC:Upper Canyon Park of Napa County");
        assertTrue(kept.contains("LOC:Upper Canyon Park of Napa County"), kept.toString());
    }

    @Test
    void aGivenNameBeforeAParticleJoinsTheName() {
        List<String> kept = afterRules("\"We are fully mobilized,\" said Marie des Cars, the museum's president.", "PERSON:Cars");
        assertTrue(kept.contains("PERSON:Marie des Cars"), kept.toString());
    }

    @Test
    void aSentencesOpeningWordIsNoPartOfAName() {
        assertEquals(List.of("PERSON:Hitler", "PERSON:Trump"),
                afterRules("Unlike Hitler, Trump has never written a book.", "PERSON:Unlike Hitler", "PERSON:Trump"));
        assertEquals(List.of("PERSON:Nixon"), afterRules("Meanwhile Nixon wrote it.", "PERSON:Meanwhile Nixon"));
        // other words opening a name stay ("Irving Berlin", "Grant Shapps": given names no list knows)
        assertEquals(List.of("PERSON:Irving Berlin"), afterRules("Irving Berlin wrote it.", "PERSON:Irving Berlin"));
    }

    @Test
    void aCompassWordAndAPlaceAreAPlace() {
        assertEquals(List.of("PERSON:Chris Green", "LOC:Bolton West"),
                afterRules("Chris Green, who represents Bolton West, signed.", "PERSON:Chris Green", "PERSON:Bolton West"));
        assertEquals(List.of("LOC:Northampton North"), afterRules("He won Northampton North again.", "ORG:Northampton North"));
        // a given name with a compass word is a person ("Kanye West")
        assertEquals(List.of("PERSON:Kanye West"), afterRules("Kanye West signed.", "PERSON:Kanye West"));
    }

    @Test
    void aPhraseAboutANameAfterItsCommaIsNoRole() {
        Set<String> got = typed(recognize("Lüderitzstrasse will become Oskar Venn Street, after a southwest African tribal "
                + "leader, and the square will be named for Greta Holm, the city's first mayor."));
        assertNone(got, "TITLE:after.*");
        assertHolds(got, "TITLE:city's first mayor");
    }

    @Test
    void aPlayersCountryIsNoSide() {
        Set<String> got = typed(recognize("Greta Holm of Tunisia beat Nora Fjeld 6-4, 6-3 in the other group. Holm served well "
                + "and won the first set. Fjeld lost the match in the second set after a break of serve."));
        assertHolds(got, "COUNTRY:Tunisia");
        assertNone(got, "ORG:Tunisia");
    }

    @Test
    void aClimatePatternIsNoPerson() {
        assertEquals(List.of(), afterRules("Scientists blame the El Niño weather pattern.", "PERSON:El Niño"));
        assertEquals(List.of(), afterRules("La Nina returned this winter.", "PERSON:La Nina"));
    }

    @Test
    void aLicenceIsNoName() {
        assertEquals(List.of(), afterRules("The code is released under the General Public License.", "PERSON:General Public License"));
    }
}
