package io.storyline.annotate.time;

import io.storyline.annotate.time.Lexicon.Cue;
import io.storyline.annotate.time.Recognizer.Match;
import io.storyline.annotate.time.Resolver.Context;
import io.storyline.annotate.time.Resolver.Interval;
import io.storyline.annotate.time.Resolver.Resolved;
import io.storyline.model.Precision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One text's tokens, sentences and recognised expressions, with what each expression's place
 * depends on besides the reference: the tense around it and a year stated in its sentence.
 */
final class Scan {
    final Tokens tokens;
    final Sentences sentences;
    final List<Match> matches;
    /** Per match: the tense around it. */
    final Cue[] tense;
    /** Per match: a year its sentence states, or null. */
    final Integer[] sentenceYear;

    private Scan(Tokens tokens, Sentences sentences, List<Match> matches, Cue[] tense, Integer[] sentenceYear) {
        this.tokens = tokens;
        this.sentences = sentences;
        this.matches = matches;
        this.tense = tense;
        this.sentenceYear = sentenceYear;
    }

    /** How many tokens after a stated year a month and day without one still take it. */
    private static final int NARRATIVE_YEAR_REACH = 5;

    static Scan of(String text, TimexOptions options) {
        return of(text, null, options);
    }

    /** With the sentences of a shared analysis of the same text, when given. */
    static Scan of(String text, io.storyline.annotate.text.TextAnalysis analysis, TimexOptions options) {
        Tokens t = Tokens.of(text);
        Sentences s = analysis != null && analysis.text().equals(text) ? Sentences.of(t, analysis) : Sentences.of(t);
        List<Match> ms = Recognizer.find(t);
        Cue[] tense = new Cue[ms.size()];
        Integer[] years = new Integer[ms.size()];
        int lastYear = -1, lastYearAt = -1;
        for (int k = 0; k < ms.size(); k++) {
            Match m = ms.get(k);
            // a year stated shortly before, in the same sentence, dates a month and day without one
            if (lastYearAt >= 0 && s.of[lastYearAt] == s.of[m.from()] && m.from() - lastYearAt <= NARRATIVE_YEAR_REACH
                    && !clauseBetween(t, lastYearAt, m.from())) {
                years[k] = lastYear;
            }
            Integer y = statedYear(m.spec());
            if (y != null) {
                lastYear = y;
                lastYearAt = m.to() - 1;
            }
            // "the Oct. 31 vote": a date naming an event takes no direction from the verb, only a hint of the past
            boolean names = m.from() > 0 && t.is(m.from() - 1, "the") && t.isWord(m.to()) && !t.cap(m.to())
                    && (m.spec() instanceof Spec.Cal || m.spec() instanceof Spec.Range || m.spec() instanceof Spec.Weekday);
            Lexicon.Cue around = Tense.around(t, s, m.from(), m.to(), options.tenseWindow());
            tense[k] = !names ? around : around == Lexicon.Cue.PAST ? Lexicon.Cue.NAMED_PAST : null;
            // "until the end of August" reaches forward from a time near the reference: nearest wins
            // ("until Wednesday": the coming one);
            // "a strike for Thursday", "scheduled for May 3": a time something is set for lies ahead
            if (m.from() > 0 && (t.is(m.from() - 1, "until") || t.is(m.from() - 1, "till"))) {
                tense[k] = m.spec() instanceof Spec.Weekday ? Lexicon.Cue.FUTURE : null;
            }
            if (m.from() > 0 && t.is(m.from() - 1, "for") && (m.spec() instanceof Spec.Weekday
                    || m.spec() instanceof Spec.Cal c && c.year() == null && c.day() > 0)) {
                tense[k] = Lexicon.Cue.FUTURE;
            }
        }
        return new Scan(t, s, ms, tense, years);
    }

    /** Words that open a new clause: a year stated before one does not date a month after it ("in 2003 and that as of February"). */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("that", "which", "but", "while", "because",
            "whereas", "although");

    private static boolean clauseBetween(Tokens t, int a, int b) {
        for (int i = a + 1; i < b; i++) for (String w : CLAUSE_OPENERS) if (t.is(i, w)) return true;
        return false;
    }

    /** The year an expression prints, when it prints one. */
    private static Integer statedYear(Spec spec) {
        return switch (spec) {
            case Spec.Cal c -> c.year();
            case Spec.Range r -> statedYear(r.from());
            case Spec.Either e -> e.first().year();
            case Spec.Part p -> statedYear(p.inner());
            default -> null;
        };
    }

    int start(Match m) {
        return tokens.start[m.from()];
    }

    int end(Match m) {
        return tokens.end[m.to() - 1];
    }

    String text(Match m) {
        return tokens.text.substring(start(m), end(m));
    }

    /** Resolves expression {@code k} alone against a reference day, without narrative time. */
    Resolved resolveAlone(int k, LocalDate ref) {
        return Resolver.resolve(matches.get(k).spec(), new Context(ref, "published", tense[k], sentenceYear[k], null, null));
    }

    /** Resolves every expression in text order, carrying the narrative time from one to the next. */
    List<Resolved> resolveAll(Reference ref, TimexOptions options) {
        List<Resolved> out = new ArrayList<>(matches.size());
        LocalDate day = ref == null ? null : ref.day();
        String anchor = ref == null ? "none" : ref.anchor();
        Interval narrative = null;
        int narrativeSentence = -1;
        for (int k = 0; k < matches.size(); k++) {
            Match m = matches.get(k);
            int sentence = sentences.of[m.from()];
            Interval narr = narrative != null && sentence - narrativeSentence <= options.narrativeSentences() ? narrative : null;
            Interval sentenceDay = m.spec() instanceof Spec.Clock c && c.day() == null ? dayOfSentence(k, sentence, day, anchor, out)
                    : null;
            Resolved r = Resolver.resolve(m.spec(), new Context(day, anchor, tense[k], sentenceYear[k], narr, sentenceDay));
            Resolved same = k > 0 ? weekdayOfDate(k, out.get(k - 1)) : null;
            if (same != null) r = same;
            out.add(r);
            if (r.interval() != null && ("DATE".equals(r.type()) || "TIME".equals(r.type()))
                    && !(m.spec() instanceof Spec.Since)) {
                narrative = r.interval().precision() == Precision.MINUTE ? Interval.day(r.interval().first()) : r.interval();
                narrativeSentence = sentence;
            }
        }
        return out;
    }

    /**
     * "on Dec. 18, a Wednesday": a weekday set off by a comma right after a day it falls on is that
     * day; null otherwise.
     */
    private Resolved weekdayOfDate(int k, Resolved before) {
        Match m = matches.get(k), p = matches.get(k - 1);
        if (!(m.spec() instanceof Spec.Weekday w) || w.mod() != null || before.interval() == null
                || before.precision() != Precision.DAY) {
            return null;
        }
        int i = p.to();
        if (!tokens.isPunct(i, ',')) return null;
        i++;
        if (tokens.is(i, "a")) i++;
        else if (tokens.is(i, "which") && tokens.is(i + 1, "was") && tokens.is(i + 2, "a")) i += 3;
        if (i != m.from() || before.interval().first().getDayOfWeek().getValue() != w.day()) return null;
        return new Resolved(before.interval(), before.value(), before.precision(), "narrative", before.type());
    }

    /** The nearest day another expression of the same sentence names, for a time of day printed without one. */
    private Interval dayOfSentence(int k, int sentence, LocalDate day, String anchor, List<Resolved> before) {
        Interval best = null;
        int bestDistance = Integer.MAX_VALUE;
        Match m = matches.get(k);
        for (int j = k - 1; j >= 0 && sentences.of[matches.get(j).from()] == sentence; j--) {
            Interval i = before.get(j).interval();
            if (i != null && i.precision() == Precision.DAY) {
                best = i;
                bestDistance = m.from() - matches.get(j).to();
                break;
            }
        }
        for (int j = k + 1; j < matches.size() && sentences.of[matches.get(j).from()] == sentence; j++) {
            if (matches.get(j).from() - m.to() >= bestDistance) break;
            Resolved r = Resolver.resolve(matches.get(j).spec(), new Context(day, anchor, tense[j], sentenceYear[j], null, null));
            if (r.interval() != null && r.precision() == Precision.DAY) return r.interval();
        }
        return best;
    }
}
