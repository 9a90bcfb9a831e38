package io.storyline.annotate.quote;

import io.storyline.annotate.text.TextAnalysis;
import java.util.HashSet;
import java.util.Set;

/** The words of attribution, as lower-case hash tables over {@link TextAnalysis#hash(int)}. */
final class Cues {
    /** Verbs that introduce or follow a quote ("said", "told", "added", "wrote"), in their common forms. */
    static final Set<Long> VERBS = hashes(
            "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "adding",
            "asked", "asks", "stated", "states", "declared", "declares", "wrote", "writes", "write", "explained",
            "explains", "noted", "notes", "insisted", "insists", "warned", "warns", "argued", "argues", "continued",
            "recalled", "recalls", "replied", "replies", "responded", "answered", "commented", "remarked", "observed",
            "stressed", "stresses", "emphasised", "emphasized", "acknowledged", "admitted", "admits", "claimed",
            "conceded", "concluded", "announced", "urged", "cautioned", "suggested", "predicted", "complained",
            "tweeted", "posted", "quipped", "shouted", "pleaded", "joked", "maintained", "contended", "countered",
            "confirmed", "vowed", "promised", "reiterated", "testified", "wondered", "mused", "whispered", "exclaimed",
            "boasted", "lamented", "pointed", "went", "agreed", "objected", "protested", "assured", "reported",
            "charged", "retorted", "recounted", "snapped", "scoffed", "demanded", "reflected", "elaborated", "fumed",
            "remembered", "shared", "offered", "asserted", "echoed", "sighed", "laughed", "interjected", "advised",
            "mentioned", "disclosed", "revealed", "blasted", "slammed", "raged", "gushed", "raved", "teased", "hinted",
            "vented", "yelled", "screamed", "chanted", "cried", "shouting", "yelling", "screaming", "chanting", "notified",
            "informed", "described", "describes",
            // the present of the same verbs, as features and magazines write ("…," she recounts.)
            "continues", "recounts", "reiterates", "concludes", "confirms", "announces", "acknowledges", "claims",
            "concedes", "urges", "cautions", "suggests", "predicts", "complains", "tweets", "jokes", "quips", "shouts",
            "pleads", "maintains", "contends", "counters", "vows", "promises", "testifies", "wonders", "muses",
            "whispers", "exclaims", "boasts", "laments", "agrees", "objects", "protests", "assures", "reports",
            "charges", "retorts", "snaps", "scoffs", "demands", "reflects", "elaborates", "fumes", "remarks",
            "observes", "comments", "answers", "responds", "emphasises", "emphasizes", "remembers", "shares",
            "offers", "asserts", "echoes", "sighs", "laughs", "advises", "mentions", "reveals", "penned", "pens",
            // participles after a comma ("…, arguing that")
            "noting", "explaining", "arguing", "warning", "insisting", "stressing", "declaring", "writing", "asking",
            "claiming", "recalling");

    /** Words that may stand between a subject and its cue verb, or between a quote and the cue ("also", "has", "later"). */
    static final Set<Long> BETWEEN = hashes(
            "also", "later", "then", "further", "previously", "earlier", "once", "has", "had", "have", "was", "is",
            "were", "are", "would", "will", "had", "again", "simply", "just", "only", "flatly", "bluntly", "publicly",
            "privately", "repeatedly", "recently", "today", "yesterday", "once", "has", "not", "never", "did", "does",
            "himself", "herself", "themselves", "itself", "rather", "often", "always", "long", "sometimes");

    /** Pronouns that can be a speaker, resolved to the nearest fitting mention. */
    static final Set<Long> PERSON_PRONOUNS = hashes("he", "she");
    static final Set<Long> GROUP_PRONOUNS = hashes("they");
    /** Subjects that name no speaker: the first and second person, and things ("It adds:", "This says"). */
    static final Set<Long> FIRST_PERSON = hashes("i", "we", "you", "it", "this", "that", "there", "which");

    /** Modal and auxiliary verbs: a complement holding one is a clause, not part of the cue ("said the plan will …"). */
    static final Set<Long> MODALS = hashes("will", "would", "can", "could", "may", "might", "should", "must", "shall",
            "is", "are", "was", "were", "has", "have", "had");

    /** Words that start a description of a speaker ("the official", "a senior fellow", "two diplomats"). */
    static final Set<Long> DETERMINERS = hashes(
            "the", "a", "an", "one", "another", "two", "three", "four", "several", "some", "many", "other", "its", "his",
            "her", "their", "our", "both", "most", "few", "senior", "someone", "somebody");

    /** Plural or role nouns that are a description by themselves ("officials said", "Police said"). */
    static final Set<Long> GROUP_NOUNS = hashes(
            "officials", "experts", "analysts", "police", "witnesses", "sources", "critics", "residents", "diplomats",
            "authorities", "prosecutors", "lawyers", "investigators", "researchers", "economists", "scientists",
            "doctors", "organisers", "organizers", "protesters", "workers", "members", "spokesman", "spokeswoman",
            "spokesperson", "observers", "traders", "aides", "negotiators", "activists", "villagers", "survivors",
            "management", "leadership", "executives", "representatives", "staff", "lawmakers", "relatives", "neighbours",
            "neighbors", "fans", "voters", "students", "parents", "teachers", "nurses", "farmers", "officers");

    /** Words that end a role ("Housing Executive Chief Executive, Grainia Long, said"): the name after it speaks. */
    static final Set<Long> ROLE_ENDS = hashes("executive", "director", "minister", "secretary", "president", "chairman",
            "chairwoman", "chair", "officer", "manager", "spokesman", "spokeswoman", "spokesperson", "commissioner",
            "governor", "mayor", "chief", "head", "leader", "founder", "editor", "coach", "ceo", "professor",
            "superintendent", "inspector", "sergeant", "constable", "detective");

    /** Nouns of one person that end a description of them ("the spokeswoman", "a senior official"). */
    static final Set<Long> PERSON_HEADS = hashes("official", "witness", "lawyer", "attorney", "resident", "doctor",
            "prosecutor", "investigator", "analyst", "expert", "diplomat", "neighbour", "neighbor", "friend", "relative",
            "woman", "man", "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "student",
            "teacher", "worker", "employee", "owner", "victim", "survivor", "source", "aide", "adviser", "advisor");
    /** Of {@link #PERSON_HEADS} and {@link #ROLE_ENDS}, those of men and of women, for he and she. */
    static final Set<Long> MALE_HEADS = hashes("spokesman", "chairman", "man", "father", "husband", "son", "brother");
    static final Set<Long> FEMALE_HEADS = hashes("spokeswoman", "chairwoman", "woman", "mother", "wife", "daughter", "sister");

    /** Relative pronouns: a cue verb right after one is inside a description ("an official who asked not to be named"). */
    static final Set<Long> RELATIVE = hashes("who", "which", "that", "whom");

    /** Words after which a quote is still the speaker's clause, not a phrase in the author's sentence. */
    static final Set<Long> INTRODUCERS = hashes("that", "saying", "says", "said", "adding", "declaring", "writing");

    /** Courtesy titles that tell a person's gender, for pronouns. */
    static final Set<Long> MALE_TITLES = hashes("mr", "mr.", "sir", "lord", "king", "prince", "father", "brother",
            "duke", "earl", "baron", "sheikh", "emir", "sultan", "monsieur", "señor", "herr");
    static final Set<Long> FEMALE_TITLES = hashes("mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen",
            "princess", "mother", "sister", "duchess", "countess", "baroness", "empress", "madame", "mme", "señora", "frau");

    /** Words that start a clause: a phrase holding one (outside a relative clause) is no description of a speaker. */
    static final Set<Long> CLAUSE = hashes("after", "before", "when", "while", "because", "although", "though", "but",
            "if", "until", "unless", "whereas");

    static final long ACCORDING = TextAnalysis.hash("according");
    static final long TO = TextAnalysis.hash("to");
    static final long CLITIC_S = TextAnalysis.hash("'s");
    static final long AND = TextAnalysis.hash("and"), OR = TextAnalysis.hash("or");

    /** Days, months and the like: a capitalised run holding one names no speaker ("On Monday, Winfrey told CBS"). */
    static final Set<Long> CALENDAR = hashes("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "today", "yesterday", "tomorrow", "tonight");

    /** Words of a time between a cue verb and its quote ("asked last week", "said on Monday"). */
    static final Set<Long> TIME_WORDS = hashes("last", "this", "next", "week", "month", "year", "on", "earlier", "later",
            "night", "morning", "afternoon", "evening", "weekend");

    /** Participles of saying after a comma: the speaker is the subject of the clause before ("he declined, saying"). */
    static final Set<Long> PARTICIPLES = hashes("saying", "adding", "telling", "noting", "explaining", "arguing",
            "warning", "insisting", "stressing", "declaring", "writing", "asking", "claiming", "recalling");

    /** Verbs that end a sentence of attribution the next quote of the paragraph belongs to ("…," Harry said. "It was …"). */
    static final Set<Long> CLOSING_VERBS = hashes("said", "says", "added", "adds", "wrote", "writes", "explained",
            "explains", "noted", "notes", "continued", "continues", "recalled", "recalls", "insisted", "insists", "argued",
            "argues", "reiterated", "reiterates", "remembered", "remembers");
    static final long THAT = TextAnalysis.hash("that");
    /** Before a cue verb, an infinitive ("declined to say"): not a cue. */
    static final long INFINITIVE = TextAnalysis.hash("to");

    private Cues() {
    }

    private static Set<Long> hashes(String... words) {
        Set<Long> s = new HashSet<>();
        for (String w : words) s.add(TextAnalysis.hash(w));
        return Set.copyOf(s);
    }

    /** Verbs that are verbs of saying with "back" ("Haley shot back", "he fired back"). */
    static final Set<Long> BACK_VERBS = hashes("shot", "shoots", "fired", "fires", "hit", "hits", "snapped", "pushed",
            "wrote");
    static final long BACK = TextAnalysis.hash("back");

    /** Whether token {@code i} is a cue verb. */
    static boolean verb(TextAnalysis t, int i) {
        if ((t.flags(i) & TextAnalysis.WORD) == 0) return false;
        return VERBS.contains(t.hash(i)) || BACK_VERBS.contains(t.hash(i)) && i + 1 < t.tokenCount() && t.hash(i + 1) == BACK;
    }

    /** Whether token {@code i} is a lower-case adverb in -ly or a word of {@link #BETWEEN}. */
    static boolean between(TextAnalysis t, int i) {
        if ((t.flags(i) & TextAnalysis.WORD) == 0) return false;
        if (BETWEEN.contains(t.hash(i))) return true;
        int s = t.start(i), e = t.end(i);
        return e - s > 4 && Character.isLowerCase(t.text().charAt(s)) && t.text().charAt(e - 1) == 'y'
                && t.text().charAt(e - 2) == 'l';
    }
}
