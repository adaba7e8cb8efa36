package org.safeguardinghub.support;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server on loopback (GreenMail) for the whole test run, and the application's mail
 * settings pointing at it, so e-mail notifications are sent for real and can be read back.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + server().getSmtp().getPort())
                .applyTo(context);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
