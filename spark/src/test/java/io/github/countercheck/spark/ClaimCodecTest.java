package io.github.countercheck.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.json.ClaimJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class ClaimCodecTest {

  @Test
  void roundTripsEveryGeneratedClaimAndIsSmallerThanItsJson() {
    Generated g = new Generated(3000, 7);
    long bytes = 0;
    long json = 0;
    for (Claim c : g.claims) {
      byte[] b = ClaimRecord.of(c).getClaim();
      assertThat(ClaimCodec.decode(b)).isEqualTo(c);
      bytes += b.length;
      json += ClaimJson.write(c).getBytes(StandardCharsets.UTF_8).length;
    }
    assertThat(bytes * 3).isLessThan(json);
  }

  @Test
  void refusesCorruptBytesWithAnIllegalArgument() {
    byte[] good = ClaimCodec.encode(new Generated(1, 3).claims.get(0));
    assertThatThrownBy(() -> ClaimCodec.decode(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClaimCodec.decode(Arrays.copyOf(good, good.length - 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClaimCodec.decode(Arrays.copyOf(good, good.length + 1)))
        .isInstanceOf(IllegalArgumentException.class);
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 2000; i++) {
      byte[] b = good.clone();
      b[random.nextInt(b.length)] = (byte) random.nextInt(256);
      try {
        assertThat(ClaimCodec.decode(b)).isNotNull();
      } catch (IllegalArgumentException expected) {
        // a clear refusal is the other allowed outcome
      }
    }
    assertThatThrownBy(() -> new ClaimRecord().toClaim())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
