-- kzcomply schema v4 (SQLite): a user's language may be Kazakh. Keep in step with
-- ../postgres/0004_user_language.sql.
--
-- users.lang was created with CHECK (lang IN ('en', 'ru')), and migrations only add, so the setting
-- gets a column of its own without that check: `language` — en, ru or kk, checked by the store
-- (a later language needs no new column). It is NULL for a user who has not chosen since this
-- migration; the store reads COALESCE(language, lang). The store keeps `lang` in step for en and
-- ru and writes ru there for kk (the closest language an older kzcomply can show). Nothing is
-- dropped, deleted or updated.

ALTER TABLE users ADD COLUMN language TEXT;
