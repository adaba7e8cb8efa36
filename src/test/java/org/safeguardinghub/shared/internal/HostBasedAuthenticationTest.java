package org.safeguardinghub.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** pg_hba.conf as earlier releases left it (initdb -A trust) is read, and rewritten to require passwords. */
class HostBasedAuthenticationTest {

    /** The rules initdb writes with {@code -A trust} (PostgreSQL 17), after its long comment. */
    static final String TRUSTING = """
            # PostgreSQL Client Authentication Configuration File
            # METHOD can be "trust", "reject", "md5", "password", "scram-sha-256",
            # TYPE  DATABASE        USER            ADDRESS                 METHOD

            # "local" is for Unix domain socket connections only
            local   all             all                                     trust
            # IPv4 local connections:
            host    all             all             127.0.0.1/32            trust
            # IPv6 local connections:
            host    all             all             ::1/128                 trust
            # Allow replication connections from localhost, by a user with the
            # replication privilege.
            local   replication     all                                     trust
            host    replication     all             127.0.0.1/32            trust
            host    replication     all             ::1/128                 trust
            """;

    @Test
    void initdbsTrustRulesAreFoundAndEachBecomesScram() {
        assertThat(HostBasedAuthentication.trustsAnyConnection(TRUSTING)).isTrue();
        String protectedRules = HostBasedAuthentication.requiringPasswords(TRUSTING);
        assertThat(HostBasedAuthentication.trustsAnyConnection(protectedRules)).isFalse();
        assertThat(protectedRules.lines().filter(l -> "scram-sha-256".equals(HostBasedAuthentication.method(l))))
                .hasSize(6);
        assertThat(protectedRules).contains("host    all             all             127.0.0.1/32            scram-sha-256\n");
        // comments, including the one that names trust, are kept as they were
        assertThat(protectedRules).contains("# METHOD can be \"trust\", \"reject\"").contains("# IPv4 local connections:");
        assertThat(protectedRules.lines().count()).isEqualTo(TRUSTING.lines().count());
    }

    @Test
    void aRuleWithANetmaskATrailingCommentOrOptionsIsReadRight() {
        String rules = """
                host all all 127.0.0.1 255.255.255.255 trust # loopback only
                local all postgres peer map=admins
                hostssl all all 10.0.0.0/8 trust#no space before the comment
                include_if_exists other.conf
                """;
        assertThat(HostBasedAuthentication.method("local all postgres peer map=admins")).isEqualTo("peer");
        assertThat(HostBasedAuthentication.method("include_if_exists other.conf")).isNull();
        assertThat(HostBasedAuthentication.requiringPasswords(rules)).isEqualTo("""
                host all all 127.0.0.1 255.255.255.255 scram-sha-256 # loopback only
                local all postgres peer map=admins
                hostssl all all 10.0.0.0/8 scram-sha-256#no space before the comment
                include_if_exists other.conf
                """);
    }

    @Test
    void rulesThatAlreadyAskForPasswordsAreNotTrustingAndStayAsTheyAre() {
        String rules = HostBasedAuthentication.requiringPasswords(TRUSTING);
        assertThat(HostBasedAuthentication.requiringPasswords(rules)).isEqualTo(rules);
        assertThat(HostBasedAuthentication.trustsAnyConnection("# trust nobody\nlocal all all md5\n")).isFalse();
        // a database or user called "trust" is not the method
        assertThat(HostBasedAuthentication.trustsAnyConnection("local trust trust scram-sha-256\n")).isFalse();
    }
}
