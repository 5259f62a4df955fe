/**
 * JSON mapping of the claim types, kept at the edge so that the value types carry no Jackson
 * annotations: {@link io.github.countercheck.claims.json.ClaimJson} writes and reads claims as the
 * contract's JSON objects and JSON Lines; {@link io.github.countercheck.claims.json.ManifestReader}
 * reads the {@code manifest.json} or {@code manifest.tsv} that gives a directory of articles their
 * publishers, publication times and, optionally, story ids; {@link
 * io.github.countercheck.claims.json.ArticleReader} reads folders and files of articles with their
 * manifests, and names apart each file it could not read.
 */
@NullMarked
package io.github.countercheck.claims.json;

import org.jspecify.annotations.NullMarked;
