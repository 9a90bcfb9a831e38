package io.storyline.eval;

import io.storyline.annotate.entity.Gazetteer;
import io.storyline.annotate.entity.Names;
import io.storyline.annotate.entity.NerTrainer.Example;
import io.storyline.annotate.entity.NerTrainer.Span;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Readers of the NER sets in {@code ../shared/data/ner} (their READMEs describe them), each
 * document turned into a text with gold names as character spans of it: UNER IOB2 files (the
 * {@code # text} lines give the text), wikigold (CoNLL IO tags; the text is rebuilt from the
 * tokens), and GUM in CoNLL-U, whose named entities are derived from its entity layer (see
 * {@link #gum}). Sentences of a document are joined by blank lines.
 */
public final class NerData {
    private NerData() {
    }

    /**
     * The training documents: all of wikigold and the GUM news and interview documents outside
     * GUM's test split (both CC BY); with {@code withEwt}, also UNER EWT dev (CC BY-SA 4.0); with
     * {@code withWritten}, also the text of {@link #written()}. UNER PUD is never used for training.
     */
    public static List<Example> trainingSet(Path nerDir, boolean withEwt, boolean withWritten) throws IOException {
        List<Example> out = new ArrayList<>();
        if (withWritten) out.addAll(written());
        Path wiki = nerDir.resolve("wikigold/wikigold.conll.txt.gz");
        if (Files.exists(wiki)) out.addAll(wikigold(wiki));
        Path gum = nerDir.resolve("gum-news/conllu");
        if (Files.isDirectory(gum)) out.addAll(gumFolder(gum, name -> !GUM_TEST.contains(name), true));
        if (withEwt) {
            Path ewt = nerDir.resolve("uner-en/en_ewt-ud-dev.iob2.gz");
            if (Files.exists(ewt)) out.addAll(uner(ewt));
        }
        return out;
    }

    /**
     * The files of news, encyclopedia and web text written for Storyline (Apache-2.0, like the
     * code) with every person, organisation and place marked in UNER's conventions, in the order
     * they are read: 1,231 passages and 5,220 names (PER 753, ORG 1,382, LOC 3,085).
     */
    public static final List<String> WRITTEN = List.of("written-politics.txt", "written-business.txt",
            "written-culture.txt", "written-local.txt", "written-geography.txt", "written-biography.txt",
            "written-wire.txt", "written-web.txt");
    private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile("\\[(PER|ORG|LOC) ([^\\[\\]]+)]");

    /** The passages of {@link #WRITTEN} (resources beside this class), each one document. */
    public static List<Example> written() throws IOException {
        List<Example> out = new ArrayList<>();
        for (String name : WRITTEN) {
            try (java.io.InputStream in = NerData.class.getResourceAsStream("ner/" + name)) {
                if (in == null) throw new IOException("missing resource ner/" + name);
                out.addAll(written(name.replace(".txt", ""), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /**
     * Reads marked-up text: documents separated by blank lines, {@code #} comment lines, and each
     * name written {@code [TYPE name]} with TYPE one of PER, ORG, LOC.
     *
     * @throws IllegalArgumentException for a bracket outside a well-formed mark, with its line
     */
    public static List<Example> written(String id, String marked) {
        List<Example> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        String[] lines = marked.split("\r?\n", -1);
        for (int ln = 0; ln <= lines.length; ln++) {
            String line = ln < lines.length ? lines[ln].strip() : "";
            if (line.startsWith("#")) continue;
            if (line.isEmpty()) {
                if (text.length() > 0) out.add(new Example(id + "/" + out.size(), text.toString(), spans));
                text = new StringBuilder();
                spans = new ArrayList<>();
                continue;
            }
            if (text.length() > 0) text.append('\n');
            java.util.regex.Matcher m = MARK.matcher(line);
            int pos = 0;
            while (m.find()) {
                appendPlain(text, line, pos, m.start(), id, ln);
                int start = text.length();
                text.append(m.group(2));
                spans.add(new Span(start, text.length(), m.group(1)));
                pos = m.end();
            }
            appendPlain(text, line, pos, line.length(), id, ln);
        }
        return out;
    }

    private static void appendPlain(StringBuilder text, String line, int from, int to, String id, int ln) {
        String plain = line.substring(from, to);
        if (plain.indexOf('[') >= 0 || plain.indexOf(']') >= 0) {
            throw new IllegalArgumentException(id + " line " + (ln + 1) + ": bracket outside a [PER|ORG|LOC name] mark");
        }
        text.append(plain);
    }

    /**
     * Each document cut into pieces of consecutive sentences (the blank lines between them), the
     * pieces' sizes taken in turn from {@code sizes}; a name never crosses a sentence, so every gold
     * span lands in one piece. Pieces are named {@code id#k}.
     *
     * @throws IllegalArgumentException when {@code sizes} is empty or holds a size below 1
     */
    public static List<Example> pieces(List<Example> docs, int... sizes) {
        if (sizes.length == 0 || java.util.Arrays.stream(sizes).anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("piece sizes must be 1 or more: " + java.util.Arrays.toString(sizes));
        }
        List<Example> out = new ArrayList<>();
        int turn = 0;
        for (Example ex : docs) {
            String text = ex.text();
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", at + 2)) starts.add(at + 2);
            int s = 0, k = 0;
            while (s < starts.size()) {
                int n = sizes[turn++ % sizes.length];
                int e = Math.min(starts.size(), s + n);
                int from = starts.get(s), to = e < starts.size() ? starts.get(e) - 2 : text.length();
                List<Span> spans = new ArrayList<>();
                for (Span sp : ex.spans()) {
                    if (sp.start() >= from && sp.end() <= to) spans.add(new Span(sp.start() - from, sp.end() - from, sp.type()));
                }
                if (to > from) out.add(new Example(ex.id() + "#" + k++, text.substring(from, to), spans));
                s = e;
            }
        }
        return out;
    }

    /** One token of a source file with its tag. */
    private record Tok(String form, String tag) {
    }

    /** Reads a UNER {@code .iob2(.gz)} file: one example per {@code # newdoc}. */
    public static List<Example> uner(Path file) throws IOException {
        String all = new String(DevSet.read(file), StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        DocBuilder doc = null;
        String sentText = null;
        List<Tok> toks = new ArrayList<>();
        String base = file.getFileName().toString().replaceAll("\\.iob2(\\.gz)?$", "");
        for (String line : all.split("\n", -1)) {
            if (line.startsWith("# newdoc id")) {
                if (doc != null && !toks.isEmpty()) doc.addSentence(sentText, toks);
                toks = new ArrayList<>();
                if (doc != null && !doc.empty()) out.add(doc.build());
                doc = new DocBuilder(base + "/" + line.substring(line.indexOf('=') + 1).trim());
                continue;
            }
            if (line.startsWith("# text")) {
                sentText = line.substring(line.indexOf('=') + 1).trim();
                continue;
            }
            if (line.startsWith("#")) continue;
            if (line.isBlank()) {
                if (!toks.isEmpty()) {
                    if (doc == null) doc = new DocBuilder(base + "/" + out.size());
                    doc.addSentence(sentText, toks);
                }
                toks = new ArrayList<>();
                sentText = null;
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3) continue;
            toks.add(new Tok(cols[1], cols[2]));
        }
        if (doc != null && !toks.isEmpty()) doc.addSentence(sentText, toks);
        if (doc != null && !doc.empty()) out.add(doc.build());
        return out;
    }

    /** Reads wikigold ({@code token TAG} lines, IO tags, {@code -DOCSTART-} after each document). */
    public static List<Example> wikigold(Path file) throws IOException {
        String all = new String(DevSet.read(file), StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        DocBuilder doc = new DocBuilder("wikigold/0");
        List<Tok> toks = new ArrayList<>();
        for (String line : all.split("\n", -1)) {
            if (line.startsWith("-DOCSTART-")) {
                if (!toks.isEmpty()) doc.addSentence(null, toks);
                toks = new ArrayList<>();
                if (!doc.empty()) out.add(doc.build());
                doc = new DocBuilder("wikigold/" + out.size());
                continue;
            }
            if (line.isBlank()) {
                if (!toks.isEmpty()) doc.addSentence(null, toks);
                toks = new ArrayList<>();
                continue;
            }
            int sp = line.lastIndexOf(' ');
            if (sp <= 0) continue;
            toks.add(new Tok(line.substring(0, sp), line.substring(sp + 1).trim()));
        }
        if (!toks.isEmpty()) doc.addSentence(null, toks);
        if (!doc.empty()) out.add(doc.build());
        return out;
    }

    /** The GUM documents of a folder of {@code .conllu(.gz)} files whose names pass {@code filter}, read for scoring. */
    public static List<Example> gumFolder(Path dir, java.util.function.Predicate<String> filter) throws IOException {
        return gumFolder(dir, filter, false);
    }

    /**
     * The GUM documents of a folder whose names pass {@code filter}; {@code forTraining} reads them
     * as {@link #gum(Path, boolean)} does for training.
     */
    public static List<Example> gumFolder(Path dir, java.util.function.Predicate<String> filter, boolean forTraining)
            throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().contains(".conllu"))
                    .filter(p -> filter.test(p.getFileName().toString().replaceAll("\\.conllu(\\.gz)?$", "")))
                    .sorted().toList();
        }
        List<Example> out = new ArrayList<>();
        for (Path f : files) out.add(gum(f, forTraining));
        return out;
    }

    /** The GUM documents of the official test split among the news and interview documents. */
    public static final Set<String> GUM_TEST = Set.of("GUM_news_nasa", "GUM_news_sensitive", "GUM_interview_hill",
            "GUM_interview_libertarian");
    /** The GUM documents of the official dev split among the news and interview documents. */
    public static final Set<String> GUM_DEV = Set.of("GUM_news_homeopathic", "GUM_news_iodine",
            "GUM_interview_cyclone", "GUM_interview_gaming");

    /** One GUM token: form, UPOS, and where it sits. */
    private record GumTok(String form, String upos, int sentence, int index) {
    }

    /** An open or finished GUM mention. */
    private static final class GumMention {
        String etype, identity;
        int first, last = -1;
    }

    /**
     * Reads one GUM document. A mention counts as a name when it has a Wikipedia identity (or is a
     * person, place or organisation), does not start with a pronoun and contains a PROPN token.
     * Its name is the run of PROPN (or capitalised) tokens inside it, joined by "of", "for", "and",
     * "the" or "de", that shares the most words with the identity (a word the identity spells
     * otherwise or abbreviates counts: {@link #named}); leading determiners, title words outside the
     * identity and edge connectors are trimmed. Types: person PER, place LOC, organization ORG
     * (a country's name LOC whatever GUM's type, as in CoNLL, except, when scored, an organisation GUM
     * identifies as a side named after the country, "Sweden_national_football_team", an organisation in
     * UNER's guidelines too), any other named type MISC. Where
     * names overlap the longer wins.
     */
    public static Example gum(Path file) throws IOException {
        return gum(file, false);
    }

    /**
     * Reads one GUM document as {@link #gum(Path)} does, or for training: then a word of a name
     * counts only where the identity spells it (no acronyms, no other spellings, and an edge
     * connector is kept), so "US" or "KCNA" are no names there. Measured with {@code train ner
     * --dev} (docs/evaluation.md): training on the names read for scoring taught the model to read
     * unknown acronyms as organisations and lowered UNER EWT dev ORG by 0.02 and GUM dev LOC by
     * 0.05; scoring needs them, as they are names.
     */
    public static Example gum(Path file, boolean forTraining) throws IOException {
        String all = new String(DevSet.read(file), StandardCharsets.UTF_8);
        String id = "gum/" + file.getFileName().toString().replaceAll("\\.conllu(\\.gz)?$", "");
        List<GumTok> toks = new ArrayList<>();
        List<String> sentTexts = new ArrayList<>();
        List<int[]> sentRanges = new ArrayList<>();
        List<GumMention> mentions = new ArrayList<>();
        java.util.Map<String, java.util.ArrayDeque<GumMention>> open = new java.util.HashMap<>();
        String sentText = null;
        int sentStart = 0;
        for (String line : all.split("\n", -1)) {
            if (line.startsWith("# text =")) {
                sentText = line.substring(line.indexOf('=') + 1).trim();
                continue;
            }
            if (line.startsWith("#")) continue;
            if (line.isBlank()) {
                if (toks.size() > sentStart) {
                    sentTexts.add(sentText);
                    sentRanges.add(new int[] {sentStart, toks.size()});
                }
                sentStart = toks.size();
                sentText = null;
                continue;
            }
            String[] c = line.split("\t");
            if (c.length < 10 || c[0].contains("-") || c[0].contains(".")) continue;
            int tokIndex = toks.size();
            toks.add(new GumTok(c[1], c[3], sentRanges.size(), tokIndex));
            for (String misc : c[9].split("\\|")) {
                if (!misc.startsWith("Entity=")) continue;
                parseEntity(misc.substring(7), tokIndex, open, mentions);
            }
        }
        if (toks.size() > sentStart) {
            sentTexts.add(sentText);
            sentRanges.add(new int[] {sentStart, toks.size()});
        }
        // names as token ranges
        List<int[]> names = new ArrayList<>(); // start, end (exclusive), type
        Gazetteer gaz = Gazetteer.bundled();
        for (GumMention m : mentions) {
            if (m.last < m.first) continue;
            if ("PRON".equals(toks.get(m.first).upos())) continue;
            boolean propn = false;
            for (int k = m.first; k <= m.last; k++) propn |= "PROPN".equals(toks.get(k).upos());
            if (!propn) continue;
            boolean core = m.etype.equals("person") || m.etype.equals("place") || m.etype.equals("organization");
            if (m.identity == null && !core) continue;
            int[] run = bestRun(toks, m, forTraining);
            if (run == null) continue;
            int type = switch (m.etype) {
                case "person" -> 0;
                case "organization" -> 1;
                case "place" -> 2;
                default -> 3;
            };
            boolean team = false;
            if (m.identity != null && type != 0) {
                TextAnalysis it = TextAnalyzer.standard().analyze(m.identity.replace('_', ' '));
                Gazetteer.Match cm = it.tokenCount() == 0 ? null
                        : gaz.longest(it, 0, it.tokenCount(), Gazetteer.Kind.COUNTRY);
                if (cm != null && cm.end() == it.tokenCount()) type = 2;
                // an organisation GUM identifies as something other than the country it is named after: its side
                // ("Sweden_national_football_team"), an organisation as UNER's guidelines have it too
                else team = type == 1 && cm != null && !forTraining;
            }
            names.add(new int[] {run[0], run[1], type, team ? 1 : 0});
        }
        // a person's mention holding another person's name is a group ("Ann Chiang of DAB and Priscilla
        // Leung of BPA"): its names are the people in it
        names.removeIf(c -> c[2] == 0 && names.stream().anyMatch(n -> n != c && n[2] == 0
                && n[0] >= c[0] && n[1] <= c[1] && n[1] - n[0] < c[1] - c[0]));
        names.sort(Comparator.comparingInt((int[] a) -> -(a[1] - a[0])).thenComparingInt(a -> a[0]));
        boolean[] taken = new boolean[toks.size()];
        String[] tags = new String[toks.size()];
        boolean[] side = new boolean[toks.size()];
        java.util.Arrays.fill(tags, "O");
        String[] typeNames = {"PER", "ORG", "LOC", "MISC"};
        for (int[] n : names) {
            boolean free = true;
            for (int k = n[0]; k < n[1]; k++) free &= !taken[k];
            if (!free) continue;
            for (int k = n[0]; k < n[1]; k++) {
                taken[k] = true;
                tags[k] = (k == n[0] ? "B-" : "I-") + typeNames[n[2]];
            }
            side[n[0]] = n[3] == 1;
        }
        List<Boolean> sides = new ArrayList<>();
        for (int k = 0; k < tags.length; k++) if (tags[k].startsWith("B-")) sides.add(side[k]);
        DocBuilder doc = new DocBuilder(id);
        for (int s = 0; s < sentRanges.size(); s++) {
            int[] r = sentRanges.get(s);
            List<Tok> st = new ArrayList<>();
            for (int k = r[0]; k < r[1]; k++) st.add(new Tok(toks.get(k).form(), tags[k]));
            doc.addSentence(sentTexts.get(s), st);
        }
        Example ex = doc.build();
        // countries are places, whatever GUM's type, unless GUM names a side playing for one
        List<Span> spans = new ArrayList<>();
        TextAnalyzer analyzer = TextAnalyzer.standard();
        if (sides.size() != ex.spans().size()) throw new IllegalStateException(id + ": names and spans differ");
        for (int i = 0; i < ex.spans().size(); i++) {
            Span sp = ex.spans().get(i);
            String type = sp.type();
            if (sides.get(i)) {
                spans.add(sp);
                continue;
            }
            TextAnalysis t = analyzer.analyze(ex.text().substring(sp.start(), sp.end()));
            if (t.tokenCount() > 0) {
                Gazetteer.Match m = gaz.longest(t, 0, t.tokenCount(), null);
                if (m != null && m.end() == t.tokenCount()) {
                    if (m.kind() == Gazetteer.Kind.COUNTRY && !type.equals("PER")) type = "LOC";
                    if (m.kind() == Gazetteer.Kind.DEMONYM) type = "MISC";
                }
            }
            spans.add(new Span(sp.start(), sp.end(), type));
        }
        return new Example(ex.id(), ex.text(), spans);
    }

    /** Title words that GUM sometimes tags PROPN ("As President, I will"); never a name alone. */
    private static final Set<String> ROLE_WORDS = Set.of("president", "governor", "pilot", "senator", "minister",
            "king", "queen", "prince", "chairman", "secretary", "director", "mayor", "judge", "general", "captain",
            "officer", "professor", "doctor", "chief", "commander", "emperor", "pope", "candidate", "administrator");

    private static final Set<String> RUN_CONNECTORS = Set.of("of", "for", "and", "the", "de", "del", "von", "van", "&");

    /** The name run inside a mention (token range), or null. */
    private static int[] bestRun(List<GumTok> toks, GumMention m, boolean exact) {
        Set<String> idWords = new HashSet<>();
        List<String> idList = new ArrayList<>();
        if (m.identity != null) {
            String ident = java.net.URLDecoder.decode(m.identity.replace("+", "%2B"), StandardCharsets.UTF_8);
            for (String w : ident.toLowerCase(Locale.ROOT).replace("'s", " 's").split("[_()\\s,\\-]+")) {
                if (!w.isEmpty()) {
                    idWords.add(w);
                    idList.add(w);
                }
            }
            idWords.add("-");
        }
        int[] best = null;
        int bestScore = -1;
        int k = m.first;
        while (k <= m.last) {
            if (!nameLike(toks.get(k), k == m.first)) {
                k++;
                continue;
            }
            int s = k, e = k + 1;
            while (e <= m.last) {
                if (nameLike(toks.get(e), false)) e++;
                else if ((toks.get(e).form().equals("-") || toks.get(e).form().equals("'s")) && e + 1 <= m.last
                        && nameLike(toks.get(e + 1), false)) e += 2;
                else if (connector(toks.get(e)) && e + 1 <= m.last
                        && nameLike(toks.get(e + 1), false)) e += 2;
                else break;
            }
            int runEnd = e;
            boolean hasPropn = false;
            int score = 0;
            for (int x = s; x < e; x++) {
                hasPropn |= "PROPN".equals(toks.get(x).upos());
                if (named(toks.get(x).form(), idWords, idList, exact)) score += 2;
            }
            if (!idWords.isEmpty()) {
                // the name is the part of the run that the identity names: edge words it lacks are
                // trimmed ("President" before "Barack Obama"), but a word the identity spells otherwise
                // ("Organisation" for "Organization") or abbreviates ("NSW" for "New South Wales") stays,
                // and a connector never ends the name
                while (s < e && (!named(toks.get(s).form(), idWords, idList, exact) || !exact && connector(toks.get(s)))) s++;
                while (e > s && (!named(toks.get(e - 1).form(), idWords, idList, exact) || !exact && connector(toks.get(e - 1)))) e--;
                hasPropn = false;
                for (int x = s; x < e; x++) hasPropn |= "PROPN".equals(toks.get(x).upos());
            } else {
                // without an identity, only a bare name counts: the run must be the whole mention
                int ms = m.first;
                while (ms < m.last && "DET".equals(toks.get(ms).upos())) ms++;
                if (s != ms || e != m.last + 1) hasPropn = false;
                // "President", "Jet Pilot": a title, not a name
                if (e > s && ROLE_WORDS.contains(toks.get(e - 1).form().toLowerCase(Locale.ROOT))) hasPropn = false;
                for (int x = s; x < e; x++) hasPropn &= "PROPN".equals(toks.get(x).upos()) || x > s && x < e - 1;
            }
            while (s < e - 1 && "DET".equals(toks.get(s).upos())) s++;
            if (hasPropn && e > s && score >= (idWords.isEmpty() ? 0 : 2)) {
                if (score > bestScore) {
                    bestScore = score;
                    best = new int[] {s, e};
                }
            }
            k = runEnd;
        }
        return best;
    }

    private static boolean connector(GumTok t) {
        return RUN_CONNECTORS.contains(t.form().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word of a mention is named by its identity's words: the same word, the same word
     * spelt otherwise (five letters or more, at most two edits apart as {@link Names#distance} counts
     * them: "Organisation",
     * "Organization"), or the initials of consecutive identity words ("NSW", "New South Wales";
     * connectors may be skipped); with {@code exact}, only the same word.
     */
    static boolean named(String form, Set<String> idWords, List<String> idList, boolean exact) {
        String w = form.toLowerCase(Locale.ROOT);
        if (idWords.contains(w)) return true;
        if (exact) return false;
        if (w.length() >= 5) {
            for (String id : idList) if (id.length() >= 5 && Names.distance(w, id, 2) <= 2) return true;
        }
        String letters = form.replace(".", "");
        if (letters.length() < 2 || letters.length() > 6 || !letters.chars().allMatch(Character::isUpperCase)) return false;
        String initials = letters.toLowerCase(Locale.ROOT);
        for (int from = 0; from < idList.size(); from++) {
            int k = 0;
            for (int j = from; j < idList.size() && k < initials.length(); j++) {
                String id = idList.get(j);
                if (id.charAt(0) == initials.charAt(k)) k++;
                else if (!RUN_CONNECTORS.contains(id)) break;
            }
            if (k == initials.length()) return true;
        }
        return false;
    }

    private static boolean nameLike(GumTok t, boolean first) {
        if ("PROPN".equals(t.upos())) return true;
        String f = t.form();
        if (f.isEmpty() || !Character.isUpperCase(f.charAt(0))) return false;
        return !"PRON".equals(t.upos()) && !"DET".equals(t.upos()) || !first;
    }

    /** Parses one {@code Entity=} value: openings {@code (id-type-…-identity}, closings {@code id)}. */
    private static void parseEntity(String v, int tok, java.util.Map<String, java.util.ArrayDeque<GumMention>> open,
                                    List<GumMention> done) {
        int i = 0, n = v.length();
        while (i < n) {
            char c = v.charAt(i);
            if (c == '(') {
                int j = i + 1;
                while (j < n && v.charAt(j) != '(' && v.charAt(j) != ')') j++;
                String content = v.substring(i + 1, j);
                String[] parts = content.split("-", 8);
                GumMention m = new GumMention();
                m.etype = parts.length > 1 ? parts[1] : "";
                m.identity = parts.length > 7 && !parts[7].isEmpty() ? parts[7] : null;
                m.first = tok;
                String gid = parts[0];
                if (j < n && v.charAt(j) == ')') {
                    m.last = tok;
                    done.add(m);
                    j++;
                } else {
                    open.computeIfAbsent(gid, x -> new java.util.ArrayDeque<>()).push(m);
                }
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < n && v.charAt(j) != ')') j++;
                String gid = v.substring(i, j);
                java.util.ArrayDeque<GumMention> st = open.get(gid);
                if (st != null && !st.isEmpty()) {
                    GumMention m = st.pop();
                    m.last = tok;
                    done.add(m);
                }
                i = j + 1;
            } else {
                i++;
            }
        }
    }

    /** Builds a document text and its gold spans sentence by sentence. */
    private static final class DocBuilder {
        final String id;
        final StringBuilder text = new StringBuilder();
        final List<Span> spans = new ArrayList<>();

        DocBuilder(String id) {
            this.id = id;
        }

        boolean empty() {
            return text.length() == 0;
        }

        Example build() {
            return new Example(id, text.toString(), spans);
        }

        /**
         * Adds a sentence: its tokens are found in order in {@code sentText} when given, else
         * joined with spaces where English prints them.
         */
        void addSentence(String sentText, List<Tok> toks) {
            if (text.length() > 0) text.append("\n\n");
            int base = text.length();
            int[] starts = new int[toks.size()], ends = new int[toks.size()];
            boolean aligned = false;
            if (sentText != null) {
                int pos = 0;
                aligned = true;
                for (int k = 0; k < toks.size(); k++) {
                    String f = toks.get(k).form();
                    int at = sentText.indexOf(f, pos);
                    if (at < 0 || at - pos > 40) {
                        aligned = false;
                        break;
                    }
                    starts[k] = at;
                    ends[k] = at + f.length();
                    pos = ends[k];
                }
                if (aligned) text.append(sentText);
            }
            if (!aligned) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < toks.size(); k++) {
                    String f = toks.get(k).form();
                    if (k > 0 && spaceBefore(toks.get(k - 1).form(), f)) sb.append(' ');
                    starts[k] = sb.length();
                    sb.append(f);
                    ends[k] = sb.length();
                }
                text.append(sb);
            }
            // spans from B-/I- (IOB2) or I- (IO) tags
            int open = -1;
            String openType = null;
            for (int k = 0; k <= toks.size(); k++) {
                String tag = k < toks.size() ? toks.get(k).tag() : "O";
                String type = tag.length() > 2 ? tag.substring(2) : null;
                boolean begin = tag.startsWith("B-") || tag.startsWith("I-") && (openType == null || !openType.equals(type));
                if (open >= 0 && (tag.equals("O") || begin || type == null)) {
                    spans.add(new Span(base + starts[open], base + ends[k - 1], openType));
                    open = -1;
                    openType = null;
                }
                if (type != null && open < 0) {
                    open = k;
                    openType = type;
                }
            }
        }

        private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", ")", "]", "}", "!", "?", "%",
                "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "’s");

        private static boolean spaceBefore(String prev, String cur) {
            if (NO_SPACE_BEFORE.contains(cur)) return false;
            return !(prev.equals("(") || prev.equals("[") || prev.equals("$"));
        }
    }
}
