package org.safeguardinghub.chronology.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical form is what stored content hashes were computed from, so it must stay what it was
 * when each value's text came from Jackson: the writer is held to that older form (kept here as the
 * oracle) on generated trees of every kind of value and character.
 */
class CanonicalJsonTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Property(tries = 2000)
    void writesWhatJacksonWrote(@ForAll("trees") JsonNode tree) {
        assertThat(CanonicalJson.write(tree)).isEqualTo(asJacksonWroteIt(tree));
    }

    @Property(tries = 2000)
    void escapesAnyTextAsJacksonDoes(@ForAll("anyText") String text) {
        StringBuilder out = new StringBuilder();
        CanonicalJson.text(text, out);
        assertThat(out.toString()).isEqualTo(NODES.stringNode(text).toString());
    }

    @Test
    void controlCharactersQuotesAndBackslashesAreEscaped() {
        StringBuilder out = new StringBuilder();
        CanonicalJson.text("a\"b\\c\n\t\u0007\u001b\u007f\u2028é", out);
        assertThat(out).hasToString("\"a\\\"b\\\\c\\n\\t\\u0007\\u001B\u007f\u2028é\"");
    }

    @Test
    void keysAreSortedAndNothingIsSpaced() {
        ObjectNode node = NODES.objectNode().put("b", 1).put("a", true);
        node.putArray("c").add("x").addNull();
        assertThat(CanonicalJson.write(node)).isEqualTo("{\"a\":true,\"b\":1,\"c\":[\"x\",null]}");
    }

    /** The writer before issue 18's change: sorted keys, and Jackson's text for every name and value. */
    private static String asJacksonWroteIt(JsonNode node) {
        StringBuilder out = new StringBuilder();
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.propertyNames());
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                out.append(i > 0 ? "," : "").append(NODES.stringNode(names.get(i)).toString()).append(':')
                        .append(asJacksonWroteIt(node.get(names.get(i))));
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i > 0 ? "," : "").append(asJacksonWroteIt(node.get(i)));
            }
            out.append(']');
        } else {
            out.append(node.toString());
        }
        return out.toString();
    }

    @Provide
    Arbitrary<String> anyText() {
        return texts();
    }

    /** Any text, and text full of what JSON escapes or writes specially (also for {@code SubjectJsonTest}). */
    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u0080').ofMaxLength(40),
                Arbitraries.strings().withChars("\"\\/\b\f\n\r\t\u2028\u2029\ud83d\ude00\ud800é").ofMaxLength(20));
    }

    @Provide
    Arbitrary<JsonNode> trees() {
        return tree(3);
    }

    private Arbitrary<JsonNode> tree(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                anyText().map(NODES::stringNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.bigDecimals().map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> child = tree(depth - 1);
        Arbitrary<JsonNode> array = child.list().ofMaxSize(4).map(items -> {
            var node = NODES.arrayNode();
            items.forEach(node::add);
            return node;
        });
        Arbitrary<JsonNode> object = net.jqwik.api.Combinators.combine(anyText().list().ofMaxSize(4), child.list().ofSize(4))
                .as((names, values) -> {
                    ObjectNode node = NODES.objectNode();
                    for (int i = 0; i < names.size(); i++) {
                        node.set(names.get(i), values.get(i));
                    }
                    return (JsonNode) node;
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(1, object));
    }
}
