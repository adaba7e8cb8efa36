package org.safeguardinghub.chronology;

/**
 * The NHS number rule: ten digits, the last a modulus-11 check digit over the first nine
 * (weights 10 down to 2; check = 11 − remainder, 11 becomes 0, and a result of 10 means the
 * number is not valid). Spaces are ignored, as numbers are often written "943 476 5919".
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** The digits alone, or the text unchanged if it is not digits and spaces. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replace(" ", "");
        return digits.chars().allMatch(Character::isDigit) ? digits : text.strip();
    }

    public static boolean isValid(String text) {
        String digits = normalise(text);
        if (digits == null || digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(digits.substring(0, 9)) == digits.charAt(9) - '0';
    }

    /** The check digit for nine digits, or -1 when no check digit can make them valid. */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }
}
