package org.safeguardinghub.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildMerges;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.identity.internal.ReviewAccess;
import org.safeguardinghub.identity.internal.ReviewPermissions;
import org.safeguardinghub.chronology.NewChildrenToReview;
import org.safeguardinghub.chronology.ReviewLabel;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: pairs of records the matcher could not settle, a new record and the known
 * child it may be, shown to a person with the explanation. The person links them (the records are
 * merged), says they are not the same (never asked again about that pair), or asks for more
 * information; a link can be undone (the records are unmerged exactly). Every decision is kept.
 */
@Service
public class MatchReviews {

    public enum Decision { LINK, NOT_THE_SAME, MORE_INFORMATION, UNLINK }

    /** Where a review stands: its latest decision, or none yet. */
    public enum Status { OPEN, MORE_INFORMATION, LINKED, NOT_THE_SAME, UNLINKED }

    public record Step(Decision decision, String note, UUID mergeId, String decidedBy, Instant decidedAt) {
    }

    /** A pair put to a person: how strongly the records agree ({@code weight}), why, and what the queue calls it. */
    public record Review(UUID id, ChildId incoming, ChildId candidate, double weight, List<String> reasons,
                         ReviewLabel label, Instant createdAt, List<Step> steps) {

        public Status status() {
            if (steps.isEmpty()) {
                return Status.OPEN;
            }
            return switch (steps.getLast().decision()) {
                case LINK -> Status.LINKED;
                case NOT_THE_SAME -> Status.NOT_THE_SAME;
                case MORE_INFORMATION -> Status.MORE_INFORMATION;
                case UNLINK -> Status.UNLINKED;
            };
        }

        public boolean waiting() {
            return status() == Status.OPEN || status() == Status.MORE_INFORMATION;
        }

        Optional<UUID> merge() {
            return status() == Status.LINKED ? Optional.ofNullable(steps.getLast().mergeId()) : Optional.empty();
        }
    }

    static final int MAX_NOTE = 1000;
    /** Who decided a link the matcher made itself, above the link band (the merge names the sender). */
    static final String MATCHER = "matcher";
    static final java.time.Duration RECENT = java.time.Duration.ofDays(30);
    static final String LINKED_BY_MATCHER = "linked by the matcher: the match weight is above the link band";
    private static final String OLDEST_FIRST = "r.created_at, r.id";

    private final JdbcClient jdbc;
    private final ChildMerges merges;
    private final ChildRecords records;
    private final AuditLog auditLog;
    private final ReviewAccess access;
    private final Clock clock;

    MatchReviews(JdbcClient jdbc, ChildMerges merges, ChildRecords records, AuditLog auditLog, ReviewAccess access,
                 Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.merges = merges;
        this.records = records;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * New records the feed made for subjects that may be known children go on the queue. A pair is
     * asked about once: later events for either record link to it exactly, so a "not the same"
     * stands without being looked up again.
     */
    @EventListener
    void on(NewChildrenToReview toReview) {
        for (NewChildrenToReview.Pair pair : toReview.pairs()) {
            UUID id = Ids.newId();
            jdbc.sql("""
                    insert into identity.review (id, incoming_child_id, candidate_child_id, weight, reasons, label, created_at)
                    values (:id, :incoming, :candidate, :weight, :reasons, :label, :at)""")
                    .param("id", id).param("incoming", pair.incoming().value())
                    .param("candidate", pair.candidate().value()).param("weight", pair.weight())
                    .param("label", pair.label().name())
                    .param("reasons", pair.reasons().toArray(String[]::new)).param("at", Timestamps.of(clock)).update();
            if (pair.merge() != null) {
                insertStep(id, Decision.LINK, LINKED_BY_MATCHER, pair.merge(), MATCHER);
            }
            access.opened(id, List.of(pair.incoming(), pair.candidate()), pair.merge() != null);
        }
    }

    /** Who reviews: the MASH and team managers of children's social care ({@link ReviewPermissions}). */
    public boolean mayReview(Actor viewer) {
        return ReviewPermissions.review(viewer).allowed();
    }

    /** Refuses (with the reason's message key) unless the reviewer may decide about both records of the pair. */
    private void requireMayDecide(Actor.Person by, Review review) {
        boolean both = records.mayOpen(by, List.of(review.incoming(), review.candidate())).size() == 2;
        Permission permission = ReviewPermissions.decide(by, both);
        if (permission.refused()) {
            throw new IllegalArgumentException(permission.reason());
        }
    }

    /**
     * The reviews waiting for a person, the likeliest to be the same child first (the greatest match
     * weight), then the oldest.
     */
    public List<Review> waiting() {
        return load("""
                coalesce((select d.decision from identity.review_decision d where d.review_id = r.id
                          order by d.decided_at desc, d.id desc limit 1), 'MORE_INFORMATION') = 'MORE_INFORMATION'""",
                Map.of(), "r.weight desc, r.created_at, r.id");
    }

    /** Links the matcher made itself in the last {@link #RECENT}, for a person to look over; oldest first. */
    public List<Review> linkedByMatcherRecently() {
        return load("""
                r.created_at >= :since and exists (select 1 from identity.review_decision d where d.review_id = r.id
                    and d.decided_by = :matcher)""",
                Map.of("since", Timestamps.of(clock.instant().minus(RECENT)), "matcher", MATCHER), OLDEST_FIRST);
    }

    public Optional<Review> get(UUID id) {
        return load("r.id = :id", Map.of("id", id), OLDEST_FIRST).stream().findFirst();
    }

    /** The reviews about this record, as incoming or as candidate. */
    public List<Review> about(ChildId child) {
        return load("(r.incoming_child_id = :id or r.candidate_child_id = :id)", Map.of("id", child.value()),
                OLDEST_FIRST);
    }

    /** Records a person's decision; linking merges the new record into the known child. */
    @Transactional
    public void decide(Actor.Person by, UUID id, Decision decision, String note) {
        Review review = get(id).filter(Review::waiting)
                .orElseThrow(() -> new IllegalArgumentException("review.error.notWaiting"));
        requireMayDecide(by, review);
        if (decision == Decision.UNLINK) {
            throw new IllegalArgumentException("review.error.decision");
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new IllegalArgumentException("review.error.note");
        }
        UUID mergeId = null;
        if (decision == Decision.LINK) {
            mergeId = merges.merge(by, review.candidate(), review.incoming(),
                    note == null || note.isBlank() ? "linked on review of a near match" : note.strip()).id();
        }
        step(review, decision, note, mergeId, by);
    }

    /** Undoes a link: the records are unmerged exactly, and the pair is not proposed again. */
    @Transactional
    public void unlink(Actor.Person by, UUID id, String reason) {
        Review review = get(id).orElseThrow(() -> new IllegalArgumentException("review.error.notLinked"));
        requireMayDecide(by, review);
        UUID mergeId = review.merge().orElseThrow(() -> new IllegalArgumentException("review.error.notLinked"));
        merges.unmerge(by, mergeId, reason);
        step(review, Decision.UNLINK, reason, mergeId, by);
    }

    private void step(Review review, Decision decision, String note, UUID mergeId, Actor.Person by) {
        insertStep(review.id(), decision, note, mergeId, by.username());
        if (decision != Decision.MORE_INFORMATION) {
            access.decided(review.id(), List.of(review.incoming(), review.candidate()), by.username());
        }
        auditLog.recordEach(by, AuditAction.REVIEW_MATCH, List.of(review.incoming().value(), review.candidate().value()),
                "match review " + review.id() + ": " + decision);
    }

    private void insertStep(UUID id, Decision decision, String note, UUID mergeId, String decidedBy) {
        jdbc.sql("""
                insert into identity.review_decision (id, review_id, decision, note, merge_id, decided_by, decided_at)
                values (:id, :review, :decision, :note, :merge, :by, :at)""")
                .param("id", Ids.newId()).param("review", id).param("decision", decision.name())
                .param("note", note == null || note.isBlank() ? null : note.strip()).param("merge", mergeId)
                .param("by", decidedBy).param("at", Timestamps.of(clock)).update();
    }

    private List<Review> load(String where, Map<String, Object> params, String order) {
        var query = jdbc.sql("select r.* from identity.review r where " + where + " order by " + order)
                .params(params);
        List<Review> reviews = new ArrayList<>();
        query.query(rs -> {
            UUID reviewId = rs.getObject("id", UUID.class);
            reviews.add(new Review(reviewId, new ChildId(rs.getObject("incoming_child_id", UUID.class)),
                    new ChildId(rs.getObject("candidate_child_id", UUID.class)), rs.getDouble("weight"),
                    Arrays.asList((String[]) rs.getArray("reasons").getArray()), ReviewLabel.valueOf(rs.getString("label")),
                    rs.getTimestamp("created_at").toInstant(), steps(reviewId)));
        });
        return reviews;
    }

    private List<Step> steps(UUID reviewId) {
        return jdbc.sql("select * from identity.review_decision where review_id = :id order by decided_at, id")
                .param("id", reviewId)
                .query((rs, n) -> new Step(Decision.valueOf(rs.getString("decision")), rs.getString("note"),
                        rs.getObject("merge_id", UUID.class), rs.getString("decided_by"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }
}
