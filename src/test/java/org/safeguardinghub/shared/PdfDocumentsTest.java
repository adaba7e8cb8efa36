package org.safeguardinghub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Issue 18: a summary with control characters made the child's PDF export fail from then on. */
class PdfDocumentsTest {

    @Test
    void controlCharactersAreShownAsReplacementsAndTheDocumentRenders() throws IOException {
        byte[] pdf = PdfDocuments.render("<html><body><p>Bell \u0007 and escape \u001b[31m here; tab\tand a 🙂</p></body></html>");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Bell").contains("escape").contains("here;");
        }
    }

    @Test
    void whatXmlAllowsIsKeptAndNothingElse() {
        assertThat(PdfDocuments.legalXml("a\tb\nc\rd é 😀")).isEqualTo("a\tb\nc\rd é 😀");
        assertThat(PdfDocuments.legalXml("\u0000\u0007\u001b\u000b\u000c\uFFFE\uD800")).isEqualTo("\uFFFD".repeat(7));
    }

    @Property(tries = 300)
    void anyTextRenders(@ForAll String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;");
        assertThat(PdfDocuments.render("<html><body><p>" + escaped + "</p></body></html>")).startsWith("%PDF".getBytes());
    }
}
