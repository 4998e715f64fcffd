-- The network's first schema. {id} is the auto-numbered primary key of the dialect; times are Unix milliseconds
-- (UTC) in both databases, so that they sort and compare alike without time-zone conversions.
CREATE TABLE profiles (
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
CREATE INDEX profiles_by_activity ON profiles (last_activity);
CREATE INDEX profiles_by_name ON profiles (name);

CREATE TABLE projects (
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
CREATE INDEX projects_by_owner ON projects (owner);
CREATE INDEX projects_by_update ON projects (updated_at);

CREATE TABLE questions (
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
CREATE INDEX questions_by_author ON questions (author);
CREATE INDEX questions_by_time ON questions (created_at);

CREATE TABLE answers (
    id {id},
    question_id BIGINT NOT NULL,
    author TEXT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    hidden_reason TEXT NULL,
    hidden_by TEXT NULL
);
CREATE INDEX answers_by_question ON answers (question_id);
CREATE INDEX answers_by_author ON answers (author);

CREATE TABLE messages (
    id {id},
    sender TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    sent_at BIGINT NOT NULL
);
CREATE INDEX messages_by_sender ON messages (sender, sent_at);
CREATE INDEX messages_by_recipient ON messages (recipient);

CREATE TABLE follows (
    username TEXT NOT NULL,
    theme TEXT NOT NULL,
    digest INTEGER NOT NULL,
    PRIMARY KEY (username, theme)
);
CREATE INDEX follows_by_theme ON follows (theme);

CREATE TABLE digest_queue (
    username TEXT NOT NULL,
    question_id BIGINT NOT NULL,
    queued_at BIGINT NOT NULL,
    PRIMARY KEY (username, question_id)
);

CREATE TABLE reports (
    id {id},
    kind TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    reporter TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    handled_at BIGINT NULL
);
CREATE INDEX reports_open ON reports (handled_at, created_at);

-- Facet values of profiles, projects and questions (themes, regions, organisations).
CREATE TABLE tags (
    kind TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (kind, item_id, facet, value)
);
CREATE INDEX tags_by_value ON tags (kind, facet, value, item_id);

-- Terms of the Dutch analysis chain per item, for free-text search that behaves like the site search.
CREATE TABLE terms (
    kind TEXT NOT NULL,
    term TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    PRIMARY KEY (kind, term, item_id)
);
CREATE INDEX terms_by_item ON terms (kind, item_id);
