"""Coverage comparison: how each outlet covered a story, who copied whom, where accounts disagree."""
