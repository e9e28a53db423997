package se.samsyn.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load balancer as small as a test needs: every connection goes to the first node that accepts
 * it, the others are backups — so a session sticks to its node until that node dies, as with {@code
 * docker/}'s nginx. It forwards bytes, not HTTP, so the browser's Host header and the application's
 * redirects stay the proxy's.
 */
public final class FailoverProxy implements AutoCloseable {

  private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

  private final ServerSocket listener;
  private final List<Integer> nodePorts;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger[] connections;

  public FailoverProxy(int port, List<Integer> nodePorts) {
    this.nodePorts = List.copyOf(nodePorts);
    this.connections = new AtomicInteger[nodePorts.size()];
    for (int i = 0; i < connections.length; i++) {
      connections[i] = new AtomicInteger();
    }
    try {
      listener = new ServerSocket();
      listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new UncheckedIOException("No proxy on port " + port, e);
    }
    threads.execute(this::accept);
  }

  /** How many connections the node at that position in the list has been given. */
  public int connectionsTo(int node) {
    return connections[node].get();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        threads.execute(() -> forward(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void forward(Socket client) {
    for (int i = 0; i < nodePorts.size(); i++) {
      Socket node = new Socket();
      try {
        node.connect(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), nodePorts.get(i)),
            CONNECT_TIMEOUT_MILLIS);
      } catch (IOException down) {
        close(node);
        continue;
      }
      connections[i].incrementAndGet();
      threads.execute(() -> pump(node, client));
      pump(client, node);
      return;
    }
    close(client);
  }

  /** Copies one direction until it ends, then closes both, as a proxy whose upstream died does. */
  private static void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      for (int read; (read = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException ended) {
      // either side went away
    } finally {
      close(from);
      close(to);
    }
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    threads.shutdownNow();
  }
}
