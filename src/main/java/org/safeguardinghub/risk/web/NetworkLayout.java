package org.safeguardinghub.risk.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.risk.NetworkView;

/**
 * Lays out the network view as four columns, left to right: locations, children (victims),
 * persons of concern (offenders) and themes, with a line from each child to each context and theme
 * it is linked to. Contexts keep the view's order (most shared first); each child sits at the
 * average height of its contexts, so children sharing a context sit together and lines cross
 * little. Pure geometry; the page draws it as SVG beside a table that says the same.
 */
public final class NetworkLayout {

    public static final int WIDTH = 960;
    static final int ROW = 24;
    static final int TOP = 34;
    static final int[] COLUMNS = {10, 250, 490, 730};
    static final int NODE_WIDTH = 220;

    public enum Column { LOCATIONS, CHILDREN, OFFENDERS, THEMES }

    /** A node: a box at (x, y), its label, and where it links to. */
    public record Node(String key, Column column, int x, int y, String label, boolean restricted, String href) {
    }

    /** A line from a child to a context or theme. */
    public record Edge(int x1, int y1, int x2, int y2, boolean theme) {
    }

    public record Layout(int width, int height, List<Node> nodes, List<Edge> edges) {

        public int nodeWidth() {
            return NODE_WIDTH;
        }

        public int rowHeight() {
            return ROW - 4;
        }
    }

    private NetworkLayout() {
    }

    /** @param label the words of a context node (its name, or its kind where it is restricted) */
    public static Layout layout(NetworkView view, java.util.function.Function<NetworkView.ContextNode, String> label) {
        Map<String, Node> nodes = new HashMap<>();
        List<Node> ordered = new ArrayList<>();
        int[] rows = new int[Column.values().length];
        for (NetworkView.ContextNode c : view.contexts()) {
            Column column = c.kind().offender() ? Column.OFFENDERS : Column.LOCATIONS;
            add(nodes, ordered, rows, new Node("c" + c.id(), column, 0, 0, label.apply(c), !c.readable(),
                    "/risk/contexts/" + c.id()));
        }
        Map<ChildId, Double> middle = new HashMap<>();
        for (NetworkView.ChildNode child : view.children()) {
            middle.put(child.id(), view.contexts().stream().filter(c -> c.children().contains(child.id()))
                    .mapToInt(c -> nodes.get("c" + c.id()).y()).average().orElse(0));
        }
        view.children().stream().sorted(Comparator.comparingDouble(c -> middle.get(c.id())))
                .forEach(child -> add(nodes, ordered, rows, new Node("k" + child.id(), Column.CHILDREN, 0, 0, child.name(),
                        false, "/children/" + child.id() + "?tab=risk#tab")));
        view.themes().forEach(t -> add(nodes, ordered, rows, new Node("t" + t, Column.THEMES, 0, 0, t, false, null)));
        int height = TOP + java.util.Arrays.stream(rows).max().orElse(0) * ROW + 10;
        return new Layout(WIDTH, height, ordered, edges(view, nodes));
    }

    private static List<Edge> edges(NetworkView view, Map<String, Node> nodes) {
        List<Edge> edges = new ArrayList<>();
        for (NetworkView.ContextNode c : view.contexts()) {
            c.children().forEach(child -> edges.add(edge(nodes.get("k" + child), nodes.get("c" + c.id()), false)));
        }
        view.children().forEach(child -> child.themes().forEach(t ->
                edges.add(edge(nodes.get("k" + child.id()), nodes.get("t" + t), true))));
        return edges;
    }

    private static void add(Map<String, Node> nodes, List<Node> ordered, int[] rows, Node node) {
        int row = rows[node.column().ordinal()]++;
        Node placed = new Node(node.key(), node.column(), COLUMNS[node.column().ordinal()], TOP + row * ROW, node.label(),
                node.restricted(), node.href());
        nodes.put(placed.key(), placed);
        ordered.add(placed);
    }

    /** From the right edge of one box to the left edge of the other (or its right edge, for a location on the left). */
    private static Edge edge(Node child, Node other, boolean theme) {
        int y1 = child.y() + (ROW - 4) / 2;
        int y2 = other.y() + (ROW - 4) / 2;
        return other.x() < child.x() ? new Edge(child.x(), y1, other.x() + NODE_WIDTH, y2, theme)
                : new Edge(child.x() + NODE_WIDTH, y1, other.x(), y2, theme);
    }
}
