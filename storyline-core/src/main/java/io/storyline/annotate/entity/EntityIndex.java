package io.storyline.annotate.entity;

import io.storyline.model.Entity;
import io.storyline.model.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The corpus state of entity resolution, passed explicitly to {@link EntityResolver}: every entity
 * known so far with its names, keys, roles, mentions and the entities it appeared beside. New
 * articles resolve against it and extend it. Snapshots come out as immutable
 * {@link Entity} records ({@link #entities()}), and an index can be rebuilt from such records
 * ({@link #restore}) so that a store can persist it. Not thread-safe: one writer at a time.
 */
public final class EntityIndex {
    /** One entity under construction. */
    static final class Node {
        final String id;
        final String type;
        /** Surface forms and how often each was seen. */
        final Map<String, Integer> forms = new LinkedHashMap<>();
        /** A canonical name from the gazetteer (countries, known organisations), or null. */
        String fixedName;
        final Set<String> keys = new LinkedHashSet<>();
        /** For a person: the family names (letters, folded) that may stand alone for them. */
        final Set<String> families = new LinkedHashSet<>();
        final List<Entity.Role> roles = new ArrayList<>();
        final Set<String> roleWords = new HashSet<>();
        final List<Mention> mentions = new ArrayList<>();
        /** Entities seen in the same articles (node numbers), at most {@link #MAX_CONTEXT}. */
        final IntSet context = new IntSet();

        Node(String id, String type) {
            this.id = id;
            this.type = type;
        }

        /**
         * The canonical name: the gazetteer's, else the most used name of several words, else the most
         * used; the forms of one name in other cases count together, and it is printed as the text
         * prints it most often other than in capitals ("Seacom", not a headline's "SEACOM").
         */
        String name() {
            if (fixedName != null) return fixedName;
            Map<String, Integer> folded = new LinkedHashMap<>();
            Map<String, String> shown = new HashMap<>();
            for (Map.Entry<String, Integer> e : forms.entrySet()) {
                String key = e.getKey().toLowerCase(java.util.Locale.ROOT);
                folded.merge(key, e.getValue(), Integer::sum);
                String prev = shown.get(key);
                if (prev == null || capitals(prev) && !capitals(e.getKey())
                        || capitals(prev) == capitals(e.getKey()) && e.getValue() > forms.get(prev)) shown.put(key, e.getKey());
            }
            String best = null;
            int bestCount = -1;
            boolean bestMulti = false;
            for (Map.Entry<String, Integer> e : folded.entrySet()) {
                boolean multi = e.getKey().trim().indexOf(' ') > 0;
                if (bestMulti && !multi) continue;
                if (multi && !bestMulti || e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                    bestMulti = multi;
                }
            }
            return best == null ? "" : shown.get(best);
        }

        /** Whether a name is printed in capitals only ("SEACOM", "KIM JONG UN"). */
        private static boolean capitals(String name) {
            boolean letter = false;
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (Character.isLowerCase(c)) return false;
                letter |= Character.isLetter(c);
            }
            return letter;
        }
    }

    /** Most context entities remembered per entity. */
    static final int MAX_CONTEXT = 256;

    /** A small set of non-negative ints (open addressing), for an entity's context. */
    static final class IntSet {
        private int[] slots = new int[8];
        private int size;

        IntSet() {
            java.util.Arrays.fill(slots, -1);
        }

        int size() {
            return size;
        }

        boolean contains(int v) {
            int mask = slots.length - 1;
            for (int i = (v * 0x9E3779B1) >>> 16 & mask; ; i = (i + 1) & mask) {
                if (slots[i] == v) return true;
                if (slots[i] < 0) return false;
            }
        }

        boolean add(int v) {
            if ((size + 1) * 2 > slots.length) {
                int[] old = slots;
                slots = new int[old.length * 2];
                java.util.Arrays.fill(slots, -1);
                size = 0;
                for (int o : old) if (o >= 0) add(o);
            }
            int mask = slots.length - 1;
            for (int i = (v * 0x9E3779B1) >>> 16 & mask; ; i = (i + 1) & mask) {
                if (slots[i] == v) return false;
                if (slots[i] < 0) {
                    slots[i] = v;
                    size++;
                    return true;
                }
            }
        }
    }

    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Integer> byKey = new HashMap<>();
    /** Family name (folded letters) to the persons who bear it. */
    private final Map<String, List<Integer>> byFamily = new HashMap<>();
    /**
     * Family names under themselves and under each of their one-letter deletions, so that the
     * names within one edit (insertion, deletion, substitution, transposition) of a query are
     * found by looking up the query's own deletions.
     */
    private final Map<String, List<String>> familyDeletions = new HashMap<>();
    private final Map<String, Integer> byId = new HashMap<>();

    /** An empty index. */
    public EntityIndex() {
    }

    /** Number of entities. */
    public int size() {
        return nodes.size();
    }

    /** Every entity, in the order they were first seen, as immutable records. */
    public List<Entity> entities() {
        List<Entity> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) out.add(toEntity(n));
        return out;
    }

    /** The entity with this id, or null. */
    public Entity entity(String id) {
        Integer i = byId.get(id);
        return i == null ? null : toEntity(nodes.get(i));
    }

    private static Entity toEntity(Node n) {
        String name = n.name();
        List<String> aliases = new ArrayList<>();
        for (String f : n.forms.keySet()) if (!f.equals(name)) aliases.add(f);
        return new Entity(n.id, name, n.type, aliases, n.roles, n.mentions);
    }

    // ---------------------------------------------------------------- used by the resolver

    Node node(int i) {
        return nodes.get(i);
    }

    int nodeCount() {
        return nodes.size();
    }

    /** The entity holding {@code key} ({@code TYPE:key}), or -1. */
    int byKey(String key) {
        Integer i = byKey.get(key);
        return i == null ? -1 : i;
    }

    /** The persons with this family name. */
    List<Integer> byFamily(String family) {
        return byFamily.getOrDefault(family, List.of());
    }

    /** Known family names within one edit of {@code family} (itself included when known). */
    Set<String> familiesNear(String family) {
        Set<String> out = new LinkedHashSet<>();
        for (String d : deletions(family)) {
            for (String f : familyDeletions.getOrDefault(d, List.of())) {
                if (Names.distance(f, family, 1) <= 1) out.add(f);
            }
        }
        return out;
    }

    /** A string and its one-letter deletions. */
    private static List<String> deletions(String s) {
        List<String> out = new ArrayList<>(s.length() + 1);
        out.add(s);
        for (int i = 0; i < s.length(); i++) out.add(s.substring(0, i) + s.substring(i + 1));
        return out;
    }

    /** A new entity whose id derives from its type and first key. */
    int create(String type, String firstKey) {
        String base = "e-" + shortHash(type + ":" + firstKey);
        String id = base;
        for (int k = 2; byId.containsKey(id); k++) id = base + "-" + k;
        Node n = new Node(id, type);
        nodes.add(n);
        byId.put(id, nodes.size() - 1);
        return nodes.size() - 1;
    }

    void addKey(int node, String key) {
        if (nodes.get(node).keys.add(key)) byKey.putIfAbsent(key, node);
    }

    void addFamily(int node, String family) {
        if (family.isEmpty()) return;
        if (!nodes.get(node).families.add(family)) return;
        List<Integer> bearers = byFamily.computeIfAbsent(family, k -> new ArrayList<>(1));
        if (bearers.isEmpty()) {
            for (String d : deletions(family)) familyDeletions.computeIfAbsent(d, k -> new ArrayList<>(1)).add(family);
        }
        bearers.add(node);
    }

    void addContext(int node, int other) {
        if (node == other) return;
        IntSet c = nodes.get(node).context;
        if (c.size() < MAX_CONTEXT) c.add(other);
    }

    /** 48 bits of a 64-bit FNV-1a hash of the string's chars, mixed, as 12 hex digits: stable across runs. */
    private static String shortHash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001b3L;
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        String hex = Long.toHexString(h & 0xFFFF_FFFF_FFFFL);
        return "0".repeat(12 - hex.length()) + hex;
    }

    // ---------------------------------------------------------------- persistence

    /**
     * Rebuilds an index from entity records (as {@link #entities()} gave them, e.g. read back from
     * a store): keys from names and aliases, family names of persons, role words, and context
     * from the articles entities share.
     */
    public static EntityIndex restore(List<Entity> entities) {
        Objects.requireNonNull(entities, "entities");
        EntityIndex x = new EntityIndex();
        Map<String, List<Integer>> byArticle = new HashMap<>();
        for (Entity e : entities) {
            Node n = new Node(e.id(), e.type());
            x.nodes.add(n);
            int i = x.nodes.size() - 1;
            x.byId.put(e.id(), i);
            n.forms.put(e.name(), 1);
            for (String a : e.aliases()) n.forms.put(a, 1);
            for (Mention m : e.mentions()) n.forms.merge(m.text(), 1, Integer::sum);
            if (e.type().equals("COUNTRY")) n.fixedName = e.name();
            n.roles.addAll(e.roles());
            for (Entity.Role r : e.roles()) n.roleWords.addAll(Names.roleWords(r.title()));
            n.mentions.addAll(e.mentions());
            for (String f : n.forms.keySet()) {
                for (String k : EntityResolver.keysOf(e.type(), f)) x.addKey(i, k);
                if (e.type().equals("PERSON")) {
                    List<String> ws = Names.words(f);
                    if (ws.size() >= 2) x.addFamily(i, Names.letters(ws.get(ws.size() - 1)));
                    if (ws.size() == 1) x.addFamily(i, Names.letters(ws.get(0)));
                }
            }
            Set<String> arts = new HashSet<>();
            for (Mention m : e.mentions()) if (arts.add(m.article())) byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> together : byArticle.values()) {
            for (int a : together) for (int b : together) x.addContext(a, b);
        }
        return x;
    }
}
