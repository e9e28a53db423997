package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.PayaraMicroServer;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.TestConfiguration;

/**
 * The tests' application server listens on loopback only: from any other address of this machine
 * its HTTP port refuses the connection. Payara Micro's default is every interface.
 */
@ExtendWith(RunningApplication.class)
class LoopbackBindingIT {

  private static final int CONNECT_TIMEOUT_MILLIS = 2000;

  @Test
  void theHttpPortAnswersOnLoopbackOnly() throws IOException {
    int port = TestConfiguration.httpPort();
    try (Socket loopback = new Socket()) {
      loopback.connect(
          new InetSocketAddress(PayaraMicroServer.BIND_ADDRESS, port), CONNECT_TIMEOUT_MILLIS);
    }
    List<InetAddress> others = nonLoopbackIpv4Addresses();
    assumeFalse(
        others.isEmpty(), "This machine has no non-loopback IPv4 address to try the port from");
    for (InetAddress address : others) {
      assertThrows(
          ConnectException.class,
          () -> {
            try (Socket socket = new Socket()) {
              socket.connect(new InetSocketAddress(address, port), CONNECT_TIMEOUT_MILLIS);
            }
          },
          "port " + port + " answers on " + address.getHostAddress());
    }
  }

  private static List<InetAddress> nonLoopbackIpv4Addresses() throws SocketException {
    return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .filter(LoopbackBindingIT::isUp)
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
        .toList();
  }

  private static boolean isUp(NetworkInterface network) {
    try {
      return network.isUp() && !network.isLoopback();
    } catch (SocketException e) {
      return false;
    }
  }
}
