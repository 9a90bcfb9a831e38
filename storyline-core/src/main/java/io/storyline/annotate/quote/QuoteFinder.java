package io.storyline.annotate.quote;

import io.storyline.annotate.entity.EntityIndex;
import io.storyline.annotate.entity.EntityResolver;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.model.Deadline;
import io.storyline.model.Entity;
import io.storyline.model.Mention;
import io.storyline.model.Quote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the direct quotes of an article and who said them.
 *
 * <p>Quotes: the outermost pairs of quote marks ({@link QuoteMarks}: straight, curly, low-9,
 * guillemets, single marks; nested quotes stay inside their outer quote; a quote may run over
 * paragraphs). A pair is a <em>statement</em> when a cue attributes it, or when it stands as a
 * clause of its own (at least {@link QuoteOptions#minStatementWords()} words, not inside the
 * author's sentence). A short phrase inside the author's sentence ("so-called 'goodwill
 * measures'", "were 'seriously considering'") is a scare or partial quote and is dropped. The
 * same words quoted twice in one text (a pull quote repeating a sentence) give one quote: the one
 * with a speaker, then with a named one, then with a cue of its own, else the longer; two different
 * speakers' words stay two quotes.
 *
 * <p>Speakers, from the cue next to the quote, in either order and with inversions: {@code "…,"
 * he said}, {@code "…," said Lee}, {@code "…" Lee said in a statement}, {@code Lee told a news
 * conference: "…"}, {@code X, the unification minister, said "…"}, {@code according to Lee, "…"},
 * {@code "…," a Meravian official who asked not to be named said}. The subject is a name (a
 * mention, or a capitalised run when no mention covers it), a pronoun (he/she: the nearest person
 * mentioned before it outside quotes, gender permitting; they: the previous group speaker), or a
 * description ("the official"), which stays the speaker when no name is given (entity null). A
 * quote without a cue that opens its paragraph, or follows another quote in its paragraph,
 * continues the previous quote's speaker when that quote is in the same or the previous paragraph
 * and no other person is named in between. Names map to entities when a resolution is given;
 * without one, a short name ("Lee") is written as the fullest person mention holding it ("Lee
 * In-young").
 *
 * <p>Final and thread-safe; never throws on any text; linear in the text's length.
 */
public final class QuoteFinder {
    /** Prepositions that qualify a name without ending it ("Kim of the institute"). */
    private static final java.util.Set<Long> QUALIFIERS = hashes("of", "at", "from", "with", "for");
    /** "As Major himself noted, …": a clause of attribution may open with "as". */
    private static final long AS = io.storyline.annotate.text.TextAnalysis.hash("as");
    /** Words of a signature's affiliation after the name and its comma ("David Pogue, Yahoo Tech"). */
    private static final int MAX_AFFILIATION_WORDS = 6;
    /** Verbs that give a statement named by its noun ("had a more succinct statement", "issued a warning"). */
    private static final java.util.Set<Long> STATEMENT_VERBS = hashes("had", "has", "issued", "issues", "gave", "gives",
            "released", "releases", "made", "makes", "offered", "delivered", "posted", "sent", "put", "wrote", "writes",
            "penned");
    /** Nouns of what was said, after {@link #STATEMENT_VERBS}. */
    private static final java.util.Set<Long> STATEMENT_NOUNS = hashes("statement", "comment", "comments", "remarks",
            "message", "response", "reply", "answer", "explanation", "warning", "verdict", "assessment", "tribute",
            "apology", "appeal", "plea", "words", "insight", "thoughts", "advice", "update", "reaction", "letter", "note",
            "tweet", "email", "e-mail", "post", "eulogy", "essay");
    /** Common verbs in the past that do not end in -ed ("gave", "won"), for a subject before its verb. */
    private static final java.util.Set<Long> IRREGULAR_PAST = hashes("gave", "made", "took", "had", "was", "went",
            "came", "won", "lost", "met", "spoke", "left", "became", "began", "sent", "brought", "got", "held", "led",
            "ran", "sold", "bought", "built", "kept", "felt", "knew", "saw", "found", "thought", "paid", "fell", "rose",
            "chose", "drew", "grew", "threw", "broke", "struck", "fought", "sought", "spent", "stood", "sang", "wore");
    private static final long BUT = io.storyline.annotate.text.TextAnalysis.hash("but");
    private static final long QUOTED = io.storyline.annotate.text.TextAnalysis.hash("quoted");
    /** Verbs of telling that close a sentence of reported speech with their object ("told the Herald on Sunday"). */
    private static final java.util.Set<Long> TELLING = hashes("told", "tells");
    /** Auxiliaries of the passive "was quoted as saying", "has been quoted as saying". */
    private static final java.util.Set<Long> PASSIVE_AUXILIARIES = hashes("is", "was", "are", "were", "been", "has", "have",
            "had", "being");
    private static final long PUTS = io.storyline.annotate.text.TextAnalysis.hash("puts");
    private static final long PUT = io.storyline.annotate.text.TextAnalysis.hash("put");
    private static final long IT = io.storyline.annotate.text.TextAnalysis.hash("it");
    /** Cue verbs whose passive makes the subject the one spoken to ("was asked", "were told"). */
    private static final java.util.Set<Long> PASSIVE_CUES = hashes("asked", "told", "urged", "warned", "advised",
            "assured", "promised");
    /** Forms of "be" that make a passive of {@link #PASSIVE_CUES}. */
    private static final java.util.Set<Long> BE = hashes("was", "were", "is", "are", "been", "be", "being");
    /** Verbs that take the listener as object: "told reporters" has no inverted subject. */
    private static final java.util.Set<Long> OBJECT_VERBS = hashes("told", "tell", "tells", "telling", "urged",
            "assured", "promised");
    /** Prepositions that start a complement, not a subject ("said in a statement"). */
    private static final java.util.Set<Long> PREPOSITIONS = hashes("in", "on", "at", "to", "during", "after",
            "before", "from", "with", "for", "by", "of", "last", "this", "on", "late", "early", "that");

    /**
     * Words a quote needs for its words found inside another quote of the same text to make it a
     * repeat (a pull quote) rather than a common phrase; shorter quotes repeat only when equal.
     */
    private static final int PULL_QUOTE_WORDS = 4;
    /** A quote without a cue whose long words are capitalised at this rate (in tenths) is a title. */
    private static final int TITLE_CAPITALS_TENTHS = 7;

    private final QuoteOptions options;
    private final Genders genders;

    public QuoteFinder(QuoteOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.genders = Genders.bundled();
    }

    /** The finder with {@link QuoteOptions#DEFAULTS}. */
    public static QuoteFinder standard() {
        return new QuoteFinder(QuoteOptions.DEFAULTS);
    }

    public QuoteOptions options() {
        return options;
    }

    /**
     * The quotes of {@code text} (analysed as {@code t}), with speakers named after the given
     * mentions (as {@link io.storyline.annotate.entity.EntityRecognizer} gives them; may be empty).
     * Speakers' entities are null.
     *
     * @throws IllegalArgumentException when {@code t} is not the analysis of {@code text}
     */
    public List<Quote> find(String articleId, String text, TextAnalysis t, List<Mention> mentions) {
        return find(articleId, text, t, mentions, Deadline.none());
    }

    /** As {@link #find(String, String, TextAnalysis, List)}, checking {@code deadline} in its loops. */
    public List<Quote> find(String articleId, String text, TextAnalysis t, List<Mention> mentions, Deadline deadline) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(t, "t");
        Objects.requireNonNull(mentions, "mentions");
        if (!t.text().equals(text)) throw new IllegalArgumentException("the analysis is of another text");
        return run(articleId, t, mentions, null, null, deadline);
    }

    /**
     * The quotes of the article analysed as {@code t}, with speakers resolved to the entities of
     * {@code resolution} (what {@link EntityResolver#add} returned for this article) and named by
     * their canonical names in {@code index}.
     */
    public List<Quote> find(String articleId, TextAnalysis t, EntityResolver.Resolution resolution, EntityIndex index,
                            Deadline deadline) {
        Objects.requireNonNull(t, "t");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(index, "index");
        List<Mention> ms = resolution.mentions();
        String[] ids = resolution.entities().toArray(new String[0]);
        return run(articleId, t, ms, ids, id -> {
            Entity e = index.entity(id);
            return e == null ? null : e.name();
        }, deadline);
    }

    private List<Quote> run(String articleId, TextAnalysis t, List<Mention> mentions, String[] ids,
                            java.util.function.Function<String, String> names, Deadline deadline) {
        Objects.requireNonNull(deadline, "deadline");
        List<QuoteMarks.Span> spans = QuoteMarks.pair(t.text(), options, deadline);
        if (spans.isEmpty() || t.tokenCount() == 0) return List.of();
        Doc d = new Doc(articleId, t, mentions, ids, names, spans);
        return d.run(deadline);
    }

    private static java.util.Set<Long> hashes(String... words) {
        java.util.Set<Long> s = new java.util.HashSet<>();
        for (String w : words) s.add(TextAnalysis.hash(w));
        return java.util.Set.copyOf(s);
    }

    /** A speaker as found: a name (with its entity when known) or a description. */
    private record Speaker(String name, String entity, boolean person, boolean group) {
    }

    /** A pronoun no mention fits: the quote has a cue (and continues no earlier speaker) but no speaker. */
    private static final Speaker UNRESOLVED = new Speaker(null, null, true, false);

    /** An attribution: who, and the cue's words. */
    private record Attribution(Speaker speaker, String cue) {
    }

    /** The work on one article. */
    private final class Doc {
        final String article;
        final TextAnalysis t;
        final String text;
        final List<QuoteMarks.Span> spans;
        final Mention[] ms;
        final String[] ids;
        final java.util.function.Function<String, String> names;
        /** Mention starting / ending (last token) at each token, or -1. */
        final int[] startingAt, endingAt;
        final int[] spanStarts;
        /** Each span's opening mark's offset, ascending. */
        final int[] spanOpens;
        /** What each mention's person is known to be, from a title or a given name of any mention of its entity. */
        final Genders.Gender[] gender;
        /** The speakers named so far (for quotes introduced without a cue verb). */
        final java.util.Set<String> spoken = new java.util.HashSet<>();

        Doc(String article, TextAnalysis t, List<Mention> mentions, String[] ids,
            java.util.function.Function<String, String> names, List<QuoteMarks.Span> spans) {
            this.article = article;
            this.t = t;
            this.text = t.text();
            this.spans = spans;
            this.names = names;
            Integer[] order = new Integer[mentions.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Integer.compare(mentions.get(a).start(), mentions.get(b).start()));
            List<Mention> kept = new ArrayList<>();
            List<String> keptIds = new ArrayList<>();
            for (int i : order) {
                Mention m = mentions.get(i);
                if (m.end() > text.length() || m.end() <= m.start() || "TITLE".equals(m.type())) continue;
                kept.add(m);
                keptIds.add(ids == null || i >= ids.length ? null : ids[i]);
            }
            this.ms = kept.toArray(new Mention[0]);
            this.ids = keptIds.toArray(new String[0]);
            startingAt = new int[t.tokenCount()];
            endingAt = new int[t.tokenCount()];
            Arrays.fill(startingAt, -1);
            Arrays.fill(endingAt, -1);
            for (int i = 0; i < ms.length; i++) {
                int s = t.tokenAt(ms[i].start()), e = t.tokenAt(ms[i].end() - 1);
                if (s >= t.tokenCount() || e >= t.tokenCount()) continue;
                if (startingAt[s] < 0) startingAt[s] = i;
                endingAt[e] = i;
            }
            gender = genders();
            spanStarts = new int[spans.size()];
            for (int i = 0; i < spanStarts.length; i++) spanStarts[i] = spans.get(i).contentStart();
            spanOpens = new int[spans.size()];
            for (int i = 0; i < spanOpens.length; i++) spanOpens[i] = spans.get(i).open();
        }

        List<Quote> run(Deadline deadline) {
            List<Quote> out = new ArrayList<>();
            List<Integer> paragraphs = new ArrayList<>();
            List<Speaker> speakers = new ArrayList<>();
            for (QuoteMarks.Span span : spans) {
                deadline.check();
                if (out.size() >= options.maxQuotes()) break;
                Quote q = quote(span, out, paragraphs, speakers);
                if (q == null) continue;
                out.add(q);
                int tok = Math.min(t.tokenAt(span.contentStart()), t.tokenCount() - 1);
                paragraphs.add(t.paragraph(t.sentenceOf(tok)));
            }
            return dedupe(out);
        }

        private Quote quote(QuoteMarks.Span span, List<Quote> before, List<Integer> paragraphs, List<Speaker> speakers) {
            int n = t.tokenCount();
            int open = t.tokenAt(span.open());
            if (open >= n) return null;
            int close = span.close() >= 0 ? t.tokenAt(span.close()) : -1;
            if (close >= n) close = -1;
            int words = 0;
            for (int k = t.tokenAt(span.contentStart()); k < n && t.start(k) < span.contentEnd(); k++) {
                if ((t.flags(k) & TextAnalysis.WORD) != 0) words++;
            }
            if (words == 0 || jsonValue(span)) return null;
            char last = lastInside(span);
            boolean terminal = last == '.' || last == '!' || last == '?' || last == '…';
            boolean comma = last == ',';
            boolean startsLower = startsLower(span);
            Attribution after = close >= 0 ? after(close + 1, terminal) : null;
            Attribution lead = before(open);
            Attribution a = comma || !terminal ? (after != null ? after : lead) : (lead != null ? lead : after);
            boolean embeddedBefore = embeddedBefore(open);
            boolean embeddedAfter = close >= 0 && !comma && embeddedAfter(close + 1);
            boolean statement;
            if (a != null && a.cue() == null && words < options.minStatementWords()) {
                statement = false; // introduced by a colon only: a clause or nothing
            } else if (words < options.minStatementWords() && !comma && !terminal && close >= 0 && close + 1 < n && !newLine(close + 1)
                    && t.is(close + 1, TextAnalysis.WORD)) {
                statement = false; // a word or two the sentence goes on after ("has blasted “whinger” Prince Harry")
            } else if (embeddedAfter && (words <= options.maxPartialWords() || embeddedBefore)) {
                statement = false; // a title or phrase the author's sentence goes on after
            } else if (a != null) {
                // "said the company 'will require technology …'": a partial quote, even with a cue
                statement = !(embeddedBefore && (startsLower || words <= options.maxPartialWords()));
            } else if (title(span, terminal)) {
                statement = false; // "An Experimental Study of Diversity", "Rail for a New Decade"
            } else if (embeddedBefore || embeddedAfter) {
                statement = words >= options.minEmbeddedWords() && !startsLower && terminal;
            } else {
                // standing alone: a clause, not a title ("Black Lives Matter") or a fragment ("to save the economy")
                // a clause ends in . ! ? inside the marks or right after them (« … ».), or follows a colon
                boolean ends = terminal || endsAfter(span) || open > 0 && t.isWord(open - 1, ":");
                statement = words >= options.minStatementWords() && (ends || words > options.maxPartialWords())
                        && !(startsLower && !ends);
            }
            if (!statement) return null;
            int paragraph = t.paragraph(t.sentenceOf(Math.min(t.tokenAt(span.contentStart()), n - 1)));
            // a quote with a cue of its own whose speaker could not be read does not inherit one
            // ("…," said Supervisor Alfredo Pedroza of Napa County, read as one place)
            boolean ownCue = close >= 0 && cueVerbAfter(close + 1);
            if (a == null && close >= 0 && span.paragraphStart()) a = signature(close + 1);
            if (a == null && !ownCue) a = reportedSpeech(open, span.paragraphStart() && close >= 0 && closesParagraph(close));
            if (a == null && !ownCue && !before.isEmpty() && (span.paragraphStart() || followsQuote(span, before))) {
                Quote prev = before.get(before.size() - 1);
                int prevParagraph = paragraphs.get(paragraphs.size() - 1);
                int gap = paragraph - prevParagraph;
                // a quote signed on the line after it closes its speaker's run ("“…”⏎David Pogue, Yahoo Tech⏎“…”⏎Engadget")
                boolean signed = prev.end() < text.length() && signature(t.tokenAt(prev.end()) + 1) != null;
                if (prev.speaker() != null && (gap <= 1 || gap == 2 && namedBetween(prev, span.open()))
                        && !otherPersonBetween(prev, span.open()) && !signed) {
                    a = new Attribution(new Speaker(prev.speaker(), prev.entity(), true, false), null);
                }
            }
            speakers.add(a == null ? null : a.speaker());
            if (a != null && a.speaker() != null && a.speaker().name() != null) spoken.add(a.speaker().name());
            int s = span.contentStart(), e = span.contentEnd();
            String id = "q-" + shortHash(article + ":" + s + ":" + e);
            Speaker who = a == null ? null : a.speaker();
            return new Quote(id, article, s, e, text.substring(s, e), who == null ? null : who.name(),
                    who == null ? null : who.entity(), a == null ? null : a.cue(), List.of());
        }

        /**
         * The opener's token of a short span in marks closed at token {@code close} within one sentence
         * (a title in the author's sentence: "told \"Morning Edition\" host Nora Quill"), or -1.
         */
        private int titleOpener(int close) {
            int at = t.start(close);
            // the spans are outermost and in order: the one closed here is the last one opened before it
            int i = Arrays.binarySearch(spanOpens, at);
            i = i >= 0 ? i - 1 : -i - 2;
            if (i < 0 || spans.get(i).close() != at) return -1;
            int open = t.tokenAt(spans.get(i).open());
            if (close - open > 2 * options.maxPartialWords() + 2) return -1;
            int words = 0;
            for (int k = open + 1; k < close; k++) if (t.is(k, TextAnalysis.WORD)) words++;
            boolean oneSentence = t.sentenceOf(open) == t.sentenceOf(close) || t.sentenceOf(close) == t.sentenceOf(close + 1);
            return words > 0 && words <= options.maxPartialWords() && oneSentence && !newLine(open) ? open : -1;
        }

        /** The closer's token of the short title in marks opened at token {@code open} (see {@link #titleOpener}), or -1. */
        private int titleCloser(int open) {
            int i = Arrays.binarySearch(spanOpens, t.start(open));
            if (i < 0 || spans.get(i).close() < 0) return -1;
            int close = t.tokenAt(spans.get(i).close());
            return close < t.tokenCount() && titleOpener(close) == open ? close : -1;
        }

        /** "puts it" of "as Martelli puts it": a cue of saying. */
        private boolean putsIt(int v) {
            return v + 1 < t.tokenCount() && (t.hash(v) == PUTS || t.hash(v) == PUT) && t.hash(v + 1) == IT;
        }

        /**
         * A line that signs the quote paragraph before it, as testimonials and epigraphs do: the
         * person's name alone, after a dash or before a comma and a few capitalised words of
         * affiliation ("Adrian Kingsley-Hughes, ZDNet"). Null when the next line is anything else.
         */
        private Attribution signature(int i) {
            int n = t.tokenCount();
            if (i >= n || !newLine(i)) return null;
            int k = dash(i) ? i + 1 : i;
            int m = k < n ? personAt(k) : -1;
            if (m < 0) return null;
            int e = afterMention(m);
            if (e < n && !newLine(e)) {
                if (!t.isWord(e, ",")) return null;
                int words = 0;
                for (int w = e + 1; w < n && !newLine(w); w++) {
                    if (!punct(w) && (!t.is(w, TextAnalysis.CAPITALIZED) && (t.flags(w) & TextAnalysis.DIGIT) == 0
                            || Cues.verb(t, w)) || ++words > MAX_AFFILIATION_WORDS) {
                        return null;
                    }
                }
            }
            Speaker s = name(m);
            return s == null || s.name() == null ? null : new Attribution(s, null);
        }

        /** A value of quoted data ({@code "Comment": "afternoon snack …"}): a key's closing mark and a colon before the opener. */
        private boolean jsonValue(QuoteMarks.Span span) {
            int k = span.open() - 1;
            while (k >= 0 && text.charAt(k) == ' ') k--;
            if (k < 1 || text.charAt(k) != ':') return false;
            k--;
            while (k >= 0 && text.charAt(k) == ' ') k--;
            return k >= 0 && QuoteMarks.isMark(text.charAt(k));
        }

        /** A verb of saying right after the closer (after a comma or dash): "…," said X. */
        private boolean cueVerbAfter(int i) {
            int n = t.tokenCount();
            if (i < n && (t.isWord(i, ",") || dash(i))) i++;
            return i < n && !newLine(i) && Cues.verb(t, i) && !OBJECT_VERBS.contains(t.hash(i));
        }

        /** The last char inside the marks (before any trailing space), or 0. */
        private char lastInside(QuoteMarks.Span span) {
            int k = span.close() >= 0 ? span.close() : span.contentEnd();
            while (k > span.open() + 1 && Character.isWhitespace(text.charAt(k - 1))) k--;
            while (k > span.open() + 1 && QuoteMarks.isMark(text.charAt(k - 1))) k--; // "… 'nonsense.'"
            return k > span.open() + 1 ? text.charAt(k - 1) : 0;
        }

        /** A sentence ends right after the closing mark: {@code « … ».} */
        private boolean endsAfter(QuoteMarks.Span span) {
            int k = span.close() + 1;
            if (span.close() < 0 || k >= text.length()) return false;
            char c = text.charAt(k);
            return c == '.' || c == '!' || c == '?' || c == '…';
        }

        /** Capitalised words of four letters or more dominate and no sentence ends: a title, not a statement. */
        private boolean title(QuoteMarks.Span span, boolean terminal) {
            if (terminal) return false;
            int n = t.tokenCount(), long_ = 0, capital = 0;
            for (int k = t.tokenAt(span.contentStart()); k < n && t.start(k) < span.contentEnd(); k++) {
                if (!t.is(k, TextAnalysis.WORD) || t.length(k) < 4) continue;
                long_++;
                if (t.is(k, TextAnalysis.CAPITALIZED) && !t.is(k, TextAnalysis.ALL_CAPS)) capital++;
            }
            return long_ >= 3 && capital * 10 >= long_ * TITLE_CAPITALS_TENTHS;
        }

        private boolean startsLower(QuoteMarks.Span span) {
            for (int k = span.contentStart(); k < span.contentEnd(); k++) {
                char c = text.charAt(k);
                if (Character.isLetter(c)) return Character.isLowerCase(c);
                if (Character.isDigit(c)) return false;
            }
            return false;
        }

        private boolean followsQuote(QuoteMarks.Span span, List<Quote> before) {
            Quote prev = before.get(before.size() - 1);
            int from = prev.end();
            if (from > span.open()) return false;
            // nothing but the previous quote's cue sentence between: no other opener, same paragraph
            return t.paragraph(t.sentenceOf(Math.min(t.tokenAt(from), t.tokenCount() - 1)))
                    == t.paragraph(t.sentenceOf(Math.min(t.tokenAt(span.open()), t.tokenCount() - 1)));
        }

        /**
         * A person other than the previous quote's speaker acts (outside quotes) between it and
         * {@code to}: named at the start of a sentence or right before a cue verb.
         */
        private boolean otherPersonBetween(Quote prev, int to) {
            int i = firstMentionAtOrAfter(prev.end());
            for (int seen = 0; i < ms.length && ms[i].start() < to && seen < 50; i++, seen++) {
                Mention m = ms[i];
                if (!"PERSON".equals(m.type()) || insideQuote(m.start())) continue;
                if (!acts(m)) continue;
                Speaker s = name(i);
                if (!Objects.equals(s.name(), prev.speaker())) return true;
            }
            return false;
        }

        /** The previous quote's speaker is named again (outside quotes) between it and {@code to}. */
        private boolean namedBetween(Quote prev, int to) {
            int i = firstMentionAtOrAfter(prev.end());
            for (int seen = 0; i < ms.length && ms[i].start() < to && seen < 50; i++, seen++) {
                if (insideQuote(ms[i].start())) continue;
                if (Objects.equals(name(i).name(), prev.speaker())) return true;
            }
            return false;
        }

        /** Whether a verb in the past follows the mention ("Dion gave birth", "Lee visited"): the mention is a subject. */
        private boolean beforeVerb(Mention m) {
            int first = t.tokenAt(m.start());
            if (first > 0 && (PREPOSITIONS.contains(t.hash(first - 1)) || QUALIFIERS.contains(t.hash(first - 1)))) {
                return false; // the object of a preposition ("parting ways with Jenny Craig led to …")
            }
            int after = t.tokenAt(m.end() - 1) + 1;
            while (after < t.tokenCount() && Cues.between(t, after)) after++;
            if (after >= t.tokenCount() || !t.is(after, TextAnalysis.WORD) || !Character.isLowerCase(t.first(after))) return false;
            return saidOrPast(after, 4) || IRREGULAR_PAST.contains(t.hash(after));
        }

        /**
         * Whether a mention is a subject: it opens its sentence, or a cue verb follows it (after
         * adverbs, or after an apposition's comma: "Jonas Eskel, said" is read from "…, Jonas Eskel, said").
         */
        private boolean acts(Mention m) {
            int first = t.tokenAt(m.start()), after = t.tokenAt(m.end() - 1) + 1;
            int n = t.tokenCount();
            if (first >= n) return false;
            if (first == t.sentenceStart(t.sentenceOf(first))) return true;
            if (after < n && t.isWord(after, ",")) after++;
            while (after < n && Cues.between(t, after)) after++;
            return after < n && Cues.verb(t, after);
        }

        /**
         * A name that renames the noun before it, set off by commas, in an earlier sentence ("an
         * unnamed friend of Harry's mother, Princess Diana, to talk …"): no one a later pronoun
         * points to.
         */
        private boolean appositive(Mention m) {
            int first = t.tokenAt(m.start()), after = t.tokenAt(m.end() - 1) + 1;
            int n = t.tokenCount();
            if (first > 0 && courtesyTitle(first - 1)) first--;
            if (first < 3 || after >= n || !t.isWord(first - 1, ",") || !t.isWord(after, ",")) return false;
            // the noun renamed: a lower-case word before the comma, after a possessive ("Harry's mother")
            int k = first - 2;
            if (!t.is(k, TextAnalysis.WORD) || !Character.isLowerCase(t.first(k))) return false;
            return t.hash(k - 1) == Cues.CLITIC_S;
        }

        /**
         * Whether a cue verb follows a mention: after adverbs, or after an apposition set off by
         * commas ("Nicole Schlinger, a longtime Iowa based conservative strategist, told").
         */
        private boolean speaks(Mention m) {
            int after = t.tokenAt(m.end() - 1) + 1;
            int n = t.tokenCount();
            if (after < n && t.isWord(after, ",")) {
                after++;
                int c = after;
                while (c < n && c - after < options.maxAppositionTokens() && t.is(c, TextAnalysis.WORD) && !t.isWord(c, ",")
                        && (t.flags(c) & (TextAnalysis.TERMINAL | TextAnalysis.QUOTE)) == 0 && !Cues.verb(t, c)) c++;
                if (c < n && c > after && t.isWord(c, ",")) {
                    int v = c + 1;
                    while (v < n && Cues.between(t, v)) v++;
                    if (v < n && Cues.verb(t, v)) return true;
                }
            }
            while (after < n && Cues.between(t, after)) after++;
            return after < n && Cues.verb(t, after);
        }

        private int firstMentionAtOrAfter(int offset) {
            int lo = 0, hi = ms.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ms[mid].start() < offset) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        private boolean insideQuote(int offset) {
            int i = Arrays.binarySearch(spanStarts, offset);
            if (i < 0) i = -i - 2;
            return i >= 0 && offset < spans.get(i).contentEnd();
        }

        // ------------------------------------------------------------ shape around the quote

        private boolean punct(int i) {
            return (t.flags(i) & (TextAnalysis.WORD | TextAnalysis.DIGIT)) == 0;
        }

        private boolean newLine(int i) {
            return (t.flags(i) & TextAnalysis.NEWLINE_BEFORE) != 0;
        }

        private boolean dash(int i) {
            return t.isWord(i, "—") || t.isWord(i, "–") || t.isWord(i, "-") || t.isWord(i, "--");
        }

        /** The word before the opener belongs to the author's sentence ("so-called 'goodwill measures'"). */
        private boolean embeddedBefore(int open) {
            int p = open - 1;
            if (p < 0 || newLine(open)) return false;
            if (punct(p)) return false;
            return !Cues.verb(t, p) && !Cues.INTRODUCERS.contains(t.hash(p));
        }

        /** The author's sentence goes on in lower case after the closer ("were 'seriously considering' exchanging"). */
        private boolean embeddedAfter(int i) {
            if (i >= t.tokenCount() || newLine(i) || punct(i)) return false;
            if (!Character.isLowerCase(t.first(i))) return false;
            long h = t.hash(i);
            return !Cues.PERSON_PRONOUNS.contains(h) && !Cues.GROUP_PRONOUNS.contains(h) && !Cues.DETERMINERS.contains(h)
                    && !Cues.verb(t, i) && !Cues.between(t, i) && h != Cues.ACCORDING;
        }

        // ------------------------------------------------------------ cues

        /** A cue after the closer: "…," he said / said Lee / Lee, the minister, said / the official said / according to X. */
        private Attribution after(int i, boolean terminal) {
            int n = t.tokenCount();
            if (i >= n || newLine(i)) return null;
            if (dash(i) || t.isWord(i, ",")) i++;
            if (i >= n || newLine(i)) return null;
            if (t.hash(i) == Cues.ACCORDING && i + 1 < n && t.hash(i + 1) == Cues.TO) {
                int e = phraseEnd(i + 2);
                Speaker s = subject(i + 2, e);
                return s == null ? null : new Attribution(s, "according to");
            }
            if (Cues.verb(t, i) && !OBJECT_VERBS.contains(t.hash(i))) {
                int a = i + 1;
                while (a < n && Cues.between(t, a) && !newLine(a)) a++;
                if (a < n && !newLine(a) && !PREPOSITIONS.contains(t.hash(a))) {
                    int e = phraseEnd(a);
                    Speaker s = subject(a, e);
                    if (s == null) s = describedPerson(a); // "noted Maryland-based product liability lawyer Jim Dunham in an interview"
                    if (s == null && personAt(a) >= 0 && afterMention(personAt(a)) == a + 1 && a + 2 < e
                            && t.is(a + 1, TextAnalysis.WORD) && Character.isLowerCase(t.first(a + 1)) && !Cues.verb(t, a + 1)
                            && t.is(a + 2, TextAnalysis.CAPITALIZED)) {
                        s = subject(a + 2, e); // one word misread as a person before a role ("said Oscar producer Laurence Mark")
                    }
                    int sm = startingAt[a];
                    if (s == null && sm >= 0 && speakerType(ms[sm]) && afterMention(sm) < n
                            && PREPOSITIONS.contains(t.hash(afterMention(sm)))) {
                        s = name(sm); // "said Hawley during a virtual chat with FOX 2", "said Microsoft in a statement"
                    }
                    boolean described = s != null ? !s.person() : Character.isLowerCase(t.first(a));
                    if (described && e + 1 < n && t.isWord(e, ",") && startingAt[e + 1] >= 0
                            && "PERSON".equals(ms[startingAt[e + 1]].type())) {
                        // "wrote its mayor, Claire Dumont", "said head coach of the men's team, Dwayne Killings"
                        s = name(startingAt[e + 1]);
                    }
                    if (s != null) return new Attribution(s, t.token(i));
                }
                return null;
            }
            // subject first: find the verb
            int limit = Math.min(n, i + options.maxSubjectTokens() + options.maxAppositionTokens());
            for (int j = i; j < limit; j++) {
                if (newLine(j) && j > i) return null;
                int title = (t.flags(j) & TextAnalysis.QUOTE) != 0 ? titleCloser(j) : -1;
                if (title > j) {
                    j = title; // "SAG-AFTRA President and "The Nanny" star Fran Drescher told"
                    continue;
                }
                if ((t.flags(j) & (TextAnalysis.TERMINAL | TextAnalysis.QUOTE)) != 0 && !pluralPossessive(j) || t.isWord(j, ";")) {
                    return terminal || !t.is(j, TextAnalysis.TERMINAL) ? null : verbless(i, j);
                }
                if (!Cues.verb(t, j) || j == i) continue;
                if (Cues.RELATIVE.contains(t.hash(j - 1)) || t.hash(j - 1) == Cues.INFINITIVE) continue;
                int k = j;
                while (k > i && Cues.between(t, k - 1)) k--;
                // "Mr. Gravano quoted Mr. Gotti as saying": the one quoted is the speaker
                if (k - 3 > i && t.hash(k - 1) == AS && personEndingAt(k - 2) >= 0) {
                    int quotedWho = personEndingAt(k - 2);
                    int before = t.tokenAt(ms[quotedWho].start()) - 1;
                    if (before > i && courtesyTitle(before)) before--;
                    if (before >= i && t.hash(before) == QUOTED) {
                        return new Attribution(name(quotedWho), text.substring(t.start(before), t.end(j)));
                    }
                }
                int passive = passiveQuoted(i, k);
                if (passive >= 0) k = passive; // "he was quoted as saying"
                Speaker s = subjectWithApposition(i, k);
                if (s == null) return null;
                String cue = cue(j, terminal);
                if (cue != null && passive >= 0) cue = text.substring(t.start(passive), t.end(j));
                return cue == null ? null : new Attribution(s, cue);
            }
            return null;
        }

        /** An apostrophe glued to a plural and followed by a word: a possessive, no mark ("the players' union"). */
        private boolean pluralPossessive(int j) {
            if (j < 1 || j + 1 >= t.tokenCount() || t.length(j) != 1 || t.end(j - 1) != t.start(j)) return false;
            char c = text.charAt(t.start(j));
            char before = text.charAt(t.end(j - 1) - 1);
            return (c == '\'' || c == '\u2019') && (before == 's' || before == 'S') && t.start(j + 1) > t.end(j)
                    && t.is(j + 1, TextAnalysis.WORD);
        }

        /**
         * Where "quoted as" and its auxiliaries open before the verb at {@code k} ("Irannejad was quoted as
         * saying", "she is quoted as saying"), the first of them; else -1. The subject stands before it.
         */
        private int passiveQuoted(int i, int k) {
            if (k - 2 <= i || t.hash(k - 1) != AS || t.hash(k - 2) != QUOTED) return -1;
            int a = k - 2;
            while (a - 1 > i && (PASSIVE_AUXILIARIES.contains(t.hash(a - 1)) || Cues.between(t, a - 1))) a--;
            return a < k - 2 ? a : -1;
        }

        /**
         * A name and its role closing the sentence after a quote that ends in a comma, with no verb,
         * as press releases write ("“…,” Augusto Reyes, Director of the Caribbean Air and Marine
         * Branch."): the name, or null when a verb or a clause word stands before the period {@code end}.
         */
        private Attribution verbless(int i, int end) {
            int m = personAt(i);
            if (m < 0) return null;
            int e = afterMention(m);
            if (e != end && !t.isWord(e, ",")) return null;
            for (int k = e; k < end; k++) {
                long h = t.hash(k);
                if (Cues.verb(t, k) || Cues.MODALS.contains(h) || Cues.CLAUSE.contains(h)
                        || Cues.PERSON_PRONOUNS.contains(h) || t.is(k, TextAnalysis.WORD) && !t.is(k, TextAnalysis.CAPITALIZED)
                        && t.length(k) > 4 && t.lower(k).endsWith("ed")) {
                    return null;
                }
            }
            Speaker s = name(m);
            return s == null || s.name() == null ? null : new Attribution(s, null);
        }

        /** A cue before the opener: Lee told a news conference: "…" / X, the minister, said "…" / according to Lee, "…". */
        private Attribution before(int open) {
            if (open == 0) return null;
            int sentence = t.sentenceOf(open);
            int ss = t.sentenceStart(sentence);
            int j = open - 1;
            // a stray mark right against the opener ("saying "“It is …”"): the cue stands before both
            if (j > 0 && t.end(j) == t.start(open) && t.length(j) == 1 && QuoteMarks.isMark(text.charAt(t.start(j)))) j--;
            boolean punctuated = false;
            if (t.isWord(j, ":") || t.isWord(j, ",") || t.isWord(j, ";") || dash(j)) {
                j--;
                punctuated = true;
            } else if (j > 1 && (t.hash(j) == Cues.AND || t.hash(j) == BUT) && t.isWord(j - 1, ",")) {
                j -= 2; // "Levy said, but “I want to emphasize …”"
                punctuated = true;
            } else if (newLine(open)) {
                return null;
            } else if (t.isWord(j, ".")) {
                return closingAttribution(j);
            }
            if (j < 0) return null;
            if (punctuated && t.sentenceOf(j) != sentence) ss = t.sentenceStart(t.sentenceOf(j));
            if (j < ss) return null;
            // according to X, "…"
            for (int k = j - 1; k >= Math.max(ss, j - options.maxSubjectTokens() - options.maxAppositionTokens()); k--) {
                if (t.hash(k) == Cues.ACCORDING && t.hash(k + 1) == Cues.TO) {
                    Speaker s = subject(k + 2, j + 1);
                    return s == null ? null : new Attribution(s, "according to");
                }
                if ((t.flags(k) & (TextAnalysis.TERMINAL | TextAnalysis.QUOTE)) != 0) break;
            }
            // "In Dr. Shadlen's words, “…”", "in the words of its founder, “…”"
            if (punctuated) {
                Speaker w = wordsOf(clauseStart(j + 1, ss), j + 1);
                if (w != null) return new Attribution(w, null);
            }
            int from = Math.max(ss, j - options.maxCueTokens());
            boolean extended = false;
            for (int v = j; v >= from; v--) {
                int title = (t.flags(v) & TextAnalysis.QUOTE) != 0 ? titleOpener(v) : -1;
                if (title >= from) {
                    v = title; // a title in marks inside the cue ("told \"Morning Edition\" host Nora Quill,")
                    continue;
                }
                if ((t.flags(v) & (TextAnalysis.TERMINAL | TextAnalysis.QUOTE)) != 0 && !pluralPossessive(v) || t.isWord(v, ";")) return null;
                if (!Cues.verb(t, v) && !putsIt(v)) continue;
                if (v > 0 && (Cues.RELATIVE.contains(t.hash(v - 1)) || t.hash(v - 1) == Cues.INFINITIVE)) continue;
                // without ':' or ',' the verb must touch the quote ("said \"…\"", "said that \"…\""), or a
                // complement must stand between it and "that" ("said on Oct. 29 that \"…\"")
                if (!punctuated && v != j && !(t.hash(j) == Cues.THAT && complementOnly(v, j)) && !timeOnly(v, j)) return null;
                int k = v;
                while (k > ss && Cues.between(t, k - 1)) k--;
                if (k <= ss) return null;
                // "Steve Jobs was once asked “…”": the subject of a passive is spoken to, not the speaker
                if (PASSIVE_CUES.contains(t.hash(v))) {
                    for (int b = k; b < v; b++) if (BE.contains(t.hash(b))) return null;
                }
                Speaker s;
                if (t.isWord(k - 1, ",") && Cues.PARTICIPLES.contains(t.hash(v))) {
                    s = clauseSubject(k - 1, ss); // "he declined, saying \"…\""
                } else if (t.isWord(k - 1, ",")) {
                    int c = k - 2;
                    while (c > ss && c > k - 2 - options.maxAppositionTokens() && !t.isWord(c, ",")) c--;
                    if (c <= ss || !t.isWord(c, ",")) return null;
                    s = subject(clauseStart(c, ss), c);
                    // a role, then the person's name set off by commas ("VFI Chief Executive, Padraig Cribben, said:")
                    int named = personAt(c + 1);
                    // after words of a role ("His son, actor Lorenzo Lamas, tweeted:")
                    if (named < 0 && k - 2 > c && personEndingAt(k - 2) >= 0
                            && clauseFree(c + 1, t.tokenAt(ms[personEndingAt(k - 2)].start()))) {
                        named = personEndingAt(k - 2);
                    }
                    if (named >= 0 && afterMention(named) == k - 1
                            && (s == null || s.entity() == null || !s.person() || Cues.ROLE_ENDS.contains(t.hash(c - 1)))) {
                        s = name(named);
                    }
                    // an apposition with commas of its own ("Prof Gavin Yamey, director of …, who is leading …, says:")
                    for (int c2 = c - 1, tries = 0; (s == null || !s.person()) && c2 > ss && tries < 2; c2--) {
                        if (!t.isWord(c2, ",")) continue;
                        tries++;
                        Speaker earlier = subject(clauseStart(c2, ss), c2);
                        if (earlier != null && earlier.person() && earlier.name() != null) s = earlier;
                    }
                } else if (k - 1 > ss && t.isWord(k - 1, "and")) {
                    // "He turns to our editor and says “…”"; not inside a relative clause ("an employee who had
                    // followed her in and had yelled, “…”": that clause's subject is not the sentence's)
                    boolean relative = false;
                    for (int r = ss; r < k - 1; r++) relative |= t.isWord(r, "who") || t.isWord(r, "whom");
                    s = relative ? null : leadingSubject(ss, k - 1, Verb.ANY);
                } else {
                    int a = clauseStart(k, ss);
                    // "As Major noted,", "But she added,", "and as Martelli puts it,"
                    for (int skip = 0; skip < 2 && a + 1 < k && (t.hash(a) == AS || CONJUNCTIONS.contains(t.hash(a))); skip++) a++;
                    s = subject(a, k);
                    // a person right before the verb, after an opening participle's phrase ("Writing in The Mirror Linda said:")
                    if (s == null && k - 1 > a && personEndingAt(k - 1) >= 0
                            && t.is(a, TextAnalysis.CAPITALIZED) && t.lower(a).endsWith("ing")) {
                        s = name(personEndingAt(k - 1));
                    }
                    // a pronoun right before the verb is its subject ("Speaking through an interpreter he added;")
                    if (s == null && k - 1 > a && (Cues.PERSON_PRONOUNS.contains(t.hash(k - 1))
                            || Cues.GROUP_PRONOUNS.contains(t.hash(k - 1)))) {
                        s = subject(k - 1, k);
                    }
                    // a participle without its comma ("he bypassed the question for a second time saying “…”")
                    if (s == null && k == v && Cues.PARTICIPLES.contains(t.hash(v))) s = clauseSubject(k, ss);
                    // a verb before the verb of saying, and words of time before both ("McAllister on Tuesday recalled
                    // screaming “…”")
                    int k2 = k;
                    while (s == null && k2 - 1 > a && Cues.verb(t, k2 - 1) && Character.isLowerCase(t.first(k2 - 1))) k2--;
                    while (s == null && k2 - 1 > a && (Cues.TIME_WORDS.contains(t.hash(k2 - 1)) || Cues.CALENDAR.contains(t.hash(k2 - 1)))) k2--;
                    if (s == null && k2 < k) s = subject(a, k2);
                }
                if (s == null) {
                    // a verb inside a phrase of the cue ("said in a statement, first reported by Sky News:"):
                    // the verb of saying may stand before its comma
                    int comma = -1;
                    for (int c = k - 1; c > ss && c >= k - 3 && comma < 0; c--) if (t.isWord(c, ",")) comma = c;
                    if (extended || comma < 0) return null;
                    extended = true;
                    from = Math.max(ss, from - options.maxAppositionTokens());
                    v = comma;
                    continue;
                }
                int end = j;
                if (end > v && t.hash(end) == Cues.THAT) end--;
                for (int c = v + 1; c <= end; c++) {
                    if (Cues.MODALS.contains(t.hash(c)) || Cues.verb(t, c)) end = v; // a clause, not the cue's complement
                }
                return new Attribution(s, text.substring(t.start(v), t.end(end)));
            }
            return punctuated && t.isWord(j + 1, ":") ? introduced(ss, j) : null;
        }

        /** The speaker of "in X's words" or "in the words of X" over the tokens {@code [a, b)}, or null. */
        private Speaker wordsOf(int a, int b) {
            if (b - a < 4 || !t.isWord(a, "in") && !t.isWord(a, "In")) return null;
            if (t.isWord(b - 1, "words") && t.hash(b - 2) == Cues.CLITIC_S) return subject(a + 1, b - 2);
            if (t.isWord(a + 1, "the") && t.isWord(a + 2, "words") && t.isWord(a + 3, "of") && b - a > 4) return subject(a + 4, b);
            return null;
        }

        /** Only words of time between the verb {@code v} and the quote after {@code j} ("asked last week \"Why …\""). */
        private boolean timeOnly(int v, int j) {
            if (j - v > 3) return false;
            for (int c = v + 1; c <= j; c++) {
                if (!Cues.CALENDAR.contains(t.hash(c)) && !Cues.TIME_WORDS.contains(t.hash(c))) return false;
            }
            return true;
        }

        /** Only the words of a complement between the verb {@code v} and "that" at {@code j}: no verb, no clause. */
        private boolean complementOnly(int v, int j) {
            if (j - v - 1 > options.maxCueTokens()) return false;
            for (int c = v + 1; c < j; c++) {
                if (Cues.MODALS.contains(t.hash(c)) || Cues.verb(t, c) || Cues.RELATIVE.contains(t.hash(c)) || t.isWord(c, ",")) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Who a participle of saying after the comma at {@code comma} belongs to: the subject of the
         * clause before the comma ("he declined, saying"), else the speaker opening the sentence with
         * a verb of saying ("Meghan said Kate apologized, and that she forgave her, adding that").
         */
        private Speaker clauseSubject(int comma, int ss) {
            Speaker s = leadingSubject(clauseStart(comma, ss), comma, Verb.ANY);
            if (s == null) s = leadingSubject(ss, comma, Verb.SAYING);
            // the sentence's own subject and verb ("Mr Grayling earlier used his speech to warn …, adding:")
            return s != null ? s : leadingSubject(ss, comma, Verb.PAST);
        }

        /** A verb of saying, or a lower-case word in -ed of {@code minLength} letters or more (a verb in the past). */
        private boolean saidOrPast(int k, int minLength) {
            return Cues.verb(t, k) || t.length(k) >= minLength && t.lower(k).endsWith("ed");
        }

        /** The person mention starting at token {@code k}, or -1. */
        private int personAt(int k) {
            int m = startingAt[k];
            return m >= 0 && "PERSON".equals(ms[m].type()) ? m : -1;
        }

        /** The person mention ending at token {@code k} (its last token), or -1. */
        private int personEndingAt(int k) {
            int m = endingAt[k];
            return m >= 0 && "PERSON".equals(ms[m].type()) ? m : -1;
        }

        /** Whether token {@code k} is a courtesy title of either gender ("Mr.", "Ms"). */
        private boolean courtesyTitle(int k) {
            return title(k) != Genders.Gender.UNKNOWN;
        }

        /** The token right after mention {@code m}. */
        private int afterMention(int m) {
            return t.tokenAt(ms[m].end() - 1) + 1;
        }

        /** The sentence mention {@code m} opens in. */
        private int sentenceOfMention(int m) {
            return t.sentenceOf(Math.min(t.tokenAt(ms[m].start()), t.tokenCount() - 1));
        }

        /** Conjunctions that may open a sentence before its subject. */
        private static final java.util.Set<Long> CONJUNCTIONS = hashes("and", "but", "so", "yet", "then");

        /** What must follow a subject for {@link #leadingSubject}. */
        private enum Verb { ANY, SAYING, PAST }

        /**
         * A pronoun or a speaker's name at {@code a} (after a courtesy title: "Mr Grayling"), followed
         * by a lower-case word: any but a preposition, a verb of saying, or a verb in the past.
         */
        private Speaker leadingSubject(int a, int limit, Verb verb) {
            if (a + 1 < limit && CONJUNCTIONS.contains(t.hash(a))) a++; // "And she called the debate a draw, arguing"
            if (a + 2 < limit && t.is(a, TextAnalysis.CAPITALIZED) && t.lower(a).endsWith("ing") && !Cues.verb(t, a)
                    && startingAt[a] < 0) {
                // an opening participle's phrase before the subject ("Speaking on Morning Ireland he bypassed …")
                for (int k = a + 1; k < Math.min(limit, a + options.maxSubjectTokens() + 2); k++) {
                    if (t.isWord(k, ",")) {
                        a = k + 1;
                        break;
                    }
                    if (Cues.PERSON_PRONOUNS.contains(t.hash(k)) || Cues.GROUP_PRONOUNS.contains(t.hash(k))) {
                        a = k;
                        break;
                    }
                    if (!t.is(k, TextAnalysis.WORD) || Cues.verb(t, k)) break;
                }
            }
            if (a >= limit) return null;
            long h = t.hash(a);
            int n = a + 1 < limit && courtesyTitle(a) ? a + 1 : a;
            int e;
            if (Cues.PERSON_PRONOUNS.contains(h) || Cues.GROUP_PRONOUNS.contains(h)) e = a + 1;
            else if (startingAt[n] >= 0 && speakerType(ms[startingAt[n]])) e = t.tokenAt(ms[startingAt[n]].end() - 1) + 1;
            else if (verb != Verb.SAYING && Cues.DETERMINERS.contains(h) && !Cues.FIRST_PERSON.contains(h)) e = pastVerb(a + 1, limit);
            else return null;
            if (e < 0) return null;
            int v = e;
            // "Mr. Ruano last week said": words of time between the subject and its verb
            while (v < limit && (Cues.between(t, v) || Cues.TIME_WORDS.contains(t.hash(v)) && !t.isWord(v, "on")
                    || Cues.CALENDAR.contains(t.hash(v)) && v > e)) {
                v++;
            }
            if (v >= limit || !t.is(v, TextAnalysis.WORD) || !Character.isLowerCase(t.first(v))) return null;
            boolean fits = switch (verb) {
                case ANY -> !PREPOSITIONS.contains(t.hash(v));
                case SAYING -> Cues.verb(t, v);
                case PAST -> saidOrPast(v, 4);
            };
            return fits ? subject(a, e) : null;
        }

        /**
         * Where a description opened by a determiner ends: before its first verb in the past (a
         * lower-case word in -ed or a verb of saying), within a subject's length ("A spokesperson for
         * Sheffield University urged …"); -1 when none comes or a clause word does first.
         */
        private int pastVerb(int from, int limit) {
            for (int k = from; k < Math.min(limit, from + options.maxSubjectTokens()); k++) {
                if (!t.is(k, TextAnalysis.WORD) || Cues.RELATIVE.contains(t.hash(k)) || Cues.MODALS.contains(t.hash(k))) return -1;
                if (!Character.isLowerCase(t.first(k))) continue;
                if (saidOrPast(k, 5)) return k > from ? k : -1;
            }
            return -1;
        }

        /**
         * A quote opening a sentence right after one that ends in its speaker and a verb of saying:
         * the next quote of the paragraph is theirs ("… 'catty gossip,' Harry said. \"It was …\"").
         * The cue belongs to the sentence before, so the quote gets none.
         */
        private Attribution closingAttribution(int period) {
            int v = period - 1;
            if (v >= 1 && t.sentenceOf(v) == t.sentenceOf(period) && !Cues.CLOSING_VERBS.contains(t.hash(v))) {
                Attribution p = parentheticalAttribution(t.sentenceStart(t.sentenceOf(period)), period);
                if (p != null) return p;
                // the verb with its object or time after it ("…, pilot Jim Campbell told the Herald on Sunday.")
                v = -1;
                for (int c = period - 2; c >= Math.max(1, period - 7); c--) {
                    if (t.sentenceOf(c) != t.sentenceOf(period) || !t.is(c, TextAnalysis.WORD)) break;
                    long h = t.hash(c);
                    if (Cues.CLOSING_VERBS.contains(h) || TELLING.contains(h)) {
                        v = c;
                        break;
                    }
                    if (Cues.verb(t, c) || Cues.MODALS.contains(h) || h == Cues.THAT || BE.contains(h)) break;
                }
                if (v < 0) return null;
            }
            if (v < 1 || !Cues.CLOSING_VERBS.contains(t.hash(v)) && !TELLING.contains(t.hash(v))
                    || t.sentenceOf(v) != t.sentenceOf(period)) return null;
            int ss = t.sentenceStart(t.sentenceOf(v));
            int k = v;
            while (k > ss && Cues.between(t, k - 1)) k--;
            int a = clauseStart(k, ss);
            if (a >= k || a > ss && !t.isWord(a - 1, ",") && !QuoteMarks.isMark(text.charAt(t.start(a - 1)))) return null;
            Speaker s = subject(a, k);
            return s == null || s.name() == null ? null : new Attribution(s, null);
        }

        /** The quote closed at token {@code close} ends its paragraph, after at most a full stop. */
        private boolean closesParagraph(int close) {
            int k = close + 1;
            if (k < t.tokenCount() && t.isWord(k, ".") && !newLine(k)) k++;
            return k >= t.tokenCount() || newLine(k);
        }

        /**
         * A quote right after a sentence of reported speech that opens with its speaker and a verb of
         * saying ("Steve Forbes tells the Swiss weekly that the presidency has hurt him. “People want to
         * wait …”") or ends in them ("…, Inspector Gaskin said."): the quote is theirs. The sentence holds
         * no quote. Over a paragraph break only for a quote that {@code alone} makes a paragraph of its
         * own, as news prints a speaker's next words, or after a sentence that names the statement.
         */
        private Attribution reportedSpeech(int open, boolean alone) {
            int j = open - 1;
            // the sentence may end inside its own closing mark ("… is “not doing very well.”")
            boolean inside = j > 1 && (t.flags(j) & TextAnalysis.QUOTE) != 0 && t.isWord(j - 1, ".") && newLine(open);
            if (inside) j--;
            if (j < 1 || !t.isWord(j, ".")) return null;
            int ss = t.sentenceStart(t.sentenceOf(j));
            int quoted = -1;
            for (int k = ss; k < j && quoted < 0; k++) if ((t.flags(k) & TextAnalysis.QUOTE) != 0) quoted = k;
            // a sentence inside a quote that opened before it is that quote's, not reported speech
            if (inside && quoted < 0) return null;
            if (quoted >= 0) {
                // "Outside court, Fowler said Kirkpatrick is “not doing very well.”⏎⏎“He is placed in a double bunk …”":
                // a quote within the reported speech, after its speaker and verb, is part of it
                if (!newLine(open) || !alone || quoted < 1 || t.isWord(quoted - 1, ",") || t.isWord(quoted - 1, ":")) return null;
                Speaker s = sayingSubject(ss, quoted);
                if (s == null || s.name() == null) return null;
                // named there, not a pronoun resolved further back ("For a buck apiece, they offered stickers reading “…”")
                for (int k = ss; k < quoted; k++) {
                    if (personAt(k) >= 0 && s.name().equals(name(personAt(k)).name())) return new Attribution(s, null);
                }
                return null;
            }
            if (newLine(open)) {
                // a paragraph that names the statement introduces the quote of the next one
                // ("Hawley also offered this insight on Donald Trump.⏎⏎“…”")
                Speaker s = statedBy(ss, j, true);
                if (s == null && alone) {
                    s = sayingSubject(ss, j);
                    if (s == null) {
                        Attribution c = closingAttribution(j);
                        if (c != null) s = c.speaker();
                    }
                }
                return s == null || s.name() == null ? null : new Attribution(s, null);
            }
            Speaker s = leadingSubject(ss, j, Verb.SAYING);
            if (s == null) s = statedBy(ss, j, false);
            if (s == null) s = describedSubject(ss, j);
            return s == null || s.name() == null ? null : new Attribution(s, null);
        }

        /**
         * The speaker opening sentence {@code [ss, j)} before a verb of saying, or after a few words that
         * describe them, or after a short opening phrase and its comma ("Outside court, Fowler said").
         */
        private Speaker sayingSubject(int ss, int j) {
            Speaker s = leadingSubject(ss, j, Verb.SAYING);
            if (s == null) s = describedSubject(ss, j);
            if (s != null) return s;
            for (int k = ss + 1; k < Math.min(j - 1, ss + OPENING_PHRASE); k++) {
                if (!t.is(k, TextAnalysis.WORD) && !t.isWord(k, ",") || Cues.verb(t, k) || personAt(k) >= 0) return null;
                if (t.isWord(k, ",")) {
                    s = leadingSubject(k + 1, j, Verb.SAYING);
                    return s != null && s.name() != null ? s : null;
                }
            }
            return null;
        }

        /** The most words of an opening phrase before a speaker and its verb ("Outside the courthouse on Friday,"). */
        private static final int OPENING_PHRASE = 6;

        /** A person named after a few words of description, before a verb ("Publishing magnate Steve Forbes tells …"). */
        private Speaker describedSubject(int ss, int j) {
            for (int k = ss; k < Math.min(j, ss + 4); k++) {
                if (!t.is(k, TextAnalysis.WORD) || Cues.verb(t, k)) break;
                if (personAt(k) >= 0) {
                    int e = afterMention(personAt(k));
                    int v = e;
                    while (v < j && Cues.between(t, v)) v++;
                    return v < j && Cues.verb(t, v) && Character.isLowerCase(t.first(v)) ? subject(k, e) : null;
                }
            }
            return null;
        }

        /**
         * The person opening the sentence {@code [ss, j)}, with or without an apposition ("Bolger's
         * lawyer, Jeremy Robinson,"; "Jeremy Robinson, Bolger's lawyer,"), when a verb of saying
         * follows, or a verb that gives a statement named by its noun ("had a more succinct statement");
         * with {@code nounOnly} the second only.
         */
        private Speaker statedBy(int ss, int j, boolean nounOnly) {
            Speaker s = null;
            int b = -1;
            int m = personAt(ss);
            if (m >= 0 && afterMention(m) < j && t.hash(afterMention(m)) == Cues.CLITIC_S) m = -1; // "Bolger's lawyer, …"
            if (m >= 0) {
                int e = afterMention(m);
                s = name(m);
                b = e;
                if (e < j && t.isWord(e, ",")) {
                    b = -1;
                    for (int c = e + 1; c < Math.min(j, e + options.maxAppositionTokens()); c++) {
                        if (t.isWord(c, ",")) {
                            b = c + 1;
                            break;
                        }
                        if (Cues.verb(t, c) || Cues.RELATIVE.contains(t.hash(c))) break;
                    }
                }
            } else {
                for (int c = ss + 1; c < Math.min(j, ss + options.maxSubjectTokens()); c++) {
                    if (Cues.verb(t, c) || Cues.RELATIVE.contains(t.hash(c))) return null;
                    if (!t.isWord(c, ",")) continue;
                    int p = personAt(c + 1);
                    if (p < 0) return null;
                    int e = afterMention(p);
                    if (e >= j) return null;
                    s = name(p);
                    // "Bolger's lawyer, Jeremy Robinson, had …", or after an opening phrase "Looking ahead, Hawley offered …"
                    b = t.isWord(e, ",") ? e + 1 : e;
                    break;
                }
            }
            if (s == null || b < 0) return null;
            int v = b;
            while (v < j && Cues.between(t, v)) v++;
            if (v >= j || !Character.isLowerCase(t.first(v))) return null;
            if (!nounOnly && Cues.verb(t, v) && !PASSIVE_CUES.contains(t.hash(v))) return s;
            for (int w = b; w <= v; w++) {
                if (!STATEMENT_VERBS.contains(t.hash(w))) continue;
                for (int k = w + 1; k < Math.min(j, w + 5); k++) if (STATEMENT_NOUNS.contains(t.hash(k))) return s;
            }
            return null;
        }

        /**
         * A sentence of reported speech with its speaker set off by commas ("It's easy, she says, for
         * people to marvel …"): the quote after it, in the same paragraph, is theirs. No quote may
         * stand inside the sentence.
         */
        private Attribution parentheticalAttribution(int ss, int period) {
            for (int c = ss + 1; c + 3 < period; c++) {
                if (!t.isWord(c, ",")) continue;
                int a = c + 1;
                // inverted: "… trying to keep students safe, says Jennifer Johnson, a spokesperson for …."
                if (Cues.CLOSING_VERBS.contains(t.hash(a)) && personAt(a + 1) >= 0) {
                    int e = afterMention(personAt(a + 1));
                    if (e == period || e < period && t.isWord(e, ",")) {
                        for (int q = e; q < period; q++) if ((t.flags(q) & TextAnalysis.QUOTE) != 0) return null;
                        Speaker s = subject(a + 1, e);
                        return s == null || s.name() == null ? null : new Attribution(s, null);
                    }
                }
                int e;
                if (Cues.PERSON_PRONOUNS.contains(t.hash(a))) e = a + 1;
                else if (personAt(a) >= 0) e = afterMention(personAt(a));
                else continue;
                if (e + 1 < period && Cues.CLOSING_VERBS.contains(t.hash(e)) && t.isWord(e + 1, ",")) {
                    for (int q = e + 2; q < period; q++) if ((t.flags(q) & TextAnalysis.QUOTE) != 0) return null;
                    Speaker s = subject(a, e);
                    return s == null || s.name() == null ? null : new Attribution(s, null);
                }
            }
            return null;
        }

        /**
         * A quote introduced by a sentence ending in a colon without a cue verb ("He then turned to
         * the sanctions:"): its subject, when the sentence opens with a pronoun or a name.
         */
        private Attribution introduced(int ss, int j) {
            // an interview's turn: a line that opens with a person's name and a colon ("Mosbacher: „Auf vieles …“")
            int m0 = startingAt[ss];
            if (m0 >= 0 && "PERSON".equals(ms[m0].type()) && (ss == 0 || t.is(ss, TextAnalysis.NEWLINE_BEFORE))) {
                int me = t.tokenAt(ms[m0].end() - 1);
                // or a caption's name and role after a slash ("Peter Lynch/Timmons' Attorney: “…”")
                boolean caption = me + 1 < j && j - me <= options.maxAppositionTokens() && t.isWord(me + 1, "/")
                        && clauseFree(me + 2, j + 1);
                if (me == j || caption) {
                    Speaker s = subject(ss, me + 1);
                    if (s != null && s.name() != null && s.person()) return new Attribution(s, null);
                }
            }
            if (j - ss < 1) return null;
            long h = t.hash(ss);
            int e;
            if (Cues.PERSON_PRONOUNS.contains(h) || Cues.GROUP_PRONOUNS.contains(h)) {
                e = ss + 1;
            } else if (personAt(ss) >= 0) {
                e = afterMention(personAt(ss));
            } else {
                return null;
            }
            if (e > j || punct(e)) return null;
            Speaker s = subject(ss, e);
            // a name must already have spoken in this text: a sentence ending in a colon is a weak cue
            if (s == null || s.name() == null || !s.person() || e - ss > 1 && !spoken.contains(s.name())) return null;
            if (e - ss == 1 && !Cues.PERSON_PRONOUNS.contains(h) && !Cues.GROUP_PRONOUNS.contains(h) && !spoken.contains(s.name())) {
                return null;
            }
            return new Attribution(s, null);
        }

        /** The first token of the clause ending before {@code end}: after the last comma, colon or quote, at most maxSubjectTokens back. */
        private int clauseStart(int end, int ss) {
            int a = end;
            while (a > ss && end - a < options.maxSubjectTokens()) {
                int f = t.flags(a - 1);
                if ((f & (TextAnalysis.TERMINAL | TextAnalysis.QUOTE)) != 0 || t.isWord(a - 1, ",") || t.isWord(a - 1, ":")
                        || t.isWord(a - 1, ";") || dash(a - 1)) break;
                a--;
            }
            return a;
        }

        /** The cue: the verb and its complement up to punctuation, or null when a quote ending in "." is followed by a new statement. */
        private String cue(int verb, boolean terminal) {
            int n = t.tokenCount();
            int e = verb + 1;
            while (e < n && !newLine(e) && !punct(e) && e - verb <= options.maxCueTokens() + 1) e++;
            boolean complete = e >= n || newLine(e) || punct(e);
            // "“Do you do surveys?” He said “No, …”": after a finished quote, a verb that opens another belongs to it
            int q = e < n && (t.isWord(e, ":") || t.isWord(e, ",")) ? e + 1 : e;
            if (terminal && e == verb + 1 && q < n && !newLine(q) && (t.flags(q) & TextAnalysis.QUOTE) != 0
                    && QuoteMarks.isMark(text.charAt(t.start(q)))) {
                return null;
            }
            boolean reported = verb + 1 < n && t.hash(verb + 1) == Cues.THAT;
            for (int k = verb + 1; k < e && !reported; k++) {
                if (Cues.MODALS.contains(t.hash(k)) || Cues.verb(t, k)) reported = true; // "said the plan will …"
            }
            if (!complete || reported) {
                if (terminal) return null;
                // "shot back": the verb with its particle
                return verb + 1 < n && t.hash(verb + 1) == Cues.BACK ? text.substring(t.start(verb), t.end(verb + 1)) : t.token(verb);
            }
            return text.substring(t.start(verb), t.end(e - 1));
        }

        /**
         * A person named after a few words that describe them, from {@code a} on ("Maryland-based
         * product liability lawyer Jim Dunham"): no verb, clause word or punctuation but a hyphen
         * before the name. Null when none.
         */
        private Speaker describedPerson(int a) {
            int n = t.tokenCount();
            for (int k = a; k < Math.min(n, a + options.maxSubjectTokens() + 2); k++) {
                if (k > a && newLine(k)) return null;
                int m = personAt(k);
                if (m >= 0) return k > a ? subject(a, afterMention(m)) : null;
                if (punct(k) && !t.isWord(k, "-") || Cues.verb(t, k) || Cues.RELATIVE.contains(t.hash(k))
                        || Cues.CLAUSE.contains(t.hash(k)) || PREPOSITIONS.contains(t.hash(k))) {
                    return null;
                }
            }
            return null;
        }

        /** The end (exclusive) of the phrase starting at {@code a}: the next punctuation, line or maxSubjectTokens. */
        private int phraseEnd(int a) {
            int n = t.tokenCount();
            int e = a;
            while (e < n && e - a < options.maxSubjectTokens() && !punct(e) && !(e > a && newLine(e))) e++;
            return e;
        }

        /**
         * A subject that may carry an apposition before its verb ("Kim Sang-ki, director of …, said"),
         * or a description followed by the name ("the company's chief executive, Anton Reiss, said").
         */
        private Speaker subjectWithApposition(int a, int b) {
            for (int k = a; k < b; k++) {
                if (t.isWord(k, ",")) {
                    if (b - k > options.maxAppositionTokens() + 1) return null;
                    Speaker s = subject(a, k);
                    if (s != null && s.person()) return s;
                    int e = b > k + 1 && t.isWord(b - 1, ",") ? b - 1 : b;
                    int m = k + 1 < e ? startingAt[k + 1] : -1;
                    if (m >= 0 && "PERSON".equals(ms[m].type()) && t.tokenAt(ms[m].end() - 1) + 1 == e) return name(m);
                    // a role with commas of its own, then the name ("Minister of Industry, Investment and Commerce,
                    // Senator the Hon. Aubyn Hill, told")
                    int last = e > k + 1 ? personEndingAt(e - 1) : -1;
                    if (last >= 0 && clauseFree(a, e) && (s == null || !s.person())) {
                        return name(last);
                    }
                    return s;
                }
            }
            if (b - a > options.maxSubjectTokens()) return null;
            Speaker s = subject(a, b);
            // a person after a long role, a title in marks among its words ("union President and "The Nanny" star Fran Drescher")
            int last = personEndingAt(b - 1);
            if (s == null && last >= 0) {
                return clauseFree(a, t.tokenAt(ms[last].start())) ? name(last) : null;
            }
            return s;
        }

        /** Whether no verb of saying, relative pronoun or clause word stands in {@code [a, b)}: words that only describe. */
        private boolean clauseFree(int a, int b) {
            for (int k = a; k < b; k++) {
                if (Cues.verb(t, k) || Cues.RELATIVE.contains(t.hash(k)) || Cues.CLAUSE.contains(t.hash(k))) return false;
            }
            return true;
        }

        /** Who the tokens {@code [a, b)} name: a pronoun, a mention, a description or a capitalised name. */
        private Speaker subject(int a, int b) {
            if (b <= a || a < 0 || b > t.tokenCount()) return null;
            long h = t.hash(a);
            if (b - a == 1 && Cues.PERSON_PRONOUNS.contains(h)) return pronoun(a);
            if (b - a == 1 && Cues.GROUP_PRONOUNS.contains(h)) return group(a);
            if (b - a == 1 && Cues.FIRST_PERSON.contains(h)) return null;
            if (Cues.FIRST_PERSON.contains(h) && !t.is(a, TextAnalysis.CAPITALIZED)) return null;
            int m = startingAt[a];
            if (m < 0) m = afterTitle(a, b);
            if (m >= 0) {
                int me = t.tokenAt(ms[m].end() - 1) + 1;
                // "Lee of the institute", "Lee, the minister", "Leigh Sears who is the concessions manager"
                boolean whole = me == b || me < b && (t.isWord(me, ",") || QUALIFIERS.contains(t.hash(me))
                        || Cues.RELATIVE.contains(t.hash(me)) && !t.isWord(me, "that") && !t.isWord(me, "which"));
                if (whole && !(me < t.tokenCount() && t.hash(me) == Cues.CLITIC_S) && speakerType(ms[m])) return name(m);
            }
            int last = endingAt[b - 1];
            if (last >= 0 && speakerType(ms[last]) && (!Cues.DETERMINERS.contains(h) || describedName(a, t.tokenAt(ms[last].start())))) {
                boolean clean = true;
                for (int k = a; k < t.tokenAt(ms[last].start()); k++) {
                    if (Cues.verb(t, k) || t.isWord(k, ",") || Cues.RELATIVE.contains(t.hash(k))) clean = false;
                }
                if (clean && b - a <= 8) return name(last);
            }
            boolean possessive = b - a > 2 && (t.is(a, TextAnalysis.CAPITALIZED) || m >= 0) && t.hash(possessiveAt(a, m)) == Cues.CLITIC_S;
            // a group noun after words that describe it ("zoo officials", "Israeli officials", "state police")
            boolean group = b - a > 1 && b - a <= 3 && Cues.GROUP_NOUNS.contains(t.hash(b - 1));
            if (Cues.DETERMINERS.contains(h) || Cues.GROUP_NOUNS.contains(h) || possessive || group) {
                if (b - a > options.maxSubjectTokens()) return null;
                for (int k = a + 1; k < b; k++) {
                    if (Cues.RELATIVE.contains(t.hash(k))) break;
                    if (Cues.CLAUSE.contains(t.hash(k)) || Cues.verb(t, k)) return null;
                }
                for (int k = a + 1; k < b; k++) {
                    if (Cues.RELATIVE.contains(t.hash(k))) break;
                    if (Cues.MODALS.contains(t.hash(k))) {
                        b = k; // "the man could be heard saying": the man
                        break;
                    }
                }
                String desc = text.substring(t.start(a), t.end(b - 1));
                if (!possessive && Character.isUpperCase(desc.charAt(0)) && b - a > 1 && !t.is(a, TextAnalysis.ALL_CAPS)) {
                    desc = Character.toLowerCase(desc.charAt(0)) + desc.substring(1);
                }
                return new Speaker(desc, null, false, plural(a, b));
            }
            int run = b;
            while (run > a && b - run < 4 && t.is(run - 1, TextAnalysis.CAPITALIZED) && !Cues.verb(t, run - 1)) run--;
            if (run > a && run < b && run - a <= 4) {
                // a role in lower case before a name: "union secretary Birgit Sand"
                boolean role = true;
                for (int k = a; k < run; k++) {
                    if (!t.is(k, TextAnalysis.WORD) || t.is(k, TextAnalysis.CAPITALIZED) || Cues.verb(t, k)
                            || Cues.DETERMINERS.contains(t.hash(k)) || Cues.RELATIVE.contains(t.hash(k))) role = false;
                }
                if (role) return new Speaker(localName(text.substring(t.start(run), t.end(b - 1))), null, true, false);
            }
            if (b - a <= 5) {
                if (PREPOSITIONS.contains(h)) return null; // "On Monday, Winfrey told CBS"
                for (int k = a; k < b; k++) {
                    boolean ok = t.is(k, TextAnalysis.CAPITALIZED) || t.isWord(k, "-") || t.is(k, TextAnalysis.PERIOD)
                            && t.length(k) <= 3;
                    if (!ok || Cues.verb(t, k) || Cues.CALENDAR.contains(t.hash(k))) return null;
                }
                String caps = text.substring(t.start(a), t.end(b - 1));
                return new Speaker(localName(caps), null, true, false);
            }
            return null;
        }

        /**
         * Whether the words from the determiner at {@code a} to the name at {@code m} only describe the
         * name ("a skeptical Robert Wolfarth", "the embattled Boris Johnson", "his wife Jane Doe"), so
         * that the name speaks, rather than relate someone else to it ("the wife of John Smith", "a
         * spokesman for", "an aide to", "the lawyer representing John Smith", "Smith and Jones").
         */
        private boolean describedName(int a, int m) {
            for (int k = a + 1; k < m; k++) {
                long h = t.hash(k);
                if (PREPOSITIONS.contains(h) || QUALIFIERS.contains(h) || h == Cues.AND || h == Cues.OR) return false;
                if (k > a + 1 && t.is(k, TextAnalysis.WORD) && t.lower(k).endsWith("ing")) return false;
            }
            return true;
        }

        /**
         * A person's name right after capitalised words of a title at {@code a} ("Supervisor Alfredo
         * Pedroza of Napa County", "Sen. Josh Hawley"): the mention, or -1.
         */
        private int afterTitle(int a, int b) {
            for (int k = a + 1; k < Math.min(b, a + 4); k++) {
                if (!t.is(k - 1, TextAnalysis.WORD) || !t.is(k - 1, TextAnalysis.CAPITALIZED) || endingAt[k - 1] >= 0
                        || startingAt[k - 1] >= 0) {
                    return -1;
                }
                if (startingAt[k] >= 0) return "PERSON".equals(ms[startingAt[k]].type()) ? startingAt[k] : -1;
            }
            return -1;
        }

        /** The token after the name starting at {@code a} (a mention, else one word): where a possessive 's would be. */
        private int possessiveAt(int a, int m) {
            int e = m >= 0 ? t.tokenAt(ms[m].end() - 1) + 1 : a + 1;
            return Math.min(e, t.tokenCount() - 1);
        }

        private boolean plural(int a, int b) {
            String w = t.lower(b - 1);
            return w.endsWith("s") && !w.endsWith("ss") || w.equals("police");
        }

        private boolean speakerType(Mention m) {
            return "PERSON".equals(m.type()) || "ORG".equals(m.type()) || "COUNTRY".equals(m.type());
        }

        /** He or she: the nearest person mentioned before, outside quotes, whose title does not contradict. */
        private Speaker pronoun(int tok) {
            int offset = t.start(tok);
            boolean she = t.isWord(tok, "she");
            int nearest = -1;
            int i = firstMentionAtOrAfter(offset) - 1;
            for (int seen = 0; i >= 0 && seen < options.pronounLookback(); i--, seen++) {
                if (fits(i, she) && !(appositive(ms[i]) && sentenceOfMention(i) != t.sentenceOf(tok))) {
                    nearest = i;
                    break;
                }
            }
            // the sentence before names its speaker by a description only ("…, a France Telecom spokeswoman
            // who asked not to be named said.⏎“…,” she said"): no person named since then, the pronoun is that speaker
            int before = quotedBefore(tok) - 1;
            if (before > 0 && t.isWord(before, ".") && (nearest < 0 || sentenceOfMention(nearest) < t.sentenceOf(before))) {
                Attribution c = closingAttribution(before);
                if (c != null && c.speaker() != null && !c.speaker().person() && c.speaker().entity() == null) return c.speaker();
            }
            // "…, but the spokeswoman said they were all reopened.⏎She added: “…”": a description that speaks in
            // one of the two sentences before, with no person named since, is whom the pronoun means
            Speaker described = describedSpeakerBefore(tok, she, nearest < 0 ? -1 : sentenceOfMention(nearest));
            if (described != null) return described;
            if (nearest < 0) return UNRESOLVED;
            // the nearest person may be an object; a speaker earlier in its sentence wins
            // ("Eskel, the prime minister, said he would call Ten Kessel. He told parliament: …")
            // the subject of a clause that opens the pronoun's own sentence ("After Kathina was shot, she exclaimed")
            int nt = t.tokenAt(ms[nearest].start());
            boolean opener = sentenceOfMention(nearest) == t.sentenceOf(tok) && nt - 1 >= 0
                    && nt - 1 == t.sentenceStart(t.sentenceOf(tok)) && Cues.CLAUSE.contains(t.hash(nt - 1));
            if (!acts(ms[nearest]) && !opener) {
                int sentence = sentenceOfMention(nearest);
                int subject = -1;
                for (int j = nearest - 1; j >= 0 && nearest - j < 20; j--) {
                    if (sentenceOfMention(j) != sentence) break;
                    if (fits(j, she) && speaks(ms[j])) subject = j;
                }
                // else the subject that acts in that sentence ("Dion gave birth to twins Eddy and Nelson. … she said")
                for (int j = nearest - 1; subject < 0 && j >= 0 && nearest - j < 20; j--) {
                    if (sentenceOfMention(j) != sentence) break;
                    if (fits(j, she) && beforeVerb(ms[j])) subject = j;
                }
                if (subject >= 0) return name(subject);
                // an object named in the pronoun's own sentence is not who speaks ("Taking Archie outside is
                // his favourite activity, he said."): the last person who acted before that sentence
                if (sentence == t.sentenceOf(tok)) {
                    for (int j = nearest - 1, seen = 0; j >= 0 && seen < options.pronounLookback(); j--, seen++) {
                        int js = sentenceOfMention(j);
                        if (sentence - js > 2) break;
                        if (js < sentence && fits(j, she) && acts(ms[j])) return name(j);
                    }
                }
            }
            return name(nearest);
        }

        /** Spokespeople, whom an article seldom names. */
        private static final java.util.Set<Long> SPOKES = hashes("spokesman", "spokeswoman", "spokesperson");

        /** Sentences before a pronoun's own searched for a description that speaks. */
        private static final int DESCRIBED_SENTENCES = 2;

        /**
         * A description of one person ({@link Cues#PERSON_HEADS}, {@link Cues#ROLE_ENDS}; of the pronoun's
         * sex where it tells) that is the subject of a verb of saying ("the spokeswoman said") in one of the
         * {@link #DESCRIBED_SENTENCES} sentences before the one of token {@code tok}, after sentence
         * {@code after} (where the nearest person is named; -1 for none), outside quotes; the latest
         * one, or the person named before it whose role it repeats ({@link #personWithRole}). Null when none.
         */
        private Speaker describedSpeakerBefore(int tok, boolean she, int after) {
            int ps = t.sentenceOf(tok);
            for (int s = ps - 1; s >= Math.max(0, ps - DESCRIBED_SENTENCES) && s > after; s--) {
                int ss = t.sentenceStart(s);
                for (int k = t.sentenceEnd(s) - 1; k > ss; k--) {
                    if (!Cues.verb(t, k) || !Character.isLowerCase(t.first(k)) || insideQuote(t.start(k))) continue;
                    // the description ends in a noun of one person whose sex does not contradict the pronoun
                    long head = t.hash(k - 1);
                    if (!Cues.PERSON_HEADS.contains(head) && !Cues.ROLE_ENDS.contains(head)
                            || (she ? Cues.MALE_HEADS : Cues.FEMALE_HEADS).contains(head)) continue;
                    for (int a = k - 1; a >= Math.max(ss, k - options.maxSubjectTokens()); a--) {
                        if (!t.is(a, TextAnalysis.WORD) || Cues.verb(t, a) || personAt(a) >= 0) break;
                        if (!Cues.DETERMINERS.contains(t.hash(a)) || Cues.FIRST_PERSON.contains(t.hash(a))) continue;
                        Speaker d = subject(a, k);
                        if (d == null || d.name() == null || d.entity() != null || d.person() || d.group()) break;
                        // a role the text gave a person named before ("former New York Mayor Michael Bloomberg …
                        // the former mayor argued"): that person
                        int named = personWithRole(head, a);
                        if (named >= 0) return name(named);
                        // "the former mayor", "the president": an office with "the" is held by someone the
                        // article has named, where it has named someone; a spokesperson seldom is
                        if (after >= 0 && t.isWord(a, "the") && Cues.ROLE_ENDS.contains(head) && !SPOKES.contains(head)) return null;
                        return d;
                    }
                }
            }
            return null;
        }

        /** Words before a person's name, or of its apposition after it, searched for a role. */
        private static final int ROLE_WINDOW = 5;
        /** Most mentions looked back over for a person holding a role (so that a long text stays linear). */
        private static final int ROLE_LOOKBACK = 200;

        /**
         * The last person, of the 200 mentions before token {@code before} (outside quotes), whose role, in the few
         * words before the name or in its apposition, holds the word {@code head} ("London Mayor Sadiq
         * Khan", "Ann Holt, the company's spokeswoman,"), or -1.
         */
        private int personWithRole(long head, int before) {
            int n = t.tokenCount();
            int first = firstMentionAtOrAfter(t.start(before)) - 1;
            for (int i = first; i >= Math.max(0, first - ROLE_LOOKBACK); i--) {
                if (!"PERSON".equals(ms[i].type()) || insideQuote(ms[i].start())) continue;
                int mt = t.tokenAt(ms[i].start());
                for (int k = Math.max(0, mt - ROLE_WINDOW); k < mt; k++) if (t.hash(k) == head) return i;
                int me = afterMention(i);
                if (me < n && t.isWord(me, ",")) {
                    for (int k = me + 1; k < Math.min(n, me + 1 + ROLE_WINDOW) && !t.isWord(k, ","); k++) {
                        if (t.hash(k) == head) return i;
                    }
                }
            }
            return -1;
        }

        /** The opener's token of the quote closed just before the cue at token {@code tok} ("“…,” she said"), or -1. */
        private int quotedBefore(int tok) {
            int i = Arrays.binarySearch(spanOpens, t.start(tok));
            i = i >= 0 ? i : -i - 2;
            if (i < 0) return -1;
            QuoteMarks.Span span = spans.get(i);
            if (span.close() < 0 || span.close() >= t.start(tok)) return -1;
            int close = t.tokenAt(span.close());
            return tok - close <= 2 ? t.tokenAt(span.open()) : -1;
        }

        /**
         * The gender each person mention is known by: a courtesy title before any mention of its
         * entity in this text ("Ms Winfrey"); else the given name opening its full name ("Oprah
         * Winfrey"), where the text names it in full; else the lone name it goes by ("Meghan").
         * Unknown where the evidence disagrees or the name does not tell. A lone word is not read as
         * a given name where the full name is known: it is then the family name ("Clement" for
         * Rhianydd Clement).
         */
        private Genders.Gender[] genders() {
            Genders.Gender[] titled = new Genders.Gender[ms.length], named = new Genders.Gender[ms.length];
            boolean[] full = new boolean[ms.length];
            java.util.Map<String, Genders.Gender> byTitle = new java.util.HashMap<>(), byFull = new java.util.HashMap<>(),
                    byLone = new java.util.HashMap<>();
            java.util.function.BinaryOperator<Genders.Gender> agree = (a, b) -> a == b ? a : Genders.Gender.UNKNOWN;
            for (int i = 0; i < ms.length; i++) {
                titled[i] = named[i] = Genders.Gender.UNKNOWN;
                if (!"PERSON".equals(ms[i].type())) continue;
                int mt = t.tokenAt(ms[i].start());
                if (mt >= t.tokenCount()) continue;
                titled[i] = title(mt);
                if (titled[i] == Genders.Gender.UNKNOWN && mt > 0) titled[i] = title(mt - 1);
                full[i] = t.tokenAt(ms[i].end() - 1) > mt;
                if (t.is(mt, TextAnalysis.WORD)) named[i] = genders.of(t.token(mt));
                if (ids[i] == null) continue;
                if (titled[i] != Genders.Gender.UNKNOWN) byTitle.merge(ids[i], titled[i], agree);
                (full[i] ? byFull : byLone).merge(ids[i], named[i], agree);
            }
            Genders.Gender[] out = new Genders.Gender[ms.length];
            for (int i = 0; i < ms.length; i++) {
                String id = ids[i];
                Genders.Gender g;
                if (id == null) g = titled[i] != Genders.Gender.UNKNOWN ? titled[i] : named[i];
                else if (byTitle.containsKey(id)) g = byTitle.get(id);
                else if (byFull.containsKey(id)) g = byFull.get(id);
                else g = byLone.getOrDefault(id, Genders.Gender.UNKNOWN);
                out[i] = g;
            }
            return out;
        }

        private Genders.Gender title(int k) {
            long h = t.hash(k);
            return Cues.FEMALE_TITLES.contains(h) ? Genders.Gender.FEMALE
                    : Cues.MALE_TITLES.contains(h) ? Genders.Gender.MALE : Genders.Gender.UNKNOWN;
        }

        /** Whether mention {@code i} can be the person a he ({@code she} false) or she refers to. */
        private boolean fits(int i, boolean she) {
            Mention m = ms[i];
            if (!"PERSON".equals(m.type()) || insideQuote(m.start())) return false;
            if (gender[i] == (she ? Genders.Gender.MALE : Genders.Gender.FEMALE)) return false;
            int mt = t.tokenAt(m.start());
            return !(contradicts(she, mt) || mt > 0 && contradicts(she, mt - 1));
        }

        /** A courtesy title at token {@code k} of the other gender than the pronoun's. */
        private boolean contradicts(boolean she, int k) {
            long title = t.hash(k);
            return she ? Cues.MALE_TITLES.contains(title) : Cues.FEMALE_TITLES.contains(title);
        }

        /** They: the nearest organisation or country mentioned before, outside quotes, within a few sentences. */
        private Speaker group(int tok) {
            int offset = t.start(tok);
            // "Cameron's family issued a tribute via GMP. They said: …": the description that opened the sentence before
            // ("“…,” they chanted": the sentence is the quote's)
            int quoted = quotedBefore(tok);
            int at = quoted >= 0 ? quoted : tok;
            int sentence = t.sentenceOf(at);
            if (sentence > 0 && at - t.sentenceStart(sentence) <= 1) {
                int ps = t.sentenceStart(sentence - 1), pe = t.sentenceEnd(sentence - 1);
                for (int v = ps + 1; v < pe; v++) {
                    if ((t.flags(v) & TextAnalysis.QUOTE) != 0) break;
                    if (!t.is(v, TextAnalysis.WORD) || !Character.isLowerCase(t.first(v))
                            || !saidOrPast(v, 5)) continue;
                    Speaker d = subject(clauseStart(v, ps), v);
                    if (d != null && d.name() != null && d.entity() == null && !d.person()) return d;
                    break;
                }
                // a group of people opening it, whatever its verb ("The protesters, however, struggle to …")
                int g = t.isWord(ps, "the") ? ps + 1 : ps;
                if (g + 1 < pe && Cues.GROUP_NOUNS.contains(t.hash(g)) && (t.isWord(g + 1, ",") || !t.is(g + 1, TextAnalysis.CAPITALIZED))) {
                    Speaker d = subject(ps, g + 1);
                    if (d != null && d.name() != null && d.group()) return d;
                }
            }
            int i = firstMentionAtOrAfter(offset) - 1;
            for (int seen = 0; i >= 0 && seen < 10; i--, seen++) {
                Mention m = ms[i];
                if (insideQuote(m.start())) continue;
                if ("ORG".equals(m.type()) || "COUNTRY".equals(m.type())) return name(i);
                if ("PERSON".equals(m.type())) return null;
            }
            return null;
        }

        private Speaker name(int m) {
            Mention mention = ms[m];
            String id = ids[m];
            if (id != null && "PERSON".equals(mention.type())) {
                String canonical = names == null ? null : names.apply(id);
                if (canonical == null || canonical.equals(mention.text())) {
                    String full = localName(mention.text(), mention.start());
                    if (!full.equals(mention.text())) {
                        for (int k = 0; k < ms.length; k++) {
                            if (ms[k].text().equals(full) && ids[k] != null) {
                                String c = names == null ? null : names.apply(ids[k]);
                                return new Speaker(c != null ? c : full, ids[k], true, false);
                            }
                        }
                    }
                }
            }
            if (id != null) {
                String canonical = names == null ? null : names.apply(id);
                return new Speaker(canonical != null ? canonical : mention.text(), id, "PERSON".equals(mention.type()),
                        !"PERSON".equals(mention.type()));
            }
            String n = "PERSON".equals(mention.type()) ? localName(mention.text(), mention.start()) : mention.text();
            return new Speaker(n, null, "PERSON".equals(mention.type()), !"PERSON".equals(mention.type()));
        }

        /** {@link #localName(String, int)} for a capitalised run at {@code offset}. */
        private String localName(String name) {
            return localName(name, Integer.MAX_VALUE);
        }

        /**
         * A short name written as a fuller person mention of the article holding it ("Lee" → "Lee
         * In-young"): the nearest one before {@code offset}, else the nearest after.
         */
        private String localName(String name, int offset) {
            if (ms.length == 0) return name;
            String before = null, after = null;
            for (Mention m : ms) {
                if (!"PERSON".equals(m.type()) || m.text().length() <= name.length()) continue;
                if (!holdsWord(m.text(), name)) continue;
                if (m.start() < offset) before = m.text();
                else if (after == null) after = m.text();
            }
            return before != null ? before : after != null ? after : name;
        }

        private boolean holdsWord(String full, String word) {
            int from = 0;
            while (true) {
                int k = full.toLowerCase(Locale.ROOT).indexOf(word.toLowerCase(Locale.ROOT), from);
                if (k < 0) return false;
                int e = k + word.length();
                boolean startOk = k == 0 || full.charAt(k - 1) == ' ';
                boolean endOk = e == full.length() || full.charAt(e) == ' ';
                if (startOk && endOk) return true;
                from = k + 1;
            }
        }

        // ------------------------------------------------------------ one quote for the same words

        /** Whether normalised text {@code a} holds {@code b} as whole words. */
        private boolean contains(String a, String b) {
            return (" " + a + " ").contains(" " + b + " ");
        }

        private int words(String key) {
            int w = key.isEmpty() ? 0 : 1;
            for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') w++;
            return w;
        }

        /**
         * Two quotes told apart by their speakers: two entities, or two descriptions, that differ. A name
         * and a description may be one person ("the acting U.S. attorney" in the headline, "Joshua Levy" below).
         */
        private static boolean twoSpeakers(Quote a, Quote b) {
            if (a.speaker() == null || b.speaker() == null || a.speaker().equals(b.speaker())) return false;
            if (a.entity() != null && b.entity() != null) return !a.entity().equals(b.entity());
            return a.entity() == null && b.entity() == null;
        }

        private static int rank(Quote q) {
            return (q.speaker() != null ? 4 : 0) + (q.entity() != null ? 2 : 0) + (q.cue() != null ? 1 : 0);
        }

        private List<Quote> dedupe(List<Quote> quotes) {
            if (quotes.size() < 2) return quotes;
            Map<String, Integer> byKey = new HashMap<>();
            List<Quote> kept = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (Quote q : quotes) {
                String key = QuoteMerger.normalize(q.text());
                Integer same = byKey.get(key);
                if (same == null && quotes.size() <= 300 && words(key) >= PULL_QUOTE_WORDS) {
                    for (int k = 0; k < kept.size(); k++) {
                        String other = keys.get(k);
                        if (words(other) >= PULL_QUOTE_WORDS && (contains(other, key) || contains(key, other))) {
                            same = k;
                            break;
                        }
                    }
                }
                if (same == null) {
                    byKey.put(key, kept.size());
                    kept.add(q);
                    keys.add(key);
                    continue;
                }
                Quote old = kept.get(same);
                if (twoSpeakers(old, q)) {
                    kept.add(q); // two people saying the same words ("“We are not confirming,” echoed a second representative")
                    keys.add(key);
                    continue;
                }
                // the words with a speaker, then with a named one, then with a cue of their own (the body's, not the
                // pull quote's), then the longer
                int rank = rank(q), oldRank = rank(old);
                boolean better = rank > oldRank || rank == oldRank && q.text().length() > old.text().length();
                if (better) {
                    kept.set(same, q);
                    keys.set(same, key);
                    byKey.put(key, same);
                }
            }
            List<Quote> out = new ArrayList<>(kept);
            out.sort((x, y) -> Integer.compare(x.start(), y.start()));
            return out;
        }
    }

    static String shortHash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001b3L;
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        String hex = Long.toHexString(h & 0xFFFF_FFFF_FFFFL);
        return "0".repeat(12 - hex.length()) + hex;
    }
}
