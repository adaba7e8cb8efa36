package org.safeguardinghub.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A page rendered as PDF for a meeting or a court. The renderer reads the page as XML, where a
 * control character such as BEL or ESC is illegal: one partner's summary holding one made that
 * child's every PDF fail (issue 18). Such characters are shown as U+FFFD, so the export still
 * renders and the reader can see that something unprintable was sent.
 */
public final class PdfDocuments {

    private PdfDocuments() {
    }

    public static byte[] render(String html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(legalXml(html), null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /** The text with every character XML 1.0 does not allow replaced by U+FFFD. */
    static String legalXml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
