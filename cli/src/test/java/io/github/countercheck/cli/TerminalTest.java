package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class TerminalTest {

  @Test
  void coloursATerminalByDefault() {
    assertThat(new Terminal(true, true, Map.of("TERM", "xterm")).colour(Terminal.When.auto)).isTrue();
  }

  @Test
  void neverColoursAPipeOrFileByDefault() {
    assertThat(new Terminal(false, true, Map.of("TERM", "xterm")).colour(Terminal.When.auto)).isFalse();
  }

  @Test
  void respectsNoColorUnlessEmpty() {
    assertThat(new Terminal(true, true, Map.of("NO_COLOR", "1")).colour(Terminal.When.auto)).isFalse();
    assertThat(new Terminal(true, true, Map.of("NO_COLOR", "")).colour(Terminal.When.auto)).isTrue();
  }

  @Test
  void aDumbTerminalGetsNoColour() {
    assertThat(new Terminal(true, true, Map.of("TERM", "dumb")).colour(Terminal.When.auto)).isFalse();
  }

  @Test
  void alwaysAndNeverDecideOutright() {
    Terminal pipe = new Terminal(false, false, Map.of("NO_COLOR", "1"));
    assertThat(pipe.colour(Terminal.When.always)).isTrue();
    assertThat(new Terminal(true, true, Map.of()).colour(Terminal.When.never)).isFalse();
  }
}
