package org.safeguardinghub.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.events.EventValidator;
import org.safeguardinghub.shared.HubTime;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo stories are valid partner events, rich enough to show the product, and stay recent. */
class DemoStoryTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void timesMoveByWholeDaysKeepingTheirForm() {
        assertThat(DemoStory.shift("2026-10-31", 22)).isEqualTo("2026-11-22");
        assertThat(DemoStory.shift("2025-03-14T21:40:00Z", 1)).isEqualTo("2025-03-15T21:40Z");
        assertThat(DemoStory.shift("2025-03-14T21:40:00+01:00", -1)).isEqualTo("2025-03-13T21:40+01:00");
    }

    /** The five children whose stories echo the reviews; later stories (a child for one module's demo) may be short. */
    static final java.util.Set<String> REVIEW_CHILDREN = java.util.Set.of("01-zoe.json", "02-tyler.json", "03-ellie-mae.json",
            "04-kai.json", "05-natalia.json");

    @Test
    void everyStoryIsValidEventsEndingBeforeTodayAndTheReviewsChildrenFiftyOrMoreFromSeveralAgencies() throws IOException {
        LocalDate today = LocalDate.of(2026, 11, 22);
        EventValidator validator = new EventValidator(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), HubTime.ZONE));
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/children/*.json");
        assertThat(files).extracting(Resource::getFilename).containsAll(REVIEW_CHILDREN);
        for (Resource file : files) {
            DemoStory story;
            try (InputStream in = file.getInputStream()) {
                story = DemoStory.read(file.getFilename(), JSON.readTree(in), today);
            }
            int events = 0;
            Set<String> agencies = new HashSet<>();
            for (DemoStory.Batch batch : story.batches()) {
                agencies.add(batch.agency());
                for (JsonNode event : batch.events()) {
                    assertThat(validator.validate(event)).as(file.getFilename() + " " + event.get("eventId"))
                            .isInstanceOf(EventValidator.Valid.class);
                    events++;
                }
            }
            if (REVIEW_CHILDREN.contains(file.getFilename())) {
                assertThat(events).as(file.getFilename()).isGreaterThanOrEqualTo(50);
                assertThat(agencies).as(file.getFilename()).hasSizeGreaterThanOrEqualTo(4);
            } else {
                assertThat(events).as(file.getFilename()).isPositive();
            }
            assertThat(story.network()).as(file.getFilename()).isNotEmpty();
            assertThat(DemoAccounts.USERS).extracting(DemoAccounts.DemoUser::username)
                    .containsAll(story.network().stream().map(DemoStory.Member::practitioner).toList());
        }
    }

    @Test
    void everyDemoAgencyCodeTheIssueNamesExists() {
        assertThat(DemoAccounts.AGENCIES).extracting(DemoAccounts.DemoAgency::code).contains("CSC-NORTH", "CSC-SOUTH",
                "POLICE-NORTH", "POLICE-SOUTH", "ED-NORTH", "ED-SOUTH", "GP-NORTH", "SCHOOL-NORTH", "YOT-NORTH",
                "HOME-SOUTH", "SN-SOUTH");
        assertThat(DemoAccounts.AGENCIES).extracting(DemoAccounts.DemoAgency::type).containsExactlyInAnyOrder(
                "CHILDRENS_SOCIAL_CARE", "CHILDRENS_SOCIAL_CARE", "POLICE", "POLICE", "HEALTH", "HEALTH", "HEALTH",
                "HEALTH", "EDUCATION", "YOUTH_JUSTICE", "CARE_PROVIDER", "VOLUNTARY", "ADULT_SERVICES");
    }
}
