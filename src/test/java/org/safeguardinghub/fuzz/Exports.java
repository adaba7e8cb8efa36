package org.safeguardinghub.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.safeguardinghub.support.WebSession;

/**
 * A child's page and exports as a team manager who sees every child known to North agencies
 * reads them: each renders, the page carries no markup from the input, and no CSV cell starts as a
 * spreadsheet formula.
 */
final class Exports {

    private final WebSession manager;

    Exports(int port) {
        this.manager = WebSession.signedIn(port, "tm.north");
    }

    void assertRender(String childId) {
        for (String path : new String[] {"", "?tab=chronology", "/network"}) {
            WebSession.Page page = manager.get("/children/" + childId + path);
            assertThat(page.status()).as("/children/" + childId + path).isEqualTo(200);
            assertNoScript(page.body(), "/children/" + childId + path);
        }
        WebSession.Page pdf = manager.get("/children/" + childId + "/chronology.pdf");
        assertThat(pdf.status()).as("PDF of " + childId).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        WebSession.Page csv = manager.get("/children/" + childId + "/chronology.csv");
        assertThat(csv.status()).as("CSV of " + childId).isEqualTo(200);
        assertNoFormula(csv.body(), childId);
    }

    static void assertNoScript(String html, String where) {
        for (String injected : HostileInput.INJECTIONS) {
            if (injected.contains("<")) {
                assertThat(html).as("markup from the input in " + where).doesNotContain(injected);
            }
        }
    }

    static void assertNoFormula(String csv, String childId) {
        try {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(csv))) {
                for (String cell : record) {
                    assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0)
                            .as("CSV cell of " + childId + " starts as a formula: " + cell).isTrue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
