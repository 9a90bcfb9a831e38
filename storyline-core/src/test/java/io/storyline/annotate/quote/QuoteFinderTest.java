package io.storyline.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.annotate.entity.EntityIndex;
import io.storyline.annotate.entity.EntityRecognizer;
import io.storyline.annotate.entity.EntityResolver;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.model.Deadline;
import io.storyline.model.Mention;
import io.storyline.model.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each quoting structure the finder handles, one case each, plus a golden file. */
class QuoteFinderTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();
    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.standard();
    private static final EntityResolver RESOLVER = EntityResolver.standard();
    private static final QuoteFinder FINDER = QuoteFinder.standard();

    /** Quotes with speakers resolved to entities, offsets checked. */
    static List<Quote> quotes(String text) {
        TextAnalysis t = ANALYZER.analyze(text);
        List<Mention> ms = RECOGNIZER.recognize("a-test", text, t);
        EntityIndex index = new EntityIndex();
        List<Quote> qs = FINDER.find("a-test", t, RESOLVER.add(index, "a-test", null, t, ms), index, Deadline.none());
        for (Quote q : qs) assertEquals(q.text(), text.substring(q.start(), q.end()), "offsets of " + q);
        return qs;
    }

    private static Quote only(String text) {
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    @Test
    void pronounAfterCurlyQuote() {
        Quote q = only("Oskar Venn visited the harbour on Monday.\n\n“The pumps are working again,” he said.");
        assertEquals("The pumps are working again", q.text());
        assertEquals("Oskar Venn", q.speaker());
        assertNotNull(q.entity());
        assertEquals("said", q.cue());
    }

    @Test
    void invertedCueWithShortName() {
        List<Quote> qs = quotes("Teodor Vasse flew to Brell on Sunday.\n\n\"We will come with an open mind,\" said Vasse. "
                + "\"But an open mind is not an open wallet.\"");
        assertEquals(2, qs.size());
        assertEquals("Teodor Vasse", qs.get(0).speaker());
        assertEquals("Teodor Vasse", qs.get(1).speaker(), "the second quote of the paragraph continues the speaker");
        assertNull(qs.get(1).cue());
    }

    @Test
    void cueBeforeTheQuoteWithColon() {
        Quote q = only("Ilse Marrow told a news conference: \"Nobody expects a deal in one round.\"");
        assertEquals("Ilse Marrow", q.speaker());
        assertEquals("told a news conference", q.cue());
    }

    @Test
    void speakerAfterAQuoteEndingInAPeriod() {
        Quote q = only("\"The delegation will travel on Sunday.\" Greta Holm said in a statement.");
        assertEquals("Greta Holm", q.speaker());
        assertEquals("said in a statement", q.cue());
    }

    @Test
    void aNewStatementAfterAQuoteIsNoCue() {
        Quote q = only("\"The delegation will travel on Sunday.\" Greta Holm said the talks would last two days and "
                + "would cover customs, dredging and fees.");
        assertNull(q.speaker());
    }

    @Test
    void accordingTo() {
        Quote q = only("According to Piet Granger, the former president, \"the mood in Vesk has changed.\"");
        assertEquals("Piet Granger", q.speaker());
        assertEquals("according to", q.cue());
    }

    @Test
    void appositionBeforeTheVerb() {
        Quote q = only("Lise Anvar-Holm, Corvale's minister for regional cooperation, said \"it is time to ask what "
                + "the sanctions have achieved.\"");
        assertEquals("Lise Anvar-Holm", q.speaker());
    }

    @Test
    void aNameDescribedByAdjectivesSpeaks() {
        Quote q = only("\"Well, then that would be quite different,\" said a skeptical Robert Wolfarth, the trust's new chairman.");
        assertEquals("Robert Wolfarth", q.speaker());
        assertNotNull(q.entity());
        assertEquals("Jane Marlow", only("\"We are not moving,\" said his wife Jane Marlow.").speaker());
        assertEquals("Boris Johnson", only("\"Get Brexit done,\" said the embattled Boris Johnson.").speaker());
    }

    @Test
    void aNameRelatedToTheSpeakerDoesNotSpeak() {
        for (String subject : List.of("the wife of John Marlow", "a spokesman for Anne Kessler", "an aide to Anne Kessler",
                "the lawyer representing John Marlow")) {
            Quote q = only("\"We are not moving,\" said " + subject + ".");
            assertEquals(subject, q.speaker(), subject);
            assertNull(q.entity(), subject);
        }
    }

    @Test
    void aQuoteIntroducedByAColonRunsOverParagraphs() {
        List<Quote> qs = quotes("Former whip Marta Holm told him: \u201cThese were twelve pages of detailed laws.\n\n"
                + "\u201cThat is why we need to scrutinise the detail before it comes into force.\u201d\n\n"
                + "Teodor Vasse responded: \u201cSometimes we have had to move fast.\n\n"
                + "\u201cThe challenge is how to ensure proper scrutiny.\u201d");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Marta Holm", qs.get(0).speaker());
        assertTrue(qs.get(0).text().endsWith("comes into force."), qs.get(0).text());
        assertEquals("Teodor Vasse", qs.get(1).speaker());
        assertEquals("responded", qs.get(1).cue());
    }

    @Test
    void aParticipleOfSayingBelongsToTheSubjectBeforeTheComma() {
        Quote q = only("Greta Holm met the mayor on Friday. She declined, saying \"I am not comfortable with sharing that.\"");
        assertEquals("Greta Holm", q.speaker());
        assertEquals("saying", q.cue());
        q = only("Greta Holm said the minister had apologised, and that she forgave him, adding that \"he is a good person.\"");
        assertEquals("Greta Holm", q.speaker());
    }

    @Test
    void aParticipleAfterAClauseWhoseSubjectIsADescription() {
        Quote q = only("A spokesperson for Vesk University urged struggling students to talk to the university, saying: "
                + "\u201cWe understand this is difficult for those who are new to the city.\u201d");
        assertEquals("a spokesperson for Vesk University", q.speaker());
        assertNull(q.entity());
    }

    @Test
    void theNextQuoteOfAParagraphBelongsToWhoSaidTheSentenceBefore() {
        Quote q = only("The coverage made it more than gossip, Oskar Venn said. \"It changed the threat, and that changed everything.\"");
        assertEquals("Oskar Venn", q.speaker());
        assertNull(q.cue(), "the cue belongs to the sentence before");
    }

    @Test
    void aDescriptionBeforeTheNameAfterTheCue() {
        Quote q = only("\u201cIt is like Christmas morning for the kids,\u201d said head coach of the men\u2019s team, Dwayne Killings.");
        assertEquals("Dwayne Killings", q.speaker());
    }

    @Test
    void aQuoteAloneAfterReportedSpeechThatHoldsAPartialQuote() {
        List<Quote> qs = quotes("Outside court, Fowler said Kirkpatrick is \"not doing very well.\"\n\n"
                + "\"He is placed in a double bunk with somebody who is withdrawing from drugs. He can not sleep.\"");
        assertEquals("Fowler", qs.get(qs.size() - 1).speaker());
        // a pronoun is no named speaker there, and a sentence inside an earlier quote is no reported speech
        qs = quotes("Mr. Nixon left office in 1974.\n\nFor a buck apiece, they offered stickers reading \"The Book Stops Here.\"\n\n"
                + "\"I put lipstick on a pig.\"");
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("I put") && q.speaker() != null), qs.toString());
        qs = quotes("\"Oh... hi. If you find any artifacts, Gunther will gladly display them in the museum.\"\n\n"
                + "\"On the 25th we'll be having the Feast of the Winter Star.\"");
        assertTrue(qs.stream().noneMatch(q -> "Gunther".equals(q.speaker())), qs.toString());
    }

    @Test
    void aPoliceRankAbbreviatedBeforeTheSpeaker() {
        Quote q = only("Police spokesman Const. Tim Fanning spoke to reporters.\n\n"
                + "\"It's something no business can prepare for,\" Const. Fanning said.");
        assertEquals("Tim Fanning", q.speaker());
        q = only("\"We found nothing,\" Det. Sarah Kowal said on Monday.");
        assertEquals("Sarah Kowal", q.speaker());
    }

    @Test
    void aTimeBetweenTheCueAndThat() {
        Quote q = only("The Vesk Health Agency said on Oct. 29 that \"evacuation of the hospitals is impossible without danger.\"");
        assertEquals("Vesk Health Agency", q.speaker());
        assertEquals("said on Oct. 29", q.cue());
    }

    @Test
    void aSentenceOpeningWithATimeNamesNoSpeaker() {
        List<Quote> qs = quotes("\"I am not comfortable with that.\" On Monday, the broadcaster published the rest.");
        assertEquals(1, qs.size(), qs.toString());
        assertNull(qs.get(0).speaker());
    }

    @Test
    void aModalEndsADescription() {
        assertEquals("the man", only("The man could be heard saying, \"My girlfriend is trying to get an appointment.\"").speaker());
    }

    @Test
    void aPronounSkipsAPersonOfTheOtherGender() {
        // by a given name that tells
        Quote q = only("Oprah Winfrey interviewed Harry Marlow in March. When Winfrey asked if he could share the questions, "
                + "he declined, saying \"I am not comfortable with sharing that.\"");
        assertEquals("Harry Marlow", q.speaker());
        // by a courtesy title before another mention of the same person
        q = only("Dana Kessler met Robin Ashford on Monday. Ms. Kessler left early and Mr. Ashford stayed late. "
                + "Ashford later told the press that the talks had stalled. She said: \"The talks are over for this year.\"");
        assertEquals("Dana Kessler", q.speaker());
    }

    @Test
    void aNameWithARelativeClauseOrATitleAfterTheCue() {
        assertEquals("Leigh Sears", only("\"It will be a nice resort once it is up and operating,\" said Leigh Sears who is the "
                + "concessions manager.").speaker());
        assertEquals("Josh Hawley", only("\"I am not sure these debates are productive,\" said Sen. Josh Hawley of Missouri.").speaker());
    }

    @Test
    void aDashClosesTheClauseBeforeTheSubject() {
        Quote q = only("And on abortion - on the day after it fuelled defeats across the country in the off-year elections - "
                + "Nikki Haley noted \"as much as I am pro-life, I do not judge anyone for being pro-choice.\"");
        assertEquals("Nikki Haley", q.speaker());
    }

    @Test
    void anAppositionWithCommasOfItsOwn() {
        Quote q = only("Prof Gavin Yamey, director of the Centre for Policy Impact in Global Health at Duke University, who is "
                + "leading research into the spread of Covid, says: \u201cReopening a university is like dumping a cruise ship "
                + "in the middle of town.\u201d");
        assertEquals("Gavin Yamey", q.speaker().replace("Prof ", ""));
    }

    @Test
    void aTimeBetweenTheVerbAndTheQuote() {
        Quote q = only("After trust member Peggy Bell asked last week \u201cWhy has this taken four months when the staff said "
                + "they could be ready in September?\u201d the county replied.");
        assertEquals("Peggy Bell", q.speaker());
        assertEquals("asked last week", q.cue());
    }

    @Test
    void aQuoteWithAnUnreadCueInheritsNoSpeaker() {
        List<Quote> qs = quotes("\"We are not locked in to a number of cabins,\" said Steve Lederer.\n\n"
                + "\"I did not believe that we would get here, and we are,\" said 3 of the 5 members.");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Steve Lederer", qs.get(0).speaker());
        assertNull(qs.get(1).speaker(), "the second quote has a cue of its own");
        assertEquals("someone at the meeting", only("\"That is a city, not rural recreation,\" said someone at the meeting.").speaker());
    }

    @Test
    void anInterviewsTurnNamesItsSpeaker() {
        List<Quote> qs = quotes("The reporter spoke to the park's two directors.\n\nGreta Holm: \u201cWe have no money for new buses, "
                + "and we cannot change the timetable on our own.\u201d\n\nOskar Venn: \u201cThe trains will run more often next year.\u201d");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Greta Holm", qs.get(0).speaker());
        assertEquals("Oskar Venn", qs.get(1).speaker());
    }

    @Test
    void moreVerbsOfSaying() {
        assertEquals("Chris Christie", only("\"Anybody who spends the next year in courtrooms cannot lead this party,\" "
                + "Chris Christie charged.").speaker());
    }

    @Test
    void presentTenseVerbsOfFeatures() {
        List<Quote> qs = quotes("\u201cThose goats were so smart,\u201d remembers Greta Holm, coordinator of the programme, "
                + "with a laugh. \u201cThey would look at our snares, and jump over them.\u201d");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Greta Holm", qs.get(0).speaker());
        assertEquals("remembers", qs.get(0).cue());
        assertEquals("Greta Holm", qs.get(1).speaker());
        assertEquals("Oskar Venn", only("\"Take what you need, my friend,\" Oskar Venn reiterates.").speaker());
    }

    @Test
    void aParticipleBelongsToTheSubjectOfTheSentence() {
        Quote q = only("Mr Oskar Venn earlier used his speech to warn against a \u201cone-size-fits-all\u201d approach to the "
                + "lockdown, adding: \u201cIt is much easier to defend the rules where they are most needed.\u201d");
        assertEquals("Oskar Venn", q.speaker());
        assertEquals("adding", q.cue());
    }

    @Test
    void theQuoteAfterAParentheticalSpeakerIsTheirs() {
        Quote q = only("Greta Holm says she hopes people will visit. It is easy, she says, for people to marvel at the "
                + "island. \u201cBut they do not know the work that goes into keeping it that way.\u201d");
        assertEquals("Greta Holm", q.speaker());
        assertNull(q.cue());
    }

    @Test
    void aSpeakerWithAnAppositionOutranksAPersonInWhatTheySaid() {
        List<Quote> qs = quotes("Greta Holm, a longtime conservative strategist, told reporters that Nora Fjeld \"came in "
                + "with a reputation.\"\n\nShe offered that \"Brenn seemed to have more swagger tonight.\"");
        assertEquals("Greta Holm", qs.get(qs.size() - 1).speaker());
    }

    @Test
    void asTheSpeakerNotedIntroducesTheirQuote() {
        Quote q = only("Greta Holm won in 1992. As Holm herself noted, \u201c1992 changed the party for a decade.\u201d");
        assertEquals("Greta Holm", q.speaker());
        assertEquals("noted", q.cue());
    }

    @Test
    void aQuoteAfterASentenceOfReportedSpeechIsItsSpeakers() {
        Quote q = only("Publishing magnate Oskar Venn tells the Swiss weekly Die Woche that the presidency has hurt him. "
                + "\u201cPeople want to wait to see what his popularity is going to be.\u201d");
        assertEquals("Oskar Venn", q.speaker());
        // not where the quote has a cue of its own
        List<Quote> qs = quotes("Oskar Venn says the plan will fail. \u201cWe will see about that,\u201d Greta Holm replied.");
        assertEquals("Greta Holm", qs.get(0).speaker());
    }

    @Test
    void aSentenceOpeningWithAConjunctionKeepsItsSubjectForAParticiple() {
        Quote q = only("Greta Holm spoke after the debate. And she called the debate a draw, arguing that \"nobody's mind "
                + "was changed tonight.\"");
        assertEquals("Greta Holm", q.speaker());
    }

    @Test
    void aCueWithAParticiplePhraseBeforeItsColon() {
        Quote q = only("Greta Holm said in a statement, first reported by Sky News: \u201cI joined the party because of "
                + "its values.\u201d");
        assertEquals("Greta Holm", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void inTheSpeakersWords() {
        assertEquals("Oskar Venn", only("The researchers asked why. In Dr. Oskar Venn's words, \u201cCould the moment when "
                + "the brain decides be the moment of insight?\u201d").speaker());
        assertEquals("Greta Holm", only("In the words of Greta Holm, \u201cnothing about this was ever simple, and it never "
                + "will be.\u201d").speaker());
    }

    @Test
    void theSubjectOfAPassiveCueIsSpokenTo() {
        List<Quote> qs = quotes("Oskar Venn was once asked \u201cDo you do marketing surveys?\u201d He said \u201cNo, because "
                + "people do not know what they want until I show them.\u201d");
        assertEquals(2, qs.size(), qs.toString());
        assertNull(qs.get(0).speaker(), qs.toString());
        assertEquals("Oskar Venn", qs.get(1).speaker());
    }

    @Test
    void quotedDataIsNoQuote() {
        List<Quote> qs = quotes("The record reads: { \"Timestamp\": \"2030-08-14 17:43:12\", \"Comment\": { \"Value\": "
                + "\"afternoon snack on the way home from work today\", \"Confidence\": \"91%\" } }");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void aNameRenamingANounInAnEarlierSentenceIsNoAntecedent() {
        List<Quote> qs = quotes("\"I was trapped,\" Greta Holm said.\n\nThe duchess also revealed that she reached out to a "
                + "friend of Oskar's mother, Princess Nora Fjeld, to talk through her struggles. \"I didn't know who to even "
                + "turn to in that,\" she told the interviewer.");
        assertEquals("Greta Holm", qs.get(qs.size() - 1).speaker(), qs.toString());
    }

    @Test
    void theyAfterASentenceOpenedByADescriptionIsThatDescription() {
        Quote q = only("Following the broadcast, Oskar Venn's family issued a tribute via the Harbour Police. They said: "
                + "\"This has been the most terrible time for all of us.\"");
        assertEquals("Oskar Venn's family", q.speaker());
    }

    @Test
    void aConjunctionOrACoordinatedVerbKeepsTheSubject() {
        List<Quote> qs = quotes("Greta Holm told Variety that she would leave.\n\nBut she added, \u201cMedia has been a part "
                + "of what I have done for a long time.\u201d\n\nOskar Venn turns to our editor and says \u201cYou see? "
                + "Ninety percent approval!\u201d");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Greta Holm", qs.get(0).speaker());
        assertEquals("Oskar Venn", qs.get(1).speaker());
    }

    @Test
    void anObjectInThePronounsOwnSentenceIsNotTheSpeaker() {
        Quote q = only("Oskar Venn said that the garden had been a huge help during the lockdowns. Taking Tobias Venn outside "
                + "is his favourite activity, he said. \"The highlight for me is putting him on the back of the bicycle.\"");
        assertEquals("Oskar Venn", q.speaker());
    }

    @Test
    void aQuoteAfterSaidAndButIsTheSpeakers() {
        Quote q = only("None of the buyers were charged on Tuesday, Lorna Pike said, but “I want to stress this inquiry is only starting.”");
        assertEquals("Lorna Pike", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void anInvertedCueWithALongDescriptionBeforeTheName() {
        List<Quote> qs = quotes("“Retailers have long escaped liability for goods others sell,” noted Ohio-based consumer lawyer "
                + "Dale Merrow in an interview. “Few courts have called them sellers.”");
        assertEquals(2, qs.size());
        assertEquals("Dale Merrow", qs.get(0).speaker());
        assertEquals("Dale Merrow", qs.get(1).speaker());
    }

    @Test
    void aSentenceGivingAStatementIntroducesTheQuoteAfterIt() {
        Quote q = only("Ferrin's lawyer, Joel Amberly, had a shorter statement after the ruling on Friday. "
                + "“It is hard to overstate what this ruling means.”");
        assertEquals("Joel Amberly", q.speaker());
        assertNull(only("Ferrin's lawyer, Joel Amberly, had a long day in court on Friday. "
                + "“It is hard to overstate what this ruling means.”").speaker(), "no statement is named");
    }

    @Test
    void aTitleInMarksInsideTheCue() {
        Quote q = only("Asked why she named the group the Crew, Hale told \"Morning Edition\" host Nora Quill, "
                + "\"Because we hold them to account.\"");
        assertEquals("Hale", q.speaker());
    }

    @Test
    void aRoleBeforeTheNameSetOffByCommas() {
        Quote q = only("Federation Chief Executive, Padraig Dunmore, said: “It is impossible to overstate the impact on publicans.”");
        assertEquals("Padraig Dunmore", q.speaker());
        assertEquals("Grainia Lowe", only("The talks resumed.\n\nHousing Executive Chief Executive, Grainia Lowe, said: “We work "
                + "proactively to promote inclusivity in our homes.”").speaker());
    }

    @Test
    void anOpeningParticiplePhraseAndASemicolon() {
        List<Quote> qs = quotes("Director Ilan Brusk said backstage that nobody could predict the result.\n\n"
                + "Speaking through an interpreter he added; “It is true that the momentum is building this year.”\n\n"
                + "Speaking on Radio Five he dodged the question a second time saying \"“It is not about who is right at all.”");
        assertEquals(2, qs.size());
        assertEquals("Ilan Brusk", qs.get(0).speaker());
        assertEquals("added", qs.get(0).cue());
        assertEquals("Ilan Brusk", qs.get(1).speaker());
        assertEquals("saying", qs.get(1).cue());
    }

    @Test
    void asTheAuthorPutsIt() {
        Quote q = only("The cons are explicit versus implicit, and as Tarvel puts it (paraphrased), "
                + "\"if that is how your package works, it should all go in one module anyway\".");
        assertEquals("Tarvel", q.speaker());
    }

    @Test
    void anInvertedParentheticalSpeakerAfterAPartialQuote() {
        Quote q = only("\"We're like every other district\" trying to keep pupils safe, says Jenna Morrow, a spokesperson for "
                + "the school system. \"We're just throwing darts at the wall to see what sticks.\"");
        assertEquals("Jenna Morrow", q.speaker());
    }

    @Test
    void aLineSigningTheQuoteAboveIt() {
        List<Quote> qs = quotes("“Of all the tools I have tried, this one simply works every single time.”\n\n"
                + "Marta Jelenko, TechWeekly\n\n“It lets you run both systems side by side with no reboot.”\n\n— Owen Truss\n\n"
                + "“It is the fastest way we have found to run both systems at once.”\n\nGadgetsite");
        assertEquals(3, qs.size());
        assertEquals("Marta Jelenko", qs.get(0).speaker());
        assertEquals("Owen Truss", qs.get(1).speaker());
        assertNull(qs.get(2).speaker(), "signed by no person, and the quote before was closed by its signature");
    }

    @Test
    void aNameAndARoleWithoutAVerbAfterAQuoteEndingInAComma() {
        List<Quote> qs = quotes("Agents took custody of three men.\n\n“Our agents continue to interdict cargo approaching the borders,” "
                + "Augusto Remira, Director of the Caribbean Air and Marine Branch. “We safeguard the coast.”");
        assertEquals(2, qs.size());
        assertEquals("Augusto Remira", qs.get(0).speaker());
        assertNull(qs.get(0).cue());
        assertEquals("Augusto Remira", qs.get(1).speaker());
        // a verb after the name makes it a sentence of its own, not an attribution
        assertNotEquals("Augusto Remira", only("“Our agents continue to interdict cargo approaching the borders,” Augusto Remira, "
                + "the director, smiled.").speaker());
    }

    @Test
    void aRoleWithCommasOfItsOwnBeforeTheNameInAnInvertedCue() {
        Quote q = only("“We are looking to bring ministers of trade from across the region,” Minister of Industry, Investment "
                + "and Commerce, Senator Aubyn Carrow, told JIS News.");
        assertEquals("Aubyn Carrow", q.speaker());
        assertEquals("told JIS News", q.cue());
    }

    @Test
    void aPronounPrefersTheSubjectOfTheSentenceOverItsObject() {
        Quote q = only("In 2010 Selma Varin gave birth to twins Eddo and Nils.\n\nIn 2013 the famous singer spoke to a weekly "
                + "about her childhood. “I remember passing down clothes from one sibling to another!” she said.");
        assertEquals("Selma Varin", q.speaker());
        // an object of a preposition before a verb is no subject
        Quote q2 = only("Parting ways with Jenna Crail led to a bad period for Kirsten Alder. She explained, "
                + "“When you are a spokesperson, there is responsibility.”");
        assertEquals("Kirsten Alder", q2.speaker());
    }

    @Test
    void moreCuesAndSubjects() {
        Quote shot = only("Ramaswamy accused Haley's daughter of using the app.\n\n\"Leave my daughter out of your voice,\" Haley shot back.");
        assertEquals("Haley", shot.speaker());
        assertEquals("shot back", shot.cue());
        Quote zoo = only("“Our hearts are with sweet Siskiyou and the team that cared for her,” zoo officials said.");
        assertEquals("zoo officials", zoo.speaker());
        assertEquals("Kelly", only("Referencing the scandal, Kelly also blasted: “You were a prince and now you want to come back.”").speaker());
        assertEquals("Linda Nolan", only("Writing in The Mirror Linda Nolan said: \"The moment I had to ask was as bad as it has got.\"")
                .speaker());
        List<Quote> qs = quotes("“I do still hold the view that these plans help consumers,” Thomas Lenard, senior fellow at the Policy "
                + "Institute, a think tank that counts Facebook among its donors. “These plans give consumers a choice.”");
        assertEquals(2, qs.size());
        assertEquals("Thomas Lenard", qs.get(0).speaker());
        assertEquals("Thomas Lenard", qs.get(1).speaker());
    }

    @Test
    void aWordOrTwoInMarksThatTheSentenceGoesOnAfterIsNoStatement() {
        assertEquals(List.of(), quotes("Kelly Osborne has blasted “whinger” Prince Harry for portraying himself as a victim."));
        assertEquals(1, quotes("“Wow,” he whispers.").size(), "a short quote closed by its own comma stays");
    }

    @Test
    void aTitleInMarksAmongTheSpeakersWordsAndAPrepositionAfterTheName() {
        assertEquals("Fran Drescher", only("Union leaders treated the strike as a watershed.\n\n\"I think it is a conversation now about "
                + "big business,\" union President and \"The Nanny\" star Fran Drescher told The Associated Press.").speaker());
        assertEquals("Hawley", only("“Donald Trump is going to be the nominee; I have been saying this for a long time,” said Hawley "
                + "during a virtual chat with FOX 2 on Wednesday.").speaker());
    }

    @Test
    void aParagraphNamingTheStatementIntroducesTheQuoteOfTheNext() {
        assertEquals("Josh Hawley", only("Looking ahead to next year, Josh Hawley also offered this insight on Donald Trump.\n\n"
                + "“I have said consistently, I think he is going to be the nominee.”").speaker());
        assertNull(only("Looking ahead to next year, Josh Hawley also spoke about Donald Trump.\n\n"
                + "“I have said consistently, I think he is going to be the nominee.”").speaker(), "a verb of saying alone does not reach over a paragraph");
    }

    @Test
    void wordsOfTimeBetweenASpeakerAndTheVerb() {
        Quote q = only("The board met on Tuesday.\n\nMr. Ruano last week said signal preemption remains his major issue. "
                + "“For me, there are still two things that I have a real issue with.”");
        assertEquals("Ruano", q.speaker());
    }

    @Test
    void descriptionStaysWhenNoNameIsGiven() {
        Quote q = only("\"That is the offer, and it has been on the table since December,\" a Meravian official who "
                + "asked not to be named told the Observer.");
        assertEquals("a Meravian official who asked not to be named", q.speaker());
        assertNull(q.entity());
        assertEquals("told the Observer", q.cue());
    }

    @Test
    void aLetterNamedBeforeItsWordsIsItsWritersStatement() {
        List<Quote> qs = quotes("The author Stephenie Meyer spoke to fans in June.\n\nMeyer penned a letter that sought to calm "
                + "fans.\n\n\"I'm sad that Catherine is not continuing with the series.\"");
        assertEquals(1, qs.size());
        assertEquals("Stephenie Meyer", qs.get(0).speaker());
    }

    @Test
    void aSpeakerWhoDescribesTheScene() {
        Quote q = only("Police said the officers had fired. Another witness described the scene to a local station, "
                + "\"He was running for his life, telling them to stop.\"");
        assertEquals("another witness", q.speaker().toLowerCase(java.util.Locale.ROOT));
        assertNull(q.entity());
    }

    @Test
    void aPronounAfterADescriptionThatSpokeIsThatDescription() {
        Quote q = only("Roads around the area were closed for some time, but the spokeswoman said they were all "
                + "reopened by 4.30pm on Saturday.\n\nShe added: \"We are grateful to the public for their patience.\"");
        assertEquals("the spokeswoman", q.speaker());
        assertNull(q.entity());
        // a description of the other sex is not whom the pronoun means, nor is a thing that "said"
        assertNull(only("Roads were closed, but the spokesman said they were all reopened on Saturday.\n\n"
                + "She added: \"We are grateful to the public for their patience.\"").speaker());
        assertNull(only("Roads were closed, but the statement said they were all reopened on Saturday.\n\n"
                + "She added: \"We are grateful to the public for their patience.\"").speaker());
        // a role the text gave a person named before is that person
        assertEquals("Michael Bloomberg", only("Former New York Mayor Michael Bloomberg spoke in Denver. In the speech, the "
                + "former mayor argued that crime had fallen.\n\n\"You can take the description and pass it out,\" he said.").speaker());
        // an office with "the" is held by the person the article named, where it named one
        assertEquals("Michael Bloomberg", only("Michael Bloomberg entered the race in November. In the speech, the former "
                + "mayor argued that crime had fallen.\n\n\"You can take the description and pass it out,\" he said.").speaker());
        // a person named after the description is the one meant
        assertEquals("Ann Holt", only("The spokeswoman said the roads were reopened. Ann Holt, a driver, waited an hour.\n\n"
                + "She added: \"We are grateful to the public for their patience.\"").speaker());
    }

    @Test
    void quoteContinuedInTheNextParagraphInheritsTheSpeaker() {
        List<Quote> qs = quotes("\"We have agreed on a calendar,\" Ilse Marrow told reporters.\n\n"
                + "\"The fees are the hard part, and that will not change overnight.\"");
        assertEquals(2, qs.size());
        assertEquals("Ilse Marrow", qs.get(1).speaker());
    }

    @Test
    void scareAndPartialQuotesAreNoStatements() {
        assertTrue(quotes("Meravia is preparing so-called 'goodwill measures' for Kaldor.").isEmpty());
        assertTrue(quotes("The agency called the reports \"speculation\" on Monday.").isEmpty());
        assertTrue(quotes("Officials were \"seriously considering\" an exchange of liaison officers.").isEmpty());
        assertTrue(quotes("The report, titled \"Rail for a New Decade\", found the line lost money.").isEmpty());
    }

    @Test
    void quoteRunningOverParagraphsIsOne() {
        String text = "He turned to the sanctions:\n\n\"When our neighbours say they want flexibility, we ask what "
                + "they mean.\n\n\"So let them show us, and we will answer in kind.\"\n\nThe speech ended at noon.";
        Quote q = only(text);
        assertTrue(q.text().startsWith("When our neighbours"));
        assertTrue(q.text().endsWith("answer in kind."));
    }

    @Test
    void nestedQuotesStayInside() {
        Quote q = only("“He told us then that ‘the sanctions will be gone within a year,’ and they are still here,” "
                + "Marit Olsen said.");
        assertTrue(q.text().contains("‘the sanctions will be gone within a year,’"));
        assertEquals("Marit Olsen", q.speaker());
    }

    @Test
    void pullQuoteRepeatingTheBodyIsCountedOnce() {
        List<Quote> qs = quotes("\"We will not close the line. Orlik depends on it,\" Greta Holm told the Digest.\n\n"
                + "\"Orlik depends on it.\"\n\nThe line carries 300 passengers a day.");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Greta Holm", qs.get(0).speaker());
    }

    @Test
    void aPullQuoteMergingTwoQuotesOfTheBodyLeavesThemTheirCues() {
        List<Quote> qs = quotes("The clinic has run short of thread, said Dr. Farid Nour, director of the Tamsa clinic.\n\n"
                + "“It is not enough for one day here. They only send us bags and not medicine.”\n\n"
                + "Asked about the aid, Nour sighed. “It is not enough for one day here,” he said. "
                + "Half of it was bags, he said.\n\n“They only send us bags and not medicine,” he said.");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("It is not enough for one day here", qs.get(0).text());
        assertEquals("said", qs.get(0).cue());
        assertEquals("They only send us bags and not medicine", qs.get(1).text());
    }

    @Test
    void twoPeopleSayingTheSameWordsAreTwoQuotes() {
        List<Quote> qs = quotes("\"No, it is not official,\" a studio representative told the Herald on Thursday.\n\n"
                + "\"We are not confirming anything at this point. He has not signed.\"\n\n"
                + "\"We are not confirming anything,\" echoed a second representative.");
        assertEquals(3, qs.size(), qs.toString());
        assertEquals("a studio representative", qs.get(1).speaker());
        assertEquals("a second representative", qs.get(2).speaker());
    }

    @Test
    void aQuoteAloneInItsParagraphIsTheWordsOfTheReportedSpeechBefore() {
        assertEquals("Lars Gaskin", only("Two deaths so close together were unusual for the time of year, Inspector Lars Gaskin said.\n\n"
                + "\"We don't normally get many climbing accidents at this time of year.\"").speaker());
        assertEquals("Lars Gaskin", only("Inspector Lars Gaskin said the area was dangerous in winter.\n\n"
                + "\"If you're going to climb up there, you've got to know what you're doing.\"").speaker());
        // the paragraph goes on after the quote: the author's words, not a quote standing for its speaker's next ones
        assertNull(only("Inspector Lars Gaskin said the area was dangerous in winter.\n\n"
                + "\"If you're going to climb up there, you've got to know what you're doing.\" The trail "
                + "closes at dusk.").speaker());
    }

    @Test
    void quotedAsSaying() {
        Quote q = only("\"Two people from the village were hurt but their condition is good,\" the governor of Qeshm, Mehdi Irannejad, "
                + "was quoted as saying.");
        assertEquals("Mehdi Irannejad", q.speaker());
        assertEquals("was quoted as saying", q.cue());
        assertEquals("Tove Lund", only("Tove Lund taught for two years.\n\n\"I couldn't control my students,\" she is quoted as saying.").speaker());
        // the one quoted by another
        assertEquals("Paul Gotti", only("\"He's crazy like a fox,\" Sammy Gravano quoted Paul Gotti as saying of him.").speaker());
        assertEquals("Gotti", only("\"He's crazy like a fox,\" Mr. Gravano quoted Mr. Gotti as saying of him.").speaker());
    }

    @Test
    void aDescriptionWithAPluralPossessive() {
        assertEquals("a source with knowledge of the players' thinking", only("\"It's not all on the coach,\" a source with knowledge "
                + "of the players' thinking said on Saturday.").speaker());
    }

    @Test
    void oneWordReadAsAPersonBeforeARoleIsNotTheSpeaker() {
        assertEquals("Laurence Mark", only("\"We're going back to the old days a little bit,\" said Oscar producer Laurence Mark, "
                + "explaining the choice.").speaker());
    }

    @Test
    void aPronounAfterReportedSpeechGivenByADescription() {
        assertEquals("a company spokeswoman", only("Marta Olsen ran the office. The cuts were to the main line, a company spokeswoman said.\n\n"
                + "\"We have two assumptions. The first is that it could be an earthquake,\" she said.").speaker());
        // a person named after the description is the nearer antecedent
        assertEquals("Marta Olsen", only("The cuts were to the main line, a company spokeswoman said. Marta Olsen, who runs the office, "
                + "disagreed.\n\n\"We have two assumptions. The first is that it could be an earthquake,\" she said.").speaker());
    }

    @Test
    void aFrequencyAdverbBetweenTheAuxiliaryAndTheVerb() {
        assertEquals("Smith", only("\"You're a Charger one year at a time,\" Smith has often said.").speaker());
    }

    @Test
    void aPersonNamedAfterARoleInAnApposition() {
        Quote q = only("Lamas' son, actor Lorenzo Lamas, tweeted Thursday: \"My stepmom passed peacefully this morning.\"");
        assertEquals("Lorenzo Lamas", q.speaker());
        assertEquals("tweeted Thursday", q.cue());
    }

    @Test
    void anOrganisationsManagementSpeaks() {
        assertEquals("CNN management", only("CNN management said: \"Since first learning of it, CNN has kept his reporting on "
                + "health.\"").speaker());
    }

    @Test
    void aCaptionsNameAndRoleAfterASlash() {
        List<Quote> qs = quotes("The trial went on.\n\nPeter Lynch/Timmons' Attorney: \"I'm not going to be offering any "
                + "comments on the testimony.\"\n\nDavid Soares/Albany County District Attorney: \"The issues in play will "
                + "bear themselves out.\"");
        assertEquals(List.of("Peter Lynch", "David Soares"), qs.stream().map(Quote::speaker).toList());
    }

    @Test
    void cuesOfShoutingAndAVerbBeforeTheVerbOfSaying() {
        assertEquals("Shondell McAllister", only("Shondell McAllister on Tuesday recalled screaming \"Somebody help me, my "
                + "daughter's been shot.\"").speaker());
        assertEquals("a co-worker", only("Then a co-worker yelled, \"Come on, you got to leave now! She's shooting.\"").speaker());
    }

    @Test
    void theyAfterAQuoteIsTheGroupOpeningTheSentenceBefore() {
        List<Quote> qs = quotes("They want to bring down the whole political system of Ostria.\n\nThe protesters, however, struggle to "
                + "say what they want in its place.\n\n\"Don't bend your head down,\" they chanted in front of parliament.");
        assertEquals("the protesters", qs.get(qs.size() - 1).speaker());
    }

    @Test
    void andInsideARelativeClauseDoesNotGiveTheSentencesSubject() {
        List<Quote> qs = quotes("Yvonne Hiller returned in a car.\n\nShe walked inside, firing at an employee who had followed her in "
                + "and had yelled, \"Hide, she's got a gun!\"");
        assertNotEquals("Yvonne Hiller", qs.get(0).speaker());
    }

    @Test
    void aPronounAfterAnOpeningClauseIsThatClausesSubject() {
        List<Quote> qs = quotes("Shondell McAllister said she moved to Albany in January 2007.\n\nAfter Kathina Thomas was shot, "
                + "she exclaimed, \"Mommy, Mommy, I got hit. Somebody hit me in my back.\"");
        assertEquals("Kathina Thomas", qs.get(qs.size() - 1).speaker());
    }

    @Test
    void reportedSpeechClosedByAVerbOfTellingAndItsObject() {
        assertEquals("Jim Campbell", only("The victim was still alive when rescuers reached him, helicopter pilot Jim Campbell "
                + "told the Herald on Sunday.\n\n\"He was very badly hurt and he was very cold.\"").speaker());
        assertEquals("Karen Olson", only("\"We will be making no further payment on our notes,\" Karen Olson, president of "
                + "Valley Dairy, notified the panel on Aug. 1.").speaker());
    }

    @Test
    void anOrganisationBeforeAPrepositionInAnInvertedCue() {
        Quote q = only("\"The patch needs to be installed right away,\" said Shavlik Technologies in a statement.");
        assertEquals("Shavlik Technologies", q.speaker());
        assertNotNull(q.entity());
    }

    @Test
    void germanLowNineMarks() {
        Quote q = only("Der Minister sagte am Montag: „Wir werden die Gespräche fortsetzen, auch wenn es lange dauert.“");
        assertTrue(q.text().startsWith("Wir werden"));
    }

    @Test
    void frenchGuillemetsWithSpaces() {
        Quote q = only("Marlieu sent a message. « Nous sommes avec vous », wrote its mayor, Claire Dumont.");
        assertEquals("Nous sommes avec vous", q.text());
        assertEquals("Claire Dumont", q.speaker());
    }

    @Test
    void sheSkipsAManAndPeopleNamedInsideQuotes() {
        Quote q = quotes("On Tuesday, the deputy governor, Nora Fjeld, met Mr. Brenn. \"I met Henrik Moe twice,\" Mr. Brenn said.\n\n"
                + "\"Wages are not the problem,\" she said.").get(1);
        assertEquals("Nora Fjeld", q.speaker());
    }

    @Test
    void worksWithoutMentions() {
        String text = "\"We gave the company every chance,\" union secretary Birgit Sand told reporters.";
        TextAnalysis t = ANALYZER.analyze(text);
        List<Quote> qs = FINDER.find("a-x", text, t, List.of());
        assertEquals(1, qs.size());
        assertEquals("Birgit Sand", qs.get(0).speaker());
        assertNull(qs.get(0).entity());
    }

    @Test
    void idsAreStable() {
        String text = "\"We will come with an open mind,\" said Teodor Vasse.";
        String a = quotes(text).get(0).id();
        assertEquals(a, quotes(text).get(0).id());
        TextAnalysis t = ANALYZER.analyze(text);
        assertNotEquals(a, FINDER.find("a-other", text, t, List.of()).get(0).id());
        assertTrue(a.startsWith("q-"));
    }

    @Test
    void misuseThrows() {
        TextAnalysis t = ANALYZER.analyze("one text");
        assertThrows(IllegalArgumentException.class, () -> FINDER.find("a", "another text", t, List.of()));
        assertThrows(NullPointerException.class, () -> FINDER.find("a", "one text", t, null));
        assertThrows(IllegalArgumentException.class, () -> new QuoteOptions(0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5, 1));
    }

    @Test
    void goldenFile() throws IOException {
        String text = resource("golden-1.txt");
        String expected = resource("golden-1.expected");
        String actual = quotes(text).stream()
                .map(q -> q.start() + "-" + q.end() + " | " + q.speaker() + " | " + q.cue() + " | " + q.text().replace("\n", "\\n"))
                .collect(Collectors.joining("\n", "", "\n"));
        assertEquals(expected, actual);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = QuoteFinderTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
