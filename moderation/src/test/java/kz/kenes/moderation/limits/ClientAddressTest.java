package kz.kenes.moderation.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {
  @Test
  void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
    ClientAddress none = new ClientAddress(null);
    assertThat(none.resolve("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
    assertThat(new ClientAddress(" ").resolve("203.0.113.7", "198.51.100.1"))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void anUntrustedPeerCannotForgeItsAddress() {
    ClientAddress proxies = new ClientAddress("10.0.0.1");
    assertThat(proxies.resolve("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
  }

  @Test
  void behindTrustedProxiesTheRightMostUntrustedHopCounts() {
    ClientAddress proxies = new ClientAddress("10.0.0.1, 10.0.0.2");
    assertThat(proxies.resolve("10.0.0.1", "198.51.100.1")).isEqualTo("198.51.100.1");
    // the client wrote the left-most entry itself; the proxies appended the right ones
    assertThat(proxies.resolve("10.0.0.1", "1.2.3.4, 198.51.100.1, 10.0.0.2"))
        .isEqualTo("198.51.100.1");
    assertThat(proxies.resolve("10.0.0.1", null)).isEqualTo("10.0.0.1");
    assertThat(proxies.resolve("10.0.0.1", " , 10.0.0.2")).isEqualTo("10.0.0.1");
  }
}
