"""The web UI's words in English and Indonesian. Article text is shown as written, in any language;
only the interface around it follows the reader's choice (a cookie set by the switch in every page's
header, else the browser's Accept-Language)."""

from __future__ import annotations

LANGS = ("en", "id")
COOKIE = "gugus_ui"

WORDS: dict[str, tuple[str, str]] = {  # key: (English, Indonesian)
    "stories": ("Stories", "Berita"),
    "search": ("Search", "Cari"),
    "ingest": ("Add articles", "Tambah artikel"),
    "api": ("API", "API"),
    "watches": ("Watches", "Pantauan"),
    "watches_lead": (
        "A watch follows what matters to you: when a new or updated story matches its rules, an alert goes "
        "to its webhook, its Atom feed and this page.",
        "Pantauan mengikuti yang penting bagi Anda: bila berita baru atau yang diperbarui cocok dengan "
        "aturannya, peringatan dikirim ke webhook, feed Atom, dan halaman ini.",
    ),
    "no_watches": ("No watches yet.", "Belum ada pantauan."),
    "add_watch": ("Add a watch", "Tambah pantauan"),
    "name": ("Name", "Nama"),
    "w_entities": (
        "People, organisations, places (comma-separated)",
        "Tokoh, organisasi, tempat (pisahkan koma)",
    ),
    "w_keywords": ("Keywords (comma-separated)", "Kata kunci (pisahkan koma)"),
    "w_outlets": ("Outlets (comma-separated)", "Media (pisahkan koma)"),
    "w_topics": ("Topics (comma-separated)", "Topik (pisahkan koma)"),
    "w_conflict": ("Only when outlets disagree", "Hanya bila media bertentangan"),
    "w_copy_of": ("Another outlet copied this outlet", "Media lain menyalin media ini"),
    "w_webhook": ("Webhook URL (optional)", "URL webhook (opsional)"),
    "remove": ("Remove", "Hapus"),
    "alerts": ("alerts", "peringatan"),
    "pending": ("waiting for the webhook", "menunggu webhook"),
    "delivered": ("delivered", "terkirim"),
    "feed": ("Atom feed", "Feed Atom"),
    "saved_watch": ("Watch saved.", "Pantauan disimpan."),
    "secret_once": (
        "The webhook's signing secret, shown only now:",
        "Kunci tanda tangan webhook, hanya ditampilkan sekarang:",
    ),
    "no_alerts": ("No alerts yet.", "Belum ada peringatan."),
    "why": ("why", "alasan"),
    "front_title": ("Stories", "Berita"),
    "front_lead": (
        "Articles from many outlets grouped into stories, newest and broadest first.",
        "Artikel dari banyak media dikelompokkan menjadi berita, yang terbaru dan terluas dulu.",
    ),
    "from": ("From", "Dari"),
    "until": ("Until", "Sampai"),
    "language": ("Language", "Bahasa"),
    "any": ("any", "semua"),
    "outlet": ("Outlet", "Media"),
    "min_outlets": ("At least outlets", "Minimal media"),
    "filter": ("Filter", "Saring"),
    "articles": ("articles", "artikel"),
    "article": ("article", "artikel"),
    "outlets": ("outlets", "media"),
    "outlet_one": ("outlet", "media"),
    "badge_copy": ("copy", "salinan"),
    "badge_conflict": ("conflict", "pertentangan"),
    "languages": ("languages", "bahasa"),
    "no_stories": ("No stories match.", "Tidak ada berita yang cocok."),
    "newer": ("Newer", "Lebih baru"),
    "older": ("Older", "Lebih lama"),
    "page": ("page", "halaman"),
    "of": ("of", "dari"),
    "badge_copies": ("copies", "salinan"),
    "badge_conflicts": ("conflicts", "pertentangan"),
    "badge_stale": ("stale", "terbit ulang"),
    "badge_pending": ("checking…", "diperiksa…"),
    "summary": ("Summary", "Ringkasan"),
    "rising": ("Rising", "Sedang naik"),
    "breaking": ("breaking", "terbaru"),
    "new_outlets": ("new outlets", "media baru"),
    "in_last": ("in the last", "dalam"),
    "hours": ("hours", "jam terakhir"),
    "g_shared": ("facts every outlet reports", "fakta dimuat semua media"),
    "g_partial": ("facts some report", "fakta dimuat sebagian"),
    "g_unique": ("facts one outlet alone reports", "fakta hanya di satu media"),
    "coverage": ("Coverage side by side", "Liputan berdampingan"),
    "coverage_lead": (
        "Each sentence is marked: shared by every outlet, partly shared, unique to one "
        "outlet, or in conflict with another outlet.",
        "Setiap kalimat ditandai: dimuat semua media, dimuat sebagian, hanya di satu media, "
        "atau bertentangan dengan media lain.",
    ),
    "k_shared": ("shared", "sama"),
    "k_partial": ("partial", "sebagian"),
    "k_unique": ("unique", "unik"),
    "k_conflict": ("conflict", "bertentangan"),
    "conflicts": ("Conflicts", "Pertentangan"),
    "no_conflicts": (
        "No conflicting numbers, dates or names found.",
        "Tidak ditemukan angka, tanggal, atau nama yang bertentangan.",
    ),
    "provenance": ("Who copied whom", "Siapa menyalin siapa"),
    "no_provenance": (
        "No copies, rewrites or translations found between these articles.",
        "Tidak ditemukan salinan, tulisan ulang, atau terjemahan di antara artikel ini.",
    ),
    "credits": ("credits", "mengutip"),
    "timeline": ("Timeline", "Linimasa"),
    "entities": ("People, organisations, places", "Tokoh, organisasi, tempat"),
    "spelled": ("spelled", "ditulis"),
    "quotes": ("Quotes", "Kutipan"),
    "flags": ("Flags", "Tanda"),
    "flag_stale": ("stale republication", "terbitan ulang basi"),
    "flag_copy": ("copy", "salinan"),
    "published": ("Published", "Terbit"),
    "undated": ("undated", "tanpa tanggal"),
    "wire": ("Wire credit", "Kredit kantor berita"),
    "original": ("Original", "Asli"),
    "open_original": ("Open the original", "Buka aslinya"),
    "in_story": ("In the story", "Dalam berita"),
    "not_clustered": ("Not in a story yet.", "Belum masuk berita."),
    "copies_of": ("Copies and related versions", "Salinan dan versi terkait"),
    "no_copies": (
        "No copies of this article in its story.",
        "Tidak ada salinan artikel ini dalam beritanya.",
    ),
    "source": ("Source", "Sumber"),
    "author": ("Author", "Penulis"),
    "revision": ("Revision", "Revisi"),
    "query": ('Words, "a phrase", prefix*, -exclude', 'Kata, "frasa", awalan*, -kecuali'),
    "find_articles": ("articles", "artikel"),
    "find_stories": ("stories", "berita"),
    "semantic": ("by meaning", "menurut makna"),
    "no_results": ("Nothing found.", "Tidak ditemukan."),
    "results": ("results", "hasil"),
    "ingest_lead": (
        "Paste an article, give a page or feed URL, or upload files. New articles join their "
        "stories at once.",
        "Tempel artikel, masukkan URL halaman atau feed, atau unggah berkas. Artikel baru "
        "langsung masuk ke beritanya.",
    ),
    "token": ("Write token", "Token tulis"),
    "paste": ("Paste an article", "Tempel artikel"),
    "paste_hint": (
        "Title line, date line, outlet, then the body, as copied from the page.",
        "Baris judul, baris tanggal, media, lalu isi, seperti disalin dari halaman.",
    ),
    "url_opt": ("Where it was published (optional)", "Alamat terbitnya (opsional)"),
    "page_or_feed": ("A page or a feed URL", "URL halaman atau feed"),
    "upload": ("Upload files", "Unggah berkas"),
    "upload_hint": (
        "Text, HTML, RSS/Atom, JSON Lines or WARC.",
        "Teks, HTML, RSS/Atom, JSON Lines, atau WARC.",
    ),
    "submit": ("Add", "Tambah"),
    "added": ("added", "ditambahkan"),
    "duplicates": ("already known", "sudah ada"),
    "revisions": ("revised", "direvisi"),
    "rejected": ("rejected", "ditolak"),
    "new_stories": ("new stories", "berita baru"),
    "writes_disabled": (
        "This server takes no new articles: it was started without a write token (GUGUS_TOKEN).",
        "Server ini tidak menerima artikel baru: dijalankan tanpa token tulis (GUGUS_TOKEN).",
    ),
    "not_found": ("Not found", "Tidak ditemukan"),
    "error": ("Something went wrong", "Terjadi kesalahan"),
    "back": ("Back to the stories", "Kembali ke daftar berita"),
    "json": ("JSON", "JSON"),
    "ui_switch": ("Bahasa Indonesia", "English"),
    "first_seen": ("first seen", "pertama"),
    "last_seen": ("last seen", "terakhir"),
    "story": ("Story", "Berita"),
    "size_label": ("articles from", "artikel dari"),
    "legend": ("Legend", "Keterangan"),
    "kind_copy": ("copy", "salinan"),
    "kind_rewrite": ("rewrite", "tulisan ulang"),
    "kind_translation": ("translation", "terjemahan"),
    "kind_wire": ("same wire", "kantor berita sama"),
    "said": ("said", "kata"),
    "unknown_speaker": ("unattributed", "tanpa sumber"),
}


def pick(query: str | None, cookie: str | None, accept: str | None) -> str:
    """The UI language: the switch's choice, then the cookie, then the browser's first language we know."""
    for choice in (query, cookie):
        if choice in LANGS:
            return choice
    for part in (accept or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGS:
            return code
        if code == "ms":  # Malay readers read the Indonesian interface more easily than the English one
            return "id"
    return "en"


def words(lang: str) -> dict[str, str]:
    """Every key's text in `lang` (a template reads `t.key`)."""
    index = LANGS.index(lang) if lang in LANGS else 0
    return {k: v[index] for k, v in WORDS.items()}
