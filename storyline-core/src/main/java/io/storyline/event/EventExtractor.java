package io.storyline.event;

import io.storyline.annotate.entity.Gazetteer;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.model.DateValue;
import io.storyline.model.Deadline;
import io.storyline.model.EventMention;
import io.storyline.model.Mention;
import io.storyline.model.Modality;
import io.storyline.model.Participant;
import io.storyline.model.Precision;
import io.storyline.model.Quote;
import io.storyline.model.Timex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the events of one article, clause by clause: the predicate and its type (PLOVER where it
 * applies, STATEMENT for remarks, a general type otherwise), who acts and on whom, where, when
 * (the clause's own time expression, else the reporting time) and how the clause presents it
 * (asserted, planned, hypothetical, negated), with the span to cite. Nouns that name a singled-out
 * event ("their first summit in 2018", "the planned summit next week") are mentions too.
 *
 * <pre>{@code
 * EventExtractor x = EventExtractor.standard();
 * List<EventMention> m = x.extract(EventInput.of(article, TextAnalyzer.standard().analyze(article.text()))
 *         .withTimexes(timexes).withMentions(names));
 * }</pre>
 *
 * Works on the article's clean text only, so clutter never yields events. Linear in the text,
 * bounded by {@link EventOptions#maxMentions()}; final, thread-safe, never throws on any text.
 */
public final class EventExtractor {
    /** Words of titles and ranks: not part of a person's name key. */
    private static final Set<String> TITLE_WORDS = Set.of("president", "minister", "secretary", "prime", "foreign",
            "defense", "defence", "state", "general", "chairman", "chief", "leader", "king", "queen", "prince", "emir",
            "sheikh", "ambassador", "spokesman", "spokeswoman", "spokesperson", "senator", "governor", "mayor", "judge",
            "archbishop", "pope", "vice", "deputy", "senior", "former", "interim", "acting", "mr.", "mrs.", "ms.", "dr.",
            "gen.", "lt.", "col.", "sgt.", "commander", "director", "head", "officer", "official", "sen.", "rep.", "gov.",
            "the", "a", "an", "u.s.", "u.n.", "secretary-general", "coach", "ceo", "chairwoman", "speaker", "justice",
            "attorney", "lawmaker", "professor", "prof.", "dr", "mr", "mrs", "ms", "new", "top", "opposition", "rebel",
            "leaders", "officials", "president-elect", "unification", "national", "security", "adviser", "advisor");
    /** Pronouns that stand for a person. */
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    /** Pronouns that stand for an organisation, a country or a thing. */
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its");
    /** Determiners and pronouns dropped from the front of a key. */
    private static final Set<String> KEY_STOP = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this",
            "that", "these", "those", "some", "all", "both", "'s", "two", "three", "several", "many", "senior", "top");

    /** Verbs that never make a dated event on their own: being and having are states. */
    private static final Set<String> DATED_ACT_EXCLUDED = Set.of("be", "have", "do", "get", "seem", "become");

    private final Lexicon lex;
    private final Gazetteer gazetteer;
    private final Typer typer;
    private final EventOptions options;

    public EventExtractor(EventOptions options, Gazetteer gazetteer) {
        this.options = Objects.requireNonNull(options, "options");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.lex = Lexicon.standard();
        this.typer = new Typer(lex);
    }

    public static EventExtractor standard() {
        return new EventExtractor(EventOptions.defaults(), Gazetteer.bundled());
    }

    public EventOptions options() {
        return options;
    }

    /** The event mentions of an article, in text order. */
    public List<EventMention> extract(EventInput in) {
        return extract(in, Deadline.none());
    }

    /** As {@link #extract(EventInput)}, checking {@code deadline} between sentences. */
    public List<EventMention> extract(EventInput in, Deadline deadline) {
        List<EventMention> out = new ArrayList<>();
        for (SentenceEvents s : sentences(in, deadline)) out.addAll(s.mentions());
        return out;
    }

    /**
     * The mentions of each sentence that has any, with the sentence's main event: the first
     * PLOVER-coded event of a main clause (not a relative, conditional or introductory one), else
     * the first event.
     *
     * @param sentence the sentence number in the analysis
     * @param start    the sentence's offset in the text
     * @param end      its end offset
     * @param mentions its mentions, in text order
     * @param main     index of the main event in {@code mentions}
     */
    public record SentenceEvents(int sentence, int start, int end, List<EventMention> mentions, int main) {
        public SentenceEvents {
            mentions = List.copyOf(mentions);
        }
    }

    /** The mentions sentence by sentence. */
    public List<SentenceEvents> sentences(EventInput in, Deadline deadline) {
        Objects.requireNonNull(in, "in");
        return new Run(in, deadline).run();
    }

    /** The state of one extraction. */
    private final class Run {
        final EventInput in;
        final TextAnalysis t;
        final String text;
        final Deadline deadline;
        final SentenceParser parser = new SentenceParser(lex);
        final boolean[] quoted, names, times;
        /** For each token, the index of the timex covering it, or -1. */
        final int[] timexAt;
        /** For each token, the index of the NER mention covering it, or -1. */
        final int[] mentionAt;
        /** Tokens that hold more than one mention: the names inside a hyphenated word ("Trump-Kim"). */
        final boolean[] severalMentions;
        final DateValue reporting;
        /** The days of {@link #reporting}, or null. */
        final DateRange reportingRange;
        int count;
        /** The actors of the last main clause: what "they", "we" refer to. */
        List<Participant> lastActors = List.of();
        /** The last person who acted or spoke: what "he" and "she" refer to. */
        List<Participant> lastPerson = List.of();
        /** The last organisation, country or thing that acted: what "it" refers to. */
        List<Participant> lastThing = List.of();
        /** The day of the article's news event once a past clause dated it (see {@link #anchor}), else null. */
        DateValue narrative;
        /** The last future date the text stated (see {@link #planDate}), the sentence that stated it, and the current sentence. */
        DateValue plan;
        int planSentence = -1, sentence;

        Run(EventInput in, Deadline deadline) {
            this.in = in;
            this.t = in.analysis();
            this.text = t.text();
            this.deadline = deadline;
            int n = t.tokenCount();
            quoted = new boolean[n];
            names = new boolean[n];
            times = new boolean[n];
            timexAt = new int[n];
            mentionAt = new int[n];
            severalMentions = new boolean[n];
            Arrays.fill(timexAt, -1);
            Arrays.fill(mentionAt, -1);
            List<Timex> tx = in.timexes();
            for (int k = 0; k < tx.size(); k++) {
                Timex x = tx.get(k);
                for (int i = t.tokenAt(x.start()); i < n && t.start(i) < x.end(); i++) {
                    times[i] = true;
                    timexAt[i] = k;
                }
            }
            List<Mention> ms = in.mentions();
            for (int k = 0; k < ms.size(); k++) {
                Mention m = ms.get(k);
                if ("TITLE".equals(m.type())) continue;
                for (int i = t.tokenAt(m.start()); i < n && t.start(i) < m.end(); i++) {
                    names[i] = true;
                    if (mentionAt[i] >= 0) severalMentions[i] = true;
                    mentionAt[i] = k;
                }
            }
            markQuotes();
            DateValue pub = in.article().published();
            if (pub != null) {
                String day = pub.day();
                reporting = day != null ? new DateValue(day, Precision.DAY, true, "reporting time")
                        : new DateValue(pub.value(), pub.precision(), true, "reporting time");
            } else reporting = null;
            reportingRange = reporting == null ? null : DateRange.parse(reporting.value());
        }

        private void markQuotes() {
            if (!in.quotes().isEmpty()) {
                for (Quote q : in.quotes()) {
                    if (!in.article().id().equals(q.article())) continue;
                    for (int i = t.tokenAt(q.start()); i < t.tokenCount() && t.start(i) < q.end(); i++) quoted[i] = true;
                }
                return;
            }
            // no quotes annotated: read the quote marks, paragraph by paragraph
            boolean open = false;
            int para = -1;
            for (int s = 0; s < t.sentenceCount(); s++) {
                if (t.paragraph(s) != para) {
                    para = t.paragraph(s);
                    open = false;
                }
                for (int i = t.sentenceStart(s); i < t.sentenceEnd(s); i++) {
                    if (t.is(i, TextAnalysis.QUOTE)) {
                        String q = t.token(i);
                        char c = q.charAt(0);
                        if (c == '\'' || c == '‘' || c == '’') {
                            if (!q.equals("''")) continue;
                        }
                        if (c == '“' || q.equals("``") || c == '«') open = true;
                        else if (c == '”' || q.equals("''") || c == '»') open = false;
                        else open = !open;
                        continue;
                    }
                    quoted[i] = open;
                }
            }
        }

        List<SentenceEvents> run() {
            List<SentenceEvents> out = new ArrayList<>();
            for (int s = 0; s < t.sentenceCount() && count < options.maxMentions(); s++) {
                if ((s & 15) == 0) deadline.check();
                int from = t.sentenceStart(s), to = Math.min(t.sentenceEnd(s), from + options.maxSentenceTokens());
                int words = 0;
                for (int i = from; i < to && words < 3; i++) if (t.is(i, TextAnalysis.WORD)) words++;
                if (words < 3) continue;
                sentence = s;
                SentenceEvents se = sentence(s, from, to);
                if (se != null) out.add(se);
                notePlan(s, from, to);
            }
            return out;
        }

        private SentenceEvents sentence(int s, int from, int to) {
            List<Clause> clauses = parser.parse(t, from, to, new SentenceParser.Marks(quoted, names, times));
            typer.type(clauses, parser, t);
            List<EventMention> ms = new ArrayList<>();
            List<Integer> ranks = new ArrayList<>();
            List<Integer> consumedNouns = new ArrayList<>();
            for (int cx = 0; cx < clauses.size(); cx++) {
                Clause c = clauses.get(cx);
                if (c.type == null || c.absorbed) continue;
                if (c.role == Clause.Role.REPORT || c.role == Clause.Role.ATTRIBUTION) {
                    if ("STATEMENT".equals(c.type)) {
                        if (!statement(c, clauses)) continue;
                        EventMention m = statementMention(c, from, to);
                        if (m != null) {
                            ms.add(m);
                            ranks.add(3);
                        }
                        continue;
                    }
                }
                if ("STATEMENT".equals(c.type) && c.role == Clause.Role.MAIN) {
                    // a reporting verb with nothing reported: "Lee told a news conference."
                    if (!c.hasSubject() && c.subjectFrom == null) continue;
                    EventMention m = statementMention(c, from, to);
                    if (m != null) {
                        ms.add(m);
                        ranks.add(3);
                    }
                    continue;
                }
                if (c.quoted && !(Typer.PLOVER.contains(c.code) && c.modality == Modality.ASSERTED)) continue;
                // a verb the lexicon does not know yields an event only through its coding ("must allocate": DEMAND)
                // (or through a date of its own: "In 1976 he founded Apple", "in February passed Wal-Mart")
                if ("OCCUR".equals(c.type) && !Typer.PLOVER.contains(c.code) && !options.allNominals() && !datedAct(c, from)) {
                    continue;
                }
                EventMention m = clauseMention(c, from, to);
                if (m == null) continue;
                if (c.objectNoun >= 0) consumedNouns.add(c.objectNoun);
                ms.add(m);
                ranks.add(rank(c));
            }
            nominals(from, to, clauses, consumedNouns, ms, ranks);
            if (ms.isEmpty()) return null;
            // text order
            Integer[] order = new Integer[ms.size()];
            for (int k = 0; k < order.length; k++) order[k] = k;
            Arrays.sort(order, (a, b) -> Integer.compare(ms.get(a).triggerStart(), ms.get(b).triggerStart()));
            List<EventMention> sorted = new ArrayList<>(ms.size());
            int main = -1, mainRank = Integer.MAX_VALUE, fallback = -1, fallbackRank = Integer.MAX_VALUE;
            for (int k = 0; k < order.length; k++) {
                EventMention m = ms.get(order[k]);
                int r = ranks.get(order[k]);
                sorted.add(m);
                boolean plover = Typer.PLOVER.contains(m.code());
                if (plover && r < mainRank) {
                    main = k;
                    mainRank = r;
                }
                if (r < fallbackRank) {
                    fallback = k;
                    fallbackRank = r;
                }
            }
            if (main < 0) main = fallback;
            count += sorted.size();
            return new SentenceEvents(s, t.start(from), t.end(to - 1), sorted, main);
        }

        /**
         * Whether a clause of a verb with no type of its own still tells a timeline's event: an
         * asserted, unquoted main clause with a subject and its own stated date (not the report's).
         */
        private boolean datedAct(Clause c, int sFrom) {
            if (c.role != Clause.Role.MAIN || c.quoted || c.conditional) return false;
            if (c.modality != Modality.ASSERTED && c.modality != Modality.PLANNED) return false;
            if (!c.hasSubject() && subjectSource(c) == null) return false;
            if (DATED_ACT_EXCLUDED.contains(c.verb.lemma())) return false;
            if (c.modality == Modality.PLANNED) return planDate(c.head, sFrom, t.sentenceEnd(sentence)) != null;
            int a = c.subjFrom >= 0 ? Math.min(c.subjFrom, c.from) : c.from;
            if (bestTimex(a, c.to, c.head) != null || leadingTimex(c, sFrom) != null) return true;
            // a time phrase opening the sentence: "In 1986 he bought Pixar"
            return c.from > sFrom && timexAt[sFrom] >= 0 && bestTimex(sFrom, c.from, c.head) != null;
        }

        /** 0 for a main clause or reported content, 1 for a coordinated or participial one, 2 for a subordinate one. */
        private int rank(Clause c) {
            if (c.governor != null) return rank(c.governor);
            int a = c.from;
            while (a < c.groupStart && t.is(a, TextAnalysis.PUNCT)) a++;
            if (c.antecedentFrom >= 0 || c.conditional) return 2;
            if (a < c.groupStart && (parser.g(a) & (Lexicon.G_SUBORD | Lexicon.G_PREP)) != 0) return 2;
            if (a < c.groupStart && (parser.g(a) & Lexicon.G_REL) != 0) return 2;
            if (c.participial || c.subjectFrom != null && c.governor == null) return 1;
            if (a < c.groupStart && (parser.g(a) & Lexicon.G_COORD) != 0) return 1;
            // a participle right after a noun, without auxiliaries: a reduced relative ("a letter handed over")
            if (c.groupStart == c.head && c.verb.form() != Lexicon.Form.BASE && c.verb.form() != Lexicon.Form.THIRD
                    && c.head > c.from && !c.hasSubject()) return 2;
            return 0;
        }

        /** Whether a reporting clause is a statement in its own right: what it reports is no asserted act. */
        private boolean statement(Clause rep, List<Clause> clauses) {
            if (!rep.hasSubject() && subjectSource(rep) == null) return false;
            for (int cx = 0; cx < clauses.size(); cx++) {
                Clause c = clauses.get(cx);
                if (c.reporter != rep || c.type == null) continue;
                if (Typer.PLOVER.contains(c.code) && c.modality == Modality.ASSERTED && !c.quoted) return false;
            }
            return true;
        }

        // --- mentions ---

        private EventMention clauseMention(Clause c, int sFrom, int sTo) {
            List<Participant> actors, targets;
            int subjA = c.subjFrom, subjB = c.subjTo;
            Clause src = c;
            while (subjA < 0 && src.subjectFrom != null && src.subjectFrom != src) {
                src = src.subjectFrom;
                subjA = src.subjFrom;
                subjB = src.subjTo;
                if (src.subjectFrom == c) break;
            }
            if (c.passive) {
                actors = c.agentFrom >= 0 ? participants(c.agentFrom, c.agentTo) : List.of();
                targets = subjA >= 0 ? participants(subjA, subjB) : List.of();
            } else {
                actors = subjA >= 0 ? participants(subjA, subjB) : List.of();
                targets = new ArrayList<>();
                if (c.objFrom >= 0 && named(c.objFrom, c.objTo)) targets.addAll(participants(c.objFrom, c.objTo));
                if (c.ppFrom >= 0 && targets.isEmpty()) targets.addAll(participants(c.ppFrom, c.ppTo));
                Clause comp = c.complement;
                if (targets.isEmpty() && comp != null) {
                    // "demanded that the US cancel": the one asked; "offered to hand over to Britain": the complement's target
                    if (comp.hasSubject() && comp.governor == c && !comp.participial) targets.addAll(participants(comp.subjFrom, comp.subjTo));
                    else if (comp.objFrom >= 0 && named(comp.objFrom, comp.objTo)) targets.addAll(participants(comp.objFrom, comp.objTo));
                    else if (comp.ppFrom >= 0) targets.addAll(participants(comp.ppFrom, comp.ppTo));
                }
                if (targets.isEmpty() && c.anyPpFrom >= 0) targets.addAll(participants(c.anyPpFrom, c.anyPpTo));
            }
            actors = resolvePronouns(actors, c);
            if ("DEMAND".equals(c.code) && !"DEMAND".equals(c.type) && c.reporter != null && c.reporter.subjFrom >= 0) {
                // "Russia said Sudan must return…": Russia demands, of Sudan
                targets = actors;
                actors = participants(c.reporter.subjFrom, c.reporter.subjTo);
            }
            Participant place = c.placeFrom >= 0 ? one(c.placeFrom, c.placeTo) : null;
            Participant speaker = c.reporter != null && c.reporter.subjFrom >= 0
                    ? one(c.reporter.subjFrom, c.reporter.subjTo) : null;
            int spanFrom = c.from;
            if (subjA >= 0 && subjA < spanFrom && subjA >= sFrom) spanFrom = subjA;
            while (spanFrom < c.head && (t.is(spanFrom, TextAnalysis.PUNCT) && !t.is(spanFrom, TextAnalysis.QUOTE)
                    || (parser.g(spanFrom) & Lexicon.G_COORD) != 0)) spanFrom++;
            int spanTo = Math.max(c.to, c.headEnd);
            if (c.complement != null) spanTo = Math.max(spanTo, c.complement.to);
            while (spanTo - 1 > c.head && t.is(spanTo - 1, TextAnalysis.PUNCT) && !t.is(spanTo - 1, TextAnalysis.QUOTE)) spanTo--;
            DateValue when = time(c, sFrom, sTo);
            Modality modality = planFromDate(c.modality, when);
            // the reporting time dates a report only: a plan or a possibility without its own date has none
            if (when != null && when.inferred() && (modality == Modality.PLANNED || modality == Modality.HYPOTHETICAL)) {
                when = null;
            }
            if (when == null && modality == Modality.PLANNED) when = planDate(c.head, sFrom, sTo);
            if (c.governor == null && c.role == Clause.Role.MAIN && !actors.isEmpty()) remember(actors);
            // "iPhone 4 was introduced by Jobs. It is slated for…": a passive's subject is what "it" refers to next
            if (c.governor == null && c.role == Clause.Role.MAIN && c.passive && subjA >= 0) {
                List<Participant> things = new ArrayList<>();
                for (Participant p : targets) if (!person(p)) things.add(p);
                if (!things.isEmpty()) lastThing = things;
            }
            return new EventMention(in.article().id(), t.start(spanFrom), t.end(spanTo - 1), t.start(c.head),
                    t.end(c.headEnd - 1), c.verb.lemma(), EventMention.Kind.CLAUSE, c.type, c.code, modality, when, actors,
                    targets, place, speaker, c.quoted);
        }

        /** The clause whose subject a subject-less clause borrows (", saying …"), or null. */
        private Clause subjectSource(Clause c) {
            Clause src = c;
            for (int hops = 0; hops < 4 && src.subjFrom < 0; hops++) {
                if (src.subjectFrom == null || src.subjectFrom == src) return null;
                src = src.subjectFrom;
            }
            return src.subjFrom >= 0 && src != c ? src : null;
        }

        private EventMention statementMention(Clause c, int sFrom, int sTo) {
            Clause src = c.subjFrom >= 0 ? c : subjectSource(c);
            List<Participant> speaker = src != null ? participants(src.subjFrom, src.subjTo) : List.of();
            speaker = resolvePronouns(speaker, c);
            if (speaker.isEmpty()) return null;
            remember(speaker);
            DateValue when = reportTime(c);
            boolean past = past(c) && !c.quoted;
            if (when != null && past) anchor(when);
            if (when == null && past) when = narrative;
            if (when == null) when = reporting;
            int a = sFrom, b = sTo;
            while (b - 1 > a && t.is(b - 1, TextAnalysis.PUNCT) && !t.is(b - 1, TextAnalysis.QUOTE)) b--;
            if (c.head < a || c.headEnd > b) return null;
            return new EventMention(in.article().id(), t.start(a), t.end(b - 1), t.start(c.head), t.end(c.headEnd - 1),
                    c.verb.lemma(), EventMention.Kind.STATEMENT, "STATEMENT", "STATEMENT", Modality.ASSERTED, when,
                    speaker, List.of(), null, speaker.get(0), c.quoted);
        }

        /** Event nouns singled out by a date, an ordinal, a name or a planned adjective. */
        private void nominals(int from, int to, List<Clause> clauses, List<Integer> consumed, List<EventMention> ms,
                              List<Integer> ranks) {
            for (int i = from; i < to; i++) {
                Lexicon.Noun n = parser.noun(i);
                if (n == null || !n.event()) continue;
                if (quoted[i]) continue;
                int nEnd = parser.nounEndAt(i);
                boolean governed = consumed.contains(i);
                // the phrase: modifiers before, "between A and B" / "with X" / "in P" after, and a date
                int left = i;
                while (left - 1 >= from && parser.nominal(left - 1) && !parser.isVerb(left - 1)
                        && (parser.g(left - 1) & Lexicon.G_POSS) == 0 || left - 1 >= from && t.isWord(left - 1, "'s")) {
                    left--;
                }
                boolean planned = false, hypothetical = false, specific = false, namedMod = false, negated = false;
                boolean possessive = false;
                for (int q = left; q < i; q++) {
                    int gq = parser.g(q);
                    if ((gq & Lexicon.G_PLANNED) != 0) planned = true;
                    if ((gq & Lexicon.G_HYPOTHETICAL) != 0) hypothetical = true;
                    if ((gq & Lexicon.G_SPECIFIC) != 0 || t.is(q, TextAnalysis.DIGIT)) specific = true;
                    if (parser.cap(q) && !parser.demonym(q) && !TITLE_WORDS.contains(t.lower(q))) namedMod = true;
                    if (t.isWord(q, "no")) negated = true;
                    if (t.isWord(q, "'s") || (gq & Lexicon.G_POSS) != 0) possessive = true;
                }
                if (left - 1 >= from && (t.isWord(left - 1, "without") || t.isWord(left - 1, "no"))) negated = true;
                if (left - 1 >= from && (parser.g(left - 1) & Lexicon.G_POSS) != 0) possessive = true;
                int right = nEnd;
                int actorsFrom = -1, actorsTo = -1, placeFrom = -1, placeTo = -1, targetFrom = -1, targetTo = -1;
                for (int pass = 0; pass < 2 && right < to; pass++) {
                    if (t.isWord(right, "between") || t.isWord(right, "among")) {
                        int e = parser.np(right + 1, to);
                        if (e > right + 1 && named(right + 1, e)) {
                            actorsFrom = right + 1;
                            actorsTo = e;
                            right = e;
                            continue;
                        }
                    }
                    if (t.isWord(right, "with") || t.isWord(right, "against") || t.isWord(right, "on") && !times[right + 1 < to ? right + 1 : right]) {
                        int e = parser.np(right + 1, to);
                        if (e > right + 1 && named(right + 1, e)) {
                            targetFrom = right + 1;
                            targetTo = e;
                            right = e;
                            continue;
                        }
                    }
                    // "pre-orders of the recently announced iPhone 4", "sales of the iPod": what the event is about
                    if (t.isWord(right, "of") && targetFrom < 0 && right + 1 < to) {
                        int e = ofPhrase(right + 1, to);
                        if (e > right + 1 && named(right + 1, e)) {
                            targetFrom = right + 1;
                            targetTo = e;
                            right = e;
                            continue;
                        }
                    }
                    if ((t.isWord(right, "in") || t.isWord(right, "at") || t.isWord(right, "near")) && right + 1 < to
                            && !times[right + 1]) {
                        int e = parser.np(right + 1, to);
                        if (e > right + 1 && named(right + 1, e)) {
                            placeFrom = right + 1;
                            placeTo = e;
                            right = e;
                            continue;
                        }
                    }
                    break;
                }
                // a date right after the phrase (", last June 12", "in 2018", "next week") or inside it
                int tx = -1;
                for (int q = left; q < i; q++) if (timexAt[q] >= 0) tx = timexAt[q];
                if (tx < 0) {
                    int q = right;
                    int hop = 0;
                    while (q < to && hop < 2 && (parser.comma(q) || (parser.g(q) & Lexicon.G_PREP) != 0)) {
                        q++;
                        hop++;
                    }
                    if (q < to && timexAt[q] >= 0 && usable(in.timexes().get(timexAt[q]))) {
                        tx = timexAt[q];
                        int e = q;
                        while (e < to && timexAt[e] == tx) e++;
                        right = e;
                    }
                }
                boolean anchored = tx >= 0 && usable(in.timexes().get(tx)) || specific || namedMod || actorsFrom >= 0
                        || targetFrom >= 0 && t.isWord(targetFrom - 1, "of");
                if (!options.allNominals() && (!anchored || governed && tx < 0)) continue;
                if (governed && !options.allNominals() && tx < 0) continue;
                Clause host = hostClause(clauses, i);
                List<Participant> actors = actorsFrom >= 0 ? participants(actorsFrom, actorsTo) : List.of();
                if (actors.isEmpty() && possessive && host != null) {
                    // "their first summit": the host clause's subject
                    int a = host.subjFrom, b = host.subjTo;
                    if (a >= 0) actors = participants(a, b);
                }
                if (actors.isEmpty()) {
                    // a name inside the phrase: "the Trump-Kim summit"
                    for (int q = left; q < i; q++) {
                        if (parser.cap(q) && !TITLE_WORDS.contains(t.lower(q)) && !parser.demonym(q)) {
                            int e = q;
                            while (e < i && parser.cap(e)) e++;
                            actors = participants(q, e);
                            break;
                        }
                    }
                }
                List<Participant> targets = targetFrom >= 0 ? participants(targetFrom, targetTo) : List.of();
                if (actors.isEmpty() && targets.isEmpty() && host != null && host.hasSubject() && i >= host.headEnd
                        && i < host.to) {
                    // "It is slated for a U.S. release on June 24": the host's subject takes part in its event noun,
                    // as what undergoes it when the host is passive ("is slated", "was scheduled"), else as who acts
                    List<Participant> subj = resolvePronouns(participants(host.subjFrom, host.subjTo), host);
                    if (host.passive) targets = subj;
                    else actors = subj;
                }
                Participant place = placeFrom >= 0 ? one(placeFrom, placeTo) : null;
                DateValue when;
                if (tx >= 0 && usable(in.timexes().get(tx))) when = stated(in.timexes().get(tx));
                else if (host != null && (host.objectNoun == i || inRange(i, host.subjFrom, host.subjTo))) {
                    when = time(host, from, to);
                    if (when != null && when.inferred()) when = null;
                } else when = null;
                Modality modality = negated ? Modality.NEGATED
                        : hypothetical ? Modality.HYPOTHETICAL
                        : planned ? Modality.PLANNED
                        : host != null && host.modality != Modality.ASSERTED && host.modality != Modality.NEGATED
                        && (host.objectNoun == i || inRange(i, host.objFrom, host.objTo)) ? host.modality
                        : Modality.ASSERTED;
                modality = planFromDate(modality, when);
                int a = left, b = Math.max(right, nEnd);
                while (a < i && (t.is(a, TextAnalysis.PUNCT) || (parser.g(a) & Lexicon.G_COORD) != 0)) a++;
                while (b - 1 > i && t.is(b - 1, TextAnalysis.PUNCT)) b--;
                Participant speaker = host != null && host.reporter != null && host.reporter.subjFrom >= 0
                        ? one(host.reporter.subjFrom, host.reporter.subjTo) : null;
                ms.add(new EventMention(in.article().id(), t.start(a), t.end(b - 1), t.start(i), t.end(nEnd - 1), n.lemma(),
                        EventMention.Kind.NOMINAL, n.type(), n.type(), modality, when, actors, targets, place, speaker,
                        quoted[i]));
                ranks.add(4);
            }
        }

        /** A noun phrase from {@code k}, through participles that modify its noun ("the recently announced iPhone 4"). */
        private int ofPhrase(int k, int to) {
            int e = parser.np(k, to);
            for (int hops = 0; hops < 2 && e + 1 < to && parser.isVerb(e); hops++) {
                Lexicon.Form f = parser.verb(e).form();
                if (f != Lexicon.Form.PARTICIPLE && f != Lexicon.Form.PAST_OR_PARTICIPLE || !parser.nominal(e + 1)) break;
                e = parser.np(e + 1, to);
            }
            return e;
        }

        private boolean inRange(int i, int a, int b) {
            return a >= 0 && i >= a && i < b;
        }

        private Clause hostClause(List<Clause> clauses, int i) {
            Clause best = null;
            for (int cx = 0; cx < clauses.size(); cx++) {
                Clause c = clauses.get(cx);
                int a = Math.min(c.from, c.subjFrom >= 0 ? c.subjFrom : c.from);
                if (i >= a && i < c.to && (best == null || c.from >= best.from)) best = c;
            }
            return best;
        }

        // --- time ---

        private boolean usable(Timex x) {
            if (x.value() == null || x.value().startsWith("P")) return false;
            if ("SET".equals(x.type()) || "DURATION".equals(x.type())) return false;
            return DateRange.parse(x.value()) != null;
        }

        private DateValue stated(Timex x) {
            Precision p = x.precision() == null ? Precision.DAY : x.precision();
            return new DateValue(x.value(), p, false, x.text());
        }

        /** The clause's own time, else the time of its report, else the reporting time. */
        private DateValue time(Clause c, int sFrom, int sTo) {
            Timex best = bestTimex(c.from, c.to, c.head);
            if (best == null && c.subjFrom >= 0 && c.subjFrom < c.from) best = bestTimex(c.subjFrom, c.subjTo, c.head);
            if (best == null) best = leadingTimex(c, sFrom);
            if (best == null && c.governor != null) best = bestTimex(c.governor.from, c.governor.to, c.head);
            if (best == null && c.subjFrom < 0 && c.subjectFrom == null) {
                // a sentence-initial time phrase before the first clause: "Last week, Pompeo hinted"
                best = bestTimex(sFrom, c.from, c.head);
            }
            if (best == null) {
                int a = sFrom;
                int b = c.from;
                // a time phrase opening the sentence governs its first clause
                if (b > a) {
                    Timex x = bestTimex(a, Math.min(b, a + 6), c.head);
                    if (x != null && timexAt[a] >= 0 || x != null && a + 1 < sTo && timexAt[a + 1] >= 0) best = x;
                }
            }
            boolean past = past(c) && !c.quoted;
            if (best != null) {
                DateValue d = stated(best);
                if (past) {
                    d = pastPart(d);
                    anchor(d);
                }
                return d;
            }
            DateValue rep = c.reporter != null ? reportTime(c.reporter) : null;
            if (rep != null) return new DateValue(rep.value(), rep.precision(), true, "reporting time: " + rep.evidence());
            if (past && narrative != null) return narrative;
            return reporting;
        }

        /**
         * The date of a plan that states none of its own: the future date its sentence states nearest
         * to it ("…will have been sold by the end of the quarter, which ends on June 26"), else the
         * last future date of the few sentences before, when no other date was stated since
         * ("iPhone 4 will be available on June 24. … the iPhone 3G will be discontinued"). Null when none.
         */
        private DateValue planDate(int head, int sFrom, int sTo) {
            Timex best = null;
            int bestDist = Integer.MAX_VALUE;
            for (int i = sFrom; i < sTo && i < t.tokenCount(); i++) {
                if (timexAt[i] < 0 || i > sFrom && timexAt[i - 1] == timexAt[i]) continue;
                Timex x = in.timexes().get(timexAt[i]);
                if (!usable(x) || !future(x)) continue;
                int d = Math.abs(i - head);
                if (d < bestDist) {
                    best = x;
                    bestDist = d;
                }
            }
            if (best != null) return planned(best);
            if (plan == null || sentence - planSentence > options.planSentences()) return null;
            return plan;
        }

        /** A stated future date as the date of a plan that states none (inferred, with its evidence). */
        private DateValue planned(Timex x) {
            DateValue d = stated(x);
            return new DateValue(d.value(), d.precision(), true, "date of the plan: " + d.evidence());
        }

        /** Whether a time expression lies after the reporting day. */
        private boolean future(Timex x) {
            if (reportingRange == null) return false;
            DateRange w = DateRange.parse(x.value());
            return w != null && w.start().isAfter(reportingRange.end());
        }

        /** After a sentence: its last stated date, if in the future, dates the next plans; any other ends that. */
        private void notePlan(int s, int from, int to) {
            for (int i = from; i < to; i++) {
                if (timexAt[i] < 0 || i > from && timexAt[i - 1] == timexAt[i]) continue;
                Timex x = in.timexes().get(timexAt[i]);
                if (!usable(x) || quoted[i]) continue;
                if (future(x)) {
                    plan = planned(x);
                    planSentence = s;
                } else {
                    plan = null;
                }
            }
        }

        /** A clause told in the simple past ("unveiled", "was praised", "did not say"): narrative, not state. */
        private boolean past(Clause c) {
            Lexicon.Form f = c.verb.form();
            return c.past || c.groupStart == c.head && (f == Lexicon.Form.PAST || f == Lexicon.Form.PAST_OR_PARTICIPLE);
        }

        /**
         * A past event of the reporting week happened by the reporting day: "filed a lawsuit this
         * week", reported on Tuesday 28 March, lies in Monday 27 to Tuesday 28, not in the days of
         * April the week also covers.
         */
        private DateValue pastPart(DateValue d) {
            if (d.precision() != Precision.WEEK || reporting == null || reporting.day() == null) return d;
            DateRange w = DateRange.parse(d.value()), r = DateRange.parse(reporting.day());
            if (w == null || r == null || r.start().isBefore(w.start()) || !r.end().isBefore(w.end())) return d;
            if (w.start().equals(r.end())) return new DateValue(r.end().toString(), Precision.DAY, true, d.evidence());
            return new DateValue(w.start() + "/" + r.end(), Precision.WEEK, d.inferred(), d.evidence());
        }

        /**
         * A past clause dated to a day shortly before the report ("yesterday", "on Wednesday") sets the
         * narrative time: the later past clauses of the article that state no time of their own are
         * dated to it, as news tells the day's event and then its details ("He also said…").
         */
        private void anchor(DateValue d) {
            if (reporting == null || d.precision() != Precision.DAY || d.day() == null || reporting.day() == null) return;
            DateRange x = DateRange.parse(d.day()), r = DateRange.parse(reporting.day());
            if (x == null || r == null || x.start().isAfter(r.end())) return;
            if (x.gap(r) > options.narrativeDays()) return;
            narrative = new DateValue(d.day(), Precision.DAY, true, "narrative time: " + d.evidence());
        }

        private DateValue reportTime(Clause rep) {
            if (rep == null) return null;
            Timex x = bestTimex(rep.from, rep.to, rep.head);
            return x == null ? null : stated(x);
        }

        /** A time phrase set off by a comma right before the clause: "…and that as of February, the store accounts for…". */
        private Timex leadingTimex(Clause c, int sFrom) {
            int a = c.subjFrom >= 0 ? Math.min(c.subjFrom, c.from) : c.from;
            int q = a - 1;
            if (q <= sFrom || !parser.comma(q)) return null;
            q--;
            if (timexAt[q] < 0) return null;
            Timex x = in.timexes().get(timexAt[q]);
            return usable(x) ? x : null;
        }

        /** The usable timex in tokens {@code [a, b)} closest to the head (after it preferred). */
        private Timex bestTimex(int a, int b, int head) {
            Timex best = null;
            int bestDist = Integer.MAX_VALUE;
            for (int i = Math.max(a, 0); i < b && i < t.tokenCount(); i++) {
                if (timexAt[i] < 0 || i > a && timexAt[i - 1] == timexAt[i]) continue;
                Timex x = in.timexes().get(timexAt[i]);
                if (!usable(x)) continue;
                int d = i >= head ? i - head : (head - i) + 2;
                // "this year's conference": a possessive time names a noun's edition, not the clause's time
                int after = t.tokenAt(x.end());
                if (after >= 0 && after < t.tokenCount() && t.start(after) == x.end() && t.isWord(after, "'s")) d += 1000;
                if (d < bestDist) {
                    best = x;
                    bestDist = d;
                }
            }
            return best;
        }

        /** An asserted event dated after the reporting day is planned ("the summit next week"). */
        private Modality planFromDate(Modality m, DateValue when) {
            if (m != Modality.ASSERTED || when == null || when.inferred() || reporting == null) return m;
            DateRange w = DateRange.parse(when.value()), r = DateRange.parse(reporting.value());
            if (w == null || r == null) return m;
            return w.start().isAfter(r.end()) ? Modality.PLANNED : m;
        }

        // --- participants ---

        private boolean named(int a, int b) {
            for (int q = a; q < b; q++) if (parser.capAny(q) || names[q] || t.is(q, TextAnalysis.ALL_CAPS)) return true;
            return false;
        }

        /** Remembers who acted last, as antecedents of later pronouns. */
        private void remember(List<Participant> actors) {
            lastActors = actors;
            List<Participant> persons = new ArrayList<>(), things = new ArrayList<>();
            for (Participant p : actors) (person(p) ? persons : things).add(p);
            if (!persons.isEmpty()) lastPerson = persons;
            if (!things.isEmpty()) lastThing = things;
        }

        /** Whether a participant is a person: a person's name, a title or rank, or "he"/"she" resolved to one. */
        private boolean person(Participant p) {
            String l = p.text().toLowerCase(Locale.ROOT);
            if (PERSON_PRONOUNS.contains(l)) return true;
            if (THING_PRONOUNS.contains(l)) return false;
            int n = t.tokenCount();
            for (int q = t.tokenAt(p.start()); q >= 0 && q < n && t.start(q) < p.end(); q++) {
                if (mentionAt[q] >= 0 && "PERSON".equals(in.mentions().get(mentionAt[q]).type())) return true;
                if (TITLE_WORDS.contains(t.lower(q)) && !KEY_STOP.contains(t.lower(q)) && !t.lower(q).equals("state")
                        && !t.lower(q).equals("national") && !t.lower(q).equals("security")) return true;
            }
            return false;
        }

        private List<Participant> resolvePronouns(List<Participant> ps, Clause c) {
            if (ps.size() != 1) return ps;
            Participant p = ps.get(0);
            if (!isPronoun(p.text())) return ps;
            String l = p.text().toLowerCase(Locale.ROOT);
            List<Participant> ante = List.of();
            if (c.reporter != null && c.reporter.subjFrom >= 0) ante = participants(c.reporter.subjFrom, c.reporter.subjTo);
            if (!ante.isEmpty() && PERSON_PRONOUNS.contains(l) && !person(ante.get(0))) ante = List.of();
            if (ante.isEmpty() || isPronoun(ante.get(0).text())) {
                ante = PERSON_PRONOUNS.contains(l) && !lastPerson.isEmpty() ? lastPerson
                        : THING_PRONOUNS.contains(l) && !lastThing.isEmpty() ? lastThing : lastActors;
            }
            if (ante.isEmpty()) return ps;
            List<Participant> out = new ArrayList<>(ante.size());
            // the antecedent's phrase stands in for the pronoun: a timeline names "Steve Jobs", not "he"
            out.addAll(ante);
            return out;
        }

        private boolean isPronoun(String s) {
            String l = s.toLowerCase(Locale.ROOT);
            return l.equals("he") || l.equals("she") || l.equals("it") || l.equals("they") || l.equals("we")
                    || l.equals("i") || l.equals("his government") || l.equals("its");
        }

        /** The participants of a phrase: several when it joins names with "and". */
        List<Participant> participants(int a, int b) {
            List<Participant> out = new ArrayList<>(2);
            int s = a;
            for (int q = a; q <= b; q++) {
                boolean cut = q == b || t.isWord(q, "and") && parser.capAny(q + 1) && named(s, q);
                if (!cut) continue;
                List<Participant> inside = insideOneWord(s, q);
                if (inside != null) {
                    out.addAll(inside);
                } else {
                    Participant p = one(s, q);
                    if (p != null) out.add(p);
                }
                s = q + 1;
            }
            return out;
        }

        /**
         * "the Trump-Kim summit", "the North Korea-U.S. talks": where {@code [a, b)} holds a word with
         * several names in it, each name of the range is a participant; else null.
         */
        private List<Participant> insideOneWord(int a, int b) {
            boolean several = false;
            for (int q = a; q < b; q++) several |= severalMentions[q];
            if (!several) return null;
            List<Participant> out = new ArrayList<>(2);
            for (Mention m : in.mentions()) {
                if (m.start() < t.start(a) || m.end() > t.end(b - 1) || "TITLE".equals(m.type())) continue;
                String entity = in.entities().get(EventInput.key(m.start(), m.end()));
                out.add(new Participant(m.text(), m.start(), m.end(), entity, normalise(m.text())));
            }
            return out.isEmpty() ? null : out;
        }

        /** One participant from tokens {@code [a, b)}, trimmed, with its entity and key. */
        Participant one(int a, int b) {
            while (a < b && (t.is(a, TextAnalysis.PUNCT) || (parser.g(a) & Lexicon.G_COORD) != 0)) a++;
            while (b > a && (t.is(b - 1, TextAnalysis.PUNCT) || t.isWord(b - 1, "'s"))) b--;
            if (b <= a) return null;
            int start = t.start(a), end = t.end(b - 1);
            String printed = text.substring(start, end);
            // the entity: the best named mention inside
            String entity = null, key = null;
            Mention best = null;
            for (int q = a; q < b; q++) {
                if (mentionAt[q] < 0) continue;
                Mention m = in.mentions().get(mentionAt[q]);
                if (best == null || rankType(m.type()) < rankType(best.type())
                        || rankType(m.type()) == rankType(best.type()) && m.end() - m.start() > best.end() - best.start()) best = m;
            }
            if (best != null) {
                entity = in.entities().get(EventInput.key(best.start(), best.end()));
                key = "COUNTRY".equals(best.type()) || "LOC".equals(best.type()) ? countryKey(a, b) : null;
                if (key == null) key = normalise(best.text());
            }
            if (key == null) key = personKey(a, b);
            if (key == null) key = countryKey(a, b);
            if (key == null) key = capitalKey(a, b);
            if (key == null) key = headKey(a, b);
            return new Participant(printed, start, end, entity, key == null ? "" : key);
        }

        private int rankType(String type) {
            return switch (type) {
                case "PERSON" -> 0;
                case "ORG" -> 1;
                case "COUNTRY", "GPE" -> 2;
                default -> 3;
            };
        }

        /** A person's name: capitalised words that are no title and no country. */
        private String personKey(int a, int b) {
            int bestA = -1, bestB = -1;
            for (int q = a; q < b; q++) {
                if (!parser.capAny(q) || TITLE_WORDS.contains(t.lower(q))) continue;
                if (gazetteer.longest(t, q, b, null) != null) {
                    Gazetteer.Match m = gazetteer.longest(t, q, b, null);
                    if (m.kind() != Gazetteer.Kind.GIVEN && m.kind() != Gazetteer.Kind.SURNAME) {
                        q = m.end() - 1;
                        continue;
                    }
                }
                int e = q;
                while (e < b && (parser.capAny(e) || t.is(e, TextAnalysis.HYPHEN) || t.isWord(e, "-")
                        || t.length(e) == 2 && t.is(e, TextAnalysis.PERIOD)) && !TITLE_WORDS.contains(t.lower(e))) e++;
                if (e - q >= 2 && e - q > bestB - bestA) {
                    bestA = q;
                    bestB = e;
                }
                q = Math.max(q, e - 1);
            }
            if (bestA < 0) return null;
            // a run of capitalised words ending in an organisation word is an organisation, still a good key
            return normalise(text.substring(t.start(bestA), t.end(bestB - 1)));
        }

        private String countryKey(int a, int b) {
            for (int q = a; q < b; q++) {
                Gazetteer.Match m = gazetteer.longest(t, q, b, null);
                if (m == null) continue;
                switch (m.kind()) {
                    case COUNTRY, DEMONYM, CAPITAL -> {
                        int c = gazetteer.countryOf(m.entry());
                        return normalise(gazetteer.canonical(c >= 0 ? c : m.entry()));
                    }
                    case PLACE, ORG -> {
                        return normalise(gazetteer.canonical(m.entry()));
                    }
                    default -> {
                    }
                }
            }
            return null;
        }

        private String capitalKey(int a, int b) {
            StringBuilder sb = new StringBuilder();
            for (int q = a; q < b; q++) {
                if (!parser.capAny(q) && !t.is(q, TextAnalysis.ALL_CAPS)) continue;
                String w = t.lower(q);
                if (KEY_STOP.contains(w) || TITLE_WORDS.contains(w)) continue;
                if (sb.length() > 0) sb.append(' ');
                sb.append(w);
            }
            return sb.length() == 0 ? null : normalise(sb.toString());
        }

        private String headKey(int a, int b) {
            int e = b;
            for (int q = a; q < b; q++) if (t.isWord(q, "of") || (parser.g(q) & Lexicon.G_PREP) != 0) {
                e = q;
                break;
            }
            for (int q = e - 1; q >= a; q--) {
                if (t.is(q, TextAnalysis.WORD) && !KEY_STOP.contains(t.lower(q))) return t.lower(q);
            }
            return null;
        }
    }

    /** Lower case, straight apostrophes, no dots in abbreviations, single spaces. */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '’') c = '\'';
            if (c == '.') continue;
            if (Character.isWhitespace(c) || c == '-') {
                space = sb.length() > 0;
                continue;
            }
            if (space) sb.append(' ');
            space = false;
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
