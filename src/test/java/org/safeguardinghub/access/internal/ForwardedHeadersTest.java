package org.safeguardinghub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;

/** Forwarded headers are believed only from trusted proxies, so a client cannot choose the address audited. */
class ForwardedHeadersTest {

    /** What the application sees of a request: its address, scheme and whether it is secure. */
    record Seen(String remoteAddr, String scheme, boolean secure) {
    }

    static Seen seen(List<String> trusted, String from, String forwardedFor, String proto) throws Exception {
        RemoteIpValve valve = ForwardedHeaders.valve(new ProxyProperties(trusted));
        Seen[] seen = new Seen[1];
        valve.setNext(new ValveBase() {
            @Override
            public void invoke(Request request, Response response) {
                seen[0] = new Seen(request.getRemoteAddr(), request.getScheme(), request.isSecure());
            }
        });
        Request request = new Request(new Connector(), new org.apache.coyote.Request());
        request.setRemoteAddr(from);
        request.getCoyoteRequest().scheme().setString("http");
        request.getCoyoteRequest().getMimeHeaders().addValue("X-Forwarded-For").setString(forwardedFor);
        request.getCoyoteRequest().getMimeHeaders().addValue("X-Forwarded-Proto").setString(proto);
        valve.invoke(request, new Response(new org.apache.coyote.Response()));
        return seen[0];
    }

    @Test
    void byDefaultNoAddressIsAProxyNotEvenAPrivateOneSoTheHeadersAreIgnored() throws Exception {
        assertThat(seen(List.of(), "10.0.0.5", "203.0.113.66", "https")).isEqualTo(new Seen("10.0.0.5", "http", false));
    }

    @Test
    void aClientThatIsNotATrustedProxyCannotNameItsOwnAddress() throws Exception {
        assertThat(seen(List.of("10.0.0.5"), "198.51.100.7", "203.0.113.66", "https"))
                .isEqualTo(new Seen("198.51.100.7", "http", false));
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressTheProxyAddedNotWhatTheClientSent() throws Exception {
        // the client sent "X-Forwarded-For: 203.0.113.66"; the proxy appended the address it saw
        assertThat(seen(List.of("10.0.0.0/24"), "10.0.0.5", "203.0.113.66, 198.51.100.7", "https"))
                .isEqualTo(new Seen("198.51.100.7", "https", true));
    }

    @Test
    void severalTrustedProxiesInARowArePassedOver() throws Exception {
        assertThat(seen(List.of("10.0.0.5", "192.0.2.1"), "10.0.0.5", "198.51.100.7, 192.0.2.1", "http").remoteAddr())
                .isEqualTo("198.51.100.7");
    }

    @Test
    void namesAreRefusedAtStartRatherThanLookedUp() {
        assertThatThrownBy(() -> new ProxyProperties(List.of("proxy.example.org")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy.example.org");
        assertThat(new ProxyProperties(List.of(" 10.0.0.5 ", "", "2001:db8::1", "10.1.0.0/16")).asCidrRanges())
                .isEqualTo("10.0.0.5/32,2001:db8::1/128,10.1.0.0/16");
    }
}
