/**
 * The embedded store: one SQLite file holding articles, the ledger (one row per input: ok,
 * skipped, failed and why), the quarantine of failed raw bytes for replay, and, as later stages
 * arrive, their corpus state. Schema changes are versioned migrations.
 */
package io.storyline.store;
