"""Sentence vectors kept in the store, so a story's sentences are embedded once (the model reads about
1,000 tokens a second: a 50-article story's sentences take a minute the first time, nothing after)."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping

import numpy as np

from gugus.analyze.embed import MODEL_NAME, embedding_key


class StoreVectors(MutableMapping[str, np.ndarray]):
    """text -> vector, read from the store's embeddings table (keyed by model + text); new vectors are
    kept until `flush` writes them in one transaction (a story's sentences are embedded in one go)."""

    def __init__(self, store) -> None:
        self.store = store
        self._seen: dict[str, np.ndarray] = {}
        self._new: dict[str, np.ndarray] = {}

    def __getitem__(self, text: str) -> np.ndarray:
        if text not in self._seen:
            found = self.store.embeddings([embedding_key(text)])
            if not found:
                raise KeyError(text)
            self._seen[text] = next(iter(found.values()))
        return self._seen[text]

    def __contains__(self, text: object) -> bool:
        try:
            self[text]  # type: ignore[index]
        except KeyError:
            return False
        return True

    def __setitem__(self, text: str, vector: np.ndarray) -> None:
        self._seen[text] = vector
        self._new[embedding_key(text)] = vector

    def flush(self) -> None:
        if self._new:
            with self.store.transaction():
                self.store.save_embeddings(MODEL_NAME, self._new)
            self._new = {}

    def __delitem__(self, text: str) -> None:  # vectors are facts about a text: never forgotten
        raise TypeError("stored vectors are not deleted one by one")

    def __iter__(self) -> Iterator[str]:
        return iter(self._seen)

    def __len__(self) -> int:
        return len(self._seen)
