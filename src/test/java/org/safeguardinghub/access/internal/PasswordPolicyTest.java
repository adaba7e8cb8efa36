package org.safeguardinghub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.safeguardinghub.access.internal.PasswordPolicy.Reason;

/** Length at its edges, the username, one repeated character, common passwords, confirmation, reuse. */
class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Example
    void elevenCharactersAreTooFewTwelveAreEnough() {
        assertThat(policy.check("sam.okafor", "correcthors", "correcthors", false)).containsExactly(Reason.TOO_SHORT);
        assertThat(policy.check("sam.okafor", "correcthorse", "correcthorse", false)).isEmpty();
    }

    @Example
    void aHundredAndTwentyEightCharactersAreTheMost() {
        String most = "ab".repeat(64);
        assertThat(policy.check("sam.okafor", most, most, false)).isEmpty();
        assertThat(policy.check("sam.okafor", most + "c", most + "c", false)).containsExactly(Reason.TOO_LONG);
    }

    @Example
    void lengthCountsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00".repeat(6) + "abcde";
        assertThat(policy.check("sam.okafor", emoji, emoji, false)).containsExactly(Reason.TOO_SHORT);
    }

    @Example
    void theUsernameOneCharacterACommonPasswordAReuseAndAMismatchAreEachRefused() {
        assertThat(policy.check("sam.okafor", "Sam.Okafor-2026", "Sam.Okafor-2026", false)).containsExactly(Reason.CONTAINS_USERNAME);
        assertThat(policy.check("sam.okafor", "zzzzzzzzzzzzzz", "zzzzzzzzzzzzzz", false)).containsExactly(Reason.ONE_CHARACTER);
        assertThat(policy.check("sam.okafor", "Password1234", "Password1234", false)).containsExactly(Reason.COMMON);
        assertThat(policy.check("sam.okafor", "correcthorse", "correcthorse", true)).containsExactly(Reason.SAME_AS_CURRENT);
        assertThat(policy.check("sam.okafor", "correcthorse", "correcthorsf", false)).containsExactly(Reason.NOT_CONFIRMED);
        assertThat(policy.check("sam.okafor", null, null, false)).containsExactly(Reason.TOO_SHORT);
        assertThat(Reason.COMMON.messageKey()).isEqualTo("password.error.COMMON");
    }

    @Property
    void anyConfirmedPasswordOfTwelveToOneHundredAndTwentyEightLettersWithoutTheUsernameIsAccepted(
            @ForAll @AlphaChars @StringLength(min = 12, max = 128) String password) {
        boolean oneCharacter = password.chars().distinct().count() == 1;
        boolean common = password.equalsIgnoreCase("passwordpassword") || password.equalsIgnoreCase("safeguarding")
                || password.equalsIgnoreCase("administrator") || password.equalsIgnoreCase("qwertyuiopas");
        assertThat(policy.check("1.2", password, password, false).isEmpty()).isEqualTo(!oneCharacter && !common);
    }
}
