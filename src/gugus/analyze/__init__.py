"""Per-article analysis: sentences, tokens and stems, and (later) entities, time expressions, quotes
and the features the clusterer needs. Each module is a set of plain functions over the article text."""
