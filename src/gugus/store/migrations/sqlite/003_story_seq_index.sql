-- 003: the clustering order is read (MAX(seq)) for every assignment; without an index that was a scan.
CREATE UNIQUE INDEX story_articles_seq ON story_articles(seq);
