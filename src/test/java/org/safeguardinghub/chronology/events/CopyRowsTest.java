package org.safeguardinghub.chronology.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The CSV {@code COPY} reads (ADR 0038): nulls unquoted and empty, every text quoted. */
class CopyRowsTest {

    @Test
    void nullsAreEmptyAndUnquotedWhileAnEmptyTextIsQuoted() {
        String csv = new CopyRows().text(null).text("").uuid(null).instant(null).bytes(null).endRow().csv();
        assertThat(csv).isEqualTo(",\"\",,,\n");
    }

    @Test
    void quotesAreDoubledAndCommasAndLineBreaksStayInsideTheQuotes() {
        String csv = new CopyRows().text("a \"b\", c\nd\\e").number(7).endRow().csv();
        assertThat(csv).isEqualTo("\"a \"\"b\"\", c\nd\\e\",7\n");
    }

    @Test
    void idsFlagsInstantsAndBytesAreWrittenAsPostgresqlReadsThem() {
        UUID id = UUID.fromString("0b6e3c1e-5d1a-4c3e-9b1a-2f3e4d5c6b7a");
        String csv = new CopyRows().uuid(id).bool(true).bool(false).instant(Instant.parse("2025-02-14T20:05:00Z"))
                .bytes(new byte[] {0, 15, (byte) 255}).endRow().csv();
        assertThat(csv).isEqualTo("0b6e3c1e-5d1a-4c3e-9b1a-2f3e4d5c6b7a,t,f,2025-02-14T20:05:00Z,\\x000fff\n");
    }

    /** Reading a quoted field back the way PostgreSQL's CSV reader does gives the text sent. */
    @Property(tries = 500)
    void anyTextReadsBackAsItWasSent(@ForAll String text) {
        String csv = new CopyRows().text(text).csv();
        assertThat(csv).startsWith("\"").endsWith("\"");
        assertThat(csv.substring(1, csv.length() - 1).replace("\"\"", "\"")).isEqualTo(text);
        assertThat(csv.substring(1, csv.length() - 1).replace("\"\"", "")).doesNotContain("\"");
    }
}
