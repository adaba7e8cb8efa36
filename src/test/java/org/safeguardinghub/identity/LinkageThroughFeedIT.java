package org.safeguardinghub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import benchmarks.AgencyExtracts;
import benchmarks.AgencyExtracts.Agency;
import benchmarks.AgencyExtracts.Row;
import benchmarks.ChildPopulation;
import benchmarks.FeedRun;
import benchmarks.PairScore;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.ReviewLabel;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The end-to-end linkage benchmark (scripts/bench-linkage.sh) small enough for every build: a few
 * hundred synthetic children in households, with twins and siblings, and three agencies' extracts
 * about them (one health record in twenty carrying a sibling's NHS number), sent through the feed.
 * No twin's or sibling's records end up on one record, and every record the feed held because
 * another child has its NHS number is on the review queue, labelled by the hard stop that held it
 * (an identifier conflict where date of birth, sex and given name all disagree). The children are born in 2019 to 2022, which no other test uses, so they
 * meet no other test's children.
 */
@HubIntegrationTest
class LinkageThroughFeedIT {

    static final long SEED = 20_261_213;

    @LocalServerPort
    int port;

    @Autowired
    MatchReviews reviews;

    @Test
    void twinsAndSiblingsAreNeverPutOnOneRecordAndIdentifierConflictsReachTheQueue() throws Exception {
        ChildPopulation population = ChildPopulation.of(SEED, 400, 2019, 2022);
        AgencyExtracts extracts = AgencyExtracts.of(population, SEED + 1, 0.05);
        List<Row> rows = extracts.rows();
        assertThat(population.twinPairs()).as("the data holds twins").isPositive();
        assertThat(extracts.siblingNhsNumbers()).as("the data holds a sibling's NHS number typed in").isNotEmpty();

        Map<Agency, List<Row>> ordered = new EnumMap<>(Agency.class);
        for (Agency agency : Agency.values()) {
            ordered.put(agency, extracts.shuffled(agency));
        }
        Map<String, Api> clients = new java.util.HashMap<>();
        FeedRun run = new FeedRun(rows, "IT-" + SEED + "-");
        run.send(ordered, 100, (client, body) -> {
            Api.Response response = clients.computeIfAbsent(client, c -> new Api(port).as(c)).post("/api/v1/events", body);
            assertThat(response.status()).isEqualTo(200);
            return response.body();
        });

        PairScore score = PairScore.of("feed", population.children(), rows.stream().mapToInt(Row::child).toArray(),
                run.clusters());
        assertThat(score.twinLinks()).as("false links between twins").isZero();
        assertThat(score.siblingLinks()).as("false links between other siblings").isZero();
        assertThat(score.recall()).as("recall").isGreaterThan(0.8);

        // every record held because its NHS number is also another child's is on the queue, labelled by a hard stop
        FeedRun.Answer[] answers = run.answers();
        Map<String, Set<Integer>> childrenByNumber = new HashMap<>();
        rows.stream().filter(r -> r.nhs() != null)
                .forEach(r -> childrenByNumber.computeIfAbsent(r.nhs(), n -> new HashSet<>()).add(r.child()));
        List<MatchReviews.Review> waiting = reviews.waiting();
        Set<ReviewLabel> labels = EnumSet.noneOf(ReviewLabel.class);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).nhs() != null && childrenByNumber.get(rows.get(i).nhs()).size() > 1
                    && answers[i].match().equals("NEEDS_REVIEW")) {
                String record = answers[i].childId();
                MatchReviews.Review review = waiting.stream().filter(r -> r.incoming().toString().equals(record))
                        .findFirst().orElseThrow(() -> new AssertionError("no review for " + record));
                assertThat(review.label()).isNotEqualTo(ReviewLabel.NEAR_MATCH);
                labels.add(review.label());
            }
        }
        assertThat(labels).as("a sibling's number on a child whose date of birth, sex and given name all differ")
                .contains(ReviewLabel.IDENTIFIER_CONFLICT);
    }
}
