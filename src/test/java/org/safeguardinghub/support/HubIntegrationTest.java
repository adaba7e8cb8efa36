package org.safeguardinghub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, on the same embedded PostgreSQL as the default run
 * (one database per test run: every integration test class shares this one context), with the
 * demo data set loaded, a known demo secret, e-mail on, sent to a real SMTP server on loopback, and a
 * clock tests can move on ({@link TestClock}), and single sign-on through a real OpenID Connect provider on
 * loopback ({@link TestIdentityProvider}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safeguarding.data-dir=target/it-data",
        "safeguarding.embedded.fsync=false",
        "safeguarding.demo.enabled=true",
        "safeguarding.demo.secret=" + HubIntegrationTest.SECRET,
        "safeguarding.notifications.email.enabled=true",
        "safeguarding.notifications.email.interval=PT1S",
        "logging.level.io.zonky=WARN",
        // the actuator on a port of its own, as in the production profile (operations.ManagementPortIT)
        "management.server.port=0",
        "safeguarding.operations.counts-for=PT0S"})
@ContextConfiguration(initializers = {FreshDataDirectory.class, TestMailServer.class, TestIdentityProvider.class})
@Import(TestClock.Config.class)
public @interface HubIntegrationTest {

    String SECRET = "it-demo-secret-0123";
}
