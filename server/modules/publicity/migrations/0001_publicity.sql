-- Articles for the portal and the WeChat official account (R10.1), on the case engine: the
-- case holds the workflow state and its events (the history); state, deadline and closed_at
-- here are the engine's mirror. body_html is stored sanitized. publish_at: unix seconds of a
-- scheduled publication (NULL = on approval). cover_id: an image attachment owned by the article.
CREATE TABLE articles (
  id {{id}},
  case_id BIGINT UNIQUE REFERENCES cases (id),
  state TEXT NOT NULL,
  deadline TEXT,
  closed_at BIGINT,
  title TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  column_key TEXT NOT NULL,
  author TEXT NOT NULL,
  body_html TEXT NOT NULL,
  cover_id BIGINT,
  wechat BIGINT NOT NULL DEFAULT 0,
  publish_at BIGINT,
  published_at BIGINT,
  created_by BIGINT NOT NULL,
  submitted_by BIGINT,
  reviewed_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX articles_state_column ON articles (state, column_key, published_at);

-- The admin-editable list checked before an article goes to review.
CREATE TABLE sensitive_words (
  id {{id}},
  word TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
INSERT INTO sensitive_words (word, created_at) VALUES ('赌博', 0), ('博彩', 0), ('六合彩', 0),
  ('代开发票', 0), ('办证', 0), ('枪支', 0), ('毒品', 0), ('色情', 0), ('高利贷', 0), ('传销', 0);
