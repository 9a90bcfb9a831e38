/**
 * Runs other extractors over the same pages as {@code storyline bench extraction} so that
 * throughput ratios come from one run on one machine. Comparison only: nothing here is used by
 * the product.
 */
package io.storyline.bench;
