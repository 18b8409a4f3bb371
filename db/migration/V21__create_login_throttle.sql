-- Failed sign-ins, per account (the email as typed, normalised, whether or not it has an account)
-- and per client address. Past a threshold every further failure makes the next attempt wait
-- longer, up to a cap: slowed down, never locked out for good.
CREATE TABLE login_throttle (
    throttle_key    text        PRIMARY KEY CHECK (throttle_key ~ '^(account|address):'),
    failures        integer     NOT NULL CHECK (failures > 0),
    last_failure_at timestamptz NOT NULL,
    locked_until    timestamptz
);
