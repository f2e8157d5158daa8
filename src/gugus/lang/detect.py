"""Language of an article and of each of its sentences: Indonesian, Malay or English.

lingua restricted to the candidate languages ships its models in the wheel and was the most accurate
here on short text. It confuses Indonesian and Malay, which share most of their vocabulary, so that
choice is settled by spelling markers the two standards write differently: Indonesian first.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

CANDIDATES = {Language.INDONESIAN: "id", Language.MALAY: "ms", Language.ENGLISH: "en"}
_SENTENCE = re.compile(r"(?<=[.!?…\"”])\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
_WORD = re.compile(r"[a-z]+")
_MIN_CHARS = 25  # shorter spans carry too little evidence: they inherit the article's language
_SWITCH_MARGIN = 0.35  # a sentence leaves its article's language only on this much more confidence

# Words the two standards spell or choose differently (Malaysian "kerana", Indonesian "karena").
MALAY_MARKERS = frozenset(
    "kerana bahawa selepas syarikat baharu iaitu polis sahaja kenderaan kakitangan ringgit "
    "kerajaan dasar bermula".split()
)
INDONESIAN_MARKERS = frozenset(
    "karena bahwa setelah perusahaan pemerintah baru yaitu polisi uang saja kendaraan pengadilan "
    "bisa sudah rupiah gubernur kabupaten presiden warga mengatakan menurut".split()
)


# Function words that settle most sentences without a model: a sentence with several Indonesian ones
# and no English one is Indonesian-or-Malay; only the rest goes to lingua.
_ID_FUNCTION = frozenset(
    "yang dan di ini itu dengan untuk dari dalam tidak akan pada ke juga ada karena oleh atau sudah "
    "bisa saat kata para telah tersebut bahwa kami mereka dia kita adalah menjadi lebih namun hingga "
    "serta masih sebagai secara belum agar bagi sejak antara".split()
)
_EN_FUNCTION = frozenset(
    "the and of to is that for with was on said are it by as at from has have be this were which "
    "their been would will not but they who an after its about there".split()
)


MUTE = ""  # a span with no evidence of its own language: a name, a figure, a dateline


def _screen(span: str) -> str | None:
    """ "id" (Indonesian or Malay) or "en" when function words leave no doubt, MUTE when nothing in the
    span points to either, else None (lingua decides)."""
    words = _WORD.findall(span.lower())
    idn = sum(w in _ID_FUNCTION for w in words)
    en = sum(w in _EN_FUNCTION for w in words)
    if idn >= 2 and not en:
        return "id"
    if en >= 3 and not idn:
        return "en"
    if idn < 2 and not en and _english_words(words) < 2:
        return MUTE
    return None


_EN_FLOOR = 10 ** (3.5 - 9)  # an English word at least this common (zipf 3.5) ...
_EN_RATIO = 30.0  # ... and this many times commoner in English than in Indonesian leans English


def _english_words(words: list[str]) -> int:
    """How many of `words` lean English ("congratulations", "economic", "match"): two of them send a
    span without function words to lingua; names and figures alone take the article's language."""
    import wordfreq

    en, idn = wordfreq.get_frequency_dict("en"), wordfreq.get_frequency_dict("id")
    return sum(1 for w in words if (f := en.get(w, 0.0)) >= _EN_FLOOR and f >= _EN_RATIO * idn.get(w, 0.0))


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*CANDIDATES).with_preloaded_language_models().build()


def split_for_language(text: str) -> list[str]:
    """Rough sentence spans: enough to tell a quoted English sentence in an Indonesian article."""
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def _id_or_ms(text: str) -> str:
    words = Counter(_WORD.findall(text.lower()))
    ms = sum(words[w] for w in MALAY_MARKERS)
    idn = sum(words[w] for w in INDONESIAN_MARKERS)
    return "ms" if ms >= 3 and ms > 2 * idn else "id"


def _scores(confidences) -> dict[str, float]:
    return {CANDIDATES[c.language]: c.value for c in confidences}


def detect_languages(text: str, title: str = "") -> tuple[str | None, list[str]]:
    """The article's language and the language of each span of `split_for_language(text)`.

    The article's language is the length-weighted vote of its sentences, so one detector pass serves
    both; a sentence keeps the article's language unless it is clearly another one.
    """
    spans = split_for_language(text)
    judged = [i for i, s in enumerate(spans) if len(s) >= _MIN_CHARS]
    if not judged:  # a title or a stub: judge what there is
        sample = f"{title} {text}".strip()
        if sum(ch.isalpha() for ch in sample) < 3:
            return None, ["und"] * len(spans)
        lang = _resolve(_scores(_detector().compute_language_confidence_values(sample)), sample)
        return lang, [lang] * len(spans)
    screened = {i: _screen(spans[i]) for i in judged}
    mute = sum(len(spans[i]) for i in judged if screened[i] == MUTE)
    if 2 * mute > sum(len(spans[i]) for i in judged):  # mostly names and figures: lingua reads them all
        screened = dict.fromkeys(judged)
    unclear = [i for i in judged if screened[i] is None]
    detector = _detector()
    # mute spans neither vote nor cost a detector pass: they take the article's language, as the
    # detector judged nearly all of them (in 600 indonews articles 1,527 of 8,389 spans were mute, the
    # detector read 1,515 of them as Indonesian or Malay and 12 product and event names as English);
    # the detector now makes 555 passes over those articles instead of 2,010
    per_span: dict[int, dict[str, float]] = {i: {screened[i]: 1.0} for i in judged if screened[i]}
    for i in unclear:
        per_span[i] = _scores(detector.compute_language_confidence_values(spans[i]))
    votes: Counter[str] = Counter()
    for i in per_span:
        scores = per_span[i]
        best = max(scores, key=scores.__getitem__)
        votes["id" if best == "ms" else best] += len(spans[i])
    lang = votes.most_common(1)[0][0]
    if lang == "id":
        lang = _id_or_ms(text)
    out = [lang] * len(spans)
    for i in judged:
        if screened[i] and screened[i] != ("id" if lang == "ms" else lang):
            out[i] = screened[i]
    for i in unclear:
        scores = per_span[i]
        best = max(scores, key=scores.__getitem__)
        if {best, lang} <= {"id", "ms"}:
            continue  # too close to call sentence by sentence
        if best != lang and scores[best] - scores.get(lang, 0.0) >= _SWITCH_MARGIN:
            out[i] = best
    return lang, out


def _resolve(scores: dict[str, float], text: str) -> str | None:
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    return _id_or_ms(text) if best in ("id", "ms") else best


def detect(text: str) -> str | None:
    """ISO 639-1 code of a text's language, or None when there is nothing to judge."""
    return detect_languages(text)[0]


def quick_detect(sample: str) -> str | None:
    """One detector pass over a title and lead: the language to repair and analyse the text in."""
    if sum(ch.isalpha() for ch in sample) < 3:
        return None
    words = _WORD.findall(sample[:800].lower())
    idn = sum(w in _ID_FUNCTION for w in words)
    en = sum(w in _EN_FUNCTION for w in words)
    if idn >= 4 and en * 4 <= idn:
        return _id_or_ms(sample)
    if en >= 4 and idn * 4 <= en:
        return "en"
    return _resolve(_scores(_detector().compute_language_confidence_values(sample[:800])), sample)
