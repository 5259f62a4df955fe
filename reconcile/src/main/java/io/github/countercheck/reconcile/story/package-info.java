/**
 * Stories: which documents tell the same real-world incident. A {@link
 * io.github.countercheck.reconcile.story.StoryClusterer} clusters documents in one pass in
 * publication order (a {@link io.github.countercheck.reconcile.story.StoryTracker} per stream),
 * by what they say (content words, headline, places and names, figures) and when they appear;
 * {@link io.github.countercheck.reconcile.story.Stories} holds the result, and {@link
 * io.github.countercheck.reconcile.story.BCubed} scores a clustering against labels.
 *
 * <pre>{@code
 * Stories stories = StoryClusterer.create().cluster(documents);
 * Reconciliation r = Reconciler.create()
 *     .reconcile(claims, stories.metadata(documents), stories.titles());
 * }</pre>
 *
 * <p>The word lists the clusterer reads are data next to these classes: {@code
 * stopwords-ar.txt}, {@code stopwords-en.txt}, {@code suffixes-ar.txt} and {@code
 * name-cues.txt}; places come from reconcile's {@code places.json}.
 */
@NullMarked
package io.github.countercheck.reconcile.story;

import org.jspecify.annotations.NullMarked;
