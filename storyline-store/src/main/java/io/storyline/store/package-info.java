/**
 * The embedded store: one SQLite file (WAL journal) holding articles (one per distinct content,
 * with everything the pipeline made of it), the ledger (one row per input per run: ok, skipped or
 * failed and why), the quarantine (failed inputs with the raw bytes and capture details needed to
 * run them again) and runs. {@link io.storyline.store.Store} reads and writes it;
 * {@link io.storyline.store.Ingestion} runs ingest and replay into it, committing results in
 * batched transactions so that a killed process leaves a consistent database and a second run
 * completes the work (content already stored is skipped by its SHA-256).
 *
 * <p>Schema changes are numbered SQL migrations ({@link io.storyline.store.Migrations},
 * {@code io/storyline/store/migrations/}); later stages add their corpus state (duplicate groups,
 * entities, stories) as new migrations.
 */
package io.storyline.store;
