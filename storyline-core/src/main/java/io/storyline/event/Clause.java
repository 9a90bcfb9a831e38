package io.storyline.event;

import io.storyline.model.Modality;

/**
 * One clause of a sentence as {@link SentenceParser} found it: token ranges (absolute token
 * indices of the article's {@code TextAnalysis}), its head verb group, subject and object, and the
 * clauses it reports or complements. Mutable while a sentence is parsed, then read by
 * {@link EventExtractor}; never shared across threads.
 */
final class Clause {
    /** What a clause is to the sentence. */
    enum Role {
        /** A clause that reports an event or a state. */
        MAIN,
        /** A reporting clause ("Lee said", "officials told AFP") whose content is another clause. */
        REPORT,
        /** An attribution at the end of a sentence (", a spokesman said on Monday."). */
        ATTRIBUTION
    }

    /** First token of the clause (inclusive). */
    int from;
    /** One past the last token. */
    int to;
    /** First token of the verb group (auxiliaries and modals included). */
    int groupStart;
    /** The head verb token. */
    int head;
    /** One past the head's last word (its particles included). */
    int headEnd;
    /** The head verb's sense. */
    Lexicon.Verb verb;
    Role role = Role.MAIN;

    /** Subject tokens {@code [subjFrom, subjTo)}, or {@code subjFrom < 0} when none. */
    int subjFrom = -1, subjTo = -1;
    /** The clause whose subject this one borrows (coordination, relative clause), or null. */
    Clause subjectFrom;
    /** The relative pronoun's antecedent tokens, when the clause is a relative clause. */
    int antecedentFrom = -1, antecedentTo = -1;
    /** Object tokens after the verb, or {@code objFrom < 0}. */
    int objFrom = -1, objTo = -1;
    /** A prepositional target ("with X", "to X", "against X"), or {@code ppFrom < 0}. */
    int ppFrom = -1, ppTo = -1;
    /** An unnamed prepositional target ("aid to refugees"), or {@code anyPpFrom < 0}. */
    int anyPpFrom = -1, anyPpTo = -1;
    /** A place phrase ("in Hanoi"), or {@code placeFrom < 0}. */
    int placeFrom = -1, placeTo = -1;
    /** The passive agent ("by X"), or {@code agentFrom < 0}. */
    int agentFrom = -1, agentTo = -1;

    /** The complement clause ("to cut aid", "that China must drop barriers"), or null. */
    Clause complement;
    /** The clause this one is the complement of, or null. */
    Clause governor;
    /** For reported content: the reporting clause. */
    Clause reporter;
    /** The event noun governed by a light verb or a report verb ("held talks"), or -1. */
    int objectNoun = -1;
    Lexicon.Noun objectNounSense;

    boolean passive;
    boolean negated;
    boolean future;
    boolean possible;
    boolean obligation;
    /** "would" after a past-tense report: a future in the past. */
    boolean would;
    /** Inside an if/unless/whether clause. */
    boolean conditional;
    /** An "unless" clause follows: a planned act is a conditional threat. */
    boolean unless;
    /** "plans to", "is ready to", "expected to" before the head. */
    boolean intent;
    /** Gerund or participle with no finite verb ("…, killing one person"). */
    boolean participial;
    /** The clause lies inside a direct quote. */
    boolean quoted;
    /** The head is in the past tense (for "would" after reports). */
    boolean past;

    /** Resolved type (after frames, complements, objects) and PLOVER coding. */
    String type;
    String code;
    Modality modality = Modality.ASSERTED;
    /** A typed clause whose type came through from its complement (modal, aspect): not a mention of its own. */
    boolean absorbed;

    boolean hasSubject() {
        return subjFrom >= 0 && subjTo > subjFrom;
    }

    @Override
    public String toString() {
        return "Clause[" + from + ".." + to + " head=" + head + " " + (verb == null ? "-" : verb.lemma()) + " " + role
                + " type=" + type + "/" + code + " " + modality + "]";
    }
}
