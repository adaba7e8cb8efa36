-- Partner tokens revoked before they expire (issue 18, ADR 0030). Tokens themselves are not stored
-- (they are signed JWTs); only the id (jti) of a revoked one, until it would have expired anyway,
-- so every node refuses it at once. Rows past their expiry are pruned at each revocation.
create table access.revoked_token (
    jti        text primary key,
    client_id  text not null,
    expires_at timestamptz not null,
    revoked_at timestamptz not null
);
create index revoked_token_expires on access.revoked_token (expires_at);
