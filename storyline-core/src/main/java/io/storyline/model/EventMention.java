package io.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * One report of an event in one article: a clause (or a noun such as "summit" with its own
 * time), typed, with its participants, place, time and modality. Events are clusters of mentions
 * across articles.
 *
 * @param article      the article id
 * @param start        offset of the clause (or phrase) in the article text
 * @param end          end offset (exclusive)
 * @param triggerStart offset of the predicate word(s) ("agreed", "summit")
 * @param triggerEnd   end offset of the predicate (exclusive)
 * @param predicate    the predicate's lemma ("agree", "summit", "call for")
 * @param kind         what the mention is: a clause, a noun phrase, or a reported statement
 * @param type         what happened, as a PLOVER category (CONSULT, AGREE, …), STATEMENT, or a
 *                     general type (OCCUR, TRANSACTION, PERSONNEL, LEGAL, DISASTER, RELEASE, CONTEST, MOVE)
 * @param code         the PLOVER coding of the clause as a speech act: "will give aid" is coded AGREE,
 *                     "threatened to impose sanctions" THREATEN; equal to {@code type} for plain reports
 * @param modality     asserted, planned, hypothetical or negated
 * @param when         the event's time: from the clause's own time expression, else the reporting
 *                     time ({@code inferred: true}); null when the article is undated and the clause states no date
 * @param actors       who acts (the subject, the speaker)
 * @param targets      to whom or what
 * @param place        where, or null
 * @param speaker      for a statement, or a clause inside reported speech: who said it, or null
 * @param quoted       whether the clause lies inside a direct quote
 */
public record EventMention(String article, int start, int end, int triggerStart, int triggerEnd, String predicate,
                           Kind kind, String type, String code, Modality modality, DateValue when,
                           List<Participant> actors, List<Participant> targets, Participant place,
                           Participant speaker, boolean quoted) {
    /** What a mention is. */
    public enum Kind {
        /** A clause with a verb: "Lee told a news conference". */
        CLAUSE,
        /** A noun naming an event: "their first summit in 2018". */
        NOMINAL,
        /** A statement: a reporting clause whose content is a remark rather than a reported act. */
        STATEMENT
    }

    public EventMention {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modality, "modality");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range " + start + ".." + end);
        if (triggerStart < start || triggerEnd > end || triggerEnd < triggerStart) {
            throw new IllegalArgumentException("trigger " + triggerStart + ".." + triggerEnd + " outside " + start + ".." + end);
        }
        code = code == null ? type : code;
        actors = List.copyOf(actors == null ? List.of() : actors);
        targets = List.copyOf(targets == null ? List.of() : targets);
    }

    /** The clause as printed, cut from the article text. */
    public String text(String articleText) {
        return articleText.substring(start, Math.min(end, articleText.length()));
    }
}
