package io.storyline.extract.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The most frequent function words of the Latin-script languages told apart, and the letters
 * that only some of them use. Written for this project from general knowledge of each language;
 * words shared by related languages are listed in each, the ones that set them apart carry the
 * decision (Danish "af", "efter", "blev" against Norwegian "av", "etter", "ble").
 */
final class StopWords {
    private StopWords() {
    }

    /** ISO 639-1 code and its function words (lower case, space-separated). */
    private static final String[][] LISTS = {
        {"en", "the of and to in is that for it with as was on be by at this are from have or an they which "
            + "but not has his their were been had will would there what about who can more also its after "
            + "when we you said than into up"},
        {"de", "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an "
            + "werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war "
            + "haben nur oder aber vor zur bis mehr durch man sein wurde sei ich wir"},
        {"fr", "de la le et les des en un du une que est pour qui dans par plus pas au sur ne se ce il sont "
            + "avec ont son été aux mais nous vous ou leur cette elle comme aussi être très sa ses je"},
        {"es", "de la que el en y a los del se las por un para con no una su al es lo como más pero sus le "
            + "ya o este porque esta entre cuando muy sin sobre también fue ha han hay son yo"},
        {"it", "di e il la che a in per un è non una del della i le si da con sono al lo gli anche come ma "
            + "più dei nel alla questo ha essere delle nella ci mi già stato loro io"},
        {"pt", "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele "
            + "das tem à seu sua ou ser quando muito há nos já está também pelo pela até isso são eu"},
        {"nl", "de en van het een in is dat op te zijn met voor niet aan er om ook als bij door maar worden "
            + "wordt nog naar uit dan over hij ze zich heeft deze tot kan al was wel meer geen ik"},
        {"sv", "och att det som en på är av för med till den har de inte om ett men var jag sig från vi så "
            + "kan när också efter eller mycket nu hade skulle blev han hon"},
        {"da", "og i at det er en til på som de med for den har ikke af var jeg fra også eller efter hvor "
            + "blev kan skal meget nogle hvad været havde mig sig han hun vi"},
        {"no", "og i at det er en til på som de med for den har ikke av var jeg fra også eller etter hvor "
            + "ble kan skal mye noen hva vært hadde meg seg han hun vi"},
        {"fi", "ja on ei että se oli hän mutta kun tai ovat myös joka jo niin kuin sen ole vain nyt tämä "
            + "mukaan voi sitä jos hänen olla ollut sekä kanssa"},
        {"cs", "a je se na v že to s z do o jako ale k pro by jsou jsem byl od po tak jeho které který "
            + "která už jen bylo také však při než nebo ve"},
        {"sk", "a je sa na v že to s z do o ako ale k pre by sú som bol od po tak jeho ktoré ktorý ktorá "
            + "už len bolo tiež však pri než alebo vo"},
        {"pl", "i w się na nie z do że to jest o jak a po ale od za przez jego są by co tak już tylko "
            + "także oraz który która które dla przy jednak może został"},
        {"hr", "i je u na se da za su od s a o koji što ali kao iz bi će to sa ili nije samo već također "
            + "koja koje biti bio prema"},
        {"ro", "și în de la a cu care pe nu o un mai din pentru este sunt că se au fost sau ce lui al ale "
            + "această acest dar fi după"},
        {"hu", "a az és hogy nem is egy van meg már de csak ez azt mint volt még vagy el kell ki fel után "
            + "pedig sem lesz között szerint így"},
        {"tr", "ve bir bu da de için ile çok olarak daha ne gibi o en ama kadar sonra olan her mi ki var "
            + "değil şey ancak göre ise veya tarafından olduğunu"},
        {"id", "yang dan di dengan ini itu untuk dari dalam tidak akan pada juga ke ada oleh atau karena "
            + "mereka bisa sudah telah saat kami kita lebih hanya seperti"},
        {"ca", "i de la el que a en les els per amb no un una és del al dels com més però seva aquest "
            + "aquesta també són ha han va sobre"},
    };

    /** Word to the languages that use it. */
    static final Map<String, List<String>> LANGUAGES_BY_WORD = build();

    /** Letters used by one language or a few (lower case) and the languages they point to. */
    static final Map<Character, List<String>> LANGUAGES_BY_LETTER = Map.ofEntries(
            Map.entry('ß', List.of("de")),
            Map.entry('ñ', List.of("es")),
            Map.entry('ã', List.of("pt")),
            Map.entry('õ', List.of("pt")),
            Map.entry('ø', List.of("da", "no")),
            Map.entry('æ', List.of("da", "no")),
            Map.entry('å', List.of("sv", "da", "no")),
            Map.entry('ł', List.of("pl")),
            Map.entry('ą', List.of("pl")),
            Map.entry('ę', List.of("pl")),
            Map.entry('ż', List.of("pl")),
            Map.entry('ś', List.of("pl")),
            Map.entry('ź', List.of("pl")),
            Map.entry('ř', List.of("cs")),
            Map.entry('ě', List.of("cs")),
            Map.entry('ů', List.of("cs")),
            Map.entry('ľ', List.of("sk")),
            Map.entry('ĺ', List.of("sk")),
            Map.entry('ŕ', List.of("sk")),
            Map.entry('ğ', List.of("tr")),
            Map.entry('ı', List.of("tr")),
            Map.entry('ş', List.of("tr")),
            Map.entry('ő', List.of("hu")),
            Map.entry('ű', List.of("hu")),
            Map.entry('ș', List.of("ro")),
            Map.entry('ț', List.of("ro")),
            Map.entry('ă', List.of("ro")),
            Map.entry('đ', List.of("hr")));

    /** Every language with a list, in table order. */
    static final List<String> LANGUAGES = java.util.Arrays.stream(LISTS).map(l -> l[0]).toList();

    private static Map<String, List<String>> build() {
        Map<String, List<String>> m = new HashMap<>();
        for (String[] l : LISTS) {
            for (String w : l[1].split(" ")) {
                m.computeIfAbsent(w, k -> new java.util.ArrayList<>());
                if (!m.get(w).contains(l[0])) m.get(w).add(l[0]);
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }
}
