package io.storyline.annotate.entity;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.model.Deadline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of news English applied over the model's names (see {@link EntityRecognizer}), in
 * this order, each a method below:
 * <ol>
 *   <li>{@link #stripTitles}: "Mr", "President", "King" leave a person's name;</li>
 *   <li>{@link #cuedPersons}: capitalised words after a courtesy title or a role ("Ms. Pugh",
 *       "unification minister Lee In-young") are a person;</li>
 *   <li>{@link #organisations}: a capitalised phrase with an organisation word ("Korea Institute
 *       for National Unification", "Ministry of Unification") is an organisation;</li>
 *   <li>{@link #facilities}: a capitalised phrase ending in a word of places and structures
 *       ("Heathrow Airport", "Fifth Avenue", "the Caspian Sea") or headed by one before "of"
 *       ("Museum of Flight", "Gulf of Mexico"), or opened by "Mount"/"Lake"/"Cape"/"Fort", is a
 *       location;</li>
 *   <li>{@link #cityAndRegion}: an unknown capitalised name before a comma and a known state or
 *       country ("Miramar, California", "Gueret, France") is a place, and so is the same word
 *       elsewhere in the article;</li>
 *   <li>{@link #gazetteerTypes}: countries and their other names, known places and
 *       organisations get their type;</li>
 *   <li>{@link #speakers}: an unknown capitalised word that speaks ("Leive said", "said
 *       Guilbeault.") or is described (", who", ", 31,") is a person;</li>
 *   <li>{@link #documentConsistency}: a person's family name alone is that person; the same
 *       words get the same type throughout the article;</li>
 *   <li>{@link #acronyms}: an acronym in brackets after a name whose initials it spells
 *       ("Kennedy Space Center (KSC)") has that name's type, there and elsewhere in the article; one
 *       that spells an organisation the article names is that organisation;</li>
 *   <li>{@link #governments}: a capital standing for its government ("Seoul said") and "the
 *       North"/"the South" in an article about a divided country are COUNTRY;</li>
 *   <li>{@link #titles}: role phrases before a person or in apposition become TITLE.</li>
 * </ol>
 * Within each sentence, after the others, {@link #compoundModifiers} takes a hyphenated modifier out
 * of the name after it ("the New York-based Talvern Fund"). Last, MISC names are dropped, and so are a
 * day or month alone ("May" only where {@link #monthByContext} says it is the month) and, in a
 * headline, names of common words alone ({@link #commonWordsInHeadline}).
 * Stateless apart from the gazetteer; thread-safe.
 */
final class NewsRules {
    /** A name over tokens {@code [start, end)}. */
    record Name(int start, int end, String type) {
    }

    static final String PERSON = "PERSON", ORG = "ORG", COUNTRY = "COUNTRY", LOC = "LOC", MISC = "MISC",
            TITLE = "TITLE";

    private static final String[] MODEL_TYPES = {PERSON, ORG, LOC, MISC};

    /** Verbs of saying after a speaker ("Leive said"). */
    private static final Set<Long> SPEECH_AFTER = NewsCues.hashes(Set.of("said", "says", "told", "tells", "added",
            "adds", "explained", "explains", "wrote", "writes", "noted", "recalled", "recalls", "admitted", "admits",
            "insisted", "insists", "argued", "argues", "replied", "asked", "warned", "acknowledged", "suggested",
            "stressed", "continued", "concluded", "laughed", "smiled", "nodded", "shrugged", "dismisses",
            "dismissed", "believes", "thinks", "thought", "died", "married", "himself", "herself"));

    /** Verbs of saying before a speaker at the end of a clause ("…," said Guilbeault.). */
    private static final Set<Long> SPEECH_BEFORE = NewsCues.hashes(Set.of("said", "says", "added", "adds",
            "explained", "wrote", "writes", "noted", "recalled", "insisted", "argued", "replied", "asked", "warned"));

    /** Day and month names: never a name of their own ("experts said Tuesday"). */
    private static final Set<Long> CALENDAR = NewsCues.hashes(Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
            "sep.", "sept.", "oct.", "nov.", "dec.", "today", "yesterday", "tomorrow", "mondays", "tuesdays", "wednesdays",
            "thursdays", "fridays", "saturdays", "sundays"));

    /** Days said without a preposition after a subject ("Governor John Rankin Thursday called for calm"). */
    private static final Set<Long> BARE_DAYS = NewsCues.hashes(Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "today", "yesterday", "tomorrow"));

    /**
     * A name does not end in a day: American wire copy puts the day right after the subject ("BVI
     * Governor John Rankin Thursday called for calm", "Johnson Tuesday said", "a crash in Osborne
     * Store, Clarendon Tuesday"). A given name and a day stay one name ("Joe Friday"), and so do a
     * name ending in "on" or "of" and a day ("The Mail on Sunday") and a name the gazetteer lists.
     */
    static Name withoutTrailingDay(TextAnalysis t, NerFeatures.Doc d, Name n) {
        int len = n.end() - n.start();
        if (len < 2 || !BARE_DAYS.contains(t.hash(n.end() - 1))) return n;
        if (PERSON.equals(n.type())) {
            if (len == 2 && (d.gaz[n.start()] & Gazetteer.Kind.GIVEN.bit()) != 0) return n;
        } else {
            // "Osborne Store, Clarendon Tuesday": not "The Mail on Sunday", nor a name the gazetteer lists whole
            if (t.isWord(n.end() - 2, "on") || t.isWord(n.end() - 2, "of") || (d.gaz[n.end() - 1] >>> 8) != 0) return n;
        }
        return new Name(n.start(), n.end() - 1, n.type());
    }

    private static final long H_POSSESSIVE = TextAnalysis.hash("'s");
    private static final long H_THE = TextAnalysis.hash("the");
    private static final long H_FROM = TextAnalysis.hash("from"), H_TO = TextAnalysis.hash("to");
    private static final long H_OF = TextAnalysis.hash("of");
    private static final long H_GROUP = TextAnalysis.hash("group");
    private static final long H_WHO = TextAnalysis.hash("who");
    private static final long H_WHOSE = TextAnalysis.hash("whose");
    private static final long H_NORTH = TextAnalysis.hash("north");
    private static final long H_SOUTH = TextAnalysis.hash("south");
    private static final long H_BASED = TextAnalysis.hash("-based");

    private final Gazetteer gazetteer;

    NewsRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The names of a BIO label sequence. */
    static List<Name> names(int[] labels, int n) {
        List<Name> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int y = labels[i];
            if (y == 0) {
                i++;
                continue;
            }
            int e = NerModel.nameEnd(labels, i, n);
            out.add(new Name(i, e, MODEL_TYPES[NerModel.typeOf(y)]));
            i = e;
        }
        return out;
    }

    /** Names as per-token types, with the first token of each name marked. */
    static final class Layer {
        final TextAnalysis t;
        final String[] type;
        final boolean[] begin;
        /** One-word places found by {@link #cityAndRegion}: the same word is that place throughout the article. */
        final java.util.Set<Long> placeWords = new java.util.HashSet<>();
        /** Countries read as a side in a match ("France beat Croatia 4-2"), by their lower-case words. */
        final java.util.Set<String> sides = new java.util.HashSet<>();
        /** Sentences about a sport (a score or a word of the game). */
        int sportSentences;
        /**
         * Names whose kind the text states ("cable operator Seacom", "Bilka is a Danish chain of
         * hypermarkets"), by the hash of their words: that type outvotes the article's other readings.
         */
        final Map<Long, String> stated = new HashMap<>();
        /** Capitalised plurals read as a side in a sentence about a sport ("the Colts"), by their hash. */
        final java.util.Set<Long> nicknames = new java.util.HashSet<>();
        /** Towns and regions read as a club where they are played for or led ("played with Footscray"), by their lower-case words. */
        final java.util.Set<String> clubs = new java.util.HashSet<>();

        Layer(TextAnalysis t, List<Name> names) {
            this.t = t;
            type = new String[t.tokenCount()];
            begin = new boolean[t.tokenCount()];
            for (Name n : names) {
                for (int k = n.start(); k < n.end(); k++) type[k] = n.type();
                begin[n.start()] = true;
            }
        }

        /** Start of the name holding token {@code i}. */
        int startOf(int i) {
            while (i > 0 && !begin[i] && type[i - 1] != null) i--;
            return i;
        }

        /** End (exclusive) of the name starting at or holding token {@code i}. */
        int endOf(int i) {
            int e = i + 1;
            while (e < type.length && type[e] != null && !begin[e]) e++;
            return e;
        }

        /** Makes {@code [s, e)} one name of {@code ty}, removing every name it overlaps. */
        void set(int s, int e, String ty) {
            clear(s, e);
            for (int k = s; k < e; k++) {
                type[k] = ty;
                begin[k] = k == s;
            }
        }

        /** Removes every name overlapping {@code [s, e)}. */
        void clear(int s, int e) {
            int from = s, to = e;
            if (s < type.length && type[s] != null) from = startOf(s);
            if (e - 1 >= 0 && e - 1 < type.length && type[e - 1] != null) to = endOf(e - 1);
            for (int k = from; k < to; k++) {
                type[k] = null;
                begin[k] = false;
            }
        }

        /** Whether {@code [s, e)} is exactly one name. */
        boolean isName(int s, int e) {
            return type[s] != null && begin[s] && endOf(s) == e;
        }

        /** Whether no name holds any token of {@code [s, e)}. */
        boolean unread(int s, int e) {
            for (int k = s; k < e; k++) if (type[k] != null) return false;
            return true;
        }

        List<Name> names() {
            List<Name> out = new ArrayList<>();
            int i = 0;
            while (i < type.length) {
                if (type[i] == null) {
                    i++;
                    continue;
                }
                int e = endOf(i);
                out.add(new Name(i, e, type[i]));
                i = e;
            }
            return out;
        }
    }

    /** Applies the rules; returns the names (MISC left out) and the titles, in text order. */
    List<Name> apply(TextAnalysis t, NerFeatures.Doc d, List<Name> names, Deadline deadline) {
        Layer layer = new Layer(t, names);
        for (int s = 0; s < t.sentenceCount(); s++) {
            if ((s & 31) == 0) deadline.check();
            int from = t.sentenceStart(s), to = t.sentenceEnd(s);
            closingMarks(layer, d, from, to);
            sentenceOpeners(layer, d, from, to);
            compassPlaces(layer, d, from, to);
            stripTitles(layer, d, from, to);
            personShapes(layer, d, from, to);
            hyphenatedGivenNames(layer, d, from, to);
            initialledPersons(layer, d, from, to);
            cuedPersons(layer, d, from, to);
            nameParticles(layer, from, to);
            organisations(layer, d, from, to);
            facilities(layer, d, from, to);
            cityAndRegion(layer, d, from, to);
            placeLists(layer, d, from, to);
            gazetteerTypes(layer, d, from, to);
            lowerCasePlaces(layer, d, from, to);
            lowerCaseListedOrganisations(layer, from, to);
            listedPairs(layer, d, from, to);
            articleLedNames(layer, from, to);
            outletsAfterThe(layer, from, to);
            publishedIn(layer, d, from, to);
            foreignOrganisations(layer, d, from, to);
            organisationTails(layer, d, from, to);
            organisationHeads(layer, d, from, to);
            placeTails(layer, from, to);
            personOfPlace(layer, d, from, to);
            namedFeatures(layer, d, from, to);
            placeLedOrganisations(layer, d, from, to);
            pluralPossessivesInNames(layer, d, from, to);
            organisationLists(layer, d, from, to);
            joinedOrganisations(layer, d, from, to);
            sportsClubs(layer, d, from, to);
            placesOfStudy(layer, d, from, to);
            workplaces(layer, d, from, to);
            disciplines(layer, d, from, to);
            possessiveNames(layer, d, from, to);
            corporateSuffixes(layer, d, from, to);
            definitions(layer, d, from, to);
            theAcronyms(layer, d, from, to);
            personOfAcronym(layer, d, from, to);
            acronymSources(layer, d, from, to);
            kindBeforeName(layer, d, from, to);
            namedKinds(layer, d, from, to);
            companyContexts(layer, d, from, to);
            speakers(layer, d, from, to);
            personalPossessives(layer, d, from, to);
            humanSubjects(layer, d, from, to);
            selfReferences(layer, d, from, to);
            creators(layer, d, from, to);
            homes(layer, d, from, to);
            listedPlaces(layer, d, from, to);
            governedPlaces(layer, d, from, to);
            givenNameBeforeTown(layer, d, from, to);
            syllablesInCapitals(layer, d, from, to);
            sportsPositions(layer, d, from, to);
            districtRoles(layer, d, from, to);
            compoundModifiers(layer, d, from, to);
            militaryUnits(layer, from, to);
            serviceDistricts(layer, from, to);
            coordinatedParties(layer, d, from, to);
            glossedNames(layer, d, from, to);
            quantities(layer, from, to);
            kindsAfterNames(layer, from, to);
            listedWholes(layer, d, from, to);
            companiesByWhatTheyHave(layer, d, from, to);
            fieldLists(layer, d, from, to);
        }
        deadline.check();
        documentConsistency(layer, d);
        demonyms(layer);
        groupWords(layer, d);
        eventNames(layer);
        works(layer);
        products(layer);
        knownPlaceWords(layer, d);
        givenNames(layer, d);
        acronyms(layer);
        governments(layer, d);
        seatsOfGovernment(layer, d);
        nationalSides(layer);
        clubsElsewhere(layer);
        countryArticles(layer);
        usStateGeorgia(layer);
        dateline(layer, d);
        capitalThe(layer);
        List<Name> out = new ArrayList<>();
        for (Name n : layer.names()) {
            if (n.type().equals(MISC)) continue;
            if (n.end() - n.start() == 1 && CALENDAR.contains(t.hash(n.start()))
                    && (!t.isWord(n.start(), "may") || monthByContext(t, n.start()))) continue;
            // "BEIJING, Nov. 1 (Xinhua) -": a month and a day's number are a date, but for "the" before them
            if (dayShaped(t, n.start(), n.end()) && (n.start() == 0 || t.hash(n.start() - 1) != H_THE)) continue;
            if (commonWordsInHeadline(t, d, n) || roleOnly(t, d, n) && !titled(layer, n) || journal(t, n)) continue;
            out.addAll(personsInHeadline(t, d, withoutTrailingDay(t, d, author(t, honoured(t, d, n)))));
        }
        List<Name> titles = titles(layer, d);
        if (!titles.isEmpty()) {
            out.addAll(titles);
            out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        }
        return out;
    }

    // ---------------------------------------------------------------- names printed in capitals

    /**
     * "KIM JONG UN MET …": printed in capitals, the last syllable of a name that puts the family
     * name first can be an acronym the gazetteer knows ("UN"); where a person opens such a name of
     * three words in capitals, the three are the person.
     */
    private static void syllablesInCapitals(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i + 2 < to; i++) {
            if (!PERSON.equals(l.type[i]) || !l.begin[i] || l.endOf(i) > i + 2) continue;
            int e = i + 3;
            boolean caps = true;
            for (int k = i; k < e; k++) caps &= t.is(k, TextAnalysis.WORD) && t.is(k, TextAnalysis.ALL_CAPS);
            if (!caps || !familyNameFirst(t, d, i, e)) continue;
            if (l.type[i + 2] != null && !l.isName(i + 2, i + 3) || l.type[i + 1] != null && !PERSON.equals(l.type[i + 1])) continue;
            l.set(i, e, PERSON);
            i = e - 1;
        }
    }

    // ---------------------------------------------------------------- district attorneys

    /** Words that open a title with the role after them ("District Attorney", "Circuit Judge"). */
    private static final Set<Long> ROLE_OPENERS = NewsCues.hashes(Set.of("district", "circuit"));

    /**
     * "Fulton County District Attorney Paul Howard", "U.S. District Judge Anna Berg": a place's name does not
     * take the word that opens the role after it; the place ends before it, and the word is the title's.
     */
    private static void districtRoles(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int k = from + 1; k + 1 < to; k++) {
            if (!ROLE_OPENERS.contains(t.hash(k)) || !t.is(k, TextAnalysis.CAPITALIZED) || l.type[k] == null) continue;
            if (!LOC.equals(l.type[k]) && !COUNTRY.equals(l.type[k]) || l.endOf(k) != k + 1) continue;
            if ((d.cue[k + 1] & NerFeatures.C_ROLE_HEAD) == 0 || !t.is(k + 1, TextAnalysis.CAPITALIZED) || l.type[k + 1] != null) continue;
            int s = l.startOf(k);
            String type = l.type[k];
            l.clear(s, k + 1);
            if (k > s) l.set(s, k, (d.gaz[s] & Gazetteer.Kind.COUNTRY.bit()) != 0 && k - s == 1 ? COUNTRY : type);
        }
    }

    // ---------------------------------------------------------------- positions in a team

    /** Abbreviated positions and posts in a team, printed before a player's name ("Chiefs QB Brady Quinn"). */
    static final Set<Long> POSITIONS = NewsCues.hashes(Set.of("qb", "rb", "wr", "te", "ol", "ot", "og", "dl", "dt", "de",
            "nt", "lb", "olb", "ilb", "cb", "fs", "ss", "rhp", "lhp", "1b", "2b", "3b", "dh", "lf", "cf", "rf", "pg", "sg",
            "sf", "pf", "gk", "gm"));

    /**
     * "Chiefs QB Brady Quinn", "Angels GM Tony Reagins", "AAA RHP Nick Adenhart": a position's abbreviation in
     * capitals before a given name is a role; the name after it is the person, a plural team name before it
     * the team, and the abbreviation no name ("GM" is no company here).
     */
    private static void sportsPositions(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int k = from; k + 1 < to; k++) {
            if (!POSITIONS.contains(t.hash(k)) || Character.isLowerCase(t.first(k)) || t.is(k, TextAnalysis.CAPITALIZED)
                    && !t.is(k, TextAnalysis.ALL_CAPS) && !Character.isDigit(t.first(k))) continue;
            if ((d.gaz[k + 1] & Gazetteer.Kind.GIVEN.bit()) == 0 || !nameWord(t, d, k + 1)) continue;
            int e = k + 2;
            while (e < to && e - k <= 3 && nameWord(t, d, e) && !t.is(e, TextAnalysis.ALL_CAPS)) e++;
            if (e - k < 3) continue; // a given name and at least one more word
            int s = l.type[k] != null ? l.startOf(k) : k;
            String before = s < k ? l.type[s] : null;
            int teamStart = s < k ? s : (k > from && l.type[k - 1] != null ? l.startOf(k - 1) : k);
            if (PERSON.equals(l.type[e - 1]) && l.endOf(e - 1) > e) e = l.endOf(e - 1);
            l.clear(k, e);
            l.set(k + 1, e, PERSON);
            if (s < k) {
                // the team read into the same name: a plural name in capitals before the position
                String w = t.token(k - 1);
                boolean team = w.length() > 2 && w.endsWith("s") && t.is(k - 1, TextAnalysis.CAPITALIZED) && !t.is(k - 1, TextAnalysis.ALL_CAPS);
                if (team || ORG.equals(before)) l.set(teamStart, k, ORG);
            }
            k = e - 1;
        }
    }

    // ---------------------------------------------------------------- units and parties

    /** Ordinal words that open a military unit's name ("the Eighth Air Force", "the Third Army"). */
    private static final Set<Long> ORDINAL_WORDS = NewsCues.hashes(Set.of("first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"));
    /** An ordinal in figures ("82nd", "1st", "139th"). */
    private static final java.util.regex.Pattern ORDINAL_FIGURES = java.util.regex.Pattern.compile("\\d{1,4}(st|nd|rd|th)");
    /** Words that end a military unit's name. */
    private static final Set<Long> UNIT_HEADS = NewsCues.hashes(Set.of("army", "armies", "fleet", "corps", "division",
            "brigade", "regiment", "battalion", "squadron", "flotilla", "force", "command", "infantry", "cavalry",
            "artillery", "marines", "rangers", "fusiliers", "grenadiers", "hussars", "dragoons", "lancers", "guards"));
    /** Services a district of that name is a body for ("School District", "Water District", "Park District"). */
    private static final Set<Long> SERVICE_DISTRICTS = NewsCues.hashes(Set.of("school", "schools", "water", "sanitation",
            "sanitary", "irrigation", "fire", "transit", "park", "parks", "hospital", "utility", "utilities", "conservation",
            "library", "college", "sewer", "sewerage", "levee", "drainage", "flood", "recreation", "health", "ambulance",
            "port", "airport", "housing", "mosquito", "cemetery", "museum"));

    /**
     * "the Los Angeles Unified School District", "the Metropolitan Water District of Southern California": a name
     * that ends in "District" after the word of a service is the body that runs it, an organisation (a district of
     * a town or a country is a place, and so is the area served after "in" and the like).
     */
    private static void serviceDistricts(Layer l, int from, int to) {
        TextAnalysis t = l.t;
        for (int k = from + 1; k < to; k++) {
            if (!t.isWord(k, "district") || !t.is(k, TextAnalysis.CAPITALIZED) || !SERVICE_DISTRICTS.contains(t.hash(k - 1))
                    || !t.is(k - 1, TextAnalysis.CAPITALIZED) || l.type[k] == null || ORG.equals(l.type[k])) continue;
            int s = l.startOf(k), e = l.endOf(k);
            if (s >= k - 1) continue; // a name of its own before the service ("the School District" alone is a kind)
            // "classes in the Harlow Unified School District resumed": after "in" and the like it is the area served
            int p = s > from && t.hash(s - 1) == H_THE ? s - 2 : s - 1;
            if (p >= from && NewsCues.LOCATIVE_H.contains(t.hash(p))) continue;
            l.clear(s, e);
            l.set(s, e, ORG);
        }
    }

    /** The most capitalised words from the ordinal to the unit's head ("1st Special Forces Operational Detachment" is longer). */
    private static final int UNIT_SPAN = 5;

    /**
     * "the Eighth Air Force", "the 139th Regiment", "the 1st Marine Division": an ordinal (capitalised word or
     * figures) before capitalised words ending in a word of military units, with no capitalised word after, names
     * the unit, an organisation, over what was read inside it, unless a name read before the ordinal runs into it
     * ("the US Seventh Fleet" stays as read).
     */
    private static void militaryUnits(Layer l, int from, int to) {
        TextAnalysis t = l.t;
        for (int k = from; k + 1 < to; k++) {
            boolean word = ORDINAL_WORDS.contains(t.hash(k)) && t.is(k, TextAnalysis.CAPITALIZED);
            if (!word && (!Character.isDigit(t.first(k)) || !ORDINAL_FIGURES.matcher(t.token(k)).matches())) continue;
            int last = -1;
            for (int e = k + 1; e < to && e <= k + UNIT_SPAN && capitalisedWord(t, e); e++) {
                if (UNIT_HEADS.contains(t.hash(e))) last = e + 1;
            }
            if (last < 0 || last < to && capitalisedWord(t, last)) continue;
            if (l.type[k] != null && !l.begin[k]) continue;
            boolean inside = true;
            for (int e = k; e < last && inside; e++) inside = l.type[e] == null || l.startOf(e) >= k && l.endOf(e) <= last;
            if (!inside) continue;
            l.set(k, last, ORG);
            k = last - 1;
        }
    }

    /** Plural heads that a coordination of capitalised words names members of ("the Labor and Liberal parties"). */
    private static final Set<Long> ORG_PLURAL_HEADS = NewsCues.hashes(Set.of("parties"));

    /**
     * "the Labor and Liberal parties", "the Democratic, Republican and Green parties": one-word names
     * coordinated before a lower-case plural of organisations each name one, unless one of them is a
     * people's word or a place's ("the Japanese and Korean parties" are the countries' parties).
     */
    private static void coordinatedParties(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int h = from + 3; h < to; h++) {
            if (!ORG_PLURAL_HEADS.contains(t.hash(h)) || t.is(h, TextAnalysis.CAPITALIZED)) continue;
            List<Integer> words = new ArrayList<>();
            int k = h - 1;
            boolean ok = true;
            while (k >= from && ok) {
                ok = capitalisedWord(t, k) && !t.is(k, TextAnalysis.ALL_CAPS)
                        && (k == from || !capitalisedWord(t, k - 1) || (d.cue[k - 1] & NerFeatures.C_FUNCTION) != 0)
                        && (d.gaz[k] & (PLACE_KINDS | Gazetteer.Kind.DEMONYM.bit() | PERSONAL_KINDS)) == 0
                        && (d.cue[k] & NerFeatures.C_FUNCTION) == 0 && (l.type[k] == null || l.isName(k, k + 1));
                if (!ok) break;
                words.add(k);
                // "A, B and C", "A, B, and C", "A or B"
                int c = k - 1;
                boolean joined = false;
                if (c >= from && (t.isWord(c, "and") || t.isWord(c, "or"))) {
                    c--;
                    joined = true;
                }
                if (c >= from && t.isWord(c, ",")) {
                    c--;
                    joined = true;
                }
                if (!joined) break;
                k = c;
            }
            if (!ok || words.size() < 2) continue;
            for (int w : words) l.set(w, w + 1, ORG);
        }
    }

    // ---------------------------------------------------------------- hyphenated modifiers

    /**
     * "the New York-based Smith Fund", "Beijing-based": a hyphenated word that ends in a lower-case
     * part is a modifier, no part of an organisation's or a place's name; the name goes on after it,
     * or is none when it ends there. The name inside the modifier is found by {@link CompoundNames}.
     */
    private static void compoundModifiers(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i < to; i++) {
            if (l.type[i] == null || !l.begin[i]) continue;
            int s = i, e = l.endOf(i);
            i = e - 1;
            // a person's name, or one the lists know whole as an organisation ("the Canadian Radio-television and
            // Telecommunications Commission")
            if (PERSON.equals(l.type[s]) || listedWhole(d, s, e, Gazetteer.Kind.ORG.bit())) continue;
            int cut = -1;
            for (int k = s; k < e; k++) if (modifier(t, d, k)) cut = k;
            if (cut < 0) continue;
            String type = l.type[s];
            l.clear(s, e);
            if (cut + 1 >= e || !t.is(cut + 1, TextAnalysis.CAPITALIZED)) continue;
            // "the Israeli-occupied West Bank": what the modifier leaves is a place a list knows whole, whatever
            // the longer run was read as
            if (listedWhole(d, cut + 1, e, Gazetteer.Kind.COUNTRY.bit())) type = COUNTRY;
            else if (listedWhole(d, cut + 1, e, PLACE_KINDS) && !listedWhole(d, cut + 1, e, Gazetteer.Kind.ORG.bit())) type = LOC;
            l.set(cut + 1, e, type);
        }
    }

    /**
     * Whether the gazetteer's marks of starts and insides make tokens {@code [s, e)} one name of the
     * kinds {@code kinds} whole, not going on past them.
     */
    private static boolean listedWhole(NerFeatures.Doc d, int s, int e, int kinds) {
        if (e <= s || (d.gaz[s] & kinds) == 0) return false;
        for (int k = s + 1; k < e; k++) if ((d.gaz[k] & kinds << 8) == 0) return false;
        return e >= d.gaz.length || (d.gaz[e] & kinds << 8) == 0;
    }

    /**
     * Whether token {@code k} is a hyphenated word from a capital to a lower-case English word
     * ("York-based", "Kremlin-run"; not the syllable of "Jong-un", nor a prefix: "Co-operation").
     */
    private static boolean modifier(TextAnalysis t, NerFeatures.Doc d, int k) {
        if (!t.is(k, TextAnalysis.HYPHEN) || !t.is(k, TextAnalysis.CAPITALIZED)) return false;
        String text = t.text();
        int s = t.start(k), e = t.end(k), h = e - 1;
        while (h > s && !TextAnalyzer.isHyphen(text.charAt(h))) h--;
        if (h <= s || e - h - 1 < 2) return false;
        // a prefix of two letters is no name ("Co-operation"; "UK-based" is in capitals)
        if (h - s <= 2 && Character.isLowerCase(text.charAt(h - 1))) return false;
        for (int c = h + 1; c < e; c++) if (!Character.isLowerCase(text.charAt(c))) return false;
        return text.startsWith("ed", e - 2) || d.common.contains(TextAnalysis.hash(text, h + 1, e));
    }

    /**
     * "the CEO of Stellantis", "Deputy Director": an organisation named only by the words of a role,
     * ending in a role's head, that no list knows as a whole, is a title, not a name. (Persons keep
     * theirs: dropping them lowered wikigold's persons.)
     */
    private boolean roleOnly(TextAnalysis t, NerFeatures.Doc d, Name n) {
        if (!n.type().equals(ORG)) return false;
        int last = n.end() - 1;
        if ((d.cue[last] & NerFeatures.C_ROLE_HEAD) == 0 || (d.cue[last] & NerFeatures.C_ROLE_MOD) != 0) return false;
        for (int k = n.start(); k < n.end(); k++) {
            if (!t.is(k, TextAnalysis.WORD)) return false;
            if ((d.cue[k] & (NerFeatures.C_ROLE_HEAD | NerFeatures.C_ROLE_MOD | NerFeatures.C_PERSON_PREFIX)) == 0) return false;
        }
        return !listedWhole(t, n.start(), n.end());
    }

    /** Whether a list knows the words {@code [s, e)} as a whole, in any case (a match starts where it is looked for). */
    private boolean listedWhole(TextAnalysis t, int s, int e) {
        Gazetteer.Match m = gazetteer.longest(t, s, e, null, true);
        return m != null && m.end() == e;
    }

    /** Words of journals' abbreviated titles (ISO 4, as reference lists print them: "Br J Dermatol", "Annu Rev Med"). */
    private static final Set<Long> JOURNAL_WORDS = NewsCues.hashes(Set.of("j", "n", "u", "s", "a", "clin", "med", "rev",
            "res", "sci", "natl", "acad", "proc", "am", "br", "engl", "eur", "int", "ann", "annu", "arch", "bull", "lett",
            "dermatol", "immunol", "allergy", "investig", "invest", "exp", "pharmacol", "ther", "biol", "chem", "phys",
            "soc", "assoc", "surg", "pediatr", "neurol", "psychiatry", "oncol", "cardiol", "gastroenterol", "endocrinol",
            "rheum", "rheumatol", "dis", "opin", "curr", "transl", "translat", "microbiol", "infect", "epidemiol",
            "genet", "mol", "biochem", "physiol", "pathol", "radiol", "ophthalmol", "otolaryngol", "urol", "nephrol",
            "hepatol", "hematol", "vasc", "respir", "crit", "care", "emerg", "nurs", "dent", "environ", "public",
            "health", "rep", "commun", "nutr", "metab", "obstet", "gynecol", "reprod", "anesth", "anaesth", "orthop",
            "rehabil", "toxicol", "virol", "drug", "saf", "geriatr", "neurosci", "behav", "cogn", "psychol", "technol",
            "comput", "treat", "pract", "intern", "fam", "gen", "syst", "biomed", "pharm", "front"));
    /** Of those, the words no English text prints but as an abbreviation: a title needs one. */
    private static final Set<Long> JOURNAL_MARKS = NewsCues.hashes(Set.of("j", "clin", "natl", "acad", "annu", "engl",
            "dermatol", "immunol", "investig", "pharmacol", "ther", "biol", "surg", "pediatr", "neurol", "oncol",
            "cardiol", "gastroenterol", "endocrinol", "rheumatol", "transl", "translat", "microbiol", "epidemiol",
            "genet", "biochem", "physiol", "pathol", "radiol", "ophthalmol", "otolaryngol", "urol", "nephrol", "hepatol",
            "hematol", "respir", "nutr", "metab", "obstet", "gynecol", "reprod", "anesth", "anaesth", "orthop",
            "rehabil", "toxicol", "virol", "geriatr", "neurosci", "psychol", "technol", "biomed", "pharm"));

    /** "Br J Dermatol", "Proc Natl Acad Sci U S A": a journal's abbreviated title in a reference, no name. */
    private static boolean journal(TextAnalysis t, Name n) {
        boolean mark = false;
        for (int k = n.start(); k < n.end(); k++) {
            if (!t.is(k, TextAnalysis.WORD)) {
                if (t.isWord(k, ".")) continue;
                return false;
            }
            if (!JOURNAL_WORDS.contains(t.hash(k))) return false;
            mark |= JOURNAL_MARKS.contains(t.hash(k));
        }
        return mark;
    }

    /**
     * "Wozel G", "Kano Y" in a reference list: a surname and one to three capital initials, on a line
     * of references ("et al", or a year, a semicolon and a volume), is an author, a person.
     */
    private static Name author(TextAnalysis t, Name n) {
        if (n.type().equals(PERSON) || n.end() - n.start() != 2) return n;
        int s = n.start(), i = n.end() - 1;
        if (!t.is(s, TextAnalysis.CAPITALIZED) || t.is(s, TextAnalysis.ALL_CAPS) || t.length(i) > 3) return n;
        for (int c = t.start(i); c < t.end(i); c++) if (!Character.isUpperCase(t.text().charAt(c))) return n;
        return referenceLine(t, s) ? new Name(s, n.end(), PERSON) : n;
    }

    /** Whether the line of token {@code k} is one of references: it holds "et al", or a year, ";" and a number. */
    private static boolean referenceLine(TextAnalysis t, int k) {
        int a = k, b = k;
        while (a > 0 && !t.is(a, TextAnalysis.NEWLINE_BEFORE) && k - a < 200) a--;
        while (b + 1 < t.tokenCount() && !t.is(b + 1, TextAnalysis.NEWLINE_BEFORE) && b - k < 200) b++;
        for (int j = a; j < b; j++) {
            if (t.isWord(j, "et") && t.isWord(j + 1, "al")) return true;
            if (t.is(j, TextAnalysis.DIGIT) && t.length(j) == 4 && t.isWord(j + 1, ";") && j + 2 <= b && t.is(j + 2, TextAnalysis.DIGIT)) {
                return true;
            }
        }
        return false;
    }

    /** Styles of address that only persons bear ("the Hon. Aubyn Hill", "the Honourable Premier"). */
    private static final Set<Long> HONORIFICS = NewsCues.hashes(Set.of("hon.", "hon", "honourable", "honorable"));

    /**
     * "Senator the Hon. Aubyn Hill": a name of two or three capitalised words after a style of
     * address (or opening with one, which is left out) is a person's, unless a list knows it as a
     * whole or it holds an organisation's or a place's head word.
     */
    private Name honoured(TextAnalysis t, NerFeatures.Doc d, Name n) {
        if (n.type().equals(PERSON)) return n;
        int s = n.start();
        if (HONORIFICS.contains(t.hash(s)) && t.is(s, TextAnalysis.CAPITALIZED)) s++;
        else if (s == 0 || !HONORIFICS.contains(t.hash(s - 1)) || !t.is(s - 1, TextAnalysis.CAPITALIZED)) return n;
        int words = n.end() - s;
        if (words < 2 || words > 3) return n;
        for (int k = s; k < n.end(); k++) {
            if (!t.is(k, TextAnalysis.WORD) || !t.is(k, TextAnalysis.CAPITALIZED)) return n;
            if ((d.cue[k] & (NerFeatures.C_ORG_STRONG | NerFeatures.C_ORG_WEAK | NerFeatures.C_ROLE_HEAD)) != 0
                    || NewsCues.FACILITY_H.contains(t.hash(k))) {
                return n;
            }
        }
        return listedWhole(t, s, n.end()) ? n : new Name(s, n.end(), PERSON);
    }

    /** Fewest words of a sentence printed capitalised or in capitals for it to be read as a headline. */
    private static final int HEADLINE_WORDS = 3;
    /** The longest function word title case leaves in lower case ("of", "the", "with", "from"). */
    private static final int TITLE_CASE_LOWER = 4;
    /** The same for a sentence that is a line of its own: a heading. */
    private static final int HEADING_LINE_WORDS = 2;

    /**
     * "MARKETS SEE RED AS SHARES FALL", "Markets See Red As Shares Fall": in a headline (a sentence
     * whose every word of letters is capitalised or in capitals) capitals say nothing, so a name made
     * only of common English words that no list knows as a whole is none.
     */
    private boolean commonWordsInHeadline(TextAnalysis t, NerFeatures.Doc d, Name n) {
        for (int k = n.start(); k < n.end(); k++) {
            if (t.is(k, TextAnalysis.WORD) && !d.common.contains(t.hash(k))) return false;
        }
        return headline(t, d, t.sentenceOf(n.start())) && !listedWhole(t, n.start(), n.end());
    }

    /**
     * "Lindsay Lohan Checks Into Betty Ford", "Choosing DeGeneres …": in a headline a person's name
     * runs on into the capitalised verbs and nouns around it; common English words that no list
     * knows as a personal name are taken off its start, and it ends before the first such word after
     * it, as long as what stays reads as a name ("Esther Williams Dies" is "Esther Williams"; "Will
     * Smith" keeps its given name, a known word); a known name after the words cut off is a second
     * person ("Obama Reverses Bush").
     */
    private static List<Name> personsInHeadline(TextAnalysis t, NerFeatures.Doc d, Name n) {
        if (!PERSON.equals(n.type()) || n.end() - n.start() < 2) return List.of(n);
        int s = n.start(), e = n.end();
        while (s + 1 < e && headlineWord(t, d, s)) s++;
        // the name ends before the first such word after it ("Yvonne Hiller | Charged With Murder")
        for (int k = s + 1; k < e; k++) {
            // after known given names and initials, a family name may look inflected ("Martin Gonzales",
            // "Maurice Cheeks", "Nicholas A. Christakis", "Luis Carlos Barrantes")
            int g = k - 1;
            while (g > s && (initial(t, g) || (d.gaz[g] & Gazetteer.Kind.GIVEN.bit()) != 0)) g--;
            boolean family = g == s && (d.gaz[s] & Gazetteer.Kind.GIVEN.bit()) != 0
                    && !d.common.contains(t.hash(k)) && (d.cue[k] & NerFeatures.C_FUNCTION) == 0;
            if (!family && headlineWord(t, d, k)) {
                e = k;
                break;
            }
        }
        if (s == n.start() && e == n.end() || !knownPersonName(d, s, e) || !headline(t, d, t.sentenceOf(n.start()))) return List.of(n);
        // "Obama Reverses Bush": a known name after the words cut off is a person of its own
        int r = e;
        while (r < n.end() && headlineWord(t, d, r)) r++;
        boolean rest = r > e && r < n.end() && knownPersonName(d, r, n.end());
        for (int k = r; k < n.end() && rest; k++) rest = !headlineWord(t, d, k);
        return rest ? List.of(new Name(s, e, PERSON), new Name(r, n.end(), PERSON)) : List.of(new Name(s, e, PERSON));
    }

    /**
     * Whether {@code [s, e)} reads as a person's name by the lists: a known given name opening two
     * words or more, a known given or family name ending them, or one word known as a family name
     * ("Ellen DeGeneres" cut to "Ellen" would be a given name alone).
     */
    private static boolean knownPersonName(NerFeatures.Doc d, int s, int e) {
        if (e - s >= 2) return (d.gaz[s] & Gazetteer.Kind.GIVEN.bit()) != 0 || (d.gaz[e - 1] & PERSONAL_KINDS) != 0;
        return (d.gaz[s] & PERSONAL_KINDS) != 0 && (d.gaz[s] & PERSONAL_KINDS) != Gazetteer.Kind.GIVEN.bit();
    }

    /** A middle initial: one capital letter, with its dot ({@link #initials} of one letter: "A.") or without ("W"). */
    static boolean initial(TextAnalysis t, int k) {
        return t.length(k) == 1 ? Character.isUpperCase(t.first(k)) : t.length(k) == 2 && initials(t, k);
    }

    /** Shortest capitalised word whose ending alone marks it a verb or a plural in a headline ("Dies", "Charged"). */
    private static final int HEADLINE_INFLECTED = 4;

    /**
     * A word of a headline that is no part of a name: no list knows it as a given or family name,
     * and it is a common English word, a function word, or inflected as verbs and plurals are
     * ("Checks", "Charged", "Choosing").
     */
    static boolean headlineWord(TextAnalysis t, NerFeatures.Doc d, int k) {
        if (!t.is(k, TextAnalysis.WORD) || t.is(k, TextAnalysis.ALL_CAPS) || (d.gaz[k] & PERSONAL_KINDS) != 0) return false;
        // "Betty Ford Center": a head of organisations or facilities is part of another kind of name
        if ((d.cue[k] & (NerFeatures.C_ORG_STRONG | NerFeatures.C_ORG_WEAK)) != 0 || NewsCues.FACILITY_H.contains(t.hash(k))) return false;
        if (d.common.contains(t.hash(k)) || (d.cue[k] & NerFeatures.C_FUNCTION) != 0) return true;
        String w = t.lower(k);
        return w.length() >= HEADLINE_INFLECTED && (w.endsWith("s") && !w.endsWith("ss") || w.endsWith("ed") || w.endsWith("ing"));
    }

    /** Whether sentence {@code s} is a headline: every word of letters capitalised or in capitals (title case on a line of its own). */
    static boolean headline(TextAnalysis t, NerFeatures.Doc d, int s) {
        int ss = t.sentenceStart(s), se = t.sentenceEnd(s);
        int ls = ss; // the line's start, before a list's number ("2. Choose the Right Location")
        while (ls > 0 && !t.is(ls, TextAnalysis.NEWLINE_BEFORE) && ss - ls < 3
                && (t.is(ls - 1, TextAnalysis.DIGIT) || !t.is(ls - 1, TextAnalysis.WORD))) {
            ls--;
        }
        boolean line = (ls == 0 || t.is(ls, TextAnalysis.NEWLINE_BEFORE)) && (se >= t.tokenCount() || t.is(se, TextAnalysis.NEWLINE_BEFORE));
        int words = 0;
        boolean titleCase = false, listed = false;
        for (int k = ss; k < se; k++) {
            listed |= t.isWord(k, ",") || t.isWord(k, ";");
            if (!t.is(k, TextAnalysis.WORD) || t.is(k, TextAnalysis.DIGIT)) continue;
            if (!t.is(k, TextAnalysis.CAPITALIZED)) {
                // title case leaves its short function words in lower case ("Changing Font Size of Legend Text")
                if ((d.cue[k] & NerFeatures.C_FUNCTION) == 0 || t.length(k) > TITLE_CASE_LOWER) return false;
                titleCase = true;
                continue;
            }
            words++;
        }
        // title case only in a heading: a line of its own, no list of records ("Sixteenth Air Force, 8 April 1957; …")
        if (titleCase && (!line || listed)) return false;
        // a heading on a line of its own ("Flowering & Fragrance") needs fewer words to be one
        return words >= (line ? HEADING_LINE_WORDS : HEADLINE_WORDS);
    }

    /** Words before a month that make it one ("until May", "in early May"). */
    private static final Set<Long> BEFORE_MONTH = NewsCues.hashes(Set.of("in", "until", "till", "since", "by", "from",
            "through", "before", "after", "early", "late", "mid", "mid-", "last", "next", "this", "during", "between"));
    /** Words before "of" that make what follows a month ("the end of May"). */
    private static final Set<Long> BEFORE_OF_MONTH = NewsCues.hashes(Set.of("end", "beginning", "start", "middle",
            "month", "rest", "ides", "first", "last"));
    /** Words that join a month to another ("April and May", "from April to May"). */
    private static final Set<Long> MONTH_JOINERS = NewsCues.hashes(Set.of("and", "or", "to", "-", "–", "through"));

    /**
     * Whether the month name at {@code i} ("May") is the month: after {@link #BEFORE_MONTH}, after
     * "of" that follows {@link #BEFORE_OF_MONTH} or a number, after another month and a joining word,
     * or beside a number ("4 May", "May 4").
     */
    private static boolean monthByContext(TextAnalysis t, int i) {
        if (i + 1 < t.tokenCount() && t.is(i + 1, TextAnalysis.NUMBER)) return true;
        if (i == 0) return false;
        long before = t.hash(i - 1);
        if (BEFORE_MONTH.contains(before) || t.is(i - 1, TextAnalysis.NUMBER)) return true;
        if (i < 2) return false;
        if (before == H_OF) return BEFORE_OF_MONTH.contains(t.hash(i - 2)) || t.is(i - 2, TextAnalysis.DIGIT);
        return MONTH_JOINERS.contains(before) && CALENDAR.contains(t.hash(i - 2));
    }

    // ---------------------------------------------------------------- 0. marks out of names

    /**
     * "Bolton West", "East Thurrock", "Bury North": a "person" or "organisation" of two words, a
     * compass word and a known place or town that is no known given name, is a place
     * (constituencies, districts).
     */
    private static void compassPlaces(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        int places = PLACE_KINDS | Gazetteer.Kind.TOWN.bit();
        for (int i = from; i < to; i++) {
            if (!(PERSON.equals(l.type[i]) || ORG.equals(l.type[i])) || !l.begin[i]) continue;
            int e = l.endOf(i);
            if (e - i == 2) {
                boolean first = NewsCues.COMPASS_H.contains(t.hash(i)), second = NewsCues.COMPASS_H.contains(t.hash(i + 1));
                int place = first ? i + 1 : i;
                if (first != second && (d.gaz[place] & places) != 0 && (d.gaz[place] & Gazetteer.Kind.GIVEN.bit()) == 0
                        && capitalisedWord(t, i) && capitalisedWord(t, i + 1)) {
                    l.set(i, e, LOC);
                }
            }
            i = e - 1;
        }
    }

    /**
     * Words that open a sentence and no name: prepositions, conjunctions and sentence adverbs the
     * model's function words leave out ("Unlike Hitler, Trump …", "Amid Protests …"), and numbers of things.
     */
    private static final Set<Long> OPENING_WORDS = NewsCues.hashes(Set.of("unlike", "like", "besides", "within", "amid",
            "amidst", "beyond", "unless", "whereas", "whilst", "following", "including", "regarding", "concerning",
            "toward", "towards", "across", "behind", "beneath", "beside", "between", "throughout", "outside", "inside",
            "upon", "via", "moreover", "furthermore", "nevertheless", "nonetheless", "indeed", "perhaps", "maybe",
            "instead", "otherwise", "thus", "hence", "therefore", "likewise", "similarly", "finally", "currently",
            "previously", "recently", "today", "yesterday", "tonight", "earlier", "later", "unfortunately",
            "fortunately", "meanwhile", "notably", "overall", "additionally", "ultimately", "eventually", "former",
            // numbers of things ("Two Royal Navy frigates"); not "One", which opens names ("One Direction")
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
            "forty", "fifty", "hundreds", "thousands", "dozens", "several"));

    /**
     * A name opening a sentence does not take the sentence's first word when that word is one of
     * {@link #OPENING_WORDS}: the name starts after it. A gazetteer name that holds the word stays
     * whole.
     */
    private void sentenceOpeners(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        int s = from;
        while (s < to && !t.is(s, TextAnalysis.WORD)) s++;
        if (s + 1 >= to || l.type[s] == null || !l.begin[s]) return;
        int e = l.endOf(s);
        // "Angry French paper workers blocked …": a common word opening the sentence before a people's word is no name's
        // (no listed word first, and a lower-case word after that does not act: "Dawn French said" stays)
        if (PERSON.equals(l.type[s]) && e == s + 2 && e < to && d.gaz[s] == 0 && (d.gaz[s + 1] & Gazetteer.Kind.DEMONYM.bit()) != 0
                && t.is(e, TextAnalysis.WORD) && !t.is(e, TextAnalysis.CAPITALIZED) && !acts(t, e, to)) {
            l.set(s + 1, e, MISC);
            return;
        }
        if (!OPENING_WORDS.contains(t.hash(s))) return;
        if (e - s < 2 || !capitalisedWord(t, s + 1)) return;
        Gazetteer.Match m = gazetteer.longest(t, s, e, null, true);
        if (m != null && m.start() == s && m.end() > s + 1) return;
        l.set(s + 1, e, l.type[s]);
    }

    /**
     * A name does not end with an exclamation or question mark ("Welcome to Google!"), unless the
     * gazetteer lists the name with it ("Yahoo!").
     */
    private static void closingMarks(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i < to; i++) {
            if (l.type[i] == null || !l.begin[i]) continue;
            int e = l.endOf(i);
            int k = e;
            while (k > i + 1 && t.is(k - 1, TextAnalysis.PUNCT) && (t.first(k - 1) == '!' || t.first(k - 1) == '?')
                    && (d.gaz[k - 1] >>> 8) == 0) k--;
            if (k < e) l.set(i, k, l.type[i]); // set() first clears the whole name, marks included
            i = e - 1;
        }
    }

    /** Lower-case particles inside names before a capitalised word ("Mohammed bin Salman", "Erik ten Hag"). */
    private static final Set<Long> NAME_PARTICLES = NewsCues.hashes(Set.of("bin", "ibn", "bint", "binti", "al", "el", "van",
            "von", "der", "den", "de", "des", "da", "du", "di", "del", "della", "dos", "das", "la", "le", "ten", "ter"));

    /**
     * "Mohammed bin Salman", "Erik ten Hag", "Ursula von der Leyen", "Muqtada al-Sadr": a person's
     * name goes on over one or two lower-case particles and the capitalised word after them, or over
     * a word in "al-" or "el-" and a capital.
     */
    private static void nameParticles(Layer l, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i < to; i++) {
            if (!PERSON.equals(l.type[i]) || !l.begin[i]) continue;
            int s = i, e = l.endOf(i);
            int k = e;
            while (k < to) {
                if (l.type[k] != null && l.begin[k] && !PERSON.equals(l.type[k])) break;
                // one or two particles ("Erik ten Hag", "Ursula von der Leyen") before a capitalised word
                int p = k;
                while (p < to && p - k < 2 && NAME_PARTICLES.contains(t.hash(p)) && !t.is(p, TextAnalysis.CAPITALIZED)) p++;
                if (p > k && p < to && t.is(p, TextAnalysis.CAPITALIZED) && t.is(p, TextAnalysis.WORD)) {
                    k = p + 1;
                } else if (prefixedName(t, k)) {
                    k++;
                } else {
                    break;
                }
            }
            if (k > e) l.set(s, k, PERSON);
            i = k - 1;
        }
    }

    /** "al-Sadr", "el-Sisi": one token, a lower-case "al-" or "el-" before a capital. */
    private static boolean prefixedName(TextAnalysis t, int k) {
        if (!t.is(k, TextAnalysis.WORD) || t.length(k) < 5) return false;
        String text = t.text();
        int s = t.start(k);
        return (text.startsWith("al-", s) || text.startsWith("el-", s)) && Character.isUpperCase(text.charAt(s + 3));
    }

    // ---------------------------------------------------------------- 1. titles out of names

    /** A person's name does not include "Mr", "Ms.", "President", "King", "General". */
    private static void stripTitles(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i < to; i++) {
            if (!PERSON.equals(l.type[i]) || !l.begin[i]) continue;
            int e = l.endOf(i);
            int s = i;
            while (s < e - 1 && (((d.cue[s] & (NerFeatures.C_PERSON_PREFIX | NerFeatures.C_ROLE_HEAD | NerFeatures.C_ROLE_MOD)) != 0
                    || LOCAL_ROLES.contains(t.hash(s))) && (d.gaz[s] & PERSONAL_KINDS) == 0
                    || DISTRICT_ATTORNEY.contains(t.hash(s)) && t.is(s, TextAnalysis.ALL_CAPS) && t.length(s) > 1)) s++;
            if (s > i) {
                l.clear(i, e);
                l.set(s, e, PERSON);
            }
            i = e - 1;
        }
    }

    /**
     * Offices of local government and policing printed before a name ("Councilman Jumaane D. Williams",
     * "Public Advocate Bill de Blasio", "Trooper William Hakim"), read by the rules only: the model's features
     * keep the role words it was trained with.
     */
    static final Set<Long> LOCAL_ROLES = NewsCues.hashes(Set.of("councilman", "councilwoman", "councilmember", "councillor",
            "councilor", "alderman", "alderwoman", "assemblyman", "assemblywoman", "assemblymember", "selectman",
            "selectwoman", "freeholder", "supervisor", "comptroller", "trooper", "patrolman", "advocate", "coroner",
            "magistrate", "warden", "clerk", "auditor", "constable"));

    /** "DA David Soares": the district attorney's letters, in capitals only ("da Silva" is a name's particle). */
    private static final Set<Long> DISTRICT_ATTORNEY = NewsCues.hashes(Set.of("da", "d.a."));

    private static final Set<Long> REGNAL = NewsCues.hashes(Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii",
            "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "jr.", "jr", "sr.", "sr"));
    /** Letters printed after a person's name: offices, ranks at the bar, honours. */
    private static final Set<Long> POST_NOMINALS = NewsCues.hashes(Set.of("mp", "msp", "mep", "td", "mla", "mpp", "qc", "kc",
            "obe", "cbe", "mbe", "kbe", "dbe", "frs"));
    private static final Set<Long> PARTICLES = NewsCues.hashes(Set.of("de", "von", "van", "der", "den", "da", "di",
            "du", "le", "la", "del", "des", "al", "el", "bin", "ibn"));
    private static final Set<Long> GROUP_BEFORE = NewsCues.hashes(Set.of("the", "many", "most", "some", "all", "few",
            "several", "other", "both", "these", "those", "million", "thousand", "hundreds", "thousands", "millions"));

    /**
     * A person's name takes a regnal number or Jr. after it ("Ramesses II") and a particle before
     * it ("de Meza", "Von Beust"); a plural group name ("the Romans", "most Europeans") is no person.
     */
    private static void personShapes(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i < to; i++) {
            if (!PERSON.equals(l.type[i]) || !l.begin[i]) continue;
            int s = i, e = l.endOf(i);
            boolean changed = false;
            if (e < to && l.type[e] == null && REGNAL.contains(t.hash(e)) && (t.is(e, TextAnalysis.ALL_CAPS)
                    || t.length(e) == 1 && t.first(e) == 'I' || t.is(e, TextAnalysis.PERIOD) && t.is(e, TextAnalysis.CAPITALIZED))) {
                e++;
                changed = true;
            }
            // "Charles Walker MP", "Jane Hale QC": letters after a name are no part of it
            if (e - s >= 3 && POST_NOMINALS.contains(t.hash(e - 1)) && t.is(e - 1, TextAnalysis.ALL_CAPS)) {
                e--;
                changed = true;
            }
            if (s > from && l.type[s - 1] == null && PARTICLES.contains(t.hash(s - 1))
                    && !(t.is(s - 1, TextAnalysis.ALL_CAPS) && t.length(s - 1) > 1 && !t.is(s, TextAnalysis.ALL_CAPS)) // "DA David Soares"
                    && !(s - 1 > from && t.is(s - 2, TextAnalysis.CAPITALIZED) && PERSON.equals(l.type[s - 2]))) {
                s--;
                changed = true;
                // and a known given name before the particle, read as no name ("Laurence des Cars")
                if (s > from && l.type[s - 1] == null && t.is(s - 1, TextAnalysis.CAPITALIZED)
                        && (d.gaz[s - 1] & Gazetteer.Kind.GIVEN.bit()) != 0 && (d.gaz[s - 1] & PLACE_KINDS) == 0) s--;
            }
            if (e - s == 1 && (d.gaz[s] & PERSONAL_KINDS) == 0) {
                String w = t.token(s);
                boolean plural = w.endsWith("ans") || w.endsWith("ites") || w.endsWith("ese") || w.endsWith("ians");
                boolean group = s > from && GROUP_BEFORE.contains(t.hash(s - 1)) || s > from && t.is(s - 1, TextAnalysis.NUMBER);
                if (plural && group) {
                    l.clear(s, e);
                    i = e - 1;
                    continue;
                }
            }
            if (changed) l.set(s, e, PERSON);
            i = e - 1;
        }
    }

    /**
     * "H.R. McMaster", "J.K. Rowling", "E. Jean Carroll": one to three initials then one or two
     * capitalised words are a person, whatever the model read there (it seldom saw such initials),
     * unless the initials are known ("U.S.", "D.C.") or the words name a place, an organisation or
     * hold a role or organisation word.
     */
    private void initialledPersons(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i < to - 1; i++) {
            // d.gaz holds every list match at i, so known initials ("U.S.", "D.C.") are out here
            if (!initials(t, i) || d.gaz[i] != 0 || NOT_INITIALS.contains(t.hash(i))) continue;
            if (l.type[i] != null && !PERSON.equals(l.type[i]) && !MISC.equals(l.type[i])) continue;
            int s = i;
            while (s > from && initials(t, s - 1)) s--;
            int e = i + 1;
            while (e < to && e - i <= 2 && initials(t, e)) e++;
            int words = e;
            while (e < to && e - words < 2 && nameWord(t, d, e) && !t.is(e, TextAnalysis.ALL_CAPS)) e++;
            if (e == words || knownNonPerson(t, d, words, e)) continue;
            for (int k = words; k < e; k++) if (l.type[k] != null && !PERSON.equals(l.type[k]) && !MISC.equals(l.type[k])) e = k;
            if (e == words) continue;
            // a middle initial joins the name around it ("Mario J. Lucero", "A. Noel Anketell Kramer")
            if (s > from && PERSON.equals(l.type[s - 1])) s = l.startOf(s - 1);
            else if (s > from && nameWord(t, d, s - 1) && (d.gaz[s - 1] & Gazetteer.Kind.GIVEN.bit()) != 0 && l.type[s - 1] == null) s--;
            if (PERSON.equals(l.type[e - 1])) e = Math.max(e, l.endOf(e - 1));
            if (!l.isName(s, e) || !PERSON.equals(l.type[s])) l.set(s, e, PERSON);
            i = e - 1;
        }
    }

    /** Abbreviations printed as initials that are none: a postscript, times of day, eras. */
    private static final Set<Long> NOT_INITIALS = NewsCues.hashes(Set.of("p.s.", "a.m.", "p.m.", "b.c.", "a.d.", "n.b."));

    /** An initial or initials: "H.", "H.R.", "J.K." (capital letters, each with its period). */
    private static boolean initials(TextAnalysis t, int i) {
        int n = t.length(i);
        if (n < 2 || n > 6 || n % 2 != 0 || !t.is(i, TextAnalysis.WORD)) return false;
        String text = t.text();
        int s = t.start(i);
        for (int k = 0; k < n; k += 2) {
            if (!Character.isUpperCase(text.charAt(s + k)) || text.charAt(s + k + 1) != '.') return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- 2. persons after cues

    /**
     * Capitalised words right after "Mr."/"Ms."/"Dr." or after a role word ("President", "leader",
     * "minister") are a person's name, unless they name a place, country or organisation.
     */
    private void cuedPersons(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i < to - 1; i++) {
            int c = d.cue[i];
            boolean prefix = (c & NerFeatures.C_PERSON_PREFIX) != 0 && t.is(i, TextAnalysis.CAPITALIZED);
            boolean role = (c & NerFeatures.C_ROLE_HEAD) != 0;
            if (!prefix && !role) continue;
            // a role word between a given name and one more word of a person's name is part of it ("Muhammed Sheikh Khalil")
            if (role && !prefix && PERSON.equals(l.type[i]) && l.startOf(i) == i - 1 && l.endOf(i) == i + 2
                    && (d.gaz[i - 1] & Gazetteer.Kind.GIVEN.bit()) != 0) continue;
            int s = i + 1;
            if (!nameWord(t, d, s)) continue;
            int e = s;
            while (e < to && e - s < 5 && (nameWord(t, d, e) || t.is(e, TextAnalysis.HYPHEN) && t.is(e, TextAnalysis.WORD))) e++;
            if (e == s) continue;
            if (role && !prefix) {
                // a role word before a place or organisation is not a title ("General Motors", "Premier League"),
                // nor one before the noun of a gathering or an action ("the Annual General Meeting", "a General Strike")
                if (knownNonPerson(t, d, s, e) || e - s == 1 && GATHERINGS.contains(t.hash(s))) continue;
                // nor one before the words of a law or an event ("the General Data Protection Regulation")
                if (e - s >= 2 && (EVENT_HEADS.contains(t.hash(e - 1)) || RULES.contains(t.hash(e - 1)))) {
                    // and no person the tagger read there ("the General Public License")
                    for (int k = i; k < e; k++) {
                        if (PERSON.equals(l.type[k]) && l.begin[k] && l.endOf(k) <= e) l.clear(k, l.endOf(k));
                    }
                    i = e - 1;
                    continue;
                }
                if (l.type[s] != null && !PERSON.equals(l.type[s])) {
                    // the model saw something else; only override when the words look like a personal name
                    if ((d.gaz[s] & PERSONAL_KINDS) == 0) continue;
                }
                if (l.type[i] != null && !PERSON.equals(l.type[i]) && l.endOf(i) > s) continue; // inside an ORG name
                // "the official CTK news agency": an acronym before a word of an organisation's kind names it
                if (e - s == 1 && t.is(s, TextAnalysis.ALL_CAPS) && t.length(s) > 1 && kindAfter(t, e, to)) {
                    l.set(s, e, ORG);
                    i = e - 1;
                    continue;
                }
            }
            l.set(s, e, PERSON);
            i = e - 1;
        }
        // "Park Ha-eun, the South Korean unification minister, said": a name in front of a role in apposition
        for (int i = from; i < to; i++) {
            if ((d.run[i] & NerFeatures.R_BEGIN) == 0) continue;
            int e = i + d.runLength[i];
            if (e - i > 4 || e >= to || t.first(e) != ',') continue;
            boolean names = true;
            for (int k = i; k < e; k++) names &= nameWord(t, d, k) && (l.type[k] == null || PERSON.equals(l.type[k]));
            // already a person's name, or the end of one ("Laurence des Cars, the museum's president")
            if (!names || knownNonPerson(t, d, i, e) || PERSON.equals(l.type[i]) && l.endOf(i) >= e) continue;
            if (titleAfter(l, d, e, to) != null) l.set(i, e, PERSON);
        }
    }

    /** Last words of the names of laws and rules ("General Data Protection Regulation"). */
    private static final Set<Long> RULES = NewsCues.hashes(Set.of("regulation", "regulations", "directive", "directives",
            "ordinance", "statute", "bill", "code", "guidelines", "standard", "standards"));

    /** Nouns of gatherings and actions that follow a rank's word in their names ("General Meeting", "General Strike"). */
    private static final Set<Long> GATHERINGS = NewsCues.hashes(Set.of("meeting", "meetings", "strike", "strikes",
            "election", "elections", "conference", "session", "debate", "staff", "synod", "audit", "amnesty",
            "mobilisation", "mobilization", "headquarters", "directorate", "inspectorate", "secretariat", "convention",
            "chapter"));

    /** Whether a lower-case word of an organisation's kind stands at {@code k}, alone or after "news" ("news agency"). */
    private static boolean kindAfter(TextAnalysis t, int k, int to) {
        if (k < to && t.isWord(k, "news")) k++;
        return k < to && !t.is(k, TextAnalysis.CAPITALIZED) && ORG_KIND_NOUNS.contains(t.hash(k));
    }

    /** A capitalised word that may be part of a personal name. */
    private static boolean nameWord(TextAnalysis t, NerFeatures.Doc d, int i) {
        int f = t.flags(i);
        if ((f & TextAnalysis.WORD) == 0 || (f & TextAnalysis.CAPITALIZED) == 0) return false;
        if ((d.cue[i] & (NerFeatures.C_ROLE_HEAD | NerFeatures.C_ORG_STRONG | NerFeatures.C_FUNCTION | NerFeatures.C_PERSON_PREFIX)) != 0
                && (d.gaz[i] & PERSONAL_KINDS) == 0) return false;
        return (f & TextAnalysis.ALL_CAPS) == 0 || t.length(i) <= 3;
    }

    private boolean knownNonPerson(TextAnalysis t, NerFeatures.Doc d, int s, int e) {
        int g = d.gaz[s];
        int nonPerson = Gazetteer.Kind.COUNTRY.bit() | Gazetteer.Kind.PLACE.bit() | Gazetteer.Kind.ORG.bit()
                | Gazetteer.Kind.DEMONYM.bit() | Gazetteer.Kind.CAPITAL.bit();
        if ((g & nonPerson) != 0 && (g & PERSONAL_KINDS) == 0) return true;
        for (int k = s; k < e; k++) if ((d.cue[k] & (NerFeatures.C_ORG_STRONG | NerFeatures.C_ORG_WEAK)) != 0) return true;
        return false;
    }

    // ---------------------------------------------------------------- 3. organisations

    /**
     * "Press" before these heads is part of the role, though it also ends outlets' names ("White House Press
     * Secretary Jen Psaki", "Kremlin Press Officer"; "Associated Press Correspondent" keeps its outlet).
     */
    private static final Set<Long> PRESS_HEADS = NewsCues.hashes(Set.of("secretary", "officer", "attaché",
            "attache", "aide", "spokesman", "spokeswoman", "spokesperson"));

    /**
     * A capitalised run (words joined by "of", "for", "and", "on") holding a strong organisation
     * word is an organisation, split at role words ("Harvard University Professor John Smith")
     * and without a leading "The".
     */
    private static void organisations(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        int i = from;
        while (i < to) {
            if ((d.run[i] & NerFeatures.R_BEGIN) == 0) {
                i++;
                continue;
            }
            int e = i + d.runLength[i];
            int s = i;
            // split at a capitalised role word followed by more capitalised words, and before a
            // connector that joins a day or month ("the New York Times on Sunday")
            int cut = e;
            for (int k = s + 1; k < e - 1; k++) {
                if ((d.cue[k] & NerFeatures.C_ROLE_HEAD) != 0 && (d.cue[k] & NerFeatures.C_ORG_STRONG) == 0
                        // "Massachusetts General Hospital": a role's word before the organisation's word that ends the run
                        // is an adjective
                        && !(k + 2 == e && (d.cue[k + 1] & NerFeatures.C_ORG_STRONG) != 0 && t.is(k + 1, TextAnalysis.CAPITALIZED))
                        || (d.cue[k] & NerFeatures.C_PERSON_PREFIX) != 0 && t.is(k, TextAnalysis.CAPITALIZED) // "Police Sgt. Jason Tlusty"
                        || (d.cue[k] & NerFeatures.C_CONNECTOR) != 0 && CALENDAR.contains(t.hash(k + 1))) {
                    cut = k;
                    // the role's modifiers go with it ("U.S. Navy Vice Adm. Mark Fox")
                    while (cut - 1 > s && (d.cue[cut - 1] & NerFeatures.C_ROLE_MOD) != 0
                            && ((d.cue[cut - 1] & (NerFeatures.C_ORG_STRONG | NerFeatures.C_ORG_WEAK)) == 0
                                    || t.isWord(cut - 1, "press") && PRESS_HEADS.contains(t.hash(k)))
                            && (d.cue[k] & (NerFeatures.C_ROLE_HEAD | NerFeatures.C_PERSON_PREFIX)) != 0) cut--;
                    // the model's organisation that took the role's "Press" ends before it
                    if (cut < k && t.isWord(cut, "press") && ORG.equals(l.type[cut]) && !l.begin[cut] && l.endOf(cut) == cut + 1
                            && l.startOf(cut) >= s) {
                        int ns = l.startOf(cut);
                        l.clear(ns, cut + 1);
                        l.set(ns, cut, ORG);
                    }
                    break;
                }
            }
            // "Google, Inc. of Mountain View": a company's suffix before a connector closes its name
            for (int k = s; k < cut - 1; k++) {
                if (CORPORATE_SUFFIXES.contains(t.hash(k)) && (d.cue[k + 1] & NerFeatures.C_CONNECTOR) != 0) {
                    cut = k + 1;
                    break;
                }
            }
            // "the Ministry of Foreign Affairs and Halvern University", "the Dallas Morning News and Houston Post": two
            // organisations joined by "and"; so are an organisation and a person or name the model read apart after
            // it ("the Labour Party and Frederick Fung", "the Wikimedia Foundation and Creative Commons"); one
            // organisation word alone after "and" ends the name ("the Ministry of Information and Broadcasting"); and
            // so are two organisations a list knows whole, with no listed name across the "and" ("Deutsche Bank and Commerzbank")
            int seg = s;
            for (int k = s; k <= cut; k++) {
                boolean and = k < cut && (t.isWord(k, "and") || t.isWord(k, "&"));
                if (k == cut || and && (hasStrong(t, d, seg, k) || endsInOrgWord(t, d, seg, k) || listedOrganisation(d, seg, k))
                        && (cut - k > 2 && hasStrong(t, d, k + 1, cut) || readApart(l, d, k)
                        || listedOrganisation(d, k + 1, cut) && (d.gaz[k] & Gazetteer.Kind.ORG.bit() << 8) == 0)) {
                    organisation(l, d, seg, k);
                    seg = k + 1;
                }
            }
            i = e;
        }
    }

    /**
     * Whether tokens {@code [s, e)} are, as far as the gazetteer's marks of starts and insides tell, one organisation it
     * lists ("Deutsche Bank and Commerzbank"), with no listed organisation going on past them ("the Australian
     * Competition and Consumer Commission").
     */
    private static boolean listedOrganisation(NerFeatures.Doc d, int s, int e) {
        return listedWhole(d, s, e, Gazetteer.Kind.ORG.bit());
    }

    /**
     * Whether {@code [s, e)} is two capitalised words or more ending in a weaker organisation word ("the Dallas Morning
     * News and Houston Post": two newspapers).
     */
    private static boolean endsInOrgWord(TextAnalysis t, NerFeatures.Doc d, int s, int e) {
        return e - s >= 2 && (d.cue[e - 1] & NerFeatures.C_ORG_WEAK) != 0 && t.is(e - 1, TextAnalysis.CAPITALIZED);
    }

    /**
     * Whether the model read two names on either side of the "and" at {@code k}: a person after it,
     * or any name after it when the name before it ends in its organisation word ("Foundation and
     * Creative Commons", not "School of Economics and Political Science").
     */
    private static boolean readApart(Layer l, NerFeatures.Doc d, int k) {
        if (k + 1 >= l.type.length || l.type[k + 1] == null || !l.begin[k + 1]) return false;
        if (PERSON.equals(l.type[k + 1])) return true;
        return l.type[k - 1] != null && l.type[k] == null && (d.cue[k - 1] & NerFeatures.C_ORG_STRONG) != 0;
    }

    /**
     * Names of industries that end a company's name ("Norvex Petroleum", "Brunswick Mining"), read
     * by the rules as strong organisation words (the model reads the shorter list it was trained on).
     */
    static final Set<Long> INDUSTRIES = NewsCues.hashes(Set.of("petroleum", "mining", "telecom", "telecoms",
            "telecommunications", "pharmaceuticals", "pharma", "insurance", "shipping", "steel", "chemicals", "logistics",
            "semiconductor", "semiconductors", "petrochemical", "petrochemicals", "aerospace", "automotive", "therapeutics",
            "biotech", "ventures", "investments", "energy", "airlines", "airways", "motors", "electronics", "textiles",
            "brewing", "foods", "beverages", "cement", "refining", "utilities", "broadcasting", "biosciences",
            "holding", "manufacturing", "pharmaceutical", "motor", "chemical", "electric", "transit"));
    private static final long H_TRANSIT = TextAnalysis.hash("transit");
    /** Words before "Transit" that make it a kind of system ("Bus Rapid Transit", "Light Rail Transit", "Mass Transit"). */
    private static final Set<Long> TRANSIT_MODES = NewsCues.hashes(Set.of("rapid", "rail", "mass", "public", "bus", "light",
            "urban", "personal"));
    /** {@link #INDUSTRIES} that are also family names ("Jack Steel"): after a given name they may end a person's name. */
    static final Set<Long> INDUSTRIES_ALSO_SURNAMES = NewsCues.hashes(Set.of("steel", "shipping"));

    /**
     * Words of a trade that end a company's name after a name of its own ("Morvane Research", "Greystone
     * Dynamics", "Harlow Consulting"), where the words before them are no common words: "Market Research",
     * "Human Resources" and "Mechanical Engineering" are no companies.
     */
    static final Set<Long> TRADES = NewsCues.hashes(Set.of("research", "consulting", "consultants", "consultancy",
            "dynamics", "analytics", "solutions", "software", "resources", "associates", "advisors", "advisers",
            "partners", "capital", "entertainment", "pictures", "publishing", "publishers", "communications",
            "networks", "robotics", "healthcare", "brands", "studios", "productions", "construction",
            "equity", "financial", "technology", "aviation", "realty", "properties", "diagnostics",
            "genomics", "instruments", "materials", "minerals", "metals", "apparel", "cosmetics", "resorts"));

    /**
     * Words that end the name of a club, an ensemble or another body of people after a name of its own
     * ("Dunmore Rovers", "Harlan Quartet", "Kestrel Gang", "Calder Trust"), read as {@link #TRADES} are.
     */
    static final Set<Long> BODIES = NewsCues.hashes(Set.of("rovers", "wanderers", "albion", "rangers", "athletic",
            "harriers", "hotspur", "quartet", "quintet", "trio", "ensemble", "choir", "chorale", "philharmonic",
            "symphony", "gang", "cartel", "syndicate", "brotherhood", "trust"));

    /**
     * Whether {@code [s, e)} ends in an industry, or in a trade or a body printed in title case after words of
     * letters the training data never prints in lower case.
     */
    private static boolean industryEnd(TextAnalysis t, NerFeatures.Doc d, int s, int e) {
        int first = t.hash(s) == H_THE ? s + 1 : s;
        if (e - first < 2) return false;
        long h = t.hash(e - 1);
        // "Bus Rapid Transit", "Light Rail Transit" name a kind of system, not its operator
        if (h == H_TRANSIT && TRANSIT_MODES.contains(t.hash(e - 2))) return false;
        if (INDUSTRIES.contains(h)) return true;
        // printed in title case, after words of letters ("Traci Warner@ENRON COMMUNICATIONS" signs an e-mail)
        if (!TRADES.contains(h) && !BODIES.contains(h) || t.is(e - 1, TextAnalysis.ALL_CAPS)) return false;
        for (int k = first; k < e - 1; k++) {
            if (t.isWord(k, "and") || t.isWord(k, "&")) continue;
            if (d.common.contains(t.hash(k)) || !t.is(k, TextAnalysis.WORD)) return false;
        }
        return true;
    }

    private static boolean hasStrong(TextAnalysis t, NerFeatures.Doc d, int s, int e) {
        for (int k = s; k < e; k++) {
            if (((d.cue[k] & NerFeatures.C_ORG_STRONG) != 0 || k == e - 1 && industryEnd(t, d, s, e))
                    && t.is(k, TextAnalysis.CAPITALIZED)) return true;
        }
        return false;
    }

    /** Makes {@code [s, e)} an organisation when it holds a strong organisation word (a leading "The" left out). */
    private static void organisation(Layer l, NerFeatures.Doc d, int s, int e) {
        TextAnalysis t = l.t;
        if (!hasStrong(t, d, s, e) || e - s < 2) return;
        int ss = s;
        // named only by the industry that ends it, the company starts after the last "and" ("BYD and SAIC
        // Motor", "Southern California Edison and San Diego Gas & Electric"; "&" joins: "Pacific Gas & Electric")
        if ((d.cue[e - 1] & NerFeatures.C_ORG_STRONG) == 0 && industryEnd(t, d, s, e) && !hasStrong(t, d, s, e - 1)) {
            for (int k = e - 2; k > s; k--) {
                if (t.isWord(k, "and")) {
                    ss = k + 1;
                    break;
                }
            }
            if (e - ss < 2) return;
        }
        // "King's College Hospital": an organisation the tagger read over a possessive before the run ("King's") holds
        // it, unless the possessive is a listed owner's ("MIT's Computer Science and Artificial Intelligence Laboratory",
        // "Brazil's National Institute for Space Research")
        if (ORG.equals(l.type[ss]) && ss >= 2 && possessiveMark(t, ss - 1) && l.startOf(ss) < ss - 1
                && (d.gaz[ss - 2] & (NON_PERSON_KINDS | NON_PERSON_KINDS << 8)) == 0) return;
        if (t.hash(ss) == H_THE) ss++;
        else if (NerFeatures.sentenceInitial(t, ss) && OPENING_WORDS.contains(t.hash(ss))) ss++; // "Former Kutztown University …"
        // "Shares of Apple Inc.", "Employees of Norland Bank" opening a sentence: a common word or a group of people
        // before "of" that is no organisation's word is no part of it
        if (ss + 2 < e && NerFeatures.sentenceInitial(t, ss) && t.hash(ss + 1) == H_OF
                && (d.common.contains(t.hash(ss)) || NewsCues.isPeopleNoun(t.token(ss)))
                && (d.cue[ss] & (NerFeatures.C_ORG_STRONG | NerFeatures.C_ORG_WEAK)) == 0 && !NewsCues.FACILITY_H.contains(t.hash(ss))) {
            ss += 2;
        }
        // "Claudia Mo of Civic Party": a person the model read before "of" stays a person
        if (PERSON.equals(l.type[ss]) && l.begin[ss]) {
            int p = l.endOf(ss);
            if (p + 1 < e && t.hash(p) == H_OF && !hasStrong(t, d, ss, p) && hasStrong(t, d, p + 1, e)) ss = p + 1;
        }
        // "Judge James G. Bodiford of Superior Court": a role or a courtesy title, then a given name and the
        // rest of a personal name before "of", is a person; the organisation follows
        if (ss + 3 < e && (d.cue[ss] & (NerFeatures.C_ROLE_HEAD | NerFeatures.C_PERSON_PREFIX)) != 0
                && (d.cue[ss] & NerFeatures.C_ORG_STRONG) == 0 && (d.gaz[ss + 1] & Gazetteer.Kind.GIVEN.bit()) != 0) {
            int p = ss + 1;
            while (p < e && nameWord(t, d, p)) p++;
            if (p > ss + 2 && p + 2 < e && t.hash(p) == H_OF && !hasStrong(t, d, ss, p) && hasStrong(t, d, p + 1, e)) {
                l.clear(ss, e);
                l.set(ss + 1, p, PERSON);
                ss = p + 1;
            }
        }
        // a person's name before the organisation word stays a person; a run the model read as a person
        // that ends in an industry's name is a company ("Norvex Petroleum", "Halvard Energy"), unless the
        // industry's word is also a family name and the run opens with a given name ("Jack Steel")
        boolean industry = industryEnd(t, d, ss, e) && (!INDUSTRIES_ALSO_SURNAMES.contains(t.hash(e - 1))
                || (d.gaz[ss] & (Gazetteer.Kind.GIVEN.bit() | Gazetteer.Kind.GIVEN.bit() << 8)) == 0);
        if (e - ss >= 2 && (industry || !(PERSON.equals(l.type[ss]) && l.endOf(ss) >= e))) l.set(ss, e, ORG);
    }

    // ---------------------------------------------------------------- 3b. facilities and natural places

    /** Words that open the name of a place ("Mount Everest", "Lake Victoria", "Cape Town", "Fort Worth"). */
    private static final Set<Long> PLACE_OPENERS = NewsCues.hashes(Set.of("mount", "mt.", "lake", "cape", "fort",
            "lago", "monte", "isla", "mount.", "camp"));

    /**
     * A capitalised run (a leading "The" or other function word left out) of two or more words is a
     * location when it ends in a facility or landscape word ("Heathrow Airport", "Fifth Avenue",
     * "Red Sea"), when its first word is one followed by "of" ("Museum of Flight", "Gulf of
     * Mexico"), or when it opens with "Mount", "Lake", "Cape" or "Fort" ("Mount Everest"). A run
     * opening with a known given name ("Linda Park") is left to the other rules: it may be a person.
     */
    private static void facilities(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        int i = from;
        while (i < to) {
            if ((d.run[i] & NerFeatures.R_BEGIN) == 0) {
                i++;
                continue;
            }
            int runEnd = i + d.runLength[i];
            // "Brinello on Dallas Street", "the Airport and Tuesday": joining words other than "of" part names
            int seg = i;
            for (int k = i; k <= runEnd; k++) {
                if (k == runEnd || SEPARATING.contains(t.hash(k)) && !t.is(k, TextAnalysis.CAPITALIZED)) {
                    facility(l, d, seg, k);
                    seg = k + 1;
                }
            }
            i = runEnd;
        }
    }

    /** Joining words that part two names in one capitalised run ("Brinello on Dallas Street"). */
    private static final Set<Long> SEPARATING = NewsCues.hashes(Set.of("on", "and", "for"));

    /** {@link #facilities} over the words {@code [s, e)} of one capitalised run. */
    private static void facility(Layer l, NerFeatures.Doc d, int s, int e) {
        TextAnalysis t = l.t;
        while (s < e && (d.cue[s] & (NerFeatures.C_FUNCTION | NerFeatures.C_PERSON_PREFIX)) != 0) s++;
        // a role word ends the place ("Museum of Flight CEO"); a day or month is no part of it
        for (int k = s + 1; k < e; k++) {
            if ((d.cue[k] & NerFeatures.C_ROLE_HEAD) != 0 && (d.cue[k] & NerFeatures.C_ORG_STRONG) == 0
                    || CALENDAR.contains(t.hash(k))) {
                e = k;
                break;
            }
        }
        // a person's name glued on after "of" and the place ("District of Massachusetts Joshua Levy")
        boolean headed = s + 1 < e && NewsCues.FACILITY_H.contains(t.hash(s)) && t.hash(s + 1) == H_OF;
        for (int k = s + 3; headed && k + 1 < e; k++) {
            if ((d.gaz[k] & Gazetteer.Kind.GIVEN.bit()) != 0 && (d.gaz[k] & PLACE_KINDS) == 0
                    && !NewsCues.FACILITY_H.contains(t.hash(e - 1))) {
                e = k;
                break;
            }
        }
        if (e - s < 2) return;
        // after a house number, a name ending in a street's word is an address ("Outside 2 Willow Lane")
        if (s > 0 && t.is(s - 1, TextAnalysis.NUMBER) && t.end(s - 1) < t.start(s) && NewsCues.STREET_H.contains(t.hash(e - 1))) {
            l.set(s, e, LOC);
            return;
        }
        boolean headOf = NewsCues.FACILITY_H.contains(t.hash(s)) && t.hash(s + 1) == H_OF && e - s >= 3
                && !hasStrong(t, d, s + 2, e);
        boolean end = NewsCues.FACILITY_H.contains(t.hash(e - 1)) && !t.is(e - 1, TextAnalysis.ALL_CAPS);
        if (!(end || headOf || PLACE_OPENERS.contains(t.hash(s)))) return;
        // read by its opener alone, an organisation's word in it makes it no place ("Camp Margaritaville Resorts"); and
        // a people's word before "Field" names a title ("Scottish Field magazine"), not a ground
        if (!end && !headOf) {
            for (int k = s + 1; k < e; k++) {
                if ((d.cue[k] & (NerFeatures.C_ORG_STRONG | NerFeatures.C_ORG_WEAK)) != 0 || TRADES.contains(t.hash(k))) return;
            }
        }
        if (end && e - s == 2 && t.isWord(e - 1, "field") && (d.gaz[s] & Gazetteer.Kind.DEMONYM.bit()) != 0) return;
        if ((d.gaz[s] & Gazetteer.Kind.GIVEN.bit()) != 0 && (d.gaz[s] & PLACE_KINDS) == 0
                && !(end && e - s >= 3 && NewsCues.NAMELESS_FACILITY_H.contains(t.hash(e - 1)))) return;
        l.set(s, e, speaks(t, e) || institutionActs(t, s, e) ? ORG : LOC);
    }

    /** Heads of facilities that are also institutions, which act ("The Mariinsky Theatre staged the ballet"). */
    private static final Set<Long> INSTITUTION_HEADS = NewsCues.hashes(Set.of("museum", "theatre", "theater", "opera",
            "gallery", "library", "zoo", "aquarium", "observatory", "planetarium", "hall", "palace"));

    /** Verbs in the past that link, not act ("The Manhyia Palace remained the residence"). */
    private static final Set<Long> LINKING_PAST = NewsCues.hashes(Set.of("remained", "became", "stayed", "seemed",
            "appeared", "looked", "proved", "turned", "housed", "hosted", "contained", "featured", "included", "covered"));
    /** What opens a verb's object right after it ("staged the ballet", "returned its bronzes"). */
    private static final Set<Long> OBJECT_OPENERS = NewsCues.hashes(Set.of("the", "a", "an", "its", "their", "his",
            "her", "this", "these", "those", "two", "three", "several", "more", "all"));

    /**
     * "The Mariinsky Theatre staged the ballet", "the British Museum returned the bronzes": a facility named by
     * the head of an institution that opens its clause and does something in the past to an object (a verb in
     * "-ed" or a listed irregular one, then a determiner; not "was founded", not "remained the residence") is the
     * institution.
     */
    private static boolean institutionActs(TextAnalysis t, int s, int e) {
        if (e >= t.tokenCount()) return false;
        // the head last, or before "of" ("The Metropolitan Museum of Art acquired the painting")
        boolean headed = INSTITUTION_HEADS.contains(t.hash(e - 1));
        for (int k = s; k + 2 < e && !headed; k++) headed = INSTITUTION_HEADS.contains(t.hash(k)) && t.hash(k + 1) == H_OF;
        if (!headed) return false;
        int sentence = t.sentenceOf(s), from = t.sentenceStart(sentence), to = t.sentenceEnd(sentence);
        int p = s > from && t.hash(s - 1) == H_THE ? s - 1 : s;
        if (!opensClause(t, p, from)) return false;
        int v = e;
        if (v < to && t.isWord(v, "also")) v++;
        if (v + 1 >= to || !t.is(v, TextAnalysis.WORD) || t.is(v, TextAnalysis.CAPITALIZED) || LINKING_PAST.contains(t.hash(v))) return false;
        String w = t.token(v);
        boolean past = w.length() >= 5 && w.endsWith("ed") && !w.endsWith("eed") || IRREGULAR_DEEDS.contains(t.hash(v));
        return past && OBJECT_OPENERS.contains(t.hash(v + 1));
    }

    /** Irregular past forms of what an institution does ("sold", "bought", "held"). */
    private static final Set<Long> IRREGULAR_DEEDS = NewsCues.hashes(Set.of("sold", "bought", "held", "gave", "made",
            "won", "took", "put", "ran", "chose", "sent", "lent", "lost", "paid", "set", "began", "brought", "built",
            "drew", "hung", "sought", "kept", "led", "let", "told", "wrote", "struck", "withdrew", "threw", "showed"));

    /** Verbs with which a body speaks ("The Palace Museum said", "the observatory announced"). */
    private static final Set<Long> BODY_SPEECH = NewsCues.hashes(Set.of("said", "says", "announced", "announces",
            "confirmed", "confirms", "reported", "reports", "stated", "states", "told", "tells", "added", "warned"));

    /** Compass words inside a locative phrase ("in south London"). */
    private static final Set<Long> COMPASS = NewsCues.hashes(Set.of("north", "south", "east", "west", "central", "northern",
            "southern", "eastern", "western", "downtown"));

    /**
     * Whether a verb of a body speaking follows at {@code e}, after "also" or "has" at most, and after a
     * short phrase of where it is ("The Horniman Museum in south London said"): the place acts as its institution.
     */
    private static boolean speaks(TextAnalysis t, int e) {
        return bodyVerb(t, speechAt(t, e), false);
    }

    /** As {@link #speaks}, where the verb is none of those that are also plural nouns ("the Amazon states"). */
    private static boolean speaksNoNoun(TextAnalysis t, int e) {
        return bodyVerb(t, speechAt(t, e), true);
    }

    /** Whether token {@code v} is a verb of {@link #BODY_SPEECH} in lower case ({@code verbOnly}: not of {@link #NOUN_LIKE_SPEECH}). */
    private static boolean bodyVerb(TextAnalysis t, int v, boolean verbOnly) {
        return v < t.tokenCount() && BODY_SPEECH.contains(t.hash(v)) && !t.is(v, TextAnalysis.CAPITALIZED)
                && !(verbOnly && NOUN_LIKE_SPEECH.contains(t.hash(v)));
    }

    /** Verbs of {@link #BODY_SPEECH} that are also plural nouns ("the Amazon states"). */
    private static final Set<Long> NOUN_LIKE_SPEECH = NewsCues.hashes(Set.of("states", "reports"));

    /** Where a verb after the name ending at {@code e} would stand: after "also", "has", and a phrase of where it is. */
    private static int speechAt(TextAnalysis t, int e) {
        int v = e;
        if (v + 1 < t.tokenCount() && (t.isWord(v, "in") || t.isWord(v, "at"))) {
            int k = v + 1;
            while (k < t.tokenCount() && k - v <= 3 && (t.is(k, TextAnalysis.CAPITALIZED) && t.is(k, TextAnalysis.WORD)
                    || COMPASS.contains(t.hash(k)))) k++;
            if (k > v + 1 && k < t.tokenCount() && t.is(k - 1, TextAnalysis.CAPITALIZED)) v = k;
        }
        int w = v;
        while (v < t.tokenCount() && v < w + 2 && (t.isWord(v, "also") || t.isWord(v, "has") || t.isWord(v, "had"))) v++;
        return v;
    }

    /**
     * "Miramar, California", "McMinnville, Oregon", "Tartu, Estonia": one to three capitalised
     * words that no list knows, then a comma and a known country or place that ends the phrase,
     * are a place (without the comma, "Environment Canada" and "Greater Noida" would be read so).
     * The words must not be a person's (a known given name first, or a title before them) nor
     * hold an organisation or role word. A one-word place found so is remembered for the rest of
     * the article.
     */
    private void cityAndRegion(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        stateCodes(l, from, to);
        int i = from;
        while (i < to) {
            if ((d.run[i] & NerFeatures.R_BEGIN) == 0) {
                i++;
                continue;
            }
            int runEnd = i + d.runLength[i];
            int s = i;
            i = runEnd;
            while (s < runEnd && (d.cue[s] & NerFeatures.C_FUNCTION) != 0) s++;
            if (s >= runEnd || (d.gaz[s] & 0xFF) != 0) continue; // a known name: the other rules decide
            if (s > from && (d.cue[s - 1] & (NerFeatures.C_PERSON_PREFIX | NerFeatures.C_ROLE_HEAD)) != 0) continue;
            int e = s;
            while (e < runEnd && e - s < 3 && (d.gaz[e] & PLACE_KINDS) == 0 && !t.is(e, TextAnalysis.ALL_CAPS)
                    && (d.cue[e] & (NerFeatures.C_ORG_STRONG | NerFeatures.C_ORG_WEAK | NerFeatures.C_ROLE_HEAD
                    | NerFeatures.C_CONNECTOR | NerFeatures.C_FUNCTION)) == 0 && !NewsCues.FACILITY_H.contains(t.hash(e))) e++;
            if (e == s || e < runEnd || e + 1 >= to || t.first(e) != ',' || t.length(e) != 1) continue;
            int p = e + 1;
            Gazetteer.Match m = gazetteer.longest(t, p, to, null);
            // "Chillicothe, OH": a state's postal code in capitals
            if ((m == null || m.kind() != Gazetteer.Kind.COUNTRY && m.kind() != Gazetteer.Kind.PLACE) && isStateCode(t, p)) {
                m = new Gazetteer.Match(p, p + 1, Gazetteer.Kind.PLACE, -1);
            }
            if (m == null || m.start() != p || m.kind() != Gazetteer.Kind.COUNTRY && m.kind() != Gazetteer.Kind.PLACE) continue;
            // the place ends the phrase: "Miramar, California," not "Smith, Texas Governor"
            int after = m.end();
            if (after < to && t.is(after, TextAnalysis.CAPITALIZED) && t.is(after, TextAnalysis.WORD)) continue;
            if ((d.gaz[s] & Gazetteer.Kind.GIVEN.bit()) != 0 || PERSON.equals(l.type[s]) && e - s >= 2) continue;
            if (l.type[s] != null && l.startOf(s) < s) continue;
            l.set(s, e, LOC);
            if (l.type[m.start()] == null || l.startOf(m.start()) < m.start() || l.endOf(m.start()) != m.end()) {
                if (covers(l, m.start(), m.end())) l.set(m.start(), m.end(), m.kind() == Gazetteer.Kind.COUNTRY ? COUNTRY : LOC);
            }
            if (e - s == 1) l.placeWords.add(t.hash(s));
        }
    }

    /** "Baltimore, MD 21202": a state's postal code in capitals after a place and a comma is a place. */
    private static void stateCodes(Layer l, int from, int to) {
        TextAnalysis t = l.t;
        for (int k = from + 2; k < to; k++) {
            if (!isStateCode(t, k) || !t.isWord(k - 1, ",") || !LOC.equals(l.type[k - 2]) || l.type[k] != null) continue;
            if (k + 1 < to && t.is(k + 1, TextAnalysis.CAPITALIZED) && t.is(k + 1, TextAnalysis.WORD)) continue;
            l.set(k, k + 1, LOC);
        }
    }

    private static boolean isStateCode(TextAnalysis t, int k) {
        return t.is(k, TextAnalysis.ALL_CAPS) && t.length(k) == 2 && NewsCues.US_STATE_CODES_H.contains(t.hash(k));
    }

    /**
     * "Natasha is the best photographer", "forward it to Brant": one capitalised word read as a
     * place or an organisation that is a known given name, and no known country, place or
     * organisation nor part of a longer known name, is a person, unless the text states another kind for it.
     */
    private void givenNames(Layer l, NerFeatures.Doc d) {
        TextAnalysis t = l.t;
        for (int i = 0; i < t.tokenCount(); i++) {
            if (l.type[i] == null || !l.begin[i] || l.endOf(i) != i + 1 || PERSON.equals(l.type[i]) || COUNTRY.equals(l.type[i])) continue;
            boolean given = (d.gaz[i] & Gazetteer.Kind.GIVEN.bit()) != 0;
            if (!given || (d.gaz[i] & 0xFF & ~PERSONAL_KINDS) != 0 || (d.gaz[i] >>> 8) != 0) continue;
            if (!t.is(i, TextAnalysis.CAPITALIZED) || t.is(i, TextAnalysis.ALL_CAPS)) continue;
            // "Torvald was an American software company": a type the text states stands
            String stated = l.stated.get(wordsHash(t, i, i + 1));
            if (stated != null && !PERSON.equals(stated)) continue;
            l.set(i, i + 1, PERSON);
        }
    }

    /** A one-word place found by {@link #cityAndRegion} is that place wherever it stands alone in the article. */
    private static void knownPlaceWords(Layer l, NerFeatures.Doc d) {
        if (l.placeWords.isEmpty()) return;
        TextAnalysis t = l.t;
        for (int i = 0; i < t.tokenCount(); i++) {
            if (!l.placeWords.contains(t.hash(i)) || !t.is(i, TextAnalysis.CAPITALIZED)) continue;
            if (l.type[i] != null && !l.isName(i, i + 1)) continue;
            boolean capBefore = i > 0 && t.is(i - 1, TextAnalysis.CAPITALIZED) && t.is(i - 1, TextAnalysis.WORD)
                    && l.type[i - 1] != null && t.sentenceOf(i - 1) == t.sentenceOf(i);
            boolean capAfter = i + 1 < t.tokenCount() && t.is(i + 1, TextAnalysis.CAPITALIZED) && t.is(i + 1, TextAnalysis.WORD)
                    && l.type[i + 1] != null && t.sentenceOf(i + 1) == t.sentenceOf(i);
            if (capBefore || capAfter) continue;
            l.set(i, i + 1, LOC);
        }
    }

    private static final int PLACE_KINDS = Gazetteer.Kind.COUNTRY.bit() | Gazetteer.Kind.PLACE.bit()
            | Gazetteer.Kind.CAPITAL.bit();
    /** Gazetteer kinds of personal names: given names and family names. */
    private static final int PERSONAL_KINDS = Gazetteer.Kind.GIVEN.bit() | Gazetteer.Kind.SURNAME.bit();

    /**
     * "the West Bank and Israel", "Kenya and the Ogaden": one name the model read across "and"
     * whose last words are a known country, place or capital, and whose first words are a known
     * place too (or, before a country, plain capitalised words without an organisation word), is
     * two places. A known name
     * that holds "and" itself ("Trinidad and Tobago", "Bosnia and Herzegovina") stays whole.
     */
    private void placeLists(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i < to; i++) {
            if (l.type[i] == null || !l.begin[i]) continue;
            int s = i, e = l.endOf(i);
            i = e - 1;
            if (PERSON.equals(l.type[s]) || e - s < 3) continue;
            Gazetteer.Match whole = gazetteer.longest(t, s, e, null);
            if (whole != null && whole.end() == e) continue;
            for (int k = s + 1; k < e - 1; k++) {
                if (!t.isWord(k, "and") && !t.isWord(k, "&")) continue;
                int r = k + 1;
                if (t.isWord(r, "the") && r + 1 < e) r++;
                Gazetteer.Match right = gazetteer.longest(t, r, e, null);
                if (right == null || right.end() != e || (right.kind().bit() & PLACE_KINDS) == 0) continue;
                Gazetteer.Match left = gazetteer.longest(t, s, k, null);
                boolean leftPlace = left != null && left.end() == k && (left.kind().bit() & PLACE_KINDS) != 0;
                // before a country, plain capitalised words ("the West Bank"), not an organisation's ("Food Standards of Australia")
                boolean leftPlain = right.kind() == Gazetteer.Kind.COUNTRY && allCapitalised(t, s, k)
                        && !hasCue(d, s, k, NerFeatures.C_ORG_STRONG | NerFeatures.C_ORG_WEAK);
                if (!leftPlace && !leftPlain) continue;
                String leftType = leftPlace && left.kind() == Gazetteer.Kind.COUNTRY ? COUNTRY : LOC;
                l.clear(s, e);
                l.set(s, k, leftType);
                l.set(r, e, right.kind() == Gazetteer.Kind.COUNTRY ? COUNTRY : LOC);
                break;
            }
        }
    }

    /** Verbs of a match between two sides ("Liverpool beat Leeds", "lost to Villarreal"). */
    private static final Set<Long> MATCH_VERBS = NewsCues.hashes(Set.of("beat", "beats", "defeated", "defeats", "drew",
            "draws", "edged", "edges", "thrashed", "routed", "trounced", "hammered", "downed", "overcame", "outlasted",
            "eliminated", "lost", "loses", "losing", "stunned", "crushed", "humbled", "outplayed", "faced", "faces", "against", "versus", "vs",
            "vs.", "beating", "defeating"));
    /** Words that make a sentence one about a sport. */
    /** Competitions named by a capitalised plural ("the Olympics"), no side. */
    private static final Set<Long> COMPETITIONS = NewsCues.hashes(Set.of("olympics", "paralympics", "games", "finals", "playoffs",
            "championships", "nationals", "masters", "majors", "series", "internationals", "trials", "worlds"));
    private static final Set<Long> SPORT_WORDS = NewsCues.hashes(Set.of("league", "relegation", "striker", "goalkeeper",
            "midfielder", "winger", "scored", "goal", "goals", "playoff", "playoffs", "derby", "fixture", "quarterfinal",
            "semifinal", "halftime", "half-time", "touchdown", "innings", "wicket", "wickets", "bowled", "bowling", "batting",
            "squad", "qualifier", "qualifiers", "tournament", "stadium", "olympics", "medal", "medals", "championship",
            "championships", "cup", "cups", "quarter-final", "semi-final", "quarterfinals", "semifinals", "friendly"));
    /**
     * Words of a match that other texts use too ("a death penalty", "an 18-minute gap"): each counts
     * towards the two words that make a sentence surely about a sport, none makes one alone.
     */
    private static final Set<Long> MATCH_WORDS = NewsCues.hashes(Set.of("match", "minute", "penalty", "referee", "header",
            "equaliser", "equalizer", "equalise", "equalize", "kick-off", "free-kick", "substituted", "possession", "game"));
    /** A side's players and staff named before a person ("Uruguay coach Marcelo Bielsa"): the sentence is about a sport. */
    private static final Set<Long> PLAYING_ROLES = NewsCues.hashes(Set.of("striker", "goalkeeper", "midfielder", "defender",
            "winger", "coach", "captain", "forward", "skipper", "batsman", "bowler", "fly-half", "quarterback"));
    /** A side's people after its name ("Chelsea striker", "Ajax fans"). */
    private static final Set<Long> SIDE_PEOPLE = NewsCues.hashes(Set.of("striker", "goalkeeper", "midfielder", "defender",
            "winger", "coach", "manager", "captain", "fans", "supporters", "squad", "players", "player", "forward"));
    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("\\d{1,3}[-–]\\d{1,3}");

    /**
     * "Liverpool beat Leeds 3-1", "Chelsea striker Nicolas Jackson": in a sentence about a sport (a
     * score, or a word of the game), a town or region (not a country) or a one-word name no list
     * of names knows, on either side of a match verb or before a side's people, is the club.
     */
    private static void sportsClubs(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        playedFor(l, d, from, to);
        // about a sport: a word of the game, a score or a result, a player's role; surely so with a score or a
        // result, or two words of the game ("'Blood and Soil' goals" is one). One pass, until sure.
        boolean sport = false, sure = false;
        int words = 0;
        for (int k = from; k < to && !sure; k++) {
            boolean word = SPORT_WORDS.contains(t.hash(k));
            if (word || MATCH_WORDS.contains(t.hash(k))) words++;
            boolean result = scoreAt(t, k, to) > k || resultLine(t, k, to);
            sure = words >= 2 || result;
            sport |= word || sure
                    || PLAYING_ROLES.contains(t.hash(k)) && k > from && l.type[k - 1] != null && k + 1 < to && PERSON.equals(l.type[k + 1]);
        }
        sport |= pluralSidesAcrossMatch(t, from, to);
        if (!sport) return;
        l.sportSentences++;
        // "The Colts beat the Chiefs 20-13": a capitalised plural after "the" that the model left unread or read
        // as a person is a side, unless it is a competition ("the Finals", "the Olympics")
        for (int k = from + 1; k < to; k++) {
            if (t.hash(k - 1) != H_THE || !t.is(k, TextAnalysis.CAPITALIZED) || t.is(k, TextAnalysis.ALL_CAPS) || t.length(k) < 4) continue;
            if (!t.lower(k).endsWith("s") || COMPETITIONS.contains(t.hash(k))) continue;
            if (l.type[k] != null && !((PERSON.equals(l.type[k]) || MISC.equals(l.type[k])) && l.begin[k] && l.endOf(k) == k + 1)) continue;
            if ((d.gaz[k] & (PERSONAL_KINDS | PLACE_KINDS | Gazetteer.Kind.DEMONYM.bit())) != 0) continue;
            // a longer name goes on ("the Daughters of the American Revolution"); a people is no side ("the Belgians")
            if (k + 1 < to && (t.is(k + 1, TextAnalysis.CAPITALIZED) || t.isWord(k + 1, "of"))) continue;
            String w = t.lower(k);
            if (w.endsWith("ans") || w.endsWith("ese") || w.endsWith("ites")) continue;
            l.set(k, k + 1, ORG);
            if (sure) l.nicknames.add(t.hash(k));
        }
        if (sure) unreadSides(l, d, from, to);
        for (int s = from; s < to; s++) {
            if (l.type[s] == null || !l.begin[s]) continue;
            int e = Math.min(l.endOf(s), to);
            boolean country = COUNTRY.equals(l.type[s]);
            if (!clubCandidate(l, d, s, e) && !country) continue;
            // "Ons Jabeur of Tunisia beat Marketa Vondrousova 6-4": a player's country, not a side
            if (country && s - 2 >= from && (t.isWord(s - 1, "of") || t.isWord(s - 1, "from")) && PERSON.equals(l.type[s - 2])) {
                s = e - 1;
                continue;
            }
            boolean people = e < to && SIDE_PEOPLE.contains(t.hash(e)) && !t.is(e, TextAnalysis.CAPITALIZED);
            // a country is its national side only where a named side stands across the verb ("France beat Croatia 4-2")
            boolean before = e < to && MATCH_VERBS.contains(t.hash(e)) && (!country || nameAt(l, e + 1, to));
            int p = s - 1;
            if (country && p > from && t.hash(p) == H_THE) p--;
            if (p > from && (t.isWord(p, "to") || t.isWord(p, "with"))) p--;
            if (country) p = skipScoreBack(t, p, from);
            // "a 3-0 win over Al-Ettifaq", "victory over Japan"
            boolean over = p > from && t.isWord(p, "over") && WINS.contains(t.hash(p - 1));
            boolean after = over || p >= from && MATCH_VERBS.contains(t.hash(p)) && (!country || nameEndsAt(l, p, from) || AGAINST.contains(t.hash(p)));
            // "against Nigeria and Cameroon": the sides listed after it
            if (after && country) {
                for (int n = nextListMember(t, e, to); n >= 0 && n < to && COUNTRY.equals(l.type[n]) && l.begin[n]; ) {
                    int ne = Math.min(l.endOf(n), to);
                    l.sides.add(lowerText(t, n, ne));
                    l.set(n, ne, ORG);
                    n = nextListMember(t, ne, to);
                }
            }
            // a result between two sides ("Sweden 1 – 0 Korea Republic", "Shamrock Rovers 2 Derry City 0")
            int sc = scoreAt(t, e, to);
            boolean result = sc > e && nameAt(l, sc, to) || skipScoreBack(t, s - 1, from) < s - 1 && nameEndsAt(l, skipScoreBack(t, s - 1, from) + 1, from)
                    || goalsAt(t, e, to) && nameAt(l, e + 1, to) && goalsAt(t, l.endOf(e + 1), to)
                    || s - 2 >= from && goalsAt(t, s - 1, to) && nameEndsAt(l, s - 1, from) && goalsAt(t, e, to);
            // "India were bowled out": a side takes the plural (a country named in the plural aside, "the Philippines are")
            boolean plural = e < to && PLURAL_VERBS.contains(t.hash(e)) && !t.lower(e - 1).endsWith("s");
            // "captained Mali", "represented Canada"
            int q = s - 1 > from && t.hash(s - 1) == H_THE ? s - 2 : s - 1;
            boolean led = q >= from && LEADING_A_SIDE.contains(t.hash(q));
            if (country) result |= plural || sure && nationalSideInSentence(l, s, e, from, to);
            result |= led;
            if (before || after || people || result) {
                if (country) l.sides.add(lowerText(t, s, e));
                else if (LOC.equals(l.type[s])) l.clubs.add(lowerText(t, s, e));
                l.set(s, e, ORG);
            }
            s = e - 1;
        }
    }

    /**
     * "The Warriors lost to the Rockets", "the Lakers beat the Celtics": a capitalised plural after "the" on
     * each side of a verb of a match makes the sentence one about a sport.
     */
    private static boolean pluralSidesAcrossMatch(TextAnalysis t, int from, int to) {
        for (int k = from + 2; k + 2 < to; k++) {
            if (!MATCH_VERBS.contains(t.hash(k)) || t.is(k, TextAnalysis.CAPITALIZED) || !theCapitalisedPlural(t, k - 2)) continue;
            int r = k + 1;
            if (t.isWord(r, "to") || t.isWord(r, "with")) r++;
            if (theCapitalisedPlural(t, r)) return true;
        }
        return false;
    }

    /** Whether "the" at {@code k} comes before one capitalised word in "-s" ("the Rockets"). */
    private static boolean theCapitalisedPlural(TextAnalysis t, int k) {
        if (k < 0 || k + 1 >= t.tokenCount() || t.hash(k) != H_THE) return false;
        int w = k + 1;
        return t.is(w, TextAnalysis.CAPITALIZED) && !t.is(w, TextAnalysis.ALL_CAPS) && t.length(w) >= 4 && t.lower(w).endsWith("s")
                && (w + 1 >= t.tokenCount() || !t.is(w + 1, TextAnalysis.CAPITALIZED));
    }

    /**
     * In a sentence surely about a sport, a country's own words say it is the side: it acts ("Belgium
     * defeated debutants Panama 3 – 0", "Tunisia equalised from a penalty in the 33rd minute"), its possessive
     * names its players or staff ("Tunisia's goalkeeper"), or the play is for it ("doubled the lead for
     * Belgium", "a chance to equalise for Korea").
     */
    private static boolean nationalSideInSentence(Layer l, int s, int e, int from, int to) {
        TextAnalysis t = l.t;
        if (s > from && sideExcluded(t, s - 1)) return false;
        if (e < to && acts(t, e, to)) return true;
        if (e + 1 < to && t.hash(e) == H_POSSESSIVE && SIDE_PEOPLE.contains(t.hash(e + 1))) return true;
        return s - 2 >= from && t.isWord(s - 1, "for") && FOR_A_SIDE.contains(t.hash(s - 2));
    }

    /** Words of play before "for" and a side ("the lead for Belgium", "equalise for Korea"). */
    private static final Set<Long> FOR_A_SIDE = NewsCues.hashes(Set.of("lead", "equalise", "equalize", "equaliser",
            "equalizer", "scored", "scores", "score", "goal", "goals", "opener", "winner", "penalty", "consolation"));

    /** Nouns of winning before "over" and a side ("a 3-0 win over Al-Ettifaq"). */
    private static final Set<Long> WINS = NewsCues.hashes(Set.of("win", "wins", "victory", "victories", "triumph"));

    /** Words before a side that need no named side across them ("qualifiers against Nigeria"). */
    private static final Set<Long> AGAINST = NewsCues.hashes(Set.of("against", "versus", "vs", "vs."));

    /** "Shamrock Rovers 2 Derry City 0": goals between capitalised words, and more goals within a few words. */
    private static boolean resultLine(TextAnalysis t, int k, int to) {
        if (k < 1 || !goalsAt(t, k, to) || k + 1 >= to || !t.is(k - 1, TextAnalysis.CAPITALIZED) || !t.is(k + 1, TextAnalysis.CAPITALIZED)) return false;
        for (int j = k + 2; j < to && j <= k + 6; j++) if (goalsAt(t, j, to) && t.is(j - 1, TextAnalysis.CAPITALIZED)) return true;
        return false;
    }

    /** Whether token {@code k} is a side's goals in a result line: a number of one or two digits. */
    private static boolean goalsAt(TextAnalysis t, int k, int to) {
        return k < to && t.is(k, TextAnalysis.NUMBER) && t.token(k).length() <= 2 && Character.isDigit(t.token(k).charAt(0));
    }

    /** Dashes: between the two numbers of a score, and after a dateline. */
    private static final Set<String> DASHES = Set.of("-", "–", "—");

    /** The token after a score starting at {@code k} ("3-1", "1 – 0"), or {@code k} where none starts there. */
    private static int scoreAt(TextAnalysis t, int k, int to) {
        if (k >= to || !t.is(k, TextAnalysis.NUMBER)) return k;
        if (SCORE.matcher(t.token(k)).matches()) return k + 1;
        if (k + 2 < to && DASHES.contains(t.token(k + 1)) && t.is(k + 2, TextAnalysis.NUMBER)
                && t.token(k).length() <= 3 && t.token(k + 2).length() <= 3) return k + 3;
        return k;
    }

    /** Words after which a country stays the place, in a report of a match too ("in Sweden"). */
    private static boolean sideExcluded(TextAnalysis t, int p) {
        return NewsCues.LOCATIVE_H.contains(t.hash(p)) || t.isWord(p, "from") || t.isWord(p, "of");
    }

    /**
     * In a report of a match (at least {@link #MATCH_REPORT_SENTENCES} sentences about a sport, a
     * quarter of the article), a country read as a side in one sentence is that side wherever it is
     * named, except where it stands for the place ("in Sweden", "from Sweden").
     */
    private static void nationalSides(Layer l) {
        TextAnalysis t = l.t;
        sideNicknames(l);
        if (l.sides.isEmpty() || l.sportSentences < MATCH_REPORT_SENTENCES || l.sportSentences * 4 < t.sentenceCount()) return;
        for (int s = 0; s < l.type.length; s++) {
            if (!COUNTRY.equals(l.type[s]) && !LOC.equals(l.type[s]) || !l.begin[s]) continue;
            int e = l.endOf(s);
            String text = lowerText(t, s, e);
            boolean side = l.sides.contains(text);
            // "Korea" after "South Korea"
            for (String known : l.sides) side |= e - s == 1 && known.endsWith(" " + text);
            if (side && (s == 0 || !sideExcluded(t, s - 1))) l.set(s, e, ORG);
            s = e - 1;
        }
    }

    /** Words after a club's town within which a place's kind makes it the place ("Coburg is a suburb"). */
    private static final int PLACE_NOUN_REACH = 6;

    /**
     * "He played with Footscray … began his career in 1926 at Footscray": a town or region the article
     * reads as a club where it is played for, led or beaten is that club wherever else it stands alone,
     * "at" it too ("a year at Coburg"), but not where it stands for the place: after "in" or another
     * locative word, "of", "from", "to", before a comma and another place ("Coburg, Victoria"), or a few words
     * before a place's kind ("Coburg is a suburb of Melbourne").
     */
    private static void clubsElsewhere(Layer l) {
        TextAnalysis t = l.t;
        if (l.clubs.isEmpty()) return;
        for (Name n : l.names()) {
            if (!LOC.equals(n.type()) || !l.clubs.contains(lowerText(t, n.start(), n.end()))) continue;
            int p = n.start() - 1;
            if (p >= 0 && !t.isWord(p, "at") && placePosition(t, p)) continue;
            if (n.end() + 1 < t.tokenCount() && t.isWord(n.end(), ",") && l.type[n.end() + 1] != null) continue;
            // "Liverpool is a city in the north of England"
            boolean place = false;
            for (int k = n.end(); k < t.tokenCount() && k <= n.end() + PLACE_NOUN_REACH && t.sentenceOf(k) == t.sentenceOf(n.start()); k++) {
                place |= PLACE_KIND_NOUNS.contains(t.hash(k));
            }
            if (!place) l.set(n.start(), n.end(), ORG);
        }
    }

    /**
     * "Colts coach Tony Dungy", "the visiting Colts": a capitalised plural read as a side in a
     * sentence surely about a sport (a score, or two words of the game: "The Colts beat the Chiefs
     * 20-13") is that side wherever else the article prints it alone, read or not (the same word in a longer name, or before "of", stays as read).
     */
    private static void sideNicknames(Layer l) {
        TextAnalysis t = l.t;
        if (l.nicknames.isEmpty()) return;
        for (int k = 0; k < l.type.length; k++) {
            if (!l.nicknames.contains(t.hash(k)) || !t.is(k, TextAnalysis.CAPITALIZED)) continue;
            if (l.type[k] != null && (ORG.equals(l.type[k]) || !l.begin[k] || l.endOf(k) != k + 1)) continue;
            // "The Protocols of the Elders of Zion": a longer name goes on
            if (k + 1 < l.type.length && (t.is(k + 1, TextAnalysis.CAPITALIZED) && t.is(k + 1, TextAnalysis.WORD) || t.hash(k + 1) == H_OF)) continue;
            l.set(k, k + 1, ORG);
        }
    }

    /**
     * "The Netherlands won": the article some countries' names take ("The Gambia", "The Bahamas"),
     * capitalised where it opens a sentence, stays outside the name, as it does in the middle of one
     * (a lower-case "the" a name was read with is left as read: "back to the States").
     */
    private void countryArticles(Layer l) {
        TextAnalysis t = l.t;
        for (Name n : l.names()) {
            if (n.end() - n.start() < 2 || t.hash(n.start()) != H_THE || t.first(n.start()) != 'T') continue;
            // a national side too ("The Netherlands beat Spain 2-1")
            Gazetteer.Match m = ORG.equals(n.type()) ? gazetteer.longest(t, n.start() + 1, n.end(), Gazetteer.Kind.COUNTRY) : null;
            if (COUNTRY.equals(n.type()) || m != null && m.end() == n.end()) l.set(n.start() + 1, n.end(), n.type());
        }
    }

    /** Names of the states of the United States, the words an article about an American place prints. */
    private static final Set<Long> US_PLACE_WORDS = NewsCues.hashes(Set.of("alabama", "alaska", "arizona", "arkansas",
            "california", "colorado", "connecticut", "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa",
            "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
            "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas",
            "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming", "carolina", "dakota", "hampshire", "jersey",
            "atlanta", "savannah", "ga.", "fulton", "dekalb", "gwinnett", "cobb"));
    /** Words of the country of Georgia that keep it a country wherever they stand. */
    private static final Set<Long> GEORGIA_COUNTRY_WORDS = NewsCues.hashes(Set.of("tbilisi", "abkhazia", "ossetia", "batumi",
            "kutaisi", "caucasus", "georgian", "kremlin"));
    private static final long H_GEORGIA = TextAnalysis.hash("georgia");

    /**
     * "Georgia" in an article that prints an American state's name or Atlanta, and none of the country's own
     * words (Tbilisi, Abkhazia, Georgian), is the American state: a place, not the country of that name.
     */
    private void usStateGeorgia(Layer l) {
        TextAnalysis t = l.t;
        boolean american = false;
        for (int k = 0; k < t.tokenCount(); k++) {
            long h = t.hash(k);
            if (GEORGIA_COUNTRY_WORDS.contains(h)) return;
            if (!american && US_PLACE_WORDS.contains(h) && t.is(k, TextAnalysis.CAPITALIZED)) american = true;
        }
        if (!american) return;
        for (Name n : l.names()) {
            if (COUNTRY.equals(n.type()) && n.end() - n.start() == 1 && t.hash(n.start()) == H_GEORGIA) l.set(n.start(), n.end(), LOC);
        }
    }

    /** Marks that end a dateline's place ("JERUSALEM -", "KHARTOUM, Sudan", "SEOUL (Reuters)"). */
    private static final Set<String> DATELINE_ENDS = Set.of("-", "–", "—", ",", "(");

    /**
     * "a columnist for The Straits Times", "changed from The Mozilla Foundation": a "The" capitalised inside a
     * sentence, right before an organisation's name, is part of the name.
     */
    private static void capitalThe(Layer l) {
        TextAnalysis t = l.t;
        for (Name n : l.names()) {
            int p = n.start() - 1;
            if (!ORG.equals(n.type()) || p < 1 || t.hash(p) != H_THE || t.first(p) != 'T' || t.is(p, TextAnalysis.ALL_CAPS)
                    || l.type[p] != null || NerFeatures.sentenceInitial(t, p)) continue;
            // only after a lower-case word: not after a dateline's dash ("TOKYO - The Bank of Japan") nor inside a
            // heading in title case ("Notes From The Field")
            if (!t.is(p - 1, TextAnalysis.WORD) || !Character.isLowerCase(t.first(p - 1))) continue;
            l.set(p, n.end(), ORG);
        }
    }

    /**
     * "JERUSALEM - Prime Minister …", "PORT ELDRIDGE, Tasmania, March 2 (AP) -": one to three words
     * in capitals opening the article, before a dash, a comma or a bracket, are the dateline's place
     * where the gazetteer knows them in any case, or where their last word is no common word and a
     * date, an agency in brackets or a dash follows within a few words. A known country there stays
     * a country.
     */
    private void dateline(Layer l, NerFeatures.Doc d) {
        TextAnalysis t = l.t;
        int e = 0;
        while (e < t.tokenCount() && e < 3 && t.is(e, TextAnalysis.WORD) && t.is(e, TextAnalysis.ALL_CAPS) && t.length(e) > 1) e++;
        if (e == 0 || e >= t.tokenCount() || !DATELINE_ENDS.contains(t.token(e))) return;
        for (int k = 0; k < e; k++) if (l.type[k] != null && !l.isName(l.startOf(k), e)) return;
        Gazetteer.Match m = gazetteer.longest(t, 0, e, null, true);
        if (m == null || m.end() != e) m = gazetteer.longest(t, 0, e, Gazetteer.Kind.TOWN, true);
        boolean known = m != null && m.end() == e && (m.kind() == Gazetteer.Kind.TOWN || (m.kind().bit() & PLACE_KINDS) != 0);
        if (!known) {
            // an unknown place ending in no common word ("UPDATE, March 3"): a date, an agency in brackets or a dash soon after it
            if (d.common.contains(t.hash(e - 1))) return;
            boolean cue = false;
            for (int k = e; k < t.tokenCount() && k <= e + 6 && !cue; k++) {
                cue = CALENDAR.contains(t.hash(k)) && !t.isWord(k, "today") || t.token(k).equals("(")
                        || k > e && DASHES.contains(t.token(k));
            }
            if (!cue) return;
        }
        l.set(0, e, known && m.kind() == Gazetteer.Kind.COUNTRY ? COUNTRY : LOC);
        // "ISLAMABAD, July 27 (APP) -", "BERLIN (dpa) —": the agency in brackets before the dash
        for (int k = e; k < t.tokenCount() && k <= e + 8; k++) {
            if (!t.token(k).equals("(")) continue;
            int c = k + 1;
            while (c < t.tokenCount() && c <= k + 4 && !t.token(c).equals(")")) c++;
            if (c > k + 1 && c + 1 < t.tokenCount() && t.token(c).equals(")") && DASHES.contains(t.token(c + 1))
                    && t.is(k + 1, TextAnalysis.WORD) && (l.type[k + 1] == null || l.isName(l.startOf(k + 1), c))) {
                l.set(k + 1, c, ORG);
            }
            break;
        }
    }

    /** Sentences about a sport that make an article a report of a match. */
    private static final int MATCH_REPORT_SENTENCES = 3;

    /** The text of tokens {@code [s, e)} in lower case, as {@link Layer#sides} holds a side. */
    private static String lowerText(TextAnalysis t, int s, int e) {
        return t.text().substring(t.start(s), t.end(e - 1)).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a name begins at {@code k}, or after a score, "to", "with" or "the" there ("lost 2-1 to the United States"). */
    private static boolean nameAt(Layer l, int k, int to) {
        TextAnalysis t = l.t;
        k = scoreAt(t, k, to);
        if (k < to && (t.isWord(k, "to") || t.isWord(k, "with"))) k++;
        if (k < to && t.hash(k) == H_THE) k++;
        return k < to && l.type[k] != null && l.begin[k];
    }

    /** The token before a score ending at {@code p} ("beat 4-2"), or {@code p} where none ends there. */
    private static int skipScoreBack(TextAnalysis t, int p, int from) {
        if (p >= from && t.is(p, TextAnalysis.NUMBER) && SCORE.matcher(t.token(p)).matches()) return p - 1;
        if (p - 2 >= from && scoreAt(t, p - 2, p + 1) == p + 1) return p - 3;
        return p;
    }

    /** Whether a name ends right before {@code k}. */
    private static boolean nameEndsAt(Layer l, int k, int from) {
        return k - 1 >= from && l.type[k - 1] != null && l.endOf(l.startOf(k - 1)) == k;
    }

    /** Most capitalised words of a side that the tagger left unread ("Paris Saint-Germain" is three). */
    private static final int SIDE_WORDS = 3;

    /**
     * "Barcelona beat Sevilla 3-1": in a sentence surely about a sport, capitalised words the tagger left unread right
     * after a match verb (over a "the") that a name read before the verb ends at, and followed by a score or the
     * sentence's end, are the other side; no common word, no given or family name.
     */
    private static void unreadSides(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int k = from + 2; k < to; k++) {
            if (l.type[k] != null || !t.is(k, TextAnalysis.WORD) || !t.is(k, TextAnalysis.CAPITALIZED) || t.is(k, TextAnalysis.ALL_CAPS)) continue;
            int p = t.hash(k - 1) == H_THE ? k - 2 : k - 1;
            if (p <= from || !MATCH_VERBS.contains(t.hash(p)) || !nameEndsAt(l, p, from)) continue;
            int e = k;
            while (e < to && e - k < SIDE_WORDS && l.type[e] == null && t.is(e, TextAnalysis.WORD) && t.is(e, TextAnalysis.CAPITALIZED)
                    && !d.common.contains(t.hash(e)) && (d.gaz[e] & PERSONAL_KINDS) == 0) e++;
            if (e == k || e < to && t.is(e, TextAnalysis.WORD) && t.is(e, TextAnalysis.CAPITALIZED)) continue;
            boolean closes = scoreAt(t, e, to) > e || e >= to || !t.is(e, TextAnalysis.WORD) && !t.is(e, TextAnalysis.NUMBER);
            if (closes) l.set(k, e, ORG);
            k = e;
        }
    }

    /** The name {@code [s, e)} may be a club: a town or region (not a country), or one word no list of names knows read as a person. */
    private static boolean clubCandidate(Layer l, NerFeatures.Doc d, int s, int e) {
        String type = l.type[s];
        return LOC.equals(type) && (d.gaz[s] & Gazetteer.Kind.COUNTRY.bit()) == 0
                || PERSON.equals(type) && e - s == 1 && (d.gaz[s] & PERSONAL_KINDS) == 0;
    }

    /**
     * Where the next member of a list starts after a member ending at {@code e} (", and", "and" or
     * ","), or -1.
     */
    private static int nextListMember(TextAnalysis t, int e, int to) {
        if (e + 2 < to && t.isWord(e, ",") && t.isWord(e + 1, "and")) return e + 2;
        if (e + 1 < to && (t.isWord(e, "and") || t.isWord(e, ","))) return e + 1;
        return -1;
    }

    /** Verbs before "for" and a side ("played for Ajax", "signed for Juventus"). */
    private static final Set<Long> PLAYING = NewsCues.hashes(Set.of("played", "plays", "playing", "play", "signed",
            "signs", "signing", "starred", "captained", "coached", "appeared", "scored", "debut", "goal", "goals",
            "wickets", "caps", "appearances", "tries", "hat-trick", "competed", "competes", "competing", "swam", "raced",
            "games", "matches", "seasons", "starts"));
    /** Verbs of playing before "with" and a side ("played with Footscray"). */
    private static final Set<Long> PLAYED_WITH = NewsCues.hashes(Set.of("played", "plays", "playing"));
    /** Verbs of a player's contract before "with" and a club ("signed with Coburg"): no country, which signs treaties. */
    private static final Set<Long> SIGNED_WITH = NewsCues.hashes(Set.of("signed", "signs", "signing", "re-signed"));
    /** Pronouns a club signs ("signed him from Southampton"). */
    private static final Set<Long> OBJECT_PRONOUNS = NewsCues.hashes(Set.of("him", "her", "them"));
    /** Words after "on loan" or "loan spell" and before the club ("on loan from Everton", "a loan spell at Reading"). */
    private static final Set<Long> LOAN_LINKS = NewsCues.hashes(Set.of("from", "to", "at", "with"));
    /** Verbs whose object is a side wherever they stand ("coached North Melbourne", "captained Mali"). */
    private static final Set<Long> COACHING = NewsCues.hashes(Set.of("captained", "captains", "coached", "coaches"));
    /** Games named between a verb of playing and "for" ("played netball for Zimbabwe"). */
    private static final Set<Long> SPORTS = NewsCues.hashes(Set.of("football", "soccer", "rugby", "cricket", "netball",
            "hockey", "basketball", "baseball", "volleyball", "handball", "tennis", "golf", "polo", "futsal", "water-polo"));
    /** Verbs whose object, in a sentence about a sport, is a side ("captained Mali", "coached Ghana"). */
    private static final Set<Long> LEADING_A_SIDE = NewsCues.hashes(Set.of("captained", "captains", "coached", "coaches",
            "represented", "represents"));
    /** Verbs of the plural a British report gives a side ("India were bowled out", "England have won"). */
    private static final Set<Long> PLURAL_VERBS = NewsCues.hashes(Set.of("were", "are", "have"));

    /**
     * "He played for Ajax and Juventus", "signed for Celtic", "played with Footscray", "signed with
     * Coburg", "coached North Melbourne": a town or region or a one-word name no list of names knows
     * (or a country: its national side, but not after "signed with", nor a person after "coached"),
     * after a verb of playing and "for", "played with" or "signed with", or right after a verb of
     * leading a side, and the others listed with it, are sides. They go to {@link Layer#clubs}, but for
     * the countries.
     */
    private static void playedFor(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int k = from + 1; k + 1 < to; k++) {
            // "played for Ajax", "played netball for Zimbabwe", "played with Footscray", "signed with Coburg"
            boolean signed = t.isWord(k, "with") && SIGNED_WITH.contains(t.hash(k - 1)) && playing(t, from, to);
            boolean with = signed || t.isWord(k, "with") && PLAYED_WITH.contains(t.hash(k - 1));
            boolean led = COACHING.contains(t.hash(k));
            // "signed him from Southampton", "on loan from Everton", "a loan spell at Reading": a player's move
            boolean moved = k - 2 >= from && (t.isWord(k, "from") && SIGNED_WITH.contains(t.hash(k - 2)) && OBJECT_PRONOUNS.contains(t.hash(k - 1))
                    || LOAN_LINKS.contains(t.hash(k)) && (t.isWord(k - 1, "loan") && t.isWord(k - 2, "on") || t.isWord(k - 1, "spell") && t.isWord(k - 2, "loan")));
            if (moved) {
                led = true;
                // "Liverpool signed him from Southampton": the club that signs
                int v = k - 2;
                if (t.isWord(k, "from") && nameEndsAt(l, v, from)) {
                    int n = l.startOf(v - 1);
                    if (LOC.equals(l.type[n]) && clubCandidate(l, d, n, v)) {
                        l.clubs.add(lowerText(t, n, v));
                        l.set(n, v, ORG);
                    }
                }
            }
            if (!with && !led && (!t.isWord(k, "for") || !PLAYING.contains(t.hash(k - 1))
                    && !(k - 2 >= from && SPORTS.contains(t.hash(k - 1)) && PLAYING.contains(t.hash(k - 2))))) continue;
            int s = k + 1;
            if (s < to && t.hash(s) == H_THE) s++;
            while (s < to && l.type[s] != null && l.begin[s]) {
                int e = Math.min(l.endOf(s), to);
                boolean country = COUNTRY.equals(l.type[s]);
                boolean town = LOC.equals(l.type[s]) && clubCandidate(l, d, s, e);
                boolean fits = ORG.equals(l.type[s]) || town || (led ? country : country ? !signed : clubCandidate(l, d, s, e));
                if (!fits) break;
                if (town || ORG.equals(l.type[s])) l.clubs.add(lowerText(t, s, e));
                l.set(s, e, ORG);
                // "Ajax and Juventus", "Ajax, PSV and Feyenoord"
                s = nextListMember(t, e, to);
                if (s < 0) break;
            }
        }
    }

    /** Whether tokens {@code [from, to)} hold a word of playing, of a sport or of its game ("played with the club", "league"). */
    private static boolean playing(TextAnalysis t, int from, int to) {
        for (int k = from; k < to; k++) {
            long h = t.hash(k);
            if (PLAYED_WITH.contains(h) || SPORTS.contains(h) || SPORT_WORDS.contains(h) || MATCH_WORDS.contains(h) || SIDE_PEOPLE.contains(h)) return true;
        }
        return false;
    }

    /** Words of study or teaching before "at" or "from" and where it is done ("studied at Oxford", "a professor at Yale"). */
    private static final Set<Long> STUDY = NewsCues.hashes(Set.of("studied", "studies", "study", "studying", "educated",
            "graduated", "graduate", "graduates", "enrolled", "enrolling", "taught", "teaches", "teaching", "lectured",
            "lectures", "lecturer", "lecturers", "professor", "professors", "student", "students", "alumnus", "alumni",
            "alumna", "doctorate", "undergraduate", "undergraduates", "matriculated", "scholar"));

    /** Words of study after which "from" names the place of study ("graduated from Stanford"). */
    private static final Set<Long> GRADUATED = NewsCues.hashes(Set.of("graduated", "graduating", "graduate", "graduates",
            "alumnus", "alumni", "alumna", "doctorate", "degree", "degrees", "diploma"));

    /**
     * "She studied at Oxford and Harvard", "a professor at Leipzig", "graduated from Stanford": a town
     * (not a country) or a one-word name no list of names knows, after a word of study and "at" (or a
     * word of graduating and "from"), is the
     * university there, an organisation, and so are the others listed with it.
     */
    private static void placesOfStudy(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int k = from + 1; k + 1 < to; k++) {
            boolean at = t.isWord(k, "at") && STUDY.contains(t.hash(k - 1));
            // "graduated from Stanford", but "students from Boston" are from the town
            if (!at && !(t.isWord(k, "from") && GRADUATED.contains(t.hash(k - 1)))) continue;
            int s = k + 1;
            while (s < to && l.type[s] != null && l.begin[s]) {
                int e = Math.min(l.endOf(s), to);
                if (!clubCandidate(l, d, s, e) && !ORG.equals(l.type[s])) break;
                // "at Oxford in England": a place after the town keeps the town a place
                if (e + 1 < to && t.isWord(e, ",") && l.type[e + 1] != null && !ORG.equals(l.type[e + 1])) break;
                l.set(s, e, ORG);
                s = nextListMember(t, e, to);
                if (s < 0) break;
            }
        }
    }

    /** Posts held at an employer, before "at" and its name ("an analyst at Raymond James", "chief economist at Edward Jones"). */
    private static final Set<Long> WORK_ROLES = NewsCues.hashes(Set.of("analyst", "analysts", "economist", "economists",
            "strategist", "strategists", "researcher", "researchers", "scientist", "scientists", "fellow", "fellows",
            "partner", "partners", "engineer", "engineers", "executive", "executives", "employee", "employees",
            "manager", "managers", "trader", "traders", "banker", "bankers", "consultant", "consultants", "adviser",
            "advisers", "advisor", "advisors", "editor", "editors", "staffer", "staffers", "intern", "interns",
            "programmer", "programmers", "developer", "developers", "designer", "designers", "accountant", "accountants"));
    /** Most capitalised words of an employer's name the tagger left unread ("Pemberton Grey"). */
    private static final int EMPLOYER_WORDS = 4;

    /**
     * "said Mary Cole, chief economist at Edward Jones", "a portfolio manager at Janney Montgomery Scott", "an
     * analyst at Pemberton Grey": after a post held at an employer and "at" (over a "the"), the name is the employer,
     * an organisation, though the tagger read it as a person, read a town (not a country, nor a town before a comma
     * and a place: "a researcher at Helsinki"), or left capitalised words of no list's person unread; and so are the
     * others listed with it. After "from" ("Executives from Solvay"), where people come from a town too ("a banker
     * from London"), only unread words and one word no list of names knows read as a person.
     */
    private static void workplaces(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int k = from + 1; k + 1 < to; k++) {
            boolean fromWord = t.isWord(k, "from");
            if (!t.isWord(k, "at") && !fromWord || !WORK_ROLES.contains(t.hash(k - 1))
                    || k - 1 > from && t.is(k - 1, TextAnalysis.CAPITALIZED)) continue;
            int s = k + 1;
            if (s < to && t.hash(s) == H_THE) s++;
            while (s < to) {
                int e;
                if (l.type[s] == null) {
                    e = s;
                    while (e < to && e - s < EMPLOYER_WORDS && l.type[e] == null && t.is(e, TextAnalysis.WORD)
                            && t.is(e, TextAnalysis.CAPITALIZED) && !t.is(e, TextAnalysis.ALL_CAPS) && (d.cue[e] & NerFeatures.C_FUNCTION) == 0) e++;
                    if (e == s || e < to && l.type[e] != null || !d.common.contains(t.hash(s)) && (d.gaz[s] & PERSONAL_KINDS) != 0) break;
                } else {
                    if (!l.begin[s]) break;
                    e = Math.min(l.endOf(s), to);
                    boolean town = !fromWord && LOC.equals(l.type[s]) && (d.gaz[s] & Gazetteer.Kind.COUNTRY.bit()) == 0
                            && !(e + 1 < to && t.isWord(e, ",") && l.type[e + 1] != null);
                    // "a banker from London", "analysts from Barclays": after "from", only a word no list of names knows
                    boolean person = PERSON.equals(l.type[s]) && (!fromWord || loneUnlistedPerson(l, d, s));
                    if (!person && !town && !ORG.equals(l.type[s])) break;
                }
                l.set(s, e, ORG);
                s = nextListMember(t, e, to);
                if (s < 0) break;
            }
        }
    }

    /** Whether token {@code k} is a person of one word, read alone, that no list of names knows ("Fisheries"). */
    private static boolean loneUnlistedPerson(Layer l, NerFeatures.Doc d, int k) {
        return PERSON.equals(l.type[k]) && l.begin[k] && l.endOf(k) == k + 1 && (d.gaz[k] & PERSONAL_KINDS) == 0;
    }

    /** Whether tokens {@code [s, e)} hold "and". */
    private static boolean hasAnd(TextAnalysis t, int s, int e) {
        for (int k = s; k < e; k++) if (t.isWord(k, "and")) return true;
        return false;
    }

    /** Most capitalised words of one field in the list that ends a body's name ("Rural Affairs"). */
    private static final int FIELD_WORDS = 3;

    /**
     * "the Ministry of Economy, Trade and Industry", "the Department of Environment, Food and Rural Affairs": an
     * organisation whose name ends in "of" and a capitalised word, followed by fields of a few capitalised words each
     * after commas and a last one after "and", is one name with them, where the tagger left the fields unread or read
     * them as organisations or as a person of one word no list knows (no place: "the University of California, Berkeley"
     * stays two).
     */
    private static void fieldLists(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int s = from; s < to; s++) {
            if (l.type[s] == null || !l.begin[s]) continue;
            int e = Math.min(l.endOf(s), to);
            if (!ORG.equals(l.type[s]) || e - s < 3 || !t.isWord(e - 2, "of") || !t.is(e - 1, TextAnalysis.CAPITALIZED)) {
                s = e - 1;
                continue;
            }
            int k = e, end = -1, fields = 0;
            while (k + 1 < to) {
                // ", Field", then ", and Field" or "and Field"; a field after a comma first ("the Bank of England and
                // Barclays", "the Academy of Sciences, and Smith is its president" stay apart)
                boolean comma = t.isWord(k, ","), last = comma && t.isWord(k + 1, "and") || t.isWord(k, "and");
                if (!comma && !last || last && fields == 0) break;
                int f = comma && last ? k + 2 : k + 1;
                // "…, Trade and Industry": the last fields read as one organisation over "and"
                if (!last && f < to && ORG.equals(l.type[f]) && l.begin[f] && hasAnd(t, f, Math.min(l.endOf(f), to))) {
                    end = Math.min(l.endOf(f), to);
                    break;
                }
                int g = f;
                while (g < to && g - f < FIELD_WORDS && t.is(g, TextAnalysis.WORD) && t.is(g, TextAnalysis.CAPITALIZED)
                        && (l.type[g] == null || ORG.equals(l.type[g]) || loneUnlistedPerson(l, d, g))) g++;
                if (g == f || g < to && t.is(g, TextAnalysis.WORD) && t.is(g, TextAnalysis.CAPITALIZED)) break;
                // a field ends where a name read there ends
                if (l.type[g - 1] != null && l.endOf(l.startOf(g - 1)) != g) break;
                fields++;
                k = g;
                if (last) {
                    end = g;
                    break;
                }
            }
            if (end > 0) l.set(s, end, ORG);
            s = Math.max(e, end) - 1;
        }
    }

    /** What only a company has, after its possessive ("Tarvon's chief executive", "Halberd's board", "Mondell's shareholders"). */
    private static final Set<Long> COMPANY_OWNED = NewsCues.hashes(Set.of("ceo", "cfo", "coo", "cto", "chairman",
            "chairwoman", "board", "shareholders", "stockholders", "headquarters", "subsidiary", "subsidiaries", "revenue",
            "revenues", "workforce"));
    /** Words after "chief" that make a company's officer ("chief executive", "chief financial officer"). */
    private static final Set<Long> CHIEF_OF_COMPANY = NewsCues.hashes(Set.of("executive", "financial", "operating",
            "technology", "marketing", "commercial"));
    /** What a company does, after its name, a comma and "which" ("Fenwick, which makes medical devices"). */
    private static final Set<Long> COMPANY_VERBS = NewsCues.hashes(Set.of("makes", "manufactures", "produces", "sells",
            "operates", "develops", "supplies", "builds", "designs", "distributes", "publishes", "employs", "markets"));

    /**
     * "Tarvon's chief executive, Ann Ruddle, resigned", "Halberd's board approved the buyback", "Fenwick, which
     * makes medical devices, was fined": one capitalised word that owns what only a company has, or that is
     * followed by a comma, "which" and what a company does, is that company, where the tagger left it unread or read
     * it as a person no list knows. A word the lists know as a place, or a common word ("Today's chief executive"),
     * stays as read.
     */
    private static void companiesByWhatTheyHave(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int k = from; k + 2 < to; k++) {
            boolean owns = t.hash(k + 1) == H_POSSESSIVE && (COMPANY_OWNED.contains(t.hash(k + 2))
                    || k + 3 < to && t.isWord(k + 2, "chief") && CHIEF_OF_COMPANY.contains(t.hash(k + 3)));
            boolean does = k + 3 < to && t.isWord(k + 1, ",") && t.isWord(k + 2, "which") && COMPANY_VERBS.contains(t.hash(k + 3));
            if (!owns && !does) continue;
            if (!t.is(k, TextAnalysis.WORD) || !t.is(k, TextAnalysis.CAPITALIZED) || t.is(k, TextAnalysis.ALL_CAPS)) continue;
            if ((d.gaz[k] & (PLACE_KINDS | PERSONAL_KINDS)) != 0 || d.common.contains(t.hash(k)) || (d.cue[k] & NerFeatures.C_FUNCTION) != 0) continue;
            boolean unread = l.type[k] == null && (k == from || l.type[k - 1] == null && !t.is(k - 1, TextAnalysis.CAPITALIZED));
            if (unread || loneUnlistedPerson(l, d, k)) l.set(k, k + 1, ORG);
        }
    }

    /** Words of the names of fields of study that name a field on their own ("Economics", "Political Science"). */
    private static final Set<Long> DISCIPLINE_HEADS = NewsCues.hashes(Set.of("economics", "law", "medicine", "physics",
            "chemistry", "biology", "philosophy", "mathematics", "maths", "engineering", "science", "sciences", "studies",
            "arts", "psychology", "sociology", "anthropology", "linguistics", "literature", "journalism", "architecture",
            "politics", "communications", "theology", "nursing", "pharmacy", "dentistry", "geography", "geology",
            "astronomy", "statistics", "agriculture", "relations", "counseling", "counselling", "humanities", "classics",
            "neuroscience", "genetics", "ecology", "zoology", "botany", "microbiology", "biochemistry", "nutrition",
            "criminology", "archaeology", "musicology", "administration"));
    /**
     * Words of the names of fields of study: {@link #DISCIPLINE_HEADS} and the words that only qualify them
     * ("Political Science", "Media and Communications"; not a field alone: "Public", "Social", "Modern").
     */
    private static final Set<Long> DISCIPLINE_WORDS = union(DISCIPLINE_HEADS, NewsCues.hashes(Set.of(
            "history", "art", "music", "political", "computer", "computing", "communication", "media", "business",
            "management", "finance", "accounting", "education", "international", "public", "policy", "fine",
            "visual", "performing", "clinical", "social", "sport", "sports", "design", "film", "drama", "dance",
            "environmental", "molecular", "applied", "natural", "health", "legal", "theoretical", "economic",
            "development", "mechanical", "electrical", "civil", "chemical", "biomedical", "theatre", "languages",
            "language", "modern", "creative", "writing")));
    /** Words after which a capitalised field is studied ("studied Economics", "a degree in Law", "a Psychology major"). */
    private static final Set<Long> STUDYING = NewsCues.hashes(Set.of("studied", "studies", "studying", "study", "majored",
            "read", "reading", "degree", "degrees", "graduated", "doctorate", "phd", "ph.d.", "bachelor", "bachelor's",
            "master", "master's", "masters", "ba", "b.a.", "bsc", "msc", "ma", "m.a.", "diploma", "lecturer", "lecturers",
            "professor", "professors", "teaches", "taught", "teaching", "chair"));

    /**
     * "He studied Economics and Political Science at university", "a Psychology major": capitalised words that
     * are all words of fields of study (one of them a field on its own, "and" between them) name a field, no
     * organisation or place: so after a word of study (and "in" or "of"), or two words or more anywhere
     * ("Media and Communications"), unless a list knows the name whole.
     */
    private void disciplines(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int s = from; s < to; s++) {
            if (l.type[s] == null || !l.begin[s]) continue;
            int e = Math.min(l.endOf(s), to);
            boolean field = !PERSON.equals(l.type[s]), head = false;
            for (int k = s; k < e && field; k++) {
                long h = t.hash(k);
                field = DISCIPLINE_WORDS.contains(h) && t.is(k, TextAnalysis.CAPITALIZED) || k > s && k + 1 < e
                        && (t.isWord(k, "and") || t.isWord(k, "&"));
                head |= DISCIPLINE_HEADS.contains(h);
            }
            if (field && head) {
                int p = s - 1;
                if (p > from && (t.isWord(p, "in") || t.isWord(p, "of"))) p--;
                boolean studied = p >= from && STUDYING.contains(t.hash(p)) && !t.is(p, TextAnalysis.CAPITALIZED)
                        || e < to && (t.isWord(e, "major") || t.isWord(e, "student") || t.isWord(e, "students")
                        || t.isWord(e, "degree") || t.isWord(e, "professor"));
                if ((studied || e - s >= 2) && !listedExactly(t, s, e, null)) l.clear(s, e);
            }
            s = e - 1;
        }
    }

    /**
     * Words that open an organisation's name in other languages than English ("Grupo Bimbo", "Banco
     * Interandino", "Éditions Gallimard", "Hapoel Be'er Sheva"); the model, trained on English text,
     * reads the names they open as persons or places.
     */
    private static final Set<Long> ORG_OPENERS = NewsCues.hashes(Set.of("grupo", "gruppo", "groupe", "banco", "banca",
            "banque", "caixa", "caja", "fundación", "fundação", "fondazione", "fondation", "stiftung", "instituto", "istituto",
            "institut", "universidad", "universidade", "università", "université", "universität", "universiteit",
            "éditions", "edições", "edizioni", "editora", "compañía", "companhia", "compagnie", "compagnia",
            "sociedad", "sociedade", "società", "société", "deportivo", "atlético", "atletico", "hapoel", "maccabi", "beitar",
            "dinamo", "dynamo", "spartak", "lokomotiv", "cervecería", "cervejaria", "ferrovie", "ferrocarriles", "diario",
            "periódico", "partido", "partito", "frente", "movimiento", "asociación", "associação", "associazione",
            "confederación", "federación", "federação", "ministerio", "ministério", "ministero", "ministère", "corporación",
            "empresa", "empresas", "industrias", "laboratorios", "clínica", "colegio", "liceo", "lycée", "escuela", "escola",
            "scuola", "agence", "agencia", "agência", "petróleos", "cooperativa", "servicios", "televisión", "televisão",
            "hochschule", "akademie", "académie", "accademia", "conservatorio", "conservatoire", "konservatorium", "partei",
            "parti", "verein", "verband", "gesellschaft", "consejo", "conseil", "consiglio", "comité", "comitato", "comisión",
            "commissione", "bundesamt", "bundesanstalt"));

    /**
     * "Grupo Bimbo said": a name of two words or more opening with {@link #ORG_OPENERS}, read as a
     * person, a place or a name of another kind ("the Universität Wien", "the Stiftung Preußischer
     * Kulturbesitz", which the model reads as foreign words), is an organisation; so is such a word the
     * model left unread with the unread capitalised words after it or with the name right after it
     * ("Banco" before the place "Santander"). A lower-case word after the opener that English text
     * never prints (outside the model's vocabulary) is the name's adjective ("the Parti socialiste",
     * "the Partito democratico").
     */
    private static void foreignOrganisations(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int s = from; s < to; s++) {
            int e;
            if (l.type[s] == null) {
                // unread: the opener and the capitalised words after it, or the name after it
                if (!ORG_OPENERS.contains(t.hash(s)) || !capitalisedWord(t, s)) continue;
                e = s + 1;
                while (e < to && capitalisedWord(t, e) && l.type[e] == null) e++;
                // not a German noun's: "die Partei Ali Ahmetis" is Ali Ahmeti's party
                if (e == s + 1 && e < to && l.type[e] != null && l.begin[e] && !COUNTRY.equals(l.type[e])
                        && !NOUN_LANGUAGE_OPENERS.contains(t.hash(s))) e = Math.min(l.endOf(e), to);
            } else {
                if (!l.begin[s]) continue;
                e = Math.min(l.endOf(s), to);
                String ty = l.type[s];
                boolean read = PERSON.equals(ty) || LOC.equals(ty) || MISC.equals(ty) || ORG.equals(ty);
                if (!read || !ORG_OPENERS.contains(t.hash(s)) || !capitalisedWord(t, s)) {
                    s = e - 1;
                    continue;
                }
            }
            if (e == s + 1 && e < to && foreignAdjective(t, d, e)) e++;
            if (e - s >= 2) l.set(s, e, ORG);
            s = e - 1;
        }
    }

    /**
     * {@link #ORG_OPENERS} of German, which capitalises its common nouns: one does not join the name after it
     * ("die Partei Ali Ahmetis", "die Partei Die PARTEI").
     */
    private static final Set<Long> NOUN_LANGUAGE_OPENERS = NewsCues.hashes(Set.of("stiftung", "universität", "hochschule",
            "akademie", "konservatorium", "partei", "verein", "verband", "gesellschaft", "bundesamt", "bundesanstalt"));

    /** A lower-case word of letters that the training data never prints: "socialiste", "democratico". */
    private static boolean foreignAdjective(TextAnalysis t, NerFeatures.Doc d, int k) {
        if (!t.is(k, TextAnalysis.WORD) || t.is(k, TextAnalysis.CAPITALIZED) || t.is(k, TextAnalysis.ALL_CAPS)) return false;
        if (d.common.contains(t.hash(k)) || (d.cue[k] & NerFeatures.C_FUNCTION) != 0) return false;
        String w = t.token(k);
        if (w.length() < 4) return false;
        for (int i = 0; i < w.length(); i++) if (!Character.isLetter(w.charAt(i))) return false;
        return true;
    }

    /** Heads of public services that end names joined by "and" ("Fire and Rescue Service"). */
    private static final Set<Long> ORG_TAIL_HEADS = NewsCues.hashes(Set.of("service", "services", "administration",
            "authority", "board", "department", "ministry", "commission", "agency"));

    /** Connectors of other languages inside an organisation's name ("Banco Central do Brasil", "Universidad de Buenos Aires"). */
    private static final Set<Long> FOREIGN_CONNECTORS = NewsCues.hashes(Set.of("do", "da", "dos", "das", "de", "del", "della",
            "di", "du", "des", "d'"));

    /**
     * An organisation's name goes on over "of the" ("the University of the Witwatersrand", "the
     * Congress of the Union"), over a connector of another language ("Banco Central do Brasil",
     * "Compagnie Forestière de la Likouala"), and over "and" between two capitalised common words
     * before its head ("the Lancashire Fire and Rescue Service"), taking the capitalised words after.
     */
    /** The most head words an organisation's name is extended by ("Whanganui District Health" + "Board"). */
    private static final int MAX_HEAD_WORDS = 2;

    /**
     * An organisation's name goes on over the capitalised head words of an organisation right after
     * it that no other name holds ("the Whanganui District Health Board", read without "Board").
     */
    private static void organisationHeads(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int s = from; s < to; s++) {
            if (l.type[s] == null || !l.begin[s]) continue;
            int e = Math.min(l.endOf(s), to);
            int k = e;
            if (ORG.equals(l.type[s])) {
                while (k < to && k - e < MAX_HEAD_WORDS && l.type[k] == null && t.is(k, TextAnalysis.CAPITALIZED)
                        && !t.is(k, TextAnalysis.ALL_CAPS) && !t.is(k, TextAnalysis.NEWLINE_BEFORE)
                        && ((d.cue[k] & NerFeatures.C_ORG_STRONG) != 0 || NewsCues.ORG_WEAK_H.contains(t.hash(k)))) {
                    k++;
                }
                if (k > e) l.set(s, k, ORG);
            }
            s = k - 1;
        }
    }

    /**
     * The end of the words after "of the" at {@code k} that may close an organisation's name: capitalised
     * words no name holds, or a place's whole name ("of the Witwatersrand", "of the Union", "of the
     * District of Columbia"); not a country or organisation a list knows ("of the UK", "of the PCHL").
     */
    private static int theTail(Layer l, NerFeatures.Doc d, int k, int to) {
        TextAnalysis t = l.t;
        int end = k;
        while (end < to && capitalisedWord(t, end) && !t.is(end, TextAnalysis.ALL_CAPS)
                && (d.gaz[end] & (Gazetteer.Kind.COUNTRY.bit() | Gazetteer.Kind.ORG.bit())) == 0
                && (l.type[end] == null || LOC.equals(l.type[end]))) {
            end = LOC.equals(l.type[end]) && l.begin[end] ? Math.min(to, l.endOf(end)) : end + 1;
        }
        return end;
    }

    private static void organisationTails(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        // "the Department of the Treasury", "the Museum of the Moving Image", "the Party of the Regions": a
        // capitalised head of organisations no name holds, with the capitalised words before it, before
        // "of the" and the words of the tail below
        for (int k = from + 1; k + 3 < to; k++) {
            if (l.type[k] != null || !t.is(k, TextAnalysis.CAPITALIZED) || t.is(k, TextAnalysis.ALL_CAPS)
                    || (d.cue[k] & NerFeatures.C_ORG_STRONG) == 0 || !t.isWord(k + 1, "of") || t.hash(k + 2) != H_THE) continue;
            // the tail may be a name the model read as an organisation that no list knows ("the Moving Image")
            int known = Gazetteer.Kind.COUNTRY.bit() | Gazetteer.Kind.ORG.bit();
            int end = ORG.equals(l.type[k + 3]) && l.begin[k + 3] && ((d.gaz[k + 3] | d.gaz[k + 3] >>> 8) & known) == 0
                    ? Math.min(to, l.endOf(k + 3)) : theTail(l, d, k + 3, to);
            if (end <= k + 3 || l.type[end - 1] != null && l.endOf(l.startOf(end - 1)) > end) continue;
            int h = k;
            while (h - 1 > from && l.type[h - 1] == null && capitalisedWord(t, h - 1) && t.hash(h - 1) != H_THE
                    && (d.cue[h - 1] & (NerFeatures.C_FUNCTION | NerFeatures.C_ROLE_HEAD | NerFeatures.C_PERSON_PREFIX)) == 0) h--;
            l.set(h, end, ORG);
            k = end - 1;
        }
        for (int s = from; s < to; s++) {
            if (l.type[s] == null || !l.begin[s]) continue;
            int e = Math.min(l.endOf(s), to);
            if (!ORG.equals(l.type[s])) {
                s = e - 1;
                continue;
            }
            int k = e;
            boolean hasOf = false;
            for (int j = s; j < e; j++) hasOf |= t.isWord(j, "of");
            boolean ofThe = k + 2 < to && t.isWord(k, "of") && t.hash(k + 1) == H_THE && !hasOf;
            if (ofThe) k += 2;
            else if (k + 1 < to && FOREIGN_CONNECTORS.contains(t.hash(k)) && !t.is(k, TextAnalysis.CAPITALIZED)) {
                k++;
                if (k + 1 < to && (t.isWord(k, "la") || t.isWord(k, "los") || t.isWord(k, "las"))) k++;
            } else {
                s = e - 1;
                continue;
            }
            int end = k;
            if (ofThe) {
                end = theTail(l, d, k, to);
            } else {
                // the capitalised words after it, a one-word person among them ("do Brasil" read as a person)
                while (end < to && capitalisedWord(t, end) && (l.type[end] == null || !PERSON.equals(l.type[end])
                        || l.isName(l.startOf(end), l.startOf(end) + 1))) end++;
            }
            if (end > k && (l.type[end - 1] == null || l.endOf(l.startOf(end - 1)) <= end)) {
                l.set(s, end, ORG);
                e = end;
            }
            s = e - 1;
        }
        // "the Lancashire Fire and Rescue Service": "and" between capitalised common words before the head
        for (int k = from + 1; k + 1 < to; k++) {
            if (!t.isWord(k, "and") || !ORG.equals(l.type[k + 1]) || !l.begin[k + 1]) continue;
            if (!capitalisedWord(t, k - 1) || !capitalisedWord(t, k + 1)) continue;
            // common words, no names of their own ("Fire and Rescue", not "Microsoft and Google Cloud")
            if (!d.common.contains(t.hash(k - 1)) && !d.common.contains(t.hash(k + 1)) || d.gaz[k - 1] != 0 || d.gaz[k + 1] != 0) continue;
            int e = l.endOf(k + 1);
            if (e - (k + 1) < 2 || !ORG_TAIL_HEADS.contains(t.hash(e - 1)) && !NewsCues.ORG_STRONG_H.contains(t.hash(e - 1))) continue;
            if (PERSON.equals(l.type[k - 1])) continue;
            int s = k - 1;
            if (l.type[s] != null) s = l.startOf(s);
            while (s > from && l.type[s - 1] == null && capitalisedWord(t, s - 1) && t.hash(s - 1) != H_THE) s--;
            l.set(s, e, ORG);
            k = e - 1;
        }
    }

    /** Connectors inside places' names ("Rio de la Plata", "Frankfurt an der Oder", "Newcastle upon Tyne"). */
    private static final Set<Long> PLACE_CONNECTORS = NewsCues.hashes(Set.of("de", "da", "do", "dos", "das", "del", "du",
            "des", "di", "upon", "am", "an", "sur"));
    /** Articles after a place's connector ("de la", "an der"). */
    private static final Set<Long> PLACE_ARTICLES = NewsCues.hashes(Set.of("la", "las", "los", "der", "dem", "le", "les"));
    /**
     * A place's name goes on over a connector of other languages and the capitalised words after it
     * ("Rio de la Plata", "Frankfurt an der Oder", "São Jerônimo do Tapará").
     */
    private static void placeTails(Layer l, int from, int to) {
        TextAnalysis t = l.t;
        for (int s = from; s < to; s++) {
            if (l.type[s] == null || !l.begin[s]) continue;
            int e = Math.min(l.endOf(s), to);
            if (!LOC.equals(l.type[s])) {
                s = e - 1;
                continue;
            }
            int k = e;
            if (k + 1 < to && PLACE_CONNECTORS.contains(t.hash(k)) && !t.is(k, TextAnalysis.CAPITALIZED)) {
                k++;
                if (k + 1 < to && PLACE_ARTICLES.contains(t.hash(k)) && !t.is(k, TextAnalysis.CAPITALIZED)) k++;
                int end = k;
                while (end < to && capitalisedWord(t, end) && (l.type[end] == null || LOC.equals(l.type[end])
                        || l.isName(l.startOf(end), l.startOf(end) + 1) && !COUNTRY.equals(l.type[end]))) end++;
                if (end > k && (l.type[end - 1] == null || l.endOf(l.startOf(end - 1)) <= end) && (l.type[k] == null || l.begin[k])) {
                    l.set(s, end, LOC);
                    e = end;
                }
            }
            s = e - 1;
        }
    }

    /**
     * "Supervisor Alfredo Pedroza of Napa County": a place or an organisation that opens with a
     * known given name and a capitalised word (after at most one capitalised word of no list, a
     * title), then "of" and a name, is the person and the name after "of". No word of the person's
     * part may be a known place, country or organisation.
     */
    private static void personOfPlace(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int s = from; s < to; s++) {
            if (l.type[s] == null || !l.begin[s]) continue;
            int e = Math.min(l.endOf(s), to);
            String type = l.type[s];
            if (LOC.equals(type) || ORG.equals(type)) {
                int g = s;
                if ((d.gaz[g] & Gazetteer.Kind.GIVEN.bit()) == 0 && g + 1 < e && t.is(g, TextAnalysis.CAPITALIZED)
                        && (d.gaz[g] & NON_PERSON_KINDS) == 0) g++;
                int of = g + 2;
                if (of + 1 < e && (d.gaz[g] & Gazetteer.Kind.GIVEN.bit()) != 0 && t.isWord(of, "of")
                        && nameWord(t, d, g) && nameWord(t, d, g + 1)
                        && ((d.gaz[g] | d.gaz[g + 1]) & NON_PERSON_KINDS) == 0 && t.is(of + 1, TextAnalysis.CAPITALIZED)) {
                    l.clear(s, e);
                    l.set(g, of, PERSON);
                    l.set(of + 1, e, type);
                }
            }
            s = e - 1;
        }
    }

    private static final int NON_PERSON_KINDS = PLACE_KINDS | Gazetteer.Kind.ORG.bit() | Gazetteer.Kind.DEMONYM.bit();

    /** Lower-case nouns of land and water, and of a few places made by people, after a place's name ("the Nervión river"). */
    private static final Set<Long> FEATURE_NOUNS = NewsCues.hashes(Set.of("river", "valley", "massif", "basin", "delta",
            "glacier", "canyon", "gorge", "plateau", "depression", "crater", "volcano", "lagoon", "estuary", "circuit",
            "base", "oasis", "wetlands", "highlands", "lowlands", "floodplain", "watershed"));

    /**
     * "the Nervión river", "the Kordun base", "the Imola circuit": a name of one or two words read as
     * an organisation or a person (no list knows it as one) before a lower-case noun of land, water or
     * a few places made by people is that place's name; so is one that opens or ends with such a word
     * itself ({@link #featureNamed}: "the River Irwell", "the Dravik Range").
     */
    private static void namedFeatures(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int s = from; s < to; s++) {
            if (l.type[s] == null || !l.begin[s]) continue;
            int e = Math.min(l.endOf(s), to);
            boolean misread = ORG.equals(l.type[s]) || PERSON.equals(l.type[s]);
            boolean known = false;
            for (int k = s; k < e; k++) known |= (d.gaz[k] & (Gazetteer.Kind.ORG.bit() | PERSONAL_KINDS)) != 0
                    || (d.cue[k] & (NerFeatures.C_ORG_STRONG | NerFeatures.C_ORG_WEAK)) != 0;
            if (misread && !known && e - s <= 2 && e < to && FEATURE_NOUNS.contains(t.hash(e)) && !t.is(e, TextAnalysis.CAPITALIZED)) {
                l.set(s, e, LOC);
            } else if (misread && e - s >= 2 && featureNamed(t, d, s, e)) {
                l.set(s, e, LOC);
            }
            s = e - 1;
        }
    }

    /** Words of land and water that open a place's name ("River Irwell", "Mount Kerowan", "Río Cuilco", "Lake Malawi"). */
    private static final Set<Long> FEATURE_OPENERS = NewsCues.hashes(Set.of("river", "río", "rio", "mount", "mt.", "lake",
            "loch", "lac", "cape", "isle", "gulf", "monte", "mont", "sierra", "cerro"));
    /** Words of land and water that end a place's name ("Thuli Bheri River", "Dravik Range", "Martial Mountains"). */
    private static final Set<Long> FEATURE_HEADS = NewsCues.hashes(Set.of("river", "range", "mountains", "hills", "lake",
            "valley", "canyon", "peninsula", "desert", "island", "islands", "sea", "ocean", "strait", "straits", "creek",
            "glacier", "falls", "plateau", "peak", "volcano", "gorge", "delta", "basin", "lagoon", "reef", "archipelago",
            "massif", "estuary", "fjord", "highlands", "lowlands", "heights", "marshes", "wetlands"));

    /**
     * Whether the capitalised name {@code [s, e)} opens or ends with a word of land or water ("the River Irwell", "the
     * Thuli Bheri River", "the Dravik Range") and holds no organisation's word, person's prefix or known organisation:
     * a place's name the tagger read as an organisation's or a person's.
     */
    private static boolean featureNamed(TextAnalysis t, NerFeatures.Doc d, int s, int e) {
        boolean opens = FEATURE_OPENERS.contains(t.hash(s)) && t.is(s, TextAnalysis.CAPITALIZED) && t.is(s + 1, TextAnalysis.CAPITALIZED);
        boolean ends = FEATURE_HEADS.contains(t.hash(e - 1)) && t.is(e - 1, TextAnalysis.CAPITALIZED);
        if (!opens && !ends) return false;
        for (int k = s; k < e; k++) {
            if ((d.cue[k] & (NerFeatures.C_ORG_STRONG | NerFeatures.C_ORG_WEAK | NerFeatures.C_PERSON_PREFIX)) != 0
                    || (d.gaz[k] & (Gazetteer.Kind.ORG.bit() | Gazetteer.Kind.ORG.bit() << 8)) != 0) return false;
        }
        return true;
    }

    /** An Arabic article in lower case before a capitalised word ("al-Qaida", "al-Shabaab"). */
    private static final java.util.regex.Pattern ARTICLE_LED = java.util.regex.Pattern.compile("(?:al|el|ad|an|ar|as|ash|at|az)-\\p{Lu}.*");

    /**
     * "keep al-Qaida out": a name the gazetteer knows as an organisation or a place, printed with its
     * Arabic article in lower case, which the model reads as a common word, takes its gazetteer type.
     */
    private void articleLedNames(Layer l, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i < to; i++) {
            // the characters first, so that most tokens cost no string: a lower-case "a" or "e" and a hyphen third or fourth
            if (l.type[i] != null || t.length(i) < 4 || t.first(i) != 'a' && t.first(i) != 'e') continue;
            char c2 = t.text().charAt(t.start(i) + 2), c3 = t.text().charAt(t.start(i) + 3);
            if (c2 != '-' && c3 != '-' || !ARTICLE_LED.matcher(t.token(i)).matches()) continue;
            Gazetteer.Match m = gazetteer.longest(t, i, to, null, true);
            if (m == null || m.kind() != Gazetteer.Kind.ORG && (m.kind().bit() & PLACE_KINDS) == 0) continue;
            if (!l.unread(i, m.end())) continue;
            l.set(i, m.end(), m.kind() == Gazetteer.Kind.ORG ? ORG : m.kind() == Gazetteer.Kind.COUNTRY ? COUNTRY : LOC);
            i = m.end() - 1;
        }
    }

    /** Words before "the" and an outlet ("told the Guardian", "according to the Economist", "an interview with the Sun"). */
    private static final Set<Long> OUTLET_BEFORE = NewsCues.hashes(Set.of("told", "tells", "telling", "with",
            "wrote", "writing", "writes"));
    /** Words after an outlet ("the Guardian reported", "the Telegraph newspaper"). */
    private static final Set<Long> OUTLET_AFTER = NewsCues.hashes(Set.of("reported", "reports", "reporting", "quoted",
            "quotes", "newspaper", "magazine", "daily", "weekly", "editorial", "columnist", "correspondent", "reporter",
            "reporters", "revealed", "published"));
    /** Words of writing and publishing before "in the" and an outlet ("published in the Lancet", "wrote in the Guardian"). */
    private static final Set<Long> PUBLISHED_IN = NewsCues.hashes(Set.of("published", "appeared", "appears", "appearing",
            "wrote", "writes", "writing", "article", "study", "paper", "editorial", "column", "op-ed", "letter", "essay",
            "commentary", "interview"));
    /** Last words of newspapers' and magazines' titles ("the Baltimore Sun", "the Toronto Star", "the Village Voice"). */
    private static final Set<Long> NEWSPAPER_TITLES = NewsCues.hashes(Set.of("sun", "star", "mirror", "express", "inquirer",
            "dispatch", "sentinel", "enquirer", "chronicle", "observer", "standard", "voice", "weekly", "monthly", "review",
            "magazine", "bulletin", "register", "examiner", "courier", "mail", "globe", "times", "post", "herald", "journal",
            "tribune", "gazette", "daily", "news", "telegraph", "independent", "guardian", "record", "quarterly", "digest",
            "today", "statesman", "advertiser", "argus", "clarion", "democrat", "republican", "leader", "ledger",
            "mercury", "messenger", "monitor", "patriot", "pioneer", "plain", "times-picayune", "beacon", "bee"));
    /** Lower-case words inside a journal's name. */
    private static final Set<Long> JOURNAL_CONNECTORS = NewsCues.hashes(Set.of("of", "for", "and", "the", "&"));
    /** Kinds of the gazetteer a name printed in must not have to be read as a journal: places, peoples, languages. */
    private static final int NOT_A_JOURNAL = PLACE_KINDS | Gazetteer.Kind.TOWN.bit() | Gazetteer.Kind.DEMONYM.bit();

    /**
     * "published in Nature", "a study in Science", "wrote in Foreign Affairs": capitalised words right after a word of
     * writing and publishing and "in", read as a place, another name or nothing, are the journal's name, an
     * organisation, where no list knows them as a place or a people and they stand inside the sentence (not "in
     * London", "in English", "in January"); after "in the", words ending in a newspaper's word, a town among them or not
     * ("wrote in the Baltimore Sun").
     */
    private void publishedIn(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from + 2; i < to; i++) {
            // "wrote in the Baltimore Sun": after "in the", only a title ending in a newspaper's word
            boolean afterThe = t.hash(i - 1) == H_THE && i - 3 >= from && t.isWord(i - 2, "in") && PUBLISHED_IN.contains(t.hash(i - 3));
            if (!afterThe && (!t.isWord(i - 1, "in") || !PUBLISHED_IN.contains(t.hash(i - 2))) || !t.is(i, TextAnalysis.CAPITALIZED)
                    || !t.is(i, TextAnalysis.WORD) || l.type[i] != null && (l.startOf(i) != i || ORG.equals(l.type[i]) || PERSON.equals(l.type[i]))) continue;
            // the capitalised words, and "of", "for", "and", "the" between them ("The Journal of Nutrition")
            int e = i;
            while (e < to && e - i < 6 && t.is(e, TextAnalysis.WORD) && (l.type[e] == null || l.startOf(e) >= i)) {
                if (t.is(e, TextAnalysis.CAPITALIZED)) e++;
                else if (JOURNAL_CONNECTORS.contains(t.hash(e)) && e + 1 < to && t.is(e + 1, TextAnalysis.CAPITALIZED)) e++;
                else break;
            }
            if (l.type[i] != null && l.endOf(i) != e) continue;
            if (afterThe && (e - i < 2 || !NEWSPAPER_TITLES.contains(t.hash(e - 1)))) {
                i = e;
                continue;
            }
            // a town before a newspaper's word is the paper's ("the Baltimore Sun")
            boolean fits = true;
            for (int k = i; k < e && !afterThe && fits; k++) {
                fits = !t.is(k, TextAnalysis.CAPITALIZED) || (d.gaz[k] & (NOT_A_JOURNAL | NOT_A_JOURNAL << 8)) == 0 && !CALENDAR.contains(t.hash(k));
            }
            if (fits) l.set(i, e, ORG);
            i = e;
        }
    }

    /** Lower-case words that may stand inside an organisation's name listed with its article. */
    private static final Set<Long> INNER_CONNECTORS = NewsCues.hashes(Set.of("of", "in", "the", "and", "for", "&"));

    /**
     * "told the Guardian on Monday", "the Telegraph reported", "published in the Lancet": an organisation the gazetteer lists
     * with its article ("The Guardian") is named after a lower-case "the" too, the article left
     * out, where a word of reporting stands before "the" or after the name, its words are
     * capitalised (not all in capitals), and the names already read there lie inside it.
     */
    private void outletsAfterThe(Layer l, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from + 1; i + 1 < to; i++) {
            if (t.first(i) != 't' || t.hash(i) != H_THE || !t.is(i + 1, TextAnalysis.CAPITALIZED) || t.is(i + 1, TextAnalysis.ALL_CAPS)) continue;
            Gazetteer.Match m = gazetteer.longest(t, i, to, Gazetteer.Kind.ORG, true);
            if (m == null || m.end() < i + 2) continue;
            boolean cue = OUTLET_BEFORE.contains(t.hash(i - 1))
                    || t.isWord(i - 1, "to") && i - 2 >= from && t.isWord(i - 2, "according")
                    || t.isWord(i - 1, "in") && i - 2 >= from && PUBLISHED_IN.contains(t.hash(i - 2))
                    || m.end() < to && OUTLET_AFTER.contains(t.hash(m.end()));
            if (!cue) continue;
            boolean fits = true;
            for (int k = i + 1; k < m.end() && fits; k++) {
                fits = !t.is(k, TextAnalysis.WORD) || t.is(k, TextAnalysis.CAPITALIZED) || k > i + 1 && INNER_CONNECTORS.contains(t.hash(k));
                if (fits && l.type[k] != null) fits = l.startOf(k) >= i + 1 && l.endOf(l.startOf(k)) <= m.end();
            }
            if (!fits || m.end() < to && l.type[m.end()] != null && l.startOf(m.end()) < m.end()) continue;
            l.set(i + 1, m.end(), ORG);
            i = m.end() - 1;
        }
    }

    /** A romanised Korean given name of two syllables joined by a hyphen ("Jae-in", "Suk-yeol", "Geun-hye"). */
    private static final java.util.regex.Pattern HYPHENATED_GIVEN = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,6}");

    /** Words after a hyphen that make an English compound, not a given name ("Hong Kong-listed", "Lee-born"). */
    private static final Set<String> ENGLISH_COMPOUND_TAILS = Set.of("born", "led", "run", "made", "style", "like", "wide",
            "era", "long", "old", "based", "owned", "backed", "linked", "friendly", "free", "level", "class", "type", "up");

    /** Whether a hyphenated word is an English compound ("Kong-listed") rather than a given name. */
    private static boolean englishCompound(String word) {
        String tail = word.substring(word.indexOf('-') + 1);
        return tail.endsWith("ed") || ENGLISH_COMPOUND_TAILS.contains(tail);
    }

    /**
     * "Moon Jae-in", "Yoon Suk-yeol": a family name the gazetteer lists (no place's or organisation's first word),
     * capitalised, and a given name of two syllables joined by a hyphen right after it are one person, where the tagger
     * read the family name alone, as a person or not at all, and the given name as no part of another name.
     */
    private static void hyphenatedGivenNames(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i + 1 < to; i++) {
            if ((d.gaz[i] & Gazetteer.Kind.SURNAME.bit()) == 0 || !t.is(i, TextAnalysis.CAPITALIZED) || t.is(i, TextAnalysis.ALL_CAPS)
                    || l.type[i + 1] != null || t.length(i + 1) > 13 || (d.gaz[i] & (PLACE_KINDS | Gazetteer.Kind.ORG.bit())) != 0
                    || !HYPHENATED_GIVEN.matcher(t.token(i + 1)).matches() || englishCompound(t.token(i + 1))) continue;
            if (l.type[i] == null) l.set(i, i + 2, PERSON);
            else if (PERSON.equals(l.type[i]) && l.endOf(l.startOf(i)) == i + 1) l.set(l.startOf(i), i + 2, PERSON);
        }
    }

    private static final long H_POSSESSIVE_CURLY = TextAnalysis.hash("’s"), H_APOSTROPHE = TextAnalysis.hash("'"),
            H_APOSTROPHE_CURLY = TextAnalysis.hash("’");

    /** Whether token {@code i} is a possessive's mark: "'s", or the apostrophe alone after a name ending in "s" ("St. James'"). */
    private static boolean possessiveMark(TextAnalysis t, int i) {
        long h = t.hash(i);
        return h == H_POSSESSIVE || h == H_POSSESSIVE_CURLY || h == H_APOSTROPHE || h == H_APOSTROPHE_CURLY;
    }

    /** Words that open a saint's name ("St Mary", "Saint Paul"). */
    private static final Set<Long> SAINTS = NewsCues.hashes(Set.of("st", "st.", "saint", "sainte", "san", "santa", "são"));

    /**
     * "St Mary's Hospital", "St Paul's Cathedral": a saint's name, a possessive, and capitalised
     * words ending in an organisation's or a structure's word are one name, an organisation's or a
     * place's by that last word.
     */
    private static void possessiveNames(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int s = from; s < to; s++) {
            if (l.type[s] == null || !l.begin[s]) continue;
            int e = l.endOf(s);
            // a saint's name: anyone else's possessive ("Biden's White House") or a place's ("Beijing's Liaison Office") stays apart
            if (e + 1 >= to || !SAINTS.contains(t.hash(s)) || t.hash(e) != H_POSSESSIVE) {
                s = e - 1;
                continue;
            }
            int k = e + 1;
            while (k < to && t.is(k, TextAnalysis.CAPITALIZED) && (l.type[k] == null || l.startOf(k) == e + 1)) k++;
            if (k == e + 1) continue;
            long head = t.hash(k - 1);
            boolean org = (d.cue[k - 1] & NerFeatures.C_ORG_STRONG) != 0 || NewsCues.ORG_WEAK_H.contains(head);
            boolean place = NewsCues.FACILITY_H.contains(head);
            if (org || place) l.set(s, k, place ? LOC : ORG);
            s = Math.max(s, (org || place ? k : e) - 1);
        }
        // the saint left out of the name: "St. Brigid's [Primary School]", "St [John's College]"
        for (int s = from; s < to; s++) {
            if (l.type[s] == null || !l.begin[s]) continue;
            int e = l.endOf(s);
            int start = -1;
            // the saint's name may have been read as a person's of its own ("St. Brigid's": "Brigid"), and its possessive
            // may be the apostrophe alone ("St. James' Mission School")
            if (s >= 3 && SAINTS.contains(t.hash(s - 3)) && t.is(s - 3, TextAnalysis.CAPITALIZED) && t.is(s - 2, TextAnalysis.CAPITALIZED)
                    && possessiveMark(t, s - 1) && l.type[s - 1] == null && (l.type[s - 3] == null && (l.type[s - 2] == null
                    || PERSON.equals(l.type[s - 2]) && l.isName(s - 2, s - 1)) || l.type[s - 3] != null && l.isName(s - 3, s - 1))) {
                start = s - 3;
            } else if (s >= 1 && SAINTS.contains(t.hash(s - 1)) && t.is(s - 1, TextAnalysis.CAPITALIZED) && l.type[s - 1] == null
                    && s + 1 < e && possessiveMark(t, s + 1)) {
                start = s - 1;
            }
            if (start >= 0) {
                long head = t.hash(e - 1);
                boolean org = (d.cue[e - 1] & NerFeatures.C_ORG_STRONG) != 0 || NewsCues.ORG_WEAK_H.contains(head);
                boolean place = NewsCues.FACILITY_H.contains(head);
                if (org || place) l.set(start, e, place ? LOC : ORG);
            }
            s = e - 1;
        }
    }

    /** Head nouns that say a defined name is a place ("X is a village in …"). */
    private static final Set<Long> PLACE_KIND_NOUNS = NewsCues.hashes(Set.of("village", "town", "city", "hamlet",
            "department", "shantytown", "township", "canton", "oblast", "governorate", "emirate", "territory", "state",
            "municipality", "commune", "parish", "suburb", "neighbourhood", "neighborhood", "district", "county",
            "province", "region", "river", "lake", "mountain", "island", "peninsula", "valley", "bay", "creek", "park",
            "country", "capital", "settlement", "locality", "resort", "port", "airport", "stadium", "street", "road",
            "bridge", "castle", "mall", "townland", "borough", "prefecture", "archipelago", "desert"));
    /** Head nouns that say a defined name is an organisation ("X is a Danish chain of hypermarkets"). */
    private static final Set<Long> ORG_KIND_NOUNS = NewsCues.hashes(Set.of("company", "corporation", "firm", "chain",
            "band", "club", "team", "party", "organization", "organisation", "newspaper", "magazine", "airline",
            "bank", "university", "college", "manufacturer", "retailer", "label", "publisher", "agency", "association",
            "foundation", "charity", "union", "network", "broadcaster", "conglomerate", "subsidiary", "supermarket",
            "hypermarket", "brewery", "franchise", "quartet", "trio", "duo", "orchestra", "choir", "militia", "faction",
            "maker", "automaker", "carmaker", "chipmaker", "drugmaker", "group", "startup", "start-up", "lender", "insurer",
            "carrier", "exporter", "distributor", "unit", "affiliate", "alliance", "coalition", "federation", "confederation",
            "league", "movement", "council", "committee", "commission", "ministry", "institute", "society", "cooperative",
            "consortium", "cartel", "gang"));
    /**
     * Head nouns that say a defined name is a person's ("Atwood, a Canadian novelist,"): callings
     * and ranks a company or a place never has (no "producer", "manager", "developer", which name
     * companies too).
     */
    private static final Set<Long> PERSON_KIND_NOUNS = NewsCues.hashes(Set.of("actor", "actress", "singer", "songwriter",
            "singer-songwriter", "writer", "author", "novelist", "poet", "playwright", "screenwriter", "journalist",
            "politician", "lawyer", "painter", "sculptor", "photographer", "composer", "musician", "pianist", "violinist",
            "guitarist", "drummer", "rapper", "footballer", "boxer", "athlete", "cyclist", "swimmer", "sprinter",
            "scientist", "physicist", "chemist", "biologist", "economist", "historian", "philosopher", "mathematician",
            "businessman", "businesswoman", "entrepreneur", "activist", "diplomat", "comedian", "dancer", "architect",
            "inventor", "explorer", "priest", "bishop", "monk", "nun", "rabbi", "imam", "emperor", "king", "queen",
            "prince", "princess", "soldier", "spokesman", "spokeswoman", "lawmaker", "senator", "congressman",
            "congresswoman", "legislator", "philanthropist", "billionaire", "millionaire", "socialite"));
    /** The most words between the article and the head noun of a definition ("a small coastal village"). */
    private static final int DEFINITION_GAP = 4;

    /**
     * An encyclopedia's definition names the kind of what it defines: "Aisby is a village in
     * Lincolnshire", "Bilka is a Danish chain of hypermarkets", "Gigi, an Indonesian band,": the
     * name before "is/was a(n)" or before a comma and "a(n)" (or "the", unless read as a person;
     * a known town may be so defined too), followed by up to four lower-case or
     * capitalised modifiers and a head noun of places, organisations or persons' callings ("Zaha
     * Hadid, the Iraqi-British architect"), takes that head's type (a country stays one, and a listed
     * place is never made a person); so does a word the tagger left unread that opens the sentence
     * before "is/was a(n)" ("CALOI is a major Brazilian manufacturer"). A name after a place's head
     * noun and "of" is a place ("the village of Tougana", "the villages of Lougou and Tougana").
     */
    private static void definitions(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int s = from; s < to; s++) {
            if (l.type[s] == null && (unreadBeforeApposition(l, d, s, to) || s == from && unreadBeforeCopula(l, d, s, to))) {
                // "Lumetra, a software maker,", "CALOI is a Brazilian manufacturer": a capitalised word the model left
                // unread, defined by an apposition or, opening the sentence, by "is/was a(n)"
                String type = definedKind(t, d, s + 2, to);
                if (type != null) {
                    l.set(s, s + 1, type);
                    l.stated.put(wordsHash(t, s, s + 1), type);
                }
                continue;
            }
            if (l.type[s] == null || !l.begin[s]) continue;
            int e = l.endOf(s);
            // "the village of Tougana", "the villages of Lougou and Tougana": a place
            int p = s - 1;
            while (p > from && l.type[p] == null && (t.isWord(p, "and") || t.isWord(p, ","))
                    && p - 1 > from && l.type[p - 1] != null) p = l.startOf(p - 1) - 1;
            // ("the settlement of Russian Jewish immigrants": peoples' words are no place)
            if (p > from && t.isWord(p, "of") && !t.is(p - 1, TextAnalysis.CAPITALIZED) && placeKind(t, p - 1)
                    && !COUNTRY.equals(l.type[s]) && !LOC.equals(l.type[s]) && !peoples(l, d, s)) {
                l.set(s, e, LOC);
                s = e - 1;
                continue;
            }
            int k = e;
            boolean copula = k < to && (t.isWord(k, "is") || t.isWord(k, "was"));
            boolean apposition = k < to && t.isWord(k, ",");
            // "Willemstad, the capital of Curaçao"; but "Faber is the namesake for both the college": a person stays one after "the"
            if ((copula || apposition) && k + 1 < to && (t.isWord(k + 1, "a") || t.isWord(k + 1, "an")
                    || t.hash(k + 1) == H_THE && !PERSON.equals(l.type[s])) && !COUNTRY.equals(l.type[s])) {
                String type = definedKind(t, d, k + 1, to);
                // a listed place stays one whatever the apposition calls it ("Memphis, the king of …")
                if (PERSON.equals(type) && listedPlaceWord(d, s, e)) type = null;
                // "In Valparaíso, the neighbourhood association of …": the comma closes a phrase that opens the sentence;
                // "in southeastern Serbia Friday, a political council … said": a place where something happens keeps its type
                if (apposition && s - 1 == from && (d.cue[s - 1] & NerFeatures.C_LOCATIVE) != 0) type = null;
                if (apposition && (COUNTRY.equals(l.type[s]) || LOC.equals(l.type[s])) && afterLocative(t, s, from)) type = null;
                if (type != null && !type.equals(l.type[s])) l.set(s, e, type);
                if (type != null) l.stated.put(wordsHash(t, s, e), type);
            }
            s = e - 1;
        }
    }

    /**
     * "the Unite union called a strike": a lower-case noun of an organisation's kind after a name is no
     * word of it (the tagger read it inside).
     */
    private static void kindsAfterNames(Layer l, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i < to; i++) {
            if (l.type[i] == null || !l.begin[i]) continue;
            int s = i, e = Math.min(l.endOf(i), to);
            i = e - 1;
            if (e - s >= 2 && ORG.equals(l.type[s]) && !t.is(e - 1, TextAnalysis.CAPITALIZED) && ORG_KIND_NOUNS.contains(t.hash(e - 1))
                    && capitalisedWord(t, e - 2)) {
                l.set(s, e - 1, ORG);
            }
        }
    }

    /** A number with a unit of measure written on to it ("30GB", "2.4GHz", "5000mAh", "12MP", "1080p"). */
    private static final java.util.regex.Pattern QUANTITY = java.util.regex.Pattern.compile(
            "\\d+(?:[.,]\\d+)?(?:[KMGTP]B|[kMG]?Hz|mAh|MP|[kMG]bps|mm|cm|km|kg|mg|lbs?|mph|kph|[kMG]Wh?|fps|p)");

    /**
     * "a 30GB edition", "a 2GB and a 4GB": a name of one token that is a number with its unit of
     * measure is no name (the tagger reads such tokens as companies, "3M" by its shape).
     */
    private static void quantities(Layer l, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i < to; i++) {
            if (l.type[i] == null || !l.begin[i] || l.endOf(i) != i + 1 || !Character.isDigit(t.first(i))) continue;
            if (QUANTITY.matcher(t.token(i)).matches()) l.clear(i, i + 1);
        }
    }

    /** The most tokens between the brackets of a name's gloss, and the most modifiers before the kind's noun. */
    private static final int GLOSS_TOKENS = 8, GLOSS_MODIFIERS = 2;

    /**
     * "the Kifaya ("Enough") group", "the Umma (Nation) party", "the Azadliq (Freedom) opposition
     * coalition": a capitalised name followed by its translation in brackets and a lower-case noun
     * of an organisation's kind is that organisation (a place a list knows whole stays a place).
     */
    private static void glossedNames(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int open = from + 1; open < to; open++) {
            if (!t.isWord(open, "(")) continue;
            int close = open + 1;
            while (close < to && close - open <= GLOSS_TOKENS && !t.isWord(close, ")")) close++;
            if (close >= to || close - open > GLOSS_TOKENS || close == open + 1) continue;
            int k = close + 1, mods = 0;
            while (k < to && mods <= GLOSS_MODIFIERS && t.is(k, TextAnalysis.WORD) && !t.is(k, TextAnalysis.CAPITALIZED)
                    && !ORG_KIND_NOUNS.contains(t.hash(k))) {
                k++;
                mods++;
            }
            if (k >= to || mods > GLOSS_MODIFIERS || !ORG_KIND_NOUNS.contains(t.hash(k)) || t.is(k, TextAnalysis.CAPITALIZED)) continue;
            int e = open, s;
            if (l.type[e - 1] != null) s = l.startOf(e - 1);
            else if (capitalisedWord(t, e - 1) && !t.is(e - 1, TextAnalysis.ALL_CAPS)) s = (d.run[e - 1] & NerFeatures.R_IN) != 0 ? d.runStart[e - 1] : e - 1;
            else continue;
            if (t.hash(s) == H_THE) s++;
            if (s >= e || PERSON.equals(l.type[s]) && (d.gaz[s] & PERSONAL_KINDS) != 0 && e - s > 1) continue;
            if (listedWhole(d, s, e, PLACE_KINDS)) continue;
            // "pro-Iranian Hizbollah": a hyphenated modifier before the name stays out
            while (s < e - 1 && t.is(s, TextAnalysis.HYPHEN) && Character.isLowerCase(t.first(s))) s++;
            if (t.is(s, TextAnalysis.HYPHEN) && Character.isLowerCase(t.first(s))) continue;
            l.set(s, e, ORG);
            open = close;
        }
    }

    /** Whether a locative preposition stands before {@code s}, over lower-case words ("in southeastern Serbia"). */
    private static boolean afterLocative(TextAnalysis t, int s, int from) {
        for (int k = s - 1; k >= from && k >= s - 3; k--) {
            if (NewsCues.LOCATIVE_H.contains(t.hash(k))) return true;
            if (!t.is(k, TextAnalysis.WORD) || t.is(k, TextAnalysis.CAPITALIZED)) return false;
        }
        return false;
    }

    /** Whether the name at {@code s} was read as a people's words, opening with one the gazetteer lists ("Russian Jewish"). */
    private static boolean peoples(Layer l, NerFeatures.Doc d, int s) {
        return MISC.equals(l.type[s]) && (d.gaz[s] & Gazetteer.Kind.DEMONYM.bit()) != 0;
    }

    /**
     * The type the head noun of a definition gives ("a Danish chain of hypermarkets": ORG), the
     * article "a(n)" at {@code article}; null when no head of places or organisations follows
     * within {@link #DEFINITION_GAP} words.
     */
    private static String definedKind(TextAnalysis t, NerFeatures.Doc d, int article, int to) {
        for (int h = article + 1; h < to && h <= article + 1 + DEFINITION_GAP; h++) {
            if (!t.is(h, TextAnalysis.WORD)) return null;
            String type = PLACE_KIND_NOUNS.contains(t.hash(h)) ? LOC : ORG_KIND_NOUNS.contains(t.hash(h)) ? ORG
                    : PERSON_KIND_NOUNS.contains(t.hash(h)) ? PERSON : null;
            // "the school district in Coronado": a district of a service is its body
            if (LOC.equals(type) && t.isWord(h, "district") && h - 1 > article && SERVICE_DISTRICTS.contains(t.hash(h - 1))) type = ORG;
            // the head, not a modifier ("a party official"): what follows it is no word or a function word
            boolean head = h + 1 >= to || !t.is(h + 1, TextAnalysis.WORD) || (d.cue[h + 1] & NerFeatures.C_FUNCTION) != 0
                    || t.isWord(h + 1, "based") || t.isWord(h + 1, "located") || t.isWord(h + 1, "founded")
                    // "a British company making tiles": a participle opening what the head does
                    || !t.is(h + 1, TextAnalysis.CAPITALIZED) && t.lower(h + 1).endsWith("ing") && t.lower(h + 1).length() > 5
                    // "a British rock band formed in Leeds": a participle and a function word opening what was done to it
                    // ("the hockey club reversed its position": a verb before its object is no participle)
                    || !t.is(h + 1, TextAnalysis.CAPITALIZED) && t.lower(h + 1).endsWith("ed") && h + 2 < to
                    && (d.cue[h + 2] & NerFeatures.C_FUNCTION) != 0 && !DETERMINERS.contains(t.hash(h + 2));
            // "the company's founder", "a group of islands": the noun is no head there
            if (h + 1 < to && (t.hash(h + 1) == H_POSSESSIVE || t.hash(h) == H_GROUP && t.hash(h + 1) == H_OF)) head = false;
            // "a chain of limestone peaks", "a chain of islands": a chain of land, not of shops
            if (h + 1 < to && t.isWord(h, "chain") && t.hash(h + 1) == H_OF && landAhead(t, h + 2, to)) head = false;
            if (type != null && !t.is(h, TextAnalysis.CAPITALIZED) && head) return type;
            if (t.isWord(h, "of") || t.isWord(h, "in") || t.isWord(h, "and")) return null;
        }
        return null;
    }

    /** Determiners and possessive pronouns, which open a verb's object ("reversed its position"). */
    private static final Set<Long> DETERMINERS = NewsCues.hashes(Set.of("the", "a", "an", "its", "his", "her", "their",
            "our", "my", "your", "this", "that", "these", "those", "some", "all", "no", "every", "each"));

    /** Words of land and structures a chain may be of ("a chain of peaks", "a chain of forts"). */
    private static final Set<Long> CHAINED_LAND = NewsCues.hashes(Set.of("peaks", "mountains", "hills", "islands", "islets",
            "atolls", "reefs", "lakes", "volcanoes", "fortifications", "forts", "ridges", "dunes", "seamounts", "craters"));

    /** Whether one of the three words from {@code i} is a word of land a chain may be of. */
    private static boolean landAhead(TextAnalysis t, int i, int to) {
        for (int k = i; k < to && k < i + 3; k++) if (CHAINED_LAND.contains(t.hash(k))) return true;
        return false;
    }

    /** Whether a word of tokens {@code [s, e)} is a country, capital, place or town the gazetteer lists. */
    private static boolean listedPlaceWord(NerFeatures.Doc d, int s, int e) {
        for (int k = s; k < e; k++) if ((d.gaz[k] & (PLACE_KINDS | Gazetteer.Kind.TOWN.bit())) != 0) return true;
        return false;
    }

    /** A lone capitalised word no list or common word knows, unread, before a comma and "a(n)" or "the". */
    private static boolean unreadBeforeApposition(Layer l, NerFeatures.Doc d, int s, int to) {
        TextAnalysis t = l.t;
        return s + 2 < to && unknownCapitalised(t, d, s) && !t.is(s, TextAnalysis.ALL_CAPS)
                && t.isWord(s + 1, ",") && (t.isWord(s + 2, "a") || t.isWord(s + 2, "an") || t.hash(s + 2) == H_THE)
                && (s == 0 || !t.is(s - 1, TextAnalysis.CAPITALIZED) || !t.is(s - 1, TextAnalysis.WORD));
    }

    /**
     * Whether token {@code s} is a capitalised word that no list knows but as a town or place, that the training data
     * never prints in lower case, and that is no day or month: a word a definition may name.
     */
    private static boolean unknownCapitalised(TextAnalysis t, NerFeatures.Doc d, int s) {
        return t.is(s, TextAnalysis.WORD) && t.is(s, TextAnalysis.CAPITALIZED)
                && (d.gaz[s] & ~(Gazetteer.Kind.TOWN.bit() | Gazetteer.Kind.PLACE.bit())) == 0 && !d.common.contains(t.hash(s))
                && !CALENDAR.contains(t.hash(s));
    }

    /**
     * Whether token {@code s}, which opens its sentence, is one capitalised word (in capitals too) no
     * list and no lower-case use in the training data knows, before "is" or "was" and "a(n)".
     */
    private static boolean unreadBeforeCopula(Layer l, NerFeatures.Doc d, int s, int to) {
        TextAnalysis t = l.t;
        return s + 3 < to && unknownCapitalised(t, d, s) && (d.cue[s] & NerFeatures.C_FUNCTION) == 0
                && (t.isWord(s + 1, "is") || t.isWord(s + 1, "was")) && (t.isWord(s + 2, "a") || t.isWord(s + 2, "an"));
    }

    /** Whether token {@code i} is a head noun of places, singular or plural ("village", "villages", "cities"). */
    private static boolean placeKind(TextAnalysis t, int i) {
        if (PLACE_KIND_NOUNS.contains(t.hash(i))) return true;
        String w = t.lower(i);
        if (w.endsWith("ies")) return PLACE_KIND_NOUNS.contains(TextAnalysis.hash(w.substring(0, w.length() - 3) + "y"));
        return w.endsWith("s") && PLACE_KIND_NOUNS.contains(TextAnalysis.hash(w.substring(0, w.length() - 1)));
    }

    /** Shortest and longest acronym {@link #theAcronyms} reads. */
    private static final int ACRONYM_MIN = 2, ACRONYM_MAX = 6;

    /**
     * "the CPA said", "blamed the KPU.": an acronym in capitals that no list knows, after "the" and
     * not before a lower-case word it would modify ("the LNG development group"; a function word or
     * a verb of saying may follow), is an organisation's.
     */
    private static void theAcronyms(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from + 1; i < to; i++) {
            if (t.isWord(i - 1, "the") && unknownStandingAcronym(l, d, i, to)) l.set(i, i + 1, ORG);
        }
    }

    /**
     * Whether token {@code i} is an unread acronym in capitals that no list or common word knows,
     * not before a lower-case word it would modify ("the LNG development group"; a function word or
     * a verb of saying may follow).
     */
    private static boolean unknownStandingAcronym(Layer l, NerFeatures.Doc d, int i, int to) {
        TextAnalysis t = l.t;
        if (l.type[i] != null || !t.is(i, TextAnalysis.ALL_CAPS) || !t.is(i, TextAnalysis.WORD)
                || t.length(i) < ACRONYM_MIN || t.length(i) > ACRONYM_MAX || d.gaz[i] != 0 || d.common.contains(t.hash(i))) return false;
        return !(i + 1 < to && t.is(i + 1, TextAnalysis.WORD) && !t.is(i + 1, TextAnalysis.CAPITALIZED)
                && (d.cue[i + 1] & (NerFeatures.C_FUNCTION | NerFeatures.C_AGENT_VERB)) == 0);
    }

    /**
     * "Wong Kwok-hing of FTU", "Leung Kwok-hung of LSD": an acronym in capitals that no list knows,
     * after a person's name and "of", is the organisation the person belongs to.
     */
    private static void personOfAcronym(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from + 2; i < to; i++) {
            if (t.isWord(i - 1, "of") && PERSON.equals(l.type[i - 2]) && l.endOf(i - 2) == i - 1
                    && unknownStandingAcronym(l, d, i, to)) l.set(i, i + 1, ORG);
        }
    }

    /**
     * Verbs of reporting after an acronym that make it a source ("MWEB announced", "THR is reporting");
     * not "said", which a person's initials take as well ("JFK said").
     */
    private static final Set<Long> SOURCE_VERBS = NewsCues.hashes(Set.of("reported", "reports", "announced",
            "announces", "confirmed", "confirms", "stated", "reporting", "saying", "quoted", "quotes"));
    /** Auxiliaries between such an acronym and its verb ("THR is reporting", "CEC has announced"). */
    private static final Set<Long> SOURCE_AUXILIARIES = NewsCues.hashes(Set.of("is", "was", "has", "had", "have", "are", "were"));

    /**
     * "MWEB announced", "THR is reporting", "according to MENA", "told THR": an unread acronym in
     * capitals that no list, common word or role knows, opening a sentence or clause before a verb
     * of reporting, or named as the source after "according to" or "told", is an organisation's
     * (an outlet or body reports and announces; a person's initials rather say).
     */
    private static void acronymSources(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i < to; i++) {
            if (!unknownStandingAcronym(l, d, i, to) || (d.cue[i] & NerFeatures.C_ROLE_HEAD) != 0) continue;
            int v = i + 1;
            if (v < to && SOURCE_AUXILIARIES.contains(t.hash(v))) v++;
            boolean subject = opensClause(t, i, from) && v < to && (SOURCE_VERBS.contains(t.hash(v)) || actingSubject(t, i, to));
            // "told LA Weekly": the acronym opens a longer name
            boolean alone = i + 1 >= to || !capitalisedWord(t, i + 1);
            boolean source = alone && (i - 2 >= from && t.isWord(i - 1, "to") && t.isWord(i - 2, "according")
                    || i - 1 >= from && (t.isWord(i - 1, "told") || t.isWord(i - 1, "tells")));
            if (subject || source) l.set(i, i + 1, ORG);
        }
    }

    /**
     * Whether token {@code i} opens its clause: it opens the sentence (or follows a "The" that does), or
     * follows punctuation, "and" or "but".
     */
    private static boolean opensClause(TextAnalysis t, int i, int from) {
        return i == from || t.is(i - 1, TextAnalysis.PUNCT) || t.isWord(i - 1, "and") || t.isWord(i - 1, "but")
                || i - 1 == from && t.hash(i - 1) == H_THE;
    }

    /**
     * "BCIT has over 1,400 faculty", "NOYB is considering legal action", "The MAAA investigated": after an
     * acronym that opens its clause, a form of "have" before a lower-case word, a form of "be" before a
     * word in "-ing", or a past form in "-ed" makes it the subject of what a body does. A form of "be"
     * before anything else describes a thing as often ("JSON is the data format", "DXA is also used"),
     * and a verb in "-s" may be a plural noun ("the AHAC rules stated").
     */
    private static boolean actingSubject(TextAnalysis t, int i, int to) {
        if (i > 0 && t.start(i) == t.end(i - 1)) return false; // inside a longer word ("STATICFILES_DIRS")
        int k = i + 1;
        if (k >= to || !t.is(k, TextAnalysis.WORD) || t.is(k, TextAnalysis.CAPITALIZED)) return false;
        String w = t.token(k);
        if (t.isWord(k, "has") || t.isWord(k, "have") || t.isWord(k, "had")) {
            return k + 1 < to && t.is(k + 1, TextAnalysis.WORD) && !t.is(k + 1, TextAnalysis.CAPITALIZED);
        }
        if (t.isWord(k, "is") || t.isWord(k, "was") || t.isWord(k, "are") || t.isWord(k, "were")) {
            int j = k + 1;
            while (j < to && (t.isWord(j, "not") || t.isWord(j, "also") || t.isWord(j, "now") || t.isWord(j, "still"))) j++;
            return j < to && t.is(j, TextAnalysis.WORD) && t.length(j) >= 5 && t.token(j).endsWith("ing");
        }
        return w.length() >= 5 && w.endsWith("ed") && !w.endsWith("eed");
    }

    /**
     * Lower-case nouns of a kind of organisation that name it when printed right before its name:
     * {@link #ORG_KIND_NOUNS} and the kinds of news, web and market bodies.
     */
    private static final Set<Long> KIND_BEFORE_NAME = without(union(ORG_KIND_NOUNS, NewsCues.hashes(Set.of("operator",
            "provider", "blog", "tabloid", "daily", "watchdog", "regulator", "giant", "studio", "outlet"))),
            NewsCues.hashes(Set.of("duo", "trio", "quartet")));
    /** The most lower-case modifiers between "a(n)" and the noun of {@link #kindBeforeName} ("a bank ATM"). */
    private static final int KIND_BEFORE_NAME_MODIFIERS = 4;
    /** The most words before the noun of {@link #kindBeforeName} in a phrase that opens the sentence. */
    private static final int OPENING_PHRASE = 4;

    /**
     * "the cybersecurity firm Qualys", "subsea cable operator Seacom", "the record label, Soleilmoon
     * Recordings.": a lower-case noun of a kind of organisation right before a name makes it that
     * organisation, where no lower-case word of its own clause follows the name ("the company Steve
     * Jobs founded" names no company) unless the noun's phrase opens the sentence, and none after
     * "a(n)" ("a bank ATM"). Before a comma the noun needs a modifier of its own and the name a comma
     * or the sentence's end after it ("the ruling party, Smith said" names none), and a person read
     * there whose first word is a known name stays one ("head coach of the men's team, Dwayne
     * Killings"), as does one of two words or more opening with a known given name anywhere
     * ("questioned operator George F. Hauser"). A country keeps its type.
     */
    private static void kindBeforeName(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int h = from; h + 1 < to; h++) {
            if (!KIND_BEFORE_NAME.contains(t.hash(h)) || t.is(h, TextAnalysis.CAPITALIZED) || t.is(h, TextAnalysis.ALL_CAPS)) continue;
            int s = h + 1;
            boolean comma = t.isWord(s, ",");
            if (comma) {
                s++;
                if (h - 1 < from || !t.is(h - 1, TextAnalysis.WORD) || t.is(h - 1, TextAnalysis.CAPITALIZED)
                        || (d.cue[h - 1] & NerFeatures.C_FUNCTION) != 0) continue;
            }
            if (s >= to || !capitalisedWord(t, s) || CALENDAR.contains(t.hash(s)) || t.isWord(s, "I")) continue;
            // "a bank ATM", "a company car": after "a(n)" the noun modifies what follows it
            if (indefiniteBefore(t, d, h, from, KIND_BEFORE_NAME_MODIFIERS)) continue;
            int e;
            if (l.type[s] != null) {
                if (!l.begin[s] || ORG.equals(l.type[s]) || COUNTRY.equals(l.type[s])) continue;
                // "head coach of the men's team, Dwayne Killings", "questioned operator George F. Hauser": a person
                // read with a known name stays one after a comma, and with a known given name opening two words or more
                if (PERSON.equals(l.type[s]) && (comma && (d.gaz[s] & PERSONAL_KINDS) != 0
                        || l.endOf(s) - s >= 2 && (d.gaz[s] & Gazetteer.Kind.GIVEN.bit()) != 0)) continue;
                e = Math.min(l.endOf(s), to);
            } else {
                if ((d.cue[s] & NerFeatures.C_FUNCTION) != 0 || d.common.contains(t.hash(s))) continue;
                e = unreadNameEnd(l, d, s, to);
                // "the charity Fondation Jasmin Roy": a name read after the unread words belongs with them; left as read
                if (e < to && l.type[e] != null && capitalisedWord(t, e)) continue;
            }
            // "Subsea cable operator Seacom started …": where the noun's phrase opens the sentence, its verb may follow
            boolean opening = h - from <= OPENING_PHRASE;
            for (int k = from; k < h && opening; k++) {
                opening = t.is(k, TextAnalysis.WORD) && (t.hash(k) == H_THE || (d.cue[k] & NerFeatures.C_FUNCTION) == 0);
            }
            boolean free = e >= to || !t.is(e, TextAnalysis.WORD) || t.is(e, TextAnalysis.CAPITALIZED) || opening && !comma
                    || t.hash(e) == H_POSSESSIVE || (d.cue[e] & (NerFeatures.C_FUNCTION | NerFeatures.C_AGENT_VERB)) != 0;
            if (comma) free = e >= to || t.isWord(e, ",") || t.isWord(e, ".");
            // "the band Africa 70": the name runs on into its number
            if (e < to && t.is(e, TextAnalysis.NUMBER)) free = false;
            if (free) {
                l.set(s, e, ORG);
                l.stated.put(wordsHash(t, s, e), ORG);
            }
            h = e - 1;
        }
    }

    /**
     * The end of the unread capitalised words from {@code s}, over a capitalised function word between two
     * of them ("the charity Surfers Against Sewage").
     */
    private static int unreadNameEnd(Layer l, NerFeatures.Doc d, int s, int to) {
        TextAnalysis t = l.t;
        int e = s;
        while (e < to && capitalisedWord(t, e) && l.type[e] == null && ((d.cue[e] & NerFeatures.C_FUNCTION) == 0
                || e > s && e + 1 < to && capitalisedWord(t, e + 1) && (d.cue[e + 1] & NerFeatures.C_FUNCTION) == 0)) e++;
        return e;
    }

    /**
     * Whether "a(n)" stands before token {@code h}, at most {@code modifiers} lower-case words that are no function
     * words away ("a small NGO", "a bank ATM").
     */
    private static boolean indefiniteBefore(TextAnalysis t, NerFeatures.Doc d, int h, int from, int modifiers) {
        int a = h - 1;
        while (a > from && h - a <= modifiers && t.is(a, TextAnalysis.WORD) && !t.is(a, TextAnalysis.CAPITALIZED)
                && (d.cue[a] & NerFeatures.C_FUNCTION) == 0) a--;
        return a >= from && (t.isWord(a, "a") || t.isWord(a, "an"));
    }

    /** Verbs that give a thing its name right after the noun of its kind ("a company called Zentrix"). */
    private static final Set<Long> NAMING = NewsCues.hashes(Set.of("called", "named", "dubbed"));
    /** Nouns of organisations that {@link #namedKinds} reads besides {@link #ORG_KIND_NOUNS}. */
    private static final Set<Long> NAMED_ORG_KINDS = union(ORG_KIND_NOUNS, NewsCues.hashes(Set.of("ngo", "nonprofit",
            "non-profit", "outfit", "consultancy", "studio", "website", "site", "blog", "newsletter", "broadcaster",
            "channel", "station", "school", "church", "sect", "cult", "think-tank", "tank", "watchdog", "body")));
    /** The most lower-case modifiers between "a(n)" and the noun of its kind in {@link #namedKinds}. */
    private static final int KIND_MODIFIERS = 3;

    /**
     * "a small NGO called Blue Planet", "a start-up named Nuvia", "a rock band called Silver Harbour",
     * "a group known as Anonymous": the capitalised name that a noun of a kind of organisation after
     * "a(n)" is called is that organisation, however the model read it (a country keeps its type). Only
     * after "a(n)": "the party named Jane Doe as its leader" appoints.
     */
    private static void namedKinds(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int h = from + 1; h + 2 < to; h++) {
            // lower case, but for "an NGO"
            if (!NAMED_ORG_KINDS.contains(t.hash(h)) || (t.is(h, TextAnalysis.CAPITALIZED) || t.is(h, TextAnalysis.ALL_CAPS))
                    && !"NGO".equals(t.token(h))) continue;
            int v = h + 1;
            int s;
            if (NAMING.contains(t.hash(v))) s = v + 1;
            else if (t.isWord(v, "known") && t.isWord(v + 1, "as")) s = v + 2;
            else continue;
            if (s < to && t.hash(s) == H_THE && s + 1 < to) s++;
            if (s >= to || !capitalisedWord(t, s) || (d.cue[s] & NerFeatures.C_FUNCTION) != 0 || t.isWord(s, "I")) continue;
            if (!indefiniteBefore(t, d, h, from, KIND_MODIFIERS)) continue;
            int e;
            if (l.type[s] != null) {
                if (!l.begin[s] || ORG.equals(l.type[s]) || COUNTRY.equals(l.type[s])) continue;
                e = Math.min(l.endOf(s), to);
            } else {
                e = unreadNameEnd(l, d, s, to);
                if (e < to && l.type[e] != null && capitalisedWord(t, e)) e = Math.min(l.endOf(e), to);
            }
            l.set(s, e, ORG);
            l.stated.put(wordsHash(t, s, e), ORG);
            h = e - 1;
        }
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    private static Set<Long> without(Set<Long> a, Set<Long> b) {
        Set<Long> u = new java.util.HashSet<>(a);
        u.removeAll(b);
        return Set.copyOf(u);
    }

    /** Words before "of", "in", "for" or "at" that make the name after them a company's ("shares of Tamlin", "a spokesman for Zelvana"). */
    private static final Set<Long> COMPANY_BEFORE = NewsCues.hashes(Set.of("shares", "stake", "stakes", "shareholders",
            "spokesman", "spokeswoman", "spokesperson", "subsidiary", "analysts", "executives", "ceo", "chairman",
            "chairwoman", "co-founder", "cofounder"));
    /** The pairs of words before such a preposition ("chief executive of Brontex"). */
    private static final Set<Long> COMPANY_BEFORE_HEADS = NewsCues.hashes(Set.of("executive", "officer"));
    /** Words after a name, or after its possessive, that make it a company's ("Krovia's chairman", "Tamlin shares rose"). */
    private static final Set<Long> COMPANY_AFTER = NewsCues.hashes(Set.of("shares", "shareholders", "spokesman",
            "spokeswoman", "spokesperson", "subsidiary", "ceo", "chairman", "chairwoman", "stock"));
    private static final Set<Long> COMPANY_PREPOSITIONS = NewsCues.hashes(Set.of("of", "in", "for", "at"));
    /**
     * Words of a business's results, staff or work before "at" ("sales at Brixa", "workers at Tessoly",
     * "her job at Kraft"); "sales in" is a market.
     */
    private static final Set<Long> COMPANY_BEFORE_AT = NewsCues.hashes(Set.of("sales", "profit", "profits", "earnings",
            "revenue", "revenues", "turnover", "workers", "employees", "staff", "layoffs", "job", "jobs", "worked", "works",
            "working", "employed", "intern", "internship", "career"));
    /** Words of a deal before "of" ("the takeover of Ostrell", "the acquisition of Marbeck"). */
    private static final Set<Long> COMPANY_BEFORE_OF = NewsCues.hashes(Set.of("takeover", "acquisition", "buyout",
            "privatisation", "privatization", "bankruptcy", "shareholder"));
    /** Verbs of buying a business before its name ("Google has acquired Urchin, Zipdash and Picasa"). */
    private static final Set<Long> ACQUIRING = NewsCues.hashes(Set.of("acquired", "acquire", "acquires", "acquiring"));
    /** Words of merging before "with" and a name ("would merge with Delmont"). */
    private static final Set<Long> MERGING = NewsCues.hashes(Set.of("merge", "merged", "merges", "merging", "merger"));
    /** Verbs of valuing before a name and "at" ("investors value Fenwick at $2 billion"). */
    private static final Set<Long> VALUING = NewsCues.hashes(Set.of("value", "values", "valued", "valuing"));
    /** Gazetteer kinds that keep a name from {@link #companyContexts}: places, countries, persons' names. */
    private static final int NOT_COMPANY = Gazetteer.Kind.COUNTRY.bit() | Gazetteer.Kind.PLACE.bit() | Gazetteer.Kind.CAPITAL.bit()
            | Gazetteer.Kind.DEMONYM.bit() | Gazetteer.Kind.GIVEN.bit() | Gazetteer.Kind.SURNAME.bit();

    /**
     * "A spokesman for Zelvana", "the chief executive of Brontex", "Krovia's chairman", "shares of
     * Tamlin", "Tamlin shares rose", "sales at Brixa", "the takeover of Ostrell", "value Fenwick at
     * $2 billion", "has acquired Urchin", "merge with Delmont", "the merger of Halvorsen and Dunmore", "joined
     * Brightwater as a consultant", "he founded Quillon", "the oil company Marathon": a
     * capitalised name that no list knows as a place, country or person's name (or that it knows
     * whole as an organisation as well as a place: "shares of Amazon"), read as a person, a
     * place, another name (MISC, which is not output) or nothing, is an organisation in the words of
     * companies around it. A sentence's first word counts only where the gazetteer lists it whole as an
     * organisation ("Amazon shares fell"; not "Presidential spokesman").
     */
    private void companyContexts(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int s = from; s < to; s++) {
            if (!t.is(s, TextAnalysis.WORD) || !t.is(s, TextAnalysis.CAPITALIZED) || t.is(s, TextAnalysis.ALL_CAPS)) continue;
            if (s > from && t.is(s - 1, TextAnalysis.CAPITALIZED) && t.is(s - 1, TextAnalysis.WORD)) continue;
            int e = s;
            while (e < to && t.is(e, TextAnalysis.WORD) && t.is(e, TextAnalysis.CAPITALIZED) && !t.is(e, TextAnalysis.ALL_CAPS)) e++;
            if (e - s > 3) continue;
            boolean read = l.type[s] != null;
            if (read && (!l.isName(s, e) || !(PERSON.equals(l.type[s]) || LOC.equals(l.type[s]) || MISC.equals(l.type[s])))) continue;
            if (!read && !l.unread(s, e)) continue;
            boolean listed = false;
            for (int k = s; k < e; k++) listed |= (d.gaz[k] & (NOT_COMPANY | NOT_COMPANY << 8)) != 0 || d.common.contains(t.hash(k));
            // "shares of Amazon": a place the gazetteer also lists whole as an organisation, and no country, capital or name
            if (listed && organisationWhole(t, s, e)) {
                listed = false;
                for (int k = s; k < e; k++) listed |= (d.gaz[k] & (NOT_COMPANY & ~Gazetteer.Kind.PLACE.bit())) != 0;
            }
            if (listed) continue;
            // a sentence's first word is capitalised whatever it is ("Presidential spokesman"): only a listed organisation
            if (s == from && !organisationWhole(t, s, e)) continue;
            if (companyCue(t, s, e, from, to)) {
                l.set(s, e, ORG);
                // "acquired Urchin, Zipdash and Picasa": the unread or misread strangers listed after it too
                if (s - 1 >= from && ACQUIRING.contains(t.hash(s - 1))) s = companyList(l, d, e, to) - 1;
            }
        }
    }

    /**
     * The names listed after a company's name that ends at {@code e} (", Zipdash and Picasa"), one
     * capitalised word each that no list knows as a place, country or person's name, read as any
     * single name or nothing, become organisations; returns where the list ends.
     */
    private static int companyList(Layer l, NerFeatures.Doc d, int e, int to) {
        TextAnalysis t = l.t;
        for (int k = nextListMember(t, e, to); k >= 0; k = nextListMember(t, e, to)) {
            if (!t.is(k, TextAnalysis.WORD) || !t.is(k, TextAnalysis.CAPITALIZED) || t.is(k, TextAnalysis.ALL_CAPS)) break;
            if (k + 1 < to && t.is(k + 1, TextAnalysis.CAPITALIZED) && t.is(k + 1, TextAnalysis.WORD)) break;
            if ((d.gaz[k] & (NOT_COMPANY | NOT_COMPANY << 8)) != 0 || d.common.contains(t.hash(k))) break;
            if (l.type[k] != null && !(l.isName(k, k + 1) && (PERSON.equals(l.type[k]) || LOC.equals(l.type[k])
                    || ORG.equals(l.type[k]) || MISC.equals(l.type[k])))) break;
            l.set(k, k + 1, ORG);
            e = k + 1;
        }
        return e;
    }

    /** Verbs of joining an employer ("joined Brightwater as a consultant"). */
    private static final Set<Long> JOINING = NewsCues.hashes(Set.of("joined", "joins", "join", "joining", "rejoined", "rejoins"));
    /** Verbs of founding ("founded Quillon", "to found Marrowby"). */
    private static final Set<Long> FOUNDING = NewsCues.hashes(Set.of("founded", "co-founded", "cofounded", "found", "founding",
            "co-founding", "co-found"));
    /** Words that name a person as the one who founds, before the verb ("he founded", "who co-founded"). */
    private static final Set<Long> PERSONAL_SUBJECTS = NewsCues.hashes(Set.of("he", "she", "i", "we", "who"));
    /** Most words between the person and the verb of founding ("She left her job in 2009 to found"). */
    private static final int FOUNDER_GAP = 8;

    /** Whether a personal pronoun or "who" stands before the verb of founding at {@code v}, in its sentence and close. */
    private static boolean personFounds(TextAnalysis t, int v, int from) {
        for (int k = v - 1; k >= from && k >= v - FOUNDER_GAP; k--) {
            if (PERSONAL_SUBJECTS.contains(t.hash(k))) return true;
            if (t.first(k) == ',' || t.first(k) == ';') return false;
        }
        return false;
    }

    /** Whether "merger of", "merger between" (or "merger of" over a name and "and") opens before {@code s}. */
    private static boolean mergerOf(TextAnalysis t, int s, int from) {
        int p = s - 1;
        // the second name of the pair: back over "and" and the first name
        if (p >= from && t.isWord(p, "and")) {
            p--;
            while (p >= from && t.is(p, TextAnalysis.WORD) && t.is(p, TextAnalysis.CAPITALIZED) && s - p <= 5) p--;
        }
        return p - 1 >= from && (t.isWord(p, "of") || t.isWord(p, "between")) && MERGING.contains(t.hash(p - 1));
    }

    private static boolean companyCue(TextAnalysis t, int s, int e, int from, int to) {
        if (s - 2 >= from && COMPANY_PREPOSITIONS.contains(t.hash(s - 1))) {
            long w = t.hash(s - 2);
            if (COMPANY_BEFORE.contains(w)) return true;
            if (COMPANY_BEFORE_HEADS.contains(w) && s - 3 >= from && t.isWord(s - 3, "chief")) return true;
            if (t.isWord(s - 1, "at") && COMPANY_BEFORE_AT.contains(w)) return true;
            if (t.isWord(s - 1, "of") && COMPANY_BEFORE_OF.contains(w)) return true;
        }
        if (s - 1 >= from && e < to && VALUING.contains(t.hash(s - 1)) && t.isWord(e, "at")) return true;
        if (s - 1 >= from && ACQUIRING.contains(t.hash(s - 1))) return true;
        if (s - 2 >= from && t.isWord(s - 1, "with") && MERGING.contains(t.hash(s - 2))) return true;
        // "the merger of Halvorsen and Dunmore", "the merger between Exxon and Mobil"
        if (mergerOf(t, s, from)) return true;
        // "He joined Brightwater as a consultant": the employer one joins in a post
        if (s - 1 >= from && JOINING.contains(t.hash(s - 1)) && e + 1 < to && t.isWord(e, "as")
                && (t.isWord(e + 1, "a") || t.isWord(e + 1, "an") || t.isWord(e + 1, "its") || t.isWord(e + 1, "chief"))) return true;
        // "He founded Quillon in 2009", "she left to found Marrowby": what a person founds
        // ("found" is also the past of "find": only after "to")
        if (s - 1 >= from && FOUNDING.contains(t.hash(s - 1)) && personFounds(t, s - 1, from)
                && (!t.isWord(s - 1, "found") || s - 2 >= from && t.isWord(s - 2, "to"))) return true;
        // "the satellite imaging company Keyhole", "the chipmaker Sorvent": a kind of business right before a name no
        // list knows, whatever follows it (kindBeforeName reads more kinds and known names, with guards)
        if (s - 1 >= from && ORG_KIND_NOUNS.contains(t.hash(s - 1)) && !t.is(s - 1, TextAnalysis.CAPITALIZED)) return true;
        if (e < to && COMPANY_AFTER.contains(t.hash(e))) return true;
        return e + 1 < to && t.hash(e) == H_POSSESSIVE && (COMPANY_AFTER.contains(t.hash(e + 1))
                || t.isWord(e + 1, "chief") && e + 2 < to && COMPANY_BEFORE_HEADS.contains(t.hash(e + 2)));
    }

    /** Words that close a company's name after a comma ("Enron Broadband Services, Inc."). */
    private static final Set<Long> CORPORATE_SUFFIXES = NewsCues.hashes(Set.of("inc.", "inc", "ltd.", "ltd", "llc",
            "l.l.c.", "corp.", "plc", "s.a.", "ag", "gmbh", "n.v.", "b.v.", "llp", "l.p.", "co."));
    /**
     * Suffixes that end a company's name printed without a comma: {@link #CORPORATE_SUFFIXES} and forms
     * that after a comma may be a region's code ("Adelaide, SA"), so read only at the end of a longer name.
     */
    private static final Set<Long> ENDING_SUFFIXES = NewsCues.hashes(Set.of("inc.", "inc", "ltd.", "ltd", "llc",
            "l.l.c.", "corp.", "corp", "plc", "s.a.", "ag", "gmbh", "n.v.", "b.v.", "llp", "l.p.", "sa", "s.p.a.",
            "nv", "asa", "oyj", "bhd", "pty", "co"));

    /**
     * "CCNG, Inc.", "Constellation Power Source, Inc.": a company's suffix after a comma closes the
     * name before the comma, which is the company's; a suffix alone is no name.
     */
    private static void corporateSuffixes(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int k = from + 2; k < to; k++) {
            if (!CORPORATE_SUFFIXES.contains(t.hash(k)) || !t.is(k, TextAnalysis.CAPITALIZED) && !t.is(k, TextAnalysis.ALL_CAPS)
                    || !t.isWord(k - 1, ",")) continue;
            if (l.type[k - 2] == null) {
                // "Senior Vice President of CCNG, Inc.": the capitalised words the model left out
                if (!capitalisedWord(t, k - 2) || (d.cue[k - 2] & NerFeatures.C_FUNCTION) != 0) continue;
                int s = k - 2;
                while (s - 1 >= from && capitalisedWord(t, s - 1) && l.type[s - 1] == null && (d.cue[s - 1] & NerFeatures.C_ROLE_HEAD) == 0) s--;
                l.set(s, k + 1, ORG);
                continue;
            }
            int s = l.startOf(k - 2);
            if (s < from || COUNTRY.equals(l.type[s]) || l.endOf(s) != k - 1) continue;
            l.set(s, k + 1, ORG);
        }
        // "Harry Winston Diamond Corp.", "Portugal Telecom SGPS SA": a name of two words or more that ends in a
        // company's suffix (no comma) is a company, whatever the model read
        for (int k = from; k < to; k++) {
            if (l.type[k] == null || !l.begin[k] || ORG.equals(l.type[k])) continue;
            int e = l.endOf(k);
            long h = t.hash(e - 1);
            // after one word, only a suffix that is no pair of initials ("O'Keeffe AG" in a list of references)
            int least = CORPORATE_SUFFIXES.contains(h) && !t.isWord(e - 1, "co.") && !t.is(e - 1, TextAnalysis.ALL_CAPS) ? 2 : 3;
            if (e - k >= least && ENDING_SUFFIXES.contains(h) && !t.isWord(e - 2, ",")
                    && (t.is(e - 1, TextAnalysis.CAPITALIZED) || t.is(e - 1, TextAnalysis.ALL_CAPS))) {
                l.set(k, e, ORG);
            }
            k = e - 1;
        }
        // a company's suffix is no name on its own
        for (int k = from; k < to; k++) {
            if (l.type[k] != null && l.begin[k] && l.endOf(k) == k + 1 && CORPORATE_SUFFIXES.contains(t.hash(k))) l.clear(k, k + 1);
        }
    }

    /**
     * "the Oakland Athletics of Major League Baseball", "the Swiss Super League for FC Basel": an organisation read over
     * "of" or "for" whose tail is an organisation the gazetteer lists whole is two, the head before the tail's
     * preposition and the tail, where the head is two capitalised words or more that need no complement and hold no
     * role's word (not "the Department of Homeland Security", "Member of Parliament").
     */
    private static void joinedOrganisations(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int s = from; s < to; s++) {
            if (!ORG.equals(l.type[s]) || !l.begin[s]) continue;
            int e = l.endOf(s);
            for (int k = s + 1; k + 1 < e; k++) {
                boolean of = t.isWord(k, "of");
                if (!of && !t.isWord(k, "for")) continue;
                if (k - s < 2 || !listedOrganisation(d, k + 1, e) || !capitalisedWords(t, s, k)) break;
                if (of && (d.cue[k - 1] & (NerFeatures.C_ORG_STRONG | NerFeatures.C_ORG_WEAK)) != 0) break;
                // "Member of Parliament": a role's words, no organisation
                boolean role = false;
                for (int j = s; j < k; j++) role |= (d.cue[j] & (NerFeatures.C_ROLE_HEAD | NerFeatures.C_ROLE_MOD)) != 0;
                if (role) break;
                l.clear(s, e);
                l.set(s, k, ORG);
                l.set(k + 1, e, ORG);
                break;
            }
            s = e - 1;
        }
    }

    /** Whether tokens {@code [s, e)} are all capitalised words. */
    private static boolean capitalisedWords(TextAnalysis t, int s, int e) {
        for (int k = s; k < e; k++) if (!t.is(k, TextAnalysis.WORD) || !t.is(k, TextAnalysis.CAPITALIZED)) return false;
        return e > s;
    }

    /** Fewest members of a list that {@link #organisationLists} reads. */
    private static final int LIST_MIN = 3;

    /**
     * "Microsoft, Google and Amazon", "Arsenal, Everton and Liverpool": in a list of three or more
     * names joined by commas and "and" or "or" whose members are all organisations but one, that
     * one, when it is one word read as a known town or region (not a country or capital) or as a
     * person no list of names knows, is an organisation too.
     */
    private void organisationLists(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        List<int[]> chain = new ArrayList<>();
        int i = from;
        while (i <= to) {
            int s = i < to && l.type[i] != null && l.begin[i] ? i : -1;
            if (s < 0 && i < to) {
                i++;
                continue;
            }
            int e = s < 0 ? to : l.endOf(s);
            boolean joined = s >= 0 && !chain.isEmpty() && listGap(t, chain.get(chain.size() - 1)[1], s);
            if (!joined) {
                harmoniseList(l, d, chain);
                chain.clear();
            }
            if (s < 0) break;
            chain.add(new int[] {s, e});
            i = e;
        }
    }

    /** Whether only commas, "and", "or", "&" and "the" stand between tokens {@code a} and {@code b}. */
    private static boolean listGap(TextAnalysis t, int a, int b) {
        return listGap(t, a, b, true);
    }

    /**
     * Whether one to three commas, "and", "or", "&" (and "the", where {@code the}) stand between
     * tokens {@code a} and {@code b}: the gap between two members of a list.
     */
    static boolean listGap(TextAnalysis t, int a, int b, boolean the) {
        if (b <= a || b - a > 3) return false;
        for (int k = a; k < b; k++) {
            if (!t.isWord(k, ",") && !t.isWord(k, "and") && !t.isWord(k, "or")
                    && !t.isWord(k, "&") && !(the && t.isWord(k, "the"))) return false;
        }
        return true;
    }

    /**
     * Organisations first (see {@link #organisationLists}), then places: "Mosul, Baiji and Tuz", a list
     * whose members are all places but one, that one word read as a person or an organisation no
     * list of names knows, is a place too; so is, in a pair with a place, one word read as a person
     * no list of names knows ("Zwickau and Emden"); in a pair with an organisation, one word read as
     * a place that the gazetteer also lists whole as an organisation is that organisation ("Google
     * and Amazon").
     */
    private void harmoniseList(Layer l, NerFeatures.Doc d, List<int[]> chain) {
        if (chain.size() == 2) {
            // "Zwickau and Emden": a pair of a place and one word read as a person no list of names knows
            int[] odd = loneStranger(chain, n -> LOC.equals(l.type[n[0]]) || COUNTRY.equals(l.type[n[0]]),
                    n -> PERSON.equals(l.type[n[0]]) && (d.gaz[n[0]] & PERSONAL_KINDS) == 0);
            if (odd != null) l.set(odd[0], odd[1], LOC);
            // "Google and Amazon": a pair of an organisation and one word read as a place that the gazetteer lists
            // whole as an organisation too
            odd = loneStranger(chain, n -> ORG.equals(l.type[n[0]]), n -> LOC.equals(l.type[n[0]])
                    && (d.gaz[n[0]] & Gazetteer.Kind.ORG.bit()) != 0 && organisationWhole(l.t, n[0], n[1]));
            if (odd != null) l.set(odd[0], odd[1], ORG);
        }
        if (chain.size() < LIST_MIN) return;
        int[] odd = loneStranger(chain, n -> LOC.equals(l.type[n[0]]) || COUNTRY.equals(l.type[n[0]]), n -> {
            String type = l.type[n[0]];
            return PERSON.equals(type) && (d.gaz[n[0]] & PERSONAL_KINDS) == 0
                    || ORG.equals(type) && (d.gaz[n[0]] & Gazetteer.Kind.ORG.bit()) == 0;
        });
        if (odd != null) l.set(odd[0], odd[1], LOC);
        odd = loneStranger(chain, n -> ORG.equals(l.type[n[0]]), n -> {
            String type = l.type[n[0]];
            boolean town = LOC.equals(type) && (d.gaz[n[0]] & (Gazetteer.Kind.COUNTRY.bit() | Gazetteer.Kind.CAPITAL.bit())) == 0;
            return town || PERSON.equals(type) && (d.gaz[n[0]] & PERSONAL_KINDS) == 0;
        });
        if (odd != null) l.set(odd[0], odd[1], ORG);
    }

    /**
     * The one member of a list that is not {@code member}, when it is one word and {@code stranger};
     * null when every member is, or more than one is not, or that one may not be retyped.
     */
    private static int[] loneStranger(List<int[]> chain, java.util.function.Predicate<int[]> member,
                                      java.util.function.Predicate<int[]> stranger) {
        int[] odd = null;
        for (int[] n : chain) {
            if (member.test(n)) continue;
            if (odd != null || n[1] - n[0] != 1 || !stranger.test(n)) return null;
            odd = n;
        }
        return odd;
    }

    private static boolean capitalisedWord(TextAnalysis t, int k) {
        return t.is(k, TextAnalysis.WORD) && (t.is(k, TextAnalysis.CAPITALIZED) || t.is(k, TextAnalysis.ALL_CAPS));
    }

    private static boolean allCapitalised(TextAnalysis t, int s, int e) {
        for (int k = s; k < e; k++) if (!t.is(k, TextAnalysis.CAPITALIZED) && !t.is(k, TextAnalysis.ALL_CAPS)) return false;
        return true;
    }

    private static boolean hasCue(NerFeatures.Doc d, int s, int e, int cues) {
        for (int k = s; k < e; k++) if ((d.cue[k] & cues) != 0) return true;
        return false;
    }

    // ---------------------------------------------------------------- 4. gazetteer types

    /**
     * Known countries (all their names) become COUNTRY wherever they stand alone; a model name that
     * is exactly a known place becomes LOC, exactly a known organisation ORG. Unlabelled known
     * names are added when they cannot be ordinary words: several words, or printed in capitals.
     */
    private void gazetteerTypes(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i < to; i++) {
            if (d.gaz[i] == 0 || (d.gaz[i] & 0xFF) == 0) continue;
            Gazetteer.Match m = gazetteer.longest(t, i, to, null);
            if (m == null) continue;
            // "the US army": a capitalised name does not go on into a lower-case common word
            int lower = lowerTail(t, d, m.start(), m.end());
            if (lower < m.end()) m = gazetteer.longest(t, i, lower, null);
            if (m == null) continue;
            int s = m.start(), e = m.end();
            // "The Washington Post": the article stays outside an organisation's name, as the model reads it; a
            // title listed with its article and printed so before what a body does is the organisation whole ("The
            // Economist called it", "The Hindu reported", where the word alone is a calling or a faith)
            boolean titled = false;
            if (m.kind() == Gazetteer.Kind.ORG && e - s >= 2 && t.hash(s) == H_THE) {
                titled = t.first(s) == 'T' && e < to && outletActs(t, e);
                s++;
            }
            String cur = l.type[s];
            boolean exact = cur != null && l.isName(s, e);
            boolean inside = cur != null && !exact && l.startOf(s) <= s && l.endOf(s) >= e && (l.endOf(s) - l.startOf(s)) > e - s;
            boolean unlabelled = l.unread(s, e);
            boolean sure = e - s >= 2 || t.is(s, TextAnalysis.ALL_CAPS) || t.is(s, TextAnalysis.PERIOD) || titled;
            // one capitalised word that is no common word (the training data never prints it in lower case, nor does the article)
            boolean proper = e - s == 1 && t.is(s, TextAnalysis.CAPITALIZED) && !d.common.contains(t.hash(s))
                    && !d.lowerSeen.contains(t.hash(s)) && (d.cue[s] & NerFeatures.C_FUNCTION) == 0;
            boolean covers = !exact && !unlabelled && covers(l, s, e);
            switch (m.kind()) {
                case COUNTRY -> {
                    if (covers) l.set(s, e, COUNTRY);
                    else if (exact || unlabelled && (sure || !NerFeatures.sentenceInitial(t, s) || !d.lowerSeen.contains(t.hash(s)))) {
                        if (!inside) l.set(s, e, COUNTRY);
                    } else if (!inside && cur != null && !PERSON.equals(cur)) {
                        // the model's name overlaps the country's words: the country wins when the name was a place
                        if (LOC.equals(cur) || MISC.equals(cur)) l.set(s, e, COUNTRY);
                    }
                }
                case PLACE, CAPITAL -> {
                    boolean personal = (d.gaz[s] & PERSONAL_KINDS) != 0;
                    // "The Palace Museum said", "Amazon said", "Scotland Yard said": a place the gazetteer also lists as an
                    // organisation, speaking, is that organisation, however the model read it; so where it acts with no
                    // article before it ("Amazon opened a warehouse"; "the Amazon flooded" is the river, "Amazon fires destroyed"
                    // a forest: a verb right after the word read as acting makes that word a noun)
                    boolean institution = (exact && (ORG.equals(cur) || LOC.equals(cur)) || unlabelled && (sure || proper))
                            && (d.gaz[s] & Gazetteer.Kind.ORG.bit()) != 0
                            && organisationWhole(t, s, e) && (speaksNoNoun(t, e)
                            || (s == from || t.hash(s - 1) != H_THE) && e < to && acts(t, e, to) && !acts(t, e + 1, to));
                    // "The Mariinsky Theatre staged the ballet": a listed facility of an institution that acts
                    institution |= (exact || unlabelled) && institutionActs(t, s, e);
                    // "The exhibition was funded by the British Museum", "backed by Amazon": the agent of a passive acts
                    institution |= exact && (ORG.equals(cur) || LOC.equals(cur)) && (d.gaz[s] & Gazetteer.Kind.ORG.bit()) != 0
                            && organisationWhole(t, s, e) && passiveAgentActs(t, s);
                    // "Los Alamos National Laboratory", "the United States Naval Academy": a name read as an organisation and
                    // listed as both that ends in an organisation's word that is no facility's stays one
                    institution |= exact && ORG.equals(cur) && (d.gaz[s] & Gazetteer.Kind.ORG.bit()) != 0 && organisationWhole(t, s, e)
                            && (d.cue[e - 1] & NerFeatures.C_ORG_STRONG) != 0 && !NewsCues.FACILITY_H.contains(t.hash(e - 1));
                    if (institution) {
                        if (!ORG.equals(cur)) l.set(s, e, ORG);
                    } else if (exact && !LOC.equals(cur) && !(PERSON.equals(cur) && personal)) l.set(s, e, LOC);
                    else if ((unlabelled || covers) && (sure || PROPER_PLACES && proper && !personal) && !t.is(s, TextAnalysis.ALL_CAPS)) l.set(s, e, LOC);
                }
                case ORG -> {
                    // "in the November 17 municipal elections": a listed name that reads as a day is one, but for "the"
                    // before it and a word of its kind or a verb after it ("the November 17 group", "… claimed")
                    if (dayShaped(t, s, e) && !(s > from && t.hash(s - 1) == H_THE && e < to
                            && (ORG_KIND_NOUNS.contains(t.hash(e)) || acts(t, e, to)))) {
                        i = e - 1;
                        continue;
                    }
                    if (exact && !ORG.equals(cur)) l.set(s, e, ORG);
                    else if ((unlabelled || covers) && (sure || PROPER_ORGS && proper)) l.set(s, e, ORG);
                    // "Friends of the Earth said": a listed organisation of three words or more holds the person read inside it
                    else if (!exact && !unlabelled && e - s >= 3 && within(l, s, e, true)) l.set(s, e, ORG);
                }
                case DEMONYM -> {
                    // "North Korean leader": a demonym is no name of its own (MISC at most)
                    if (exact) l.clear(s, e);
                }
                default -> {
                }
            }
            i = e - 1;
        }
    }

    /** Whether {@code [s, e)} is a month and a day's number, either way round ("November 17", "17 November"). */
    private static boolean dayShaped(TextAnalysis t, int s, int e) {
        if (e - s != 2) return false;
        int month = CALENDAR.contains(t.hash(s)) ? s : CALENDAR.contains(t.hash(s + 1)) ? s + 1 : -1;
        int day = month == s ? s + 1 : s;
        return month >= 0 && t.is(day, TextAnalysis.NUMBER) && t.length(day) <= 2;
    }

    /** Verbs of an outlet or a body after its title ("The Economist called", "The Hindu reported"). */
    private static final Set<Long> OUTLET_VERBS = NewsCues.hashes(Set.of("reported", "reports", "said", "says", "called",
            "calls", "published", "publishes", "wrote", "writes", "quoted", "quotes", "cited", "cites", "added",
            "noted", "revealed", "reveals", "has", "had", "is", "was", "will", "would", "described", "describes"));

    /** Whether token {@code k} is one of {@link #OUTLET_VERBS} or a possessive, right after an outlet's title. */
    private static boolean outletActs(TextAnalysis t, int k) {
        return OUTLET_VERBS.contains(t.hash(k)) || t.hash(k) == H_POSSESSIVE;
    }

    /** Whether the gazetteer lists tokens {@code [s, e)} whole as an organisation. */
    private boolean organisationWhole(TextAnalysis t, int s, int e) {
        return listedExactly(t, s, e, Gazetteer.Kind.ORG);
    }

    /** Whether the gazetteer lists tokens {@code [s, e)} whole, as {@code kind} (any kind where null), as printed. */
    private boolean listedExactly(TextAnalysis t, int s, int e, Gazetteer.Kind kind) {
        Gazetteer.Match m = gazetteer.longest(t, s, e, kind);
        return m != null && m.start() == s && m.end() == e;
    }

    /**
     * "i am from mexico traveling to san francisco": in a sentence printed all in lower case, the
     * words of a known country or place right after "in", "from", "to" and the like are that
     * country or place, unless they are one word the training data prints in lower case or a
     * given or family name ("ate turkey off the good china" names no place).
     */
    private void lowerCasePlaces(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        int words = 0;
        for (int k = from; k < to; k++) {
            if (!t.is(k, TextAnalysis.WORD)) continue;
            words++;
            if (k > from && (t.is(k, TextAnalysis.CAPITALIZED) || t.is(k, TextAnalysis.ALL_CAPS)) && !t.isWord(k, "i")) return;
        }
        if (words < LOWER_SENTENCE_MIN) return;
        for (int i = from + 1; i < to; i++) {
            if (l.type[i] != null || !t.is(i, TextAnalysis.WORD) || t.is(i, TextAnalysis.CAPITALIZED)) continue;
            // after "in", "from", "to" and the like only: "ate turkey off the good china" names no place
            long before = t.hash(i - 1);
            if (!NewsCues.LOCATIVE_H.contains(before) && before != H_FROM && before != H_TO) continue;
            Gazetteer.Match m = gazetteer.longest(t, i, to, null, true);
            if (m == null) continue;
            Gazetteer.Kind k = m.kind();
            if (k != Gazetteer.Kind.COUNTRY && k != Gazetteer.Kind.PLACE && k != Gazetteer.Kind.CAPITAL) continue;
            if (m.end() - m.start() == 1 && (d.common.contains(t.hash(i))
                    || gazetteer.longest(t, i, i + 1, Gazetteer.Kind.GIVEN, true) != null
                    || gazetteer.longest(t, i, i + 1, Gazetteer.Kind.SURNAME, true) != null)) continue;
            if (!l.unread(m.start(), m.end())) continue;
            l.set(m.start(), m.end(), k == Gazetteer.Kind.COUNTRY ? COUNTRY : LOC);
            i = m.end() - 1;
        }
    }

    /**
     * "eBay bought Skype", "a deal with easyJet", "the German agency dpa": an organisation the lists print with a
     * lower-case first letter, printed exactly so and left unread (the tagger reads capitalised words), is that
     * organisation (the gazetteer matches such a name only as printed).
     */
    private void lowerCaseListedOrganisations(Layer l, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i < to; i++) {
            if (l.type[i] != null || !t.is(i, TextAnalysis.WORD) || t.length(i) < 2 || !Character.isLowerCase(t.first(i))) continue;
            Gazetteer.Match m = gazetteer.longest(t, i, to, Gazetteer.Kind.ORG);
            if (m == null || m.start() != i) continue;
            if (!l.unread(m.start(), m.end())) continue;
            l.set(m.start(), m.end(), ORG);
            i = m.end() - 1;
        }
    }

    /** Words that join two organisations' names in one reading ("Ipsos for Reuters", "Gallup and Pew"). */
    private static final Set<Long> PAIRING = NewsCues.hashes(Set.of("for", "and", "&", "with", "or"));

    /**
     * "The poll was conducted by Ipsos for Reuters": an organisation read over a joining word, where the lists know the
     * words on either side of it each whole as an organisation and not the whole, is two organisations.
     */
    private static void listedPairs(Layer l, NerFeatures.Doc d, int from, int to) {
        int org = Gazetteer.Kind.ORG.bit();
        for (int s = from; s < to; s++) {
            if (!ORG.equals(l.type[s]) || !l.begin[s]) continue;
            int e = Math.min(l.endOf(s), to);
            if (e - s >= 3 && !listedWhole(d, s, e, org)) {
                for (int k = s + 1; k < e - 1; k++) {
                    if (!PAIRING.contains(l.t.hash(k)) || !listedWhole(d, s, k, org) || !listedWhole(d, k + 1, e, org)) continue;
                    l.clear(s, e);
                    l.set(s, k, ORG);
                    l.set(k + 1, e, ORG);
                    break;
                }
            }
            s = e - 1;
        }
    }

    /** Fewest words of a listed organisation that {@link #listedWholes} joins ("Al-Qaeda in the Arabian Peninsula"). */
    private static final int LISTED_WHOLE_MIN = 3;

    /**
     * "Al-Qaeda in the Arabian Peninsula", "the United Nations Mission in South Sudan", "Washington University in St.
     * Louis": an organisation the lists know whole, read as an organisation at its start and cut into names that all lie
     * inside it, is the one organisation, as UNER and wikigold mark it (GUM marks the town of "University of North
     * Carolina at Chapel Hill" apart). Lower-case words alone after the name read are its kind ("Yonhap news agency",
     * "the Unison union") and stay cut off, as {@link #kindsAfterNames} cuts them; capitalised words after it are no
     * kind ("Children in Need"). So is a listed organisation whose capitalised first words the tagger left unread
     * before the organisation it read at the end ("the National Right to Life Committee").
     */
    private void listedWholes(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int s = from; s < to; s++) {
            boolean read = ORG.equals(l.type[s]) && l.begin[s];
            // "National Right to Life Committee", "Medicines and Healthcare products Regulatory Agency": the tagger read
            // only the end, an organisation, and left the capitalised words before it unread
            // (an article before the name stays outside it, as the tagger leaves it: "The Salvation Army said")
            boolean unreadStart = l.type[s] == null && t.is(s, TextAnalysis.WORD) && t.is(s, TextAnalysis.CAPITALIZED)
                    && t.hash(s) != H_THE;
            if (!read && !unreadStart) continue;
            Gazetteer.Match m = gazetteer.longest(t, s, to, Gazetteer.Kind.ORG);
            if (m == null || m.start() != s || m.end() - s < LISTED_WHOLE_MIN || read && l.endOf(s) >= m.end()) continue;
            int e = m.end();
            if (l.type[e - 1] != null && l.endOf(e - 1) > e) continue;
            if (unreadStart && !(ORG.equals(l.type[e - 1]) && onlyOrganisationsOrUnread(l, s, e))) continue;
            // another name read inside, a mark ("Lenta.ru") or a capitalised word ("Children in Need"): lower-case words
            // alone after the name are its kind
            boolean cut = unreadStart;
            for (int k = read ? l.endOf(s) : s; k < e && !cut; k++) {
                cut = l.type[k] != null || !t.is(k, TextAnalysis.WORD) || t.is(k, TextAnalysis.CAPITALIZED);
            }
            if (!cut) continue;
            l.clear(s, e);
            l.set(s, e, ORG);
            s = e - 1;
        }
    }

    /** Whether every name read in tokens {@code [s, e)} is an organisation. */
    private static boolean onlyOrganisationsOrUnread(Layer l, int s, int e) {
        for (int k = s; k < e; k++) if (l.type[k] != null && !ORG.equals(l.type[k])) return false;
        return true;
    }

    /** Fewest words a sentence needs for {@link #lowerCasePlaces} to read it as printed in lower case. */
    private static final int LOWER_SENTENCE_MIN = 4;

    /**
     * The first lower-case word after a capitalised first word of {@code [s, e)} (connectors and
     * "the" aside), or {@code e} when there is none or the first word is in lower case too.
     */
    private static int lowerTail(TextAnalysis t, NerFeatures.Doc d, int s, int e) {
        if (!t.is(s, TextAnalysis.CAPITALIZED) && !t.is(s, TextAnalysis.ALL_CAPS)) return e;
        for (int k = s + 1; k < e; k++) {
            int f = t.flags(k);
            if ((f & TextAnalysis.WORD) == 0 || (d.cue[k] & NerFeatures.C_CONNECTOR) != 0 || t.hash(k) == H_THE) continue;
            if ((f & (TextAnalysis.CAPITALIZED | TextAnalysis.ALL_CAPS | TextAnalysis.MIXED_CASE)) == 0
                    && Character.isLetter(t.first(k))) return k;
        }
        return e;
    }

    /**
     * "Toronto Blue Jays", "Los Angeles Times", "Maine Central Railroad", "US National Hurricane
     * Center": a known place or country that opens a capitalised run of plain capitalised words (no
     * connector, no other place, no personal name, no title or role, no day or month, not ending in
     * a word of places and structures or of events) names the organisation the whole run names,
     * when the words after the place hold an organisation word or the model read some of them as
     * an organisation, or are one plural that names a side ({@link #sidePlural}) in an English sentence.
     */
    private void placeLedOrganisations(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        int i = from;
        while (i < to) {
            if ((d.run[i] & NerFeatures.R_BEGIN) == 0) {
                i++;
                continue;
            }
            int runEnd = i + d.runLength[i];
            int s = i;
            i = runEnd;
            if ((d.run[s] & NerFeatures.R_CONTAINS_CONNECTOR) != 0) continue;
            // a function word opening the run is left out, unless a known name opens with it ("New York")
            while (s < runEnd && (d.cue[s] & NerFeatures.C_FUNCTION) != 0 && gazetteer.longest(t, s, runEnd, null) == null) s++;
            if (runEnd - s < 2 || (d.gaz[s] & PLACE_KINDS) == 0) continue;
            Gazetteer.Match m = gazetteer.longest(t, s, runEnd, null);
            if (m == null || m.start() != s || (m.kind().bit() & PLACE_KINDS) == 0 || m.end() >= runEnd) continue;
            if (!placeLedTail(l, d, m.end(), runEnd)) continue;
            boolean orgWord = false;
            for (int k = m.end(); k < runEnd; k++) {
                orgWord |= (d.cue[k] & (NerFeatures.C_ORG_STRONG | NerFeatures.C_ORG_WEAK)) != 0 || ORG.equals(l.type[k]);
            }
            if (!orgWord && (m.kind() == Gazetteer.Kind.COUNTRY || !sidePlural(t, m.end(), runEnd) || !english(t, from, to))) continue;
            if (PERSON.equals(l.type[s]) && l.endOf(s) >= runEnd) continue;
            l.set(s, runEnd, ORG);
        }
    }

    /** Plurals of land, water and building that end places' names ("Palm Springs", "Shaker Heights", "Canary Wharf"). */
    private static final Set<Long> PLACE_PLURALS = NewsCues.hashes(Set.of("springs", "heights", "gardens", "woods", "keys",
            "sands", "plains", "fields", "oaks", "wells", "forks", "mills", "estates", "acres", "towers", "docks", "beaches",
            "pines", "meadows", "shores", "cliffs", "flats", "narrows", "banks", "downs", "glens", "parks", "lakes", "rapids",
            "isles", "villages", "commons", "crossings", "harbors", "harbours", "landings", "bluffs", "groves", "hollows",
            "lanes", "rocks", "ridges", "dunes", "cays", "bridges", "gates", "ponds", "creeks", "cross", "roads"));
    /** Plurals of laws, talks and events after a place, no side ("the Nuremberg Laws", "the Geneva Talks"). */
    private static final Set<Long> EVENT_PLURALS = NewsCues.hashes(Set.of("laws", "acts", "accords", "agreements", "talks",
            "trials", "riots", "protests", "hearings", "papers", "files", "diaries", "awards", "conventions", "principles",
            "rules", "rounds", "games", "olympics", "paralympics", "championships", "finals", "series", "killings",
            "bombings", "attacks", "murders", "floods", "fires", "elections", "negotiations", "declarations"));

    /**
     * Whether the one word {@code [s, e)} after a place is a plural that names a side ("the St. Louis Eagles",
     * "the Bowling Green Falcons"): capitalised, not in capitals, no word of land, water or building, nor of laws
     * or events.
     */
    private static boolean sidePlural(TextAnalysis t, int s, int e) {
        if (e - s != 1 || t.is(s, TextAnalysis.ALL_CAPS) || t.length(s) < 4) return false;
        String w = t.lower(s);
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !PLACE_PLURALS.contains(t.hash(s)) && !FEATURE_HEADS.contains(t.hash(s)) && !EVENT_PLURALS.contains(t.hash(s));
    }

    /** English words that other languages printing capitalised nouns (German's "Bergen", "Bims") hardly have. */
    private static final Set<Long> ENGLISH_MARKS = NewsCues.hashes(Set.of("the", "of", "and", "to", "is", "was", "with", "for"));

    /** Whether tokens {@code [from, to)} hold a word of {@link #ENGLISH_MARKS}. */
    private static boolean english(TextAnalysis t, int from, int to) {
        for (int k = from; k < to; k++) if (ENGLISH_MARKS.contains(t.hash(k))) return true;
        return false;
    }

    /** The words {@code [s, e)} after a place may end an organisation's name (see {@link #placeLedOrganisations}). */
    private static boolean placeLedTail(Layer l, NerFeatures.Doc d, int s, int e) {
        TextAnalysis t = l.t;
        int known = PLACE_KINDS | Gazetteer.Kind.DEMONYM.bit() | PERSONAL_KINDS;
        for (int k = s; k < e; k++) {
            if (!t.is(k, TextAnalysis.WORD) || !t.is(k, TextAnalysis.CAPITALIZED) && !t.is(k, TextAnalysis.MIXED_CASE)) return false;
            if ((d.gaz[k] & (known | known << 8)) != 0 && (d.cue[k] & NerFeatures.C_ORG_STRONG) == 0) return false;
            if ((d.cue[k] & (NerFeatures.C_ROLE_HEAD | NerFeatures.C_PERSON_PREFIX | NerFeatures.C_FUNCTION)) != 0
                    && (d.cue[k] & NerFeatures.C_ORG_STRONG) == 0) return false;
            if (CALENDAR.contains(t.hash(k)) || PERSON.equals(l.type[k])) return false;
        }
        return !NewsCues.FACILITY_H.contains(t.hash(e - 1)) && !EVENT_HEADS.contains(t.hash(e - 1));
    }

    /** Words that end the name of an event, not of an organisation ("Iraq War", "Beijing Olympics"). */
    private static final Set<Long> EVENT_HEADS = NewsCues.hashes(Set.of("war", "wars", "games", "olympics", "cup",
            "championship", "championships", "open", "crisis", "revolution", "uprising", "massacre", "summit",
            "conference", "festival", "marathon", "grand", "prix", "derby", "tournament", "election", "elections",
            "referendum", "treaty", "accord", "accords", "agreement", "declaration", "act", "doctrine", "plan", "license",
            "licence", "licenses", "licences", "campaign", "symposium", "plebiscite", "plebiscites", "expedition",
            "invasion", "offensive", "riots", "classic", "expo", "exhibition", "jubilee", "carnival",
            "parade", "bowl", "trophy", "scandal", "show", "series", "depression", "recession", "famine", "pandemic",
            "epidemic", "dynasty", "era", "conventions", "protocol", "protocols", "charter", "amendment", "amendments",
            "constitution", "telescope", "telescopes", "spacecraft", "satellite", "rover", "orbiter", "lander", "index",
            "average", "composite"));

    /** Whether a lone capitalised word that no common word matches is given its gazetteer type (see {@link #gazetteerTypes}). */
    private static final boolean PROPER_PLACES = true, PROPER_ORGS = true;

    /** Whether every name the layer holds on {@code [s, e)} lies inside it, and (unless {@code persons}) none is a person's. */
    private static boolean within(Layer l, int s, int e, boolean persons) {
        for (int k = s; k < e; k++) {
            if (l.type[k] == null) continue;
            if (!persons && PERSON.equals(l.type[k]) || l.startOf(k) < s || l.endOf(k) > e) return false;
        }
        return true;
    }

    /** Whether the names on {@code [s, e)} lie inside it and none is a person's: a listed name may take them over. */
    private static boolean covers(Layer l, int s, int e) {
        return within(l, s, e, false);
    }

    // ---------------------------------------------------------------- 5. speakers

    /**
     * "Kelby Houston scored twice": two capitalised words read as a place, the first known to no
     * list and no common word, the second a town on its own (no longer place holds both), that do
     * something (a verb of acting or saying, or a past form, follows; no locative word or "of"
     * comes before) are a person whose family name is also a town's.
     */
    private static void givenNameBeforeTown(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int s = from; s + 2 < to; s++) {
            if (!LOC.equals(l.type[s]) || !l.begin[s] || l.endOf(s) != s + 2) continue;
            if (!t.is(s, TextAnalysis.CAPITALIZED) || t.is(s, TextAnalysis.ALL_CAPS) || d.gaz[s] != 0
                    || d.common.contains(t.hash(s)) || d.lowerSeen.contains(t.hash(s))) continue;
            if ((d.gaz[s + 1] & TOWN_KINDS) == 0 || (d.gaz[s + 1] & ~0xFF) != 0) continue;
            if (s > from && placePosition(t, s - 1)) continue;
            int v = s + 2;
            if (!t.is(v, TextAnalysis.WORD) || t.is(v, TextAnalysis.CAPITALIZED)) continue;
            String w = t.token(v);
            boolean acts = NewsCues.AGENT_VERB_H.contains(t.hash(v)) && !t.isWord(v, "is") && !t.isWord(v, "was")
                    || SPEECH_AFTER.contains(t.hash(v)) || w.length() >= 5 && w.endsWith("ed");
            if (acts) l.set(s, s + 2, PERSON);
        }
    }

    /**
     * "The Kurdistan Workers' Party", "the Teachers' Federation of Ostria", "Boston Children's
     * Hospital": a capitalised plural of a common noun with its apostrophe (no space between; "'s"
     * after a plural without "s"), before an organisation's name or before
     * capitalised words holding an organisation's word, is part of that organisation's name, with
     * the capitalised words before it.
     */
    /** Plurals of people without "s", which take "'s" ("Children's Hospital", "Women's Institute"). */
    private static final Set<Long> IRREGULAR_PLURALS = NewsCues.hashes(Set.of("children", "women", "men", "people"));

    private static void pluralPossessivesInNames(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        int orgWords = NerFeatures.C_ORG_STRONG | NerFeatures.C_ORG_WEAK;
        for (int i = from; i + 2 < to; i++) {
            char mark = t.first(i + 1);
            // "Children's", "Women's": a plural without "s" takes "'s"
            boolean irregular = IRREGULAR_PLURALS.contains(t.hash(i)) && t.is(i + 1, TextAnalysis.CLITIC) && t.isWord(i + 1, "'s");
            if (!irregular && (t.length(i + 1) != 1 || mark != '\'' && mark != '’' || t.start(i + 1) != t.end(i)
                    || t.text().charAt(t.end(i) - 1) != 's')
                    || !t.is(i, TextAnalysis.CAPITALIZED) || !t.is(i, TextAnalysis.WORD)
                    || !t.is(i + 2, TextAnalysis.CAPITALIZED) || !t.is(i + 2, TextAnalysis.WORD)) continue;
            String w = t.token(i);
            // a plural of people ("Workers'", "Farmers'"), not a person's or family's ("Thomas'", "the Smiths'")
            if (!irregular && !NewsCues.isPeopleNoun(w) && !d.common.contains(t.hash(i))) continue;
            int e;
            if (ORG.equals(l.type[i + 2])) {
                e = l.endOf(i + 2);
            } else {
                e = i + 2;
                boolean org = false;
                while (e < to && t.is(e, TextAnalysis.CAPITALIZED) && t.is(e, TextAnalysis.WORD)
                        && (l.type[e] == null || MISC.equals(l.type[e]))) {
                    org |= (d.cue[e] & orgWords) != 0;
                    e++;
                }
                if (!org) continue;
            }
            int s = l.type[i] != null ? l.startOf(i) : i;
            // the capitalised words before it, a place's name among them ("Kurdistan Workers' Party")
            while (s - 1 >= from && t.is(s - 1, TextAnalysis.CAPITALIZED) && t.is(s - 1, TextAnalysis.WORD)
                    && (d.cue[s - 1] & NerFeatures.C_FUNCTION) == 0) {
                if (l.type[s - 1] == null) s--;
                else if ((LOC.equals(l.type[s - 1]) || COUNTRY.equals(l.type[s - 1])) && l.endOf(s - 1) == s) s = l.startOf(s - 1);
                else break;
            }
            l.set(s, e, ORG);
            i = e - 1;
        }
    }

    /** Roles that govern a place, before "of" and its name ("the mayor of Bellhaven", "Governor of Kalmar"). */
    private static final Set<Long> GOVERNING_ROLES = NewsCues.hashes(Set.of("mayor", "governor", "president", "premier",
            "king", "queen", "emperor", "empress", "sultan", "emir", "prefect", "bishop", "archbishop", "sheriff",
            "ruler", "viceroy", "lord-lieutenant", "burgomaster", "alderman"));

    /**
     * "The mayor of Bellhaven said", "Mayor Len Ostrow of Bellhaven": a lone word read as a person
     * that no list knows as a given or family name, after a role that governs a place and "of", is
     * that place.
     */
    private static void governedPlaces(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        int names = Gazetteer.Kind.GIVEN.bit() | Gazetteer.Kind.SURNAME.bit();
        for (int i = from + 2; i < to; i++) {
            if (!PERSON.equals(l.type[i]) || !l.isName(i, i + 1) || !t.isWord(i - 1, "of")) continue;
            if ((d.gaz[i] & (names | names << 8)) != 0) continue;
            int r = i - 2;
            // "Mayor Len Ostrow of Bellhaven": the role before the person named before "of"
            if (PERSON.equals(l.type[r]) && l.startOf(r) - 1 >= from) r = l.startOf(r) - 1;
            if (GOVERNING_ROLES.contains(t.hash(r))) l.set(i, i + 1, LOC);
        }
    }

    /**
     * An unknown capitalised word (not sentence-initial, not a known place or organisation, never
     * printed in lower case in the article) that speaks or is described is a person: "Leive said",
     * "…," said Guilbeault.", "Gomery, who led", "Jutting, 31,". A group of people is none
     * ("Analysts said"); after "in" the word is a place ("the ministry in Calvera said"), after
     * another locative word or "of" no speaker.
     */
    private static void speakers(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i < to; i++) {
            // a person the tagger read, of one word no list of names knows, who speaks of itself as "it"
            if (loneUnlistedPerson(l, d, i) && speaksOfItself(t, i, to)) {
                l.set(i, i + 1, ORG);
                continue;
            }
            // "Vantaa Paperworks will close its mill": a person the tagger read, whose first word no list of given
            // names knows, that does something to "its" own is an organisation
            // (opening its clause: "Cedar from the forests of Jbel Tighzert supplies its workshops" is the cedar's)
            if (opensClause(t, i, from) && PERSON.equals(l.type[i]) && l.begin[i] && (d.gaz[i] & Gazetteer.Kind.GIVEN.bit()) == 0
                    && !NewsCues.isPeopleNoun(t.token(i)) && ownsIts(t, l.endOf(i), to)) {
                l.set(i, l.endOf(i), ORG);
                i = l.endOf(i) - 1;
                continue;
            }
            if (l.type[i] != null) continue;
            int f = t.flags(i);
            if ((f & TextAnalysis.WORD) == 0 || (f & TextAnalysis.CAPITALIZED) == 0 || (f & TextAnalysis.ALL_CAPS) != 0) continue;
            if (t.length(i) < 2 || (d.cue[i] & (NerFeatures.C_FUNCTION | NerFeatures.C_ROLE_HEAD | NerFeatures.C_ORG_STRONG
                    | NerFeatures.C_ORG_WEAK | NerFeatures.C_PERSON_PREFIX)) != 0) continue;
            int nonPerson = Gazetteer.Kind.COUNTRY.bit() | Gazetteer.Kind.PLACE.bit() | Gazetteer.Kind.ORG.bit()
                    | Gazetteer.Kind.DEMONYM.bit() | Gazetteer.Kind.CAPITAL.bit();
            if ((d.gaz[i] & (nonPerson | nonPerson << 8)) != 0) continue;
            if (d.lowerSeen.contains(t.hash(i))) continue;
            if (i > from && t.is(i - 1, TextAnalysis.CAPITALIZED) && t.is(i - 1, TextAnalysis.WORD)) continue;
            if (i + 1 < to && t.is(i + 1, TextAnalysis.CAPITALIZED) && t.is(i + 1, TextAnalysis.WORD)) continue;
            boolean initial = NerFeatures.sentenceInitial(t, i);
            boolean person = false;
            // "the ministry in Calvera said", "Mayor Len Ostrow of Bellhaven said": the name after "in" is a
            // place, and after another locative word or "of" none the speaker's
            boolean inPlace = i > from && t.isWord(i - 1, "in");
            if (i > from && (NewsCues.LOCATIVE_H.contains(t.hash(i - 1)) || t.isWord(i - 1, "of"))) {
                if (inPlace && i + 1 < to && SPEECH_AFTER.contains(t.hash(i + 1))) l.set(i, i + 1, LOC);
                continue;
            }
            // "and Marathon shut its plant": an unread word opening a clause inside the sentence that does something to
            // "its" own (opening the sentence, its capital says nothing: "Sand now fills its ballroom")
            if (!initial && opensClause(t, i, from) && ownsIts(t, i + 1, to) && !NewsCues.isPeopleNoun(t.token(i))) {
                l.set(i, i + 1, ORG);
                continue;
            }
            if (i + 1 < to && SPEECH_AFTER.contains(t.hash(i + 1))) person = true;
            if (i > from && SPEECH_BEFORE.contains(t.hash(i - 1)) && !initial
                    && (i + 1 >= to || t.is(i + 1, TextAnalysis.PUNCT))) person = true;
            if (i + 2 < to && t.first(i + 1) == ',' && (t.hash(i + 2) == H_WHO || t.hash(i + 2) == H_WHOSE)) person = true;
            if (i + 3 < to && t.first(i + 1) == ',' && t.is(i + 2, TextAnalysis.NUMBER) && t.first(i + 3) == ','
                    && t.length(i + 2) <= 2) person = true;
            // "Arcelik said it would close a factory": a speaker that speaks of itself as "it" is an organisation
            if (person && speaksOfItself(t, i, to)) {
                l.set(i, i + 1, ORG);
                continue;
            }
            // "Analysts said", "Residents told reporters": a group of people, no person
            if (person && !NewsCues.isPeopleNoun(t.token(i))) l.set(i, i + 1, PERSON);
        }
    }

    /** Whether a verb (after at most one auxiliary or modal) and then "its" follow at {@code k} ("will close its mill", "cut its forecast"). */
    private static boolean ownsIts(TextAnalysis t, int k, int to) {
        if (k < to && BE_OR_MODAL.contains(t.hash(k)) || k < to && PERFECT.contains(t.hash(k))) k++;
        return k + 1 < to && t.is(k, TextAnalysis.WORD) && !t.is(k, TextAnalysis.CAPITALIZED) && !NewsCues.FUNCTION_H.contains(t.hash(k))
                && t.isWord(k + 1, "its");
    }

    /** Verbs after "it" by which a speaker tells what it, a body, will do or has done ("said it would close"). */
    private static final Set<Long> IT_ACTS = NewsCues.hashes(Set.of("would", "will", "had", "has", "plans", "planned",
            "expects", "expected", "intends", "intended", "aims", "hopes", "hoped", "could", "may", "might", "plan"));

    /**
     * Whether the word at {@code i}, no group of people, speaks right after it of itself as "it" ("Arcelik said it
     * would close a factory").
     */
    private static boolean speaksOfItself(TextAnalysis t, int i, int to) {
        return i + 1 < to && SPEECH_AFTER.contains(t.hash(i + 1)) && itActs(t, i + 2, to) && !NewsCues.isPeopleNoun(t.token(i));
    }

    /**
     * Whether "it" at {@code k} is the speaker itself: followed by a verb of its plans or deeds, not by
     * a form of "be" that makes it an empty subject ("said it would close", not "said it would be hard"
     * nor "said it was too early").
     */
    private static boolean itActs(TextAnalysis t, int k, int to) {
        if (k + 2 >= to || !t.isWord(k, "it") || !IT_ACTS.contains(t.hash(k + 1))) return false;
        return !t.isWord(k + 2, "be") && !t.isWord(k + 2, "been") && t.is(k + 2, TextAnalysis.WORD)
                && !t.is(k + 2, TextAnalysis.CAPITALIZED);
    }

    /**
     * Nouns of a person's kin, life and office that a possessive gives only a person ("Carder's life", "Penley's father",
     * "Bolsonaro's government": a place known to no list that has a government is rarer than a leader).
     */
    private static final Set<Long> PERSONAL_NOUNS = NewsCues.hashes(Set.of("life", "death", "birth", "birthday",
            "childhood", "funeral", "grave", "widow", "widower", "wife", "husband", "father", "mother", "parents",
            "son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters", "children", "family",
            "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "grandfather", "grandmother", "uncle",
            "aunt", "nephew", "niece", "cousin", "own", "presidency", "premiership", "regime", "successor", "predecessor",
            "inauguration", "impeachment", "resignation", "administration", "cabinet", "government"));

    /**
     * "Carder's life", "Penley's father", "Carder's own pleas": one capitalised word that no list knows as a
     * country, place or organisation and the article never prints in lower case, read as a place, an
     * organisation or nothing, is a person before a possessive and a noun of kin or life.
     */
    private static void personalPossessives(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i + 2 < to; i++) {
            if (t.hash(i + 1) == H_POSSESSIVE && PERSONAL_NOUNS.contains(t.hash(i + 2)) && unknownLoneWord(l, d, i, from)) l.set(i, i + 1, PERSON);
        }
    }

    /** Kinds of the gazetteer a lone word that may be made a person must not have. */
    private static final int NOT_A_PERSON = NON_PERSON_KINDS | Gazetteer.Kind.TOWN.bit();

    /**
     * Whether token {@code i} is one capitalised word (not all capitals, no capitalised word before it), read as
     * a one-word place, organisation or other name or not read, that no cue, list or lower-case use in the article
     * gives another reading and that names no group of people.
     */
    private static boolean unknownLoneWord(Layer l, NerFeatures.Doc d, int i, int from) {
        return loneWord(l, d, i, from, NOT_A_PERSON);
    }

    /** As {@link #unknownLoneWord}, with the gazetteer kinds that rule the word out given: {@code notKinds}. */
    private static boolean loneWord(Layer l, NerFeatures.Doc d, int i, int from, int notKinds) {
        TextAnalysis t = l.t;
        int f = t.flags(i);
        if ((f & TextAnalysis.WORD) == 0 || (f & TextAnalysis.CAPITALIZED) == 0 || (f & TextAnalysis.ALL_CAPS) != 0 || t.length(i) < 2) return false;
        if (l.type[i] != null && (PERSON.equals(l.type[i]) || !l.isName(i, i + 1))) return false;
        if (i > from && t.is(i - 1, TextAnalysis.CAPITALIZED) && t.is(i - 1, TextAnalysis.WORD)) return false;
        if ((d.cue[i] & (NerFeatures.C_FUNCTION | NerFeatures.C_ROLE_HEAD | NerFeatures.C_ORG_STRONG
                | NerFeatures.C_ORG_WEAK | NerFeatures.C_PERSON_PREFIX)) != 0) return false;
        return (d.gaz[i] & (notKinds | notKinds << 8)) == 0 && !d.lowerSeen.contains(t.hash(i)) && !NewsCues.isPeopleNoun(t.token(i));
    }

    /** Verbs only a person is the subject of, alone or after "was" ("Langejans was born", "Stevenson died"). */
    private static final Set<Long> HUMAN_ACTS = NewsCues.hashes(Set.of("died", "married", "graduated", "resigned",
            "testified", "retired"));
    /** Participles only a person is the subject of after "was" or "is" ("Magedson was arrested"). */
    private static final Set<Long> HUMAN_PASSIVES = NewsCues.hashes(Set.of("born", "elected", "re-elected", "sentenced",
            "arrested", "killed", "wounded", "injured", "appointed", "buried", "knighted", "acquitted", "jailed",
            "imprisoned", "executed", "hospitalized", "hospitalised", "kidnapped", "abducted", "married", "baptized",
            "baptised", "nominated", "hired", "fired", "detained"));
    /** Words in brackets after a person in a photograph's caption ("Braverman (left) and Sunak (right)"). */
    private static final Set<Long> CAPTION_SIDES = NewsCues.hashes(Set.of("left", "right", "center", "centre", "l", "r",
            "c", "front", "back", "top", "bottom", "pictured"));

    /**
     * "Langejans was born in Holland", "Stevenson died in 1999", "Magedson was arrested", and in a photograph's
     * caption "Braverman (left) and Sunak (right)": one capitalised word that no list knows as a country,
     * place or people (a list may know it as a company: "Hilton was arrested", "Dior died"; companies bear their
     * founders' names) and the article never prints in lower case, read as a place, an organisation or
     * (not opening a sentence: "Nobody was injured") nothing, is a person before a verb only people do (a
     * caption's side in brackets makes any name a person).
     */
    private static void humanSubjects(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from; i + 1 < to; i++) {
            // a name of one to three words in a caption, before its side in brackets
            if (l.type[i] != null && l.startOf(i) == i && !PERSON.equals(l.type[i]) && t.is(i, TextAnalysis.CAPITALIZED)) {
                int e = l.endOf(i);
                if (e + 2 < to && e - i <= 3 && t.first(e) == '(' && CAPTION_SIDES.contains(t.hash(e + 1)) && t.first(e + 2) == ')') {
                    l.set(i, e, PERSON);
                    continue;
                }
            }
            if (t.is(i + 1, TextAnalysis.CAPITALIZED) && t.is(i + 1, TextAnalysis.WORD)) continue;
            // a sentence's first word is capitalised whatever it is ("Nobody was injured"): only a name the model read
            if (l.type[i] == null && NerFeatures.sentenceInitial(t, i)) continue;
            boolean acts = HUMAN_ACTS.contains(t.hash(i + 1))
                    || i + 2 < to && (t.isWord(i + 1, "was") || t.isWord(i + 1, "is")) && HUMAN_PASSIVES.contains(t.hash(i + 2));
            if (acts && loneWord(l, d, i, from, NOT_A_FOUNDER)) l.set(i, i + 1, PERSON);
        }
    }

    /**
     * Participles whose agent after "by" is a person: works of art and of the mind ("painted by Velázquez"), and
     * succession in an office ("was succeeded by Ramaphosa").
     */
    private static final Set<Long> CREATIVE_PARTICIPLES = NewsCues.hashes(Set.of("painted", "sculpted", "sculptured",
            "composed", "written", "authored", "penned", "directed", "translated", "illustrated", "narrated", "sung",
            "choreographed", "photographed", "coined", "invented", "discovered", "formulated", "conjectured", "proved",
            "refined", "devised", "drawn", "etched", "engraved", "conducted", "succeeded", "preceded"));

    /**
     * "painted by Velázquez", "refined by Heisenberg and Pauli", "succeeded by Ramaphosa": one capitalised word that
     * no list knows as a place, country, organisation or people and the article never prints in lower case, the agent
     * of a participle of making a work of art or of the mind or of succeeding in an office, before punctuation or a
     * function word, is a person, and so are such words listed with it.
     */
    private static void creators(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int i = from + 1; i + 1 < to; i++) {
            if (!t.isWord(i, "by") || !CREATIVE_PARTICIPLES.contains(t.hash(i - 1))) continue;
            int k = i + 1;
            // the word ends a noun phrase: a word of punctuation or a function word after it, not a noun it modifies
            while (k < to && unknownLoneWord(l, d, k, from) && t.token(k).indexOf('-') < 0 && (k + 1 >= to
                    || !t.is(k + 1, TextAnalysis.WORD) || (d.cue[k + 1] & NerFeatures.C_FUNCTION) != 0)) {
                l.set(k, k + 1, PERSON);
                if (k + 2 < to && (t.isWord(k + 1, "and") || t.isWord(k + 1, ","))) k += 2;
                else break;
            }
        }
    }

    /**
     * Kinds of the gazetteer a lone word that does what only people do, or that its clause refers to as "his" or
     * "her", must not have: a place's and a people's, not an organisation's, since companies take their founders'
     * names ("Dell", "Marriott", "Bloomberg").
     */
    private static final int NOT_A_FOUNDER = PLACE_KINDS | Gazetteer.Kind.DEMONYM.bit();
    /** Reflexive pronouns that refer back to a person alone. */
    private static final Set<Long> REFLEXIVES = NewsCues.hashes(Set.of("himself", "herself"));
    private static final long H_HIS = TextAnalysis.hash("his");
    /** Subject pronouns of a person after a verb of saying ("Trump said he …"). */
    private static final Set<Long> PERSON_SUBJECTS = NewsCues.hashes(Set.of("he", "she"));
    /** Words after which a later pronoun may refer to another than the sentence's first name. */
    private static final Set<Long> OTHER_REFERENTS = NewsCues.hashes(Set.of("who", "whom", "whose", "which", "it", "its",
            "they", "their", "them", "he", "she", "him", "her", "i", "we", "you", "me", "us", "my", "our", "your"));
    /** Words that open another clause, whose pronouns may refer to another than the sentence's first name ("after his team"). */
    private static final Set<Long> CLAUSE_OPENERS = NewsCues.hashes(Set.of("after", "before", "when", "while", "because",
            "since", "as", "although", "though", "if", "unless", "until", "that", "where", "whereas", "and", "but", "or"));
    private static final long H_HER = TextAnalysis.hash("her"), H_THAT = TextAnalysis.hash("that");

    /**
     * "Dell founded the company in his dorm room", "Bloomberg spent $500 million of his own money", "Boeing flew the
     * plane himself", "Trump said he would": the first name of a sentence, its subject (no function word before
     * it), one capitalised word read as an organisation or not at all, that the same clause refers to as "his", "himself", "herself", "her" before a noun,
     * or "he" and "she" right after a verb of saying, is a person, where no other person, name, people's noun,
     * pronoun or clause stands between them and no person was named in the sentence before. A list may know it as a
     * company (companies bear their founders' names), not as a place or a people; then only "himself", "herself",
     * "his own", "her own" and "said he" refer to it ("Interpol issued a notice for his arrest").
     */
    private static void selfReferences(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        // the sentence's first name, or its first capitalised word that does not open it
        int i = from;
        while (i < to && l.type[i] == null && !(t.is(i, TextAnalysis.CAPITALIZED) && t.is(i, TextAnalysis.WORD) && !NerFeatures.sentenceInitial(t, i))) i++;
        if (i + 2 >= to || l.type[i] != null && (l.startOf(i) != i || l.endOf(i) != i + 1)) return;
        if (t.is(i + 1, TextAnalysis.CAPITALIZED) || !t.is(i + 1, TextAnalysis.WORD) || !loneWord(l, d, i, from, NOT_A_FOUNDER)) return;
        // the subject of its clause: no article or preposition before it ("calling the Scientology organization")
        if (i > from && (d.cue[i - 1] & NerFeatures.C_FUNCTION) != 0) return;
        int found = -1;
        long verb = t.hash(i + 1);
        if (SPEECH_AFTER.contains(verb) && !HUMAN_ACTS.contains(verb) && !REFLEXIVES.contains(verb)) {
            // "Trump said he would", "Armani said that he": what follows a verb of saying is another clause
            int j = t.hash(i + 2) == H_THAT ? i + 3 : i + 2;
            if (j < to && PERSON_SUBJECTS.contains(t.hash(j))) found = j;
        } else {
            // a company's name takes only "himself", "herself" and "his own" ("Interpol issued a notice for his arrest")
            boolean listed = (d.gaz[i] & Gazetteer.Kind.ORG.bit()) != 0;
            for (int j = i + 1; j < Math.min(to, i + 14); j++) {
                long h = t.hash(j);
                boolean possessive = h == H_HIS || h == H_HER && j + 1 < to && t.is(j + 1, TextAnalysis.WORD)
                        && !t.is(j + 1, TextAnalysis.CAPITALIZED) && (d.cue[j + 1] & NerFeatures.C_FUNCTION) == 0;
                if (REFLEXIVES.contains(h) || possessive && (!listed || j + 1 < to && t.isWord(j + 1, "own"))) {
                    found = j;
                    break;
                }
                // another name, person, pronoun or clause, or a mark other than a number's, may bring another referent
                if (l.type[j] != null || t.is(j, TextAnalysis.CAPITALIZED) || OTHER_REFERENTS.contains(h) || NewsCues.isPeopleNoun(t.token(j))
                        || CLAUSE_OPENERS.contains(h) || SPEECH_AFTER.contains(h) || !t.is(j, TextAnalysis.WORD)
                        && !t.is(j, TextAnalysis.NUMBER) && t.first(j) != '$') break;
            }
        }
        if (found >= 0 && !personInSentenceBefore(l, from)) l.set(i, i + 1, PERSON);
    }

    /** Whether a person is named in the sentence before the one that opens at token {@code from}. */
    private static boolean personInSentenceBefore(Layer l, int from) {
        TextAnalysis t = l.t;
        if (from == 0) return false;
        int s = t.sentenceOf(from - 1);
        for (int k = t.sentenceStart(s); k < from; k++) if (PERSON.equals(l.type[k])) return true;
        return false;
    }

    /** Nouns of people a following "from" gives a home ("a woman from Warren"). */
    private static final Set<Long> PEOPLE_FROM = NewsCues.hashes(Set.of("woman", "man", "boy", "girl", "teenager", "teen",
            "resident", "residents", "couple", "family", "student", "driver", "motorist", "pedestrian", "victim", "native",
            "men", "women", "youth", "pensioner", "grandmother", "grandfather", "mother", "father", "son", "daughter"));
    /** Nouns after a place's name that make it a home ("a Troy resident"). */
    private static final Set<Long> HOME_AFTER = NewsCues.hashes(Set.of("resident", "residents", "native", "natives",
            "homeowner", "homeowners"));
    /** Nouns after a known town's name that make it the town ("according to Palmer officials"). */
    private static final Set<Long> TOWN_AFTER = NewsCues.hashes(Set.of("officials", "authorities", "police", "firefighters",
            "council", "councillors", "councilmen", "schools"));

    /**
     * Where people live: "Kafoury, 63, of Warren" (a name, an age, then "of" or "from" and a name),
     * "a woman from Warren", "a 38-year-old Troy resident", and a known town before its officials or
     * police ("according to Palmer officials"): the name, read as a person or left unread, is a place.
     * A person's name of several words is left as it is before "resident" ("the Jane Smith resident").
     */
    private static void homes(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int s = from + 1; s < to; s++) {
            boolean read = l.type[s] != null;
            if (read && (!l.begin[s] || !(PERSON.equals(l.type[s]) || ORG.equals(l.type[s]) || MISC.equals(l.type[s])))) continue;
            if (!read && (!t.is(s, TextAnalysis.WORD) || !t.is(s, TextAnalysis.CAPITALIZED) || t.is(s, TextAnalysis.ALL_CAPS)
                    || (d.cue[s] & (NerFeatures.C_FUNCTION | NerFeatures.C_ROLE_HEAD)) != 0 || d.common.contains(t.hash(s))
                    || CALENDAR.contains(t.hash(s)) || NerFeatures.sentenceInitial(t, s))) continue;
            // "the Palestinian residents of Gaza": a people's word is no home
            if ((d.gaz[s] & Gazetteer.Kind.DEMONYM.bit()) != 0 || NewsCues.isPeopleNoun(t.token(s))) continue;
            int e = read ? Math.min(l.endOf(s), to) : s + 1;
            boolean home = false;
            if (t.isWord(s - 1, "of") || t.isWord(s - 1, "from")) {
                // "Kafoury, 63, of Warren": a person's age between commas before it
                home = s - 5 >= from && t.isWord(s - 2, ",") && t.is(s - 3, TextAnalysis.NUMBER) && t.length(s - 3) <= 3
                        && t.isWord(s - 4, ",") && l.type[s - 5] != null
                        && (e >= to || t.is(e, TextAnalysis.PUNCT));
                // "a woman from Warren"
                home |= s - 2 >= from && t.isWord(s - 1, "from") && PEOPLE_FROM.contains(t.hash(s - 2)) && !t.is(s - 2, TextAnalysis.CAPITALIZED)
                        && e == s + 1 && !PERSON.equals(l.type[s - 2]);
            }
            if (!home && e == s + 1 && e < to && !t.is(e, TextAnalysis.CAPITALIZED)) {
                home = HOME_AFTER.contains(t.hash(e))
                        || TOWN_AFTER.contains(t.hash(e)) && (d.gaz[s] & Gazetteer.Kind.TOWN.bit()) != 0;
            }
            if (home) l.set(s, e, LOC);
            s = e - 1;
        }
    }

    /** Verbs and marks between a plural noun of places and the names it lists ("the villages were Tonban, …"). */
    private static final Set<Long> LISTING = NewsCues.hashes(Set.of("were", "are", "include", "included", "including", ":"));

    /**
     * "the four hardest-hit villages were Tonban, Gavarzin, Khaledin and Gourian": after a plural
     * noun of places and "were", "are", "include(d)", "including" or a colon, the one-word names
     * listed with commas and "and", read as persons or organisations or left unread, are places.
     * The list stops at the first member of more than one word or of another kind.
     */
    private static void listedPlaces(Layer l, NerFeatures.Doc d, int from, int to) {
        TextAnalysis t = l.t;
        for (int h = from; h + 2 < to; h++) {
            if (t.is(h, TextAnalysis.CAPITALIZED) || !t.lower(h).endsWith("s") || !placeKind(t, h) || !LISTING.contains(t.hash(h + 1))) continue;
            for (int k = h + 2; k < to; ) {
                if (!t.is(k, TextAnalysis.WORD) || !t.is(k, TextAnalysis.CAPITALIZED)) break;
                boolean one = k + 1 >= to || !t.is(k + 1, TextAnalysis.CAPITALIZED) || !t.is(k + 1, TextAnalysis.WORD);
                if (!one) break;
                if (l.type[k] == null) {
                    if ((d.cue[k] & NerFeatures.C_FUNCTION) != 0 || d.common.contains(t.hash(k))) break;
                    l.set(k, k + 1, LOC);
                } else if (PERSON.equals(l.type[k]) || ORG.equals(l.type[k]) || MISC.equals(l.type[k])) {
                    if (l.endOf(k) != k + 1) break;
                    l.set(k, k + 1, LOC);
                }
                k++;
                if (k < to && t.isWord(k, ",")) k++;
                if (k < to && (t.isWord(k, "and") || t.isWord(k, "or"))) k++;
            }
        }
    }

    // ---------------------------------------------------------------- 6. the article as a whole

    /** Lower-case words after a name that make it a family's ("the Caloi family"). */
    private static final Set<Long> KIN_AFTER = NewsCues.hashes(Set.of("family", "families", "clan"));

    /**
     * The family name of a person named in full elsewhere in the article is that person ("Lee"
     * after "Lee In-young", "Biden" after "Joe Biden") unless the text states another type for the
     * word itself ("CALOI is a Brazilian manufacturer" beside "Casa Luiz Caloi"), and the same words
     * named several times get the type the text states for them somewhere ({@link Layer#stated}),
     * except before a word of kin ("the Caloi family"), or else the type most of their occurrences have.
     */
    private static void documentConsistency(Layer l, NerFeatures.Doc d) {
        TextAnalysis t = l.t;
        List<Name> names = l.names();
        Map<Long, String> shortForms = new HashMap<>();
        Map<Long, int[]> votes = new HashMap<>(); // hash of the name's words -> counts per type
        for (Name n : names) {
            if (PERSON.equals(n.type()) && n.end() - n.start() >= 2) {
                shortForms.put(t.hash(n.end() - 1), PERSON);
                if (familyNameFirst(t, d, n.start(), n.end())) shortForms.put(t.hash(n.start()), PERSON);
            }
            long h = wordsHash(t, n.start(), n.end());
            int[] v = votes.computeIfAbsent(h, k -> new int[5]);
            v[typeIndex(n.type())]++;
        }
        // majority type for repeated names; a type the text states outvotes the rest ("cable operator Seacom")
        for (Name n : names) {
            String stated = l.stated.get(wordsHash(t, n.start(), n.end()));
            // "the Caloi family": a company's word before a word of kin is the family's name, read as the tagger read it
            if (stated != null && n.end() < t.tokenCount() && KIN_AFTER.contains(t.hash(n.end()))) continue;
            if (stated != null) {
                if (!stated.equals(n.type())) l.set(n.start(), n.end(), stated);
                continue;
            }
            int[] v = votes.get(wordsHash(t, n.start(), n.end()));
            int best = typeIndex(n.type());
            for (int k = 0; k < v.length; k++) if (v[k] > v[best]) best = k;
            // "He was born in Brackley": a place read after "in" stays the place, though the article reads it a club elsewhere
            boolean inPlace = ORG.equals(TYPES[best]) && (LOC.equals(n.type()) || COUNTRY.equals(n.type())) && n.start() > 0
                    && PLACE_PREPOSITIONS.contains(t.hash(n.start() - 1));
            if (best != typeIndex(n.type()) && v[best] >= 2 && !inPlace) l.set(n.start(), n.end(), TYPES[best]);
        }
        if (shortForms.isEmpty()) return;
        for (int i = 0; i < t.tokenCount(); i++) {
            if (!shortForms.containsKey(t.hash(i)) || !t.is(i, TextAnalysis.CAPITALIZED)) continue;
            // "CALOI is a Brazilian manufacturer … Casa Luiz Caloi": a type the text states for the word itself stands
            String stated = l.stated.get(wordsHash(t, i, i + 1));
            if (stated != null && !PERSON.equals(stated)) continue;
            if (l.type[i] != null) {
                // a one-word name of another type that is a person's family name here ("Moon" read as a place),
                // unless it is a known town where a place stands ("in Houston", "Downtown Houston")
                if (!PERSON.equals(l.type[i]) && l.isName(i, i + 1) && !townInPlace(l, d, i)) l.set(i, i + 1, PERSON);
                continue;
            }
            boolean capBefore = i > 0 && t.is(i - 1, TextAnalysis.CAPITALIZED) && t.is(i - 1, TextAnalysis.WORD)
                    && !NerFeatures.sentenceInitial(t, i - 1) && t.sentenceOf(i - 1) == t.sentenceOf(i);
            boolean capAfter = i + 1 < t.tokenCount() && t.is(i + 1, TextAnalysis.CAPITALIZED) && t.is(i + 1, TextAnalysis.WORD)
                    && t.sentenceOf(i + 1) == t.sentenceOf(i);
            if (capBefore || capAfter && !t.is(i + 1, TextAnalysis.HYPHEN)) continue;
            if (d.lowerSeen.contains(t.hash(i))) continue;
            l.set(i, i + 1, PERSON);
        }
    }

    /** Prepositions after which a name read as a place is where something is ("born in Brackley", "near Armidale"). */
    private static final Set<Long> PLACE_PREPOSITIONS = NewsCues.hashes(Set.of("in", "near", "outside", "inside", "across",
            "around", "throughout", "within", "into"));

    /**
     * A known town or capital at {@code i} after a locative word, "of", "from", "to", or a
     * capitalised word left unread ("Downtown Houston").
     */
    private static boolean townInPlace(Layer l, NerFeatures.Doc d, int i) {
        TextAnalysis t = l.t;
        if ((d.gaz[i] & TOWN_KINDS) == 0 || i == 0 || t.sentenceOf(i - 1) != t.sentenceOf(i)) return false;
        int p = i - 1;
        if (placePosition(t, p)) return true;
        return t.is(p, TextAnalysis.CAPITALIZED) && t.is(p, TextAnalysis.WORD) && l.type[p] == null;
    }

    /** Gazetteer kinds of a town on its own: a place or a capital. */
    private static final int TOWN_KINDS = Gazetteer.Kind.PLACE.bit() | Gazetteer.Kind.CAPITAL.bit();

    /** Whether token {@code p} is a word after which a name stands for a place: a locative word, "of", "from", "to". */
    private static boolean placePosition(TextAnalysis t, int p) {
        return NewsCues.LOCATIVE_H.contains(t.hash(p)) || t.isWord(p, "of") || t.isWord(p, "from") || t.isWord(p, "to");
    }

    /**
     * How a people's word is made from a place's name, as (suffix of the people's word, what
     * replaces it to give the place): "Kaldoran" → "Kaldor", "Meravian" → "Meravia",
     * "Corvalese" → "Corvale", "Vietnamese" → "Vietnam", "Israeli" → "Israel".
     */
    private static final String[][] DEMONYM_SUFFIXES = {
            {"ians", "ia"}, {"ans", "a"}, {"ans", ""}, {"ian", "ia"}, {"ian", ""}, {"an", ""}, {"n", ""},
            {"ese", "e"}, {"ese", ""}, {"is", ""}, {"i", ""}};
    /** Shortest people's word the rule reads. */
    private static final int DEMONYM_MIN = 5;

    /**
     * A place unknown to the gazetteer shows itself by the word for its people: where an article
     * says both "Kaldor" and "Kaldoran", Kaldor is a place (whatever the model read), and the
     * people's word alone names no one. Given names are left alone ("Julia" and "Julian").
     */
    private void demonyms(Layer l) {
        TextAnalysis t = l.t;
        int n = t.tokenCount();
        Map<String, List<Integer>> capitalized = new HashMap<>();
        java.util.Set<String> midSentence = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            if (!t.is(i, TextAnalysis.CAPITALIZED) || !t.is(i, TextAnalysis.WORD) || t.is(i, TextAnalysis.ALL_CAPS)) continue;
            capitalized.computeIfAbsent(t.lower(i), k -> new ArrayList<>()).add(i);
            if (!NerFeatures.sentenceInitial(t, i)) midSentence.add(t.lower(i));
        }
        // only words capitalised inside sentences are names ("These" and "The" are not "Th" and "The" people)
        capitalized.keySet().retainAll(midSentence);
        for (Map.Entry<String, List<Integer>> people : capitalized.entrySet()) {
            String word = people.getKey();
            if (word.length() < DEMONYM_MIN) continue;
            int any = people.getValue().get(0);
            if (gazetteer.longest(t, any, 1, Gazetteer.Kind.GIVEN) != null) continue;
            for (String[] rule : DEMONYM_SUFFIXES) {
                if (!word.endsWith(rule[0])) continue;
                String place = word.substring(0, word.length() - rule[0].length()) + rule[1];
                List<Integer> at = capitalized.get(place);
                if (place.length() < DEMONYM_MIN - 1 || at == null) continue;
                if (gazetteer.longest(t, at.get(0), 1, Gazetteer.Kind.GIVEN) != null) continue;
                for (int i : at) {
                    // the place's own one-word mentions; longer names holding it ("Kaldor Today") keep their type
                    if (l.type[i] == null || l.isName(i, i + 1) && !LOC.equals(l.type[i]) && !COUNTRY.equals(l.type[i])) {
                        l.set(i, i + 1, LOC);
                    }
                }
                for (int i : people.getValue()) if (l.isName(i, i + 1)) l.clear(i, i + 1);
                break;
            }
        }
    }

    /**
     * Whether organisation {@code n} follows a capitalised "The" with which the gazetteer lists it whole, before
     * what a body does ("The Hindu reported"; not "The Hindu festival").
     */
    private boolean titled(Layer l, Name n) {
        TextAnalysis t = l.t;
        int s = n.start() - 1;
        return ORG.equals(n.type()) && s >= 0 && t.hash(s) == H_THE && t.first(s) == 'T' && organisationWhole(t, s, n.end())
                && n.end() < t.tokenCount() && outletActs(t, n.end());
    }

    /**
     * A name made only of words for groups by faith or region, faiths, languages and feasts (with
     * compass words before them) names no one: "Sunni", "West African", "Ramadan" (see
     * {@link NewsCues#GROUP_WORDS}); nor does one word of {@link NewsCues#NO_NAME_WORDS} or one
     * ending in "-ism", nor a planet read as a place. A greeting, a request or "I" opening a name leaves it ({@link NewsCues#NOT_IN_NAMES}).
     */
    private void groupWords(Layer l, NerFeatures.Doc d) {
        TextAnalysis t = l.t;
        List<Name> names = l.names();
        for (Name n : names) {
            boolean group = false, other = false;
            for (int k = n.start(); k < n.end() && !other; k++) {
                if (NewsCues.GROUP_H.contains(t.hash(k))) group = true;
                else if (!NewsCues.COMPASS_H.contains(t.hash(k))) other = true;
            }
            if (NewsCues.NOT_IN_NAMES_H.contains(t.hash(n.start())) && !t.is(n.start(), TextAnalysis.ALL_CAPS) || t.isWord(n.start(), "I")) {
                // "Hey Vladi", "Please", "I": the greeting or the pronoun leaves the name
                l.clear(n.start(), n.end());
                if (n.end() - n.start() > 1) l.set(n.start() + 1, n.end(), n.type());
                continue;
            }
            if (group && !other && titled(l, n)) continue;
            if (group && !other) l.clear(n.start(), n.end());
            else if (n.end() - n.start() == 1 && PERSON.equals(n.type()) && (d.gaz[n.start()] & PERSONAL_KINDS) == 0
                    && NewsCues.isPeopleNoun(t.token(n.start()))) {
                // "Staff said", "Opposition MPs": a group of people, no person
                l.clear(n.start(), n.end());
            } else if (n.end() - n.start() == 1 && LOC.equals(n.type()) && NewsCues.PLANETS_H.contains(t.hash(n.start()))) {
                // "Venus Williams": the planet's word is a person's given name there
                if (n.end() < t.tokenCount() && PERSON.equals(l.type[n.end()]) && l.begin[n.end()]) l.set(n.start(), l.endOf(n.end()), PERSON);
                else l.clear(n.start(), n.end());
            } else if (n.end() - n.start() == 1 && (NewsCues.NO_NAME_H.contains(t.hash(n.start())) || ism(t, n.start()))) {
                l.clear(n.start(), n.end());
            }
        }
    }

    /** Names of climate patterns that read as persons' ("El Niño"), hashed as {@link #wordsHash} hashes a name's words. */
    private static final Set<Long> CLIMATE_PATTERNS = phraseHashes(List.of("el niño", "el nino", "la niña", "la nina"));

    /** Phrases of lower-case words separated by spaces, each hashed as {@link #wordsHash} hashes a name's words. */
    private static Set<Long> phraseHashes(List<String> phrases) {
        Set<Long> out = new java.util.HashSet<>();
        for (String phrase : phrases) {
            long h = WORDS_HASH_SEED;
            for (String w : phrase.split(" ")) h = wordsHash(h, TextAnalysis.hash(w));
            out.add(h);
        }
        return Set.copyOf(out);
    }

    /** Words that open the name of a storm. */
    private static final Set<Long> STORM_WORDS = NewsCues.hashes(Set.of("hurricane", "typhoon", "cyclone", "storm"));

    /** Words that name an award inside its name ("Academy Award", "Nobel Prize in Physics"). */
    private static final Set<Long> AWARD_HEADS = NewsCues.hashes(Set.of("award", "awards", "prize", "prizes", "medal",
            "trophy", "oscar", "oscars", "scholarship", "scholarships", "fellowship"));

    /** Awards named by a word of their own ("won an Oscar", "two Grammys", "a Golden Globe"), as the words' hashes. */
    private static final Set<Long> AWARD_NAMES = phraseHashes(List.of("oscar", "oscars", "grammy", "grammys", "grammies",
            "emmy", "emmys", "bafta", "baftas", "golden globe", "golden globes", "pulitzer", "pulitzers"));
    /** Words before an award that make it one ("won an Oscar", "her second Emmy", "three Baftas"). */
    private static final Set<Long> AWARD_BEFORE = NewsCues.hashes(Set.of("a", "an", "the", "his", "her", "their", "its",
            "won", "win", "wins", "winning", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "first", "second", "third", "fourth", "fifth", "honorary"));

    /** Words before "Games" that make them a competition, not a company ("the Paralympic Games", "the Commonwealth Games"). */
    private static final Set<Long> GAMES_QUALIFIERS = NewsCues.hashes(Set.of("olympic", "paralympic", "commonwealth", "asian",
            "african", "european", "pan", "american", "mediterranean", "winter", "summer", "youth", "special", "world",
            "island", "arctic", "invictus", "maccabiah", "highland", "national", "x"));

    /** Event words that also end organisations' names ("Epic Games", "Southern Christian Leadership Conference"). */
    private static final Set<Long> ORG_EVENT_HEADS = NewsCues.hashes(Set.of("games", "conference"));

    /** Words that open the name of an event or a document before "of" ("Treaty of Versailles", "Battle of Adwa"). */
    private static final Set<Long> EVENT_OPENERS = NewsCues.hashes(Set.of("treaty", "battle", "siege", "war", "act",
            "declaration", "accord", "accords", "agreement", "protocol", "peace", "edict", "sack", "massacre", "fall",
            "bill", "charter", "plan", "code"));
    /**
     * Words heading a document's or a battle's name after other words of it, before "of" or "on" ("the Universal
     * Declaration of Human Rights", "the Joint Comprehensive Plan of Action", "the Convention on Biological Diversity",
     * "the Second Battle of Bull Run").
     */
    private static final Set<Long> DOCUMENT_HEADS = NewsCues.hashes(Set.of("treaty", "declaration", "charter", "plan",
            "convention", "agreement", "accord", "protocol", "act", "battle", "siege", "war", "massacre"));
    /** Words after a possessive name that make it a disease's or a law of nature's name ("Parkinson's disease"). */
    private static final Set<Long> EPONYM_HEADS = NewsCues.hashes(Set.of("disease", "syndrome", "palsy", "lymphoma",
            "sarcoma", "chorea", "law", "theorem", "constant"));
    /** Diseases named by a person's name and the possessive alone ("diagnosed with Alzheimer's"). */
    private static final Set<Long> EPONYM_DISEASES = NewsCues.hashes(Set.of("alzheimer", "parkinson", "huntington",
            "crohn", "asperger", "tourette", "hodgkin", "addison", "graves", "cushing", "raynaud", "meniere"));

    /**
     * The name of an event, an agreement, a competition or an award is no person's, organisation's
     * or place's: a name ending in an event word ("Iraq War", "Boston Marathon", "Paris Agreement"),
     * opening with one before "of" ("Treaty of Versailles") or holding an award word after its first
     * ("Academy Award for Best Picture"), or a storm's ("Hurricane Maria", and "Maria" alone after
     * it), is left out; a known
     * place that opens the event's name stays a place ("the Iraq War"). Names ending in "Games" or
     * "Conference" are left as read: organisations end so too ("Epic Games").
     */
    private void eventNames(Layer l) {
        TextAnalysis t = l.t;
        Set<Long> storms = null;
        for (Name n : l.names()) {
            // "Hurricane Katrina" where the storm's word was read outside the name: the name is the storm's
            if (n.start() > 0 && STORM_WORDS.contains(t.hash(n.start() - 1)) && !COUNTRY.equals(n.type())) {
                if (storms == null) storms = new java.util.HashSet<>();
                for (int k = n.start(); k < n.end(); k++) storms.add(t.hash(k));
                l.clear(n.start(), n.end());
                continue;
            }
            // "won an Oscar", "two Grammys", "a Golden Globe"
            if (n.end() - n.start() <= 2 && n.start() > 0 && AWARD_NAMES.contains(wordsHash(t, n.start(), n.end()))
                    && (AWARD_BEFORE.contains(t.hash(n.start() - 1)) || t.is(n.start() - 1, TextAnalysis.NUMBER))) {
                l.clear(n.start(), n.end());
                continue;
            }
            // "the FIFA World Cup 2018" read without its event's word: a name no list knows as a place or country, right
            // before a capitalised event word that no name holds, is the event's (not "Epic Games", "the Iraq War")
            int after = n.end();
            if (after < t.tokenCount() && l.type[after] == null && t.is(after, TextAnalysis.CAPITALIZED)
                    && EVENT_HEADS.contains(t.hash(after)) && !ORG_EVENT_HEADS.contains(t.hash(after))
                    && !COUNTRY.equals(n.type()) && !LOC.equals(n.type()) && !PERSON.equals(n.type())) {
                l.clear(n.start(), n.end());
                continue;
            }
            if (COUNTRY.equals(n.type()) || n.end() - n.start() < 2) continue;
            boolean headLast = EVENT_HEADS.contains(t.hash(n.end() - 1)) && (!ORG_EVENT_HEADS.contains(t.hash(n.end() - 1))
                    || t.isWord(n.end() - 1, "games") && GAMES_QUALIFIERS.contains(t.hash(n.end() - 2)))
                    // an organisation the lists know whole keeps its name ("Jaguar Land Rover")
                    && !(ORG.equals(n.type()) && organisationWhole(t, n.start(), n.end()));
            if (headLast) {
                // "the Iraq War", "the Beijing Olympics": the known place before the event's word stays a place
                Gazetteer.Match m = gazetteer.longest(t, n.start(), n.end() - 1, null);
                if (m != null && m.end() == n.end() - 1 && (m.kind().bit() & PLACE_KINDS) != 0) {
                    l.clear(n.start(), n.end());
                    l.set(m.start(), m.end(), m.kind() == Gazetteer.Kind.COUNTRY ? COUNTRY : LOC);
                    continue;
                }
            }
            // "Academy Award for Best Picture", "Nobel Prize in Literature"; not "Nobel Prize Committee"
            boolean award = false;
            for (int k = n.start() + 1; k < n.end(); k++) award |= AWARD_HEADS.contains(t.hash(k));
            if (award && NewsCues.ORG_STRONG_H.contains(t.hash(n.end() - 1))) award = false;
            boolean opener = EVENT_OPENERS.contains(t.hash(n.start())) && t.isWord(n.start() + 1, "of");
            for (int k = n.start(); k + 1 < n.end() && !opener; k++) {
                opener = DOCUMENT_HEADS.contains(t.hash(k)) && (t.isWord(k + 1, "of") || t.isWord(k + 1, "on"))
                        && t.is(k, TextAnalysis.CAPITALIZED);
            }
            // "Hurricane Maria", "Typhoon Haiyan": a storm, not a person
            boolean storm = STORM_WORDS.contains(t.hash(n.start()));
            if (storm) {
                if (storms == null) storms = new java.util.HashSet<>();
                for (int k = n.start() + 1; k < n.end(); k++) storms.add(t.hash(k));
            }
            // "El Niño", "La Niña": weather patterns, not persons
            boolean weather = n.end() - n.start() == 2 && CLIMATE_PATTERNS.contains(wordsHash(t, n.start(), n.end()));
            if (headLast || award || opener || storm || weather) l.clear(n.start(), n.end());
        }
        // "Parkinson's disease", "Bell's palsy", "Moore's law", and "diagnosed with Alzheimer's": no person's name
        for (Name n : l.names()) {
            int e = n.end();
            if (e >= t.tokenCount() || !possessiveMark(t, e)) continue;
            boolean eponym = e + 1 < t.tokenCount() && EPONYM_HEADS.contains(t.hash(e + 1)) && !t.is(e + 1, TextAnalysis.CAPITALIZED)
                    || n.end() - n.start() == 1 && EPONYM_DISEASES.contains(t.hash(n.start()))
                    && (n.start() == 0 || !t.is(n.start() - 1, TextAnalysis.CAPITALIZED));
            if (eponym) l.clear(n.start(), n.end());
        }
        // the field an award is given in is no name either ("the Nobel Prize in Physiology or Medicine")
        for (Name n : l.names()) {
            int s = n.start();
            if (s < 2 || !(t.isWord(s - 1, "in") || t.isWord(s - 1, "for"))) continue;
            int a = s - 2;
            if (!AWARD_HEADS.contains(t.hash(a))) continue;
            int e = n.end();
            while (e + 1 < t.tokenCount() && (t.isWord(e, "or") || t.isWord(e, "and")) && l.type[e + 1] != null && l.begin[e + 1]) e = l.endOf(e + 1);
            l.clear(s, e);
        }
        // the storm named again by its name alone ("Phailin's winds")
        if (storms != null) {
            for (Name n : l.names()) {
                if (PERSON.equals(n.type()) && n.end() - n.start() == 1 && storms.contains(t.hash(n.start()))) l.clear(n.start(), n.end());
            }
        }
    }

    /** Nouns of a work or a named vessel, whose name is no organisation's or place's ("the album", "the ship"). */
    private static final Set<Long> WORK_NOUNS = NewsCues.hashes(Set.of("album", "albums", "ep", "lp", "song",
            "songs", "ballad", "anthem", "hymn", "film", "films", "movie", "movies", "documentary", "novel", "novels",
            "novella", "book", "books", "memoir", "poem", "poems", "play", "opera", "musical", "sitcom", "series",
            "painting", "ship", "yacht"));
    /** Words before a work's noun that make a comma after it an apposition ("his book, A Biblical Case"). */
    private static final Set<Long> WORK_OWNERS = NewsCues.hashes(Set.of("his", "her", "their", "its", "my", "our",
            "debut", "latest", "new", "first", "second", "third", "fourth", "fifth", "last", "next", "solo", "studio"));
    /** Articles and possessives before a work's noun, capitalised or not ("The film", "his book"). */
    private static final Set<Long> WORK_DETERMINERS = NewsCues.hashes(Set.of("the", "a", "an", "this", "his", "her",
            "their", "its", "my", "our"));
    /** Words before a work's noun that make it a verb ("will play", "to ship"). */
    private static final Set<Long> NOT_BEFORE_WORK = NewsCues.hashes(Set.of("to", "will", "would", "can", "could", "may",
            "might", "must", "shall", "should", "did", "do", "does", "not", "we", "they", "you", "i", "he", "she", "it",
            "who", "that", "which"));
    /** Words that may follow the noun heading a work's description ("the sixth album by", "a film directed by"). */
    private static final Set<Long> AFTER_WORK = NewsCues.hashes(Set.of("by", "of", "from", "in", "for", "about", "with",
            "that", "which", "and", "or", "starring", "featuring", "written", "set", "on", "to", "at"));
    /** Words after a name that make it the subject of a clause about the work before it ("the book Penguin published"). */
    private static final Set<Long> CLAUSE_VERBS = NewsCues.hashes(Set.of("has", "had", "have", "is", "was", "will",
            "would", "owns", "makes", "produces", "publishes", "says", "said", "wants", "plans"));

    /**
     * The name of a work or a vessel is no organisation's or place's: a name the model read as
     * one, right after a work's noun ("the book Blown for Good", "cruise ship Freewinds", "his 1998
     * album, Electro-Shock Blues"), or followed by "is a", "was the" or a comma and an article
     * before such a noun ("Dreams From A Dirt Nap is a compilation album", "La Marseillaise, the
     * national anthem"), becomes MISC, and so does the same name elsewhere in the article. A
     * person's name is left as read ("the film Tom Cruise made"), and so are a name the gazetteer
     * lists whole ("In this movie Google and Amazon …") and a name followed by a verb of its own
     * clause ("the book Penguin published").
     */
    private void works(Layer l) {
        TextAnalysis t = l.t;
        Set<Long> named = null;
        for (Name n : l.names()) {
            if (!ORG.equals(n.type()) && !LOC.equals(n.type())) continue;
            int s = n.start(), e = n.end();
            if (listedWhole(t, s, e)) continue;
            boolean work = false;
            // "the book Blown for Good", "his album, Nusa Damai"
            int p = s - 1;
            boolean comma = p >= 0 && (t.isWord(p, ",") || t.isWord(p, ":"));
            if (comma) p--;
            // the noun after an article, a possessive, a number or a lower-case modifier ("cruise ship"), not
            // a verb after its subject or an auxiliary ("The Bluejays will play Indiana State")
            boolean nounAt = p >= 1 && WORK_NOUNS.contains(t.hash(p)) && !t.is(p, TextAnalysis.CAPITALIZED)
                    && (t.is(p - 1, TextAnalysis.NUMBER) || t.is(p - 1, TextAnalysis.CLITIC) || WORK_DETERMINERS.contains(t.hash(p - 1))
                    || t.is(p - 1, TextAnalysis.WORD) && !t.is(p - 1, TextAnalysis.CAPITALIZED) && !NOT_BEFORE_WORK.contains(t.hash(p - 1)));
            if (nounAt) {
                boolean owned = !comma;
                for (int k = p - 1; k >= Math.max(0, p - 3) && !owned; k--) {
                    owned = WORK_OWNERS.contains(t.hash(k)) || t.is(k, TextAnalysis.NUMBER);
                }
                boolean clause = e < t.tokenCount() && !t.is(e, TextAnalysis.CAPITALIZED)
                        && (CLAUSE_VERBS.contains(t.hash(e)) || t.length(e) > 3 && t.lower(e).endsWith("ed"));
                work = owned && !clause;
            }
            // "… is the sixth album by", "…, the national anthem of France"
            if (!work && e + 2 < t.tokenCount()) {
                int k = e;
                boolean link = t.isWord(k, ",") || t.isWord(k, "is") || t.isWord(k, "was") || t.isWord(k, "are") || t.isWord(k, "were");
                if (link) {
                    k++;
                    if (t.isWord(k, "a") || t.isWord(k, "an") || t.isWord(k, "the")) {
                        k++;
                        for (int m = 0; m < 3 && k < t.tokenCount() && !WORK_NOUNS.contains(t.hash(k))
                                && (t.is(k, TextAnalysis.NUMBER) || t.is(k, TextAnalysis.WORD) && !t.is(k, TextAnalysis.CAPITALIZED)); m++) k++;
                        // the work's noun heads the phrase: what follows is no other noun ("a book publisher")
                        work = k < t.tokenCount() && WORK_NOUNS.contains(t.hash(k)) && !t.is(k, TextAnalysis.CAPITALIZED)
                                && (k + 1 >= t.tokenCount() || !t.is(k + 1, TextAnalysis.WORD) || t.is(k + 1, TextAnalysis.CAPITALIZED)
                                || AFTER_WORK.contains(t.hash(k + 1)) || t.length(k + 1) > 4 && t.lower(k + 1).endsWith("ed"));
                    }
                }
            }
            if (!work) continue;
            l.set(s, e, MISC);
            if (named == null) named = new java.util.HashSet<>();
            named.add(wordsHash(t, s, e));
        }
        if (named == null) return;
        for (Name n : l.names()) {
            if ((ORG.equals(n.type()) || LOC.equals(n.type())) && named.contains(wordsHash(t, n.start(), n.end()))) {
                l.set(n.start(), n.end(), MISC);
            }
        }
    }

    /**
     * Software, devices and currencies known by a name that is nothing else ("Python", "Linux",
     * "iPhone", "Internet Explorer", "Bitcoin"), as printed. UNER marks no products, and neither does
     * Storyline; the tagger, knowing none, reads them as persons ("Python 3.6.0 is now available") or
     * organisations. Names that are also places, people's or companies' names
     * ("Java", "Ruby", "Amazon") are not here.
     */
    static final Set<String> PRODUCTS = Set.of("Linux", "Ubuntu", "Debian", "macOS", "iOS", "iPadOS", "watchOS",
            "Android", "ChromeOS", "Chrome OS", "Unix", "FreeBSD", "Windows", "Windows XP", "Windows Vista", "Windows Phone",
            "Chrome", "Chromium", "Internet Explorer", "Microsoft Edge", "Python", "JavaScript", "TypeScript",
            "Perl", "Fortran", "COBOL", "Kubernetes", "TensorFlow", "PyTorch", "MySQL", "PostgreSQL", "Photoshop",
            "PowerPoint", "Adobe Acrobat", "iPhone", "iPad", "iPod", "MacBook", "MacBook Pro", "MacBook Air", "iMac",
            "Apple Watch", "AirPods", "Kindle", "PlayStation", "PlayStation VR", "Xbox", "Xbox One", "Wii", "Nintendo Switch",
            "Game Boy", "ThinkPad", "Bitcoin", "Ethereum", "Dogecoin", "ChatGPT", "Google Analytics", "Google Maps",
            "Google Docs", "Microsoft Office", "Microsoft Word", "Microsoft Excel");

    /**
     * Abbreviations of common nouns, as printed ("an MBA", "the NGO said", "ATMs", "GDP"): the tagger reads an
     * all-capitals word as a name. Those that also stand for a place or a body in news ("PR", "ID", "IRA", China's
     * broadcaster "CCTV") are not here.
     */
    static final Set<String> COMMON_ABBREVIATIONS = Set.of("MBA", "MBAs", "PhD", "PhDs", "NGO", "NGOs", "ATM", "ATMs",
            "CEO", "CEOs", "CFO", "CFOs", "COO", "CTO", "GDP", "GNP", "IPO", "IPOs", "TV", "PC", "PCs", "SUV", "SUVs",
            "DNA", "RNA", "HIV", "AIDS", "MRI", "ICU", "GPS", "LED", "LEDs", "USB", "UFO", "UFOs", "VIP", "VIPs", "MP",
            "MPs", "MEP", "MEPs", "CO2", "DJ", "DJs", "CD", "CDs", "DVD", "DVDs", "IQ", "PDF", "URL", "SMS", "GMO",
            "GMOs", "ADHD", "PTSD", "HQ", "VAT", "ETF", "ETFs", "SME", "SMEs", "NFT", "NFTs", "WMD", "WMDs",
            "ICBM", "ICBMs", "GMT", "UTC", "FAQ", "R&D", "M&A", "Q&A");

    /**
     * A name that is one of {@link #PRODUCTS}, alone or before a version or model number ("Windows 10",
     * "Python 3.6.0", "Xbox 360"), or one word of {@link #COMMON_ABBREVIATIONS}, is no person's, organisation's
     * or place's name: it becomes MISC.
     */
    private static void products(Layer l) {
        TextAnalysis t = l.t;
        String text = t.text();
        for (Name n : l.names()) {
            if (MISC.equals(n.type()) || TITLE.equals(n.type())) continue;
            int s = n.start(), e = n.end();
            if (n.end() - s == 1 && COMMON_ABBREVIATIONS.contains(t.token(s))) {
                l.set(s, n.end(), MISC);
                continue;
            }
            while (e - 1 > s && t.is(e - 1, TextAnalysis.NUMBER)) e--;
            if (e - s > 3 || !PRODUCTS.contains(text.substring(t.start(s), t.end(e - 1)))) continue;
            l.set(n.start(), n.end(), MISC);
        }
    }

    /** "Marxism", "Catholicism": a movement or a doctrine, not a name (six letters at least, so "Ism" is left alone). */
    private static boolean ism(TextAnalysis t, int i) {
        return t.length(i) >= 6 && t.lower(i).endsWith("ism");
    }

    private static final String[] TYPES = {PERSON, ORG, LOC, COUNTRY, MISC};

    private static int typeIndex(String type) {
        for (int k = 0; k < TYPES.length; k++) if (TYPES[k].equals(type)) return k;
        return 4;
    }

    private static long wordsHash(TextAnalysis t, int s, int e) {
        long h = WORDS_HASH_SEED;
        for (int k = s; k < e; k++) h = wordsHash(h, t.hash(k));
        return h;
    }

    private static final long WORDS_HASH_SEED = 17;

    /** {@link #wordsHash(TextAnalysis, int, int)} so far {@code h}, with one more word's hash. */
    private static long wordsHash(long h, long word) {
        return h * 0x9E3779B97F4A7C15L + word;
    }

    /**
     * Whether a person's name puts the family name first: East Asian names with a hyphenated or
     * two-part given name after a known family name ("Lee In-young", "Kim Jong Un").
     */
    static boolean familyNameFirst(TextAnalysis t, NerFeatures.Doc d, int s, int e) {
        if (e - s < 2 || (d.gaz[s] & Gazetteer.Kind.SURNAME.bit()) == 0) return false;
        if (e - s == 2 && t.is(s + 1, TextAnalysis.HYPHEN)) return true;
        return e - s == 3 && t.length(s) <= 4 && t.length(s + 1) <= 5 && t.length(s + 2) <= 5
                && (d.gaz[s + 1] & Gazetteer.Kind.GIVEN.bit()) == 0;
    }

    /**
     * "Kennedy Space Center (KSC)", "the Zorvan Liberation Front (ZLF)": an all-capitals word in
     * brackets right after an organisation or place whose capitalised words' initials it spells is
     * that organisation or place, and so is the same acronym wherever it stands alone in the article.
     * Without brackets, an all-capitals word of three letters or more that spells the initials of an
     * organisation the article names is that organisation ("the University of Southern Indiana …
     * USI's gallery"), unless it stands among other all-capitals words (a headline in capitals).
     */
    private static void acronyms(Layer l) {
        TextAnalysis t = l.t;
        Map<Long, String> found = null;
        int n = t.tokenCount();
        Set<String> initials = new java.util.HashSet<>();
        for (Name m : l.names()) {
            if (!ORG.equals(m.type())) continue;
            String spelt = initialsOf(t, m.start(), m.end());
            if (spelt.length() >= 3) initials.add(spelt);
        }
        if (!initials.isEmpty()) {
            for (int i = 0; i < n; i++) {
                if (!t.is(i, TextAnalysis.ALL_CAPS) || !t.is(i, TextAnalysis.WORD) || l.type[i] != null && !l.isName(i, i + 1)
                        || ORG.equals(l.type[i]) || COUNTRY.equals(l.type[i])) continue;
                if (i > 0 && i + 1 < n && capitalsWord(t, i - 1) && capitalsWord(t, i + 1)) continue;
                if (initials.contains(letters(t.token(i)))) l.set(i, i + 1, ORG);
            }
        }
        for (int i = 2; i + 1 < n; i++) {
            if (!t.is(i, TextAnalysis.ALL_CAPS) || !t.is(i, TextAnalysis.WORD) || t.first(i - 1) != '(' || t.first(i + 1) != ')') continue;
            int last = i - 2;
            String ty = l.type[last];
            if (!ORG.equals(ty) && !LOC.equals(ty)) continue;
            int s = l.startOf(last);
            if (l.endOf(last) != last + 1 || !initialsSpell(t, s, last + 1, t.token(i))) continue;
            if (l.type[i] == null || l.isName(i, i + 1)) {
                l.set(i, i + 1, ty);
                if (found == null) found = new HashMap<>();
                found.put(t.hash(i), ty);
            }
        }
        // "the Movement for the Actualization of the Sovereign State of Biafra (MASSOB)": a longer name the acronym
        // spells, over the function words the tagger and the runs stop at, is the organisation whole
        for (int i = 2; i + 1 < n; i++) {
            if (!t.is(i, TextAnalysis.ALL_CAPS) || !t.is(i, TextAnalysis.WORD) || t.first(i - 1) != '(' || t.first(i + 1) != ')') continue;
            int last = i - 2;
            if (l.type[last] == null || PERSON.equals(l.type[last]) || !t.is(last, TextAnalysis.CAPITALIZED)) continue;
            int s = spelledStretch(t, last, letters(t.token(i)));
            if (s < 0 || s >= l.startOf(last) || !ORG.equals(l.type[last]) && !ORG.equals(l.type[s])) continue;
            boolean person = false;
            for (int k = s; k <= last; k++) person |= PERSON.equals(l.type[k]);
            if (person) continue;
            l.clear(s, last + 1);
            l.set(s, last + 1, ORG);
            if (l.type[i] == null || l.isName(i, i + 1)) l.set(i, i + 1, ORG);
        }
        // "post-traumatic stress disorder (PTSD)", "a remotely operated vehicle (ROV)": an acronym spelt by
        // lower-case words names no person, organisation or place, there or wherever it stands alone
        Set<Long> spelt = null;
        for (int i = 2; i + 1 < n; i++) {
            if (!t.is(i, TextAnalysis.ALL_CAPS) || !t.is(i, TextAnalysis.WORD) || t.first(i - 1) != '(' || t.first(i + 1) != ')') continue;
            String acronym = letters(t.token(i));
            if (acronym.length() < 2 || found != null && found.containsKey(t.hash(i))) continue;
            if (l.type[i - 2] == null && lowerPhraseSpells(t, i - 2, acronym)) {
                if (spelt == null) spelt = new java.util.HashSet<>();
                spelt.add(t.hash(i));
            }
        }
        if (spelt != null) {
            for (int i = 0; i < n; i++) {
                if (spelt.contains(t.hash(i)) && t.is(i, TextAnalysis.ALL_CAPS) && l.type[i] != null && l.isName(i, i + 1)) l.clear(i, i + 1);
            }
        }
        if (found == null) return;
        for (int i = 0; i < n; i++) {
            String ty = found.get(t.hash(i));
            if (ty == null || !t.is(i, TextAnalysis.ALL_CAPS)) continue;
            if (l.type[i] == null || l.isName(i, i + 1)) l.set(i, i + 1, ty);
        }
    }

    /** The most words {@link #spelledStretch} reads back from a name's end. */
    private static final int STRETCH_WORDS = 12;

    /**
     * The first token of the longest stretch of capitalised words and lower-case function words that
     * ends at {@code last} (within its sentence) and whose capitalised words' initials, with any of its
     * function words' or none, spell {@code acronym} ("Movement for the Actualization of the Sovereign
     * State of Biafra": MASSOB); -1 when none of two capitalised words or more does.
     */
    private static int spelledStretch(TextAnalysis t, int last, String acronym) {
        if (acronym.length() < 3) return -1;
        int sentence = t.sentenceStart(t.sentenceOf(last));
        int best = -1;
        for (int k = last; k >= Math.max(sentence, last - STRETCH_WORDS); k--) {
            boolean capital = t.is(k, TextAnalysis.WORD) && t.is(k, TextAnalysis.CAPITALIZED);
            if (!capital && !(t.is(k, TextAnalysis.WORD) && NewsCues.FUNCTION_H.contains(t.hash(k)) && Character.isLowerCase(t.first(k)))) break;
            if (capital && k < last && spellsWithOptionalFunctionWords(t, k, last + 1, acronym.toUpperCase(java.util.Locale.ROOT))) best = k;
        }
        return best;
    }

    /** Whether the capitalised words of {@code [s, e)}, each giving its initial, and any of its lower-case function words spell {@code acronym}. */
    private static boolean spellsWithOptionalFunctionWords(TextAnalysis t, int s, int e, String acronym) {
        // reach[j]: the acronym's first j letters can be spelt by the words read so far
        boolean[] reach = new boolean[acronym.length() + 1];
        reach[0] = true;
        for (int k = s; k < e; k++) {
            boolean optional = !t.is(k, TextAnalysis.CAPITALIZED);
            char c = Character.toUpperCase(t.first(k));
            boolean[] next = new boolean[reach.length];
            for (int j = 0; j < reach.length; j++) {
                if (!reach[j]) continue;
                if (optional) next[j] = true;
                if (j < acronym.length() && acronym.charAt(j) == c) next[j + 1] = true;
            }
            reach = next;
        }
        return reach[acronym.length()];
    }

    /** The most words of a lower-case phrase that {@link #lowerPhraseSpells} reads back from its end. */
    private static final int SPELLING_WORDS = 8;

    /**
     * Whether lower-case words ending at {@code last} spell {@code acronym} by their initials (each part of a
     * hyphenated word counts; function words may count or not): "remotely operated vehicle", "weapons of mass
     * destruction".
     */
    private static boolean lowerPhraseSpells(TextAnalysis t, int last, String acronym) {
        int sentence = t.sentenceStart(t.sentenceOf(last));
        for (int k = last; k >= Math.max(sentence, last - SPELLING_WORDS); k--) {
            if (!t.is(k, TextAnalysis.WORD) || !Character.isLowerCase(t.first(k))) return false;
            if (spellsLoosely(t, k, last + 1, acronym)) return true;
        }
        return false;
    }

    /** Whether the initials of the words of {@code [s, e)}, with or without their function words, spell {@code acronym} (any case). */
    private static boolean spellsLoosely(TextAnalysis t, int s, int e, String acronym) {
        StringBuilder all = new StringBuilder(), content = new StringBuilder();
        for (int k = s; k < e; k++) {
            if (!t.is(k, TextAnalysis.WORD)) continue;
            appendInitials(all, t.token(k), false);
            if (!NewsCues.FUNCTION_H.contains(t.hash(k))) appendInitials(content, t.token(k), false);
        }
        return all.toString().equalsIgnoreCase(acronym) || content.toString().equalsIgnoreCase(acronym);
    }

    /** The initials of the capitalised words of {@code [s, e)} (each part of a hyphenated word counts). */
    private static String initialsOf(TextAnalysis t, int s, int e) {
        StringBuilder initials = new StringBuilder();
        for (int k = s; k < e; k++) {
            if (!t.is(k, TextAnalysis.WORD) || !t.is(k, TextAnalysis.CAPITALIZED)) continue;
            appendInitials(initials, t.token(k), true);
        }
        return initials.toString();
    }

    /** Appends the first letter of each part of hyphenated {@code word} ("post-traumatic": p, t), only capitals if {@code capitals}. */
    private static void appendInitials(StringBuilder out, String word, boolean capitals) {
        for (String part : word.split("-")) {
            if (!part.isEmpty() && (capitals ? Character.isUpperCase(part.charAt(0)) : Character.isLetter(part.charAt(0)))) out.append(part.charAt(0));
        }
    }

    private static boolean capitalsWord(TextAnalysis t, int i) {
        return t.is(i, TextAnalysis.WORD) && t.is(i, TextAnalysis.ALL_CAPS);
    }

    /** Whether the initials of the capitalised words of {@code [s, e)} spell {@code acronym} (letters only). */
    static boolean initialsSpell(TextAnalysis t, int s, int e, String acronym) {
        String letters = letters(acronym);
        return letters.length() >= 2 && initialsOf(t, s, e).equals(letters);
    }

    /** The letters of {@code word}, without its dots and other marks ("U.S." gives "US"). */
    private static String letters(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) if (Character.isLetter(word.charAt(k))) out.append(word.charAt(k));
        return out.toString();
    }

    // ---------------------------------------------------------------- 7. governments

    /**
     * A capital that acts ("Seoul said", "Washington has remained firm", "Seoul's aid offer",
     * "negotiations with Pyongyang") stands for its government: COUNTRY. "the North" and "the
     * South" are COUNTRY when the article names North X (and, for the South, South X).
     */
    private void governments(Layer l, NerFeatures.Doc d) {
        TextAnalysis t = l.t;
        boolean north = false, south = false;
        for (Name n : l.names()) {
            if (!COUNTRY.equals(n.type())) continue;
            if (t.hash(n.start()) == H_NORTH && n.end() - n.start() >= 2) north = true;
            if (t.hash(n.start()) == H_SOUTH && n.end() - n.start() >= 2) south = true;
        }
        for (int i = 0; i < t.tokenCount(); i++) {
            if ((d.gaz[i] & Gazetteer.Kind.CAPITAL.bit()) != 0 && l.type[i] != null && !PERSON.equals(l.type[i])) {
                Gazetteer.Match m = gazetteer.longest(t, i, t.sentenceEnd(t.sentenceOf(i)), Gazetteer.Kind.CAPITAL);
                if (m == null || !l.isName(m.start(), m.end())) continue;
                if (actsAsOrganization(t, m.start(), m.end(), true)) l.set(m.start(), m.end(), COUNTRY);
                i = m.end() - 1;
                continue;
            }
            boolean alone = l.type[i] == null || !PERSON.equals(l.type[i]) && l.isName(i, i + 1);
            if (alone && i > 0 && t.hash(i - 1) == H_THE && t.is(i, TextAnalysis.CAPITALIZED)
                    && !t.is(i, TextAnalysis.ALL_CAPS)) {
                boolean nextCapital = i + 1 < t.tokenCount() && t.is(i + 1, TextAnalysis.CAPITALIZED)
                        && t.sentenceOf(i + 1) == t.sentenceOf(i);
                if (nextCapital) continue;
                if (t.hash(i) == H_NORTH && north || t.hash(i) == H_SOUTH && south && north) l.set(i, i + 1, COUNTRY);
                else if (l.type[i] != null && (t.hash(i) == H_NORTH || t.hash(i) == H_SOUTH)) l.clear(i, i + 1);
            }
        }
    }

    /**
     * Buildings and streets that stand for the institution housed there ("the White House said",
     * "the Kremlin denied", "Downing Street declined to comment"): as UNER's guidelines have it, a
     * place where something happens and an organisation where it decides.
     */
    static final Set<String> SEATS_OF_GOVERNMENT = Set.of("white house", "kremlin", "downing street", "elysee",
            "élysée", "elysee palace", "élysée palace", "blue house", "zhongnanhai", "whitehall", "quai d'orsay",
            "capitol hill", "foggy bottom", "number 10", "no. 10", "kantei", "casa rosada", "planalto",
            "palacio de la moneda", "la moneda", "chigi palace", "palazzo chigi", "bellevue palace", "yongsan");
    private static final Set<Long> SEATS_OF_GOVERNMENT_H = hashesOfPhrases(SEATS_OF_GOVERNMENT);

    private static Set<Long> hashesOfPhrases(Set<String> phrases) {
        Set<Long> out = new java.util.HashSet<>();
        for (String p : phrases) out.add(TextAnalysis.hash(p));
        return Set.copyOf(out);
    }

    /**
     * {@link #SEATS_OF_GOVERNMENT} that act ({@link #actsAsOrganization}, strict) or that hold a role
     * ("Kremlin spokesman", "White House press secretary") become organisations.
     */
    private static void seatsOfGovernment(Layer l, NerFeatures.Doc d) {
        TextAnalysis t = l.t;
        for (Name n : l.names()) {
            if (PERSON.equals(n.type()) || ORG.equals(n.type()) || n.end() - n.start() > 3) continue;
            long h = TextAnalysis.hash(t.text(), t.start(n.start()), t.end(n.end() - 1));
            if (!SEATS_OF_GOVERNMENT_H.contains(h)) continue;
            int e = n.end();
            boolean role = e < t.tokenCount() && t.sentenceOf(e) == t.sentenceOf(n.start())
                    && (!t.is(e, TextAnalysis.CAPITALIZED) && ((d.cue[e] & NerFeatures.C_ROLE_HEAD) != 0
                    || (d.cue[e] & NerFeatures.C_ROLE_MOD) != 0 && e + 1 < t.tokenCount() && (d.cue[e + 1] & ROLE_WORDS) != 0)
                    // "White House press secretary", and in title case ("Kremlin Press Officer")
                    || t.isWord(e, "press") && e + 1 < t.tokenCount() && PRESS_HEADS.contains(t.hash(e + 1)));
            if (role || byAgent(t, n.start()) || actsAsOrganization(t, n.start(), n.end(), false)) l.set(n.start(), n.end(), ORG);
        }
    }

    /** Whether the name at token {@code s} is the agent of a passive verb ("controlled by the Kremlin", "approved by Downing Street"). */
    private static boolean byAgent(TextAnalysis t, int s) {
        return agentParticiple(t, s) >= 0;
    }

    /**
     * The participle of the passive whose agent is the name at token {@code s} ("approved" in "was approved by the
     * Kremlin"), or -1 where the name is no passive's agent.
     */
    private static int agentParticiple(TextAnalysis t, int s) {
        int from = t.sentenceStart(t.sentenceOf(s));
        int p = s > from && t.hash(s - 1) == H_THE ? s - 2 : s - 1;
        if (p - 1 < from || !t.isWord(p, "by") || !t.is(p - 1, TextAnalysis.WORD) || t.is(p - 1, TextAnalysis.CAPITALIZED)) return -1;
        String verb = t.token(p - 1);
        if (verb.length() <= 3 || !verb.endsWith("ed") && !verb.endsWith("en")) return -1;
        // a form of "be" before the participle ("was approved by", "are both controlled by"), not "gathered by"
        for (int k = p - 2; k >= from && k >= p - 4; k--) if (BE_FORMS.contains(t.hash(k))) return p - 1;
        return -1;
    }

    private static final Set<Long> BE_FORMS = NewsCues.hashes(Set.of("is", "are", "was", "were", "be", "been", "being"));

    /** Whether the name at token {@code s} is a passive's agent that acts, not where a thing lies ("surrounded by the Amazon"). */
    private static boolean passiveAgentActs(TextAnalysis t, int s) {
        int v = agentParticiple(t, s);
        return v >= 0 && !SPATIAL_PASSIVES.contains(t.hash(v));
    }

    /** Participles of where a thing lies, whose agent is a place ("surrounded by the Amazon", "bordered by Benelux"). */
    private static final Set<Long> SPATIAL_PASSIVES = NewsCues.hashes(Set.of("surrounded", "bordered", "bounded", "flanked",
            "crossed", "drained", "fed", "watered", "separated", "overlooked", "dwarfed", "framed", "lined", "connected",
            "linked", "served", "covered", "dominated", "encircled", "enclosed", "traversed"));

    /**
     * The context of a place name says it acts as an organisation (its government, its team): a
     * verb after it ("Seoul said", "China was defeated", "Spain ceded", "Washington has remained
     * firm"), a possessive before a word of acting ("Russia's actions", "Australia's position"),
     * a pair of such names before a verb ("Washington and Pyongyang are expected"), or a word of
     * dealings before it ("talks with Pyongyang", "sanctions against Russia", "relief to
     * Pyongyang", "ceded to the United States").
     */
    static boolean actsAsOrganization(TextAnalysis t, int s, int e, boolean permissive) {
        int sentence = t.sentenceOf(s);
        int from = t.sentenceStart(sentence), to = t.sentenceEnd(sentence);
        // the word before the name, over a "the"
        int p = s > from && t.hash(s - 1) == H_THE && s - 1 > from ? s - 2 : s - 1;
        // "the talks in Hanoi failed": a name right after "in", "at", "near" is where something happens
        if (s > from && NewsCues.LOCATIVE_H.contains(t.hash(p))) return false;
        // "tourists in Tokyo and Seoul remain cautious": the second of a pair after "in" is where it happens too
        if (s > from && t.isWord(p, "and") && p - 1 >= from && t.is(p - 1, TextAnalysis.CAPITALIZED)) {
            int q = p - 1;
            while (q > from && t.is(q - 1, TextAnalysis.CAPITALIZED)) q--;
            if (q > from && NewsCues.LOCATIVE_H.contains(t.hash(q - 1))) return false;
        }
        if (e < to) {
            if (t.hash(e) == H_POSSESSIVE) return e + 1 < to && ACTION_NOUNS.contains(t.hash(e + 1))
                    || e + 2 < to && ACTION_NOUNS.contains(t.hash(e + 2));
            if (t.hash(e) == H_BASED || t.first(e) == '-') return false;
            if (acts(t, e, to) || permissive && actsLoosely(t, e, to)) return true;
            if (permissive && t.first(e) == ',') {
                // "Seoul, keen to resume talks, has expressed hopes"
                for (int k = e + 1; k < to && k - e <= 15; k++) {
                    if (t.isWord(k, ",")) return k + 1 < to && (acts(t, k + 1, to) || actsLoosely(t, k + 1, to));
                }
            }
            // "Washington and Pyongyang are expected": a pair of actors
            if (t.isWord(e, "and") && e + 1 < to && t.is(e + 1, TextAnalysis.CAPITALIZED)) {
                int k = e + 1;
                while (k < to && k - e <= 4 && t.is(k, TextAnalysis.CAPITALIZED)) k++;
                if (k < to && (acts(t, k, to) || permissive && actsLoosely(t, k, to))) return true;
            }
        }
        if (s > from) {
            if (permissive && t.isWord(p, "for") && e < to && t.isWord(e, "to")) return true; // "calls for Washington to act"
            if (t.isWord(p, "and") && p - 1 >= from && t.is(p - 1, TextAnalysis.CAPITALIZED)) {
                if (e < to && (acts(t, e, to) || permissive && actsLoosely(t, e, to))) return true;
                int q = p - 1;
                while (q > from && t.is(q - 1, TextAnalysis.CAPITALIZED)) q--;
                return q - 1 >= from && (t.isWord(q - 1, "between") || t.isWord(q - 1, "with") || t.isWord(q - 1, "against"));
            }
            if (t.isWord(p, "with") || t.isWord(p, "urged") || t.isWord(p, "pressed") || t.isWord(p, "between")
                    || t.isWord(p, "against") || t.isWord(p, "beating") || t.isWord(p, "beat")
                    || t.isWord(p, "defeated")) return true;
            if (t.isWord(p, "to") || t.isWord(p, "from") || t.isWord(p, "by") || t.isWord(p, "of")) {
                for (int k = p - 1; k >= Math.max(from, p - 3); k--) if (DEALINGS.contains(t.hash(k))) return true;
            }
        }
        return false;
    }

    /** Nouns of acting after a place's possessive ("Russia's actions"): the place is its government. */
    private static final Set<Long> ACTION_NOUNS = NewsCues.hashes(Set.of("action", "actions", "position", "positions",
            "decision", "decisions", "preparation", "preparations", "policy", "policies", "offer", "offers", "proposal",
            "government", "military", "army", "response", "stance", "plan", "plans", "effort", "efforts", "aid",
            "demand", "demands", "refusal", "threat", "threats", "sanctions", "support", "request", "approach",
            "strategy", "move", "moves", "intervention", "role", "ambassador", "envoy", "president", "leader",
            "minister", "officials", "foreign", "defense", "defence", "unification", "prime", "nuclear", "team",
            "side", "squad", "coach", "embassy", "negotiator", "negotiators", "claim", "claims", "ambitions",
            "invasion", "annexation", "occupation", "regime", "leadership", "administration", "point", "state", "media",
            "television", "news", "agency", "authorities", "diplomats", "delegation", "ally", "allies", "partner",
            "partners", "rival", "rivals", "enemy", "enemies", "neighbour", "neighbor", "backer", "backers"));

    /** Words of dealings before "to"/"from"/"by"/"of" + a place: the place is its government. */
    private static final Set<Long> DEALINGS = NewsCues.hashes(Set.of("relief", "aid", "offer", "offered", "sanctions",
            "pressure", "message", "messages", "letter", "proposal", "ceded", "sold", "handed", "loan", "loans",
            "support", "threat", "threats", "apology", "deal", "request", "demand", "demands", "appeal", "appealed",
            "exports", "ultimatum", "concessions", "control", "declared", "declare", "recognition", "recognized",
            "annexed", "invaded", "defeat", "defeated", "surrendered", "delegation", "envoy", "ambassador"));

    /** Auxiliaries of the perfect and adverbs that may stand between an actor and its verb ("has remained"). */
    private static final Set<Long> PERFECT = NewsCues.hashes(Set.of("has", "have", "had", "also", "still", "already",
            "never", "reportedly", "apparently", "recently", "repeatedly", "officially", "formally", "publicly",
            "finally", "previously", "not"));

    /**
     * The clause from token {@code k} goes on with a verb of acting: a verb of saying or deciding,
     * a past form ("ceded", "annexed"), or a perfect ("has remained firm"). The passive ("was
     * divided") and modals are left out: there the place is as often a place.
     */
    private static boolean acts(TextAnalysis t, int k, int to) {
        int j = k;
        while (j < to && j - k < 3 && PERFECT.contains(t.hash(j))) j++;
        if (j >= to || !t.is(j, TextAnalysis.WORD) || t.is(j, TextAnalysis.CAPITALIZED)) return false;
        long h = t.hash(j);
        if (NewsCues.AGENT_VERB_H.contains(h) && !BE_OR_MODAL.contains(h) && !t.isWord(j, "and") && !PERFECT.contains(h)) {
            return true;
        }
        if (PLURAL_ACTING.contains(h)) return true;
        // "have yet to resume talks"
        if (t.isWord(j, "yet") && j > k && j + 2 < to && t.isWord(j + 1, "to") && t.is(j + 2, TextAnalysis.WORD)
                && !t.is(j + 2, TextAnalysis.CAPITALIZED)) return true;
        String w = t.token(j);
        if (t.length(j) >= 5 && w.endsWith("ed") && !w.endsWith("eed")) return true;
        return j > k && t.length(j) >= 4 && w.endsWith("en"); // "has taken"
    }

    /**
     * Looser, for capitals (cities rarely act but through their governments): an auxiliary or
     * modal and then a word that is no determiner ("Washington should seek", "Washington and
     * Pyongyang are also expected").
     */
    private static boolean actsLoosely(TextAnalysis t, int k, int to) {
        int j = k;
        boolean aux = false;
        while (j < to && j - k < 4 && (BE_OR_MODAL.contains(t.hash(j)) || PERFECT.contains(t.hash(j)))) {
            aux = true;
            j++;
        }
        if (!aux || j >= to) return false;
        if (t.is(j, TextAnalysis.QUOTE)) return true;
        return t.is(j, TextAnalysis.WORD) && !t.is(j, TextAnalysis.CAPITALIZED) && !NewsCues.FUNCTION_H.contains(t.hash(j));
    }

    /**
     * Verbs of acting in the plain present ("Tokyo and Seoul remain at odds", "Washington and Seoul
     * want"), which the verbs of acting the model reads give in their other forms; read by the rules only.
     */
    private static final Set<Long> PLURAL_ACTING = NewsCues.hashes(Set.of("want", "remain", "refuse", "insist",
            "reject", "accept", "agree", "plan", "hope", "seek", "urge", "warn", "demand", "deny", "respond", "threaten",
            "vow", "propose", "accuse", "condemn", "welcome", "confirm", "impose", "pledge", "blame", "oppose", "support",
            "disagree", "maintain", "continue", "intend", "prefer", "fear", "consider"));

    private static final Set<Long> BE_OR_MODAL = NewsCues.hashes(Set.of("is", "was", "are", "were", "will", "would",
            "should", "could", "may", "might", "must", "can", "does", "did", "do", "then", "now"));

    // ---------------------------------------------------------------- 8. titles

    /**
     * Role phrases that go with a person: right before the name ("North Korean leader", "former
     * U.S. President", "South Korea's President", "Prime Minister"), or in apposition after it
     * and a comma ("Lee In-young, South Korea's unification minister in charge of inter-Korean
     * affairs, said"; "Lim Eul-chul, a professor at Kyungnam University, said").
     */
    private List<Name> titles(Layer l, NerFeatures.Doc d) {
        TextAnalysis t = l.t;
        List<Name> out = new ArrayList<>();
        for (Name n : l.names()) {
            if (!PERSON.equals(n.type())) continue;
            int sentence = t.sentenceOf(n.start());
            int from = t.sentenceStart(sentence), to = t.sentenceEnd(sentence);
            Name before = titleBefore(l, d, n.start(), from);
            if (before != null) out.add(before);
            Name after = titleAfter(l, d, n.end(), to);
            if (after != null) out.add(after);
        }
        return out;
    }

    private static final int ROLE_WORDS = NerFeatures.C_ROLE_HEAD | NerFeatures.C_ROLE_MOD;
    /**
     * Words of institutions that modify a role inside a title ("Chief Cabinet Secretary", "foreign
     * ministry spokesman"), read by the title rule only (the model's role words are its features).
     */
    private static final Set<Long> TITLE_INSTITUTIONS = NewsCues.hashes(Set.of("cabinet", "ministry", "department",
            "government", "party", "presidential", "embassy", "military", "army", "navy", "state", "council", "central",
            "committee"));

    private Name titleBefore(Layer l, NerFeatures.Doc d, int name, int from) {
        TextAnalysis t = l.t;
        // "the lawyer of Ostrow": the name after "of" holds no role of the words before it
        if (name - 1 >= from && t.hash(name - 1) == H_OF) return null;
        int s = name;
        boolean head = false;
        int k = name - 1;
        while (k >= from && name - k <= 10) {
            int c = d.cue[k];
            // an institution's word counts inside a title, once its head is found ("foreign ministry spokesman")
            if (head && TITLE_INSTITUTIONS.contains(t.hash(k))) c |= NerFeatures.C_ROLE_MOD;
            if ((c & ROLE_WORDS) != 0 && t.is(k, TextAnalysis.WORD) && (l.type[k] == null || TITLE.equals(l.type[k]))) {
                if ((c & NerFeatures.C_ROLE_HEAD) != 0) head = true;
                if (t.hash(k) == H_OF && !(k - 1 >= from && (d.cue[k - 1] & NerFeatures.C_ROLE_HEAD) != 0)) break;
                s = k;
                k--;
                continue;
            }
            if (t.hash(k) == H_POSSESSIVE && k - 1 >= from && l.type[k - 1] != null && !PERSON.equals(l.type[k - 1])) {
                // "South Korea's President": the owner's name and its 's
                int os = l.startOf(k - 1);
                if (!head && s == name) break;
                s = os;
                k = os - 1;
                break;
            }
            if (l.type[k] != null && (COUNTRY.equals(l.type[k]) || ORG.equals(l.type[k]) || LOC.equals(l.type[k]))) {
                // "U.S. President", "NASA Administrator"
                if (s == name) break;
                int os = l.startOf(k);
                s = os;
                k = os - 1;
                continue;
            }
            if ((d.gaz[k] & (Gazetteer.Kind.DEMONYM.bit() | Gazetteer.Kind.DEMONYM.bit() << 8)) != 0
                    || (d.gaz[k] & (Gazetteer.Kind.COUNTRY.bit() << 8)) != 0 && l.type[k] == null) {
                // "North Korean leader"
                if (s == name) break;
                s = k;
                k--;
                continue;
            }
            break;
        }
        // a leading "former" is kept; a role must have its head word
        if (!head || s == name) return null;
        while (s < name && (t.hash(s) == H_OF || t.is(s, TextAnalysis.PUNCT))) s++;
        return s < name ? new Name(s, name, TITLE) : null;
    }

    /** Words that open a phrase after a name's comma that is no role: prepositions and participles. */
    private static final Set<Long> NOT_ROLE_OPENERS = NewsCues.hashes(Set.of("after", "named", "renamed", "born",
            "known", "from", "in", "with", "for", "by", "like", "including", "near", "under", "whose", "which"));

    private static Name titleAfter(Layer l, NerFeatures.Doc d, int end, int to) {
        TextAnalysis t = l.t;
        if (end + 2 >= to || t.first(end) != ',' || t.length(end) != 1) return null;
        int s = end + 1;
        // ", and a lecturer spoke": a coordination, no apposition
        if (t.isWord(s, "and") || t.isWord(s, "or") || t.isWord(s, "but")) return null;
        // ", after a tribal leader", ", named for the city's founder": a phrase about the name, no role
        if (NOT_ROLE_OPENERS.contains(t.hash(s))) return null;
        boolean article = t.isWord(s, "a") || t.isWord(s, "an") || t.isWord(s, "the");
        if (article) s++;
        int e = s;
        boolean head = false;
        int headAt = -1;
        while (e < to && e - s < 20) {
            if (t.is(e, TextAnalysis.PUNCT) && t.first(e) != '-' && t.first(e) != '&') break;
            if ((d.cue[e] & NerFeatures.C_ROLE_HEAD) != 0 && l.type[e] == null) {
                if (!head) headAt = e;
                head = true;
            }
            if ((d.cue[e] & NerFeatures.C_AGENT_VERB) != 0 && !t.isWord(e, "and") && !t.isWord(e, "of")) return null;
            e++;
        }
        if (!head || e >= to || headAt - s > 6) return null;
        char close = t.first(e);
        if (close != ',' && close != ')' && !t.is(e, TextAnalysis.TERMINAL)) return null;
        // the rest of a list ("Kim, Lee, and Park"; "Judge Rowland Barnes, Brandau and sheriff's Deputy Hoyt
        // Teasley."): no apposition; after an article it is one ("Miles, a Savile Row-tailored lawyer")
        if (PERSON.equals(l.type[s]) && (close == ',' || close == ')' || !article)) return null;
        return new Name(s, e, TITLE);
    }
}
