package org.safeguardinghub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Managers' oversight of cases with plans, and cases without it in the managers' view (issue 15, item 6). */
@HubIntegrationTest
class OversightIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseWithoutOversightShowsInTheManagersViewUntilAManagerRecordsIt() {
        PlanFixtures f = new PlanFixtures(port, jdbc);
        String child = f.child();
        WebSession sw = WebSession.signedIn(port, "sw.north");
        f.make(sw, child, f.protectionPlan(LocalDate.now(HubTime.ZONE).minusDays(40)));
        WebSession manager = WebSession.signedIn(port, "tm.north");
        assertThat(manager.get("/oversight").body()).contains("Cases without manager&#39;s oversight")
                .contains("/children/" + child + "?tab=plans");

        assertThat(sw.get("/children/" + child + "/oversight/new").body()).contains("You cannot record oversight of this case.");
        manager.get("/children/" + child + "/oversight/new");
        WebSession.Page bad = manager.post("/children/" + child + "/oversight", Map.of("onDay", "1", "onMonth", "1",
                "onYear", "" + (LocalDate.now(HubTime.ZONE).getYear() + 2), "note", "", "direction", "Visit weekly."));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).as(() -> "the manager's access to the child: " + manager.get("/children/" + child).body()
                        .replaceAll("(?s).*(You can see[^<]*).*", "$1"))
                .contains("Oversight cannot be recorded for a day still to come").contains("Say what you found");
        assertThat(f.count("select count(*) from plans.oversight where child_id = ?", UUID.fromString(child.substring(2)))).isZero();
        LocalDate today = LocalDate.now(HubTime.ZONE);
        WebSession.Page recorded = manager.post("/children/" + child + "/oversight", Map.of("onDay", "" + today.getDayOfMonth(),
                "onMonth", "" + today.getMonthValue(), "onYear", "" + today.getYear(),
                "note", "Read the plan and the chronology; school attendance up.", "direction", "Review food support at the core group."));
        assertThat(recorded.status()).isEqualTo(302);
        assertThat(manager.get("/children/" + child + "?tab=plans").body()).contains("Review food support at the core group.");
        assertThat(manager.get("/oversight").body()).doesNotContain("/children/" + child + "?tab=plans");
    }
}
