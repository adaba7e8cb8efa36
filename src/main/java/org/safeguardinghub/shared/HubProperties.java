package org.safeguardinghub.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files ({@code safeguarding.data-dir}), and whether it
 * flushes each commit to disk. Ignored when {@code spring.datasource.url} names another database.
 */
@ConfigurationProperties("safeguarding")
public record HubProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Embedded embedded) {

    /** @param fsync keep on outside tests: an acknowledged commit must survive a power cut */
    public record Embedded(@DefaultValue("true") boolean fsync, @DefaultValue("0") int port) {
    }
}
