package org.safeguardinghub.access.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The proxies whose {@code X-Forwarded-*} headers are believed (docs/audit.md, "Trusted proxies").
 * A request's address is what the audit records as where a look or change came from, so a header
 * any client can send is believed only from these addresses.
 *
 * @param trustedProxies IP addresses or CIDR ranges (for example {@code 10.0.0.5} or {@code 10.0.0.0/24});
 *                       none by default: forwarded headers are then ignored
 */
@ConfigurationProperties("safeguarding.access")
public record ProxyProperties(@DefaultValue List<String> trustedProxies) {

    private static final Pattern ADDRESS_OR_RANGE = Pattern.compile("[0-9A-Fa-f.:]+(/\\d{1,3})?");

    public ProxyProperties {
        trustedProxies = trustedProxies.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        trustedProxies.stream().filter(p -> !ADDRESS_OR_RANGE.matcher(p).matches()).findFirst().ifPresent(p -> {
            throw new IllegalArgumentException(
                    "safeguarding.access.trusted-proxies takes IP addresses and CIDR ranges, not names: " + p);
        });
    }

    /** Each as a CIDR range, a single address as a range of one, joined by commas as Tomcat takes them. */
    String asCidrRanges() {
        return String.join(",", trustedProxies.stream()
                .map(p -> p.contains("/") ? p : p + (p.contains(":") ? "/128" : "/32")).toList());
    }
}
