package se.samsyn.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
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
    classesAnnotated(Path.class).forEach(type -> endpoints.addAll(endpointsOf(type)));
    return endpoints;
  }

  /** The compiled classes of the application that carry the annotation. */
  private static List<Class<?>> classesAnnotated(Class<? extends Annotation> annotation) {
    try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
      return files
          .filter(file -> file.toString().endsWith(".class"))
          .<Class<?>>map(ResourcePaths::load)
          .filter(type -> type.isAnnotationPresent(annotation))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The names by which a participant, a person's number or a record is named outside a path: query
   * parameters (also those of a {@code @BeanParam}) and the components of a request body record.
   */
  private static final java.util.regex.Pattern ID_LIKE =
      java.util.regex.Pattern.compile(
          "(?i).*(reference|participant|number|query|consent|restriction|staff|id)");

  /**
   * Every endpoint that takes a participant, a person's number or a record id in its query string
   * or body, so that each gets the same disclosure test as a path id.
   */
  public static Set<String> endpointsTakingIdsOutsideThePath() {
    Set<String> endpoints = new TreeSet<>();
    for (Class<?> type : classesAnnotated(Path.class)) {
      for (Method method : type.getDeclaredMethods()) {
        if (takesIdOutsideThePath(method)) {
          endpoints.addAll(endpointsOf(type, method));
        }
      }
    }
    return endpoints;
  }

  /**
   * Every endpoint that reads a JSON body, with the type it reads the body into, such as {@code
   * POST /participants} → {@code ParticipantRegistrationDto}.
   */
  public static java.util.Map<String, Class<?>> endpointsWithBody() {
    java.util.Map<String, Class<?>> endpoints = new java.util.TreeMap<>();
    for (Class<?> type : classesAnnotated(Path.class)) {
      for (Method method : type.getDeclaredMethods()) {
        Arrays.stream(method.getParameters())
            .filter(ResourcePaths::isBody)
            .findFirst()
            .ifPresent(
                body ->
                    endpointsOf(type, method)
                        .forEach(endpoint -> endpoints.put(endpoint, body.getType())));
      }
    }
    return endpoints;
  }

  /** The servlets of the application, which the JAX-RS model does not describe. */
  public static Set<String> servlets() {
    Set<String> servlets = new TreeSet<>();
    classesAnnotated(WebServlet.class).forEach(type -> servlets.add(type.getName()));
    return servlets;
  }

  private static boolean takesIdOutsideThePath(Method method) {
    for (java.lang.reflect.Parameter parameter : method.getParameters()) {
      jakarta.ws.rs.QueryParam query = parameter.getAnnotation(jakarta.ws.rs.QueryParam.class);
      if (query != null && ID_LIKE.matcher(query.value()).matches()) {
        return true;
      }
      if (parameter.isAnnotationPresent(jakarta.ws.rs.BeanParam.class)
          && Arrays.stream(parameter.getType().getDeclaredFields())
              .map(field -> field.getAnnotation(jakarta.ws.rs.QueryParam.class))
              .anyMatch(q -> q != null && ID_LIKE.matcher(q.value()).matches())) {
        return true;
      }
      if (isBody(parameter)
          && parameter.getType().isRecord()
          && Arrays.stream(parameter.getType().getRecordComponents())
              .anyMatch(component -> ID_LIKE.matcher(component.getName()).matches())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entity parameter: the one no JAX-RS annotation binds (Bean Validation ones may sit on it).
   */
  private static boolean isBody(java.lang.reflect.Parameter parameter) {
    return Arrays.stream(parameter.getAnnotations())
        .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
  }

  private static Set<String> endpointsOf(Class<?> resource, Method method) {
    return endpointsOf(resource).stream()
        .filter(
            endpoint -> {
              Path path = method.getAnnotation(Path.class);
              String base = join("", resource.getAnnotation(Path.class).value());
              return endpoint.endsWith(" " + (path == null ? base : join(base, path.value())))
                  && Arrays.stream(method.getAnnotations())
                      .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                      .anyMatch(h -> h != null && endpoint.startsWith(h.value() + " "));
            })
        .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
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
