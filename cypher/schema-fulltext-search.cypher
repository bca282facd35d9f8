// search(): one full-text index over the searchText of every kind. searchText is already folded
// lower-case words joined by single spaces (listing/search.ts searchText), so the whitespace analyzer indexes
// exactly those words, with no stemming or stop words of its own. Updated in the committing transaction
// (not eventually consistent), so a search sees a write at once.
CREATE FULLTEXT INDEX network_search IF NOT EXISTS
FOR (n:Actor|Partnership|Area|Theme|TargetGroup) ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}}
