package org.safeguardinghub.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @Test
    void acceptsTheContractsExampleAndSpacedForms() {
        assertThat(NhsNumber.isValid("9434765919")).isTrue();
        assertThat(NhsNumber.isValid("943 476 5919")).isTrue();
        assertThat(NhsNumber.normalise("943 476 5919")).isEqualTo("9434765919");
    }

    @Test
    void rejectsAWrongCheckDigitWrongLengthsAndLetters() {
        assertThat(NhsNumber.isValid("9434765918")).isFalse();
        assertThat(NhsNumber.isValid("943476591")).isFalse();
        assertThat(NhsNumber.isValid("94347659190")).isFalse();
        assertThat(NhsNumber.isValid("943476591X")).isFalse();
        assertThat(NhsNumber.isValid("")).isFalse();
        assertThat(NhsNumber.isValid(null)).isFalse();
    }

    @Test
    void checkDigitIsElevenMinusTheRemainderOfTheWeightedSum() {
        // 4x10 + 0x9 + 1x8 + 0x7 + 2x6 + 3x5 + 2x4 + 1x3 + 3x2 = 92; 92 mod 11 = 4; 11 - 4 = 7
        assertThat(NhsNumber.checkDigit("401023213")).isEqualTo(7);
        assertThat(NhsNumber.isValid("4010232137")).isTrue();
    }

    @Test
    void aRemainderOfZeroGivesCheckDigitZeroNotEleven() {
        // 1x4 + 9x3 + 1x2 = 33, divisible by 11
        assertThat(NhsNumber.checkDigit("000000191")).isZero();
        assertThat(NhsNumber.isValid("0000001910")).isTrue();
    }

    @Test
    void aCheckOfTenMeansNoLastDigitIsValid() {
        // 6x2 = 12; 12 mod 11 = 1; 11 - 1 = 10
        assertThat(NhsNumber.checkDigit("000000006")).isEqualTo(-1);
        assertThat(IntStream.rangeClosed(0, 9).filter(d -> NhsNumber.isValid("000000006" + d))).isEmpty();
    }

    @Property
    void atMostOneLastDigitCompletesAnyNineDigits(@ForAll("nineDigits") String nine) {
        long valid = IntStream.rangeClosed(0, 9).filter(d -> NhsNumber.isValid(nine + d)).count();
        assertThat(valid).isEqualTo(NhsNumber.checkDigit(nine) < 0 ? 0 : 1);
    }

    @Property
    void changingAnyOneDigitOfAValidNumberMakesItInvalid(@ForAll("nineDigits") String nine,
                                                         @ForAll("position") int position,
                                                         @ForAll("digitShift") int shift) {
        int check = NhsNumber.checkDigit(nine);
        if (check < 0) {
            return;
        }
        char[] number = (nine + check).toCharArray();
        number[position] = (char) ('0' + (number[position] - '0' + shift) % 10);
        assertThat(NhsNumber.isValid(new String(number))).isFalse();
    }

    @Provide
    Arbitrary<String> nineDigits() {
        return Arbitraries.strings().numeric().ofLength(9);
    }

    @Provide
    Arbitrary<Integer> position() {
        return Arbitraries.integers().between(0, 9);
    }

    @Provide
    Arbitrary<Integer> digitShift() {
        return Arbitraries.integers().between(1, 9);
    }
}
