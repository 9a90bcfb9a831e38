/**
 * The one place stages are composed. {@link io.storyline.pipeline.Pipeline} turns each capture
 * into exactly one {@link io.storyline.model.Outcome}, enforcing per-document limits;
 * {@link io.storyline.pipeline.BatchRunner} runs ingest and the pipeline over many inputs on
 * several threads, in input order.
 */
package io.storyline.pipeline;
