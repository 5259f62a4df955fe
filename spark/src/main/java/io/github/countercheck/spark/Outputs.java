package io.github.countercheck.spark;

import java.nio.file.Path;

/**
 * What {@link SparkCountercheck#run(Inputs, Outputs)} writes; either may be null.
 *
 * @param json  one file, the reconciliation JSON of the contract, byte for byte what {@code
 *     countercheck reconcile --format json} writes for the same input (written on the driver)
 * @param parts a folder Spark writes (any file system it knows): one group of the contract a line,
 *     in text parts, the groups of each key together (in the library's order within a part)
 */
public record Outputs(Path json, String parts) {

  /**
   * @param json the JSON file
   * @return outputs that write only it
   */
  public static Outputs json(Path json) {
    return new Outputs(json, null);
  }
}
