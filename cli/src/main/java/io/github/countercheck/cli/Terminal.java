package io.github.countercheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the command knows about where its output goes: whether standard output or standard error
 * is a terminal, and whether colour is wanted there.
 *
 * <p>Colour follows <a href="https://no-color.org">no-color.org</a>: a non-empty {@code NO_COLOR}
 * turns it off, and so does {@code TERM=dumb}; otherwise it is on only when standard output is a
 * terminal. {@code --color} and {@code --no-color} decide it outright.
 *
 * <p>Java has no {@code isatty}: standard output counts as a terminal when {@link
 * System#console()} is not null (standard input and output are both terminals). Standard error
 * counts as a terminal when, on Linux, {@code /proc/self/fd/2} links to a terminal device
 * ({@code /dev/pts/N} or {@code /dev/ttyN}), elsewhere when {@link System#console()} is not null.
 */
record Terminal(boolean stdoutIsTerminal, boolean stderrIsTerminal, Map<String, String> env) {

  /** When to colour. */
  enum When { auto, always, never }

  /** @return what this process's streams are */
  static Terminal detect() {
    boolean console = System.console() != null;
    return new Terminal(console, stderrIsTerminal(console), System.getenv());
  }

  private static boolean stderrIsTerminal(boolean console) {
    Path fd2 = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd2)) {
      try {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return false;
      }
    }
    return console;
  }

  /**
   * @param when the user's choice
   * @return whether to colour standard output
   */
  boolean colour(When when) {
    return switch (when) {
      case always -> true;
      case never -> false;
      case auto -> stdoutIsTerminal && !noColour() && !"dumb".equals(env.get("TERM"));
    };
  }

  private boolean noColour() {
    String v = env.get("NO_COLOR");
    return v != null && !v.isEmpty();
  }
}
