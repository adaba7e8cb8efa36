package org.safeguardinghub.identity.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Everyone known, filed under their blocking keys, so that an incoming record is compared with
 * the few hundred people who share a key rather than with everyone. Lookups may run in parallel;
 * adding a person waits for them. The policy is given with each lookup, so a re-estimated model
 * can be used without rebuilding the index.
 */
public final class PersonIndex {

    /**
     * A key shared by more people than this ("born 1 January", a very common name in one year)
     * narrows nothing; lookups skip it and rely on the other keys.
     */
    static final int LARGEST_BLOCK = 2_000;

    private final List<NormalisedPerson> persons = new ArrayList<>();
    private final Map<String, IntList> blocks = new HashMap<>();
    private final TermFrequencies names = new TermFrequencies();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public void add(PersonRecord person) {
        NormalisedPerson normalised = NormalisedPerson.of(person);
        lock.writeLock().lock();
        try {
            int index = persons.size();
            persons.add(normalised);
            names.add(normalised);
            for (String key : BlockingKeys.of(normalised)) {
                blocks.computeIfAbsent(key, k -> new IntList()).add(index);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return persons.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The ids of everyone sharing a usable blocking key with the incoming record. */
    public List<String> candidates(PersonRecord incoming) {
        lock.readLock().lock();
        try {
            List<String> ids = new ArrayList<>();
            for (int index : candidateIndexes(NormalisedPerson.of(incoming))) {
                ids.add(persons.get(index).id());
            }
            return ids;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The best {@code limit} candidates with their outcomes, best first (identifier rules first). */
    public List<CandidateMatch> match(PersonRecord incoming, MatchPolicy policy, int limit) {
        MatchModel model = policy.model();
        NormalisedPerson person = NormalisedPerson.of(incoming);
        lock.readLock().lock();
        try {
            TopCandidates best = new TopCandidates(limit);
            double mostForNames = model.mostForName(Field.GIVEN_NAME, person, names)
                    + model.mostForName(Field.FAMILY_NAME, person, names);
            for (int index : candidateIndexes(person)) {
                NormalisedPerson candidate = persons.get(index);
                byte[] levels = model.comparisons().otherLevels(person, candidate);
                double rank = policy.rank(person, candidate, model.weight(levels, person, names) + mostForNames);
                if (best.couldTake(rank)) {
                    model.comparisons().addNameLevels(person, candidate, levels);
                    best.offer(candidate, levels, policy.rank(person, candidate, model.weight(levels, person, names)));
                }
            }
            return best.inOrder().stream().map(s -> outcome(person, s, policy)).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The single best candidate's outcome, or a new person when no one shares a key. */
    public CandidateMatch best(PersonRecord incoming, MatchPolicy policy) {
        List<CandidateMatch> matches = match(incoming, policy, 1);
        if (matches.isEmpty()) {
            return new CandidateMatch(incoming.id(), null,
                    new MatchOutcome.NewPerson(MatchExplanation.noCandidate(incoming.id())));
        }
        return matches.getFirst();
    }

    private CandidateMatch outcome(NormalisedPerson person, Scored scored, MatchPolicy policy) {
        MatchExplanation explanation = policy.model().explain(scored.levels(), person, scored.person(), names);
        return new CandidateMatch(person.id(), scored.person().id(),
                policy.decide(scored.levels(), explanation, person, scored.person()));
    }

    /**
     * Candidate pairs (sample index, person index) for a sample of incoming records, and a copy of
     * everyone known, from which a model can be estimated for lookups against this index.
     */
    Sample sample(List<NormalisedPerson> incoming) {
        lock.readLock().lock();
        try {
            List<Long> pairs = new ArrayList<>();
            for (int i = 0; i < incoming.size(); i++) {
                for (int index : candidateIndexes(incoming.get(i))) {
                    pairs.add(Blocking.pack(i, index));
                }
            }
            return new Sample(List.copyOf(persons), pairs.stream().mapToLong(Long::longValue).toArray(), names.copy());
        } finally {
            lock.readLock().unlock();
        }
    }

    record Sample(List<NormalisedPerson> persons, long[] pairs, TermFrequencies names) {
    }

    /**
     * Everyone sharing a usable key, those sharing the most keys first: they are the likeliest
     * match, and scoring them first lets the rest be passed over on their other fields alone.
     */
    private int[] candidateIndexes(NormalisedPerson person) {
        IntList found = new IntList();
        for (String key : BlockingKeys.of(person)) {
            IntList block = blocks.get(key);
            if (block != null && block.size() <= LARGEST_BLOCK) {
                found.addAll(block);
            }
        }
        return found.distinctByFrequency();
    }

    private record Scored(NormalisedPerson person, byte[] levels, double rank) {
    }

    /** The few best of many candidates, kept without sorting them all. */
    private static final class TopCandidates {
        private final int limit;
        private final List<Scored> kept = new ArrayList<>();

        TopCandidates(int limit) {
            this.limit = limit;
        }

        /** Whether a candidate ranked this high (at most) could still be among the best. */
        boolean couldTake(double rank) {
            return kept.size() < limit || rank > kept.getLast().rank();
        }

        void offer(NormalisedPerson person, byte[] levels, double rank) {
            if (!couldTake(rank)) {
                return;
            }
            Scored scored = new Scored(person, levels, rank);
            int at = 0;
            while (at < kept.size() && kept.get(at).rank() >= rank) {
                at++;
            }
            kept.add(at, scored);
            if (kept.size() > limit) {
                kept.removeLast();
            }
        }

        List<Scored> inOrder() {
            return kept;
        }
    }
}
