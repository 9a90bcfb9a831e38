package io.storyline.extract.byline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans author strings into person names: drops "By", e-mail addresses, "Staff", roles and
 * outlet names; splits "A and B" / "A, B". Stateless and thread-safe.
 *
 * <p>Steps: e-mail addresses, links and handles go; the string is cut where it turns into
 * something else (a {@code |} or spaced dash before an outlet name, an "Updated …" tail, a date,
 * "in Seoul"); the "By"/"Von"/"Par" prefix goes; the rest is split on commas, slashes and the
 * word "and" in the languages we meet; each part loses role words ("Staff Writer", "Senior
 * Correspondent"), and is kept only if it still looks like a name and is not a news agency.
 * All-capital and all-lower-case names are put in proper case; mixed case is kept as printed.
 */
public final class Authors {
    /** Most words a person name is made of. */
    private static final int MAX_NAME_WORDS = 5;
    /** Longest name kept, in chars. */
    private static final int MAX_NAME_CHARS = 60;
    /** Longer inputs are not bylines (a paragraph picked by mistake); nothing is kept. */
    private static final int MAX_INPUT_CHARS = 400;

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@\\w+");
    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");
    /** Where a byline turns into something else: outlet after a bar or spaced dash, bullets. */
    private static final Pattern SEGMENT_BREAK = Pattern.compile("\\s*(?:[|•·»]|\\s[-–—]\\s|\\s[-–—]$|\\n)\\s*");
    /**
     * Tails that are not names: "Updated …", "Published …", a date, "in Seoul", "for …". The
     * short function words only in lower case, so "Anna Le Blanc" keeps her name.
     */
    private static final Pattern TAIL = Pattern.compile(
            "(?:\\s|^)(?:(?iu:updated|published|posted|last updated|aktualisiert|veröffentlicht|mis à jour|publié|"
            + "actualizado|publicado|aggiornato|pubblicato|twitter|follow|folgen|e-mail|email|mail|tel\\.?|phone|contact|"
            + "for|hace|il y a|vor|says|said|sagt|schreibt|wrote|écrit|schrieb)"
            + "|on|am|um|le|el|il|in|at|from|aus|für)(?=[\\s:.,]|$).*$"
            + "|\\s*\\d.*$");

    /** A label or "By" before the names. */
    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^(?:(?:written|posted|story|text|words|reported|compiled|edited|a commentary|gespeichert|eingestellt|"
            + "geschrieben|verfasst|eingetragen|erstellt|publiziert|veröffentlicht|ein kommentar|ein gastbeitrag|"
            + "eine analyse|ein interview|kommentar|analyse|publié|écrit|escrito|publicado|scritto)\\s+)?"
            + "(?:(?:by|von|par|por|door|af|av|przez)\\b\\s*:?\\s*(?!(?:der|den|dem|des|la|le)\\s)"
            + "|(?:authors?|autor|autorin|autoren|auteur|auteurs|autore|autores|autori|byline|"
            + "reporter|texte?|redakteur|redakteurin|verfasser|verfasserin)\\s*:?\\s+)");
    /** Conjunctions and separators between names (lower-case words only). */
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:[,;/&+]|\\s(?:and|And|AND|und|et|y|e|i|og|och|ja|és|a|ve|и|und von|and by)\\s)\\s*");
    /** Suffixes and prefixes naming a role in scripts without spaces: "김철수 기자", "记者 张三". */
    private static final Pattern CJK_ROLE = Pattern.compile("\\s*(?:기자|특파원|선임기자|논설위원|記者|记者|特派員|特派员|通讯员|通訊員)\\s*");

    /** Words that name a role or a desk, not a person; dropped from inside a name. */
    private static final Set<String> ROLE_WORDS = Set.of(
            "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
            "editor", "editors", "contributor", "contributors", "contributing", "columnist", "journalist",
            "senior", "chief", "associate", "deputy", "managing", "executive", "political", "foreign",
            "business", "sports", "science", "health", "national", "international", "diplomatic",
            "economics", "technology", "desk", "bureau", "special", "guest", "freelance",
            "redakteur", "redakteurin", "korrespondent", "korrespondentin", "journalistin", "journaliste",
            "rédacteur", "rédactrice", "envoyé", "envoyée", "correspondant", "correspondante",
            "redactor", "redactora", "corresponsal", "periodista", "giornalista", "inviato",
            "dziennikarz", "redaktor", "redaktorka", "chefredakteur", "chefredakteurin", "experte", "expertin",
            "autor", "autorin", "author", "gastautor", "gastautorin", "dr", "dr.", "prof", "prof.");

    /** Parts that make the whole part a credit, not an author ("Photo: …", "Getty Images"). */
    private static final Set<String> CREDIT_WORDS = Set.of(
            "photo", "photos", "photograph", "photography", "foto", "fotos", "image", "images", "bild",
            "video", "illustration", "graphic", "graphics", "grafik", "getty", "shutterstock", "imago",
            "picture", "pictures", "copyright", "©", "sponsored", "advertisement", "anzeige", "newsletter");

    /**
     * News agencies, outlets' generic desks and placeholder accounts (lower case, whole part):
     * these are credits, not people. The wire itself is reported by the byline reader.
     */
    private static final Set<String> NOT_PEOPLE = Set.of(
            "reuters", "thomson reuters", "ap", "the associated press", "associated press", "afp",
            "agence france-presse", "agence france presse", "dpa", "dpa-afx", "epd", "kna", "apa",
            "sda", "ansa", "efe", "europa press", "bloomberg", "bloomberg news", "xinhua", "yonhap",
            "yonhap news", "yonhap news agency", "kyodo", "kyodo news", "jiji", "jiji press", "pti",
            "ians", "ani", "upi", "tass", "ria novosti", "interfax", "anadolu", "anadolu agency", "aa",
            "bernama", "antara", "cna", "pa", "pa media", "press association", "agencies", "agency",
            "wire", "wires", "wire service", "wire services", "news service", "news services", "news agencies", "sid",
            "kathpress", "idea", "staff", "staff writer", "staff reporter", "admin", "administrator",
            "redaktion", "die redaktion", "red", "red.", "editorial", "editorial staff", "editorial board",
            "the editorial board", "newsroom", "news desk", "newsdesk", "web desk", "webdesk", "online desk",
            "digital desk", "team", "guest", "user", "webmaster", "anonymous", "unknown", "author", "editor",
            "editors", "rédaction", "la rédaction", "redacción", "redazione", "redactie", "redakcja",
            "nachrichten", "news", "online", "web", "tt", "publiziert", "veröffentlicht", "datum", "date", "text",
            "hace", "posted", "by", "von", "profil", "profile", "mehr", "more", "stand", "afficher", "anzeigen",
            "show", "view", "read", "lesen", "home", "startseite", "kontakt", "impressum", "publisher", "zvg",
            "herausgeber", "unbekannt", "inconnu", "desconocido", "ntb", "ritzau", "stt", "ctk", "čtk", "pap",
            "belga", "anp", "apa-ots", "ots", "ddp", "kap", "afp/dpa", "dpa/afp", "ap/dpa", "reuters/dpa");

    /** Weekdays (lower case): a name followed by one is followed by a date. */
    private static final Set<String> WEEKDAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "wed", "thu", "fri", "sat", "sun",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
    /** Two-letter German weekdays, which end a name only when written "Do," or "Do.". */
    private static final Set<String> WEEKDAYS_SHORT = Set.of("mo", "di", "mi", "do", "fr", "sa", "so");
    /** Months (lower case): they end a name, but may begin one ("April Smith"). */
    private static final Set<String> MONTHS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember");
    /** Words of organisations (lower case): an outlet, not a person. */
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "gmbh", "ag", "e.v.", "ev", "inc", "inc.", "ltd", "ltd.", "llc", "verlag", "zeitung", "magazin",
            "magazine", "online", "news", "redaktion", "institut", "institute", "stiftung", "verband", "bund",
            "landesanstalt", "universität", "university", "ministerium", "agentur", "media", "medien");

    /** Name particles kept in lower case when a name is put in proper case. */
    private static final Set<String> PARTICLES = Set.of(
            "van", "von", "de", "der", "den", "dem", "des", "la", "le", "da", "di", "du", "del", "della",
            "dos", "das", "do", "ter", "ten", "zu", "y", "bin", "al", "el");

    private Authors() {
    }

    /** The person names in a raw author or byline string, cleaned; empty when there are none. */
    public static List<String> clean(String raw) {
        if (raw == null) return List.of();
        String s = raw.replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u200b', ' ').strip();
        if (s.isEmpty() || s.length() > MAX_INPUT_CHARS) return List.of();
        s = EMAIL.matcher(s).replaceAll(" ");
        s = LINK.matcher(s).replaceAll(" ");
        s = HANDLE.matcher(s).replaceAll(" ");
        s = BRACKETS.matcher(s).replaceAll(" ");
        s = CJK_ROLE.matcher(s).replaceAll(" ");
        s = s.replaceAll("\\s+", " ").strip();
        // the first segment that holds a name; an outlet or place after a bar is not an author
        for (String segment : SEGMENT_BREAK.split(s)) {
            if (PREFIX.matcher(segment.strip()).replaceFirst("").isBlank()) continue; // "By |"
            return names(segment);
        }
        return List.of();
    }

    private static List<String> names(String segment) {
        String s = segment.strip();
        s = PREFIX.matcher(s).replaceFirst("");
        s = TAIL.matcher(s).replaceFirst("");
        s = s.replaceAll("^[\\s:,.;-]+|[\\s:,;-]+$", "");
        if (s.isEmpty()) return List.of();
        Set<String> out = new LinkedHashSet<>();
        String[] parts = SPLIT.split(s);
        int multiWord = 0;
        for (String p : parts) if (p.strip().indexOf(' ') > 0) multiWord++;
        for (int i = 0; i < parts.length; i++) {
            String name = name(parts[i]);
            if (name == null) continue;
            // "Jane Doe, Seoul": a lone word after full names is a place or a desk
            if (i > 0 && multiWord > 0 && name.indexOf(' ') < 0 && !isCjk(name)) continue;
            out.add(name);
        }
        return List.copyOf(out);
    }

    /** One part cleaned into a name, or null when it is no person's name. */
    private static String name(String part) {
        String p = PREFIX.matcher(part.strip()).replaceFirst("").strip();
        p = p.replaceAll("^[\\s:,.;'\"“”‘’-]+|[\\s:,;'\"“”‘’-]+$", "");
        if (p.isEmpty()) return null;
        if (NOT_PEOPLE.contains(p.toLowerCase(Locale.ROOT))) return null;
        List<String> words = new ArrayList<>();
        for (String w : p.split(" ")) {
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("[.,:]+$", "");
            if (CREDIT_WORDS.contains(lw)) return null;
            if (ROLE_WORDS.contains(lw)) continue;
            int hyphen = lw.lastIndexOf('-');
            if (hyphen > 0 && ROLE_WORDS.contains(lw.substring(hyphen + 1))) continue; // "Online-Experte"
            if (ORGANISATION_WORDS.contains(lw) || ORGANISATION_WORDS.contains(w.toLowerCase(Locale.ROOT)) || isDomain(lw)) {
                return null; // "Web Commerce GmbH", "Mdr.de": an organisation
            }
            if (WEEKDAYS.contains(lw) || WEEKDAYS_SHORT.contains(lw) && (w.endsWith(".") || w.endsWith(","))) {
                if (words.isEmpty()) return null; // "Donnerstag": no name
                break; // "Heiko Sauer Do, 12.03.": the name ends here
            }
            if (MONTHS.contains(lw) && !words.isEmpty()) break; // "Kayla Greaves Oct 13"
            words.add(w);
        }
        // "Heiko Sauer Do" (a date was cut off after the weekday)
        if (words.size() > 2 && WEEKDAYS_SHORT.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        // "Olivier Minot Olivier Minot": a name printed twice (link text and label)
        int half = words.size() / 2;
        if (words.size() % 2 == 0 && half > 0 && words.subList(0, half).equals(words.subList(half, words.size()))) {
            words = new ArrayList<>(words.subList(0, half));
        }
        if (words.isEmpty() || words.size() > MAX_NAME_WORDS) return null;
        if (words.size() == 1 && MONTHS.contains(words.get(0).toLowerCase(Locale.ROOT))) return null;
        // a lower-case word other than a particle makes a phrase, not a name ("Jane Doe is a professor")
        boolean lowerName = isAllLower(String.join(" ", words));
        if (words.size() > 1) {
            for (String w : words) {
                boolean functionWord = isAllLower(w) && !PARTICLES.contains(w) && !w.contains(".");
                if (functionWord && (!lowerName || w.length() <= 2)) return null;
            }
        }
        String name = String.join(" ", words);
        if (name.length() > MAX_NAME_CHARS || NOT_PEOPLE.contains(name.toLowerCase(Locale.ROOT))) return null;
        for (String w : words) if (!isNameWord(w)) return null;
        if (!startsUpper(words) && !isAllLower(name)) return null;
        return properCase(name);
    }

    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\d-]+\\.(?:de|com|net|org|at|ch|fr|it|es|uk|eu|info|io|nl|pl|be|us|co)");

    private static boolean isDomain(String w) {
        return DOMAIN.matcher(w).matches();
    }

    /** Letters, with inner hyphens, apostrophes and dots (initials): "Min-hyung", "O'Neil", "J.". */
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]*");

    private static boolean isNameWord(String w) {
        return NAME_WORD.matcher(w).matches();
    }

    /** At least one word starts with a capital (or the name is in a script without case). */
    private static boolean startsUpper(List<String> words) {
        for (String w : words) {
            char c = w.charAt(0);
            if (Character.isUpperCase(c) || !Character.isLowerCase(c)) return true;
        }
        return false;
    }

    private static boolean isAllLower(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) return false;
            if (Character.isLowerCase(c)) letter = true;
        }
        return letter;
    }

    private static boolean isAllUpper(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) letter = true;
        }
        return letter;
    }

    private static boolean isCjk(String s) {
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HANGUL
                    || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA) return true;
        }
        return false;
    }

    /** "JANE DOE" and "jane doe" become "Jane Doe"; mixed case is kept as printed. */
    static String properCase(String name) {
        if (!isAllUpper(name) && !isAllLower(name)) return name;
        if (isAllLower(name) && name.indexOf(' ') < 0) return name; // a user name: "rasos"
        StringBuilder sb = new StringBuilder(name.length());
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) sb.append(' ');
            String w = words[i];
            if (i > 0 && i < words.length - 1 && PARTICLES.contains(w)) {
                sb.append(w);
                continue;
            }
            boolean up = true;
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                sb.append(up ? Character.toUpperCase(c) : c);
                up = c == '-' || c == '\'' || c == '’' || c == '.';
            }
        }
        return sb.toString();
    }
}
