"""Indonesian language data for the ingest heuristics: month and weekday names, time zones, date
keywords, site chrome and wire-credit phrases.

Kept apart from the algorithms (as spaCy keeps `spacy/lang/id/`) so that a phrase seen on a new site is
a one-line data change. Chrome phrases are stored case-folded; the chrome lists were read off
`../shared/data/indonews` (3,698 articles from six outlets, June 2025) and the seed articles: the count
after a phrase is the number of articles it occurs in there.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agst": 8, "agust": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12,
}  # fmt: skip

WEEKDAYS = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"})

# Abbreviations a sentence does not end at ("Dr. Paulus", "PT. Pupuk"), case-folded, without the period.
ABBREVIATIONS = frozenset({
    "dr", "drs", "dra", "prof", "ir", "h", "hj", "kh", "st", "jl", "jln", "no", "pt", "tbk", "cv", "bpk",
    "sdr", "kec", "kab", "kel", "rp", "tn", "ny", "dll", "dsb", "dkk", "yth", "sp", "m.si", "s.h", "a.n",
})  # fmt: skip

# Indonesia's three zones, as written after a time: "14:05 WIB".
TIMEZONES: dict[str, str] = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}

# Words that open a header line carrying the article's date ("Diperbarui 18 Jun 2025, 14:05 WIB").
DATE_PUBLISHED_WORDS = ("dipublikasikan", "diterbitkan", "terbit", "tayang", "diunggah", "diposting")
DATE_UPDATED_WORDS = ("diperbarui", "diperbaharui", "pembaruan", "terakhir diperbarui")

# Lines that are chrome when they are the whole line (case-folded, final punctuation ignored).
CHROME_LINES = frozenset({
    "baca juga",  # liputan6: 1,435 articles
    "scroll untuk melanjutkan",
    "scroll untuk melanjutkan membaca",
    "gulir untuk melanjutkan",
    "iklan",
    "bagikan",
    "bagikan artikel ini",
    "halaman selanjutnya",
    "halaman berikutnya",
    "selanjutnya",
    "berita terkait",
    "artikel terkait",
    "video terkait",
    "pilihan editor",
    "lihat juga",
    "baca selengkapnya",
    "komentar",
    "tag",
    "tags",
    # seed 003 (a content site's banner):
    "temukan semua artikel terbaru dan tonton acara tv, laporan, dan podcast terkait indonesia di",
    "ikuti whatsapp channel republika",  # republika: 33 articles, mostly glued to a paragraph
    "saksikan live detikpagi",  # detik: 19
    # a share bar pasted with the text, one item a line (demo/text: "Bagikan ini:", "Salin Link", "Terkait")
    "bagikan ini",
    "salin link",
    "salin tautan",
    "terkait",
})  # fmt: skip

# Lines that are chrome when they start so (case-folded) and are short (a link, a promo, a credit box).
CHROME_PREFIXES = (
    "baca juga:",  # kompas, detik: 152 articles, 365 lines ("Baca juga:<headline>")
    "baca juga :",
    "lihat juga:",
    "lihat juga :",
    "simak juga video",  # detik video promos, these six prefixes: 298 articles
    "simak video",
    "lihat juga video",
    "lihat video",
    "tonton juga video",
    "saksikan juga",  # detik: 2
    "saksikan video",
    "artikel ini telah tayang di",
    "artikel ini telah naik di",  # detik regional: 17
    "artikel ini sudah lebih dulu tayang di",  # detik: 12
    "artikel ini sudah lebih dulu di",
    "artikel ini sudah tayang di",  # detik: "…,baca di siniuntuk selengkapnya."
    "artikel ini pertama kali terbit dalam bahasa",  # DW's translation note: 3
    "artikel ini pertama kali rilis dalam bahasa",
    "artikel ini pertama kali tayang di",
    "simak berita lainnya di",
    "simak berita selengkapnya di halaman",  # detik: 12
    "simak selengkapnya di halaman",
    "baca berita selengkapnya di",
    "ikuti berita terkini",
    "ikuti kami di",
    "dapatkan update berita",
    "dapatkan informasi, inspirasi dan insight di email kamu",
    "simak breaking news dan berita pilihan",
    "pilihan editor:",
    "halo, pembaca nawala",  # tempo newsletter greeting: 9
    "temukan semua artikel terbaru",
    "hak cipta",
    "bagikan:",  # a share bar on one line: "Bagikan: Facebook Twitter WhatsApp Telegram Salin Link"
    "tag:",  # a tag list: "Tag: gempa, Tanimbar, BMKG, Maluku"
    "tags:",
)

# Whole-line patterns (regular expressions, matched case-insensitively against the stripped line).
CHROME_PATTERNS = (
    r"\[gambas:[^\]]*\]",  # detik embeds: [Gambas:Video 20detik] 348, Instagram 33, Twitter 12
    r"(?:tonton|simak|lihat) juga \S.{0,150} di ?sini\s*:?",  # detik: 'Tonton juga "…" di sini:'
    r"(?:baca|simak|cek)(?: berita)? (?:selengkapnya|lengkapnya) ?di ?sini\.?",  # detik/liputan6: 21
    r"(?:baca|simak)(?: berita)? selengkapnya di tautan berikut ?ini\.?",
    r"(?:penulis|editor|reporter|pewarta|redaktur|fotografer|sumber foto)\s*:\s*[^.:]{2,60}",
    r"\((?:reporter|penulis)\s*:[^()]{2,80}\)",  # kompas: (Reporter: … | Editor: …)
    # a promo for the site's feed: "Simak berita terbaru Harian Cakrawala di Google News."
    r"(?:simak|ikuti|baca|dapatkan|cek)\s.{0,100}\bdi\s+google\s+news\b.{0,40}",
    # "Ikuti berita viral terbaru lainnya hanya di RuangViral.com"
    r"(?:simak|ikuti|baca|dapatkan|cek)\s+(?:berita|artikel|info|update)\b.{0,100}"
    r"\b(?:hanya\s+)?di\s+[\w-]+\.(?:com|co\.id|id|net|co|tv|news)\s*[.!]?",
)

# Chrome glued to the end of a paragraph where the site's link markup was dropped.
INLINE_CHROME = ("Ikuti Whatsapp Channel Republika",)

# Capitalised lead labels that look like a dateline city but are a rubric ("INFO NASIONAL - …", tempo).
NOT_DATELINES = frozenset({
    "info nasional", "info tempo", "info bisnis", "advertorial", "berita", "video", "foto", "eksklusif",
    "breaking news", "update", "terkini",
})  # fmt: skip

# Countries and provinces that follow a dateline city in capitals ("AMBON, MALUKU -"): a place, not the
# outlet that "GARUT, WARTAPAGI -" names in the same position.
PLACE_WORDS = frozenset({
    "indonesia", "aceh", "sumut", "sumbar", "riau", "jambi", "sumsel", "bengkulu", "lampung", "babel",
    "kepri", "banten", "jabar", "jateng", "diy", "jatim", "bali", "ntb", "ntt", "kalbar", "kalteng",
    "kalsel", "kaltim", "kaltara", "sulut", "sulteng", "sulsel", "sultra", "gorontalo", "sulbar", "maluku",
    "malut", "papua", "jakarta", "yogyakarta", "filipina", "malaysia", "singapura", "thailand", "vietnam",
    "jepang", "tiongkok", "china", "korsel", "korut", "india", "australia", "ukraina", "rusia", "israel",
    "palestina", "iran", "irak", "suriah", "mesir", "turki", "inggris", "prancis", "perancis", "jerman",
    "belanda", "italia", "spanyol", "as", "amerika", "kanada", "brasil", "tonga", "fiji", "myanmar",
    "kamboja", "laos", "brunei", "timor", "taiwan", "pakistan", "afganistan", "lebanon", "yordania",
})  # fmt: skip

# Words that mark a short header line as a site's name rather than a short headline ("Semarak News").
OUTLET_WORDS = frozenset({
    "news", "online", "media", "berita", "kabar", "info", "pos", "post", "times", "tv", "harian", "tribun",
    "warta", "portal", "daily", "today", "network", "channel", "radio", "koran", "surat", "detik", "kompas",
    "tempo", "liputan6", "okezone", "republika", "antara", "suara", "sindonews", "tribunnews", "viva",
})  # fmt: skip

# Phrases that credit a source the text was taken from ("dilansir dari Antara"); a final ":" means the
# colon is required ("Sumber: Antara"), so that "sumber Antara" in a sentence is no credit.
CREDIT_VERBS = (
    "dilansir dari", "dilansir oleh", "dilansir", "melansir", "dikutip dari", "dikutip", "mengutip dari",
    "mengutip", "disitat dari", "dinukil dari", "diberitakan", "sumber:",
)  # fmt: skip
CONTRIBUTED = ("berkontribusi",)  # "Reuters berkontribusi pada laporan ini."

# Labels that open a byline and name the writer ("Oleh Rina Andayani", "Pewarta: Nurul Hidayah"); a final
# ":" means the colon is required, so that a headline such as "Wartawan Dianiaya Saat Meliput" is no
# byline (kompas's colon-less "Penulis … | Editor …" is read as a pair). An editor is not the author.
AUTHOR_LABELS = (
    "ditulis oleh", "oleh", "penulis:", "reporter:", "pewarta:", "jurnalis:", "wartawan:", "kontributor:",
)  # fmt: skip

# The first crumb of a breadcrumb line ("Beranda / Peristiwa / Nasional") that names no section.
HOME_CRUMBS = frozenset({"beranda", "halaman utama", "depan", "indeks"})
