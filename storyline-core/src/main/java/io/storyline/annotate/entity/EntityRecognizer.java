package io.storyline.annotate.entity;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.model.Deadline;
import io.storyline.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the names in an article: PERSON, ORG, COUNTRY, LOC, and the TITLE phrases that go with
 * people ("South Korea's unification minister", "U.S. President").
 *
 * <p>A learned tagger ({@link NerModel}) proposes names, and says which it is unsure of (its
 * {@link NerModel.Decoding}: a margin below its type's, or a name a reading biased against its type
 * would not keep); the unsure ones stay only where the rules retype or re-bound them or a list keeps
 * them. News rules then correct the names: gazetteer
 * countries and their other names become COUNTRY, a capital standing for its government ("Seoul
 * said") becomes COUNTRY, "the North"/"the South" become COUNTRY when the article names the
 * country, capitalised phrases ending in an organisation word ("Ministry", "Institute") become
 * ORG, names after a courtesy title or a role become PERSON; names inside hyphenated words
 * ("Beijing-based", "the Trump-Kim summit") are found by {@link CompoundNames}. A headline in title
 * case that opens an English text is read again in sentence case ({@link HeadlineCase}), so that its
 * verbs and nouns join no name ("Microsoft Rushes Emergency Fix" gives "Microsoft"). Mentions come in
 * text order and do not overlap, except that a TITLE may sit next to the PERSON it belongs to.
 *
 * <p>Final and thread-safe; never throws on any text.
 */
public final class EntityRecognizer {
    private final NerModel model;
    private final NerFeatures features;
    private final NewsRules rules;
    private final CompoundNames compounds;
    private final NerModel.Decoding decoding;
    private final Gazetteer gazetteer;
    private final io.storyline.annotate.text.TextAnalyzer analyzer = io.storyline.annotate.text.TextAnalyzer.standard();

    /** A recognizer with {@link NerModel.Decoding#DEFAULTS}. */
    public EntityRecognizer(NerModel model, Gazetteer gazetteer) {
        this(model, gazetteer, NerModel.Decoding.DEFAULTS);
    }

    /** A recognizer whose tagger decodes with {@code decoding} (see {@link NerModel.Decoding}). */
    public EntityRecognizer(NerModel model, Gazetteer gazetteer, NerModel.Decoding decoding) {
        this.model = Objects.requireNonNull(model, "model");
        this.decoding = Objects.requireNonNull(decoding, "decoding");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.features = new NerFeatures(gazetteer, model.vocabulary(), model.classes());
        this.rules = new NewsRules(gazetteer);
        this.compounds = new CompoundNames(gazetteer, analyzer);
    }

    /** The recognizer with the bundled model and gazetteer. */
    public static EntityRecognizer standard() {
        return new EntityRecognizer(NerModel.bundled(), Gazetteer.bundled());
    }

    /** The names in {@code text} (analysed as {@code t}), as mentions of article {@code articleId}. */
    public List<Mention> recognize(String articleId, String text, TextAnalysis t) {
        return recognize(articleId, text, t, Deadline.none());
    }

    /**
     * As {@link #recognize(String, String, TextAnalysis)}, checking {@code deadline} between
     * sentences.
     *
     * @throws IllegalArgumentException when {@code t} is not the analysis of {@code text}
     */
    public List<Mention> recognize(String articleId, String text, TextAnalysis t, Deadline deadline) {
        return recognize(articleId, text, t, deadline, true);
    }

    /** As {@link #recognize(String, String, TextAnalysis, Deadline)}; headlines in title case are read in sentence case only in English. */
    private List<Mention> recognize(String articleId, String text, TextAnalysis t, Deadline deadline, boolean english) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(t, "t");
        if (!t.text().equals(text)) throw new IllegalArgumentException("the analysis is of another text");
        NerFeatures.Doc d = features.prepare(t);
        List<Mention> out = names(articleId, text, t, d, deadline);
        if (!english) return out;
        boolean[] headline = new boolean[t.sentenceCount()];
        String cased = HeadlineCase.truecase(t, d, headline);
        if (cased == null) return out;
        TextAnalysis tc = analyzer.analyze(cased);
        if (!sameTokens(t, tc)) return out;
        // in the headlines, a name read in title case whose every word sentence case left as printed
        // stays ("Obama Reverses Bush": "Obama", "Bush"), unless sentence case reads a longer name of
        // such words around it ("Julie Mollins Wins …") and no list knows it whole as a country, place or
        // organisation ("China Agree Trade Deal"); the names of the sentence case take the rest
        // ("Microsoft Rushes Emergency Fix" is "Microsoft")
        java.util.function.Predicate<Mention> inHeadline = m -> headline[t.sentenceOf(t.tokenAt(m.start()))];
        List<Mention> inCased = new ArrayList<>();
        for (Mention m : names(articleId, text, tc, features.prepare(tc), deadline)) if (inHeadline.test(m)) inCased.add(m);
        List<Mention> merged = new ArrayList<>(out.size() + 4);
        List<Mention> kept = new ArrayList<>();
        for (Mention m : out) {
            if (!inHeadline.test(m)) merged.add(m);
            else if (keptCapitalised(text, cased, m) && (placeOrOrganisationWhole(t, m) || inCased.stream().noneMatch(c -> c.start() <= m.start()
                    && m.end() <= c.end() && c.end() - c.start() > m.end() - m.start() && keptCapitalised(text, cased, c)))) kept.add(m);
        }
        merged.addAll(kept);
        for (Mention m : inCased) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) merged.add(m);
        }
        merged.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return merged;
    }

    /** Whether the gazetteer knows mention {@code m} of {@code t} whole as a country, place or organisation. */
    private boolean placeOrOrganisationWhole(TextAnalysis t, Mention m) {
        int s = t.tokenAt(m.start()), e = t.tokenAt(m.end() - 1) + 1;
        if (s >= e || e > t.tokenCount()) return false;
        return known(t, s, e, Gazetteer.Kind.COUNTRY) || known(t, s, e, Gazetteer.Kind.CAPITAL) || known(t, s, e, Gazetteer.Kind.PLACE)
                || known(t, s, e, Gazetteer.Kind.TOWN) || known(t, s, e, Gazetteer.Kind.ORG);
    }

    /** Whether sentence case left every word of {@code m} as printed. */
    private static boolean keptCapitalised(String text, String cased, Mention m) {
        for (int c = m.start(); c < m.end(); c++) if (cased.charAt(c) != text.charAt(c)) return false;
        return true;
    }

    /** Whether two analyses cut the same tokens and sentences (a text and its headlines in sentence case). */
    private static boolean sameTokens(TextAnalysis a, TextAnalysis b) {
        if (a.tokenCount() != b.tokenCount() || a.sentenceCount() != b.sentenceCount()) return false;
        for (int i = 0; i < a.tokenCount(); i++) if (a.start(i) != b.start(i) || a.end(i) != b.end(i)) return false;
        for (int s = 0; s < a.sentenceCount(); s++) if (a.sentenceStart(s) != b.sentenceStart(s)) return false;
        return true;
    }

    /** The names of {@code t} (whose offsets are those of {@code text}), with the text's own words. */
    private List<Mention> names(String articleId, String text, TextAnalysis t, NerFeatures.Doc d, Deadline deadline) {
        boolean[] weak = new boolean[t.tokenCount()];
        int[] labels = tag(t, d, weak, deadline);
        List<NewsRules.Name> names = NewsRules.names(labels, t.tokenCount());
        names = withoutUnsure(t, d, names, weak, deadline);
        CompoundNames.Found inside = compounds.find(t, names);
        List<Mention> out = new ArrayList<>(names.size() + inside.parts().size());
        for (NewsRules.Name n : names) {
            if (inside.replaced().contains(n)) continue;
            int s = t.start(n.start()), e = t.end(n.end() - 1);
            out.add(new Mention(articleId, s, e, text.substring(s, e), n.type()));
        }
        if (!inside.parts().isEmpty()) {
            for (CompoundNames.Part p : inside.parts()) out.add(new Mention(articleId, p.start(), p.end(), text.substring(p.start(), p.end()), p.type()));
            out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        }
        return out;
    }

    /**
     * The names of a text in another language than English. The tagger and the rules read English:
     * on German they take nouns for people ("Zeit", "den Kampf", "Beide Sprünge"). So only the names
     * that do not depend on English are kept: a country, place or organisation whose words the
     * gazetteer knows as a whole, a person's name of two or more capitalised words opening with a
     * known given name ("Jens Spahn"), and the countries, places and organisations found inside
     * hyphenated words.
     */
    public List<Mention> recognizeForeign(String articleId, String text, TextAnalysis t, Deadline deadline) {
        return recognizeForeign(articleId, text, t, null, deadline);
    }

    /**
     * As {@link #recognizeForeign(String, String, TextAnalysis, Deadline)}, knowing the article's
     * language (an ISO 639-1 code, or null): in a language that capitalises its nouns (German), a
     * one-word name that only the list of towns knows is a common noun, in every mention of the
     * article, where one of its mentions follows an article or a determiner of that language, over
     * lower-case words at most ("die Kinder", "am Ende", "am vergangenen Sonntag"; towns take none:
     * "in Kelheim"); and an outlet named by one of its nouns, printed bare, is that noun
     * ({@link NounLanguage#outlets}: "auf der Welt"; "der „Welt“" and "BILD" stay).
     */
    public List<Mention> recognizeForeign(String articleId, String text, TextAnalysis t, String language, Deadline deadline) {
        List<Mention> all = recognize(articleId, text, t, deadline, false);
        List<Mention> out = new ArrayList<>(all.size() / 4 + 1);
        for (Mention m : all) if (languageFree(t, m)) out.add(m);
        NounLanguage nounLanguage = language == null ? null : NOUN_LANGUAGES.get(language.toLowerCase(java.util.Locale.ROOT));
        if (nounLanguage == null) return out;
        java.util.Set<Long> determiners = nounLanguage.determiners();
        out.removeIf(m -> NewsRules.ORG.equals(m.type()) && commonNounOutlet(text, t, m, determiners, nounLanguage.outlets()));
        java.util.Set<Long> nouns = new java.util.HashSet<>();
        for (int k = 0; k < t.tokenCount(); k++) {
            if (!t.is(k, TextAnalysis.CAPITALIZED) || t.is(k, TextAnalysis.ALL_CAPS) || !t.is(k, TextAnalysis.WORD)) continue;
            int p = k - 1;
            while (p >= 0 && k - p <= DETERMINER_REACH && t.is(p, TextAnalysis.WORD) && !t.is(p, TextAnalysis.CAPITALIZED)
                    && !determiners.contains(t.hash(p)) && t.sentenceOf(p) == t.sentenceOf(k) && inflected(t, p, nounLanguage)) p--;
            if (p >= 0 && t.sentenceOf(p) == t.sentenceOf(k) && determiners.contains(t.hash(p)) && !t.is(p, TextAnalysis.CAPITALIZED)) {
                nouns.add(t.hash(k));
            }
        }
        if (nouns.isEmpty()) return out;
        out.removeIf(m -> {
            if (!NewsRules.LOC.equals(m.type()) && !NewsRules.COUNTRY.equals(m.type())) return false;
            int s = t.tokenAt(m.start()), e = t.tokenAt(m.end() - 1) + 1;
            if (e - s != 1 || t.start(s) != m.start() || t.end(s) != m.end() || !nouns.contains(t.hash(s))) return false;
            return known(t, s, e, Gazetteer.Kind.TOWN) && !known(t, s, e, Gazetteer.Kind.COUNTRY)
                    && !known(t, s, e, Gazetteer.Kind.CAPITAL) && !known(t, s, e, Gazetteer.Kind.PLACE);
        });
        return out;
    }

    /**
     * Whether token {@code p} has one of {@code language}'s adjective endings ("vergangenen", "neue"), as the words
     * between a determiner and its noun have; a preposition ("die in Kelheim lebenden") has none.
     */
    private static boolean inflected(TextAnalysis t, int p, NounLanguage language) {
        String w = t.lower(p);
        if (w.length() < 4) return false;
        for (String end : language.adjectiveEndings()) if (w.endsWith(end)) return true;
        return false;
    }

    /**
     * Whether organisation mention {@code m} names one of {@code outlets} (with its article or without)
     * printed as the language's common noun is: not in capitals ("WELT"), not in quotation marks
     * ("die „Welt“").
     */
    private static boolean commonNounOutlet(String text, TextAnalysis t, Mention m, java.util.Set<Long> determiners,
                                            java.util.Set<Long> outlets) {
        int s = t.tokenAt(m.start()), e = t.tokenAt(m.end() - 1) + 1;
        if (e - s == 2 && determiners.contains(t.hash(s))) s++;
        if (e - s != 1 || !outlets.contains(t.hash(s)) || t.is(s, TextAnalysis.ALL_CAPS)) return false;
        int before = m.start() - 1, after = m.end();
        boolean quoted = before >= 0 && QUOTES.indexOf(text.charAt(before)) >= 0 || after < text.length() && QUOTES.indexOf(text.charAt(after)) >= 0;
        return !quoted;
    }

    /** Quotation marks that set a title apart. */
    private static final String QUOTES = "\"'„“”‚‘’«»‹›";

    /** Most words back from a noun to its determiner: the determiner and up to two lower-case words between. */
    private static final int DETERMINER_REACH = 3;

    /**
     * What the rules of {@link #recognizeForeign} read of a language that capitalises every noun, so
     * that a name list's towns and outlets there are also its nouns.
     *
     * @param determiners      its articles, contractions with them and determiners
     * @param adjectiveEndings the endings of its adjectives before a noun
     * @param outlets          newspapers and magazines named by one of its nouns ("Bild", "Blick", "Die Welt",
     *                         "Der Spiegel", "Die Zeit"), which its press prints in quotation marks or
     *                         capitals: the bare word is the noun (the world, a glance, a picture)
     */
    private record NounLanguage(java.util.Set<Long> determiners, List<String> adjectiveEndings, java.util.Set<Long> outlets) {
    }

    /** The languages that capitalise every noun, by ISO 639-1 code. */
    private static final java.util.Map<String, NounLanguage> NOUN_LANGUAGES = java.util.Map.of(
            "de", new NounLanguage(
                    NewsCues.hashes(java.util.Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
                            "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "keines", "am", "im", "beim", "zum",
                            "zur", "vom", "ins", "ans", "aufs", "ums", "unser", "unsere", "unserem", "unseren", "unserer", "sein",
                            "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer", "mein", "meine",
                            "meinem", "meinen", "meiner", "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes",
                            "jedem", "jeden", "alle", "allen", "aller", "viele", "vielen", "welche", "welcher", "welches")),
                    List.of("e", "en", "er", "es", "em"),
                    NewsCues.hashes(java.util.Set.of("welt", "bild", "blick", "spiegel", "zeit", "stern", "presse", "standard",
                            "kurier", "freitag"))));

    private boolean languageFree(TextAnalysis t, Mention m) {
        int s = t.tokenAt(m.start()), e = t.tokenAt(m.end() - 1) + 1;
        if (s >= t.tokenCount() || e > t.tokenCount() || e <= s) return false;
        // a part of a hyphenated word: the gazetteer's country, place or organisation ("Trump-Kim" is read by the model)
        if (t.start(s) != m.start() || t.end(e - 1) != m.end()) return !NewsRules.PERSON.equals(m.type());
        switch (m.type()) {
            case NewsRules.PERSON -> {
                if (e - s < 2) return false;
                for (int k = s; k < e; k++) {
                    if (!t.is(k, TextAnalysis.WORD) || !t.is(k, TextAnalysis.CAPITALIZED) && !t.is(k, TextAnalysis.PERIOD)) return false;
                }
                return known(t, s, s + 1, Gazetteer.Kind.GIVEN);
            }
            case NewsRules.ORG -> {
                return known(t, s, e, Gazetteer.Kind.ORG);
            }
            case NewsRules.COUNTRY, NewsRules.LOC -> {
                return known(t, s, e, Gazetteer.Kind.COUNTRY) || known(t, s, e, Gazetteer.Kind.CAPITAL)
                        || known(t, s, e, Gazetteer.Kind.PLACE) || known(t, s, e, Gazetteer.Kind.TOWN);
            }
            default -> {
                return false; // TITLE and MISC: phrases of English
            }
        }
    }

    /** Whether the gazetteer knows tokens {@code [s, e)} as one name of {@code kind}. */
    private boolean known(TextAnalysis t, int s, int e, Gazetteer.Kind kind) {
        Gazetteer.Match g = gazetteer.longest(t, s, e, kind);
        return g != null && g.end() == e;
    }

    /**
     * Whether a place mention (COUNTRY or LOC) of {@code t} acts as an organisation rather than
     * stands for a place: its government or team does something ("Seoul said", "China was
     * defeated", "Russia's actions", "sanctions against Russia"). Events read this to tell actors
     * from places; evaluations whose guidelines tag such mentions ORG (UNER) map them so.
     */
    public boolean actsAsOrganization(TextAnalysis t, Mention m) {
        Objects.requireNonNull(m, "m");
        int s = t.tokenAt(m.start());
        int e = t.tokenAt(m.end() - 1) + 1;
        if (s >= t.tokenCount() || e > t.tokenCount() || e <= s) return false;
        return NewsRules.actsAsOrganization(t, s, e, false);
    }

    /**
     * Applies the rules to the tagger's names without those it was unsure of (below their
     * {@link NerModel.Decoding}), then gives back an unsure name where the rules, run with it, change
     * its type or bounds (a place before "river", a person's name after a title) or it stands in a
     * list beside a kept name of its type ("Mosul, Baiji, and Tuz"); what the rules made there then
     * replaces the kept names in its way ("the Kremlin spokesman" read as a title without the
     * Kremlin).
     */
    private List<NewsRules.Name> withoutUnsure(TextAnalysis t, NerFeatures.Doc d, List<NewsRules.Name> names, boolean[] weak,
            Deadline deadline) {
        List<NewsRules.Name> sure = new ArrayList<>(names.size()), unsure = new ArrayList<>();
        for (NewsRules.Name n : names) (weak[n.start()] ? unsure : sure).add(n);
        List<NewsRules.Name> kept = rules.apply(t, d, sure, deadline);
        if (unsure.isEmpty()) return kept;
        List<NewsRules.Name> all = rules.apply(t, d, names, deadline);
        int keptLongest = longest(kept), allLongest = longest(all);
        java.util.Set<NewsRules.Name> drop = new java.util.HashSet<>();
        java.util.Set<NewsRules.Name> add = new java.util.LinkedHashSet<>();
        for (NewsRules.Name u : unsure) {
            // what the rules made of it, and the kept names in the way ("the Kremlin spokesman", "Hapoel Haifa")
            List<NewsRules.Name> made = overlapping(all, allLongest, u.start(), u.end());
            if (made.isEmpty() || made.size() == 1 && made.get(0).equals(u) && !listedWith(t, u, kept, keptLongest)) continue;
            List<NewsRules.Name> inWay = new ArrayList<>();
            for (NewsRules.Name m : made) {
                for (NewsRules.Name k : overlapping(kept, keptLongest, m.start(), m.end())) if (!inWay.contains(k)) inWay.add(k);
            }
            for (NewsRules.Name k : inWay) {
                for (NewsRules.Name m : overlapping(all, allLongest, k.start(), k.end())) if (!made.contains(m)) made.add(m);
            }
            drop.addAll(inWay);
            add.addAll(made);
        }
        if (add.isEmpty()) return kept;
        List<NewsRules.Name> out = new ArrayList<>(kept.size() + add.size());
        for (NewsRules.Name k : kept) if (!drop.contains(k)) out.add(k);
        List<NewsRules.Name> others = List.copyOf(out);
        int othersLongest = longest(others);
        for (NewsRules.Name m : add) if (overlapping(others, othersLongest, m.start(), m.end()).isEmpty()) out.add(m);
        out.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(y.end(), x.end()));
        return out;
    }

    /** Whether {@code n} stands in a list ("Mosul, Baiji, and Tuz") beside a name of {@code names} of its type. */
    private static boolean listedWith(TextAnalysis t, NewsRules.Name n, List<NewsRules.Name> names, int longest) {
        for (NewsRules.Name m : overlapping(names, longest, n.start() - 3, n.end() + 3)) {
            if (!m.type().equals(n.type())) continue;
            if (m.end() <= n.start() ? NewsRules.listGap(t, m.end(), n.start(), false)
                    : n.end() <= m.start() && NewsRules.listGap(t, n.end(), m.start(), false)) return true;
        }
        return false;
    }

    /** The most tokens a name of {@code names} spans. */
    private static int longest(List<NewsRules.Name> names) {
        int most = 0;
        for (NewsRules.Name n : names) most = Math.max(most, n.end() - n.start());
        return most;
    }

    /**
     * The names of {@code names} (in order of their starts, none longer than {@code longest}
     * tokens) that overlap tokens {@code [s, e)}, in order; found by binary search, so that an
     * article with many names costs no more than a logarithm per question.
     */
    private static List<NewsRules.Name> overlapping(List<NewsRules.Name> names, int longest, int s, int e) {
        int lo = 0, hi = names.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (names.get(mid).start() < e) lo = mid + 1;
            else hi = mid;
        }
        List<NewsRules.Name> out = new ArrayList<>(2);
        for (int i = lo - 1; i >= 0 && names.get(i).start() >= s - longest; i--) {
            if (names.get(i).end() > s) out.add(names.get(i));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** The model's raw labels for every token (label indices of {@link NerModel#LABELS}). */
    int[] tag(TextAnalysis t, NerFeatures.Doc d, boolean[] weak, Deadline deadline) {
        int[] labels = new int[t.tokenCount()];
        long[] scratch = new long[NerFeatures.MAX];
        int[] buf = new int[256];
        boolean[] weakBuf = new boolean[256];
        for (int s = 0; s < t.sentenceCount(); s++) {
            if ((s & 15) == 0) deadline.check();
            int from = t.sentenceStart(s), to = t.sentenceEnd(s);
            if (buf.length < to - from) {
                buf = new int[to - from];
                weakBuf = new boolean[to - from];
            }
            java.util.Arrays.fill(weakBuf, 0, to - from, false);
            model.tag(features, d, from, to, buf, scratch, decoding, weakBuf);
            System.arraycopy(buf, 0, labels, from, to - from);
            System.arraycopy(weakBuf, 0, weak, from, to - from);
        }
        return labels;
    }
}
