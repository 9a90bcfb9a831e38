package io.storyline.extract.date;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words dates are printed with: month names and abbreviations in the languages Storyline
 * meets, time-zone abbreviations with their offsets and the day/month order their regions
 * print, and the labels that say whether a date is the publication or the update date.
 */
final class DateVocabulary {
    private DateVocabulary() {
    }

    /** Day/month order of numeric dates such as {@code 03-02-2021}. */
    enum Order { DMY, MDY }

    /** A time-zone abbreviation: its UTC offset ({@code +05:30}) and the order its region prints. */
    record Zone(String offset, Order order) {
    }

    /**
     * Month names per month (1..12), lower case, each row a language. Abbreviations are listed
     * where sites print them without the full name ("Sept.", "févr.", "Okt."). A name shared by
     * two languages must mean the same month (checked when the table is built).
     */
    private static final String[][] MONTHS = {
        // English
        {"january jan", "february feb", "march mar", "april apr", "may", "june jun",
         "july jul", "august aug", "september sep sept", "october oct", "november nov", "december dec"},
        // German
        {"januar jänner jän", "februar feber", "märz mär maerz", "april", "mai", "juni",
         "juli", "august", "september", "oktober okt", "november", "dezember dez"},
        // French
        {"janvier janv", "février fevrier févr fevr fév", "mars", "avril avr", "mai", "juin",
         "juillet juil", "août aout", "septembre", "octobre", "novembre", "décembre decembre déc"},
        // Spanish
        {"enero ene", "febrero", "marzo", "abril abr", "mayo", "junio",
         "julio", "agosto ago", "septiembre setiembre", "octubre", "noviembre", "diciembre dic"},
        // Italian
        {"gennaio gen", "febbraio", "marzo", "aprile", "maggio mag", "giugno giu",
         "luglio lug", "agosto", "settembre set", "ottobre ott", "novembre", "dicembre"},
        // Portuguese
        {"janeiro", "fevereiro fev", "março marco", "abril", "maio", "junho",
         "julho", "agosto", "setembro", "outubro out", "novembro", "dezembro dez"},
        // Dutch
        {"januari", "februari", "maart mrt", "april", "mei", "juni",
         "juli", "augustus", "september", "oktober", "november", "december"},
        // Swedish, Danish, Norwegian
        {"januari januar", "februari februar", "mars marts", "april", "maj mai", "juni",
         "juli", "augusti august", "september", "oktober", "november", "december desember"},
        // Polish (nominative and genitive)
        {"styczeń stycznia sty", "luty lutego lut", "marzec marca", "kwiecień kwietnia kwi", "maj maja",
         "czerwiec czerwca cze", "lipiec lipca lip", "sierpień sierpnia sie", "wrzesień września wrz",
         "październik października paź", "listopad listopada lis", "grudzień grudnia gru"},
        // Czech (nominative and genitive)
        {"leden ledna", "únor února", "březen března", "duben dubna", "květen května", "červen června",
         "červenec července", "srpen srpna", "září", "říjen října", "listopad listopadu", "prosinec prosince"},
        // Finnish (partitive as printed in dates)
        {"tammikuuta tammikuu", "helmikuuta helmikuu", "maaliskuuta maaliskuu", "huhtikuuta huhtikuu",
         "toukokuuta toukokuu", "kesäkuuta kesäkuu", "heinäkuuta heinäkuu", "elokuuta elokuu",
         "syyskuuta syyskuu", "lokakuuta lokakuu", "marraskuuta marraskuu", "joulukuuta joulukuu"},
        // Turkish
        {"ocak", "şubat subat", "mart", "nisan", "mayıs mayis", "haziran",
         "temmuz", "ağustos agustos", "eylül eylul", "ekim", "kasım kasim", "aralık aralik"},
        // Russian (genitive as printed in dates, and nominative)
        {"января январь янв", "февраля февраль фев", "марта март", "апреля апрель апр", "мая май",
         "июня июнь", "июля июль", "августа август авг", "сентября сентябрь сен", "октября октябрь окт",
         "ноября ноябрь ноя", "декабря декабрь дек"},
    };

    private static final Map<String, Integer> MONTH_BY_NAME = buildMonths();

    private static Map<String, Integer> buildMonths() {
        Map<String, Integer> m = new HashMap<>();
        for (String[] language : MONTHS) {
            for (int i = 0; i < 12; i++) {
                for (String name : language[i].split(" ")) {
                    Integer old = m.put(name, i + 1);
                    if (old != null && old != i + 1) throw new IllegalStateException("month name " + name);
                }
            }
        }
        return Map.copyOf(m);
    }

    /** The first three letters (lower case) of every month name, packed, sorted: a cheap pre-check. */
    private static final long[] PREFIXES = MONTH_BY_NAME.keySet().stream()
            .mapToLong(k -> prefix(k, 0, k.length())).distinct().sorted().toArray();

    private static long prefix(CharSequence s, int start, int end) {
        long p = 0;
        for (int i = start; i < start + 3 && i < end; i++) p = (p << 16) | Character.toLowerCase(s.charAt(i));
        return p;
    }

    /** The month (1..12) a word names, or 0. */
    static int month(CharSequence text, int start, int end) {
        int len = end - start;
        if (len < 3 || len > 12) return 0;
        if (java.util.Arrays.binarySearch(PREFIXES, prefix(text, start, end)) < 0) return 0;
        Integer m = MONTH_BY_NAME.get(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
        return m == null ? 0 : m;
    }

    /**
     * Time-zone abbreviations seen on news pages. Where an abbreviation is ambiguous the reading
     * of news sites wins: IST is India (not Ireland or Israel), CST is US Central. The order is
     * how the zone's region prints numeric dates, or null where it uses year-first forms.
     */
    private static final Map<String, Zone> ZONES = Map.ofEntries(
            Map.entry("UTC", new Zone("Z", null)),
            Map.entry("GMT", new Zone("Z", Order.DMY)),
            Map.entry("Z", new Zone("Z", null)),
            Map.entry("BST", new Zone("+01:00", Order.DMY)),
            Map.entry("WET", new Zone("Z", Order.DMY)),
            Map.entry("WEST", new Zone("+01:00", Order.DMY)),
            Map.entry("CET", new Zone("+01:00", Order.DMY)),
            Map.entry("CEST", new Zone("+02:00", Order.DMY)),
            Map.entry("MEZ", new Zone("+01:00", Order.DMY)),
            Map.entry("MESZ", new Zone("+02:00", Order.DMY)),
            Map.entry("EET", new Zone("+02:00", Order.DMY)),
            Map.entry("EEST", new Zone("+03:00", Order.DMY)),
            Map.entry("MSK", new Zone("+03:00", Order.DMY)),
            Map.entry("SAST", new Zone("+02:00", Order.DMY)),
            Map.entry("WAT", new Zone("+01:00", Order.DMY)),
            Map.entry("EAT", new Zone("+03:00", Order.DMY)),
            Map.entry("PKT", new Zone("+05:00", Order.DMY)),
            Map.entry("IST", new Zone("+05:30", Order.DMY)),
            Map.entry("NPT", new Zone("+05:45", Order.DMY)),
            Map.entry("ICT", new Zone("+07:00", Order.DMY)),
            Map.entry("WIB", new Zone("+07:00", Order.DMY)),
            Map.entry("SGT", new Zone("+08:00", Order.DMY)),
            Map.entry("HKT", new Zone("+08:00", Order.DMY)),
            Map.entry("PHT", new Zone("+08:00", Order.MDY)),
            Map.entry("AWST", new Zone("+08:00", Order.DMY)),
            Map.entry("KST", new Zone("+09:00", null)),
            Map.entry("JST", new Zone("+09:00", null)),
            Map.entry("ACST", new Zone("+09:30", Order.DMY)),
            Map.entry("AEST", new Zone("+10:00", Order.DMY)),
            Map.entry("AEDT", new Zone("+11:00", Order.DMY)),
            Map.entry("NZST", new Zone("+12:00", Order.DMY)),
            Map.entry("NZDT", new Zone("+13:00", Order.DMY)),
            Map.entry("EST", new Zone("-05:00", Order.MDY)),
            Map.entry("EDT", new Zone("-04:00", Order.MDY)),
            Map.entry("CST", new Zone("-06:00", Order.MDY)),
            Map.entry("CDT", new Zone("-05:00", Order.MDY)),
            Map.entry("MST", new Zone("-07:00", Order.MDY)),
            Map.entry("MDT", new Zone("-06:00", Order.MDY)),
            Map.entry("PST", new Zone("-08:00", Order.MDY)),
            Map.entry("PDT", new Zone("-07:00", Order.MDY)),
            Map.entry("AKST", new Zone("-09:00", Order.MDY)),
            Map.entry("AKDT", new Zone("-08:00", Order.MDY)),
            Map.entry("HST", new Zone("-10:00", Order.MDY)),
            // US generic zones: the offset depends on daylight saving time, so none is given
            Map.entry("ET", new Zone(null, Order.MDY)),
            Map.entry("CT", new Zone(null, Order.MDY)),
            Map.entry("PT", new Zone(null, Order.MDY)));

    /** The zone an abbreviation names, or null. */
    static Zone zone(String abbreviation) {
        return ZONES.get(abbreviation);
    }

    /** Roles a label gives the date after it. */
    static final String PUBLISHED = "published";
    static final String UPDATED = "updated";
    static final String UNKNOWN = "unknown";

    /**
     * Words (lower case) of labels that make the next date an update date: "Updated",
     * "Last updated", "Aktualisiert am", "Mis à jour le" ("jour" counts only after "à").
     */
    static final Set<String> UPDATE_WORDS = Set.of(
        "updated", "update", "modified", "revised", "edited", "aktualisiert", "geändert", "aktualisierung",
        "stand", "modifié", "actualizado", "actualización", "aggiornato", "aggiornamento", "atualizado",
        "atualização", "bijgewerkt", "gewijzigd", "zaktualizowano", "aktualizacja", "aktualizováno",
        "aktualizace", "päivitetty", "uppdaterad", "opdateret", "oppdatert", "güncelleme", "güncellendi",
        "обновлено");

    /** Words (lower case) of labels that make the next date the publication date. */
    static final Set<String> PUBLISHED_WORDS = Set.of(
        "published", "publication", "pubdate", "posted", "created", "released", "issued", "veröffentlicht",
        "erstellt", "erschienen", "publiziert", "publié", "publicado", "publicación", "pubblicato",
        "pubblicazione", "gepubliceerd", "opublikowano", "publikacja", "publikováno", "julkaistu",
        "publicerad", "publiceret", "udgivet", "publisert", "yayınlanma", "yayımlanma", "yayınlandı",
        "опубликовано",
        // a bare "Date:" names the document's date
        "date", "dated", "datum", "fecha");

    /** Labels in scripts without word spaces, matched as substrings: update, then publication. */
    static final String[] UPDATE_LABELS_CJK = {"수정", "업데이트", "更新", "최종수정"};
    static final String[] PUBLISHED_LABELS_CJK = {"입력", "등록", "发布", "發佈", "發布", "公開", "掲載", "发表", "發表"};
}
