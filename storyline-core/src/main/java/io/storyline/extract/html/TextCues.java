package io.storyline.extract.html;

import io.storyline.model.Clutter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What short blocks of page furniture say, in the languages of the development set (German,
 * English, French, Spanish, Italian, Polish, Portuguese, Dutch): labels of share bars, of
 * related-story boxes, of comment and subscription prompts, photo credits and date lines. Only
 * short blocks are judged, and a phrase must be the whole block (or, for labels ending in a colon,
 * its start), so article sentences that merely contain such words are safe.
 */
final class TextCues {
    private TextCues() {
    }

    /** Blocks longer than this are never judged by their words. */
    static final int MAX_CHARS = 120;

    /** Whole-block phrases (compared after lower-casing and trimming punctuation). */
    private static final Map<String, Clutter> EXACT = new HashMap<>();
    /** Labels that start a block and are followed by what they label ("Foto: dpa"). */
    private static final Map<String, Clutter> LABELS = new HashMap<>();

    private static void exact(Clutter why, String... phrases) {
        for (String p : phrases) EXACT.put(p, why);
    }

    private static void label(Clutter why, String... phrases) {
        for (String p : phrases) {
            LABELS.put(p, why);
            EXACT.put(p, why);
        }
    }

    static {
        exact(Clutter.RELATED, "mehr zum thema", "lesen sie auch", "lesen sie mehr", "auch interessant",
                "das könnte sie auch interessieren", "das könnte dich auch interessieren",
                "das thema könnte dich auch interessieren", "das könnte ihnen auch gefallen",
                "weitere artikel", "weitere themen", "weitere beiträge", "weitere nachrichten", "ähnliche artikel",
                "ähnliche beiträge", "verwandte artikel", "verwandte beiträge", "empfohlene beiträge",
                "empfehlungen", "meistgelesen", "meist gelesen", "am meisten gelesen", "top-themen", "topthemen",
                "beliebte artikel", "beliebte beiträge", "neueste beiträge", "neueste artikel", "aktuelle beiträge",
                "weiterlesen", "mehr lesen", "mehr dazu", "mehr erfahren", "mehr anzeigen", "alle anzeigen",
                "weiterführende links", "weiterführende informationen", "weiterführender link",
                "weitere informationen", "weitere infos", "nächster artikel", "vorheriger artikel",
                "nächster beitrag", "vorheriger beitrag", "vorschau auf den nächsten artikel", "zurück",
                "related", "related articles", "related posts", "related coverage", "related stories",
                "related content", "read more", "read also", "read next", "more from", "more on this",
                "more stories", "more news", "you may also like", "you might also like", "recommended",
                "recommended for you", "explore further", "see also", "also read", "trending", "most popular",
                "most read", "next article", "previous article", "next post", "previous post", "continue reading",
                "learn more", "find out more", "à lire aussi", "lire aussi", "à découvrir", "sur le même sujet",
                "voir aussi", "en savoir plus", "article suivant", "article précédent", "lire la suite",
                "leer más", "lee también", "te puede interesar", "contenido relacionado", "noticias relacionadas",
                "vea también", "zobacz również", "zobacz też", "czytaj też", "czytaj także", "czytaj więcej",
                "polecamy", "leggi anche", "leia também", "lees ook", "meer lezen");
        label(Clutter.RELATED, "lesen sie auch", "mehr zum thema", "auch interessant", "read more", "read also",
                "also read", "related", "see also", "lire aussi", "à lire aussi", "voir aussi", "lee también",
                "vea también", "leer más", "zobacz też", "zobacz również", "czytaj też", "czytaj także",
                "leggi anche", "leia também", "lees ook", "weiterlesen", "mehr dazu", "mehr lesen");
        exact(Clutter.SHARE, "teilen", "artikel teilen", "diesen artikel teilen", "beitrag teilen", "seite teilen",
                "jetzt teilen", "share", "share this", "share this article", "share this story", "share on",
                "share via", "tweet", "drucken", "print", "e-mail", "email", "mail", "facebook", "twitter",
                "whatsapp", "pinterest", "linkedin", "xing", "reddit", "telegram", "flipboard", "pocket",
                "instagram", "youtube", "partager", "partager cet article", "compartir", "udostępnij",
                "möchten sie den artikel teilen", "gefällt mir", "like this", "folge uns", "folgen sie uns",
                "follow us", "suivez-nous", "síguenos", "pin it", "versenden", "link kopieren", "copy link",
                "artikel drucken", "seite drucken", "artikel versenden", "per e-mail versenden",
                "dieser artikel gefällt ihnen", "teile diesen beitrag", "diesen beitrag teilen");
        label(Clutter.SHARE, "teilen", "share this", "share on", "teile", "partager");
        exact(Clutter.SUBSCRIPTION, "newsletter", "jetzt abonnieren", "abonnieren", "subscribe", "subscribe now",
                "sign up", "zum newsletter", "newsletter abonnieren", "jetzt registrieren", "s'abonner",
                "abonnez-vous", "suscríbete", "log in", "login", "anmelden", "einloggen", "registrieren");
        exact(Clutter.COMMENTS, "kommentare", "kommentar", "kommentar schreiben", "kommentieren",
                "schreibe einen kommentar", "hinterlasse einen kommentar", "kommentar verfassen",
                "leave a comment", "leave a reply", "comments", "comment", "add comment", "post a comment",
                "view comments", "no comments", "no comments yet", "antworten", "reply", "commentaires",
                "laisser un commentaire", "comentarios", "komentarze", "dodaj komentarz",
                "keine kommentare", "noch keine kommentare", "kommentar abgeben");
        exact(Clutter.ADVERTISEMENT, "anzeige", "advertisement", "werbung", "sponsored", "publicidad", "publicité",
                "reklama", "pubblicità", "ad", "ads", "anzeigen", "sponsored content");
        label(Clutter.CAPTION, "foto", "fotos", "bild", "bilder", "photo", "photos", "credit", "credits",
                "crédit", "crédits", "crédits photos", "crédit photo", "bildquelle", "titelbild", "beitragsbild",
                "image", "bildnachweis", "fotonachweis", "foto/grafik", "zdjęcie", "fot", "foto de");
        exact(Clutter.CAPTION, "bild anzeigen", "bild vergrößern", "vergrößern", "zoom");
        exact(Clutter.FOOTER, "impressum", "datenschutz", "datenschutzerklärung", "kontakt", "alle rechte vorbehalten",
                "all rights reserved", "agb", "nutzungsbedingungen", "privacy", "privacy policy", "terms of use",
                "nach oben", "zurück nach oben", "nach oben scrollen", "back to top", "seitenanfang",
                "zum seitenanfang", "top", "haftungsausschluss", "disclaimer", "mentions légales", "contact");
        label(Clutter.METADATA, "quelle", "quellen", "quellenangaben", "source", "sources", "źródło", "fuente",
                "fuentes", "tags", "schlagworte", "schlagwörter", "stichworte", "stichwörter", "themen",
                "kategorie", "kategorien", "categories", "category", "filed under", "posted in", "veröffentlicht",
                "veröffentlicht am", "erstellt am", "aktualisiert", "aktualisiert am", "zuletzt aktualisiert",
                "stand", "letzte änderung", "published", "updated", "last updated", "opublikowano",
                "publié le", "mis à jour", "publicado", "actualizado", "lesezeit", "reading time",
                "temps de lecture", "mots-clés", "étiquettes", "tagi", "this entry was posted",
                "der beitrag wurde am", "dieser beitrag wurde am");
    }

    /** How the meta lines of blogs begin ("Posted on 2 May by ...", "Filed under ..."). */
    private static final List<String> META_OPENINGS = List.of("posted on ", "posted in ", "posted by ", "filed under ",
            "tagged with ", "published on ", "published by ", "veröffentlicht am ", "veröffentlicht in ",
            "veröffentlicht von ", "erstellt am ", "erstellt von ", "geschrieben am ", "geschrieben von ",
            "verschlagwortet mit ", "abgelegt unter ", "kategorie: ", "publié le ", "publié par ", "publicado el ",
            "publicado por ", "opublikowano ", "pubblicato il ", "this entry was posted ");

    /** Month names (and common abbreviations) of the development set's languages. */
    private static final String MONTHS = "jan(?:uar|uary|vier)?|feb(?:ruar|ruary)?|févr(?:ier)?|märz|mär|mar(?:ch|s|zo|ca)?"
            + "|apr(?:il|ile)?|avril|mai|may|maggio|juni?|june|juin|jul(?:i|y)?|juillet|aug(?:ust)?|août|agosto"
            + "|sep(?:t|tember|tembre)?|okt(?:ober)?|oct(?:ober|obre)?|nov(?:ember|embre)?|dez(?:ember)?|dec(?:ember)?"
            + "|déc(?:embre)?|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre"
            + "|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"
            + "|januari|februari|maart|augustus|oktober|gennaio|febbraio|aprile|giugno|luglio|settembre|ottobre"
            + "|novembre|dicembre";

    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,2}[./-]\\s?\\d{1,2}[./-]\\s?(?:\\d{4}|\\d{2})\\b"
            + "|\\b\\d{4}-\\d{2}-\\d{2}\\b"
            + "|\\b(?:\\d{1,2}\\.?\\s+)?(?:" + MONTHS + ")\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?(?:\\s+\\d{4})?\\b"
            + "|\\b\\d{1,2}:\\d{2}(?:\\s?(?:uhr|h|am|pm))?\\b");

    private static final List<Character> TRIM = List.of(':', '.', '!', '?', '»', '«', '›', '‹', '>', '<', '|', '•',
            '·', '-', '–', '—', '*', '(', ')', '[', ']', '"', '„', '“', '”', '\'', '#', '+', '/', '…');

    /** The furniture a short block names itself as, or null when it is (possibly) text. */
    /** Longest editorial note ("This story has not been edited by … and is auto-generated …"). */
    private static final int NOTE_CHARS = 160;

    static Clutter classify(String text) {
        if (text.length() > MAX_CHARS) return null;
        String t = trim(text.toLowerCase(Locale.ROOT));
        if (t.isEmpty()) return Clutter.BOILERPLATE;
        Clutter why = EXACT.get(t);
        if (why != null) return why;
        int colon = t.indexOf(':');
        if (colon > 0 && colon <= 32) {
            why = LABELS.get(trim(t.substring(0, colon)));
            if (why != null) return why;
        }
        for (String p : META_OPENINGS) {
            if (t.startsWith(p)) return Clutter.METADATA;
        }
        if (t.startsWith("©") || t.startsWith("(c)") || t.startsWith("copyright")) return Clutter.FOOTER;
        if (io.storyline.extract.EditorialNotes.isNote(t, NOTE_CHARS)) return Clutter.BOILERPLATE;
        if (isMoreLine(t, text)) return Clutter.RELATED;
        if (AD_WORDS.contains(firstWord(t))) return Clutter.ADVERTISEMENT;
        boolean digits = false, credit = false;
        for (int i = 0; i < text.length() && !(digits && credit); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') digits = true;
            else if (c == ':' || c == '©') credit = true;
        }
        if (isMenuLine(text)) return Clutter.NAVIGATION;
        if (digits && isDateLine(text)) return Clutter.METADATA;
        if (credit && CREDIT_AT_END.matcher(text.toLowerCase(Locale.ROOT)).find()) return Clutter.CAPTION;
        return null;
    }

    /** Server errors printed into the page (PHP warnings). */
    private static final Pattern SERVER_ERROR = Pattern.compile(
            "^(?:warning|notice|deprecated|fatal error|parse error|strict standards)\\s*:.*\\bon line\\s+\\d+",
            Pattern.CASE_INSENSITIVE);

    /**
     * Template or script code that leaked into the visible text: unrendered placeholders
     * ({@code {{ title }}}, {@code <%= x %>}), server errors, or a run dense in code punctuation
     * with script words. Code samples in {@code <pre>} are not judged (the caller skips them).
     */
    static boolean isCode(String text) {
        if (text.length() < 12) return false;
        if ((text.contains("{{") && text.contains("}}")) || (text.contains("{%") && text.contains("%}"))
                || (text.contains("<%") && text.contains("%>"))) {
            return true;
        }
        if (text.length() < 400 && SERVER_ERROR.matcher(text).find()) return true;
        int punct = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("{}();=".indexOf(text.charAt(i)) >= 0) punct++;
        }
        if (punct < 6 || punct < 0.08 * text.length()) return false;
        return text.contains("function") || text.contains("var ") || text.contains("window.")
                || text.contains("document.") || text.contains("=>") || text.contains("});");
    }

    /** Blocks longer than this are never taken for a call to action. */
    static final int MAX_PROMPT_CHARS = 250;

    /**
     * Calls to action: subscribe, sign up, follow us, get the app, support us. Verbs and phrases,
     * not bare network names, so that text about Facebook or newsletters is safe.
     */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "subscrib|abonnier|abonnez|abonnent|suscr[ií]b|newsletter|\\bsign(?:ing)? up\\b|\\bfollow (?:us|the)\\b"
            + "|\\bfolg(?:e|en sie|t) uns\\b|\\blike us\\b|\\bdownload (?:the|our)\\b|\\bapp herunterladen"
            + "|\\bjetzt registrieren|registrieren sie sich|\\bmelden sie sich\\b|canal de (?:telegram|whatsapp|youtube)"
            + "|(?:telegram|whatsapp|youtube)-kanal|\\bunterstütze[n]? (?:uns|unsere)|\\bsupport (?:us|our)\\b"
            + "|\\bsuivez-nous|\\bsíguenos|\\bzapisz się|\\bsubskrypcj");

    /** Whether a block of at most {@link #MAX_PROMPT_CHARS} asks the reader to subscribe, follow or pay. */
    static boolean isPrompt(String text) {
        if (text.length() > MAX_PROMPT_CHARS) return false;
        String low = text.toLowerCase(Locale.ROOT);
        for (String stem : PROMPT_STEMS) {
            if (low.contains(stem)) return CALL_TO_ACTION.matcher(low).find();
        }
        return false;
    }

    /** Literal stems, one in each alternative of {@link #CALL_TO_ACTION}: a cheap test first. */
    private static final String[] PROMPT_STEMS = {"subscri", "abonn", "suscr", "newsletter", "sign", "follow",
        "folg", "like us", "download", "herunterlad", "registrier", "melden sie", "canal de", "-kanal", "unterstütz",
        "support", "suivez", "síguenos", "zapisz", "subskrypc"};

    /** A picture credit closing a block: "... © Reuters", "... (Foto: Getty)". */
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "(?:©|\\((?:foto|fotos|bild|photo|credit|quelle)\\s*:|\\b(?:foto|fotos|bild|photo|credit)\\s*:)[^.!?©]{0,40}\\)?\\s*$");

    /** First words of the titles of boxes of other stories ("More from Sport", "Weitere Artikel"). */
    private static final java.util.Set<String> MORE_WORDS = java.util.Set.of("mehr", "weitere", "weiterer",
            "aktuelle", "aktuelles", "neueste", "more", "other", "further", "latest", "recent", "autres", "plus",
            "derniers", "dernières", "más", "otras", "otros", "últimas", "últimos", "więcej", "inne", "najnowsze",
            "altri", "altre", "ultime", "meer", "andere");
    /** Such a title is short. */
    private static final int MORE_LINE_CHARS = 60;

    /** Words that open an advertising notice ("ANZEIGE - ...", "*Werbung. Dieser Beitrag..."). */
    private static final java.util.Set<String> AD_WORDS = java.util.Set.of("anzeige", "werbung", "advertisement",
            "sponsored", "publicidad", "publicité", "reklama", "pubblicità", "advertorial");

    private static String firstWord(String low) {
        int i = 0;
        while (i < low.length() && Character.isLetter(low.charAt(i))) i++;
        return low.substring(0, i);
    }

    /** A short line without a full stop that starts with "more", "further", "latest"... */
    private static boolean isMoreLine(String low, String text) {
        if (text.length() > MORE_LINE_CHARS) return false;
        char last = text.charAt(text.length() - 1);
        if (last == '.' || last == '!' || last == '?') return false;
        int space = low.indexOf(' ');
        String first = space < 0 ? low : low.substring(0, space);
        return MORE_WORDS.contains(first);
    }

    /** Separators of links in a one-line menu ("Imprint | Contact | Privacy"). */
    private static final String MENU_SEPARATORS = "|·•";

    /** A line of three or more short items separated by bars or dots. */
    static boolean isMenuLine(String text) {
        int parts = 1, partLen = 0, maxPart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (MENU_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                parts++;
                maxPart = Math.max(maxPart, partLen);
                partLen = 0;
            } else {
                partLen++;
            }
        }
        maxPart = Math.max(maxPart, partLen);
        return parts >= 3 && maxPart <= 32;
    }

    /** A short block that is a date, with at most a few words around it. */
    static boolean isDateLine(String text) {
        if (text.length() > 60) return false;
        String low = text.toLowerCase(Locale.ROOT);
        Matcher m = DATE.matcher(low);
        int dates = 0;
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (m.end() == m.start()) continue;
            String g = m.group();
            boolean hasDigit = false;
            for (int i = 0; i < g.length(); i++) if (Character.isDigit(g.charAt(i))) hasDigit = true;
            if (!hasDigit) continue; // a bare month name is a word like any other
            dates++;
            rest.append(low, last, m.start());
            last = m.end();
        }
        if (dates == 0) return false;
        rest.append(low, last, low.length());
        int letters = 0;
        for (int i = 0; i < rest.length(); i++) if (Character.isLetter(rest.charAt(i))) letters++;
        return letters <= 20;
    }

    private static String trim(String s) {
        int a = 0, b = s.length();
        while (a < b && (Character.isWhitespace(s.charAt(a)) || TRIM.contains(s.charAt(a)))) a++;
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || TRIM.contains(s.charAt(b - 1)))) b--;
        return s.substring(a, b);
    }
}
