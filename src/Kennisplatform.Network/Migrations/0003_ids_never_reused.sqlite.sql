-- SQLite only: rebuilds the tables whose key is {id} so that the key is AUTOINCREMENT, keeping every row and its id.
-- Without it SQLite gives the highest id again after that row was deleted, so an old link could reach a new item.
-- Copying the rows with their ids sets sqlite_sequence to the highest id present; ids of rows deleted earlier were
-- never recorded by SQLite and cannot be known. The schema has no foreign keys, so nothing points at the tables while
-- they are replaced; dropping a table drops its indexes, which are made again on the new table.
--
-- Why every table is written out again, as in 0001: SQLite's ALTER TABLE can rename a table or add a column but not
-- change a column's constraints, so a key becomes AUTOINCREMENT only by SQLite's table rebuild (create the new table,
-- copy the rows, drop the old one, rename, make the indexes again). The repetition cannot be taken out: 0001 stays as
-- databases applied it (an applied script never changes, MigratorTests pins it), plain SQL cannot take a table's
-- definition from another script or from sqlite_master, and this script must stay whole for databases still at
-- version 2. Since this script, {id} on SQLite is AUTOINCREMENT in 0001 too, so on a database made later the rebuild
-- finds the keys already so and only copies empty tables.

CREATE TABLE profiles_new (
    id {id},
    username TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL,
    function TEXT NOT NULL,
    expertise TEXT NOT NULL,
    current_work TEXT NOT NULL,
    email TEXT NULL,
    show_email INTEGER NOT NULL DEFAULT 0,
    phone TEXT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    last_activity BIGINT NOT NULL,
    version INTEGER NOT NULL,
    hidden_reason TEXT NULL,
    hidden_by TEXT NULL
);
INSERT INTO profiles_new SELECT * FROM profiles;
DROP TABLE profiles;
ALTER TABLE profiles_new RENAME TO profiles;
CREATE INDEX profiles_by_activity ON profiles (last_activity);
CREATE INDEX profiles_by_name ON profiles (name);

CREATE TABLE projects_new (
    id {id},
    owner TEXT NOT NULL,
    title TEXT NOT NULL,
    goal TEXT NOT NULL,
    phase TEXT NOT NULL,
    start_date TEXT NOT NULL,
    practice_url TEXT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL,
    hidden_reason TEXT NULL,
    hidden_by TEXT NULL
);
INSERT INTO projects_new SELECT * FROM projects;
DROP TABLE projects;
ALTER TABLE projects_new RENAME TO projects;
CREATE INDEX projects_by_owner ON projects (owner);
CREATE INDEX projects_by_update ON projects (updated_at);

CREATE TABLE questions_new (
    id {id},
    author TEXT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    helpful_answer BIGINT NULL,
    version INTEGER NOT NULL,
    hidden_reason TEXT NULL,
    hidden_by TEXT NULL
);
INSERT INTO questions_new SELECT * FROM questions;
DROP TABLE questions;
ALTER TABLE questions_new RENAME TO questions;
CREATE INDEX questions_by_author ON questions (author);
CREATE INDEX questions_by_time ON questions (created_at);

CREATE TABLE answers_new (
    id {id},
    question_id BIGINT NOT NULL,
    author TEXT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    hidden_reason TEXT NULL,
    hidden_by TEXT NULL
);
INSERT INTO answers_new SELECT * FROM answers;
DROP TABLE answers;
ALTER TABLE answers_new RENAME TO answers;
CREATE INDEX answers_by_question ON answers (question_id);
CREATE INDEX answers_by_author ON answers (author);

CREATE TABLE messages_new (
    id {id},
    sender TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    sent_at BIGINT NOT NULL
);
INSERT INTO messages_new SELECT * FROM messages;
DROP TABLE messages;
ALTER TABLE messages_new RENAME TO messages;
CREATE INDEX messages_by_sender ON messages (sender, sent_at);
CREATE INDEX messages_by_recipient ON messages (recipient);

CREATE TABLE reports_new (
    id {id},
    kind TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    reporter TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    handled_at BIGINT NULL
);
INSERT INTO reports_new SELECT * FROM reports;
DROP TABLE reports;
ALTER TABLE reports_new RENAME TO reports;
CREATE INDEX reports_open ON reports (handled_at, created_at);
