package io.storyline.model;

import java.util.Objects;

/**
 * Where a capture's bytes came from: the file, and for container formats (WARC, JSON Lines) the
 * 1-based record number and the byte offset of the record in the (possibly compressed) file.
 *
 * @param file         the path as given or found while walking a folder; {@code "-"} for stdin
 * @param record       1-based record number inside a container, or 0 for a whole file
 * @param recordOffset byte offset of the record in the file, or -1 for a whole file
 */
public record Provenance(String file, int record, long recordOffset) {
    public Provenance {
        Objects.requireNonNull(file, "file");
        if (record < 0) throw new IllegalArgumentException("record < 0: " + record);
    }

    /** A whole file. */
    public static Provenance ofFile(String file) {
        return new Provenance(file, 0, -1);
    }

    /** The input id used in outputs: the file, plus {@code #N} for the Nth record of a container. */
    public String input() {
        return record == 0 ? file : file + "#" + record;
    }
}
