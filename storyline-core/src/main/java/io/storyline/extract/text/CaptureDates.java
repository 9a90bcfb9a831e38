package io.storyline.extract.text;

import io.storyline.extract.date.PrintedDate;
import io.storyline.extract.date.PrintedDates;
import io.storyline.model.Clutter;
import io.storyline.model.DateValue;
import io.storyline.model.Precision;
import java.util.ArrayList;
import java.util.List;

/**
 * The article's own dates, read from its date and byline lines only: those before the body and
 * those just after it (before any section header). Captions, teasers and the body print dates
 * too, but of other things. All candidate lines are parsed together so that one unambiguous date
 * can settle the day/month order of the others.
 *
 * @param published the publication date, or null
 * @param updated   the update date when printed apart, or null
 */
record CaptureDates(DateValue published, DateValue updated) {
    static final CaptureDates NONE = new CaptureDates(null, null);

    static CaptureDates read(List<Unit> units, BodyRun run, String hint) {
        List<Unit> lines = new ArrayList<>();
        int bodyStart = run.empty() ? units.size() : run.start();
        for (int i = 0; i < bodyStart; i++) if (dateBearing(units.get(i))) lines.add(units.get(i));
        if (!run.empty()) {
            for (int i = run.end() + 1; i < Math.min(units.size(), run.end() + 1 + Credits.SIGN_OFF_UNITS); i++) {
                Unit u = units.get(i);
                if (u.boundary) break;
                if (dateBearing(u)) lines.add(u);
            }
        }
        if (lines.isEmpty()) return NONE;
        StringBuilder text = new StringBuilder();
        for (Unit u : lines) {
            if (text.length() > 0) text.append('\n');
            text.append(u.text);
        }
        List<PrintedDate> found = PrintedDates.find(text.toString(), hint);
        return choose(found);
    }

    private static boolean dateBearing(Unit u) {
        return u.clutter == Clutter.METADATA || u.clutter == Clutter.BYLINE;
    }

    /**
     * Published: the first date labelled published, else the first unlabelled one; a same-day
     * date printed more precisely replaces it. Updated: the first date labelled updated that
     * differs from published.
     */
    static CaptureDates choose(List<PrintedDate> found) {
        PrintedDate published = null;
        for (PrintedDate d : found) if ("published".equals(d.role())) { published = d; break; }
        if (published == null) {
            for (PrintedDate d : found) if (!"updated".equals(d.role())) { published = d; break; }
        }
        DateValue pub = published == null ? null : published.value();
        if (pub != null && pub.day() != null) {
            for (PrintedDate d : found) {
                if ("updated".equals(d.role())) continue;
                DateValue v = d.value();
                if (pub.day().equals(v.day()) && finer(v.precision(), pub.precision())) pub = v;
            }
        }
        DateValue upd = null;
        for (PrintedDate d : found) {
            if ("updated".equals(d.role()) && (pub == null || !d.value().value().equals(pub.value()))) {
                upd = d.value();
                break;
            }
        }
        return new CaptureDates(pub, upd);
    }

    private static boolean finer(Precision a, Precision b) {
        return a.ordinal() < b.ordinal();
    }
}
