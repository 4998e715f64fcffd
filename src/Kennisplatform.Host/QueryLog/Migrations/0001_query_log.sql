-- The anonymous query log: per day (UTC, yyyy-MM-dd) and normalized query, how often it was asked, how often it
-- found nothing, and how many results it had the last time. No address, user or session is stored anywhere.
CREATE TABLE query_log (
    day TEXT NOT NULL,
    query TEXT NOT NULL,
    asked BIGINT NOT NULL,
    without_results BIGINT NOT NULL,
    results BIGINT NOT NULL,
    PRIMARY KEY (day, query)
);

-- Searches counted without their text, per day and origin ('ingelogd': a signed-in user; 'weggelaten': text that
-- looked like personal data).
CREATE TABLE query_log_counts (
    day TEXT NOT NULL,
    origin TEXT NOT NULL,
    asked BIGINT NOT NULL,
    PRIMARY KEY (day, origin)
);
