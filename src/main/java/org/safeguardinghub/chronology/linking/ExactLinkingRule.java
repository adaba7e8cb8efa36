package org.safeguardinghub.chronology.linking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.Subject;

/**
 * Exact linking (issue "Foundation"): the subject is the child with the same NHS number; else the
 * child the sending agency already knows by the same local id; else the same unique pupil number;
 * else the one child with the same given name, family name (ignoring case and accents) and date
 * of birth; otherwise a new person. Two different NHS numbers are never the same person, so a
 * weaker key never links a subject to a child holding another NHS number. Several children with
 * the same name and birth date is not a match at all: guessing would show one child's history
 * as another's.
 *
 * <p>Subjects are decided in order, and what one teaches (a new person, an identifier seen with a
 * known child) applies to the later subjects of the same batch.
 */
public final class ExactLinkingRule {

    /** A child already on record, as far as linking needs to know it. */
    public record KnownChild(ChildId id, String nhsNumber) {
    }

    /** What is already on record for the subjects of a batch. */
    public record OnRecord(Map<String, KnownChild> byNhs, Map<String, KnownChild> byLocalId,
                    Map<String, KnownChild> byUpn, Map<NameAndBirth, List<KnownChild>> byNameAndBirth) {
    }

    public record NameAndBirth(String nameKey, LocalDate dateOfBirth) {
    }

    /** Either a child on record or a new person of this batch. */
    private record Target(KnownChild known, Integer group, String nhsNumber) {

        boolean compatibleWith(Subject subject) {
            return nhsNumber == null || subject.nhsNumber() == null || nhsNumber.equals(subject.nhsNumber());
        }
    }

    private final OnRecord onRecord;
    private final Map<String, Target> seenNhs = new HashMap<>();
    private final Map<String, Target> seenLocal = new HashMap<>();
    private final Map<String, Target> seenUpn = new HashMap<>();
    private final Map<NameAndBirth, Target> seenName = new HashMap<>();
    private final Map<ChildId, String> learnedNhs = new HashMap<>();
    private int groups;

    ExactLinkingRule(OnRecord onRecord) {
        this.onRecord = onRecord;
    }

    List<LinkDecision> decideAll(List<Subject> subjects) {
        List<LinkDecision> decisions = new ArrayList<>(subjects.size());
        for (Subject subject : subjects) {
            decisions.add(decide(subject));
        }
        return decisions;
    }

    private LinkDecision decide(Subject subject) {
        Found found = byNhs(subject)
                .or(() -> byKey(subject, subject.localId(), onRecord.byLocalId(), seenLocal, "the same local id from this agency"))
                .or(() -> byKey(subject, subject.upn(), onRecord.byUpn(), seenUpn, "the same unique pupil number"))
                .or(() -> byNameAndBirth(subject))
                .orElse(null);
        Target target;
        LinkDecision decision;
        if (found == null) {
            target = new Target(null, groups++, subject.nhsNumber());
            decision = new LinkDecision.NewPerson(target.group(), ambiguous(subject)
                    ? "several children share this name and date of birth, so none was assumed"
                    : "no child on record has the same identifiers, or the same name and date of birth");
        } else {
            target = found.target();
            decision = target.known() != null
                    ? new LinkDecision.Linked(target.known().id(), found.reason())
                    : new LinkDecision.NewPerson(target.group(), found.reason());
        }
        remember(subject, target);
        return decision;
    }

    private record Found(Target target, String reason) {
    }

    private Optional<Found> byNhs(Subject subject) {
        if (subject.nhsNumber() == null) {
            return Optional.empty();
        }
        KnownChild known = onRecord.byNhs().get(subject.nhsNumber());
        if (known != null) {
            return Optional.of(new Found(onRecord(known), "the same NHS number"));
        }
        return Optional.ofNullable(seenNhs.get(subject.nhsNumber())).map(t -> new Found(t, "the same NHS number"));
    }

    private Optional<Found> byKey(Subject subject, String key, Map<String, KnownChild> recorded,
                                  Map<String, Target> seen, String reason) {
        if (key == null) {
            return Optional.empty();
        }
        KnownChild known = recorded.get(key);
        Target target = known != null ? onRecord(known) : seen.get(key);
        return Optional.ofNullable(target).filter(t -> t.compatibleWith(subject)).map(t -> new Found(t, reason));
    }

    private Optional<Found> byNameAndBirth(Subject subject) {
        if (!subject.hasNameAndBirthDate()) {
            return Optional.empty();
        }
        NameAndBirth key = new NameAndBirth(subject.nameKey(), subject.dateOfBirth());
        List<Target> candidates = new ArrayList<>();
        onRecord.byNameAndBirth().getOrDefault(key, List.of())
                .forEach(k -> candidates.add(onRecord(k)));
        Target seen = seenName.get(key);
        if (seen != null && candidates.stream().noneMatch(c -> sameTarget(c, seen))) {
            candidates.add(seen);
        }
        List<Target> compatible = candidates.stream().filter(t -> t.compatibleWith(subject)).toList();
        return compatible.size() == 1
                ? Optional.of(new Found(compatible.getFirst(), "the same name and date of birth"))
                : Optional.empty();
    }

    private boolean ambiguous(Subject subject) {
        if (!subject.hasNameAndBirthDate()) {
            return false;
        }
        NameAndBirth key = new NameAndBirth(subject.nameKey(), subject.dateOfBirth());
        return onRecord.byNameAndBirth().getOrDefault(key, List.of()).stream()
                .filter(k -> k.nhsNumber() == null || subject.nhsNumber() == null
                        || k.nhsNumber().equals(subject.nhsNumber()))
                .count() > 1;
    }

    /** A child on record, with an NHS number learned earlier in this batch if it had none. */
    private Target onRecord(KnownChild known) {
        String nhs = known.nhsNumber() != null ? known.nhsNumber() : learnedNhs.get(known.id());
        return new Target(known, null, nhs);
    }

    private void remember(Subject subject, Target target) {
        Target withNhs = target.nhsNumber() == null && subject.nhsNumber() != null
                ? new Target(target.known(), target.group(), subject.nhsNumber())
                : target;
        if (target.known() != null && subject.nhsNumber() != null) {
            learnedNhs.putIfAbsent(target.known().id(), subject.nhsNumber());
        }
        if (subject.nhsNumber() != null) {
            seenNhs.putIfAbsent(subject.nhsNumber(), withNhs);
        }
        if (subject.localId() != null) {
            seenLocal.putIfAbsent(subject.localId(), withNhs);
        }
        if (subject.upn() != null) {
            seenUpn.putIfAbsent(subject.upn(), withNhs);
        }
        if (subject.hasNameAndBirthDate()) {
            seenName.putIfAbsent(new NameAndBirth(subject.nameKey(), subject.dateOfBirth()), withNhs);
        }
    }

    private static boolean sameTarget(Target a, Target b) {
        if (a.known() != null && b.known() != null) {
            return a.known().id().equals(b.known().id());
        }
        return Objects.equals(a.group(), b.group()) && a.known() == null && b.known() == null;
    }
}
