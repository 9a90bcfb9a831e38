package io.storyline.extract.byline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire agencies and the ways pages credit them: bylines ({@code By Reuters}), credit lines
 * ({@code Reuters | Seoul | Updated: …}), trailing credits ({@code … (Yonhap)}, {@code … / Yonhap},
 * {@code — AFP}) and photo credits ({@code (AHN YOUNG-JOON/POOL/AP)}, {@code REUTERS/Kim Hong-Ji}),
 * which name an agency without making it the article's wire.
 *
 * <p>An agency is known when it is in the table below, or when its name has the shape of one
 * ({@code Meridian News Agency}, {@code Northern Newswire}). Stateless and thread-safe.
 */
public final class WireAgencies {

    /**
     * Known agencies: the canonical name first, then the spellings pages print. Spellings of two
     * or three capital letters are matched case-sensitively (AP is an agency, "ap" is not);
     * longer ones ignoring case. Ambiguous abbreviations (CP, PA, AA, TT) are left out.
     */
    private static final String[][] KNOWN = {
            {"Reuters", "Reuters", "Thomson Reuters"},
            {"AP", "AP", "Associated Press", "The Associated Press"},
            {"AFP", "AFP", "Agence France-Presse", "Agence France Presse", "Agence France-Press"},
            {"Xinhua", "Xinhua", "Xinhua News Agency", "Xinhua News", "Xinhuanet"},
            {"Kyodo", "Kyodo", "Kyodo News"},
            {"Yonhap", "Yonhap", "Yonhap News Agency", "Yonhap News"},
            {"Jiji", "Jiji", "Jiji Press"},
            {"PTI", "PTI", "Press Trust of India"},
            {"ANI", "ANI", "Asian News International"},
            {"IANS", "IANS", "Indo-Asian News Service"},
            {"UNI", "UNI", "United News of India"},
            {"UPI", "UPI", "United Press International"},
            {"dpa", "dpa", "DPA", "Deutsche Presse-Agentur"},
            {"EFE", "EFE", "Agencia EFE"},
            {"ANSA", "ANSA"},
            {"Europa Press", "Europa Press"},
            {"Bloomberg", "Bloomberg", "Bloomberg News"},
            {"TASS", "TASS", "ITAR-TASS"},
            {"RIA Novosti", "RIA Novosti"},
            {"Interfax", "Interfax"},
            {"Anadolu", "Anadolu", "Anadolu Agency"},
            {"KCNA", "KCNA", "Korean Central News Agency"},
            {"AAP", "AAP", "Australian Associated Press"},
            {"Canadian Press", "The Canadian Press", "Canadian Press"},
            {"PA Media", "PA Media", "Press Association"},
            {"Bernama", "Bernama"},
            {"Antara", "Antara"},
            {"IRNA", "IRNA"},
            {"Lusa", "Lusa"},
            {"Belga", "Belga"},
            {"ANP", "ANP"},
            {"NTB", "NTB"},
            {"Ritzau", "Ritzau"},
            {"WAM", "WAM"},
            {"MENA", "MENA"},
            {"Saudi Press Agency", "Saudi Press Agency", "SPA"},
            {"CNA", "Central News Agency"},
            {"Vietnam News Agency", "Vietnam News Agency", "VNA"},
    };

    /** Name endings that make an unknown name an agency ("Meridian News Agency"). */
    /** The words that end an agency's name: "… News Agency", "… Newswire". */
    private static final String AGENCY_WORDS = "(?:News Agency|Press Agency|Telegraph Agency|News Service|Wire Service|Newswire|Wire)";
    private static final Pattern AGENCY_SHAPE = Pattern.compile(
            "(?:The )?\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3} " + AGENCY_WORDS);

    /** Spelling (lower-cased unless case-sensitive) to canonical name. */
    private static final Map<String, String> CASE_SENSITIVE = new LinkedHashMap<>();
    private static final Map<String, String> CASE_INSENSITIVE = new LinkedHashMap<>();

    static {
        for (String[] row : KNOWN) {
            for (int i = 1; i < row.length; i++) {
                String s = row[i];
                if (s.length() <= 4 && s.equals(s.toUpperCase(Locale.ROOT))) CASE_SENSITIVE.put(s, row[0]);
                else CASE_INSENSITIVE.put(s.toLowerCase(Locale.ROOT), row[0]);
            }
        }
    }

    /** Words that introduce a credit: "By Reuters", "From AFP", "Source: AP". */
    private static final Pattern CREDIT_LEAD = Pattern.compile(
            "^(?i:by|from|source|sources|courtesy(?: of)?|via|credit|agency|agencies|wire)\\s*[:\\-–—]?\\s+");

    /** What may follow an agency's name on a credit line: "Reuters staff", "AFP report". */
    private static final Pattern CREDIT_TAIL = Pattern.compile(
            "(?i)\\s+(?:staff|staff reporters?|staff writers?|reporters?|correspondents?|reports?|wire|"
                    + "news desk|desk|bureau|english|news)$");

    /** Separators between the fields of a credit line. */
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s*(?:\\||•|·|/|;|,|\\s[-–—]\\s)\\s*");

    /** A credit at the very end of a text: "… (Yonhap)", "… / Yonhap", "— AFP", "-- Reuters". */
    private static final Pattern TRAILING = Pattern.compile(
            "(?:\\((?<p>[^()]{2,40})\\)|(?:^|\\s)(?:/|—|–|--|-)\\s*(?<d>[\\p{L}][\\p{L} .'’-]{1,38}))\\s*[.]?$");

    /**
     * A photo credit ending a caption: "(AHN YOUNG-JOON/POOL/AP)", "REUTERS/Kim Hong-Ji",
     * "Photo: AFP", "[Photo by Jane Roe]", "Image Credit: ANI", "(Getty Images)".
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(String.join("|",
            // (AHN YOUNG-JOON/POOL/AP), (JANE ROE/AFP)
            "\\((?:\\p{Lu}[\\p{Lu}\\p{M} .'’-]*/)+\\p{L}[\\p{L} .'’-]*\\)\\s*$",
            // REUTERS/Kim Hong-Ji, AFP/Jane Roe, EPA/JANE ROE at the end
            "\\b(?:\\p{Lu}{2,}|Reuters|Yonhap|Xinhua|Kyodo)\\s?/\\s?\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,3}\\s*$",
            // Photo: AFP, Image Credit: ANI, [Photo by Jane Roe], (Photo courtesy of X) at the end
            "[(\\[]?\\b(?i:photo|photograph|picture|image|pic|file photo|illustration|graphic)"
                    + "(?:\\s*(?i:credit|credits|courtesy))?\\s*(?::\\s*|(?i:by|courtesy of)\\s+(?=\\p{Lu}))"
                    + "[^\\n:]{1,60}[)\\]]?\\s*$",
            // (Photo/Yonhap), (Yonhap Photo), (File photo)
            "\\((?i:[^()]{0,30}\\bphoto\\b[^()]{0,30})\\)\\s*$",
            // stock and pool credits anywhere
            "\\b(?i:getty images|shutterstock|istockphoto|afp via getty images|epa-efe|ap photo|reuters photo|"
                    + "yonhap photo|pool photo)\\b"));

    /** Picture agencies and pool marks that precede a photographer's name: "EPA/Jane Roe". */
    private static final Set<String> PHOTO_SOURCES = Set.of(
            "EPA", "EPA-EFE", "GETTY", "POOL", "FILE", "HANDOUT", "SHUTTERSTOCK", "ISTOCK", "SIPA", "ABACA",
            "ZUMA", "NURPHOTO", "ANADOLU", "PHOTO", "PHOTOS", "NEWS1", "NEWSIS", "YONHAP");

    private WireAgencies() {
    }

    /** A wire credit found in a line: the agency and where its name was printed. */
    public record Credit(String agency, int start, int end) {
    }

    /**
     * The canonical name of the agency that the whole string names ("Reuters", "The Associated
     * Press" → "AP", "Meridian News Agency"), or null when it names none.
     */
    public static String name(String s) {
        if (s == null) return null;
        String t = s.strip();
        t = strip(t, "()[]");
        t = t.strip();
        if (t.isEmpty() || t.length() > 60) return null;
        String c = CASE_SENSITIVE.get(t);
        if (c != null) return c;
        c = CASE_INSENSITIVE.get(t.toLowerCase(Locale.ROOT));
        if (c != null && !t.equals(t.toLowerCase(Locale.ROOT)) || c != null && c.equals("dpa")) return c;
        if (AGENCY_SHAPE.matcher(t).matches()) return shortName(t.startsWith("The ") ? t.substring(4) : t);
        return null;
    }

    /** Words that name no agency on their own: "Central News Agency" stays whole. */
    private static final Set<String> GENERIC_WORDS = Set.of("Central", "National", "International", "State", "Press",
            "United", "General", "Associated", "Global", "World", "News", "Federal", "Official", "Independent",
            "Public", "Local", "Regional", "Daily", "Foreign", "Northern", "Southern", "Eastern", "Western");
    private static final Pattern AGENCY_SUFFIX = Pattern.compile(" " + AGENCY_WORDS + "$");

    /**
     * An agency the table does not know goes by its distinctive name, the way datelines credit
     * it: "Meridian News Agency" is "Meridian", as in "VESK, May 7 (Meridian) -".
     */
    private static String shortName(String full) {
        String head = AGENCY_SUFFIX.matcher(full).replaceFirst("");
        return head.indexOf(' ') < 0 && head.length() >= 3 && !GENERIC_WORDS.contains(head) ? head : full;
    }

    /**
     * The agency a byline or credit line credits: {@code By Reuters}, {@code Reuters},
     * {@code Reuters | Seoul | Updated: …}, {@code Reuters staff}, {@code From AFP},
     * {@code Source: AP}, {@code (Yonhap)}, {@code — AFP}, {@code By Jane Roe, Reuters}. Null when
     * the line credits no agency. Photo credits are not wire credits.
     */
    public static Credit credit(String line) {
        if (line == null || line.length() > 200 || photoCredit(line)) return null;
        String t = line.strip();
        int offset = line.indexOf(t.isEmpty() ? line : t);
        Matcher lead = CREDIT_LEAD.matcher(t);
        if (lead.find()) {
            offset += lead.end();
            t = t.substring(lead.end());
        } else {
            int k = 0;
            while (k < t.length() && "—–-(/ ".indexOf(t.charAt(k)) >= 0) k++;
            offset += k;
            t = t.substring(k);
        }
        // the fields of the line, each tried as a name
        Matcher sep = FIELD_SEPARATOR.matcher(t);
        int from = 0;
        List<int[]> fields = new ArrayList<>();
        while (sep.find()) {
            fields.add(new int[] {from, sep.start()});
            from = sep.end();
        }
        fields.add(new int[] {from, t.length()});
        for (int[] f : fields) {
            String field = t.substring(f[0], f[1]);
            String bare = CREDIT_TAIL.matcher(field).replaceFirst("");
            bare = strip(bare.strip(), "()[]—–-.");
            String agency = name(bare);
            if (agency != null) {
                int at = field.indexOf(bare);
                int s = offset + f[0] + Math.max(at, 0);
                return new Credit(agency, s, s + bare.length());
            }
        }
        return null;
    }

    /**
     * The agency credited at the very end of a text ("… said. (Yonhap)", "… / Yonhap",
     * "… — AFP"), or null. Used on the last paragraph of a body and on lines just after it.
     */
    public static String trailing(String text) {
        if (text == null || text.isEmpty()) return null;
        String t = text.strip();
        if (photoCredit(t) && !t.matches("(?s).*[/—–-]\\s*\\S+\\s*$")) return null;
        Matcher m = TRAILING.matcher(t.length() > 80 ? t.substring(t.length() - 80) : t);
        if (!m.find()) return null;
        String n = m.group("p") != null ? m.group("p") : m.group("d");
        return name(n.strip());
    }

    /** Whether the text ends with, or is, a photo credit. */
    public static boolean photoCredit(String text) {
        if (text == null) return false;
        String t = text.strip();
        if (t.length() > 600) t = t.substring(t.length() - 600);
        if (t.indexOf('/') < 0 && !mentionsPhoto(t.toLowerCase(Locale.ROOT))) return false; // cheap filter
        Matcher m = PHOTO_CREDIT.matcher(t);
        while (m.find()) {
            String g = m.group();
            int slash = g.indexOf('/');
            if (slash < 0 || !g.matches("(?s)\\p{L}+\\s?/.*")) return true;
            String source = g.substring(0, slash).strip();
            if (name(source) != null || PHOTO_SOURCES.contains(source.toUpperCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** Words one of which every photo credit without a slash contains. */
    private static final String[] PHOTO_CUES = {"photo", "pictur", "image", "pic", "illustr", "graphic", "getty",
            "shutterstock", "istock", "courtesy"};

    private static boolean mentionsPhoto(String lower) {
        for (String c : PHOTO_CUES) if (lower.contains(c)) return true;
        return false;
    }

    private static String strip(String s, String chars) {
        int a = 0, b = s.length();
        while (a < b && (chars.indexOf(s.charAt(a)) >= 0 || Character.isWhitespace(s.charAt(a)))) a++;
        while (b > a && (chars.indexOf(s.charAt(b - 1)) >= 0 || Character.isWhitespace(s.charAt(b - 1)))) b--;
        return s.substring(a, b);
    }
}
