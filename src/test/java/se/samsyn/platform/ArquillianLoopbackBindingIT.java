package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.Deployments;
import se.samsyn.test.Loopback;
import se.samsyn.test.PayaraMicroServer;

/**
 * Arquillian's Payara Micro, where the in-container tests run, listens on loopback only too (the
 * Failsafe settings give it the preboot file of {@link PayaraMicroServer} and no Hazelcast): from
 * the machine's other addresses its HTTP port refuses the connection, and no socket the server
 * listens on, Hazelcast's or any other, is bound to anything but loopback.
 */
@ExtendWith(ArquillianExtension.class)
class ArquillianLoopbackBindingIT {

  private static final String LISTEN = "0A";

  @Deployment
  static WebArchive deployment() {
    return Deployments.feature("organisation").addClass(Loopback.class);
  }

  @ArquillianResource private URL deployed;

  @Test
  @RunAsClient
  void theHttpPortAnswersOnLoopbackOnly() throws IOException {
    Loopback.assertAnswersOnLoopbackOnly(deployed.getPort());
  }

  /** Runs in the server: its own sockets, as Linux lists them. */
  @Test
  void everySocketTheServerListensOnIsBoundToLoopback() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux's /proc is needed here");
    List<InetSocketAddress> listening = listeningSockets();

    assertFalse(listening.isEmpty(), "the HTTP listener at least is found");
    assertEquals(
        List.of(),
        listening.stream().filter(socket -> !socket.getAddress().isLoopbackAddress()).toList(),
        "sockets on other interfaces than loopback, of " + listening);
  }

  /** The TCP sockets of this process in the listening state, with their local addresses. */
  private static List<InetSocketAddress> listeningSockets() throws IOException {
    Set<String> own = ownSocketInodes();
    List<InetSocketAddress> listening = new ArrayList<>();
    for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
      Path path = Path.of(table);
      if (!Files.exists(path)) {
        continue;
      }
      List<String> lines = Files.readAllLines(path);
      for (String line : lines.subList(1, lines.size())) {
        // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
        String[] fields = line.trim().split("\\s+");
        if (fields.length > 9 && fields[3].equals(LISTEN) && own.contains(fields[9])) {
          String[] local = fields[1].split(":");
          listening.add(new InetSocketAddress(address(local[0]), Integer.parseInt(local[1], 16)));
        }
      }
    }
    return listening;
  }

  private static Set<String> ownSocketInodes() throws IOException {
    Set<String> inodes = new HashSet<>();
    try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
      for (Path descriptor : descriptors) {
        String target;
        try {
          target = Files.readSymbolicLink(descriptor).toString();
        } catch (IOException closedMeanwhile) {
          continue;
        }
        if (target.startsWith("socket:[")) {
          inodes.add(target.substring("socket:[".length(), target.length() - 1));
        }
      }
    }
    return inodes;
  }

  /**
   * An address as /proc writes it: hexadecimal, each 32-bit word in the machine's (little-endian)
   * order. An IPv4 address mapped into IPv6 comes back as IPv4.
   */
  private static InetAddress address(String hex) throws IOException {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      int word = i / 4;
      int inWord = 3 - i % 4;
      int at = (word * 4 + inWord) * 2;
      bytes[i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
    }
    return InetAddress.getByAddress(bytes);
  }
}
