package se.samsyn.platform;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.Loopback;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.TestConfiguration;

/**
 * The tests' application server listens on loopback only: from any other address of this machine
 * its HTTP port refuses the connection. Payara Micro's default is every interface. Arquillian's
 * Payara Micro is checked by {@link ArquillianLoopbackBindingIT}.
 */
@ExtendWith(RunningApplication.class)
class LoopbackBindingIT {

  @Test
  void theHttpPortAnswersOnLoopbackOnly() throws IOException {
    Loopback.assertAnswersOnLoopbackOnly(TestConfiguration.httpPort());
  }
}
