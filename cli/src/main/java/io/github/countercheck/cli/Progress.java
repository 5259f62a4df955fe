package io.github.countercheck.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress line on standard error for long work: files done of the total, claims found, and
 * the rate, redrawn in place at most five times a second. Silent (it writes nothing at all)
 * unless enabled, which the commands do only when standard error is a terminal, and only for
 * more than a handful of files.
 */
final class Progress {

  /** Below this many files a run is too short to be worth a progress line. */
  static final int MIN_FILES = 20;

  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final int total;
  private final long start;
  private long lastDraw;
  private int width;

  /**
   * @param err     standard error
   * @param enabled whether to draw at all
   * @param total   the number of files to be done
   */
  Progress(PrintWriter err, boolean enabled, int total) {
    this.err = err;
    this.enabled = enabled && total >= MIN_FILES;
    this.total = total;
    this.start = System.nanoTime();
    this.lastDraw = start;
  }

  /** @return whether anything is drawn */
  boolean enabled() {
    return enabled;
  }

  /**
   * Records that {@code done} files are done with {@code claims} claims so far.
   *
   * @param done   files done
   * @param claims claims so far
   */
  void update(int done, int claims) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    draw(line(done, total, claims, (now - start) / 1e9));
  }

  /**
   * Replaces the line with a message of what is being done now.
   *
   * @param message the message
   */
  void stage(String message) {
    if (enabled) {
      draw(message);
    }
  }

  /** Clears the line. */
  void done() {
    if (enabled && width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }

  private void draw(String s) {
    String padded = s.length() < width ? s + " ".repeat(width - s.length()) : s;
    width = s.length();
    err.print("\r" + padded);
    err.flush();
  }

  /** The progress line: a bar, files, claims and the rate. */
  static String line(int done, int total, int claims, double seconds) {
    int barWidth = 24;
    int filled = total == 0 ? barWidth : (int) ((long) done * barWidth / total);
    double rate = seconds <= 0 ? 0 : done / seconds;
    return String.format(Locale.ROOT, "[%s%s] %d/%d files, %d claims, %.0f files/s",
        "#".repeat(filled), ".".repeat(barWidth - filled), done, total, claims, rate);
  }
}
