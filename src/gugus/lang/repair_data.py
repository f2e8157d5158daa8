"""Language data for `gugus.ingest.repair`: which joined words to split and which to leave alone.

Scraped news runs link text into its neighbours ("kondisikesehatan mentalyang", "dariHuffington Post").
The splitter lives in `gugus.ingest.repair`; the word lists it needs live here, per language, so that a
brand name or a compound found in a new corpus is a one-line data change. The camel-case names were
read off `../shared/data/indonews` (3,698 articles, June 2025) plus well-known brands.
"""

from __future__ import annotations

# Function words that often sit on one side of a join ("mentalyang", "adalahgejala", "dariHuffington").
# A part that is one of these is trusted even when the other part is a rare word.
FUNCTION_WORDS_ID = frozenset({
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "dalam", "pada", "ini", "itu", "adalah",
    "akan", "atau", "juga", "karena", "oleh", "serta", "tersebut", "bahwa", "kepada", "terhadap",
    "tidak", "bisa", "sudah", "telah", "masih", "kini", "saat", "hingga", "sampai", "agar", "namun",
    "tetapi", "tapi", "sebagai", "seperti", "para", "bagi", "antara", "tentang", "melalui", "sejak",
    "setelah", "sebelum", "ketika", "jika", "kalau", "maka", "lebih", "sangat", "hanya", "yakni",
    "yaitu", "ialah", "merupakan", "menjadi", "harus", "dapat", "bukan", "belum", "sedang", "saja",
    "via", "demi", "selama", "sekitar", "usai", "ujar", "kata", "menurut", "secara", "sehingga",
    "mereka", "kami", "kita", "saya", "anda", "dia", "ia", "lalu", "kemudian", "bersama", "sebuah",
    "seorang", "semua", "beberapa", "banyak", "akibat", "tanpa", "atas", "bagaimana", "apa", "siapa",
    "mana", "adanya", "dimana", "bila", "apabila", "sementara", "meski", "meskipun", "walaupun",
    "padahal", "daripada", "pun", "pula", "lagi", "baru", "salah", "satu", "ada", "hal", "cara",
    "baik", "mulai", "selain", "sebab", "supaya", "bahkan", "tengah", "sebagaimana", "yg", "dgn",
    "tak", "enggak", "walau", "sedangkan", "adapun", "kembali", "pernah", "punya",
})  # fmt: skip

FUNCTION_WORDS_EN = frozenset({
    "the", "of", "and", "to", "in", "for", "on", "with", "at", "by", "from", "is", "are", "was",
    "were", "be", "been", "that", "this", "these", "those", "it", "its", "as", "or", "but", "not",
    "an", "a", "has", "have", "had", "will", "would", "can", "could", "should", "said", "says",
    "he", "she", "they", "we", "his", "her", "their", "our", "who", "which", "what", "when", "after",
    "before", "about", "into", "than", "then", "also", "over", "under", "more", "most",
})  # fmt: skip

# The English function words trusted inside Indonesian text (loan phrases: "ketuathe Fed"): short
# ones ("her", "in", "at", "or") hide inside Indonesian words ("herpetik", "inheren", "ortopedi").
FUNCTION_WORDS_EN_IN_ID = frozenset({"the", "and", "with", "from", "that", "this", "which"})

# Function words that also end names and words, so never split off a capitalised word that no list
# knows: Sulastini, Purwandari, Suradi, Salsabila, Nestapa, Parimana. Any other function word may
# ("Riyantoyang", "Masikudan", "Prayogakini"): names of 5+ letters rarely end in one.
NAME_TAILS_ID = frozenset({
    "ini", "dari", "di", "ke", "ia", "apa", "mana", "bila", "ada", "satu", "baru", "lagi", "pula",
    "pun", "hal", "para", "cara", "baik", "salah", "yg", "dgn", "tak", "via", "kata", "ujar", "dia",
    "saja", "atas", "kita", "kami", "anda", "lalu", "tengah", "banyak", "sedang", "mulai", "bagi",
})  # fmt: skip
# Words besides the function words that no name ends in: verbs of saying and the like.
STRONG_RIGHT_ID = frozenset({
    "merupakan", "menjadi", "mengatakan", "menyebut", "menyebutkan", "menjelaskan", "kembali",
    "pernah",
})  # fmt: skip
STRONG_RIGHT_EN = frozenset({"the", "and", "with", "from", "that", "said", "says", "which", "will"})

# Elements of Indonesian names that are also common words: a capitalised token made of two words is
# left whole when it opens or ends with one (Sastranegara, Putratama, Indomobil, Metaplanet).
NAME_LEFT_ID = frozenset({
    "indo", "meta", "nano", "multi", "mitra", "inti", "karya", "graha", "bumi", "sinar", "surya",
    "cahaya", "mega", "prima", "citra", "dharma", "darma", "bina", "wira", "adhi", "adi", "sastra",
    "putra", "putri", "jaya", "dewi", "tirta", "bhakti", "bakti", "sentra", "artha", "arta", "mulia",
    "sakti", "kusuma", "wijaya", "tri", "eka", "dwi", "panca", "sapta", "maha", "sri", "intan",
    "mutiara", "permata", "bintang", "garuda", "rajawali", "nusa", "tanjung", "sungai", "pulau",
    "kota", "kampung", "desa", "pasar", "gunung", "bukit", "tanah", "batu", "air", "kali", "muara",
    "kuala", "teluk", "padang", "bandar", "taman", "kebun", "sumber", "telaga", "danau", "pantai",
    "lembah", "rawa", "kubu", "setia", "budi", "hari", "tunas", "harapan", "cipta", "dana", "kredit",
    "bank", "global", "trans", "mandala", "puri", "griya", "wisma", "gedung", "sentral", "central",
    "waka",  # Wakapolda, Wakapolres: "wakil kepala", an abbreviation written solid
})  # fmt: skip
NAME_RIGHT_ID = frozenset({
    "negara", "nagara", "jaya", "wijaya", "putra", "putri", "karya", "guna", "tama", "sari", "wati",
    "mulya", "mulia", "pura", "karta", "raya", "abadi", "makmur", "mandiri", "sentosa", "santosa",
    "indo", "nusa", "buana", "persada", "perkasa", "utama", "sakti", "kencana", "dewi", "kusuma",
    "wangi", "permai", "asri", "indah", "lestari", "baru", "lama", "tengah", "timur", "barat",
    "selatan", "utara", "sejahtera", "bersama", "sukses", "prima", "tambahan", "agung", "besar",
    "kecil", "hilir", "hulu", "ilir", "rejo", "harjo", "mukti", "tirta", "bumi", "langit", "laut",
    "darat", "gunung", "sungai", "kali", "batu", "tanah", "pasir", "mas", "emas", "intan", "sinar",
    "panjang", "pendek", "tani", "kita", "said", "pati", "tulis", "arta", "artha",
    "cahaya", "surya", "bulan", "bintang", "mobil", "motor", "media", "data", "tekno", "teknik",
    "medika", "farma", "husada", "graha", "land", "planet", "dunia", "nusantara", "pertiwi", "mitra",
})  # fmt: skip

# Parts a split may never produce: clitics and suffixes ("evaluasi|nya"), bare prefixes ("ber|...").
CLITICS_ID = frozenset({
    "nya", "lah", "kah", "pun", "tah", "ku", "mu", "kan", "an", "in", "i", "wan", "wati", "isme",
    "isasi", "is", "if", "itas", "man", "nggak", "ngga", "gak",  # menu|nggak is menunggak
    "ness", "less", "ship", "ful",  # English suffixes: conscientious|ness, situation|ship
})  # fmt: skip
PREFIXES_ID = frozenset({
    "me", "mem", "men", "meng", "meny", "menge", "ber", "be", "bel", "ter", "pe", "pem", "pen", "peng",
    "peny", "penge", "per", "se", "memper", "diper", "keber", "ketidak", "nge", "ng", "ny",
})  # fmt: skip

# Inflectional and derivational affixes for the morphology check (`dipamerkannya` = di+pamer+kan+nya):
# an unknown word that parses as affixes around a known root is a real word, not a join.
MORPH_PREFIXES_ID: tuple[str, ...] = (
    "memper", "mempel", "diper", "keber", "keter", "kese", "ketidak", "berke", "berse", "terse",
    "menge", "penge", "meng", "meny", "peng", "peny", "mem", "men", "pem", "pen", "ber", "bel", "ter",
    "per", "pel", "me", "pe", "be", "di", "ke", "se", "nge", "ng", "ny",
)  # fmt: skip
# Bound forms written solid by the spelling rules (pascakolonial, antarnegara, nonaktif): one of them,
# straight before a root of 4+ letters, never chained ("de"+"pan"+"yang" is no word).
BOUND_PREFIXES_ID: tuple[str, ...] = (
    "pasca", "antar", "non", "pra", "sub", "multi", "anti", "swa", "maha", "tuna", "ultra", "semi",
    "inter", "pro", "eks", "mikro", "makro", "super", "hiper", "ko", "dwi", "tri", "catur", "panca",
    "serba", "bio", "geo", "tele", "poli", "mono", "trans", "kontra", "infra", "intra", "purna",
    "tata", "neuro", "psiko", "sosio", "agro", "hidro", "termo", "elektro", "astro", "kardio", "nutri",
    "over", "under", "out", "re",
)  # fmt: skip
# Function words are no roots: "pan|yang", "se|dan" are not affixed words.
NOT_ROOTS_ID = frozenset({
    "yang", "dan", "dari", "untuk", "dengan", "pada", "ini", "itu", "atau", "juga", "oleh", "serta",
    "bahwa", "tersebut", "adalah", "akan", "karena", "kepada", "terhadap", "the", "and", "with",
    "from", "that", "this", "which", "yg", "dgn", "via", "para", "lah", "kah", "pun", "nya", "ku",
    "mu", "tah", "an", "kan", "i",
})  # fmt: skip
MORPH_SUFFIXES_ID: tuple[str, ...] = (
    "kan", "an", "i", "in", "wan", "wati", "isme", "isasi", "nisasi", "is", "if", "itas", "man",
    "ing", "ed", "er", "ers", "s", "es", "ly",
)  # fmt: skip
MORPH_CLITICS_ID: tuple[str, ...] = ("nya", "ku", "mu", "lah", "kah", "pun", "tah")

# Abbreviated minister titles, which look like meN- verbs: Mendagri, Menkeu, Menkumham.
MINISTERS_ID: tuple[str, ...] = (
    "mendag", "menkeu", "menpora", "menlu", "menhan", "menkes", "menko", "menpan", "menses",
    "mentan", "menhub", "menaker", "menkum", "menris", "menpar", "menkom", "mendik", "menperin",
    "menteri", "menag", "menkop", "menlhk", "mendes", "menbud", "mendikti", "menimipas",
)  # fmt: skip

# Closed compounds written solid in Indonesian (KBBI) that the word list may not know; never split.
COMPOUNDS_ID = frozenset({
    "acapkali", "adakalanya", "apabila", "bagaimana", "barangkali", "beasiswa", "belasungkawa",
    "bilamana", "bumiputera", "bumiputra", "daripada", "darmasiswa", "darmawisata", "dukacita",
    "halalbihalal", "hulubalang", "kacamata", "kasatmata", "kepada", "kilogram", "kilometer",
    "manakala", "manasuka", "matahari", "olahraga", "padahal", "peribahasa", "saptamarga",
    "saputangan", "saripati", "sebagaimana", "sediakala", "segitiga", "sekalipun", "sepakbola",
    "silaturahmi", "silaturahim", "sukacita", "sukarela", "sukaria", "syahbandar", "titimangsa",
    "waralaba", "kosakata", "bulutangkis", "dasawarsa", "pancasila", "bhinneka", "nusantara",
    "purnawirawan", "pascasarjana", "mahasiswa", "mahasiswi", "tatakelola", "tatacara", "bumdes",
    "sekaligus", "manapun", "apapun", "siapapun", "dimanapun", "kapanpun", "bagaimanapun",
    "walaupun", "meskipun", "kendatipun", "adapun", "ataupun", "biarpun", "sungguhpun",
    "kayutangan", "eksisting", "perikemanusiaan", "perikeadilan", "diskresi", "nestapa", "masyaallah",
    "insyaallah", "alhamdulillah", "subhanallah",
    "bismillah", "astaghfirullah", "innalillahi", "assalamualaikum", "waalaikumsalam", "jazakallah",
    "barakallah", "iduladha", "idulfitri", "orkestrasi",
})  # fmt: skip

# Camel-case names kept whole although no word list knows them (case-sensitive).
CAMEL_NAMES = frozenset({
    "iPhone", "iPad", "iPod", "iMac", "iCloud", "iTunes", "iOS", "iPadOS", "macOS", "watchOS", "tvOS",
    "visionOS", "eFishery", "eBay", "eToro", "eSports", "eKTP", "ePub", "mRNA", "mmHg", "pH", "kWh",
    "DiMaria", "DiMarco", "DiMarzio", "DiLorenzo", "DiVincenzo", "McDonald", "McDonalds", "McLaren",
    "McGregor", "MacBook", "DiCaprio", "LeBron", "LaLiga",
    "KompasTV", "KompasTv", "BlackRock", "YouTube", "TikTok", "WhatsApp", "PlayStation", "LinkedIn",
    "JavaScript", "OpenAI", "PetroChina", "DeepSeek", "GoPay", "GoTo", "GoFood", "GoRide", "GoCar",
    "GoSend", "GoMart", "GoPayLater", "BukaLapak", "ShopeeFood", "ShopeePay", "ShopeeMall",
    "ShopeeLive", "SPayLater", "PayLater", "GrabFood", "GrabCar", "GrabBike", "GrabExpress",
    "VinFast", "TransJakarta", "JakLingko", "AirAsia", "AirNav", "AirCab", "InJourney", "MetLife",
    "HokBen", "MediaTek", "ByteDance", "CapCut", "NasDem", "KapanLagi", "MasyaAllah", "CryptoQuant",
    "CryptoSlam", "SharpLink", "OmniBook", "MotionTrade", "SeaBank", "SeaMoney", "HarmonyOS",
    "FreeBuds", "BayArena", "ChatGPT", "MotoGP", "BlackBerry", "PayPal", "FedEx", "GitHub",
    "SoftBank", "AstraZeneca", "GlaxoSmithKline", "ExxonMobil", "BioNTech", "WeChat", "WeTV",
    "PowerPoint", "MasterCard", "MasterChef", "SmackDown", "SpaceX", "JPMorgan", "BRImo", "BRILink",
    "PLNMobile", "KAIAccess", "PeduliLindungi", "SatuSehat", "CoreTax", "IndiHome", "LinkAja",
    "BUMDes", "SiCepat", "MyPertamina", "myPertamina", "MyTelkomsel", "TelkomGroup", "JawaPos", "BeritaSatu",
    "SindoNews", "PermenPANRB", "LayarDrama", "TomTom", "DetikPagi", "RedDoorz",
    "AliExpress", "HarperCollins", "DreamWorks", "SpongeBob", "NewJeans", "OnePlus", "iQoo",
    "iQube", "iShowSpeed", "iNews", "xDrive", "DeFi", "DDoS", "PhD", "MoU", "YoY", "IoT", "CoV",
    "PBoC", "BoE", "VoA", "JakOne", "SobatBangun", "JagoMandarinOnline", "MaxDecal", "HypeIt",
    "SmartXonnect", "CrescentRating", "InaWis", "FeNi", "PPnBM", "SpJP", "TimFree",
    "KitaBisa", "RuangGuru", "HaloDoc", "TokoCrypto", "BliBli", "PosIND", "MyRepublic", "XLSmart",
    "TransTV", "MetroTV", "TransMedia", "iNewsTV", "tvOne", "TvOne", "LionAir", "CitiLink",
    "PricewaterhouseCoopers", "LiveScore", "SmartFren", "SkyTeam", "StarLink", "AppStore",
    "PlayStore", "RoadSync", "OxygenOS", "ColorOS", "HyperOS", "MagicOS", "FunTouch", "OriginOS",
})  # fmt: skip

# News sites whose section names are one word: detikNews, detikSumut, kumparanBisnis ("detiksumut").
SECTION_STEMS = frozenset({"detik", "kumparan"})
SECTIONS = frozenset({
    "news", "finance", "sport", "oto", "inet", "health", "food", "hot", "travel", "edu", "event",
    "pop", "properti", "jabar", "jatim", "jateng", "jogja", "bali", "sumut", "sulsel", "sumbagsel",
    "kalimantan", "bisnis", "bola", "tekno", "mom", "woman", "hits", "plus", "sains", "com",
})  # fmt: skip

# Lowercase brand stems that open a camel name: "detikNews", "dilansir detikJatim", "kumparanBisnis".
CAMEL_LOWER_STEMS = frozenset({"detik", "kumparan", "my", "tv", "we", "go", "mac", "watch", "vision", "ipad"})

# Short capitalised stems that open a camel name: Mc/Mac/Di/De/Le/La/Go/O' (McLaren, DiCaprio, GoPay).
CAMEL_TITLE_STEMS = frozenset({
    "Mc", "Mac", "Di", "De", "Le", "La", "Du", "Da", "Van", "Von", "Go", "Al", "El", "St", "Si", "Ko",
    "In", "We", "My", "Tv", "Trans",
})  # fmt: skip

# All-caps suffixes that end a camel name: KompasTV, OpenAI, MotoGP, HarmonyOS, ChatGPT.
CAMEL_ACRONYM_SUFFIXES = frozenset({
    "TV", "AI", "GP", "OS", "GPT", "ID", "X", "XL", "GO", "ONE", "PRO", "MAX", "PLUS", "HD", "VR",
    "AR", "XR", "EV", "FM", "DB", "IO", "QL", "SQL", "UI", "UX", "API", "PC", "NFT", "RI",
})  # fmt: skip
