package se.samsyn.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The client address the access log records. Behind the load balancer every request comes from the
 * balancer, which names the client in {@code X-Forwarded-For}; but anyone can send that header, so
 * it is believed only from the proxies configured in {@code samsyn.http.trusted-proxies}.
 */
@ApplicationScoped
public class ClientAddress {

  private static final String FORWARDED_FOR = "X-Forwarded-For";

  /** An IPv4 or IPv6 literal as proxies write them; anything else in the header is not believed. */
  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

  private static final String TRUSTED_PROXIES = "samsyn.http.trusted-proxies";

  /* Read through Config rather than injected: Payara's producer cannot inject an Optional<List>. */
  @Inject private Config config;

  public String of(HttpServletRequest request) {
    Set<String> trusted =
        config
            .getOptionalValues(TRUSTED_PROXIES, String.class)
            .map(proxies -> Set.copyOf(proxies.stream().map(String::trim).toList()))
            .orElse(Set.of());
    return resolve(
        request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)), trusted);
  }

  /**
   * The socket address, unless it is a trusted proxy: then the nearest hop in {@code
   * X-Forwarded-For} that is not itself a trusted proxy, read from the right, since each proxy
   * appends the address it received the request from and only the trusted ones' entries are true. A
   * malformed entry ends the walk at the last trusted hop.
   *
   * @param forwardedFor every {@code X-Forwarded-For} header of the request, in order
   */
  static String resolve(String socketAddress, List<String> forwardedFor, Set<String> trusted) {
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String hop : header.split(",")) {
        hops.add(hop.trim());
      }
    }
    String address = socketAddress;
    for (int i = hops.size() - 1; i >= 0 && trusted.contains(address); i--) {
      String hop = hops.get(i);
      if (!ADDRESS.matcher(hop).matches()) {
        break;
      }
      address = hop;
    }
    return address;
  }
}
