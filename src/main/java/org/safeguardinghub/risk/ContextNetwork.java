package org.safeguardinghub.risk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.AccessDecision;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.risk.internal.ContextStore;
import org.safeguardinghub.risk.internal.NetworkRanking;
import org.safeguardinghub.risk.internal.NetworkSelection;
import org.safeguardinghub.risk.internal.NetworkStore;
import org.safeguardinghub.risk.internal.ScreeningStore;
import org.springframework.stereotype.Service;

/**
 * Which children share a place or a person of concern, across an area, as one viewer may see it
 * ({@link NetworkSelection}), deciding access only for the contexts that could be on the page
 * ({@link NetworkRanking}); every child named is audited as a list view.
 */
@Service
public class ContextNetwork {

    private final NetworkStore network;
    private final ContextStore contexts;
    private final ScreeningStore screenings;
    private final ScreeningTools tools;
    private final Contexts contextRules;
    private final ChildRecords records;
    private final CareNetwork names;
    private final Agencies agencies;
    private final AuditLog auditLog;
    private final RiskProperties properties;

    ContextNetwork(NetworkStore network, ContextStore contexts, ScreeningStore screenings, ScreeningTools tools,
                   Contexts contextRules, ChildRecords records, CareNetwork names, Agencies agencies, AuditLog auditLog,
                   RiskProperties properties) {
        this.network = network;
        this.contexts = contexts;
        this.screenings = screenings;
        this.tools = tools;
        this.contextRules = contextRules;
        this.records = records;
        this.names = names;
        this.agencies = agencies;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    /** A page of the area's contexts the viewer sees (the viewer's own area if none is given). */
    public NetworkView view(Actor viewer, String area, ContextKind kind, int page) {
        String chosen = area == null || area.isBlank() ? viewer.agency().area() : area.strip();
        int pageShown = Math.max(page, 0);
        NetworkRanking.Result ranked = NetworkRanking.select(network.linkedChildren(chosen, kind), network::currentLinks,
                children -> records.decide(viewer, children), viewer, pageShown, properties.networkContexts(),
                properties.networkChildrenPerContext());
        NetworkSelection.Selection selection = ranked.selection();
        Map<ChildId, AccessDecision> decisions = ranked.decisions();
        Set<ChildId> children = selection.children();
        auditLog.recordViews(viewer, AuditAction.VIEW_LIST, children.stream().map(ChildId::value).toList(),
                "exploitation risk network, area " + chosen);
        Map<UUID, Context> shown = contexts.byIds(selection.contexts().stream().map(NetworkSelection.Shown::contextId).toList());
        List<NetworkView.ContextNode> contextNodes = selection.contexts().stream().map(s -> {
            Context c = shown.get(s.contextId());
            return new NetworkView.ContextNode(c.id(), c.kind(), contextRules.mayRead(viewer, c) ? c.name() : null,
                    agencies.byId(c.recordingAgencyId()).map(Agency::name).orElse(""), s.children(), s.more(), s.why(),
                    s.othersLinked());
        }).toList();
        List<String> areas = new ArrayList<>(new LinkedHashSet<>(network.areas()));
        if (!areas.contains(chosen)) {
            areas.add(chosen);
        }
        int first = (int) Math.min((long) pageShown * properties.networkContexts() + 1, Integer.MAX_VALUE);
        return new NetworkView(chosen, areas, kind, pageShown, selection.hasNext(), first, contextNodes,
                childNodes(viewer, children, decisions));
    }

    private List<NetworkView.ChildNode> childNodes(Actor viewer, Set<ChildId> children, Map<ChildId, AccessDecision> decisions) {
        Map<ChildId, String> childNames = names.names(children);
        Map<ChildId, Screening> latest = screenings.latest(children);
        List<NetworkView.ChildNode> nodes = new ArrayList<>();
        for (ChildId child : children) {
            Screening s = latest.get(child);
            AccessDecision decision = decisions.get(child);
            boolean levelShown = s != null && (decision.basis().wholeRecord() || s.agencyId().equals(viewer.agency().id()));
            boolean themesShown = levelShown && decision.mayRead(viewer, s.agencyId(), s.sensitivity());
            nodes.add(new NetworkView.ChildNode(child, childNames.getOrDefault(child, child.toString()),
                    levelShown ? s.levelInForce() : null, themesShown ? themes(s) : List.of()));
        }
        return nodes;
    }

    /** The names of the themes of the indicators a screening found, in the tool's order. */
    private List<String> themes(Screening s) {
        ToolDefinition tool = tools.version(s.toolVersion()).definition();
        Set<String> found = new java.util.HashSet<>();
        s.answers().forEach(a -> tool.indicator(a.indicator()).ifPresent(i -> found.add(i.theme())));
        return tool.themes().stream().filter(t -> found.contains(t.code())).map(ToolDefinition.Theme::name).toList();
    }
}
