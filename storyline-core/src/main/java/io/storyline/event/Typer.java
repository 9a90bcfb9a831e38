package io.storyline.event;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.model.Modality;
import java.util.List;
import java.util.Set;

/**
 * Gives each clause its event type, its modality and its PLOVER coding, by the rules of the
 * PLOVER ontology and the CAMEO verb dictionaries:
 * <ul>
 * <li>a frame verb's own type wins ("threatened to cut aid" is THREATEN);</li>
 * <li>modal and aspectual verbs pass their complement's type on, with their modality ("plans to
 * impose" is a planned imposition, "failed to reach" a negated one);</li>
 * <li>light and reporting verbs take the type of the event noun they govern ("held talks",
 * "announced a suspension of air links");</li>
 * <li>an object noun refines a verb ({@code objects.tsv}: "lifted the curfew" CONCEDE, "sent
 * troops" MOBILIZE); armed forces killing is FIGHT, others ASSAULT; an earthquake "striking" is
 * a DISASTER;</li>
 * <li>PLOVER codes verbal commitments by what is committed to: an actor saying it will help,
 * withdraw or talk is AGREE, that it will sanction, attack or boycott is THREATEN; saying another
 * must act is DEMAND; not agreeing, failing to reach an agreement is REJECT.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class Typer {
    /** Types whose promise is an AGREE. */
    static final Set<String> COOPERATIVE = Set.of("AID", "COOPERATE", "CONCEDE", "RETREAT", "SUPPORT", "CONSULT", "AGREE",
            "INVESTIGATE");
    /** Types whose promise is a THREATEN. */
    static final Set<String> HOSTILE = Set.of("SANCTION", "COERCE", "ASSAULT", "FIGHT", "PROTEST", "MOBILIZE", "REJECT",
            "DISAPPROVE");
    /** The PLOVER categories (others are STATEMENT or general types). */
    static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT",
            "INVESTIGATE");
    /** Modal verbs that plan their complement. */
    private static final Set<String> PLANNING = Set.of("plan", "intend", "aim", "schedule", "set", "expect", "prepare");
    /** Frame verbs of commitment: AGREE to cooperate, THREATEN to harm ("vowed to fight"). */
    private static final Set<String> COMMITTING = Set.of("promise", "pledge", "vow", "swear", "commit", "guarantee",
            "undertake");
    /** Modal verbs that make their complement merely possible. */
    private static final Set<String> WISHING = Set.of("hope", "want", "wish", "consider", "propose", "mull", "weigh",
            "contemplate");
    /** Modal verbs that negate their complement. */
    private static final Set<String> FAILING = Set.of("fail");
    /** Verbs that kill or attack: FIGHT when armed forces do it (torture and abuse stay ASSAULT). */
    private static final Set<String> VIOLENT = Set.of("kill", "wound", "injure", "attack", "bomb", "shoot", "assault",
            "ambush", "explode");

    private final Lexicon lex;

    Typer(Lexicon lex) {
        this.lex = lex;
    }

    /** Types every clause of a sentence; complements first, so governors can take their types. */
    void type(List<Clause> clauses, SentenceParser p, TextAnalysis t) {
        for (int x = clauses.size() - 1; x >= 0; x--) {
            Clause c = clauses.get(x);
            c.type = ownType(c, p, t);
            if ((c.type == null || GENERAL.contains(c.type)) && c.complement == null
                    && c.verb.cls() != Lexicon.VerbClass.REPORT) {
                // "returned to Geneva for talks", "arrived on a visit", "put under investigation"
                String noun = clauseNoun(c, p);
                if (noun != null) c.type = noun;
            }
        }
        for (int cx = 0; cx < clauses.size(); cx++) {
            Clause c = clauses.get(cx);
            if (c.governor != null) continue;
            resolveChain(c, p, t);
        }
        // "…, unless the president steps down": the clauses before it are conditional threats
        boolean unless = false;
        for (int x = clauses.size() - 1; x >= 0; x--) {
            Clause c = clauses.get(x);
            c.unless = unless;
            if (c.conditional && t.isWord(firstWord(c, t), "unless")) unless = true;
        }
        for (int cx = 0; cx < clauses.size(); cx++) code(clauses.get(cx), p, t);
    }

    /** The type a clause has on its own: verb, object noun, subject. Null when it is no event. */
    private String ownType(Clause c, SentenceParser p, TextAnalysis t) {
        Lexicon.Verb v = c.verb;
        if (v == null) return null;
        Lexicon.Noun obj = c.objectNounSense;
        switch (v.cls()) {
            case REPORT -> {
                if (obj != null && obj.event() && c.objFrom >= 0) {
                    String refined = objectType(v.lemma(), c, p, t);
                    return refined != null ? refined : obj.type();
                }
                if (obj != null && !obj.event() && obj.type() != null && c.objFrom >= 0) {
                    String refined = objectType(v.lemma(), c, p, t);
                    if (refined != null) return refined;
                }
                return "STATEMENT";
            }
            case FRAME -> {
                String refined = objectType(v.lemma(), c, p, t);
                return refined != null ? refined : v.type();
            }
            case LIGHT -> {
                String refined = objectType(v.lemma(), c, p, t);
                if (refined != null) return refined;
                if (obj != null && obj.type() != null) return obj.type();
                return "OCCUR".equals(v.type()) ? null : v.type();
            }
            case MODAL, ASPECT -> {
                if (c.complement != null) return null; // resolved through the chain
                String refined = objectType(v.lemma(), c, p, t);
                if (refined != null) return refined;
                if (obj != null && obj.event()) return obj.type();
                Lexicon.Noun subj = subjectEventNoun(c, p);
                if (subj != null && v.cls() == Lexicon.VerbClass.ASPECT) return subj.type();
                return "OCCUR".equals(v.type()) ? null : v.type();
            }
            default -> {
                String type = v.type();
                String refined = objectType(v.lemma(), c, p, t);
                if (refined != null) type = refined;
                Lexicon.Noun subj = subjectEventNoun(c, p);
                if (subj != null && "DISASTER".equals(subj.type()) && !PLOVER.contains(refined == null ? "" : refined)) {
                    return "DISASTER";
                }
                if ("ASSAULT".equals(type) && VIOLENT.contains(v.lemma()) && military(c, p, t)) return "FIGHT";
                return type;
            }
        }
    }

    /** Types PLOVER does not cover. */
    static final Set<String> GENERAL = Set.of("OCCUR", "MOVE", "TRANSACTION", "PERSONNEL", "LEGAL", "DISASTER", "RELEASE",
            "CONTEST");

    /** The PLOVER type of the first event noun after the head in the clause, or null. */
    private String clauseNoun(Clause c, SentenceParser p) {
        for (int q = c.headEnd; q < c.to; q++) {
            Lexicon.Noun n = p.noun(q);
            if (n != null && n.event() && PLOVER.contains(n.type())) return n.type();
        }
        return null;
    }

    /** The type the verb takes with its object's noun classes, or null. */
    private String objectType(String lemma, Clause c, SentenceParser p, TextAnalysis t) {
        if (!lex.refines(lemma)) return null;
        int a = c.objFrom, b = c.objTo;
        if (a < 0) {
            // a passive's subject is its object: "the curfew was lifted"
            if (c.passive && c.subjFrom >= 0) {
                a = c.subjFrom;
                b = c.subjTo;
            } else return null;
        }
        boolean named = false, classed = false;
        for (int q = a; q < b; q++) {
            Lexicon.Noun n = p.noun(q);
            if (p.capAny(q)) named = true;
            if (n == null) continue;
            classed = true;
            for (String cls : n.classes()) {
                String ty = lex.objectType(lemma, cls);
                if (ty != null) return ty;
            }
        }
        if (named && !classed) {
            String ty = lex.objectType(lemma, "person");
            if (ty != null) return ty;
        }
        return null;
    }

    private Lexicon.Noun subjectEventNoun(Clause c, SentenceParser p) {
        if (c.subjFrom < 0) return null;
        Lexicon.Noun found = null;
        for (int q = c.subjFrom; q < c.subjTo; q++) {
            Lexicon.Noun n = p.noun(q);
            if (n != null && n.event()) found = n;
        }
        return found;
    }

    private boolean military(Clause c, SentenceParser p, TextAnalysis t) {
        int a = c.passive ? c.agentFrom : c.subjFrom, b = c.passive ? c.agentTo : c.subjTo;
        if (a < 0) return false;
        for (int q = a; q < b; q++) if ((p.g(q) & Lexicon.G_MILITARY) != 0) return true;
        return false;
    }

    /** Modal and aspectual heads take their complement's type; the complement carries the mention. */
    private void resolveChain(Clause c, SentenceParser p, TextAnalysis t) {
        Clause comp = c.complement;
        if (comp == null) return;
        resolveChain(comp, p, t);
        Lexicon.VerbClass cls = c.verb.cls();
        if (cls == Lexicon.VerbClass.FRAME && comp.type != null) {
            if (COMMITTING.contains(c.verb.lemma()) && HOSTILE.contains(comp.type)) c.type = "THREATEN";
            if (c.verb.lemma().equals("order") && ("SANCTION".equals(comp.type) || "COERCE".equals(comp.type))) c.type = "COERCE";
        }
        if (cls == Lexicon.VerbClass.MODAL || cls == Lexicon.VerbClass.ASPECT) {
            if (comp.type == null) {
                c.type = "OCCUR".equals(c.verb.type()) ? null : c.verb.type();
                return;
            }
            // the complement is the event; the modal verb says how it stands
            c.absorbed = true;
            String lemma = c.verb.lemma();
            if (PLANNING.contains(lemma)) comp.intent = true;
            if (WISHING.contains(lemma)) comp.possible = true;
            if (FAILING.contains(lemma)) comp.negated = !comp.negated;
            comp.negated |= c.negated;
            comp.future |= c.future;
            comp.possible |= c.possible;
            comp.obligation |= c.obligation;
            comp.would |= c.would;
            comp.intent |= c.intent;
            comp.conditional |= c.conditional;
            comp.past |= c.past;
            if (comp.reporter == null) comp.reporter = c.reporter;
            comp.quoted |= c.quoted;
        }
    }

    private static int firstWord(Clause c, TextAnalysis t) {
        int a = c.from;
        while (a < c.head && !t.is(a, TextAnalysis.WORD)) a++;
        return a;
    }

    /** Modality and PLOVER coding. */
    private void code(Clause c, SentenceParser p, TextAnalysis t) {
        Clause rep = c.reporter;
        boolean reportedPast = rep != null && rep.verb != null && rep.past;
        if (c.negated) c.modality = Modality.NEGATED;
        else if (c.future || c.intent || c.would && (reportedPast || c.governor != null)) c.modality = Modality.PLANNED;
        else if (c.possible || c.conditional || c.would || c.obligation) c.modality = Modality.HYPOTHETICAL;
        else c.modality = Modality.ASSERTED;
        if (c.type == null) {
            c.code = null;
            return;
        }
        String code = c.type;
        Lexicon.VerbClass cls = c.verb.cls();
        boolean frame = cls == Lexicon.VerbClass.FRAME || cls == Lexicon.VerbClass.REPORT;
        boolean reported = rep != null || c.quoted;
        if (cls != Lexicon.VerbClass.REPORT && c.obligation && (reported || c.governor != null)) {
            code = "DEMAND";
        } else if (!frame && c.modality == Modality.PLANNED && c.unless) {
            // "will withdraw its force unless…": a conditional commitment is a threat
            code = "THREATEN";
        } else if (!frame && (c.modality == Modality.PLANNED || c.conditional && (c.future || c.would))
                && committing(c, p, t)) {
            if (COOPERATIVE.contains(c.type)) code = "AGREE";
            else if (HOSTILE.contains(c.type)) code = "THREATEN";
        } else if (c.modality == Modality.NEGATED && (COOPERATIVE.contains(c.type) || "AGREE".equals(c.type))) {
            code = "REJECT";
        }
        c.code = code;
    }

    /**
     * Whether the clause's subject commits itself: no one else reports it, or the subject is a
     * pronoun or repeats the reporter's subject ("Syria says it is willing to withdraw").
     */
    private boolean committing(Clause c, SentenceParser p, TextAnalysis t) {
        Clause rep = c.reporter;
        if (c.governor != null && c.governor.verb != null && c.governor.verb.cls() == Lexicon.VerbClass.FRAME) return true;
        if (rep == null || rep.role == Clause.Role.ATTRIBUTION) return true;
        if (c.subjFrom < 0) return true;
        for (int q = c.subjFrom; q < c.subjTo; q++) {
            if ((p.g(q) & Lexicon.G_SUBJ) != 0) return true;
        }
        if (rep.subjFrom < 0) return false;
        for (int q = c.subjFrom; q < c.subjTo; q++) {
            if (!p.capAny(q)) continue;
            for (int r = rep.subjFrom; r < rep.subjTo; r++) if (t.hash(q) == t.hash(r)) return true;
        }
        return false;
    }
}
