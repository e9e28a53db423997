package se.samsyn.platform;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts the browser-security headers on every response, error pages included (the container may
 * reset headers before it dispatches to one, so the error dispatch sets them again).
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {
      DispatcherType.REQUEST,
      DispatcherType.FORWARD,
      DispatcherType.ERROR,
      DispatcherType.ASYNC
    },
    asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private SecurityHeaders headers;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    headers.apply(request, response);
    chain.doFilter(request, headers.wrap(response));
  }
}
