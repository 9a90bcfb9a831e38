package io.storyline.extract.text;

import io.storyline.extract.byline.Authors;
import io.storyline.extract.byline.Datelines;
import io.storyline.extract.byline.WireAgencies;
import io.storyline.model.Clutter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote the article, which wire it came from, and where it was datelined, read from the
 * byline units around the body and from the body's first and last paragraphs.
 *
 * @param authors  cleaned person names
 * @param wire     the wire agency credited, or null
 * @param dateline the dateline place, upper-cased, or null
 */
record Credits(List<String> authors, String wire, String dateline) {
    /** Units after the body that may still be the article's sign-off or credit. */
    static final int SIGN_OFF_UNITS = 4;

    /** The parts of a credit line that name writers: "Reporting by A and B; Editing by C". */
    private static final Pattern WRITERS = Pattern.compile(
            "(?i)\\b(?:additional )?(?:reporting|writing|written|reported|words|story|text)(?: and (?:reporting|writing))? by\\s+([^;()]+)");
    private static final Pattern BY_PREFIX = Pattern.compile(
            "^(?:(?i:written|posted|reported|story|words|text|compiled|interview|analysis|opinion|column) )?"
                    + "(?i:by)[:\\s]\\s*|^(?i:author|authors|reporter|reporters|correspondent|writer|columnist|byline)s?\\s*[:|]\\s*");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bAND\\b)\\s*");

    static Credits read(List<Unit> units, BodyRun run) {
        int bodyStart = run.empty() ? units.size() : run.start();
        int bodyEnd = run.empty() ? units.size() - 1 : run.end();
        List<Unit> header = new ArrayList<>();
        for (int i = 0; i < bodyStart; i++) if (units.get(i).clutter == Clutter.BYLINE) header.add(units.get(i));
        List<Unit> signOff = new ArrayList<>();
        for (int i = bodyEnd + 1; i < Math.min(units.size(), bodyEnd + 1 + SIGN_OFF_UNITS); i++) {
            Unit u = units.get(i);
            if (u.boundary) break;
            if (u.clutter == Clutter.BYLINE) signOff.add(u);
        }
        Unit firstBody = null, lastBody = null;
        for (int i = bodyStart; i <= bodyEnd && i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.role == Unit.Role.BODY || u.role == Unit.Role.ITEM) {
                if (firstBody == null) firstBody = u;
                lastBody = u;
            }
        }

        Set<String> authors = new LinkedHashSet<>();
        for (Unit u : header) authors.addAll(names(u.text));
        if (authors.isEmpty()) for (Unit u : signOff) authors.addAll(names(u.text));

        Datelines.Dateline dl = firstBody == null ? null : Datelines.find(firstBody.text);
        for (int i = 0; i < bodyStart && dl == null; i++) {
            if (units.get(i).clutter == Clutter.DATELINE) dl = Datelines.alone(units.get(i).text);
        }
        String wire = null;
        String place = dl == null ? null : dl.place();
        for (Unit u : header) {
            WireAgencies.Credit c = WireAgencies.credit(u.text);
            if (c != null) {
                wire = c.agency();
                if (place == null) place = placeAfter(u.text, c);
                break;
            }
        }
        if (wire == null && dl != null && dl.agency() != null) wire = dl.agency();
        if (wire == null && lastBody != null) wire = WireAgencies.trailing(lastBody.text);
        if (wire == null) {
            for (Unit u : signOff) {
                WireAgencies.Credit c = WireAgencies.credit(u.text);
                if (c != null) {
                    wire = c.agency();
                    break;
                }
            }
        }
        if (wire != null) {
            String w = wire;
            authors.removeIf(a -> a.equalsIgnoreCase(w) || WireAgencies.name(a) != null);
        }
        return new Credits(List.copyOf(authors), wire, place);
    }

    /** Person names in one byline or credit line. */
    static List<String> names(String line) {
        List<String> raw = new ArrayList<>();
        Matcher writers = WRITERS.matcher(line);
        boolean credit = false;
        while (writers.find()) {
            credit = true;
            raw.add(writers.group(1));
        }
        if (!credit) {
            if (Vocabulary.CREDIT_LINE.matcher(line).find()) return List.of(); // "Editing by …" only
            String t = BY_PREFIX.matcher(line.strip()).replaceFirst("");
            Matcher mail = Vocabulary.EMAIL.matcher(t);
            if (t.indexOf('@') >= 0 && mail.find()) t = t.substring(0, mail.start());
            // only the first field of "Name | Place | Date" names people
            int bar = indexOfAny(t, "|•·");
            if (bar > 0) t = t.substring(0, bar);
            raw.add(t);
        }
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            for (String part : NAME_SEPARATOR.split(r)) {
                String p = Vocabulary.BYLINE_ROLE.matcher(part.strip()).replaceFirst("").strip();
                p = p.replaceAll("[\\s.,:;(\\[-]+$", "").replaceAll("^[\\s(\\[-]+", "");
                if (p.isEmpty() || WireAgencies.name(p) != null || !LocalClassifier.nameLike(p)) continue;
                if (Vocabulary.DATE_LIKE.matcher(p).find() || p.chars().anyMatch(Character::isDigit)) continue;
                for (String name : Authors.clean(p)) if (!name.isBlank() && !out.contains(name)) out.add(name);
            }
        }
        // "Jane Roe, CNN": beside a full name, a single word is an outlet or a desk, not a person
        if (out.stream().anyMatch(n -> n.contains(" "))) out.removeIf(n -> !n.contains(" "));
        return out;
    }

    /** The place in a credit line after the agency: "Reuters | Seoul | Updated: …" gives SEOUL. */
    private static String placeAfter(String line, WireAgencies.Credit c) {
        String rest = line.substring(Math.min(line.length(), c.end()));
        for (String field : rest.split("\\s*[|•·]\\s*")) {
            String f = field.strip();
            if (f.isEmpty()) continue;
            if (Vocabulary.DATE_LIKE.matcher(f).find() || Vocabulary.DATE_LABEL.matcher(f).find()
                    || f.chars().anyMatch(Character::isDigit)) return null;
            if (Shapes.words(f) <= 3 && LocalClassifier.nameLike(f)) return f.toUpperCase(Locale.ROOT);
            return null;
        }
        return null;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }
}
