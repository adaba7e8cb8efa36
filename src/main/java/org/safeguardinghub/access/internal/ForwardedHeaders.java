package org.safeguardinghub.access.internal;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Believes {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} only when the
 * request comes from a trusted proxy ({@link ProxyProperties}); from anyone else they are ignored, so
 * a client cannot write its own address into the audit. Tomcat's {@link RemoteIpValve} does the
 * work: it reads {@code X-Forwarded-For} from the right and stops at the first address that is not a
 * trusted proxy (that is the client, whatever the client itself put at the left), and it marks the
 * request secure when the proxy says it came over HTTPS, so cookies stay {@code Secure}. Spring
 * Boot's own handling of the headers is off ({@code server.forward-headers-strategy=none}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ForwardedHeaders {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> forwardedHeadersFromTrustedProxies(
            ProxyProperties properties) {
        return factory -> factory.addEngineValves(valve(properties));
    }

    static RemoteIpValve valve(ProxyProperties properties) {
        RemoteIpValve valve = new RemoteIpValve();
        // empty: no address is a proxy (Tomcat's default would trust every private address)
        valve.setInternalProxies(properties.asCidrRanges());
        valve.setTrustedProxies("");
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        return valve;
    }
}
