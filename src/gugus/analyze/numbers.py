"""Numbers with their units and qualifiers: "Rp 2,6 T", "3,5 persen", "lebih dari 30 rudal".

The compare stage flags conflicts where outlets report different figures for the same claim, so a
figure must come out as a value it can compare (2.6e12 IDR, not "2,6 T") with the noun it counts and
the hedge around it ("lebih dari", "sedikitnya"). Separators follow the language: Indonesian writes
"13.500" for 13500 and "3,5" for 3.5, English the other way round. Years, dates, times of day, phone
numbers, ids and article numbers ("Pasal 27") are numbers but not quantities, and are left out: the
time expressions (`gugus.analyze.temporal`) handle years and dates.

A quick regular expression finds where a quantity can start (a digit, a currency sign, a number word);
a second one, anchored there, reads the number, and small checks of the words around it decide its
unit and qualifier or reject it. Looks backwards match the reversed text, so each is one anchored
match. About 0.2 ms for a 1,800-character article.
"""

from __future__ import annotations

import re

from gugus.lang import en
from gugus.lang import id as indonesian
from gugus.model import Quantity

# -- number words (the lang modules carry no number words yet; kept here beside their only parser) ------

ID_NUMBER_WORDS: dict[str, int] = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
}  # fmt: skip
ID_NUMBER_SCALES: dict[str, int] = {"belas": 0, "puluh": 10, "ratus": 100}  # "dua belas" = 2 + 10
EN_NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip


def _alt(words: object) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # type: ignore[arg-type]


_SP = r"[^\S\n]"  # a space that is not a line break: no expression spans two paragraphs
_ID_DIGIT_WORDS = [w for w, v in ID_NUMBER_WORDS.items() if v < 10]
ID_NUMBER_WORDS_RX = (
    rf"(?i:(?:{_alt(ID_NUMBER_WORDS)})\b(?:{_SP}+(?:{_alt(_ID_DIGIT_WORDS + list(ID_NUMBER_SCALES))})\b)*)"
)
_EN_ONES = [w for w, v in EN_NUMBER_WORDS.items() if 0 < v < 10]
_EN_TENS = [w for w, v in EN_NUMBER_WORDS.items() if v >= 20]
EN_NUMBER_WORDS_RX = rf"(?i:(?:{_alt(_EN_TENS)})(?:-(?:{_alt(_EN_ONES)}))?\b|(?:{_alt(EN_NUMBER_WORDS)})\b)"


def words_value(words: str) -> int | None:
    """The value of a run of number words: "tujuh puluh tujuh" → 77, "twenty-five" → 25.

    A scale word multiplies only the digit word just before it ("dua ratus lima puluh" → 250).
    """
    done, last = 0, 0
    for token in re.split(r"[\s-]+", words.strip().lower()):
        if token in ID_NUMBER_SCALES:
            scale = ID_NUMBER_SCALES[token]
            last = last + 10 if token == "belas" else last * scale
        elif token in ID_NUMBER_WORDS or token in EN_NUMBER_WORDS:
            done += last
            last = ID_NUMBER_WORDS.get(token, EN_NUMBER_WORDS.get(token, 0))
        else:
            return None
    return done + last


# -- units, currencies, multipliers, qualifiers -----------------------------------------------------------

# Multipliers after a number; the short ones ("T", "M", "m", "bn", "rb") count only after a currency,
# where "Rp 2,6 T" and "$4.5m" are unambiguous (a bare "80 m" is metres). Indonesian "M" is miliar.
_MULT_WORDS: dict[str, float] = {
    "ratus": 1e2, "hundred": 1e2, "ribu": 1e3, "thousand": 1e3, "juta": 1e6, "million": 1e6,
    "miliar": 1e9, "milyar": 1e9, "billion": 1e9, "triliun": 1e12, "trilyun": 1e12, "trillion": 1e12,
}  # fmt: skip
_MULT_SHORT_ID: dict[str, float] = {"rb": 1e3, "k": 1e3, "jt": 1e6, "m": 1e9, "t": 1e12, "tn": 1e12}
_MULT_SHORT_EN: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12, "tn": 1e12,
}  # fmt: skip

_CURRENCY_PREFIX: dict[str, str] = {
    "rp": "IDR", "rp.": "IDR", "idr": "IDR", "us$": "USD", "usd": "USD", "$": "USD", "s$": "SGD",
    "sgd": "SGD", "a$": "AUD", "hk$": "HKD", "rm": "MYR", "€": "EUR", "eur": "EUR", "£": "GBP", "¥": "JPY",
}  # fmt: skip
_CURRENCY_WORDS: dict[str, str] = {
    "rupiah": "IDR", "dolar": "USD", "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "ringgit": "MYR", "won": "KRW", "rubel": "RUB",
    "ruble": "RUB", "rubles": "RUB", "pound": "GBP", "paun": "GBP", "pounds": "GBP", "poundsterling": "GBP",
    "baht": "THB", "rupee": "INR", "rupees": "INR", "riyal": "SAR", "peso": "PHP", "pesos": "PHP",
}  # fmt: skip
# "dolar Singapura": the country after a dollar word decides the currency.
_DOLLAR_COUNTRY: dict[str, str] = {
    "as": "USD", "amerika": "USD", "us": "USD", "singapura": "SGD", "singapore": "SGD",
    "australia": "AUD", "hong": "HKD", "kanada": "CAD", "canada": "CAD", "canadian": "CAD",
    "taiwan": "TWD", "selandia": "NZD",
}  # fmt: skip

# Units normalised so that figures compare across outlets and languages; other nouns stay as written.
UNITS: dict[str, str] = {
    "%": "percent", "persen": "percent", "percent": "percent", "pct": "percent",
    "magnitudo": "magnitude", "magnitude": "magnitude", "sr": "magnitude",
    "km/jam": "km/h", "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "mph": "mph",
    "km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
    "cm": "cm", "sentimeter": "cm", "centimeters": "cm", "centimetres": "cm",
    "mm": "mm", "milimeter": "mm", "millimeters": "mm", "millimetres": "mm",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "gram": "g", "grams": "g",
    "ton": "ton", "tons": "ton", "tonnes": "ton", "liter": "l", "litre": "l", "liters": "l",
    "litres": "l", "ml": "ml", "ha": "ha", "hektare": "ha", "hektar": "ha", "hectares": "ha",
    "m2": "m2", "m²": "m2", "km2": "km2", "km²": "km2", "m3": "m3", "m³": "m3",
    "°c": "°C", "derajat": "°C", "°f": "°F", "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh",
    "mwh": "MWh", "gwh": "GWh", "knot": "knot", "knots": "knot", "mil": "mile", "miles": "mile",
    "mile": "mile", "inci": "inch", "inch": "inch", "inches": "inch", "feet": "ft", "kaki": "ft",
    "gb": "GB", "mb": "MB", "tb": "TB", "mbps": "Mbps", "gbps": "Gbps", "nm": "Nm", "va": "VA",
    "hp": "hp", "ps": "PS", "°": "degree",
    "orang": "orang", "jiwa": "orang", "warga": "orang", "people": "people", "persons": "people",
    "person": "people",
}  # fmt: skip
# Measures may be glued to their number ("30km", "20%"); any other word glued to one ("5G", "4x4", "3D")
# makes it no quantity.
_MEASURES = frozenset(u for u, v in UNITS.items() if v not in ("orang", "people"))
_MEASURE_UNITS = frozenset(UNITS[u] for u in _MEASURES)

_STOP_ID = frozenset(
    "yang dan di ke dari pada untuk dengan atau itu ini tersebut juga sudah telah akan adalah ialah "
    "sebagai oleh dalam bagi hingga sampai per lalu saja pun lebih kurang sekitar hanya namun tetapi "
    "tapi serta karena jika bila masih belum tidak tak bukan kini kemudian sedangkan merupakan menjadi "
    "mencapai sebanyak sebesar agar yakni yaitu antara atas bawah sejak selama kepada terhadap "
    "sementara setelah sebelum ketika saat usai seperti".split()
)
_STOP_EN = frozenset(
    "of the a an and or to in on at for by with from is was were are be been as that this than per more "
    "less but so after before over under out up into who which have has had will would can could may "
    "since until while during between among against about around its their his her".split()
)
_TIME_UNITS = frozenset(
    "hari pekan minggu bulan tahun dekade abad day days week weeks month months year years decade "
    "decades".split()
)
# Words before a number that make it a label, not an amount: "Pasal 27", "No. 5", "pukul 14.05", "RT 3".
_LABEL_WORDS = frozenset(
    "pasal ayat nomor no nomer nmr bab halaman hal butir huruf article section page chapter number "
    "versi version seri edisi jilid episode lantai gate pintu rt rw kode nip nik tahun year pukul pkl "
    "jam at skor score tanggal tgl".split()
)
_MONTH_WORDS = frozenset(en.MONTHS) | frozenset(indonesian.MONTHS)
_TIME_ZONES = frozenset(z.casefold() for z in {**en.TIMEZONES, **indonesian.TIMEZONES})

# Vague amounts, kept with the word as qualifier and their lower bound as value.
_VAGUE: dict[str, float] = {
    "belasan": 11, "puluhan": 10, "ratusan": 100, "ribuan": 1e3, "jutaan": 1e6, "miliaran": 1e9,
    "triliunan": 1e12, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9, "tens of thousands": 1e4, "hundreds of thousands": 1e5, "tens of millions": 1e7,
}  # fmt: skip

_QUALIFIERS = (
    "lebih dari", "lebih kurang", "kurang dari", "kurang lebih", "tak kurang dari", "tidak kurang dari",
    "tak lebih dari", "tidak lebih dari", "sedikitnya", "setidaknya", "setidak-tidaknya",
    "sekurang-kurangnya", "sekurangnya", "paling sedikit", "paling tidak", "paling banyak", "sekitar",
    "sekira", "kira-kira", "hampir", "nyaris", "mendekati", "di atas", "di bawah", "maksimal", "minimal",
    "more than", "less than", "fewer than", "at least", "at most", "up to", "about", "around", "nearly",
    "almost", "approximately", "roughly", "over", "under", "some", "as many as", "as much as",
    "an estimated", "estimated",
)  # fmt: skip
# Matched against the reversed text before a number: a backward look is then one anchored match.
_QUALIFIER_REV = re.compile(rf"{_SP}*(?P<q>(?i:{_alt(q[::-1] for q in _QUALIFIERS)}))(?![\w-])")

# -- the scanner --------------------------------------------------------------------------------------------

_NUM_ID = r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?(?![0-9])|[0-9]+(?:,[0-9]+|\.[0-9]{1,2})?(?![0-9])"
_NUM_EN = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])|[0-9]+(?:\.[0-9]+)?(?![0-9])"
# "Rp" may be glued to the word before it where scraping dropped a space ("sebesarRp2,6 triliun")
_CUR = r"(?<![\w$])(?:US\$|HK\$|S\$|A\$|IDR|USD|SGD|EUR|RM)|(?<![A-Z0-9_$])Rp\.?|[$€£¥]"
_MAG = rf"(?<![\w.])M[wW]?{_SP}?(?=[0-9]+[.,][0-9])|(?<![\w-])(?i:magnitudo|magnitude){_SP}+"


def _scanner(lang: str) -> re.Pattern[str]:
    num = _NUM_EN if lang == "en" else _NUM_ID
    words = {"id": ID_NUMBER_WORDS_RX, "en": EN_NUMBER_WORDS_RX}.get(lang)
    words = words or f"{ID_NUMBER_WORDS_RX}|{EN_NUMBER_WORDS_RX}"
    vague = _alt(_VAGUE).replace(r"\ ", rf"{_SP}+")
    return re.compile(
        rf"(?:(?P<cur>{_CUR}){_SP}*|(?P<mag>{_MAG})|(?<![\w.,/:+\-–−#]))(?P<num>{num})"
        rf"|(?<![\w-])(?P<vague>(?i:{vague}))(?![\w-])"
        rf"|(?<![\w-])(?P<words>{words})(?![\w-])"
    )


_SCANNERS = {lang: _scanner(lang) for lang in ("id", "en", "any")}


def grouped_alternation(words: object) -> str:
    """An alternation of `words` in any case, grouped by first letter: "[Bb](?i:ulan|esok)|…".

    Python's regex engine skips an alternative whose first item is a literal or a character class at
    a glance, so a scan over this runs several times faster than one case-insensitive alternation.
    """
    groups: dict[str, list[str]] = {}
    for w in words:  # type: ignore[attr-defined]
        groups.setdefault(w[0].lower(), []).append(w[1:].lower())
    parts = []
    for first, rests in sorted(groups.items()):
        head = (
            f"[{re.escape(first)}{re.escape(first.upper())}]" if first.upper() != first else re.escape(first)
        )
        parts.append(f"{head}(?i:{_alt(rests)})")
    return "|".join(parts)


def _triggers(lang: str) -> re.Pattern[str]:
    """Where a quantity can start: a digit, a currency, a magnitude, a number word or a vague word."""
    words = [w.split()[0] for w in _VAGUE] + ["magnitudo", "magnitude"]
    if lang in ("id", "any"):
        words += list(ID_NUMBER_WORDS)
    if lang in ("en", "any"):
        words += list(EN_NUMBER_WORDS)
    return re.compile(
        r"(?<![^\W\d_])(?:[0-9]+|US\$|HK\$|S\$|A\$|IDR|USD|SGD|EUR|RM|M"
        rf"|(?:{grouped_alternation(words)})(?![^\W\d_]))|Rp|[$€£¥]"
    )


_TRIGGERS = {lang: _triggers(lang) for lang in ("id", "en", "any")}
_MULT_RX = re.compile(rf"{_SP}*(?P<m>[^\W\d_]+)\b")
_UNIT_RX = re.compile(
    rf"(?P<sp>{_SP}*)(?P<dash>-{_SP}*)?(?P<u>%|°[CcFf]\b|°|[^\W\d_]+(?:-[^\W\d_]+)*[²³23]?(?:/[^\W\d_]+)?)",
)
_WORD_BEFORE_REV = re.compile(r"[^\S\n]*[(\[:]?[^\S\n]*(?P<w>[\w.-]*[^\W\d_])")
_SENTENCE_MARKS = frozenset(".!?:;\n\"“”'‘’([–—-")
_TIME_AFTER = re.compile(rf"{_SP}*(?:yang{_SP}+)?(?i:lalu|silam|lagi|mendatang|ago|from{_SP}+now)\b")
_RANGE_AFTER = re.compile(rf"{_SP}+[-–]{_SP}*[0-9]")
_AM_PM = re.compile(rf"{_SP}*(?i:a\.?m\.?|p\.?m\.?)(?!\w)")


def _number(s: str, lang: str) -> float:
    if lang == "en":
        return float(s.replace(",", ""))
    if "," in s or s.count(".") > 1 or (s.count(".") == 1 and len(s) - s.index(".") == 4):
        return float(s.replace(".", "").replace(",", "."))  # "13.500" and "1.234,5": Indonesian
    return float(s)  # "5.1": a decimal point written the English way


def label_kind(text: str, start: int) -> str:
    """What the word before a number makes of it: "label" ("Pasal 27", "No. 5", "Juni 2025"), "name"
    (a capitalised word inside a sentence: "Liga 1", "iPhone 16") or "" (nothing)."""
    lo = max(0, start - 40)
    m = _WORD_BEFORE_REV.match(text[lo:start][::-1])
    if not m:
        return ""
    raw = m.group("w")[::-1]
    word = raw.rstrip(".").casefold()
    if word in _LABEL_WORDS or word in _MONTH_WORDS:
        return "label"
    if any(c.isupper() for c in raw):
        j = start - m.end("w") - 1
        while j >= 0 and text[j] in " \t\xa0":
            j -= 1
        return "" if j < 0 or text[j] in _SENTENCE_MARKS else "name"  # a sentence may open with one
    return ""


def is_label(text: str, start: int) -> bool:
    """True for a number that names rather than counts: "Pasal 27", "Liga 1", "Juni 2025", "iPhone 16"."""
    return bool(label_kind(text, start))


def find_numbers(text: str, lang: str | None = "id") -> list[Quantity]:
    """Every quantity in `text`, in order, with offsets into `text`.

    `lang` decides the separators: "en" reads "13,500.5", anything else the Indonesian "13.500,5" (a
    lone "5.1" is read as a decimal either way). Vague amounts ("ratusan rumah", "dozens of people")
    come with their word as qualifier and their lower bound as value; number words ("tiga orang") count
    only before a noun, so that "salah satu" or "one of" is no quantity.
    """
    if not isinstance(text, str) or not text:
        return []
    key = lang if lang in ("id", "en") else "any"
    rx = _SCANNERS[key]
    sep_lang = "en" if lang == "en" else "id"
    stop = _STOP_EN if lang == "en" else _STOP_ID if lang == "id" else _STOP_ID | _STOP_EN
    out: list[Quantity] = []
    pos = 0
    for t in _TRIGGERS[key].finditer(text):
        if t.start() < pos:
            continue
        m = rx.match(text, t.start())
        if m is None:
            continue
        pos = m.end()
        try:
            q = _quantity(text, m, sep_lang, stop)
        except (ValueError, OverflowError):
            q = None
        if q is not None and (not out or q.start >= out[-1].end):
            out.append(q)
            pos = max(pos, q.end)
    return out


def _quantity(text: str, m: re.Match[str], lang: str, stop: frozenset[str]) -> Quantity | None:
    start, end = m.start(), m.end()
    cur, mag, num = m.group("cur"), m.group("mag"), m.group("num")
    qualifier: str | None = None
    unit: str | None = None
    label = ""
    if num is not None:
        after = text[end : end + 2]
        if after[:1] in "/:" and after[1:2].isdigit():
            return None  # a date "13/6", a time "14:05", a ratio or a fraction
        if (after[:1] in "-–" and after[1:2].isdigit()) or _RANGE_AFTER.match(text, end):
            return None  # a score "2-1", a range "10-15", a phone number "0812-3456"
        if after[:1] in ".," and after[1:2].isdigit():
            return None  # "1.2.3", "192.168.1.1", "1,2,3": versions, addresses, lists
        if not cur and not mag:
            if len(num) > 1 and num[0] == "0" and num[1].isdigit():
                return None  # "0812", "021": phone numbers and codes
            if num.isdigit() and len(num) >= 7:
                return None  # an unseparated long number is an id or a phone number
            label = label_kind(text, start)
            if label == "label":
                return None
            if text[end : end + 3] == "-an":  # "30-an orang": thirty-odd; "1990-an" is a decade
                if num.isdigit() and len(num) == 4:
                    return None
                qualifier, end = "sekitar", end + 3
        value = _number(num, lang)
        if mag:
            unit = "magnitude"
    elif m.group("vague") is not None:
        word = re.sub(r"\s+", " ", m.group("vague").lower())
        value, qualifier = float(_VAGUE[word]), word
    else:
        words = m.group("words")
        if words.lower() == "satu" and text[max(0, start - 6) : start].lower().endswith("salah "):
            return None
        w = words_value(words)
        if w is None:
            return None
        value = float(w)

    # a multiplier: "2,6 triliun", "500 ribu"; "T", "M", "m", "bn" only after a currency
    mm = _MULT_RX.match(text, end)
    scaled = False
    for _ in range(2):  # "dua ratus ribu", "hundreds of thousands" come as two words at most
        if not mm:
            break
        word = mm.group("m").lower()
        factor = _MULT_WORDS.get(word)
        if factor is None and cur:
            factor = (_MULT_SHORT_EN if lang == "en" else _MULT_SHORT_ID).get(word)
        if factor is None:
            break
        value *= factor
        end, scaled = mm.end(), True
        mm = _MULT_RX.match(text, end)

    if cur:
        unit = _CURRENCY_PREFIX.get(cur.lower().replace(" ", ""), "USD")
    elif unit is None:
        unit, end, kind = _unit(text, end, lang, stop)
        if kind == "date":
            return None
        if kind == "glued":
            return None
        if unit in _TIME_UNITS and _TIME_AFTER.match(text, end):
            return None  # "3 bulan yang lalu": a time expression, not a duration
        if (
            num is not None
            and unit is None
            and not scaled
            and (_AM_PM.match(text, end) or _zone_after(text, end))
        ):
            return None  # "10.30 WIB", "9 am": a time of day
        if (
            num is not None
            and num.isdigit()
            and len(num) == 4
            and 1800 <= int(num) <= 2100
            and unit not in _MEASURE_UNITS
        ):
            return None  # a year: the time expressions handle it
        if num is None and unit is None:
            return None  # "dua" or "ratusan" alone is no quantity
        if label == "name" and unit not in _MEASURE_UNITS:
            return None  # "Liga 1 musim ini"; but glued scraped words keep "…Ratesebesar 5,5 persen"
        if unit is None and num is not None and _is_marker(text, m.start(), end, num, lang):
            return None

    if qualifier is None:
        qm = _QUALIFIER_REV.match(text[max(0, start - 40) : start][::-1])
        if qm:
            qualifier, start = qm.group("q")[::-1].lower(), start - qm.end("q")
    return Quantity(text=text[start:end], value=value, unit=unit, start=start, end=end, qualifier=qualifier)


_NUMBERING_WORDS = frozenset({"ke", "nomor", "no", "urutan", "peringkat"})


def _is_marker(text: str, start: int, end: int, num: str, lang: str) -> bool:
    """True for a bare number that numbers or marks rather than counts: a list item "3. Fokus", a
    match minute "73'", an ordinal "Presiden ke 6"."""
    after = text[end : end + 2]
    if after[:1] in "'’":
        return True
    if after[:1] in ".)" and (len(after) < 2 or after[1].isspace()) and num.isdigit():
        j = start - 1
        while j >= 0 and text[j] in " \t\xa0([":
            j -= 1
        if j < 0 or text[j] in _SENTENCE_MARKS or text[j] == "\n":
            return True
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].casefold() in _NUMBERING_WORDS and lang == "id"


def _zone_after(text: str, end: int) -> bool:
    m = re.match(r"[^\S\n]*([A-Za-z]{3,4})\b", text[end : end + 8])
    return bool(m) and m.group(1).casefold() in _TIME_ZONES


def _unit(text: str, end: int, lang: str, stop: frozenset[str]) -> tuple[str | None, int, str]:
    """The unit after a number: (unit, new end, kind); kind is "", "date" or "glued"."""
    um = _UNIT_RX.match(text, end)
    if not um:
        return None, end, ""
    raw = um.group("u")
    low = raw.lower()
    glued = not um.group("sp") and not um.group("dash")
    if um.group("dash") and lang != "en" and low != "an":
        return None, end, ""  # "-" ties a number to a word only in English ("5.9-magnitude")
    if low in _MONTH_WORDS and raw[:1].isupper():
        return None, end, "date"  # "15 Agustus"
    if low in UNITS:
        unit = UNITS[low]
        if glued and low not in _MEASURES:
            return None, end, "glued"
        stop_at = um.end()
        if low == "derajat":  # "30 derajat Celsius"
            c = re.match(r"[^\S\n]+(?i:celsius|celcius)\b", text[stop_at : stop_at + 12])
            stop_at += c.end() if c else 0
        elif unit == "percent":  # "0,25 persen poin": a difference of rates, not a rate
            c = re.match(r"[^\S\n]+(?i:poin|points?)\b", text[stop_at : stop_at + 10])
            if c:
                unit, stop_at = "percentage point", stop_at + c.end()
        return unit, stop_at, ""
    if low == "percentage" and lang == "en":  # "0.25 percentage points"
        c = re.match(r"[^\S\n]+points?\b", text[um.end() : um.end() + 10])
        if c:
            return "percentage point", um.end() + c.end(), ""
    if glued:
        return None, end, "glued"
    if low in _CURRENCY_WORDS:
        unit, stop_at = _CURRENCY_WORDS[low], um.end()
        if low in ("dolar", "dollar", "dollars"):
            c = re.match(r"[^\S\n]+([^\W\d_]+)", text[stop_at : stop_at + 20])
            if c and c.group(1).lower() in _DOLLAR_COUNTRY:
                unit, stop_at = _DOLLAR_COUNTRY[c.group(1).lower()], stop_at + c.end()
                s = re.match(r"[^\S\n]+(?:Serikat|Kong)\b", text[stop_at : stop_at + 10])
                stop_at += s.end() if s else 0
        return unit, stop_at, ""
    if lang == "en" and low == "of":  # "hundreds of people", "millions of dollars"
        unit, stop_at, kind = _unit(text, um.end(), lang, stop)
        return (unit, stop_at, kind) if unit else (None, end, kind)
    if lang == "en" and raw in ("US", "U.S.") and text[um.end() : um.end() + 8].lower().lstrip() == "dollars":
        return "USD", um.end() + 8, ""
    if not raw[:1].islower() or low in stop or len(low) < 2:
        return None, end, ""
    return low, um.end(), ""
