package io.storyline.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a multipart upload ({@code files} parts) into a fresh server folder and queues its ingest. */
final class Uploads {
    private Uploads() {
    }

    static IngestJobs.Job ingest(Context ctx, IngestJobs jobs) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new IllegalArgumentException("upload files as multipart/form-data, in parts named 'files'");
        }
        List<UploadedFile> files = ctx.uploadedFiles("files");
        if (files.isEmpty()) throw new IllegalArgumentException("no files uploaded (parts named 'files')");
        if (files.size() > IngestJobs.MAX_FILES) {
            throw new IllegalArgumentException("at most " + IngestJobs.MAX_FILES + " files per upload: " + files.size());
        }
        Path folder = jobs.newUploadFolder();
        List<IngestJobs.Upload> saved = new ArrayList<>(files.size());
        int i = 1;
        for (UploadedFile f : files) {
            try (InputStream in = f.content()) {
                saved.add(IngestJobs.save(folder, i++, f.filename(), in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store an upload", e);
            }
        }
        return jobs.ingest(saved);
    }
}
