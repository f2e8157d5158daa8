"""Split words that scraping ran together where a link was.

Scraped news loses the spaces around link text: "pemimpin tertinggi IranAyatollah Khameneidipertanyakan",
"kondisikesehatan mentalyang", "Dihimpun dariHuffington Post", "Liputan6.com, JakartaKita semua".
Left alone these become unknown tokens that hurt matching, entities and summaries downstream.

Two kinds of join are split:

* case joins, at a lower→Upper or ACRONYM→Word boundary ("dariHuffington", "SARManggarai",
  "AImenuntut"), unless the token is a camel-case name (YouTube, iPhone, McLaren, KompasTV, detikNews);
* lowercase joins ("mentalyang", "kondisikesehatan"): a token that no word list knows, that is not an
  affixed form of a known root ("dipamerkannya"), and that splits into 2–3 known words with good
  frequencies, one of them preferably a function word.

Only spaces are ever inserted, so no character of the text is lost. The word lists are wordfreq's
(Indonesian and English); the per-language lists (function words, camel names, compounds) live in
`gugus.lang.repair_data`.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from gugus.lang import repair_data as data

__all__ = ["find_joins", "repair_joins", "split_token"]

# A chunk (whitespace-delimited) with any of these is left alone: digits, URLs, e-mails, hashtags,
# @handles, paths, markup, domains ("detik.com"), inline code.
_SKIP_CHUNK = re.compile(r"[0-9@#/\\_=<>{}|~^`$%&]|https?:|www\.|[a-z]\.[a-z]{2,}")
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)
_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # Latin letters, accented ones too
_WORD4 = re.compile(f"[{_LETTERS}]{{4,}}")
# Humps of a camel token: ACRONYM (before a Word, a non-letter or the end), Word, lower, stray capitals.
_HUMP = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z])|[A-Z]{2,}(?=[a-z]|$)|[A-Z]?[a-z]+|[A-Z]+")

_MIN_LEN = 5  # shortest token worth a look ("diIran" is 6)
_PART_Z = 3.0  # a content part must be at least this frequent (zipf) ...
_SHORT_PART_Z = 4.0  # ... and a 3-letter content part this frequent
_BOTH_CONTENT_Z = 3.3  # two content words joined, no function word: both at least this frequent
_NAME_MIN = 4  # an unknown capitalised left part ("Riyanto") must be this long


class _Lang:
    """Word lists for one language, built once: wordfreq lookups are too slow to repeat per token."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        # word → frequency, in the text's own language and (Indonesian) in English, which Indonesian
        # news borrows freely; zipf values are computed on lookup, not for all 350,000 words
        self.own = _frequencies("id" if lang == "id" else "en")
        self.other = _frequencies("en") if lang == "id" else {}
        if lang == "id":
            self.func = data.FUNCTION_WORDS_ID | data.FUNCTION_WORDS_EN_IN_ID
            self.func_own = data.FUNCTION_WORDS_ID
            self.func_short = frozenset(w for w in data.FUNCTION_WORDS_ID if len(w) < 3)
            self.name_left = data.NAME_LEFT_ID
            self.name_right = data.NAME_RIGHT_ID
            self.strong = (data.FUNCTION_WORDS_ID - data.NAME_TAILS_ID) | data.STRONG_RIGHT_ID
            self.clitics = data.CLITICS_ID
            self.prefixes = data.PREFIXES_ID
            self.compounds = data.COMPOUNDS_ID
            self.morph = True
        else:
            self.func = data.FUNCTION_WORDS_EN
            self.func_own = data.FUNCTION_WORDS_EN
            self.func_short = frozenset(w for w in data.FUNCTION_WORDS_EN if len(w) < 3)
            self.name_left = frozenset()
            self.name_right = frozenset()
            self.strong = data.STRONG_RIGHT_EN
            self.clitics = frozenset({"s", "es", "ed", "ing", "ly", "er"})
            self.prefixes = frozenset()
            self.compounds = frozenset()
            self.morph = False
        self.lower_split = lang in ("id", "en")
        self.known = frozenset(self.own) | frozenset(self.other) | self.compounds
        floor = 10 ** (_PART_Z - 9)  # zipf 3: a tenth of the list
        frequent = {w: f for w, f in self.other.items() if f >= floor and w.isalpha()}
        frequent.update(
            (w, f) for w, f in self.own.items() if f >= floor and w.isalpha() and f > frequent.get(w, 0)
        )
        # zipf of the frequent words, precomputed: the splitter looks them up all the time
        self._z = {w: math.log10(f) + 9 for w, f in frequent.items()}
        self._zown = {w: math.log10(f) + 9 for w, f in self.own.items() if f >= floor and w.isalpha()}
        self.roots = (
            frozenset(
                w
                for w in frequent
                if (len(w) == 3 and self.zipf_own(w) >= _SHORT_PART_Z)
                or (len(w) > 3 and (self.zipf_own(w) >= _PART_Z or self.zipf(w) >= 3.5))
            )
            | self.compounds
        ) - data.NOT_ROOTS_ID
        # words that can be a part of a split at all (the exact rules are in `_part_score`)
        self.parts = (
            frozenset(
                w for w in frequent if len(w) > 3 or (len(w) == 3 and self.zipf_own(w) >= _SHORT_PART_Z)
            )
            | self.compounds
            | self.func
        )

    def zipf(self, word: str) -> float:
        """Zipf frequency (log10 per billion words), the best over the lists used; 0 if unlisted."""
        z = self._z.get(word)
        if z is None:
            f = max(self.own.get(word, 0.0), self.other.get(word, 0.0))
            return math.log10(f) + 9 if f > 0 else 0.0
        return z

    def native(self, word: str) -> bool:
        """A word of the text's own language, not a borrowing that leaked into its list ("line")."""
        own = self.zipf_own(word)
        return own >= _PART_Z and own >= self.zipf(word) - 0.5

    def zipf_own(self, word: str) -> float:
        """Zipf frequency in the text's own language only."""
        z = self._zown.get(word)
        if z is None:
            f = self.own.get(word, 0.0)
            return math.log10(f) + 9 if f > 0 else 0.0
        return z

    def is_known(self, word: str) -> bool:
        """A real word: listed, a compound, or (Indonesian) an affixed form of a listed root."""
        return word in self.known or (self.morph and _morph_known(word, self))


_LANGS: dict[str, _Lang] = {}


def _frequencies(code: str) -> dict[str, float]:
    """wordfreq's word → frequency list for `code` (cached by wordfreq itself)."""
    import wordfreq

    return wordfreq.get_frequency_dict(code)


def _get_lang(lang: str | None) -> _Lang:
    key = lang if lang in ("id", "en") else "other"
    if key not in _LANGS:
        _LANGS[key] = _Lang(key)
    return _LANGS[key]


# ---------------------------------------------------------------- morphology (Indonesian)

_VOWELS = frozenset("aeiou")
# Nasal prefixes that replace the root's first consonant: menulis = meN + tulis, memukul = meN + pukul.
_NASAL = {"meny": "s", "peny": "s", "mem": "p", "pem": "p", "men": "t", "pen": "t", "meng": "k", "peng": "k"}


_PREFIX_SET = frozenset(data.MORPH_PREFIXES_ID)
_PREFIX_LENS = tuple(sorted({len(p) for p in _PREFIX_SET}))
_BOUND_SET = frozenset(data.BOUND_PREFIXES_ID)
_BOUND_LENS = tuple(sorted({len(p) for p in _BOUND_SET}))


def _strip_prefixes(word: str, lg: _Lang, depth: int) -> bool:
    """`word` is up to `depth` native prefixes (or one bound form) before a known root."""
    roots = lg.roots
    if word in roots:
        return True
    if depth == 0:
        return False
    for n in _PREFIX_LENS:
        if len(word) - n < 3:
            break
        pre = word[:n]
        if pre not in _PREFIX_SET:
            continue
        rest = word[n:]
        if _strip_prefixes(rest, lg, depth - 1):
            return True
        if pre in _NASAL and rest[0] in _VOWELS and _NASAL[pre] + rest in roots:
            return True
    if depth >= 1:  # one bound form, straight before the root: me+re+klasifikasi, pasca+kolonial
        for n in _BOUND_LENS:
            if len(word) - n < 4:
                break
            if word[:n] in _BOUND_SET and word[n:] in roots:
                return True
    return False


def _morph_known(word: str, lg: _Lang) -> bool:
    """True when `word` is prefixes + a known root + suffix + clitic (`dipamerkannya`, `kewilayahan`)."""
    return _morph_cached(word, lg.lang)


@lru_cache(maxsize=200_000)
def _morph_cached(word: str, lang: str) -> bool:
    lg = _get_lang(lang)
    stems = [word]
    if word.endswith(_CLITIC_END):  # -ku, -mu only after 4+ letters: Commu is no com+mu
        stems += [
            word[: -len(c)] for c in _CLITIC_END if word.endswith(c) and len(word) - len(c) >= _STEM_MIN[c]
        ]
    for stem in list(stems):
        if stem.endswith(_SUFFIX_END):
            for suf in data.MORPH_SUFFIXES_ID:
                # short roots only for the common suffixes: pur+wan is no word, ajar+an is
                if stem.endswith(suf) and len(stem) - len(suf) >= (3 if suf in _SHORT_ROOT_SUFFIXES else 4):
                    stems.append(stem[: -len(suf)])
    if any(_strip_prefixes(stem, lg, 2) for stem in stems):
        return True
    # compound verbs inside a confix: di+salah+arti+kan, di+bebas+tugas+kan, di+tindak+lanjut+i
    for stem in stems[1:]:
        for pre in _CONFIX_PREFIXES:
            if stem.startswith(pre) and _two_roots(stem[len(pre) :], lg):
                return True
    return False


_CLITIC_END = data.MORPH_CLITICS_ID
_STEM_MIN = {c: 4 if len(c) < 3 else 3 for c in data.MORPH_CLITICS_ID}
_SUFFIX_END = data.MORPH_SUFFIXES_ID
_SHORT_ROOT_SUFFIXES = frozenset({"kan", "an", "i", "in"})
_CONFIX_PREFIXES = ("di", "me", "mem", "men", "meng", "pe", "pem", "pen", "peng", "ke", "ber", "ter")


def _two_roots(rest: str, lg: _Lang) -> bool:
    roots = lg.roots
    return any(rest[:i] in roots and rest[i:] in roots for i in range(3, len(rest) - 2))


# ---------------------------------------------------------------- lowercase joins

_NAME_SUFFIXES = frozenset({"er", "ers", "s", "es", "ing", "nya", "an", "ku", "mu", "lah", "pun"})
_LOAN_ENDINGS = ("asi", "abel", "ibel", "ikal", "isme", "itas", "tif", "sif", "ika", "ologi", "grafi")
_PREFIX_LIKE = frozenset({"di", "ke", "se", "tak", "dia"})  # function words that also open longer words
_MAX_NAME = 12  # an unknown capitalised left part longer than this is no name but another join


_BAD_NAME_END = re.compile(r"[bdgjlmnrvwz]h$")  # no name ends so: Sangh|yang is Sanghyang
_MAYBE = (0.0, "maybe")  # a part only the (slower) morphology check can admit
# Only a word that starts with a prefix or ends with a suffix can be an affixed form of a known root.
_AFFIX_START = data.MORPH_PREFIXES_ID + data.BOUND_PREFIXES_ID
_AFFIX_END = data.MORPH_SUFFIXES_ID + data.MORPH_CLITICS_ID


def _part_score(part: str, lg: _Lang, k: int, n: int, title: bool, joined: bool) -> tuple[float, str] | None:
    """Zipf-like score and kind ('func', 'word', 'affixed', 'name') of part k of n, None when it may
    not be a part, or _MAYBE when only the morphology check can tell."""
    low = part.lower()
    if low in lg.func:
        if lg.lang == "id" and len(low) < 3:
            if low not in lg.func_short:
                return None  # "in", "at", "he": English 2-letter words hide in Indonesian ones (inheren)
            if low == "ia" and k > 0:
                return None  # -ia ends words and names: Amalia, Intimedia
            if low in ("di", "ke") and (k == 0 or (title and not joined)):
                return None  # di-, ke- are prefixes as often as prepositions; -di ends names (Suradi)
        return lg.zipf(low) or 5.0, "func"
    if len(low) < 3 or low in lg.clitics or low in lg.prefixes:
        return None
    z = lg.zipf(low)
    if len(low) == 3 and lg.lang == "id":
        # short English words hide in Indonesian ones (her|petik, sit, gun): only Indonesian ones
        zl = lg.zipf_own(low)
        if zl >= _SHORT_PART_Z and zl >= z - 0.5:
            return zl, "word"
    elif z >= _PART_Z or low in lg.compounds:
        return max(z, _PART_Z), "word"
    if len(low) >= 5 and lg.morph and (low.startswith(_AFFIX_START) or low.endswith(_AFFIX_END)):
        return _MAYBE
    return _name_score(low, z, k, n, title)


def _name_score(low: str, z: float, k: int, n: int, title: bool) -> tuple[float, str] | None:
    if k == 0 and n == 2 and title and 3 <= len(low) <= _MAX_NAME and not _BAD_NAME_END.search(low):
        # a name no list may know ("Riyanto", "Khamenei"); the shorter the likelier
        return min(z, 2.9) - 0.5 * max(0, len(low) - 5), "name"
    return None


def _resolve(part: str, lg: _Lang, k: int, n: int, title: bool) -> tuple[float, str] | None:
    low = part.lower()
    if not low.startswith(("ng", "ny")) and _morph_known(low, lg):  # "ng|bukan" is no word
        return _PART_Z, "affixed"
    return _name_score(low, lg.zipf(low), k, n, title)


_VERB_FORMS = ("memper", "diper", "meng", "meny", "mem", "men", "me", "di", "ber", "be", "ter", "per")


def _verbal(part: str, kind: str, lg: _Lang) -> bool:
    """A verb (or noun) with a verbal prefix on a known root ("dipertanyakan", "memuji",
    "mengatakan"): never the tail of a name, so "Khamenei|dipertanyakan" is a join."""
    low = part.lower()
    if kind not in ("word", "affixed") or len(low) < 6 or not lg.morph:
        return False
    if (
        len(low) >= 8
        and low.startswith(("meng", "meny", "mem", "men"))
        and not low.startswith(data.MINISTERS_ID)
        and lg.zipf_own(low) >= _PART_Z
    ):
        return True  # a listed meN- verb: menggagas (not Mendagri, a minister)
    for pre in _VERB_FORMS:
        if not low.startswith(pre) or (len(low) < 7 and pre in ("di", "be", "per", "diper")):
            continue  # "dianya" is dia+nya
        rest = low[len(pre) :]
        shortest = 3 if len(low) >= 7 else 4  # meng+aku, not me+ter
        if pre in _NASAL and rest[:1] in _VOWELS and _suffixed_root(_NASAL[pre] + rest, shortest, lg):
            return True
        if _suffixed_root(rest, shortest, lg):
            return True
    return False


def _suffixed_root(rest: str, shortest: int, lg: _Lang) -> bool:
    """`rest` is a root, or a root of 4+ letters with suffixes: tulis, kata+kan, cabul+i; not tas+i."""
    roots = lg.roots
    if len(rest) >= shortest and rest in roots and (len(rest) >= 5 or lg.native(rest)):
        return True  # an English root only if long: di+update, not ter+line
    for cl in ("", *data.MORPH_CLITICS_ID):
        stem = rest[: len(rest) - len(cl)] if cl else rest
        if cl and not rest.endswith(cl):
            continue
        for core in (stem, *(stem[: -len(suf)] for suf in ("kan", "an", "i", "in") if stem.endswith(suf))):
            if (
                len(core) >= 4
                and (core in roots or core[:2] == "ke" and core[2:] in roots)
                and (len(core) >= 5 or lg.native(core))
            ):
                return True  # tulis, kata+kan, ucap+in, ke+muka (mengemuka)
    return False


def _accept(
    parts: list[str], kinds: list[str], scores: list[float], title: bool, joined: bool, lg: _Lang
) -> bool:
    """Is this split convincing? A function word on one side, a name before a strong word or a verb,
    or frequent content words (strict when capitalised: such compounds are usually names)."""
    lows = [p.lower() for p in parts]
    for k in range(len(parts) - 1):
        # a short function word next to an unlisted affixed form is one word: menyentak (not
        # menyen|tak), penunggak, taksiran, dirumorkan (not di|rumorkan)
        (a, ka), (b, kb) = (lows[k], kinds[k]), (lows[k + 1], kinds[k + 1])
        if ka == "func" and a in _PREFIX_LIKE and (kb == "affixed" or len(b) <= 3 or lg.is_known(a + b)):
            return False  # di|rumorkan is dirumorkan, di|respons direspons, tak|sir taksir
        if kb == "func" and b in ("tak", "gak") and ka == "affixed":
            return False  # menyen|tak is menyentak, penung|gak is penunggak
    if len(parts) == 3 and any(k == "affixed" and len(p) < 7 for p, k in zip(lows, kinds, strict=True)):
        return False
    if lg.lang == "id" and any(
        kinds[k] == "word" == kinds[k + 1] and not lg.native(lows[k]) and not lg.native(lows[k + 1])
        for k in range(len(parts) - 1)
    ):
        return False  # two English words side by side are an English compound: extra|version
    if "name" in kinds or (title and kinds[0] == "affixed" and len(parts) == 2):
        # an unlisted capitalised word is as likely a name as an affixed form (Dagui|setelah is
        # Daguise|telah): only a strong function word or a verb may follow it
        return (lows[1] in lg.strong and len(parts[0]) >= _NAME_MIN + 1) or _verbal(parts[1], kinds[1], lg)
    content = [(p, s) for p, s, k in zip(lows, scores, kinds, strict=True) if k != "func"]
    has_func = len(content) < len(parts)
    if not title:
        if len(parts) == 2 and len(lows[0]) <= 3 and len(lows[1]) <= 3 and kinds != ["func", "func"]:
            return False  # two short words are no convincing join: kas|ada, tan|dan (tandan)
        if has_func:
            return all(s >= _PART_Z for _, s in content)
        # two or three content words: "kondisikesehatan", not "pangling", "paketstunting"; a short
        # one must be in use in Indonesian ("baju|pesta", not "mere|gang")
        floor = _BOTH_CONTENT_Z if len(parts) == 2 else 3.5
        first = lows[0]
        if first in _BOUND_SET or (
            len(first) <= 5 and first.startswith(_VERB_FORMS) and lg.zipf_own(first) < 4.0
        ):
            return False  # bio|metrik, mere|gang, mere|distribusi, disk|resi: prefixes, not words
        if len(parts) == 2 and scores[0] >= 3.5 and len(lows[1]) >= 7 and _verbal(parts[1], kinds[1], lg):
            return True  # talk|melaporkan
        if not all(s >= floor and len(p) >= 4 for p, s in content):
            return False
        if len(lows[0]) <= 5 and len(lows[-1]) <= 5 and lows[-1].endswith(_LOAN_ENDINGS):
            return False  # akun|tabel is akuntabel, mari|nasi is marinasi: one loanword
        # A 4-letter English word ("safe", "flat", "debt") only beside an Indonesian word: uang|safe,
        # sistem|flat, not situation|ship, fork|lift.
        english = [p for p in lows if len(p) == 4 and lg.zipf_own(p) < 4.0]
        return not english or (
            len(english) == 1
            and len(parts) == 2
            and lg.zipf(english[0]) >= 4.0
            and all(lg.zipf_own(p) >= 3.5 for p in lows if p != english[0])
        )
    # Capitalised: "Untukrekomendasi", "Garciadari", "Messimenyumbang"; not "Massaid", "Sastranegara"
    if len(parts[0]) < 4 and not _verbal(parts[-1], kinds[-1], lg):
        return False
    if any(k == "func" and p not in lg.func_own for p, k in zip(lows, kinds, strict=True)):
        return False  # "Dinoland": English function words only inside lowercase tokens
    if has_func:
        if len(parts) == 2 and kinds[0] == "func" and len(parts[-1]) < 5:
            return False  # "Yangwang"
        if lows[0] in lg.name_left and lows[-1] in lg.name_right:
            return False  # "Kalibaru", "Kotabaru"
        if (  # a short word ends many names and words: Hardini, Nestapa, Salsabila, Parimana
            len(parts) == 2
            and not joined
            and kinds[1] == "func"
            and lows[1] not in lg.strong
            and (
                lows[1] in ("bila", "apa", "mana")
                or (len(lows[1]) <= 4 and len(lows[0]) < 5 and (scores[0] < 4.5 or lows[1] == "ini"))
            )
        ):
            return False
        if lows[-1] in ("di", "ke") and (scores[0] < 3.5 or len(parts) > 2):
            return False
        if len(parts) == 3:
            if lows[0] in lg.name_left or any(p in lg.name_right for p in lows[1:]):
                return False  # Sastra|negara|kembali
            return all(s >= 3.5 and len(p) >= 4 for p, s in content)
        return all(s >= _PART_Z for _, s in content)
    if lows[0] in lg.name_left or lows[-1] in lg.name_right:
        return False  # Indomobil, Sastranegara
    if len(lows[0]) <= 5 and len(lows[-1]) <= 5 and lows[-1].endswith(_LOAN_ENDINGS):
        return False  # Akun|tabel, Retro|aktif
    return (
        len(parts) == 2
        and kinds[0] == "word"
        and (_verbal(parts[1], kinds[1], lg) or (lg.zipf_own(lows[1]) >= 4.5 and len(parts[1]) >= 5))
    )


def _split_plain(word: str, lg: _Lang, joined: bool = False) -> list[str]:
    """Split an all-lowercase or Title-case word that no list knows into 2 (else 3) known words.

    `joined`: the word is a piece of a case join ("Madriddi" of "MadriddiPiala"), more likely to be
    a join itself than a standalone capitalised word."""
    low = word.lower()
    if len(low) < _MIN_LEN or not lg.lower_split or lg.is_known(low):
        return [word]
    title = word[0].isupper()
    n = len(word)
    memo: dict[tuple[int, int, int], tuple[float, str] | None] = {}

    def score(i: int, j: int, k: int, m: int) -> tuple[float, str] | None:
        key = (i, j, m)
        if key not in memo:
            memo[key] = _part_score(word[i:j], lg, k, m, title, joined)
        return memo[key]

    # Cheap pre-check of every part: a listed part (function or content word), or one that the
    # morphology (an affix at an end) or the name rule may admit. Most cuts fail it; only the rest
    # are scored. Written out in comprehensions: this runs for every unknown token.
    ok = lg.parts
    aff = lg.morph
    start, end = _AFFIX_START, _AFFIX_END
    head = [  # head[i]: low[:i] may be a first part
        (low[:i] in ok or (aff and i >= 5 and (low.startswith(start) or low[:i].endswith(end))))
        for i in range(n + 1)
    ]
    tail = [  # tail[i]: low[i:] may be a last part
        (low[i:] in ok or (aff and n - i >= 5 and (low[i:].startswith(start) or low.endswith(end))))
        for i in range(n + 1)
    ]

    best: tuple[float, list[str], list[str]] | None = None
    for m in (2, 3):
        if best is not None and "name" not in best[2] and "affixed" not in best[2]:
            break  # a two-part split of listed words beats any three-part one
        if m == 2:
            name_ok = title
            cands = [
                (0, i, n)
                for i in range(2, n - 1)
                if tail[i] and (head[i] or (name_ok and 3 <= i <= _MAX_NAME))
            ]
        else:
            firsts = [i for i in range(2, n - 3) if head[i]]
            lasts = [j for j in range(4, n - 1) if tail[j]]
            cands = [
                (0, i, j, n)
                for i in firsts
                for j in lasts
                if j - i >= 2
                and (
                    low[i:j] in ok
                    or (aff and j - i >= 5 and (low[i:j].startswith(start) or low[i:j].endswith(end)))
                )
            ]
        for bounds in cands:
            scored = [score(bounds[k], bounds[k + 1], k, m) for k in range(m)]
            if None in scored:
                continue
            for k, sc in enumerate(scored):  # only now the slow morphology check, where needed
                if sc is _MAYBE:
                    resolved = _resolve(word[bounds[k] : bounds[k + 1]], lg, k, m, title)
                    memo[(bounds[k], bounds[k + 1], m)] = resolved
                    if resolved is None:
                        break
                    scored[k] = resolved
            if any(sc is None or sc is _MAYBE for sc in scored):
                continue
            parts = [word[bounds[k] : bounds[k + 1]] for k in range(m)]
            scores = [sc[0] for sc in scored]  # type: ignore[index]
            kinds = [sc[1] for sc in scored]  # type: ignore[index]
            if not _accept(parts, kinds, scores, title, joined, lg):
                continue
            cost = sum(7.5 - min(s, 7.5) for s in scores) + 1.5 * m + kinds.count("affixed")
            if best is None or cost < best[0]:
                best = (cost, parts, kinds)
    if best is None:
        return [word]
    parts = best[1]
    for k in range(len(parts) - 2, -1, -1):  # "kepada|detik|sumut": detik's sections are one name
        if parts[k].lower() in data.SECTION_STEMS and parts[k + 1].lower() in data.SECTIONS:
            parts[k : k + 2] = [parts[k] + parts[k + 1]]
    return parts if len(parts) > 1 else [word]


# ---------------------------------------------------------------- case joins


def _kind(hump: str) -> str:
    if hump.islower():
        return "lower"
    if len(hump) == 1:
        return "single"
    if hump.isupper():
        return "acr"
    return "title"


_CAMEL_RE = re.compile("|".join(sorted(map(re.escape, data.CAMEL_NAMES), key=len, reverse=True)))


_STEM_NAME = re.compile(f"(?:{'|'.join(sorted(data.SECTION_STEMS))})(?:[A-Z][a-z]+|[A-Z]{{2,}}(?![a-z]))")


def _humps(token: str, lang: str | None) -> tuple[list[str], set[int]]:
    """Camel humps of `token`, and the indexes of humps that are camel names kept whole."""
    protected = [m.span() for m in _CAMEL_RE.finditer(token)]
    protected += [m.span() for m in _STEM_NAME.finditer(token)]
    bounds = {m.start() for m in _HUMP.finditer(token)} | {0, len(token)}
    for a, b in protected:
        bounds = {x for x in bounds if not a < x < b} | {a, b}
    cuts = sorted(bounds)
    # Where an acronym meets a lowercase run the last capital is ambiguous: SAR|Manggarai but
    # BCA|tahun, X|Power but AI|menuntut. Read it as the start of a word when that makes a known word.
    lg = _get_lang(lang)
    inside = {x for a, b in protected for x in range(a, b + 1)}
    for k in range(1, len(cuts) - 1):
        a, b, c = cuts[k - 1], cuts[k], cuts[k + 1]
        if b in inside or not (token[a:b].isupper() and b - a >= 2):
            continue
        lead = token[b].isupper()
        upper, rest = token[a : b + lead], token[b + lead : c]
        if not rest.islower():
            continue
        cuts[k] = b + lead if _acronym_reading(upper[-1], rest, lg) else b + lead - 1
    humps = [token[cuts[k] : cuts[k + 1]] for k in range(len(cuts) - 1)]
    starts = {a for a, _ in protected}
    ends = {b for _, b in protected}
    kept = {k for k in range(len(humps)) if cuts[k] in starts and cuts[k + 1] in ends}
    return humps, kept


def _acronym_reading(cap: str, rest: str, lg: _Lang) -> bool:
    """Does `cap` end the acronym before lowercase `rest` (FIFA|memberikan, GERD|anxietyadalah) or
    open a word (SAR|Manggarai, X|Power, JORGE|Martindirumorkan)?"""
    word = (cap + rest).lower()
    if rest in lg.func:
        return True
    known_word = lg.is_known(word)
    known_rest = lg.is_known(rest) or rest in lg.clitics
    if known_word and (not known_rest or lg.zipf(word) >= min(2.5, lg.zipf(rest) - 2)):
        return False  # WIB|Jumat, PT|Chery, CEO|Agate; but PBSI|buka, not PBS|Ibuka (a rare word)
    if known_rest:
        return True
    parts = _split_plain(cap + rest, lg)
    if len(parts) > 1 and parts[0].lower() in lg.known:
        return False
    return len(_split_plain(rest, lg)) > 1


def _case_boundary(a: str, b: str, first: bool, names: tuple[bool, bool], lg: _Lang) -> str:
    """'split', 'soft' (split unless the token repeats in the text) or 'keep' between humps a and b."""
    ka, kb = _kind(a), _kind(b)
    if any(names):
        if len(a) < 2 or len(b) < 2 or (ka == "lower" and len(a) == 2 and a not in lg.func):
            return "keep"
        if kb == "lower" and (b in lg.clitics or b in _NAME_SUFFIXES or not lg.is_known(b) and len(b) < 4):
            return "keep"  # TikToker, YouTubers, WhatsAppnya
        return "split"
    if "single" in (ka, kb):
        return "keep"
    if ka == "lower":
        if first and (a in data.CAMEL_LOWER_STEMS or len(a) < 2):
            return "keep"
        if len(a) == 2 and a not in lg.func:
            return "keep"
        return "split"
    if ka == "title":
        if first and a in data.CAMEL_TITLE_STEMS:
            # DiCaprio, GoPay, McLaren; but "DiChelsea", "DiReal" are joins of the preposition
            return "split" if a in ("Di", "Ke") and lg.is_known(b.lower()) else "keep"
        if kb == "acr":
            return "keep" if b in data.CAMEL_ACRONYM_SUFFIXES or len(a) <= 3 else "soft"
        if kb == "title":
            if len(a) < 3 or (len(b) < 3 and b.lower() not in lg.func and b != "Al"):
                return "keep"
            if len(a) == 3 and len(b) <= 3:
                return "keep"  # JakPro, ArtJog: two short humps make a brand
            return "soft"
    if ka == "acr":
        if kb == "title":  # PT|Waskita, SAR|Manggarai; brands (BRILink, PLNMobile) are listed
            return "soft" if len(b) >= 4 else "keep"  # KOPDes, BUMDes
        if kb == "lower":
            low = b.lower()
            if low in ("di", "ke") and len(a) >= 3:
                return "split"  # "BUMNdi", "VIRALdi"
            if len(low) < 3 or low in lg.clitics:
                return "keep"
            if low in lg.parts or _morph_known(low, lg) or len(_split_plain(low, lg)) > 1:
                return "split"
            return "keep"  # EDUvolution: a rare word is more likely the rest of a name
    return "keep"


@lru_cache(maxsize=100_000)
def _split_cached(token: str, lang: str | None, soft: bool) -> tuple[str, ...]:
    lg = _get_lang(lang)
    if len(token) < _MIN_LEN - 1 or token in data.CAMEL_NAMES:
        return (token,)
    if token.isupper():
        return (token,)
    if token.islower() or (token[0].isupper() and token[1:].islower()):
        return tuple(_split_plain(token, lg))
    if token.lower() in lg.known:  # YouTube, TikTok, iPhone, PlayStation
        return (token,)
    humps, kept = _humps(token, lang)
    # Junk (base64 ids, "xjawK", "leHRuA"): stray single capitals or lowercase letters inside.
    if any(len(h) == 1 for h in humps[1:-1]) or sum(_kind(h) == "single" for h in humps) > 1:
        return (token,)
    if len(humps[0]) == 1 and humps[0].islower():  # iShowSpeed, eFishery, mRNA
        return (token,)
    pieces: list[list[str]] = [[humps[0]]]
    for k in range(1, len(humps)):
        names = (k - 1 in kept, k in kept)
        verdict = _case_boundary(humps[k - 1], humps[k], k == 1, names, lg)
        if verdict == "split" or (verdict == "soft" and soft):
            pieces.append([humps[k]])
        else:
            pieces[-1].append(humps[k])
    out: list[str] = []
    for group in pieces:
        piece = "".join(group)
        if len(group) == 1 and _is_plain(piece):
            out.extend(_split_plain(piece, lg, joined=len(pieces) > 1))
        else:
            out.append(piece)
    return tuple(out)


def split_token(token: str, lang: str = "id") -> list[str]:
    """The parts of one token (a run of letters): `split_token("mentalyang")` → `["mental", "yang"]`."""
    return list(_split_cached(token, lang, True))


def _is_plain(run: str) -> bool:
    return run.islower() or (run[0].isupper() and run[1:].islower())


def find_joins(text: str, lang: str | None = "id") -> list[tuple[int, int, tuple[str, ...]]]:
    """Where the joins in `text` are: (start, end, parts) for each token to split, in text order."""
    if not text:
        return []
    lg = _get_lang(lang)
    # Fast path: an article has a few dozen tokens that no list knows; only those are looked at.
    low = text.lower()
    unknown = set(_WORD4.findall(low)) - lg.known
    if not unknown:
        return []
    if len(low) == len(text):
        spans = [(i, i + len(w)) for w in unknown for i in _occurrences(low, w)]
    else:  # a rare lowercase that changes length ("İ"): find the runs the slow way
        spans = [m.span() for m in _WORD4.finditer(text) if m.group().lower() in unknown]
    code = [m.span() for m in _CODE.finditer(text)] if "`" in text else []
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for start, end in sorted(spans):
        run = text[start:end]
        plain = _is_plain(run)
        if (plain and len(run) < _MIN_LEN) or run.isupper():
            continue
        parts = _split_cached(run, lang, True)
        if len(parts) == 1 or _skip_chunk(text, start, end) or any(a <= start < b for a, b in code):
            continue
        if not run.islower():
            if text.count(run) >= 2:
                if not plain:  # a camel name repeated in one article is a name (ShopeeFood, SatuSehat)
                    parts = _split_cached(run, lang, False)
                elif not _standalone(parts[0], text):
                    continue  # "Lempuyang" twice and never "Lempu" alone: a name
            if plain and len(parts) == 2 and lg.zipf(parts[0].lower()) < _PART_Z:
                parts = _name_in_text(run, parts, text, lg)
        if len(parts) > 1:
            found.append((start, end, parts))
    return found


def _standalone(word: str, text: str) -> bool:
    """Does `word` occur in `text` as a whole run of letters?"""
    return bool(_occurrences(text, word))


def _name_in_text(run: str, parts: tuple[str, ...], text: str, lg: _Lang) -> tuple[str, ...]:
    """Where a name meets a function word the cut is ambiguous: "Daguisebelum" is Dagui|sebelum or
    Daguise|belum. The article settles it when the name also stands alone in it."""
    if _standalone(parts[0], text):
        return parts
    for cut in range(3, len(run) - 1):
        left, right = run[:cut], run[cut:]
        if left != parts[0] and (right in lg.func_own or right in lg.parts) and _standalone(left, text):
            return (left, right)
    return parts


def _occurrences(low: str, word: str) -> list[int]:
    """Starts of `word` as a whole run of letters in `low`."""
    out = []
    i = low.find(word)
    n = len(word)
    while i != -1:
        if (i == 0 or not low[i - 1].isalpha()) and (i + n == len(low) or not low[i + n].isalpha()):
            out.append(i)
        i = low.find(word, i + 1)
    return out


def _skip_chunk(text: str, start: int, end: int) -> bool:
    """Is the whitespace-delimited chunk around text[start:end] a URL, e-mail, handle, number...?"""
    a, b = start, end
    while a > 0 and not text[a - 1].isspace() and start - a < 200:
        a -= 1
    while b < len(text) and not text[b].isspace() and b - end < 200:
        b += 1
    return bool(_SKIP_CHUNK.search(text, a, b)) or start - a >= 200 or b - end >= 200


def repair_joins(text: str, lang: str | None = "id") -> tuple[str, int]:
    """Insert the spaces scraping lost around link text; returns the text and the number of splits.

    `lang` picks the word lists: "id" (Indonesian, with English for loanwords), "en"; any other value
    or None only splits case joins ("dariHuffington"), never lowercase ones.
    """
    joins = find_joins(text, lang)
    if not joins:
        return text, 0
    out: list[str] = []
    last = 0
    for start, end, parts in joins:
        out.append(text[last:start])
        out.append(" ".join(parts))
        last = end
    out.append(text[last:])
    return "".join(out), sum(len(parts) - 1 for _, _, parts in joins)
