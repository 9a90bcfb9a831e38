package io.storyline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads ECB+ ({@code ../shared/data/events-coref-dev}): each document's tokens (joined back into
 * text with offsets), its event mentions ({@code ACTION_*} and {@code NEG_*} markables) with their
 * gold clusters (the {@code note} of a cross-document relation; an intra-document relation's
 * target; else a singleton), the document's subtopic (its story label) and split, and the
 * sentences the standard setup scores.
 */
public final class EcbPlus {
    /** One token: its sentence, and its offsets in the rebuilt text. */
    public record Token(int id, int sentence, String text, int start, int end) {
    }

    /** A gold event mention: its tokens (ids) and cluster. */
    public record GoldMention(String doc, int markable, List<Integer> tokens, String cluster, int sentence) {
    }

    /**
     * One document.
     *
     * @param name     e.g. {@code 1_10ecbplus}
     * @param topic    e.g. {@code 1}
     * @param subtopic e.g. {@code 1_ecbplus}: the story label
     * @param split    train or dev
     * @param url      the source address (sentence 0 of ecbplus files), or null
     * @param text     the tokens joined, sentences on their own lines
     * @param tokens   every token with its offsets ({@code start = -1} for the URL sentence)
     * @param mentions gold event mentions
     */
    public record Doc(String name, String topic, String subtopic, String split, String url, String text,
                      List<Token> tokens, List<GoldMention> mentions) {
        /** The token at or after a char offset, or -1. */
        public int tokenAt(int offset) {
            for (Token t : tokens) if (t.start >= 0 && t.end > offset) return t.id;
            return -1;
        }
    }

    public record Corpus(List<Doc> docs, Set<String> scoredSentences) {
        /** Whether sentence {@code s} of a document is among the scored ones. */
        public boolean scored(String doc, int sentence) {
            return scoredSentences.contains(doc + "/" + sentence);
        }
    }

    private EcbPlus() {
    }

    public static Corpus load(Path dir) throws IOException {
        Map<String, String[]> labels = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("doc_story_labels.tsv"))) {
            String[] c = line.split("\t");
            if (c.length < 4 || c[0].equals("doc")) continue;
            labels.put(c[0], c);
        }
        Set<String> scored = new HashSet<>();
        Path csv = dir.resolve("ECBplus_coreference_sentences.csv");
        if (Files.isRegularFile(csv)) {
            for (String line : Files.readAllLines(csv)) {
                String[] c = line.split(",");
                if (c.length < 3 || c[0].equals("Topic")) continue;
                scored.add(c[0].strip() + "_" + c[1].strip() + "/" + c[2].strip());
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir.resolve("ECB+"))) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        DocumentBuilder db = builder();
        List<Doc> docs = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replace(".xml", "");
            String[] l = labels.get(name);
            if (l == null) continue;
            try (InputStream in = Files.newInputStream(f)) {
                docs.add(parse(db.parse(in).getDocumentElement(), name, l[1], l[2], l[3]));
            } catch (SAXException e) {
                throw new IOException("cannot parse " + f + ": " + e.getMessage(), e);
            }
        }
        docs.sort((a, b) -> {
            int c = Integer.compare(Integer.parseInt(a.topic()), Integer.parseInt(b.topic()));
            return c != 0 ? c : a.name().compareTo(b.name());
        });
        return new Corpus(docs, scored);
    }

    private static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    private static Doc parse(Element root, String name, String topic, String subtopic, String split) {
        NodeList toks = root.getElementsByTagName("token");
        boolean plus = name.endsWith("plus");
        StringBuilder url = new StringBuilder();
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        Map<Integer, Integer> sentenceOf = new HashMap<>();
        int lastSentence = -1;
        String prev = null;
        for (int k = 0; k < toks.getLength(); k++) {
            Element e = (Element) toks.item(k);
            int id = Integer.parseInt(e.getAttribute("t_id"));
            int s = Integer.parseInt(e.getAttribute("sentence"));
            String w = e.getTextContent();
            sentenceOf.put(id, s);
            if (plus && s == 0) {
                url.append(w);
                tokens.add(new Token(id, s, w, -1, -1));
                continue;
            }
            w = w.replace("``", "“").replace("''", "”");
            if (s != lastSentence) {
                if (text.length() > 0) text.append('\n');
                lastSentence = s;
            } else if (spaceBefore(prev, w)) text.append(' ');
            int start = text.length();
            text.append(w);
            tokens.add(new Token(id, s, w, start, text.length()));
            prev = w;
        }
        // markables: event mentions and their anchors
        Map<Integer, List<Integer>> anchors = new LinkedHashMap<>();
        Node markables = first(root, "Markables");
        if (markables != null) {
            for (Node n = markables.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) continue;
                String tag = e.getTagName();
                if (!tag.startsWith("ACTION_") && !tag.startsWith("NEG_")) continue;
                NodeList as = e.getElementsByTagName("token_anchor");
                if (as.getLength() == 0) continue;
                List<Integer> ids = new ArrayList<>();
                for (int k = 0; k < as.getLength(); k++) ids.add(Integer.parseInt(((Element) as.item(k)).getAttribute("t_id")));
                anchors.put(Integer.parseInt(e.getAttribute("m_id")), ids);
            }
        }
        Map<Integer, String> cluster = new HashMap<>();
        Node relations = first(root, "Relations");
        if (relations != null) {
            for (Node n = relations.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) continue;
                boolean cross = e.getTagName().equals("CROSS_DOC_COREF");
                boolean intra = e.getTagName().equals("INTRA_DOC_COREF");
                if (!cross && !intra) continue;
                NodeList srcs = e.getElementsByTagName("source");
                NodeList tgt = e.getElementsByTagName("target");
                String id = cross ? e.getAttribute("note")
                        : name + "/intra/" + (tgt.getLength() > 0 ? ((Element) tgt.item(0)).getAttribute("m_id") : e.getAttribute("r_id"));
                for (int k = 0; k < srcs.getLength(); k++) {
                    int m = Integer.parseInt(((Element) srcs.item(k)).getAttribute("m_id"));
                    if (cross || !cluster.containsKey(m)) cluster.put(m, id);
                }
            }
        }
        List<GoldMention> mentions = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> m : anchors.entrySet()) {
            String c = cluster.getOrDefault(m.getKey(), name + "/single/" + m.getKey());
            int s = sentenceOf.getOrDefault(m.getValue().get(0), -1);
            mentions.add(new GoldMention(name, m.getKey(), m.getValue(), c, s));
        }
        return new Doc(name, topic, subtopic, split, url.length() == 0 ? null : url.toString(), text.toString(), tokens,
                mentions);
    }

    private static Node first(Element root, String tag) {
        NodeList l = root.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : l.item(0);
    }

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "”",
            "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "’s");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "“", "$", "#");

    static boolean spaceBefore(String prev, String w) {
        if (prev == null) return false;
        if (NO_SPACE_BEFORE.contains(w) || w.startsWith("'") && w.length() <= 3) return false;
        return !NO_SPACE_AFTER.contains(prev);
    }
}
