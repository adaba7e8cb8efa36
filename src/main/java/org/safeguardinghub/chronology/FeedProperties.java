package org.safeguardinghub.chronology;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the partner event feed ({@code POST /api/v1/events}).
 *
 * @param maxBodyBytes the largest body the feed reads; a larger one is answered 413 before any of
 *                     it is parsed, so no client can make the hub hold an unbounded document in
 *                     memory. The default leaves room for the contract's largest batch (1000
 *                     events, each with a 1000-character summary, a subject and details, even
 *                     with every character escaped) several times over.
 */
@ConfigurationProperties("safeguarding.feed")
public record FeedProperties(@DefaultValue("8MB") DataSize maxBodyBytes) {

    public FeedProperties {
        if (maxBodyBytes.toBytes() < 64 * 1024 || maxBodyBytes.toMegabytes() > 256) {
            throw new IllegalArgumentException("safeguarding.feed.max-body-bytes must be between 64KB and 256MB");
        }
    }
}
