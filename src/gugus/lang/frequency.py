"""Word frequencies from wordfreq, read straight from its tables.

wordfreq's `zipf_frequency` tokenises and normalises its argument first: about 50 µs a call, which
was a tenth of an article's analysis where names are told from common words. For a plain lower-case
ASCII word (or hyphenated plain words) the table lookup below gives the same number, and anything else goes
to wordfreq itself.
"""

from __future__ import annotations

import math
from functools import lru_cache

from wordfreq import get_frequency_dict, zipf_frequency

__all__ = ["table", "zipf"]


@lru_cache(maxsize=8)
def table(lang: str) -> dict[str, float]:
    """wordfreq's frequency of every word it lists for `lang` (its 'best' list)."""
    return get_frequency_dict(lang)


def zipf(word: str, lang: str) -> float:
    """`wordfreq.zipf_frequency(word, lang)`, from the table where `word` needs no normalising."""
    parts = word.split("-")
    if not (word.isascii() and word.islower() and all(p.isalpha() for p in parts)):
        return zipf_frequency(word, lang)
    freqs = table(lang)
    inverse = 0.0
    for part in parts:  # "museum-batik": wordfreq's tokens, their frequencies combined as it does
        f = freqs.get(part, 0.0)
        if f <= 0:
            return 0.0
        inverse += 1.0 / f
    f = 1.0 / inverse
    f = round(f, math.floor(-math.log(f, 10)) + 3)  # wordfreq keeps three significant digits
    return round(math.log10(f) + 9, 2)
