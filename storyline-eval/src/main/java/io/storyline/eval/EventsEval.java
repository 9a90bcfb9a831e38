package io.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.annotate.time.TimexTagger;
import io.storyline.event.EventExtractor;
import io.storyline.event.EventInput;
import io.storyline.model.Article;
import io.storyline.model.Deadline;
import io.storyline.model.EventMention;
import io.storyline.model.Participant;
import io.storyline.model.Provenance;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores event typing and participants on the PLOVER gold-standard records
 * ({@code ../shared/data/events-dev/plover-gsr.jsonl}): each record is one sentence with one
 * human-coded event. Our event for a record is the sentence's main event (the first PLOVER-coded
 * event of a main clause); where one sentence carries several records, the one whose trigger is
 * among the record's trigger words. Reported: PLOVER category accuracy overall and per category,
 * and the agreement of our actors and targets with the coded source and target actors (a gold
 * actor agrees when its words overlap one of ours). Records are split by line number into two
 * halves, "even" (studied while writing the rules) and "odd" (held out), reported apart.
 */
public final class EventsEval {
    /** One record and what we found. */
    public record Item(int line, String half, String text, String gold, String found, String trigger,
                       List<String> goldSources, List<String> foundActors, Boolean sourceAgrees,
                       List<String> goldTargets, List<String> foundTargets, Boolean targetAgrees) {
        public boolean correct() {
            return gold.equals(found);
        }
    }

    /** Accuracy and agreements of one part. */
    public record Part(String name, int n, int correct, int sources, int sourcesAgree, int targets, int targetsAgree,
                       Map<String, int[]> perType) {
        public double accuracy() {
            return n == 0 ? 0 : (double) correct / n;
        }

        public double sourceAgreement() {
            return sources == 0 ? 0 : (double) sourcesAgree / sources;
        }

        public double targetAgreement() {
            return targets == 0 ? 0 : (double) targetsAgree / targets;
        }

        public Counts counts() {
            return new Counts(correct, 0, 0, n - correct);
        }
    }

    public record Result(List<Item> items, Part all, Part even, Part odd, double seconds) {
    }

    private EventsEval() {
    }

    public static Result run(Path file, EventExtractor extractor) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        ObjectMapper om = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int line = 0;
            for (String s; (s = r.readLine()) != null; ) {
                line++;
                if (s.isBlank()) continue;
                JsonNode n = om.readTree(s);
                if (!n.has("event") || "DOCUMENT".equals(n.path("event").asText()) || !n.has("text")) continue;
                records.add(n);
                lines.add(line);
            }
        }
        Map<String, Integer> perText = new HashMap<>();
        for (JsonNode n : records) perText.merge(n.path("text").asText(), 1, Integer::sum);
        TextAnalyzer analyzer = TextAnalyzer.standard();
        TimexTagger tagger = TimexTagger.standard();
        long t0 = System.nanoTime();
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < records.size(); k++) {
            JsonNode n = records.get(k);
            String text = clean(n.path("text").asText());
            Article.Builder b = Article.builder();
            b.id = "a-plover-" + lines.get(k);
            b.provenance = Provenance.ofFile("plover-gsr.jsonl");
            b.text = text;
            Article a = b.build();
            TextAnalysis ta = analyzer.analyze(text);
            EventInput in = EventInput.of(a, ta).withTimexes(tagger.tag(a.id(), text, null, null));
            List<EventExtractor.SentenceEvents> ss = extractor.sentences(in, Deadline.none());
            EventMention chosen = null;
            if (perText.get(n.path("text").asText()) > 1) chosen = byTrigger(ss, n.path("eventText").asText(), text);
            if (chosen == null) {
                for (EventExtractor.SentenceEvents s : ss) {
                    if (s.main() >= 0) {
                        chosen = s.mentions().get(s.main());
                        break;
                    }
                }
            }
            String found = chosen == null ? "-" : chosen.code();
            List<String> gs = actors(n.path("source")), gt = actors(n.path("target"));
            List<String> fa = new ArrayList<>(), ft = new ArrayList<>();
            if (chosen != null) {
                for (Participant p : chosen.actors()) fa.add(p.text());
                if (chosen.speaker() != null && fa.isEmpty()) fa.add(chosen.speaker().text());
                for (Participant p : chosen.targets()) ft.add(p.text());
                // PLOVER codes a place acted on as the target ("lifted the emergency in West Darfur")
                if (chosen.place() != null) ft.add(chosen.place().text());
            }
            // reciprocal actors (SRC/TAR) count as sources and targets; ours may list them all as actors
            List<String> ourAll = new ArrayList<>(fa);
            ourAll.addAll(ft);
            Boolean sa = gs.isEmpty() ? null : agrees(gs, fa);
            Boolean tg = gt.isEmpty() ? null : agrees(gt, reciprocal(n) ? ourAll : ft);
            String trig = chosen == null ? null : text.substring(chosen.triggerStart(), chosen.triggerEnd());
            items.add(new Item(lines.get(k), lines.get(k) % 2 == 0 ? "even" : "odd", text, n.path("event").asText(), found,
                    trig, gs, fa, sa, gt, ft, tg));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(items, part("all", items, null), part("even", items, "even"), part("odd", items, "odd"), seconds);
    }

    private static boolean reciprocal(JsonNode n) {
        return n.path("textInfo").path("markup").asText().contains("SRC/TAR");
    }

    /** The record's sentence without the braces some records wrap it in. */
    static String clean(String s) {
        String x = s.strip();
        if (x.startsWith("{") && x.endsWith("}")) x = x.substring(1, x.length() - 1).strip();
        return x;
    }

    private static EventMention byTrigger(List<EventExtractor.SentenceEvents> ss, String eventText, String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : eventText.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) if (!w.isEmpty()) words.add(w);
        for (EventExtractor.SentenceEvents s : ss) {
            for (EventMention m : s.mentions()) {
                String trig = text.substring(m.triggerStart(), m.triggerEnd()).toLowerCase(Locale.ROOT);
                for (String w : trig.split("[^\\p{L}\\p{N}-]+")) {
                    for (String g : words) if (stem(g).equals(stem(w))) return m;
                }
            }
        }
        return null;
    }

    private static String stem(String w) {
        return w.length() > 5 ? w.substring(0, 5) : w;
    }

    private static List<String> actors(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (!n.isArray()) return out;
        for (JsonNode a : n) {
            String s = a.path("actorText").asText("").strip();
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    /** Whether some gold actor shares a word (of three letters or more, or a capitalised one) with one of ours. */
    static boolean agrees(List<String> gold, List<String> ours) {
        for (String g : gold) {
            for (String o : ours) {
                for (String gw : words(g)) for (String ow : words(o)) if (gw.equals(ow)) return true;
            }
        }
        return false;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2 && !w.equals("the") && !w.equals("of") && !w.equals("and")) out.add(w);
        }
        return out;
    }

    private static Part part(String name, List<Item> items, String half) {
        int n = 0, ok = 0, s = 0, sa = 0, tg = 0, ta = 0;
        Map<String, int[]> per = new TreeMap<>();
        for (Item i : items) {
            if (half != null && !half.equals(i.half())) continue;
            n++;
            int[] c = per.computeIfAbsent(i.gold(), k -> new int[2]);
            c[1]++;
            if (i.correct()) {
                ok++;
                c[0]++;
            }
            if (i.sourceAgrees() != null) {
                s++;
                if (i.sourceAgrees()) sa++;
            }
            if (i.targetAgrees() != null) {
                tg++;
                if (i.targetAgrees()) ta++;
            }
        }
        return new Part(name, n, ok, s, sa, tg, ta, per);
    }

    /** A Markdown report: overall and per half, then per category. */
    public static String table(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append("| part | records | PLOVER accuracy | source agreement | target agreement |\n");
        sb.append("|---|---:|---:|---:|---:|\n");
        for (Part p : List.of(r.all(), r.even(), r.odd())) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f (%d) | %.3f (%d) |%n", p.name(), p.n(),
                    p.accuracy(), p.sourceAgreement(), p.sources(), p.targetAgreement(), p.targets()));
        }
        sb.append("\n| category | records | correct | accuracy | even | odd |\n|---|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, int[]> e : r.all().perType().entrySet()) {
            int[] c = e.getValue();
            int[] ev = r.even().perType().getOrDefault(e.getKey(), new int[2]);
            int[] od = r.odd().perType().getOrDefault(e.getKey(), new int[2]);
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %d/%d | %d/%d |%n", e.getKey(), c[1], c[0],
                    c[1] == 0 ? 0 : (double) c[0] / c[1], ev[0], ev[1], od[0], od[1]));
        }
        sb.append(String.format(Locale.ROOT, "%n%d records in %.2f s%n", r.items().size(), r.seconds()));
        return sb.toString();
    }

    /** The misses of one half, one per line: gold, found, trigger, text. */
    public static String errors(Result r, String half) {
        StringBuilder sb = new StringBuilder();
        for (Item i : r.items()) {
            if (half != null && !half.equals(i.half())) continue;
            if (i.correct()) continue;
            sb.append(i.line()).append('\t').append(i.gold()).append('\t').append(i.found()).append('\t')
                    .append(i.trigger()).append('\t').append(i.text()).append('\n');
        }
        return sb.toString();
    }
}
