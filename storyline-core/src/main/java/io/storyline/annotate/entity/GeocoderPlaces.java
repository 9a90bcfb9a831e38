package io.storyline.annotate.entity;

import com.google.i18n.phonenumbers.prefixmapper.MappingFileProvider;
import com.google.i18n.phonenumbers.prefixmapper.PhonePrefixMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of towns, districts and regions of the whole world, read from the offline geocoder data
 * of Google's libphonenumber (Maven Central {@code com.googlecode.libphonenumber:geocoder},
 * Apache-2.0): the English description of every telephone prefix ("Logan, UT", "Shuangyashan,
 * Heilongjiang", "Itobi - SP"), cut at commas, dashes and slashes. About 35,000 names, most of
 * them towns no hand-written list would hold; many are also family names or words ("Lincoln",
 * "Sale"), so they are a hint for the model's features ({@link Gazetteer.Kind#TOWN}), never a
 * rule.
 */
public final class GeocoderPlaces {
    private static final String DATA = "/com/google/i18n/phonenumbers/geocoding/data/";
    /** Where a description is cut into names. */
    private static final Pattern CUT = Pattern.compile(", | - |/");
    /** Descriptions that name a kind of line or a compass point rather than a place. */
    private static final Set<String> GENERIC = Set.of("Center", "Central", "Mobile", "North", "South", "East", "West",
            "Islands", "River", "Valley");

    /**
     * The names as the build wrote them ({@link #main}, at Maven's process-classes phase) beside
     * this class; read from the geocoder's data where the build did not.
     */
    static final String RESOURCE = "geocoder-places.txt";

    private GeocoderPlaces() {
    }

    /** The names, from the list the build wrote (fast) or else from the geocoder's data. */
    static List<String> load() throws IOException {
        try (InputStream in = GeocoderPlaces.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return names();
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            return List.copyOf(out);
        }
    }

    /** Writes the names to the file {@code args[0]} (run by the build, see {@link #RESOURCE}). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: GeocoderPlaces OUTPUT_FILE");
        Path out = Path.of(args[0]);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        List<String> lines = new ArrayList<>();
        lines.add("# Town and region names read from libphonenumber's geocoder data (Apache-2.0) by the build");
        lines.addAll(names());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    /** The names, sorted, each once. */
    static List<String> names() throws IOException {
        MappingFileProvider files = new MappingFileProvider();
        try (ObjectInputStream in = open("config")) {
            files.readExternal(in);
        }
        Set<String> out = new HashSet<>();
        Set<String> descriptions = new HashSet<>();
        // the provider lists "callingCode|lang,lang," a line; its toString is the only public view
        for (String line : files.toString().split("\n")) {
            int bar = line.indexOf('|');
            if (bar < 0 || !(("," + line.substring(bar + 1)).contains(",en,"))) continue;
            PhonePrefixMap map = new PhonePrefixMap();
            try (ObjectInputStream in = open(line.substring(0, bar) + "_en")) {
                map.readExternal(in);
            }
            // and the map lists "prefix|description" a line; many prefixes share a description
            String all = map.toString();
            for (int at = 0, end; at < all.length(); at = end + 1) {
                end = all.indexOf('\n', at);
                if (end < 0) end = all.length();
                int b = all.indexOf('|', at);
                if (b < 0 || b > end) continue;
                String description = all.substring(b + 1, end);
                if (!descriptions.add(description)) continue;
                for (String part : CUT.split(description)) {
                    String name = part.trim();
                    if (usable(name)) out.add(name);
                }
            }
        }
        if (out.isEmpty()) throw new IOException("the geocoder data names no places");
        List<String> sorted = new ArrayList<>(out);
        Collections.sort(sorted);
        return List.copyOf(sorted);
    }

    /** A name of three characters or more, with a letter, no digit, not a short code ("SP", "UT"), not generic. */
    static boolean usable(String name) {
        if (name.length() < 3 || GENERIC.contains(name)) return false;
        boolean letter = false, lower = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isDigit(c)) return false;
            if (Character.isLetter(c)) letter = true;
            if (Character.isLowerCase(c)) lower = true;
        }
        return letter && (lower || name.length() > 3);
    }

    private static ObjectInputStream open(String file) throws IOException {
        InputStream in = GeocoderPlaces.class.getResourceAsStream(DATA + file);
        if (in == null) throw new IOException("missing geocoder data " + DATA + file);
        return new ObjectInputStream(new java.io.BufferedInputStream(in, 1 << 16));
    }
}
