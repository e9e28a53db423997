package se.samsyn.platform;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every path of the REST API, read from the JAX-RS annotations of the compiled resources, relative
 * to /api: a resource added later is covered without anyone listing it.
 */
public final class ResourcePaths {

  private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");

  private ResourcePaths() {}

  static Set<String> all() {
    Set<String> paths = new TreeSet<>();
    endpoints().forEach(endpoint -> paths.add(endpoint.substring(endpoint.indexOf(' ') + 1)));
    return paths;
  }

  /** Every endpoint as its HTTP method and path, such as {@code GET /participants/{reference}}. */
  public static Set<String> endpoints() {
    Set<String> endpoints = new TreeSet<>();
    try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
      files
          .filter(file -> file.toString().endsWith(".class"))
          .map(ResourcePaths::load)
          .filter(type -> type.isAnnotationPresent(Path.class))
          .forEach(type -> endpoints.addAll(endpointsOf(type)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return endpoints;
  }

  private static Set<String> endpointsOf(Class<?> resource) {
    String base = join("", resource.getAnnotation(Path.class).value());
    Set<String> endpoints = new TreeSet<>();
    for (Method method : resource.getDeclaredMethods()) {
      Arrays.stream(method.getAnnotations())
          .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
          .filter(httpMethod -> httpMethod != null)
          .forEach(
              httpMethod -> {
                Path path = method.getAnnotation(Path.class);
                endpoints.add(
                    httpMethod.value() + " " + (path == null ? base : join(base, path.value())));
              });
    }
    return endpoints;
  }

  private static String join(String base, String path) {
    String trimmed = path.replaceAll("^/+|/+$", "");
    return trimmed.isEmpty() ? base : base + "/" + trimmed;
  }

  private static Class<?> load(java.nio.file.Path file) {
    String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
    try {
      return Class.forName(name, false, ResourcePaths.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
