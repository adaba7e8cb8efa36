package reliability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Synthetic partner batches (never a real person): a pool of children several agencies send about,
 * so batches link to children other batches made, meet on the same children at once and trip the
 * alert rules (repeat missing, ED attendances, contacts from several agencies). Event ids are
 * {@code <prefix>-<agency>-<n>}, unique per run.
 */
final class FeedBatches {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] GIVEN = {"Ava", "Noah", "Maya", "Leo", "Isla", "Finn", "Zara", "Kai", "Nia", "Ezra"};
    private static final String[] TYPES = {"MISSING_EPISODE", "ED_ATTENDANCE", "CONTACT", "NOTE", "SCHOOL_ABSENCE"};

    private final String prefix;
    private final List<String[]> children = new ArrayList<>();
    private final Random random;

    /** {@code children} synthetic children, named from the seed so each run has its own. */
    FeedBatches(String prefix, int children, long seed) {
        this.prefix = prefix;
        this.random = new Random(seed);
        for (int c = 0; c < children; c++) {
            String family = "Rl" + letters(7);
            LocalDate born = LocalDate.of(2009 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
            this.children.add(new String[] {GIVEN[random.nextInt(GIVEN.length)], family, born.toString()});
        }
    }

    private String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    /** {@code count} batches of {@code size} events from this agency. */
    List<PartnerClient.Batch> batches(String agency, int count, int size) {
        List<PartnerClient.Batch> batches = new ArrayList<>();
        int n = 0;
        for (int b = 0; b < count; b++) {
            List<String> ids = new ArrayList<>();
            ObjectNode body = JSON.createObjectNode();
            ArrayNode events = body.putArray("events");
            for (int e = 0; e < size; e++) {
                String id = prefix + "-" + agency + "-" + (n++);
                ids.add(id);
                event(events.addObject(), id);
            }
            batches.add(new PartnerClient.Batch(List.copyOf(ids), body.toString()));
        }
        return batches;
    }

    private void event(ObjectNode event, String id) {
        String[] child = children.get(random.nextInt(children.size()));
        String type = TYPES[random.nextInt(TYPES.length)];
        event.put("eventId", id);
        ObjectNode subject = event.putObject("subject");
        subject.put("givenName", child[0]);
        subject.put("familyName", child[1]);
        subject.put("dateOfBirth", child[2]);
        event.put("type", type);
        LocalDate occurred = LocalDate.now().minusDays(2 + random.nextInt(60));
        event.put("occurredAt", occurred.toString());
        if (type.equals("MISSING_EPISODE")) {
            event.put("endedAt", occurred.plusDays(1).toString()); // back the next day: a return interview falls due
        }
        event.put("summary", "Synthetic " + type.toLowerCase() + " " + id);
        ObjectNode details = event.putObject("details");
        switch (type) {
            case "MISSING_EPISODE" -> details.put("from", "CARE").put("reportedToPolice", true).put("riskGrading", "MEDIUM");
            case "ED_ATTENDANCE" -> details.put("reason", "injury").put("injury", true);
            case "CONTACT" -> details.put("concern", "synthetic concern").putArray("categories").add("NEGLECT");
            case "SCHOOL_ABSENCE" -> details.put("minutes", 90);
            default -> { }
        }
    }
}
