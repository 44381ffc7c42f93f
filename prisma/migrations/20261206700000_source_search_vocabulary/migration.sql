-- The source search's vocabulary, for "did you mean …?" on /sources (lib/search/suggest-search.ts):
-- every word source_fts holds (title, publisher, URL host; its porter stems), read from the index
-- itself as claim_fts_vocab is (migration 20261206400000): current with every write, no upkeep.
CREATE VIRTUAL TABLE "source_fts_vocab" USING fts5vocab("source_fts", 'row');
