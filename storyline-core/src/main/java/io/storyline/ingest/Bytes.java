package io.storyline.ingest;

import java.util.Locale;

/** Small helpers for reporting sizes and sniffing byte signatures. */
final class Bytes {
    private Bytes() {
    }

    static String human(long n) {
        if (n < 1024) return n + " B";
        if (n < 1L << 20) return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
        if (n < 1L << 30) return String.format(Locale.ROOT, "%.1f MiB", n / 1048576.0);
        return String.format(Locale.ROOT, "%.1f GiB", n / 1073741824.0);
    }

    static boolean startsWith(byte[] data, int length, byte... prefix) {
        if (length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (data[i] != prefix[i]) return false;
        return true;
    }

    static boolean startsWithAscii(byte[] data, int length, String prefix) {
        if (length < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) if (data[i] != (byte) prefix.charAt(i)) return false;
        return true;
    }
}
