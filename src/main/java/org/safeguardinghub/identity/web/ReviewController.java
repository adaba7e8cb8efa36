package org.safeguardinghub.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildProfile;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.ChronologyFilter;
import org.safeguardinghub.chronology.ChronologyQuery;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.Refused;
import org.safeguardinghub.chronology.ReviewLabel;
import org.safeguardinghub.identity.MatchReviews;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The review queue of near matches, likeliest first, each labelled with why a person is asked and
 * decided there in one step or on its own page: the two records side by side, the explanation, and
 * the decision.
 */
@Controller
class ReviewController {

    static final int ENTRIES_SHOWN = 10;
    /** How the queue colours each label: the ones that most need care stand out. */
    static final Map<ReviewLabel, String> LABEL_COLOURS = Map.of(ReviewLabel.IDENTIFIER_CONFLICT, "red",
            ReviewLabel.POSSIBLE_TWIN, "orange", ReviewLabel.SEXES_DIFFER, "pink", ReviewLabel.BORN_APART, "yellow",
            ReviewLabel.NEAR_MATCH, "grey");

    private final MatchReviews reviews;
    private final ChildRecords records;
    private final ChronologyQuery chronology;
    private final CareNetwork network;
    private final AuditLog auditLog;

    ReviewController(MatchReviews reviews, ChildRecords records, ChronologyQuery chronology, CareNetwork network,
                     AuditLog auditLog) {
        this.auditLog = auditLog;
        this.reviews = reviews;
        this.records = records;
        this.chronology = chronology;
        this.network = network;
    }

    /**
     * The reviews waiting for a person (a page of them, likeliest first, all or those of one label),
     * and the matcher's own most recent links, about children the reviewer may open, both of them;
     * the page is audited as a view.
     */
    @GetMapping("/identity/reviews")
    String queue(Actor viewer, Model model, @RequestParam(required = false) String decided,
                 @RequestParam(required = false) String label, @RequestParam(defaultValue = "1") int page) {
        mayReview(viewer);
        List<MatchReviews.Review> waiting = openable(viewer, reviews.waiting());
        List<MatchReviews.Review> linked = openable(viewer, reviews.linkedByMatcherRecently());
        QueuePage shown = QueuePage.of(waiting, Arrays.stream(ReviewLabel.values())
                .filter(l -> l.name().equals(label)).findFirst().orElse(null), page);
        List<MatchReviews.Review> recent = QueuePage.latest(linked, QueuePage.SIZE);
        List<ChildId> children = java.util.stream.Stream.concat(shown.reviews().stream(), recent.stream())
                .flatMap(r -> java.util.stream.Stream.of(r.incoming(), r.candidate())).distinct().toList();
        auditLog.recordViews(viewer, AuditAction.VIEW_LIST, children.stream().map(ChildId::value).toList(),
                "match review queue, page " + shown.page() + " (" + shown.reviews().size() + " of " + waiting.size()
                        + " pairs waiting), " + recent.size() + " of " + linked.size() + " linked by the matcher");
        model.addAttribute("decided", decided).addAttribute("labelColours", LABEL_COLOURS).addAttribute("queue", shown)
                .addAttribute("reviews", shown.reviews()).addAttribute("linked", recent)
                .addAttribute("linkedTotal", linked.size()).addAttribute("names", network.names(children));
        return "identity/reviews";
    }

    private List<MatchReviews.Review> openable(Actor viewer, List<MatchReviews.Review> all) {
        java.util.Set<ChildId> openable = records.mayOpen(viewer, all.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.incoming(), r.candidate())).toList());
        return all.stream().filter(r -> openable.contains(r.incoming()) && openable.contains(r.candidate())).toList();
    }

    @GetMapping("/identity/reviews/{id}")
    String show(@PathVariable UUID id, Actor viewer, Model model) {
        return page(model, viewer, id, Map.of());
    }

    /** A decision from the review's page, or in one step from the queue ({@code from=queue}), which it returns to. */
    @PostMapping("/identity/reviews/{id}")
    String decide(@PathVariable UUID id, @RequestParam(required = false) String decision,
                  @RequestParam(defaultValue = "") String note, @RequestParam(required = false) String from,
                  Actor.Person viewer, Model model) {
        mayReview(viewer);
        Optional<MatchReviews.Decision> chosen = Arrays.stream(MatchReviews.Decision.values())
                .filter(d -> d != MatchReviews.Decision.UNLINK && d.name().equals(decision)).findFirst();
        if (chosen.isEmpty()) {
            return page(model, viewer, id, Map.of("decision", "review.error.decision"));
        }
        String next = "queue".equals(from) ? "redirect:/identity/reviews?decided=" + id : "redirect:/identity/reviews/" + id;
        return act(model, viewer, id, "decision", next, () -> reviews.decide(viewer, id, chosen.get(), note));
    }

    @PostMapping("/identity/reviews/{id}/unlink")
    String unlink(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
                  Actor.Person viewer, Model model) {
        mayReview(viewer);
        if (reason.isBlank()) {
            return page(model, viewer, id, Map.of("reason", "review.error.reason"));
        }
        return act(model, viewer, id, "reason", "redirect:/identity/reviews/" + id,
                () -> reviews.unlink(viewer, id, reason));
    }

    private String act(Model model, Actor viewer, UUID id, String field, String next, Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            return page(model, viewer, id, Map.of(field, e.getMessage()));
        } catch (Refused refused) {
            return page(model, viewer, id, Map.of(field, "review.error.refused"));
        }
        return next;
    }

    /** The two records as the reviewer may see them, each opened (and audited) as a view of that child. */
    private String page(Model model, Actor viewer, UUID id, Map<String, String> errors) {
        mayReview(viewer);
        MatchReviews.Review review = reviews.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("review", review).addAttribute("errors", errors).addAttribute("labelColours", LABEL_COLOURS)
                .addAttribute("incoming", side(viewer, review.incoming(), id))
                .addAttribute("candidate", side(viewer, review.candidate(), id))
                .addAttribute("decisions", List.of(MatchReviews.Decision.LINK, MatchReviews.Decision.NOT_THE_SAME,
                        MatchReviews.Decision.MORE_INFORMATION));
        return "identity/review";
    }

    /** One record of the pair: who it is and its latest entries. */
    record Side(String childId, ChildProfile child, List<org.safeguardinghub.chronology.ChronologyEntry> entries, long total) {
    }

    private Side side(Actor viewer, ChildId child, UUID reviewId) {
        OpenRecord record = records.open(viewer, child, AuditAction.VIEW_CHILD, "match review " + reviewId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var page = chronology.page(record, ChronologyFilter.none(), 0, ENTRIES_SHOWN);
        long total = chronology.counters(record).stream().mapToLong(c -> c.ever()).sum();
        return new Side(child.toString(), records.profile(record), page.entries(), total);
    }

    private void mayReview(Actor viewer) {
        if (!reviews.mayReview(viewer)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
