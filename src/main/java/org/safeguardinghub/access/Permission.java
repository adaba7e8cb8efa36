package org.safeguardinghub.access;

/**
 * Whether someone may do something, and why: every module's permission policy answers with one,
 * so a page can say why an action is not offered and a refusal names its reason.
 *
 * @param reason a message key saying why
 */
public record Permission(boolean allowed, String reason) {

    public static Permission allowed(String reason) {
        return new Permission(true, reason);
    }

    public static Permission refused(String reason) {
        return new Permission(false, reason);
    }

    public boolean refused() {
        return !allowed;
    }
}
