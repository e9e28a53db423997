package se.samsyn.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when users reach the application over https. Whether they
 * do is a fact of the installation ({@code samsyn.base-url}), so it cannot be written in web.xml,
 * which sets {@code HttpOnly} and {@code SameSite=Lax}. The cookie settings may only be changed
 * before the application starts, hence a listener.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String baseUrl = ConfigProvider.getConfig().getValue("samsyn.base-url", String.class);
    event.getServletContext().getSessionCookieConfig().setSecure(baseUrl.startsWith("https:"));
  }
}
