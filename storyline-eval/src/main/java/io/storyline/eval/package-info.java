/**
 * Evaluation built in: scorers for the development sets in {@code ../shared/data} with the
 * metrics their READMEs define, tables like the published ones, the gate that fails a build
 * below pinned floors, and the extraction benchmark.
 */
package io.storyline.eval;
