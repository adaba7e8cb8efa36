package org.safeguardinghub.support;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
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

    /** The first e-mail to this address whose subject starts so, waiting up to 20 seconds for the outbox to send it. */
    public static MimeMessage await(String to, String subject) throws Exception {
        return await(to, subject, "");
    }

    /** As {@link #await(String, String)}, among e-mails whose text contains {@code text} (a link to one child, say). */
    public static MimeMessage await(String to, String subject, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : server().getReceivedMessages()) {
                if (message.getSubject().startsWith(subject) && message.getAllRecipients()[0].toString().equals(to)
                        && String.valueOf(message.getContent()).contains(text)) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No e-mail '" + subject + "' for " + to + "; got "
                + Arrays.stream(server().getReceivedMessages()).map(TestMailServer::subject).collect(Collectors.joining(", ")));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "?";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
