package io.storyline.extract.byline;

import io.storyline.model.Block;
import io.storyline.model.Removed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who a page credits, read from what the main-text stage kept and left out: the wire agency (an
 * author field naming an agency, a byline or credit line, the dateline's parentheses, a credit
 * at the very end of the text) and the dateline's place. Agencies are taken out of the authors.
 *
 * @param authors  people credited, agencies removed
 * @param wire     the canonical agency, or null
 * @param dateline the dateline's place, upper-cased, or null
 */
public record PageCredits(List<String> authors, String wire, String dateline) {
    /** Kinds of left-out lines that may credit an agency ({@code Clutter} names, lower-case). */
    private static final Set<String> CREDIT_LINES = Set.of("byline", "metadata", "dateline", "boilerplate");
    /** The dateline is looked for in this many first paragraphs. */
    private static final int DATELINE_PARAGRAPHS = 2;
    /** Only this many left-out lines after the text are read for a sign-off credit. */
    private static final int SIGN_OFF_LINES = 3;

    public PageCredits {
        authors = List.copyOf(authors);
    }

    /**
     * @param authors the authors the page's metadata names
     * @param blocks  the main text's blocks, in page order
     * @param removed the lines left out, in page order
     */
    public static PageCredits of(List<String> authors, List<Block> blocks, List<Removed> removed) {
        String wire = null;
        List<String> people = new ArrayList<>();
        for (String a : authors) {
            String agency = WireAgencies.name(a);
            if (agency == null) people.add(a);
            else if (wire == null) wire = agency;
        }
        Block first = null, last = null;
        for (Block b : blocks) {
            if (!"paragraph".equals(b.kind())) continue;
            if (first == null) first = b;
            last = b;
        }
        Datelines.Dateline dl = null;
        int paragraphs = 0;
        for (Block b : blocks) {
            // the dateline opens the story, which may follow a standfirst
            if (!"paragraph".equals(b.kind()) || paragraphs++ >= DATELINE_PARAGRAPHS) continue;
            dl = Datelines.find(b.text());
            if (dl != null) break;
        }
        int bodyStart = first == null ? Integer.MAX_VALUE : first.sourceStart();
        int bodyEnd = last == null ? -1 : last.sourceEnd();
        if (dl == null) {
            for (Removed r : removed) {
                if (r.sourceStart() >= bodyStart) break;
                Datelines.Dateline alone = Datelines.alone(r.text());
                if (alone != null) dl = alone;
            }
        }
        // bylines and meta lines above the text
        for (Removed r : removed) {
            if (wire != null || r.sourceStart() >= bodyStart) break;
            if (!CREDIT_LINES.contains(r.why())) continue;
            WireAgencies.Credit c = WireAgencies.credit(r.text());
            if (c != null) wire = c.agency();
        }
        if (wire == null && dl != null && dl.agency() != null) wire = dl.agency();
        if (wire == null && last != null) wire = WireAgencies.trailing(last.text());
        if (wire == null) {
            int seen = 0;
            for (Removed r : removed) {
                if (r.sourceStart() < bodyEnd || !CREDIT_LINES.contains(r.why())) continue;
                if (seen++ >= SIGN_OFF_LINES) break;
                WireAgencies.Credit c = WireAgencies.credit(r.text());
                if (c != null) {
                    wire = c.agency();
                    break;
                }
            }
        }
        return new PageCredits(people, wire, dl == null ? null : dl.place());
    }
}
