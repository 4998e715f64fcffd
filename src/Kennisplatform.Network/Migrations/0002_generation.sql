-- One counter that every write transaction raises, so that hosts can cache directory searches and know, with one
-- cheap read, whether anything changed since (on PostgreSQL also writes by other hosts).
CREATE TABLE generation (
    id INTEGER PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO generation (id, value) VALUES (1, 0);
