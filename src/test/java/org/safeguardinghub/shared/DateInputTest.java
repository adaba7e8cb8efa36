package org.safeguardinghub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

class DateInputTest {

    @Test
    void blankIsNoDateAndNoError() {
        DateInput blank = new DateInput(" ", null, "");
        assertThat(blank.isBlank()).isTrue();
        assertThat(blank.error()).isNull();
        assertThat(blank.date()).isEmpty();
    }

    @Test
    void partOfADateIsIncomplete() {
        assertThat(new DateInput("14", "3", "").error()).isEqualTo("date.incomplete");
    }

    @Test
    void impossibleDatesAndNonNumbersAreInvalid() {
        assertThat(new DateInput("30", "2", "2024").error()).isEqualTo("date.invalid");
        assertThat(new DateInput("1", "13", "2024").error()).isEqualTo("date.invalid");
        assertThat(new DateInput("one", "1", "2024").error()).isEqualTo("date.invalid");
        assertThat(new DateInput("1", "1", "1899").error()).isEqualTo("date.invalid");
    }

    @Test
    void aRealDateIsRead() {
        assertThat(new DateInput("14", "03", " 2002 ").date()).contains(LocalDate.of(2002, 3, 14));
    }

    @Property
    void anyDateSurvivesTheRoundTrip(@ForAll @DateRange(min = "1900-01-01", max = "2100-12-31") LocalDate date) {
        assertThat(DateInput.of(date).date()).contains(date);
    }
}
