/**
 * Stories: incremental clustering of articles into stories (work in progress). Articles are
 * profiled into weighted term features ({@link io.storyline.story.StoryProfiler}); the
 * {@link io.storyline.story.StoryClusterer} joins each new article to the best story above a
 * threshold or opens a new one, merges stories that converge, and records every decision with
 * its evidence. Thresholds in {@link io.storyline.story.StoryOptions}.
 */
package io.storyline.story;
