package io.storyline.event;

import io.storyline.model.Article;
import io.storyline.model.DateValue;
import io.storyline.model.Event;
import io.storyline.model.EventMention;
import io.storyline.model.Modality;
import io.storyline.model.Participant;
import io.storyline.model.Precision;
import io.storyline.model.Source;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Event coreference within and across articles: event mentions that report one event (same type,
 * a shared participant, compatible dates; or the same clause printed again by a copy, whatever
 * the dates when the caller says which articles are copies) become one
 * {@link Event} with every article that reports it as a source, its most precise stated date and
 * the history of how the reports presented it (planned, then asserted…).
 *
 * <p>Candidates are looked up through (type, participant) and (type, clause text) keys, each
 * keeping its most recent {@link Options#maxPostings()} events, so the cost of a mention does
 * not grow with the number of events. Final and thread-safe (state lives in one call); never
 * throws on well-formed mentions.
 */
public final class EventMerger {
    /**
     * Thresholds of event coreference.
     *
     * @param reportSlackDays how far apart two reporting-time dates (a clause without its own date)
     *                        may be and still be one event: copies of a wire story are printed a day apart
     * @param maxPostings     events kept per lookup key (the most recent)
     * @param maxSummaryChars the longest summary; longer spans are cut at a word
     * @param retoldMinWords  a clause without a date of its own that an article prints word for word
     *                        again, with at least this many words, is the same event whatever the
     *                        reporting dates: a background paragraph reprinted in later stories
     */
    public record Options(int reportSlackDays, int maxPostings, int maxSummaryChars, int retoldMinWords) {
        public Options {
            if (retoldMinWords < 1) throw new IllegalArgumentException("retoldMinWords must be positive");
            if (reportSlackDays < 0) throw new IllegalArgumentException("reportSlackDays must be >= 0");
            if (maxPostings < 1) throw new IllegalArgumentException("maxPostings must be positive");
            if (maxSummaryChars < 40) throw new IllegalArgumentException("maxSummaryChars must be at least 40");
        }

        public static Options defaults() {
            return new Options(1, 64, 240, 12);
        }
    }

    /** How many of an article's latest events a noun is compared with (its own clause is among the last few). */
    private static final int RECENT_CLAUSES = 6;

    private final Options options;

    public EventMerger(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public static EventMerger standard() {
        return new EventMerger(Options.defaults());
    }

    /**
     * The events of the given mentions.
     *
     * @param mentions event mentions of any number of articles (as {@link EventExtractor} gives them)
     * @param articles the articles they come from (for texts and publication dates); mentions of
     *                 articles not given are left out
     * @return events ordered by first report (articles in publication order, then text order)
     */
    public List<Event> merge(List<EventMention> mentions, List<Article> articles) {
        return run(mentions, articles, a -> null).events;
    }

    /**
     * As {@link #merge(List, List)}, knowing which articles are copies of one another: a clause a
     * copy prints again word for word reports the original's event whatever the dates (a copy
     * printed days later resolves "on Monday" to another Monday, or is dated by its own printing).
     *
     * @param copyGroupOf an article's group of copies (any id shared by the group), or null for none
     */
    public List<Event> merge(List<EventMention> mentions, List<Article> articles, Function<String, String> copyGroupOf) {
        return run(mentions, articles, Objects.requireNonNull(copyGroupOf, "copyGroupOf")).events;
    }

    /**
     * The event of each mention, as an index into {@link #merge}'s result for the same arguments
     * (-1 for a mention of an article not given): which mentions were found to corefer, for scoring.
     */
    public int[] assign(List<EventMention> mentions, List<Article> articles) {
        return run(mentions, articles, a -> null).eventOf;
    }

    private record Merged(List<Event> events, int[] eventOf) {
    }

    private Merged run(List<EventMention> mentions, List<Article> articles, Function<String, String> copyGroupOf) {
        Map<String, Article> byId = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing((Article a) -> a.published() == null ? "~" : a.published().value()));
        for (int i = 0; i < sorted.size(); i++) {
            byId.put(sorted.get(i).id(), sorted.get(i));
            order.put(sorted.get(i).id(), i);
        }
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) if (byId.containsKey(mentions.get(i).article())) idx.add(i);
        idx.sort(Comparator.comparingInt((Integer i) -> order.get(mentions.get(i).article()))
                .thenComparingInt(i -> mentions.get(i).start()));
        int[] clusterOf = new int[mentions.size()];
        java.util.Arrays.fill(clusterOf, -1);

        List<Cluster> clusters = new ArrayList<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        Map<String, List<Integer>> recentByArticle = new HashMap<>();
        for (int mi : idx) {
            EventMention m = mentions.get(mi);
            Article a = byId.get(m.article());
            String text = normalize(m.text(a.text()));
            Set<String> keys = keys(m, text);
            Cluster best = null;
            Set<Integer> seen = new HashSet<>();
            for (String k : keys) {
                List<Integer> p = postings.get(k);
                if (p == null) continue;
                for (int i = p.size() - 1; i >= 0; i--) {
                    int c = p.get(i);
                    if (!seen.add(c)) continue;
                    Cluster cl = clusters.get(c);
                    if (cl.accepts(m, text) && (best == null || c < best.index)) best = cl;
                }
            }
            if (best == null && m.kind() == EventMention.Kind.NOMINAL) {
                // a noun inside a clause that reports the same event ("held talks"): that clause's event
                List<Integer> recent = recentByArticle.getOrDefault(m.article(), List.of());
                for (int i = recent.size() - 1; i >= 0 && best == null; i--) {
                    Cluster cl = clusters.get(recent.get(i));
                    if (cl.spans(m)) best = cl;
                }
            }
            if (best == null) {
                best = new Cluster(clusters.size(), copyGroupOf);
                clusters.add(best);
            }
            best.add(m, text, a);
            clusterOf[mi] = best.index;
            List<Integer> recent = recentByArticle.computeIfAbsent(m.article(), x -> new ArrayList<>());
            recent.remove(Integer.valueOf(best.index));
            recent.add(best.index);
            if (recent.size() > RECENT_CLAUSES) recent.remove(0);
            for (String k : keys) {
                List<Integer> p = postings.computeIfAbsent(k, x -> new ArrayList<>());
                if (p.isEmpty() || p.get(p.size() - 1) != best.index) p.add(best.index);
                if (p.size() > options.maxPostings()) p.remove(0);
            }
        }
        List<Event> out = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) out.add(c.event(byId));
        return new Merged(out, clusterOf);
    }

    /** The lookup keys of a mention: its type with each participant, and its type with its text. */
    private static Set<String> keys(EventMention m, String text) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(m.type() + "|t|" + text);
        for (String id : identities(m)) keys.add(m.type() + "|p|" + id);
        return keys;
    }

    /** Who takes part, by identity: actors and targets (the speaker for a statement). */
    private static Set<String> identities(EventMention m) {
        Set<String> ids = new LinkedHashSet<>();
        for (Participant p : m.actors()) if (!p.identity().isEmpty()) ids.add(p.identity());
        for (Participant p : m.targets()) if (!p.identity().isEmpty()) ids.add(p.identity());
        return ids;
    }

    private static Set<String> actorIdentities(EventMention m) {
        Set<String> ids = new LinkedHashSet<>();
        for (Participant p : m.actors()) if (!p.identity().isEmpty()) ids.add(p.identity());
        return ids;
    }

    /** Lower case, letters and digits only, single spaces: copies that differ in quotes or dashes match. */
    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !sb.isEmpty()) sb.append(' ');
                sb.append(Character.toLowerCase(c));
                space = false;
            } else space = true;
        }
        return sb.toString();
    }

    /** Whether two dates can be the time of one event. */
    private boolean compatible(DateValue a, DateValue b, boolean samePredicate) {
        if (a == null || b == null) return samePredicate;
        DateRange x = DateRange.parse(a.value()), y = DateRange.parse(b.value());
        if (x == null || y == null) return samePredicate;
        if (x.overlaps(y)) return true;
        // a clause dated by its report only: the copies of a story are printed a day or so apart
        return (a.inferred() || b.inferred()) && x.gap(y) <= options.reportSlackDays();
    }

    /** The mentions of one event so far. */
    private final class Cluster {
        final int index;
        final List<EventMention> mentions = new ArrayList<>();
        final Set<String> texts = new HashSet<>();
        final Set<String> predicates = new HashSet<>();
        final Set<String> participants = new HashSet<>();
        final Set<String> actors = new HashSet<>();
        /** The groups of copies its articles belong to. */
        final Set<String> copyGroups = new HashSet<>();
        final Function<String, String> copyGroupOf;
        String type;
        DateValue when;

        Cluster(int index, Function<String, String> copyGroupOf) {
            this.index = index;
            this.copyGroupOf = copyGroupOf;
        }

        /**
         * Whether a clause this event printed word for word, long and dated by no report of its
         * own in either place, is printed again: background retold in a later story.
         */
        boolean retold(EventMention m, String text) {
            if (when != null && !when.inferred() || m.when() != null && !m.when().inferred()) return false;
            int words = 1;
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == ' ') words++;
            return words >= options.retoldMinWords();
        }

        /** Whether the article is a copy of one of this event's articles. */
        boolean copied(String article) {
            String g = copyGroupOf.apply(article);
            return g != null && copyGroups.contains(g);
        }

        boolean accepts(EventMention m, String text) {
            if (!m.type().equals(type)) return false;
            boolean samePredicate = predicates.contains(m.predicate());
            if (texts.contains(text)) return compatible(when, m.when(), true) || copied(m.article()) || retold(m, text);
            if (!compatible(when, m.when(), samePredicate)) return false;
            // dated by their reports only: one event only when the same predicate says so ("met" / "met")
            boolean undated = (when == null || when.inferred()) && (m.when() == null || m.when().inferred());
            if (undated && !samePredicate && !"STATEMENT".equals(type)) return false;
            Set<String> ids = identities(m);
            if (ids.isEmpty() || participants.isEmpty()) return false;
            if (m.kind() != EventMention.Kind.NOMINAL && !sameArticleAllows(m)) return false;
            if ("STATEMENT".equals(type)) {
                // remarks are one event only when the same speaker makes them
                for (String s : actorIdentities(m)) if (actors.contains(s)) return true;
                return false;
            }
            for (String s : ids) if (participants.contains(s)) return true;
            return false;
        }

        /**
         * Within one article, a second clause is another report of the same event only with the same
         * predicate ("Jobs announced X … he also announced Y" are two acts; "launched" … "the launch" is
         * left to the nouns). A speaker's remarks in one article stay one statement: what they said at
         * one time, reported in several sentences.
         */
        boolean sameArticleAllows(EventMention m) {
            if (m.kind() == EventMention.Kind.STATEMENT) return true;
            boolean seen = false;
            for (EventMention c : mentions) {
                if (!c.article().equals(m.article()) || c.kind() == EventMention.Kind.NOMINAL) continue;
                seen = true;
                if (c.predicate().equals(m.predicate())) return true;
            }
            return !seen;
        }

        /** Whether a clause of this event, in the noun's article, covers the noun: same type and a compatible date. */
        boolean spans(EventMention noun) {
            if (!noun.type().equals(type)) return false;
            for (EventMention c : mentions) {
                if (c.kind() == EventMention.Kind.CLAUSE && c.article().equals(noun.article())
                        && c.start() <= noun.triggerStart() && noun.triggerEnd() <= c.end()) {
                    return compatible(c.when(), noun.when(), true);
                }
            }
            return false;
        }

        void add(EventMention m, String text, Article a) {
            if (type == null) type = m.type();
            String g = copyGroupOf.apply(m.article());
            if (g != null) copyGroups.add(g);
            mentions.add(m);
            texts.add(text);
            predicates.add(m.predicate());
            participants.addAll(identities(m));
            actors.addAll(actorIdentities(m));
            when = better(when, m.when());
        }

        Event event(Map<String, Article> articles) {
            EventMention first = mentions.get(0);
            // the representative: the first asserted report of a clause, else the first report
            EventMention rep = first;
            for (EventMention m : mentions) {
                if (m.kind() != EventMention.Kind.NOMINAL && (rep.kind() == EventMention.Kind.NOMINAL
                        || m.modality() == Modality.ASSERTED && rep.modality() != Modality.ASSERTED)) rep = m;
            }
            List<Source> sources = new ArrayList<>();
            List<Event.ModalityChange> history = new ArrayList<>();
            Set<String> inSources = new HashSet<>();
            Map<String, String> actorNames = new LinkedHashMap<>(), targetNames = new LinkedHashMap<>();
            List<String> actorIds = new ArrayList<>(), targetIds = new ArrayList<>();
            String place = null, placeName = null;
            Modality modality = first.modality();
            for (EventMention m : mentions) {
                Article a = articles.get(m.article());
                if (inSources.add(m.article())) {
                    // the history: how each article presented the event, at its first report of it
                    history.add(new Event.ModalityChange(m.modality(), m.article(),
                            a.published() == null ? null : a.published().value()));
                    modality = m.modality();
                }
                // every report is a source to check, in article order: a speaker's remarks told in three
                // sentences cite all three; a noun inside a clause already cited adds nothing
                boolean covered = false;
                for (Source s : sources) {
                    if (s.article().equals(m.article()) && s.start() < m.end() && m.start() < s.end()) covered = true;
                }
                if (!covered) sources.add(new Source(m.article(), m.start(), m.end(), m.text(a.text())));
                for (Participant p : m.actors()) {
                    actorNames.putIfAbsent(p.identity().isEmpty() ? p.text() : p.identity(), p.text());
                    if (p.entity() != null && !actorIds.contains(p.entity())) actorIds.add(p.entity());
                }
                for (Participant p : m.targets()) {
                    targetNames.putIfAbsent(p.identity().isEmpty() ? p.text() : p.identity(), p.text());
                    if (p.entity() != null && !targetIds.contains(p.entity())) targetIds.add(p.entity());
                }
                if (m.place() != null && placeName == null) {
                    placeName = m.place().text();
                    place = m.place().entity();
                }
            }
            String summary = summary(rep.text(articles.get(rep.article()).text()));
            return new Event(id(first), type, summary, when, actorIds, targetIds, place, modality, sources,
                    List.copyOf(actorNames.values()), List.copyOf(targetNames.values()), placeName, history, List.of());
        }
    }

    /** The more informative of two dates: a stated one over a reporting time, then the more precise. */
    static DateValue better(DateValue a, DateValue b) {
        if (a == null) return b;
        if (b == null) return a;
        if (a.inferred() != b.inferred()) return a.inferred() ? b : a;
        return rank(b.precision()) < rank(a.precision()) ? b : a;
    }

    private static int rank(Precision p) {
        return p == null ? Integer.MAX_VALUE : p.ordinal();
    }

    /** Runs of white space, printed as one space in a summary. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private String summary(String span) {
        String s = SPACES.matcher(span).replaceAll(" ").strip();
        if (s.length() <= options.maxSummaryChars()) return s;
        int cut = s.lastIndexOf(' ', options.maxSummaryChars() - 1);
        return (cut > 40 ? s.substring(0, cut) : s.substring(0, options.maxSummaryChars() - 1)) + "…";
    }

    /** A stable id from the first report: its article and offsets. */
    private static String id(EventMention m) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] h = d.digest((m.article() + "|" + m.triggerStart() + "|" + m.triggerEnd() + "|" + m.type())
                    .getBytes(StandardCharsets.UTF_8));
            return "v-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
