package org.safeguardinghub.chronology.linking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.LinkChecks;
import org.safeguardinghub.chronology.LinkChecks.Evidence;
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
 * <p>Every link found so is looked at again before it is made ({@link LinkChecks}, issue 13): one
 * held for a person is not made; the subject becomes a provisional new person of its own, paired
 * with the child it was found by for review ({@link LinkDecision.Held}).
 *
 * <p>Subjects are decided in order, and what one teaches (a new person, an identifier seen with a
 * known child) applies to the later subjects of the same batch.
 */
public final class ExactLinkingRule {

    /**
     * A child already on record, as far as linking needs to know it: its NHS number and its
     * recorded name, date of birth and sex ({@code recorded}, null where not looked up).
     */
    public record KnownChild(ChildId id, String nhsNumber, Subject recorded) {

        public KnownChild(ChildId id, String nhsNumber) {
            this(id, nhsNumber, null);
        }
    }

    /** What is already on record for the subjects of a batch. */
    public record OnRecord(Map<String, KnownChild> byNhs, Map<String, KnownChild> byLocalId,
                    Map<String, KnownChild> byUpn, Map<NameAndBirth, List<KnownChild>> byNameAndBirth) {
    }

    public record NameAndBirth(String nameKey, LocalDate dateOfBirth) {
    }

    /** Either a child on record or a new person of this batch, with what it is known as. */
    private record Target(KnownChild known, Integer group, String nhsNumber, List<Subject> knownAs) {

        boolean compatibleWith(Subject subject) {
            return nhsNumber == null || subject.nhsNumber() == null || nhsNumber.equals(subject.nhsNumber());
        }

        Target withNhs(String nhs) {
            return new Target(known, group, nhs, knownAs);
        }

        Object identity() {
            return known != null ? known.id() : group;
        }
    }

    private final OnRecord onRecord;
    private final Function<ChildId, List<Subject>> knownAs;
    private final LinkChecks checks;
    /** Provisional new persons of this batch, by the target they were held from and who the subject is. */
    private final Map<List<Object>, Target> held = new HashMap<>();
    private final Map<String, Target> seenNhs = new HashMap<>();
    private final Map<String, Target> seenLocal = new HashMap<>();
    private final Map<String, Target> seenUpn = new HashMap<>();
    private final Map<NameAndBirth, Target> seenName = new HashMap<>();
    private final Map<ChildId, String> learnedNhs = new HashMap<>();
    private int groups;

    ExactLinkingRule(OnRecord onRecord) {
        this(onRecord, child -> List.of(), (subject, evidence, child) -> Optional.empty());
    }

    /**
     * @param knownAs every name a child on record is known by, looked up only when a link to it is
     *                held on its recorded name (a known-as name may still stand)
     * @param checks  the look at each link before it is made
     */
    ExactLinkingRule(OnRecord onRecord, Function<ChildId, List<Subject>> knownAs, LinkChecks checks) {
        this.onRecord = onRecord;
        this.knownAs = knownAs;
        this.checks = checks;
    }

    List<LinkDecision> decideAll(List<Subject> subjects) {
        List<LinkDecision> decisions = new ArrayList<>(subjects.size());
        for (Subject subject : subjects) {
            decisions.add(decide(subject));
        }
        return decisions;
    }

    private LinkDecision decide(Subject subject) {
        Found found = find(subject, null);
        Optional<LinkChecks.Held> why = found == null ? Optional.empty() : check(subject, found);
        if (why.isPresent()) {
            // another key may find the child this subject is (a record made for it before): link there if it stands
            Found other = find(subject, found.target());
            if (other == null || check(subject, other).isPresent()) {
                return hold(subject, found.target(), why.get());
            }
            found = other;
        }
        Target target;
        LinkDecision decision;
        if (found == null) {
            target = new Target(null, groups++, subject.nhsNumber(), List.of(subject));
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

    /** Held if held on the recorded name and on every other name the child is known by. */
    private Optional<LinkChecks.Held> check(Subject subject, Found found) {
        Target target = found.target();
        Optional<LinkChecks.Held> why = checks.hold(subject, found.evidence(), target.knownAs());
        if (why.isEmpty() || target.known() == null) {
            return why;
        }
        List<Subject> names = knownAs.apply(target.known().id());
        return names.isEmpty() ? why : checks.hold(subject, found.evidence(), names);
    }

    /**
     * The subject is held for a person: it becomes a provisional new person, the same one for every
     * subject of the batch held from the same target that describes the same child.
     */
    private LinkDecision hold(Subject subject, Target found, LinkChecks.Held why) {
        List<Object> key = List.of(found.identity(), subject.nameKey(), String.valueOf(subject.dateOfBirth()),
                String.valueOf(subject.sex()));
        Target provisional = held.computeIfAbsent(key, k -> new Target(null, groups++, null, List.of(subject)));
        remember(subject, provisional);
        return new LinkDecision.Held(provisional.group(), found.known() == null ? null : found.known().id(),
                found.group(), why);
    }

    private record Found(Target target, Evidence evidence, String reason) {
    }

    /** The first target an identifier, then the name and date of birth, finds; never {@code excluded}. */
    private Found find(Subject subject, Target excluded) {
        return byNhs(subject).filter(f -> excluded == null || !sameTarget(f.target(), excluded))
                .or(() -> byKey(subject, subject.localId(), onRecord.byLocalId(), seenLocal, Evidence.LOCAL_ID,
                        "the same local id from this agency", excluded))
                .or(() -> byKey(subject, subject.upn(), onRecord.byUpn(), seenUpn, Evidence.UPN,
                        "the same unique pupil number", excluded))
                .or(() -> byNameAndBirth(subject, excluded))
                .orElse(null);
    }

    private Optional<Found> byNhs(Subject subject) {
        if (subject.nhsNumber() == null) {
            return Optional.empty();
        }
        KnownChild known = onRecord.byNhs().get(subject.nhsNumber());
        Target target = known != null ? onRecord(known) : seenNhs.get(subject.nhsNumber());
        return Optional.ofNullable(target).map(t -> new Found(t, Evidence.NHS_NUMBER, "the same NHS number"));
    }

    private Optional<Found> byKey(Subject subject, String key, Map<String, KnownChild> recorded,
                                  Map<String, Target> seen, Evidence evidence, String reason, Target excluded) {
        if (key == null) {
            return Optional.empty();
        }
        KnownChild known = recorded.get(key);
        Target target = known != null ? onRecord(known) : seen.get(key);
        return Optional.ofNullable(target).filter(t -> t.compatibleWith(subject))
                .filter(t -> excluded == null || !sameTarget(t, excluded)).map(t -> new Found(t, evidence, reason));
    }

    private Optional<Found> byNameAndBirth(Subject subject, Target excluded) {
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
        List<Target> compatible = candidates.stream().filter(t -> t.compatibleWith(subject))
                .filter(t -> excluded == null || !sameTarget(t, excluded)).toList();
        return compatible.size() == 1
                ? Optional.of(new Found(compatible.getFirst(), Evidence.NAME_AND_DATE_OF_BIRTH,
                        "the same name and date of birth"))
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
        return new Target(known, null, nhs, known.recorded() == null ? List.of() : List.of(known.recorded()));
    }

    private void remember(Subject subject, Target target) {
        Target withNhs = target.nhsNumber() == null && subject.nhsNumber() != null
                ? target.withNhs(subject.nhsNumber())
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
