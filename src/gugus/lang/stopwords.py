"""Stop words for news similarity, per language: words whose presence says nothing about which event an
article reports.

The lists are chosen for matching articles about the same event, not for search, so they go further
than a grammar's function words and stop short of a generic list's content words:

* function words: pronouns, prepositions, conjunctions, particles, determiners, auxiliaries, modal and
  aspect words, vague quantifiers ("beberapa", "para", "banyak"), colloquial particles ("sih", "nggak");
* reporting verbs and attribution, in all their forms: every outlet writes "kata dia", "ujarnya",
  "mengatakan", "menurut", "dikutip dari", whatever the event (in indonews "kata" follows a closing quote
  1,644 times, "ujar" 920, "ujarnya" 399, "katanya" 296 …); English "said", "told", "according";
* deictic time words and weekday names ("hari", "pekan", "kemarin", "Senin"): every article has them and
  the time-expression stage resolves them to dates, which is where they carry information. Month names
  are kept: "Agustus" in an article published in June is a fact about the event;
* spelled-out numerals and magnitudes ("dua", "ribu", "juta"): the quantity stage compares amounts;
  digits stay tokens;
* pieces of URLs and domains ("com", "www", "https").

Kept as content on purpose: titles and offices ("presiden", "menteri"), places, units and currencies
("persen", "rupiah"), and words that are frequent only in this corpus (document frequency weighting
handles those). Each list is case-folded.
"""

from __future__ import annotations

_ID_FUNCTION = """
ada adakah adalah adanya agak agaknya agar akan akankah akhirnya aku akulah amat amatlah anda andalah
antar antara antaranya apa apaan apabila apakah apalagi apapun atas atau ataukah ataupun bagai bagaikan
bagaimana bagaimanakah bagaimanapun bagi bagian bahkan bahwa bahwasanya baik bakal bakalan banyak
barangkali barulah bawah beberapa begini beginian beginikah beginilah begitu begitukah begitulah
begitupun belakangan belum belumlah benar benarkah benarlah berapa berapakah berapapun bersama
bersamaan betul betulkah biasanya bila bilakah bisa bisakah boleh bolehkah bolehlah buat bukan bukankah
bukanlah bukannya cuma dahulu dalam dan dapat dari daripada demi demikian demikianlah dengan depan di
dia diakah dialah diantara diantaranya dini diri dirinya dong dulu engkau hal halnya hampir hanya
hanyalah harus haruslah harusnya hendak hendaklah hendaknya hingga ia ialah ibarat ikut ini inikah inilah
itu itukah itulah jadi jadilah jadinya jangan jangankan janganlah jika jikalau juga justru kadang
kadang-kadang kala kalau kalaulah kalaupun kalian kami kamilah kamu kamulah kan kapan kapankah kapanpun
karena karenanya ke kebanyakan kecuali kemudian kenapa kepada kepadanya keseluruhan ketika kini kinilah
kita kitalah kok lagi lagian lah lain lainnya lalu lama lanjut lebih macam maka makanya makin malah
malahan mampu mana manakala manalagi masih masing masing-masing mau maupun melainkan meliputi memang
mengapa menjadi mereka merekalah meski meskipun mungkin mungkinkah nah namun nanti nantinya nyaris oleh
olehnya pada padahal padanya para pasti patut per pernah pula pun punya saat saja sajalah salah sama
sama-sama sambil sampai sana sangat sangatlah saya sayalah se sebab sebabnya sebagai sebagaimana
sebagainya sebagian sebaliknya sebanyak sebegini sebegitu sebelum sebelumnya sebenarnya seberapa
sebetulnya sebisanya sebuah secara sedang sedangkan sedikit sedikitnya seharusnya sehingga sejak sejauh
sejenak sejumlah sekadar sekali sekalian sekaligus sekalipun sekitar sekitarnya selagi selain selaku
selalu selama selama-lamanya selanjutnya seluruh seluruhnya semacam semakin semasa semata semata-mata
semaunya sementara semisal semua semuanya semula sendiri sendirinya seolah seolah-olah seorang sepanjang
sepantasnya seperti sepertinya seraya sering seringnya serta serupa sesaat sesama sesuatu sesuatunya
sesudah sesudahnya setelah setempat setiap setidak-tidaknya setidaknya setinggi seusai sewaktu siapa
siapakah siapapun sini situ suatu sudah sudahkah sudahlah supaya tadi tadinya tak tanpa tapi telah
tentang tentu tentulah tentunya terdapat terhadap terhadapnya termasuk tersebut tersebutlah tertentu
tetap tetapi tiap tidak tidakkah tidaklah toh turut untuk untuknya usai walau walaupun yaitu yakni yang
ya adapun antaranya itupun inipun dimana yg dgn utk tsb dll dsb dst dkk sbb
sih deh dong kok lho loh nih tuh kah pun nya gak nggak enggak ngga udah aja banget kayak gitu gini
pak bu bapak ibu sang si kak mas mbak
baru tengah mulai sempat cukup langsung terus kembali lewat melalui berbagai terkait merupakan memiliki
melakukan dilakukan mengenai terutama berupa pasalnya baru-baru sejalan
"""

# Reporting verbs and attribution: every outlet attributes, whatever the event.
_ID_REPORTING = """
kata katanya ujar ujarnya ungkap ungkapnya tutur tuturnya ucap ucapnya jelas jelasnya tambah tambahnya
imbuh imbuhnya tegas tegasnya sebut sebutnya papar paparnya beber bebernya lanjut lanjutnya sambung
sambungnya pungkas pungkasnya terang terangnya tulis tulisnya tandas tandasnya tukas tukasnya kilah
kilahnya cetus cetusnya ungkapan tutup tutupnya jawab jawabnya tanya tanyanya bilang akunya harapnya
mengatakan dikatakan menyatakan dinyatakan menjelaskan dijelaskan mengungkapkan diungkapkan menuturkan
menyampaikan disampaikan menegaskan ditegaskan menambahkan ditambahkan menyebutkan disebutkan menyebut
disebut memaparkan dipaparkan membeberkan menerangkan diterangkan mengaku mengakui menilai dinilai
mengutip dikutip melansir dilansir menurut menurutnya berdasarkan keterangan pernyataan mengklaim
diklaim memastikan dipastikan mengimbau menurutku pungkasan
"""

# Deictic time words and weekday names: the time-expression stage resolves them; as terms they are noise.
_ID_TIME = """
hari harinya pekan minggu bulan tahun kemarin besok lusa pagi siang sore malam dini waktu kala sekarang
saat ini kini nanti tadi lalu silam mendatang terakhir senin selasa rabu kamis jumat sabtu ahad
jum'at wib wita wit pukul jam
"""

_ID_NUMBERS = """
nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh puluhan ratus
ratusan ribu ribuan juta jutaan miliar triliun seratus seribu sejuta pertama kedua ketiga keempat
kelima setengah
"""

_URL = "http https www com co id net org html php amp"

_EN_FUNCTION = """
a about above after again against all almost also although am among an and any are aren't around as at
be became because been before being below between both but by can can't cannot could couldn't did
didn't do does doesn't doing don't down during each either else ever every few for from further had
hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his
how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just let's may me might
more most much must mustn't my myself neither no nor not now of off on once one only or other others
ought our ours ourselves out over own per perhaps rather same shall shan't she she'd she'll she's should
shouldn't since so some still such than that that's the their theirs them themselves then there there's
therefore these they they'd they'll they're they've this those though through thus to too toward
towards under until up upon us very via was wasn't we we'd we'll we're we've were weren't what what's
whatever when when's where where's whether which while who who's whom whose why why's will with within
without won't would wouldn't yet you you'd you'll you're you've your yours yourself yourselves
also already another anyone anything despite even many mr mrs ms dr st among amid like unlike
"""

_EN_REPORTING = """
said say says saying told tell tells according added adding stated noted explained claimed reported
reportedly announced statement spokesperson spokesman spokeswoman
"""

_EN_TIME = """
today yesterday tomorrow tonight day days week weeks month months year years ago earlier later last
next monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night time
"""

_EN_NUMBERS = """
zero two three four five six seven eight nine ten hundred hundreds thousand thousands million millions
billion billions trillion first second third
"""

# Malay shares most of its function words with Indonesian; these are the ones spelled or chosen apart.
_MS_FUNCTION = """
kerana bahawa iaitu selepas sahaja sebelum semasa apabila manakala walaupun sedangkan ialah tersebut
beliau mereka kami pula jua hendaklah supaya lagi boleh tidak tiada telah sudah akan pada dalam kepada
daripada oleh
"""
_MS_OTHER = """
ujarnya katanya menurutnya jelasnya tambahnya kata berkata memberitahu menyatakan semalam esok minggu
bulan tahun hari isnin selasa rabu khamis jumaat sabtu ahad
"""


def _words(*blocks: str) -> frozenset[str]:
    return frozenset(w for block in blocks for w in block.split())


_ID = _words(_ID_FUNCTION, _ID_REPORTING, _ID_TIME, _ID_NUMBERS, _URL)

STOPWORDS: dict[str, frozenset[str]] = {
    "id": _ID,
    "en": _words(_EN_FUNCTION, _EN_REPORTING, _EN_TIME, _EN_NUMBERS, _URL),
    "ms": _ID | _words(_MS_FUNCTION, _MS_OTHER),
}

# Function words alone: the sentence splitter takes a capitalised one after an ambiguous period ("Corp.
# Hal ini", "Jr. Mereka") as the start of a sentence, as Punkt does with its frequent sentence starters;
# a weekday or a reporting verb there is as often part of the same sentence ("5 p.m. Tuesday").
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "id": _words(_ID_FUNCTION),
    "en": _words(_EN_FUNCTION),
    "ms": _words(_ID_FUNCTION, _MS_FUNCTION),
}


def stopwords(lang: str | None) -> frozenset[str]:
    """The stop words of `lang`; Indonesian for an unknown or missing language (the corpus's default)."""
    return STOPWORDS.get(lang or "id", STOPWORDS["id"])
