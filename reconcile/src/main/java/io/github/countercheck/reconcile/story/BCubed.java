package io.github.countercheck.reconcile.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * B-cubed precision, recall and F1 of a clustering against reference labels (Bagga and Baldwin,
 * 1998; Amigó, Gonzalo, Artiles and Verdejo, 2009): for each item, precision is the share of the
 * items of its cluster that share its label, recall the share of the items of its label that
 * share its cluster; both are averaged over the items, and F1 is their harmonic mean.
 *
 * <pre>{@code
 * BCubed score = BCubed.score(labels, stories.byDocument());
 * score.f1();
 * }</pre>
 *
 * @param precision the mean B-cubed precision, in [0, 1]
 * @param recall    the mean B-cubed recall, in [0, 1]
 * @param f1        the harmonic mean of precision and recall
 * @param items     the number of items scored
 */
public record BCubed(double precision, double recall, double f1, int items) {

  /**
   * Validates the values.
   *
   * @param precision the mean precision
   * @param recall    the mean recall
   * @param f1        their harmonic mean
   * @param items     the number of items, at least 0
   */
  public BCubed {
    if (!(precision >= 0 && precision <= 1 && recall >= 0 && recall <= 1 && f1 >= 0 && f1 <= 1)
        || items < 0) {
      throw new IllegalArgumentException("invalid B-cubed " + precision + " " + recall + " " + f1
          + " over " + items);
    }
  }

  /**
   * Scores a clustering over the items of the reference; the clusters are read only on those
   * items (an item the reference does not label is left out of both).
   *
   * @param reference the reference label of each item
   * @param clusters  the cluster of each item; every item of the reference must have one
   * @return the score; all 0 over no items
   * @throws IllegalArgumentException naming an item of the reference that has no cluster
   */
  public static BCubed score(Map<String, String> reference, Map<String, String> clusters) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(clusters, "clusters");
    Map<String, Integer> labelSize = new HashMap<>();
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (Map.Entry<String, String> e : reference.entrySet()) {
      String cluster = clusters.get(e.getKey());
      if (cluster == null) {
        throw new IllegalArgumentException("item '" + e.getKey() + "' has no cluster");
      }
      String label = Objects.requireNonNull(e.getValue(), "label");
      labelSize.merge(label, 1, Integer::sum);
      clusterSize.merge(cluster, 1, Integer::sum);
      both.merge(label + '\u0000' + cluster, 1, Integer::sum);
    }
    int n = reference.size();
    if (n == 0) {
      return new BCubed(0, 0, 0, 0);
    }
    double p = 0;
    double r = 0;
    for (Map.Entry<String, String> e : reference.entrySet()) {
      String label = e.getValue();
      String cluster = clusters.get(e.getKey());
      double shared = both.get(label + '\u0000' + cluster);
      p += shared / clusterSize.get(cluster);
      r += shared / labelSize.get(label);
    }
    p /= n;
    r /= n;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new BCubed(Math.min(1, p), Math.min(1, r), Math.min(1, f), n);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "B-cubed P=%.3f R=%.3f F1=%.3f over %d", precision,
        recall, f1, items);
  }
}
