package org.safeguardinghub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's size limits (docs/modules.md): no main-source class over 300 lines and no method or
 * constructor over 40, counted from the declaration (with its annotations) to its closing brace.
 */
class CodeShapeTest {

    static final int MAX_CLASS_LINES = 300;
    static final int MAX_METHOD_LINES = 40;
    static final Path MAIN = Path.of("src/main/java");

    static final List<CompilationUnit> UNITS = new ArrayList<>();

    @BeforeAll
    static void parse() throws IOException {
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21);
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                UNITS.add(StaticJavaParser.parse(file));
            }
        }
    }

    @Test
    void noClassIsLongerThanThreeHundredLines() {
        List<String> tooLong = new ArrayList<>();
        for (CompilationUnit unit : UNITS) {
            for (TypeDeclaration<?> type : unit.getTypes()) {
                int lines = lines(type);
                if (lines > MAX_CLASS_LINES) {
                    tooLong.add(type.getFullyQualifiedName().orElse(type.getNameAsString()) + ": " + lines);
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void noMethodIsLongerThanFortyLines() {
        List<String> tooLong = new ArrayList<>();
        for (CompilationUnit unit : UNITS) {
            for (CallableDeclaration<?> callable : callables(unit)) {
                int lines = lines(callable);
                if (lines > MAX_METHOD_LINES) {
                    String owner = callable.findAncestor(TypeDeclaration.class)
                            .map(CodeShapeTest::name).orElse("?");
                    tooLong.add(owner + "." + callable.getNameAsString() + ": " + lines);
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void theCheckSeesTheWholeSourceTree() {
        // a wrong working directory would make both limits pass on nothing
        assertThat(UNITS).hasSizeGreaterThan(100);
    }

    @SuppressWarnings("unchecked")
    private static List<CallableDeclaration<?>> callables(CompilationUnit unit) {
        return (List<CallableDeclaration<?>>) (List<?>) unit.findAll(CallableDeclaration.class);
    }

    private static String name(TypeDeclaration<?> type) {
        return type.getFullyQualifiedName().orElse(type.getNameAsString());
    }

    private static int lines(com.github.javaparser.ast.Node node) {
        return node.getRange().map(r -> r.end.line - r.begin.line + 1).orElse(0);
    }
}
