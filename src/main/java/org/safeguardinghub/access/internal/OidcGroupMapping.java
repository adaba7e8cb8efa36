package org.safeguardinghub.access.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.safeguardinghub.access.Role;

/**
 * Decides whether a person the identity provider vouches for signs in, and with which roles
 * (ADR 0030). Plain Java: the provider's groups give the roles, the hub's account gives the
 * person (their agency, their relationships with children). In order: the provider's person must
 * be linked to a hub account; the account must be active (a leaver deactivated in the hub stays
 * out even while the provider still knows them); at least one group must be mapped (an unknown
 * group gives nothing: least privilege); the mapped groups must name one agency, and it must be
 * the account's agency (a group for the police never lets a social worker in as police). The
 * roles are the union of the mapped groups' roles.
 */
public final class OidcGroupMapping {

    /** Why a sign-in was allowed or refused; the message key explains it on the sign-in page. */
    public enum Reason {
        SIGNED_IN,
        NO_ACCOUNT,
        DEACTIVATED,
        NO_MAPPED_GROUP,
        GROUPS_OF_SEVERAL_AGENCIES,
        OTHER_AGENCY;

        public String messageKey() {
            return "login.sso.refused." + name();
        }
    }

    /** The hub account the provider's person is linked to, as far as this decision needs it. */
    public record Account(boolean active, String agencyCode) {
    }

    /**
     * The outcome with its reason and what the audit log should say.
     *
     * @param roles  the roles the person signs in with (empty when refused)
     * @param detail for the audit log: the groups and agencies involved
     */
    public record Decision(Reason reason, Set<Role> roles, String detail) {

        public boolean allowed() {
            return reason == Reason.SIGNED_IN;
        }
    }

    /** A refusal the provider itself answered (the person cancelled, the provider failed), not one of the hub's. */
    public static final String PROVIDER_ERROR = "PROVIDER_ERROR";

    /** The provider could not be asked at all (its discovery document could not be read): local sign-in still works. */
    public static final String PROVIDER_UNAVAILABLE = "PROVIDER_UNAVAILABLE";

    /** The message explaining a refusal named in the sign-in page's address; empty for anything else. */
    public static Optional<String> refusalMessageKey(String reason) {
        if (PROVIDER_ERROR.equals(reason) || PROVIDER_UNAVAILABLE.equals(reason)) {
            return Optional.of("login.sso.refused." + reason);
        }
        return Arrays.stream(Reason.values()).filter(r -> r != Reason.SIGNED_IN && r.name().equals(reason))
                .findFirst().map(Reason::messageKey);
    }

    private final Map<String, OidcProperties.GroupGrant> grants;

    public OidcGroupMapping(Map<String, OidcProperties.GroupGrant> grants) {
        this.grants = Map.copyOf(grants);
    }

    /** The decision for a person with these groups, linked to this account (null when linked to none). */
    public Decision decide(Collection<String> groups, Account account) {
        Set<String> claimed = new TreeSet<>(groups);
        if (account == null) {
            return refuse(Reason.NO_ACCOUNT, "groups " + claimed);
        }
        if (!account.active()) {
            return refuse(Reason.DEACTIVATED, "groups " + claimed);
        }
        List<OidcProperties.GroupGrant> mapped = claimed.stream().filter(grants::containsKey).map(grants::get).toList();
        if (mapped.isEmpty()) {
            return refuse(Reason.NO_MAPPED_GROUP, "groups " + claimed + " give no role");
        }
        Set<String> agencies = new TreeSet<>(mapped.stream().map(OidcProperties.GroupGrant::agency).toList());
        if (agencies.size() > 1) {
            return refuse(Reason.GROUPS_OF_SEVERAL_AGENCIES, "groups " + claimed + " name agencies " + agencies);
        }
        if (!agencies.contains(account.agencyCode())) {
            return refuse(Reason.OTHER_AGENCY, "groups " + claimed + " name " + agencies
                    + ", the account is of " + account.agencyCode());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        mapped.forEach(grant -> roles.addAll(grant.roles()));
        if (roles.isEmpty()) {
            return refuse(Reason.NO_MAPPED_GROUP, "groups " + claimed + " give no role");
        }
        return new Decision(Reason.SIGNED_IN, Set.copyOf(roles), "groups " + claimed + " give " + new TreeSet<>(roles));
    }

    private static Decision refuse(Reason reason, String detail) {
        return new Decision(reason, Set.of(), detail);
    }
}
