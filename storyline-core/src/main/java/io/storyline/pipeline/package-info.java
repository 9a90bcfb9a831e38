/**
 * The one place stages are composed. {@link io.storyline.pipeline.Pipeline} turns each capture
 * into exactly one {@link io.storyline.model.Outcome}, enforcing per-document limits (size; time,
 * through {@link io.storyline.model.Deadline}) and turning errors into statuses
 * ({@code timeout}, {@code stack-overflow}, {@code out-of-memory}, {@code error}).
 *
 * <p>{@link io.storyline.pipeline.BatchRunner} runs ingest and the pipeline over many inputs:
 * a {@link io.storyline.pipeline.BatchRunner.Source} feeds inputs, a
 * {@link io.storyline.pipeline.BatchRunner.Gate} may skip captures before they are processed
 * (the store skips content it holds), and every input ends as one
 * {@link io.storyline.pipeline.BatchRunner.Result}, delivered in input order. Each document runs
 * on a worker thread of its own; one that overruns its time limit is abandoned with a timeout
 * and its slot given to a fresh worker, so a run never hangs.
 */
package io.storyline.pipeline;
