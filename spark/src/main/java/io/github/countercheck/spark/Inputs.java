package io.github.countercheck.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SparkCountercheck#run(Inputs, Outputs)} reads.
 *
 * <pre>{@code
 * Inputs.folders(Path.of("corpus"))                       // *.txt with manifest.tsv/json
 * Inputs.articleLines("hdfs:///news/2013/*.jsonl")        // id, text, publisher, published, language
 * Inputs.folders(Path.of("corpus")).withClaimLines("claims.jsonl")   // claims extracted before
 * }</pre>
 *
 * @param paths        folders of {@code *.txt} files with their manifests, and single files, read
 *     on the driver as the command line reads them
 * @param articleLines JSON Lines of articles (files, folders or globs as Spark reads them),
 *     read in parallel
 * @param claimLines   JSON Lines of claims to reconcile instead of extracting them from the
 *     articles (the articles still give the documents' metadata and stories); empty to extract
 */
public record Inputs(List<Path> paths, List<String> articleLines, List<String> claimLines) {

  /**
   * Copies the lists.
   *
   * @param paths        folders and files read on the driver
   * @param articleLines JSON Lines of articles
   * @param claimLines   JSON Lines of claims, or none to extract
   * @throws IllegalArgumentException if there are no articles and no claims to read
   */
  public Inputs {
    paths = List.copyOf(paths);
    articleLines = List.copyOf(articleLines);
    claimLines = List.copyOf(claimLines);
    if (paths.isEmpty() && articleLines.isEmpty() && claimLines.isEmpty()) {
      throw new IllegalArgumentException("no input: give folders, article lines or claim lines");
    }
  }

  /**
   * @param paths folders of {@code *.txt} files with their manifests, and single files
   * @return inputs that read them
   */
  public static Inputs folders(Path... paths) {
    return new Inputs(List.of(paths), List.of(), List.of());
  }

  /**
   * @param paths JSON Lines of articles
   * @return inputs that read them
   */
  public static Inputs articleLines(String... paths) {
    return new Inputs(List.of(), List.of(paths), List.of());
  }

  /**
   * @param paths JSON Lines of claims
   * @return these inputs, reconciling those claims instead of extracting them
   */
  public Inputs withClaimLines(String... paths) {
    Objects.requireNonNull(paths, "paths");
    return new Inputs(this.paths, articleLines, List.of(paths));
  }
}
