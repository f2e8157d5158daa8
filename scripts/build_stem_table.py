"""Write the shipped table of Indonesian stems (src/gugus/analyze/stems_id.tsv.gz).

    .venv/bin/python scripts/build_stem_table.py

Sastrawi costs about 0.8 ms a word and a process starts with a cold cache, so the words of wordfreq's
Indonesian list are stemmed once here, with gugus's own rules (tokens._stem_id), and shipped. Run it
again whenever those rules or their word lists change; tests/test_tokens.py checks that the table
still agrees with live stemming.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from wordfreq import get_frequency_dict

from gugus.analyze.tokens import STEM_TABLE, _stem_id

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    words = sorted(w for w in get_frequency_dict("id") if w.isalpha() and w.islower() and len(w) >= 4)
    lines = [f"{w}\t{s}" for w in words if (s := _stem_id(w)) != w]
    out = ROOT / "src" / "gugus" / "analyze" / STEM_TABLE
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"{len(words)} words, {len(lines)} with a stem of their own -> {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
