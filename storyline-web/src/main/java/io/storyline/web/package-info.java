/**
 * The web UI and REST API over a store ({@code storyline serve}): full-text search with filters,
 * articles with their highlights and removed clutter, duplicate groups with what each copy
 * changed, runs and the ledger, and (only when started with {@code --allow-ingest}) uploads and
 * replays.
 *
 * <p>Everything in a capture is hostile. Pages are rendered on the server by {@link
 * io.storyline.web.Html}, which escapes every text and attribute value and refuses event-handler
 * and style attributes; links leave the site only for {@code http(s)} URLs; highlights are ranges
 * over the plain text ({@link io.storyline.web.Highlighter}), never markup from the store. Every
 * response carries a strict Content-Security-Policy (scripts and styles only from the server's
 * own static files, no inline script, no eval, no framing), request bodies and uploads are size
 * limited, uploads are written under a server-made folder with server-made names, static files
 * come only from the jar, and state-changing requests from other origins are refused.
 *
 * <p>The REST API is documented by {@code openapi.json} (served at {@code /api/openapi.json});
 * its JSON shapes follow the contract of {@code analyze --format json}.
 */
package io.storyline.web;
