"""English language data for the ingest heuristics: month and weekday names, time zones, date keywords,
site chrome and wire-credit phrases.

Indonesian sites carry English chrome too ("Advertisement", "SCROLL TO CONTINUE WITH CONTENT"), so the
cleaner applies both languages' lists to every article. Chrome phrases are stored case-folded.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
})  # fmt: skip

ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "sgt",
    "capt", "vs", "inc", "corp", "co", "ltd", "no", "u.s", "u.k", "a.m", "p.m", "e.g", "i.e", "etc",
})  # fmt: skip

# Zones as English-language sites print them after a time ("10:42 AM EDT"). Ambiguous ones (CST: US
# Central or China; IST: India, Ireland or Israel) are left out: a wrong offset is worse than none.
TIMEZONES: dict[str, str] = {
    "UTC": "+00:00", "GMT": "+00:00", "Z": "+00:00", "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00",
    "EDT": "-04:00", "EST": "-05:00", "CDT": "-05:00", "MDT": "-06:00", "MST": "-07:00", "PDT": "-07:00",
    "PST": "-08:00", "SGT": "+08:00", "MYT": "+08:00", "PHT": "+08:00", "HKT": "+08:00", "JST": "+09:00",
    "KST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00",
}  # fmt: skip

DATE_PUBLISHED_WORDS = ("published", "posted", "first published", "publication date")
DATE_UPDATED_WORDS = ("updated", "last updated", "last modified", "modified")

CHROME_LINES = frozenset({
    "advertisement",  # liputan6: 1,650 articles
    "scroll to continue with content",  # detik: 1,179 articles
    "skip advertisement",
    "story continues below advertisement",
    "continue reading",
    "read more",
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "copy link",
    "related",
    "related articles",
    "related stories",
    "most read",
    "recommended",
    "listen to this article",
    "hide caption",
    "toggle caption",
    "print",
    "email",
    "comments",
    "loading",
    # a share bar pasted one item a line
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "pinterest",
    "threads",
})  # fmt: skip

CHROME_PREFIXES = (
    "read more:",
    "related:",
    "copyright ©",
    "copyright (c)",
    "©",
    "sign up for",
    "subscribe to our",
    "follow us on",
    "click here to",
    "a post shared by",  # Instagram embed caption (kompas: 7 articles)
    "this article was originally published",
    "you can read the original article",
    "share:",
    "tags:",
)

CHROME_PATTERNS = (r".{0,80}\ball rights reserved\.?",)

INLINE_CHROME: tuple[str, ...] = ()

OUTLET_WORDS = frozenset({
    "news", "times", "post", "daily", "herald", "tribune", "journal", "gazette", "chronicle", "press",
    "wire", "online", "media", "observer", "telegraph", "guardian", "independent", "express", "globe",
})  # fmt: skip

# Countries and states that follow a dateline city in capitals ("MANILA, PHILIPPINES —"): never an outlet.
PLACE_WORDS = frozenset({
    "indonesia", "philippines", "malaysia", "singapore", "thailand", "vietnam", "japan", "china", "india",
    "australia", "ukraine", "russia", "israel", "iran", "iraq", "syria", "egypt", "turkey", "england",
    "britain", "uk", "france", "germany", "italy", "spain", "us", "usa", "canada", "brazil", "mexico",
    "tonga", "fiji", "samoa", "myanmar", "cambodia", "laos", "brunei", "taiwan", "korea", "pakistan",
    "afghanistan", "lebanon", "jordan", "calif", "texas", "florida",
})  # fmt: skip

NOT_DATELINES = frozenset(
    {"breaking", "breaking news", "exclusive", "update", "updated", "watch", "video", "live"}
)

CREDIT_VERBS = ("source:", "via")  # "(Source: AP)", "via Reuters"
CONTRIBUTED = ("contributed",)  # "The Associated Press contributed to this report."

AUTHOR_LABELS = ("written by", "words by", "by", "author:", "writer:", "reporter:")
HOME_CRUMBS = frozenset({"home", "homepage", "index", "front page"})
