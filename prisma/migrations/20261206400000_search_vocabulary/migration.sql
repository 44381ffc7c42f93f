-- The search's vocabulary, for "did you mean …?" (lib/search/suggest-search.ts): every word the
-- full-text index holds, as FTS5 keeps it (its porter stem), read from the index itself by an
-- fts5vocab table, so it is current with every write the claim_fts triggers and the import's
-- bulk indexing make, and needs no upkeep of its own. Read by term range only
-- (lib/db/sqlite/search-vocabulary.ts), which fts5vocab answers without a full scan.
CREATE VIRTUAL TABLE "claim_fts_vocab" USING fts5vocab("claim_fts", 'row');
