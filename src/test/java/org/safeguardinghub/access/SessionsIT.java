package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One practitioner's session used by several requests at once, as with two tabs open after signing in. */
@HubIntegrationTest
class SessionsIT {

    @LocalServerPort
    int port;

    @Test
    void pagesWithFormsOpenedAtOnceRightAfterSigningInAllWork() throws Exception {
        for (int round = 0; round < 3; round++) {
            WebSession session = WebSession.signedIn(port, "mash.north");
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<Integer>> pages = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    pages.add(pool.submit(() -> session.get("/contacts/new").status()));
                }
                for (Future<Integer> page : pages) {
                    assertThat(page.get()).isEqualTo(200);
                }
            } finally {
                pool.shutdown();
            }
        }
    }
}
