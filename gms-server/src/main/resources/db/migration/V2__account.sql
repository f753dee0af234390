-- Local accounts. Passwords are stored as salted adaptive hashes (bcrypt, tagged by encoder id).
CREATE TABLE account (
  id            bigserial PRIMARY KEY,
  username      text        NOT NULL UNIQUE,
  display_name  text        NOT NULL,
  password_hash text        NOT NULL,
  roles         text[]      NOT NULL,
  organisation  text        NOT NULL,
  enabled       boolean     NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
  CHECK (cardinality(roles) > 0)
);

-- API bearer tokens. Only a SHA-256 of the token is kept: a stolen database reveals no token.
CREATE TABLE api_token (
  id          bigserial PRIMARY KEY,
  account_id  bigint      NOT NULL REFERENCES account (id),
  token_hash  text        NOT NULL UNIQUE,
  label       text        NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  revoked_at  timestamptz
);
