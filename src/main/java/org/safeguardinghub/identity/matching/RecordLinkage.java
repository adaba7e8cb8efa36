package org.safeguardinghub.identity.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Linking whole batches: two sources against each other (each person at most once on each side,
 * so every record links to at most its best counterpart) or one source against itself. The model
 * is estimated from the batch itself, unsupervised.
 */
public final class RecordLinkage {

    private RecordLinkage() {
    }

    public static Result between(List<PersonRecord> left, List<PersonRecord> right, MatchThresholds thresholds) {
        return between(left, right, (persons, knownShare) -> thresholds);
    }

    /**
     * Linking at posterior probability {@code linkProbability}, with the prior from the batch: the
     * share of records that are someone on the other side, as the fitted model estimates it, and
     * the larger side's size.
     */
    public static Result between(List<PersonRecord> left, List<PersonRecord> right, double linkProbability) {
        return between(left, right, (persons, knownShare) -> MatchThresholds.forLinkage(persons, knownShare,
                linkProbability));
    }

    private interface ThresholdRule {
        MatchThresholds thresholds(long persons, double knownShare);
    }

    private static Result between(List<PersonRecord> left, List<PersonRecord> right, ThresholdRule rule) {
        List<NormalisedPerson> l = NormalisedPerson.all(left);
        List<NormalisedPerson> r = NormalisedPerson.all(right);
        long[] pairs = Blocking.between(l, r);
        MatchModel model = ModelEstimation.estimateBetween(l, r, pairs);
        MatchPolicy policy = new MatchPolicy(model, rule.thresholds(Math.max(l.size(), r.size()), model.knownShare()));
        Scores scores = score(l, r, pairs, policy);
        return new Result(l, r, pairs, oneToOne(scores.links()), scores.reviews(), policy);
    }

    public static Result within(List<PersonRecord> records, MatchThresholds thresholds) {
        List<NormalisedPerson> people = NormalisedPerson.all(records);
        long[] pairs = Blocking.within(people);
        MatchPolicy policy = new MatchPolicy(ModelEstimation.estimate(people, people, pairs), thresholds);
        Scores scores = score(people, people, pairs, policy);
        return new Result(people, people, pairs, scores.links(), scores.reviews(), policy);
    }

    private record Scores(List<CandidateMatch> links, List<CandidateMatch> reviews) {
    }

    private static Scores score(List<NormalisedPerson> left, List<NormalisedPerson> right, long[] pairs,
                                MatchPolicy policy) {
        TermFrequencies names = policy.model().frequencies();
        List<CandidateMatch> links = new ArrayList<>();
        List<CandidateMatch> reviews = new ArrayList<>();
        for (long pair : pairs) {
            NormalisedPerson a = left.get(Blocking.left(pair));
            NormalisedPerson b = right.get(Blocking.right(pair));
            MatchOutcome outcome = policy.decide(a, b, names);
            if (outcome instanceof MatchOutcome.Linked) {
                links.add(new CandidateMatch(a.id(), b.id(), outcome));
            } else if (outcome instanceof MatchOutcome.NeedsReview) {
                reviews.add(new CandidateMatch(a.id(), b.id(), outcome));
            }
        }
        return new Scores(links, reviews);
    }

    /** Strongest links first; a link is kept only if neither record is already linked. */
    public static List<CandidateMatch> oneToOne(List<CandidateMatch> links) {
        List<CandidateMatch> ordered = new ArrayList<>(links);
        ordered.sort(Comparator.comparing(RecordLinkage::isCertain).thenComparingDouble(CandidateMatch::weight)
                .reversed().thenComparing(CandidateMatch::incomingId).thenComparing(CandidateMatch::candidateId));
        Set<String> linkedLeft = new HashSet<>();
        Set<String> linkedRight = new HashSet<>();
        List<CandidateMatch> kept = new ArrayList<>();
        for (CandidateMatch link : ordered) {
            if (!linkedLeft.contains(link.incomingId()) && !linkedRight.contains(link.candidateId())) {
                linkedLeft.add(link.incomingId());
                linkedRight.add(link.candidateId());
                kept.add(link);
            }
        }
        return kept;
    }

    private static boolean isCertain(CandidateMatch match) {
        return match.outcome() instanceof MatchOutcome.Linked link && link.certain();
    }

    /** What a batch linkage found, with enough of the blocking kept to measure it. */
    public static final class Result {
        private final Map<String, Integer> leftIndex;
        private final Map<String, Integer> rightIndex;
        private final long[] pairs;
        private final List<CandidateMatch> links;
        private final List<CandidateMatch> reviews;
        private final MatchPolicy policy;
        private final boolean within;

        Result(List<NormalisedPerson> left, List<NormalisedPerson> right, long[] pairs, List<CandidateMatch> links,
               List<CandidateMatch> reviews, MatchPolicy policy) {
            this.leftIndex = indexes(left);
            this.rightIndex = indexes(right);
            this.pairs = pairs;
            this.links = List.copyOf(links);
            this.reviews = List.copyOf(reviews);
            this.policy = policy;
            this.within = left == right;
        }

        private static Map<String, Integer> indexes(List<NormalisedPerson> people) {
            Map<String, Integer> indexes = new HashMap<>();
            for (int i = 0; i < people.size(); i++) {
                indexes.put(people.get(i).id(), i);
            }
            return indexes;
        }

        public long candidatePairs() {
            return pairs.length;
        }

        public List<CandidateMatch> links() {
            return links;
        }

        public List<CandidateMatch> reviews() {
            return reviews;
        }

        public MatchModel model() {
            return policy.model();
        }

        public MatchThresholds thresholds() {
            return policy.thresholds();
        }

        /** Between two sources: the share of records estimated to be someone on the other side. */
        public double knownShare() {
            return policy.model().knownShare();
        }

        /** Whether blocking let this pair through to be compared at all. */
        public boolean isCandidate(String leftId, String rightId) {
            Integer l = leftIndex.get(leftId);
            Integer r = rightIndex.get(rightId);
            if (l == null || r == null) {
                return false;
            }
            long pair = within ? Blocking.pack(Math.min(l, r), Math.max(l, r)) : Blocking.pack(l, r);
            return Arrays.binarySearch(pairs, pair) >= 0;
        }
    }
}
