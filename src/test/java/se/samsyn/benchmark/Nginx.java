package se.samsyn.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import se.samsyn.test.Processes;

/**
 * Debian's nginx serving one static file on loopback, the ceiling of plain HTTP on this machine,
 * with a configuration generated under target/ (nothing of /etc/nginx is read).
 */
final class Nginx implements AutoCloseable {

  static final String FILE = "static.json";

  private final Process process;
  private final String fileUrl;

  private Nginx(Process process, String fileUrl) {
    this.process = process;
    this.fileUrl = fileUrl;
  }

  static Nginx start(Path directory, int port) throws IOException, InterruptedException {
    Path www = Files.createDirectories(directory.resolve("www"));
    Path temp = Files.createDirectories(directory.resolve("temp"));
    // About the size of the health endpoint's answer.
    Files.writeString(www.resolve(FILE), "{\"status\":\"UP\",\"database\":\"UP\"}\n");
    Path config = directory.resolve("nginx.conf");
    Files.writeString(
        config,
        String.join(
            "\n",
            "daemon off;",
            "worker_processes 1;",
            "pid " + directory.resolve("nginx.pid") + ";",
            "error_log " + directory.resolve("error.log") + ";",
            "events { worker_connections 1024; }",
            "http {",
            "  access_log off;",
            "  client_body_temp_path " + temp + "/body;",
            "  proxy_temp_path " + temp + "/proxy;",
            "  fastcgi_temp_path " + temp + "/fastcgi;",
            "  uwsgi_temp_path " + temp + "/uwsgi;",
            "  scgi_temp_path " + temp + "/scgi;",
            "  server { listen 127.0.0.1:" + port + "; root " + www + "; }",
            "}",
            ""));
    Process process =
        new ProcessBuilder(
                "/usr/sbin/nginx",
                "-p",
                directory.toString(),
                "-e",
                directory.resolve("error.log").toString(),
                "-c",
                config.toString())
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("nginx.out").toFile())
            .start();
    Nginx nginx = new Nginx(process, "http://127.0.0.1:" + port + "/" + FILE);
    nginx.awaitFile();
    return nginx;
  }

  String fileUrl() {
    return fileUrl;
  }

  private void awaitFile() throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    for (int attempt = 0; attempt < 50; attempt++) {
      if (!process.isAlive()) {
        throw new IllegalStateException("nginx exited; is Debian's nginx installed?");
      }
      try {
        if (client
                .send(
                    HttpRequest.newBuilder(URI.create(fileUrl)).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // still starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("nginx did not serve " + fileUrl);
  }

  @Override
  public void close() {
    Processes.stop(process);
  }
}
