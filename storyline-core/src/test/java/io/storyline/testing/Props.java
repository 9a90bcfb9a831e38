package io.storyline.testing;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property testing without a library: a check runs against many seeded random cases; a failure
 * names its seed, and {@code -Dstoryline.seed=N} replays that case alone. Generators are plain
 * functions of a {@link Random}.
 */
public final class Props {
    private Props() {
    }

    /** Runs {@code check} on {@code tries} cases drawn with seeds derived from {@code name}. */
    public static void forAll(String name, int tries, Consumer<Random> check) {
        String replay = System.getProperty("storyline.seed");
        if (replay != null) {
            check.accept(new Random(Long.parseLong(replay)));
            return;
        }
        long base = name.hashCode() * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < tries; i++) {
            long seed = base + i;
            try {
                check.accept(new Random(seed));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(name + " failed on case " + i + " (replay with -Dstoryline.seed=" + seed + "): "
                        + e.getMessage(), e);
            }
        }
    }

    /** Random bytes, up to {@code max} long. */
    public static byte[] bytes(Random r, int max) {
        byte[] b = new byte[r.nextInt(max + 1)];
        r.nextBytes(b);
        return b;
    }

    /** A random string of code points (any plane, surrogates included as lone chars sometimes), up to {@code max} chars. */
    public static String string(Random r, int max) {
        int n = r.nextInt(max + 1);
        StringBuilder sb = new StringBuilder(n);
        while (sb.length() < n) {
            int kind = r.nextInt(10);
            if (kind < 5) sb.append((char) (32 + r.nextInt(95)));
            else if (kind < 8) sb.append((char) (0xA0 + r.nextInt(0x2F00)));
            else if (kind < 9) sb.appendCodePoint(0x10000 + r.nextInt(0x1000));
            else sb.append((char) r.nextInt(0x10000));
        }
        return sb.toString();
    }

    /** One of the values. */
    public static <T> T oneOf(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** A list of up to {@code max} items. */
    public static <T> List<T> listOf(Random r, int max, Function<Random, T> item) {
        int n = r.nextInt(max + 1);
        java.util.ArrayList<T> out = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(item.apply(r));
        return out;
    }
}
