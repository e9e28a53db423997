package se.samsyn.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For is believed only as far as trusted proxies vouch for it. */
class ClientAddressTest {

  private static final Set<String> BALANCER = Set.of("10.0.0.2");

  @Test
  void withoutTrustedProxiesTheSocketAddressIsTheClient() {
    assertEquals(
        "198.51.100.9", ClientAddress.resolve("198.51.100.9", List.of("203.0.113.7"), Set.of()));
  }

  @Test
  void aForgedHeaderFromAnAddressThatIsNotTrustedIsIgnored() {
    assertEquals(
        "198.51.100.9", ClientAddress.resolve("198.51.100.9", List.of("203.0.113.7"), BALANCER));
  }

  @Test
  void behindTheTrustedBalancerTheClientIsTheAddressItForwarded() {
    assertEquals(
        "198.51.100.9", ClientAddress.resolve("10.0.0.2", List.of("198.51.100.9"), BALANCER));
  }

  @Test
  void whatTheClientWroteInTheHeaderItselfIsNotBelieved() {
    assertEquals(
        "198.51.100.9",
        ClientAddress.resolve("10.0.0.2", List.of("203.0.113.7, 198.51.100.9"), BALANCER));
  }

  @Test
  void aChainOfTrustedProxiesIsFollowedToTheFirstUntrustedHop() {
    assertEquals(
        "198.51.100.9",
        ClientAddress.resolve(
            "10.0.0.2",
            List.of("203.0.113.7, 198.51.100.9", "10.0.0.3"),
            Set.of("10.0.0.2", "10.0.0.3")));
  }

  @Test
  void aTrustedProxyWithoutHeaderIsTheClient() {
    assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", List.of(), BALANCER));
  }

  @Test
  void aMalformedEntryIsNotLoggedAsAnAddress() {
    assertEquals(
        "10.0.0.2", ClientAddress.resolve("10.0.0.2", List.of("<script>x</script>"), BALANCER));
  }

  @Test
  void anIpv6ClientBehindTheBalancerIsLoggedAsForwarded() {
    assertEquals(
        "2001:db8::1", ClientAddress.resolve("10.0.0.2", List.of("2001:db8::1"), BALANCER));
  }
}
