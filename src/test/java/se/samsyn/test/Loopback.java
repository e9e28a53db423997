package se.samsyn.test;

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

/**
 * Whether a port of this machine listens on loopback only: it answers on {@link
 * PayaraMicroServer#BIND_ADDRESS} and refuses the connection on every other address of the machine.
 * Payara Micro's default is every interface.
 */
public final class Loopback {

  private static final int CONNECT_TIMEOUT_MILLIS = 2000;

  private Loopback() {}

  /** Skipped on a machine without another IPv4 address to try the port from. */
  public static void assertAnswersOnLoopbackOnly(int port) throws IOException {
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
        .filter(Loopback::isUp)
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
