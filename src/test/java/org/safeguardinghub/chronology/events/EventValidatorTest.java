package org.safeguardinghub.chronology.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.FieldError;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.shared.HubTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The rules of an event in contract v1 (spec/event-feed.md, "Sending events"). */
class EventValidatorTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final EventValidator VALIDATOR = new EventValidator(Clock.fixed(NOW, HubTime.ZONE));

    /** The contract's own example event. */
    static ObjectNode example() {
        return (ObjectNode) JSON.readTree("""
                { "eventId": "F4-MISS-2015-0042",
                  "subject": { "nhsNumber": "9434765919", "upn": null, "localId": "F4-P-88231", "givenName": "Kayleigh",
                               "familyName": "Smyth", "dateOfBirth": "2002-03-14", "sex": "F", "postcode": "L36 9YU",
                               "address": "12 Example Road" },
                  "type": "MISSING_EPISODE", "occurredAt": "2015-02-14T20:05:00Z", "endedAt": "2015-02-16T14:50:00Z",
                  "summary": "Missing from residential home after leaving roller rink; found at friend's address.",
                  "significance": "SIGNIFICANT", "sensitivity": "STANDARD",
                  "details": { "from": "CARE", "reportedToPolice": true, "riskGrading": "HIGH",
                               "foundAt": "friend's address, LA1", "foundWith": "unknown adult male" } }""");
    }

    static List<FieldError> errors(JsonNode event) {
        return switch (VALIDATOR.validate(event)) {
            case EventValidator.Invalid invalid -> invalid.errors();
            case EventValidator.Valid valid -> List.of();
        };
    }

    static List<String> fields(JsonNode event) {
        return errors(event).stream().map(FieldError::field).toList();
    }

    @Test
    void theContractsExampleIsValid() {
        var result = VALIDATOR.validate(example());
        assertThat(result).isInstanceOf(EventValidator.Valid.class);
        IncomingEvent event = ((EventValidator.Valid) result).event();
        assertThat(event.type()).isEqualTo(EventType.MISSING_EPISODE);
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2015-02-14T20:05:00Z"));
        assertThat(event.subject().nhsNumber()).isEqualTo("9434765919");
        assertThat(event.subject().upn()).isNull();
    }

    @Test
    void defaultsAreRoutineAndStandard() {
        ObjectNode event = example();
        event.remove("significance");
        event.remove("sensitivity");
        IncomingEvent valid = ((EventValidator.Valid) VALIDATOR.validate(event)).event();
        assertThat(valid.significance()).isEqualTo(Significance.ROUTINE);
        assertThat(valid.sensitivity()).isEqualTo(Sensitivity.STANDARD);
    }

    /** The contract names four sensitivities; the child's own words are recorded on the child's page, not sent. */
    @Test
    void aPartnerSendsOnlyTheContractsSensitivitiesWhileAnEntryMayKeepTheChildsOwnWords() {
        ObjectNode event = example().put("sensitivity", "CHILD_DISCLOSURE");
        assertThat(errors(event)).extracting(FieldError::message)
                .containsExactly("must be one of STANDARD, HEALTH, SEXUAL_HEALTH, POLICE_INTELLIGENCE");
        ObjectNode entry = example().put("sensitivity", "CHILD_DISCLOSURE");
        entry.remove("eventId");
        entry.remove("subject");
        assertThat(((EventValidator.Valid) VALIDATOR.validateEntry(entry)).event().sensitivity())
                .isEqualTo(Sensitivity.CHILD_DISCLOSURE);
    }

    @Test
    void eventIdIsRequiredAndAtMostOneHundredCharacters() {
        ObjectNode event = example();
        event.remove("eventId");
        assertThat(fields(event)).containsExactly("eventId");
        event.put("eventId", "x".repeat(100));
        assertThat(fields(event)).isEmpty();
        event.put("eventId", "x".repeat(101));
        assertThat(fields(event)).containsExactly("eventId");
    }

    @Test
    void subjectNeedsNameAndBirthDateOrAnIdentifier() {
        ObjectNode event = example();
        event.set("subject", JSON.readTree("{\"givenName\": \"Kayleigh\", \"familyName\": \"Smyth\"}"));
        assertThat(fields(event)).containsExactly("subject");
        event.set("subject", JSON.readTree("{\"givenName\": \"Kayleigh\", \"familyName\": \"Smyth\", \"dateOfBirth\": \"2002-03-14\"}"));
        assertThat(fields(event)).isEmpty();
        event.set("subject", JSON.readTree("{\"upn\": \"H801200001001\"}"));
        assertThat(fields(event)).isEmpty();
        event.set("subject", JSON.readTree("{\"localId\": \"F4-P-1\"}"));
        assertThat(fields(event)).isEmpty();
        event.remove("subject");
        assertThat(fields(event)).containsExactly("subject");
    }

    @Test
    void nhsNumberMustPassTheModulus11Check() {
        ObjectNode event = example();
        ((ObjectNode) event.get("subject")).put("nhsNumber", "9434765918");
        assertThat(errors(event)).containsExactly(new FieldError("subject.nhsNumber",
                "must be 10 digits with a valid modulus-11 check digit"));
    }

    @Test
    void dateOfBirthMustBeARealPastDate() {
        ObjectNode event = example();
        ((ObjectNode) event.get("subject")).put("dateOfBirth", "2002-02-30");
        assertThat(fields(event)).containsExactly("subject.dateOfBirth");
        ((ObjectNode) event.get("subject")).put("dateOfBirth", "2026-11-23");
        assertThat(fields(event)).containsExactly("subject.dateOfBirth");
    }

    @Test
    void typeMustBeOneOfTheContractsTypes() {
        ObjectNode event = example();
        event.put("type", "MISSING");
        assertThat(fields(event)).containsExactly("type");
        event.remove("type");
        assertThat(fields(event)).containsExactly("type");
    }

    @Test
    void occurredAtIsRequiredWithAnOffsetAndNotInTheFuture() {
        ObjectNode event = example();
        event.remove("endedAt");
        event.put("occurredAt", "2015-02-14T20:05:00");
        assertThat(fields(event)).containsExactly("occurredAt");
        event.put("occurredAt", "2026-11-22T12:00:00Z");
        assertThat(fields(event)).isEmpty();
        event.put("occurredAt", "2026-11-22T12:00:01Z");
        assertThat(errors(event)).containsExactly(new FieldError("occurredAt", "must not be in the future"));
        event.put("occurredAt", "2026-11-22");
        assertThat(fields(event)).isEmpty();
        event.put("occurredAt", "2026-11-23");
        assertThat(fields(event)).containsExactly("occurredAt");
        event.remove("occurredAt");
        assertThat(fields(event)).containsExactly("occurredAt");
    }

    @Test
    void endedAtMustNotBeBeforeOccurredAt() {
        ObjectNode event = example();
        event.put("endedAt", "2015-02-14T20:05:00Z");
        assertThat(fields(event)).isEmpty();
        event.put("endedAt", "2015-02-14T20:04:59Z");
        assertThat(errors(event)).containsExactly(new FieldError("endedAt", "must not be before occurredAt"));
        // a date alone as the end covers that whole day
        event.put("endedAt", "2015-02-14");
        assertThat(fields(event)).isEmpty();
        event.put("endedAt", "2015-02-13");
        assertThat(fields(event)).containsExactly("endedAt");
    }

    @Test
    void summaryIsRequiredUpToOneThousandCharacters() {
        ObjectNode event = example();
        event.put("summary", " ");
        assertThat(fields(event)).containsExactly("summary");
        event.put("summary", "x".repeat(1000));
        assertThat(fields(event)).isEmpty();
        event.put("summary", "x".repeat(1001));
        assertThat(fields(event)).containsExactly("summary");
        event.put("summary", 42);
        assertThat(errors(event)).containsExactly(new FieldError("summary", "must be a string"));
    }

    @Test
    void significanceAndSensitivityMustBeListedValues() {
        ObjectNode event = example();
        event.put("significance", "HIGH");
        event.put("sensitivity", "SECRET");
        assertThat(fields(event)).containsExactly("significance", "sensitivity");
    }

    @Test
    void detailsFieldsWithFixedFormsAreChecked() {
        ObjectNode event = example();
        ObjectNode details = (ObjectNode) event.get("details");
        details.put("from", "SCHOOL");
        details.put("reportedToPolice", "yes");
        details.put("riskGrading", "CRITICAL");
        // reported in field order, so partners see the same list every time
        assertThat(fields(event)).containsExactly("details.from", "details.reportedToPolice", "details.riskGrading");
    }

    @Test
    void theOlderNoApparentRiskGradeIsAcceptedAndUnknownDetailsAreKept() {
        ObjectNode event = example();
        ObjectNode details = (ObjectNode) event.get("details");
        details.put("riskGrading", "NO_APPARENT_RISK");
        details.put("partnerSpecificField", "kept");
        IncomingEvent valid = ((EventValidator.Valid) VALIDATOR.validate(event)).event();
        assertThat(valid.details().get("riskGrading").stringValue()).isEqualTo("NO_APPARENT_RISK");
        assertThat(valid.details().get("partnerSpecificField").stringValue()).isEqualTo("kept");
    }

    @Test
    void detailsMustBeAnObject() {
        ObjectNode event = example();
        event.put("details", "free text");
        assertThat(fields(event)).containsExactly("details");
    }

    @Test
    void nulCharactersAreRejectedBecausePostgresCannotStoreThem() {
        ObjectNode event = example();
        event.put("summary", "bad\u0000text");
        ((ObjectNode) event.get("details")).put("foundAt", "x\u0000");
        assertThat(fields(event)).containsExactly("summary", "details");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        JsonNode event = JSON.readTree("{\"type\": \"NOPE\", \"occurredAt\": \"yesterday\"}");
        assertThat(fields(event)).containsExactlyInAnyOrder("eventId", "subject", "type", "occurredAt", "summary");
    }

    @Test
    void anEventThatIsNotAnObjectIsRejected() {
        assertThat(fields(JSON.readTree("[1, 2]"))).containsExactly("");
    }

    @Test
    void theSameContentHashesTheSameAndAChangeHashesDifferently() {
        byte[] hash = hash(example());
        ObjectNode reordered = (ObjectNode) JSON.readTree(CanonicalJson.write(example()));
        assertThat(hash(reordered)).isEqualTo(hash);
        ObjectNode spelledOut = example();
        spelledOut.put("occurredAt", "2015-02-14T20:05:00+00:00");
        assertThat(hash(spelledOut)).isEqualTo(hash);
        ObjectNode changed = example();
        changed.put("summary", "Missing from residential home.");
        assertThat(hash(changed)).isNotEqualTo(hash);
        ObjectNode defaulted = example();
        defaulted.put("sensitivity", (String) null);
        assertThat(hash(defaulted)).isEqualTo(hash);
    }

    @Property
    void theOrderOfDetailsFieldsNeverChangesTheHash(@ForAll @Size(max = 8) List<@net.jqwik.api.constraints.AlphaChars @net.jqwik.api.constraints.StringLength(min = 1, max = 6) String> keys) {
        ObjectNode forward = example();
        ObjectNode backward = example();
        ObjectNode a = (ObjectNode) forward.get("details");
        ObjectNode b = (ObjectNode) backward.get("details");
        List<String> reversed = new ArrayList<>(keys);
        Collections.reverse(reversed);
        keys.forEach(k -> a.put("x" + k, k));
        reversed.forEach(k -> b.put("x" + k, k));
        assertThat(hash(backward)).isEqualTo(hash(forward));
    }

    private static byte[] hash(JsonNode event) {
        return ((EventValidator.Valid) VALIDATOR.validate(event)).event().contentHash();
    }
}
