package io.github.countercheck.claims;

/** Whether the text asserts a claim as fact, expects it, or reports it denied. */
public enum Modality {
  /** Stated as having happened (the default). */
  ASSERTED,
  /** Expected, planned or announced for the future: من المنتظر أن ترسل; will send. */
  EXPECTED,
  /** Reported and denied: نفت; denied. */
  DENIED
}
