package load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The children of the load run's population ({@code benchmarks.LoadRun} writes them), for
 * practitioners to look up and partners to send events about. Everything is invented.
 */
final class LoadChildren {

    private final List<String[]> rows;
    /** The children a contact is open about, whom the MASH may open. */
    private final List<String[]> atTheFrontDoor;
    /** Events sent so far, for unique event ids; with the run's own prefix so a rerun against the same database sends new ones. */
    private final AtomicLong sent = new AtomicLong();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private LoadChildren(List<String[]> rows) {
        this.rows = rows;
        this.atTheFrontDoor = rows.stream().filter(r -> Boolean.parseBoolean(r[5])).toList();
    }

    static LoadChildren read(String file) {
        try {
            List<String[]> rows = Files.readAllLines(Path.of(file)).stream().skip(1).map(l -> l.split(",")).toList();
            if (rows.isEmpty()) {
                throw new IllegalStateException("no children in " + file);
            }
            return new LoadChildren(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("The load run's children are written by benchmarks.LoadRun: " + file, e);
        }
    }

    private static String[] any(List<String[]> rows) {
        return rows.get(ThreadLocalRandom.current().nextInt(rows.size()));
    }

    /**
     * A child to look up: its id and family name (to search for). Managers answer for all the area's
     * children; a MASH officer opens a child while a contact about them is open.
     */
    Map<String, Object> random(boolean mash) {
        String[] child = any(mash && !atTheFrontDoor.isEmpty() ? atTheFrontDoor : rows);
        return Map.of("childId", child[0], "familyName", child[1]);
    }

    /**
     * A batch of events as the client's agency sends them about children of the population: the
     * police by their local id, the others by name and date of birth (so the person matching works).
     */
    String batch(String client, int size) {
        StringBuilder body = new StringBuilder("{\"events\":[");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int e = 0; e < size; e++) {
            String[] child = any(rows);
            long n = sent.incrementAndGet();
            body.append(e == 0 ? "" : ",").append("{\"eventId\":\"LOAD-").append(run).append('-').append(n)
                    .append("\",\"subject\":").append(subject(client, child))
                    .append(",\"occurredAt\":\"").append(now.minus(n % 240, ChronoUnit.MINUTES)).append('"')
                    .append(",\"summary\":\"Load run event ").append(n).append(": sent by the partner's system.\"")
                    .append(",\"significance\":\"").append(n % 7 == 0 ? "SIGNIFICANT" : "ROUTINE").append('"')
                    .append(content(client, n)).append('}');
        }
        return body.append("]}").toString();
    }

    private static String subject(String client, String[] child) {
        if (client.startsWith("POLICE")) {
            return "{\"localId\":\"" + child[2] + "\"}";
        }
        return "{\"givenName\":\"" + child[3] + "\",\"familyName\":\"" + child[1] + "\",\"dateOfBirth\":\"" + child[4] + "\"}";
    }

    private static String content(String client, long n) {
        return switch (client) {
            case "POLICE-NORTH" -> n % 3 == 0
                    ? ",\"type\":\"MISSING_EPISODE\",\"details\":{\"from\":\"HOME\",\"reportedToPolice\":true,\"riskGrading\":\"MEDIUM\"}"
                    : ",\"type\":\"POLICE_INCIDENT\",\"details\":{\"role\":\"WITNESS\",\"offence\":\"criminal damage\"}";
            case "ED-NORTH" -> ",\"type\":\"ED_ATTENDANCE\",\"sensitivity\":\"HEALTH\","
                    + "\"details\":{\"reason\":\"sprained wrist\",\"injury\":true,\"accompaniedBy\":\"parent\"}";
            default -> ",\"type\":\"SCHOOL_ABSENCE\",\"details\":{\"minutes\":" + (30 + n % 200) + "}";
        };
    }
}
