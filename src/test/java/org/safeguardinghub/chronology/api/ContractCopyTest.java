package org.safeguardinghub.chronology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/**
 * The repository keeps a copy of the partner contract (docs/contract/event-feed.md) so that the
 * API description is checked against it on a clone with nothing beside it. Where the published
 * contract is beside the repository, the copy must be the same text: a contract change then fails
 * here until the copy, and with it the API description, is brought up to date.
 */
class ContractCopyTest {

    @Test
    void theCopyIsThePublishedContract() throws IOException {
        assumeTrue(Files.exists(FeedContract.PUBLISHED), "the published contract is not beside this clone");
        assertThat(Files.readString(FeedContract.COPY)).isEqualTo(Files.readString(FeedContract.PUBLISHED));
    }
}
