package io.storyline.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The UI's static files, read once from the jar: a fixed list of names, so a request can name
 * nothing else (no file system, no path to traverse). Served with a content hash as ETag and in
 * the links ({@code ?v=}), so browsers may cache them.
 */
final class Assets {
    private record Asset(byte[] bytes, String type, String hash) {
    }

    private static final Map<String, Asset> FILES = Map.of(
            "app.css", load("app.css", "text/css; charset=utf-8"),
            "app.js", load("app.js", "text/javascript; charset=utf-8"),
            "icon.svg", load("icon.svg", "image/svg+xml"));

    private Assets() {
    }

    private static Asset load(String name, String type) {
        try (InputStream in = Assets.class.getResourceAsStream("static/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource io/storyline/web/static/" + name);
            byte[] b = in.readAllBytes();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b)).substring(0, 12);
            return new Asset(b, type, hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link to a static file, versioned by its content. */
    static String path(String name) {
        Asset a = FILES.get(name);
        if (a == null) throw new IllegalArgumentException("no static file " + name);
        return "/static/" + name + "?v=" + a.hash();
    }

    static void serve(Context ctx) {
        Asset a = FILES.get(ctx.pathParam("name"));
        if (a == null) throw new NotFoundResponse("no static file " + ctx.pathParam("name"));
        String etag = "\"" + a.hash() + "\"";
        ctx.header("ETag", etag).header("Cache-Control", "public, max-age=86400");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(a.type()).result(a.bytes());
    }
}
