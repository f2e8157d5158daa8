"""Entity mentions and their aliases, on the seed articles, real sentences from ../shared/data/indonews
(short excerpts, with the words scraping ran together split as ingest's repair does) and English news.

What is pinned: which spans are entities, their kind, that a title is not part of a name nor a person on
its own, that a sentence's capitalised first word is not an entity, and which spellings share a key.
"""

from __future__ import annotations

import json

import pytest

from gugus.analyze.entities import CONFLICTS, alias_key, find_mentions, group_aliases, same_entity

from .conftest import INDONEWS, SEEDS, need


def found(text: str, lang: str | None = "id") -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in find_mentions(text, lang)]


def keyed(text: str, lang: str | None = "id") -> dict[str, str]:
    return {m.text: m.key for m in find_mentions(text, lang)}


# -- the gazetteer -------------------------------------------------------------------------------------


def test_no_name_belongs_to_two_entities():
    assert CONFLICTS == []


@pytest.mark.parametrize(
    ("names", "key"),
    [
        (["Korea Utara", "Korut", "North Korea", "DPRK", "Republik Rakyat Demokratik Korea"], "korea-utara"),
        (["Amerika Serikat", "AS", "United States", "US", "USA", "U.S."], "amerika-serikat"),
        (["Rusia", "Russia", "Federasi Rusia"], "rusia"),
        (["Perserikatan Bangsa-Bangsa", "PBB", "United Nations", "UN"], "perserikatan-bangsa-bangsa"),
        (["Kantor Berita Pusat Korea", "KCNA", "Korean Central News Agency"], "kantor-berita-pusat-korea"),
        (["Dewan Keamanan PBB", "UN Security Council", "DK PBB"], "dewan-keamanan-pbb"),
        (["Kementerian Luar Negeri", "Kemlu", "Kemenlu"], "kementerian-luar-negeri"),
        (["Kementerian Keuangan", "Kemenkeu"], "kementerian-keuangan"),
        (
            ["Badan Meteorologi, Klimatologi, dan Geofisika", "BMKG"],
            "badan-meteorologi-klimatologi-dan-geofisika",
        ),
        (["Jawa Barat", "Jabar", "West Java"], "jawa-barat"),
        (["Joko Widodo", "Jokowi", "Presiden Joko Widodo"], "joko-widodo"),
        (["Donbas", "Donbass"], "donbas"),
    ],
)
def test_aliases_share_the_gazetteer_key(names, key):
    assert {alias_key(n) for n in names} == {key}


def test_alias_key_of_unknown_names_is_normalised():
    assert alias_key("Presiden Prabowo Subianto") == "prabowo-subianto"
    assert alias_key("Menteri Luar Negeri Sugiono") == "sugiono"
    assert alias_key("Dr. Tirta Mandira Hudhi") == "tirta-mandira-hudhi"
    assert alias_key("Kim Jong-un") == alias_key("Kim Jong Un") == "kim-jong-un"
    assert alias_key("Recep Tayyip Erdoğan") == alias_key("Erdogan")
    assert alias_key("José Mourinho") == "jose-mourinho"
    assert alias_key("Joko Susilo, S.H.") == "joko-susilo"
    assert alias_key("us") != "amerika-serikat"  # the pronoun is not the country


# -- the seeds -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds() -> list[str]:
    paths = sorted(need(SEEDS).glob("*.txt"))
    assert len(paths) == 2
    return [p.read_text(encoding="utf-8") for p in paths]


def test_seed_mentions_have_the_right_kinds(seeds):
    both = {pair for text in seeds for pair in found(text)}
    for pair in [
        ("Denis Pushilin", "person"),
        ("Dennis Pushlin", "person"),
        ("Pushilin", "person"),
        ("Pushlin", "person"),
        ("Kim Jong Un", "person"),
        ("Kim", "person"),
        ("Alexander Matsegora", "person"),
        ("Matsegora", "person"),
        ("Ned Price", "person"),
        ("Price", "person"),
        ("Olga Makeeva", "person"),
        ("Sin Hong Chol", "person"),
        ("Sin", "person"),
        ("Vladimir Putin", "person"),
        ("KCNA", "org"),
        ("KCN", "org"),
        ("Kantor Berita Pusat Korea", "org"),
        ("Dewan Keamanan PBB", "org"),
        ("Departemen Luar Negeri AS", "org"),
        ("Tass", "org"),
        ("Izvestia", "org"),
        ("Reuters", "org"),
        ("AP", "org"),
        ("Korea Utara", "place"),
        ("Rusia", "place"),
        ("Donetsk", "place"),
        ("Luhansk", "place"),
        ("Donbas", "place"),
        ("Moskow", "place"),
        ("Pyongyang", "place"),
    ]:
        assert pair in both, pair


def test_seed_titles_are_not_part_of_names(seeds):
    texts = {m.text for text in seeds for m in find_mentions(text)}
    assert not any(t.startswith(("Duta Besar", "Presiden", "Juru bicara", "Kepala")) for t in texts)
    assert not {"Dalam", "Pada", "Menurut", "Separatis", "Laporan", "Badan", "Pesan"} & texts


def test_seed_surnames_take_the_full_names_key(seeds):
    first, second = (keyed(t) for t in seeds)
    assert first["Pushilin"] == first["Denis Pushilin"] == "denis-pushilin"
    assert first["Sin"] == "sin-hong-chol"
    assert first["Price"] == "ned-price"
    assert first["Kim"] == first["Kim Jong Un"] == "kim-jong-un"
    assert second["Matsegora"] == "alexander-matsegora"
    assert second["Kim"] == "kim-jong-un"  # "Kim Jong Unmenurut": the glued word is split
    # "Republik Rakyat Donetsk (DPR)": here DPR is Donetsk, not Indonesia's parliament.
    assert second["DPR"] == second["Republik Rakyat Donetsk"] == "donetsk"
    assert second["Republik Rakyat Demokratik Korea"] == "korea-utara"


def test_seed_spellings_group_across_the_two_articles(seeds):
    names = [m.text for text in seeds for m in find_mentions(text) if m.kind in ("person", "org")]
    groups = group_aliases(names)
    assert groups["Dennis Pushlin"] == groups["Denis Pushilin"] == groups["Pushlin"] == groups["Pushilin"]
    assert groups["KCN"] == groups["KCNA"] == "kantor-berita-pusat-korea"
    assert groups["Matsegora"] == groups["Alexander Matsegora"]
    assert groups["Ned Price"] != groups["Denis Pushilin"]


def test_offsets_point_into_the_text(seeds):
    for text in seeds:
        for m in find_mentions(text):
            assert text[m.start : m.end] == m.text


# -- real Indonesian sentences --------------------------------------------------------------------------

ID_CASES = [
    pytest.param(
        "Sekretaris Kabinet Teddy Indra Wijaya dan Menteri Luar Negeri Sugiono turut "
        "mendampingi Prabowo dalam pertemuan dengan Vladimir Putin.",
        [
            ("Teddy Indra Wijaya", "person"),
            ("Sugiono", "person"),
            ("Prabowo", "person"),
            ("Vladimir Putin", "person"),
        ],
        id="indonews:2653",
    ),
    pytest.param(
        "Kapolda DIY Inspektur Jenderal Anggoro Sukartono saat ditemui di kompleks Kepatihan, "
        "Yogyakarta, Rabu (18/6/2025) mengatakan, tiga dari tujuh tersangka yang sudah "
        "dilakukan penahanan antara lain berinisial BB, TR, dan FT.",
        [
            ("DIY", "place"),
            ("Anggoro Sukartono", "person"),
            ("Kepatihan", "place"),
            ("Yogyakarta", "place"),
            ("BB", "person"),
            ("TR", "person"),
            ("FT", "person"),
        ],
        id="indonews:1177",
    ),
    pytest.param(
        "Hal itu disampaikan Duta Besar Iran untuk PBB, Ali Bahreini, yang juga menyebut AS "
        'sebagai "kaki tangan dalam apa yang dilakukan Israel."',
        [("Iran", "place"), ("PBB", "org"), ("Ali Bahreini", "person"), ("AS", "place"), ("Israel", "place")],
        id="indonews:205",
    ),
    pytest.param(
        '"Penyidik mendalami proses penganggaran barang dan jasa di lingkungan Dinas Pekerjaan '
        'Umum dan Perumahan Kabupaten OKU," kata Jubir KPK Budi Prasetyo kepada wartawan, Jumat '
        "(20/6/2025).",
        [
            ("Dinas Pekerjaan Umum dan Perumahan Kabupaten OKU", "org"),
            ("KPK", "org"),
            ("Budi Prasetyo", "person"),
        ],
        id="indonews:2557",
    ),
    pytest.param(
        "Berdasarkan prakiraan dari Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) pada "
        "Kamis, 19 Juni 2025 beberapa wilayah di Bali diperkirakan akan mengalami hujan ringan.",
        [("Badan Meteorologi, Klimatologi, dan Geofisika", "org"), ("BMKG", "org"), ("Bali", "place")],
        id="indonews:2064",
    ),
    pytest.param(
        '"Ya benar (sedang mengusut dugaan korupsi penentuan kuota haji)," kata Plt Deputi '
        "Penindakan dan Eksekusi KPK Asep Guntur Rahayu kepada wartawan, Kamis (19/6).",
        [("KPK", "org"), ("Asep Guntur Rahayu", "person")],
        id="indonews:2463",
    ),
    pytest.param(
        "Proses evakuasi menggunakan empat bus dari Teheran menuju Baku, Azerbaijan.",
        [("Teheran", "place"), ("Baku", "place"), ("Azerbaijan", "place")],
        id="indonews:3538",
    ),
    pytest.param(
        "Netanyahu memerintahkan militer Israel untuk mengintensifkan serangan terhadap target "
        "strategis di Iran dan target pemerintah di ibu kota negara itu, Teheran, kata Menteri "
        "Pertahanan Israel, Israel Katz, dalam sebuah posting media sosial.",
        [
            ("Netanyahu", "person"),
            ("Israel", "place"),
            ("Iran", "place"),
            ("Teheran", "place"),
            ("Israel", "place"),
            ("Israel Katz", "person"),
        ],
        id="indonews:3293",
    ),
    pytest.param(
        "Sosiolog Universitas Gadjah Mada AB Widyanta menyoroti dampak sosial dan ekonomi dari "
        "kebijakan kenaikan cukai rokok dalam beberapa tahun terakhir.",
        [("Universitas Gadjah Mada", "org"), ("AB Widyanta", "person")],
        id="indonews:1078",
    ),
    pytest.param(
        "PT TBS Energi Utama Tbk (TOBA) mencatat penurunan pendapatan di kuartal I 2025 sebesar "
        "21% menjadi US$ 392,8 juta atau sekitar Rp 6,44 triliun.",
        [("PT TBS Energi Utama Tbk", "org"), ("TOBA", "org")],
        id="indonews:3349",
    ),
    pytest.param(
        "JAKARTA, KOMPAS.com –Wali Kota Jakarta Barat Uus Kuswanto mengungkapkan, program "
        "pengadaan satu alat pemadam api ringan (APAR) untuk satu RT di wilayahnya sudah "
        "dimulai.",
        [("JAKARTA", "place"), ("KOMPAS.com", "org"), ("Jakarta Barat", "place"), ("Uus Kuswanto", "person")],
        id="indonews:2143",
    ),
    pytest.param(
        "Anggota Komisi VI DPR RI Firnando Ganinduto menegaskan bahwa kewenangan Danantara "
        "merupakan bentuk komitmen pemerintah dalam menciptakan tata kelola perusahaan.",
        [("Komisi VI DPR RI", "org"), ("Firnando Ganinduto", "person"), ("Danantara", "org")],
        id="indonews:79",
    ),
    pytest.param(
        "Menteri Keuangan Sri Mulyani Indrawati menyatakan belanja negara berperan penting "
        "dalam membantu masyarakat miskin naik kelas.",
        [("Sri Mulyani Indrawati", "person")],
        id="indonews:2793",
    ),
    pytest.param(
        "Isu manufaktur ponsel mencuat setelah Trump mengancam akan mengenakan tarif pada "
        "perangkat yang diimpor ke AS.",
        [("Trump", "person"), ("AS", "place")],
        id="indonews:262",
    ),
    pytest.param(
        "Dia menyebut bantuan ini sebagai bentuk solidaritas persaudaraan dari rakyat Korea "
        "Utara dan Kim Jong Un kepada Rusia.",
        [("Korea Utara", "place"), ("Kim Jong Un", "person"), ("Rusia", "place")],
        id="indonews:1466",
    ),
    pytest.param(
        "Liputan6.com, Jakarta -Kementerian Ketenagakerjaan (Kemnaker) menyatakan kesiapannya "
        "berkolaborasi dengan Kementerian Sosial (Kemensos) untuk menyukseskan program Sekolah "
        "Rakyat yang merupakan gagasan Presiden Prabowo Subianto.",
        [
            ("Liputan6.com", "org"),
            ("Jakarta", "place"),
            ("Kementerian Ketenagakerjaan", "org"),
            ("Kemnaker", "org"),
            ("Kementerian Sosial", "org"),
            ("Kemensos", "org"),
            ("Sekolah Rakyat", "org"),
            ("Prabowo Subianto", "person"),
        ],
        id="indonews:3250",
    ),
    pytest.param(
        "Kesepakatan tersebut telah diumumkan oleh Presiden Republik Indonesia Prabowo Subianto "
        "dan Presiden Federasi Rusia Vladimir Putin seusai pertemuan bilateral yang "
        "dilaksanakan di Istana Konstantinovsky, St. Petersburg.",
        [
            ("Republik Indonesia", "place"),
            ("Prabowo Subianto", "person"),
            ("Federasi Rusia", "place"),
            ("Vladimir Putin", "person"),
            ("Istana Konstantinovsky", "place"),
            ("St. Petersburg", "place"),
        ],
        id="indonews:2821",
    ),
    pytest.param(
        "Kapolres Tangerang Selatan AKBP Victor Inkiriwang meresmikan Polsubsektor Graha Bunga, "
        "Pondok Aren, Kota Tangerang Selatan (Tangsel).",
        [
            ("Tangerang Selatan", "place"),
            ("Victor Inkiriwang", "person"),
            ("Polsubsektor Graha Bunga", "org"),
            ("Pondok Aren", "place"),
            ("Kota Tangerang Selatan", "place"),
            ("Tangsel", "place"),
        ],
        id="indonews:1646",
    ),
    pytest.param(
        "Operasional Bandara Kertajati malah disebut Gubernur Jawa Barat Dedi Mulyadi bikin "
        "rugi pemprov Rp 60 Miliar setahun.",
        [("Bandara Kertajati", "place"), ("Jawa Barat", "place"), ("Dedi Mulyadi", "person")],
        id="indonews:3442",
    ),
    pytest.param(
        "Sedangkan dari pihak Indonesia yaitu Sekretaris Kabinet Teddy Indra Wijaya, Duta Besar "
        "RI untuk Federasi Rusia Jose Tavares, dan Atase Pertahanan KBRI Moskow Marsekal "
        "Pertama Jatmiko Adi.",
        [
            ("Indonesia", "place"),
            ("Teddy Indra Wijaya", "person"),
            ("RI", "place"),
            ("Federasi Rusia", "place"),
            ("Jose Tavares", "person"),
            ("KBRI Moskow", "org"),
            ("Jatmiko Adi", "person"),
        ],
        id="indonews:2942",
    ),
    pytest.param(
        "Asisten Pelatih Timnas Voli Indonesia Erwin Rusni mengatakan kekalahan ini tak lepas "
        "dari kurang fokusnya para atlet saat di lapangan.",
        [("Timnas Voli Indonesia", "org"), ("Erwin Rusni", "person")],
        id="indonews:3482",
    ),
    pytest.param(
        "Liputan6.com, Jakarta -Kementerian Luar Negeri Republik Indonesia (Kemlu RI), KBRI "
        "Teheran, KBRI Amman, dan Perwakilan RI yang ada di Timur Tengah terus memantau dari "
        "dekat situasi perang Iran-Israel.",
        [
            ("Liputan6.com", "org"),
            ("Jakarta", "place"),
            ("Kementerian Luar Negeri Republik Indonesia", "org"),
            ("Kemlu RI", "org"),
            ("KBRI Teheran", "org"),
            ("KBRI Amman", "org"),
            ("RI", "place"),
            ("Timur Tengah", "place"),
            ("Iran", "place"),
            ("Israel", "place"),
        ],
        id="indonews:1410",
    ),
    pytest.param(
        "Dinas Pariwisata Nusa Tenggara Barat (NTB) menyesalkan tindakan Bupati Lombok Timur "
        "Haerul Warisin yang mengusir kapal turis asing di Teluk Ekas.",
        [
            ("Dinas Pariwisata Nusa Tenggara Barat", "org"),
            ("NTB", "place"),
            ("Lombok Timur", "place"),
            ("Haerul Warisin", "person"),
            ("Teluk Ekas", "place"),
        ],
        id="indonews:3080",
    ),
    pytest.param(
        "Pelatih Timnas Indonesia U-23, Gerald Vanenburg, telah memanggil 30 pemain untuk "
        "mengikuti pemusatan latihan (TC) di Jakarta pada 20 Juni – 14 Juli 2025.",
        [("Timnas Indonesia U-23", "org"), ("Gerald Vanenburg", "person"), ("Jakarta", "place")],
        id="indonews:1152",
    ),
    pytest.param(
        "Suami berinisial JN (37) tega membunuh istrinya, RK (25), di Pondok Ranji, Ciputat "
        "Timur, Tangerang Selatan.",
        [
            ("JN", "person"),
            ("RK", "person"),
            ("Pondok Ranji", "place"),
            ("Ciputat Timur", "place"),
            ("Tangerang Selatan", "place"),
        ],
        id="indonews:617",
    ),
    pytest.param(
        "Pengacara Gregorius Ronald Tannur, Lisa Rachmat, divonis hukuman penjara. Hakim "
        "menyatakan Lisa bersalah memberikan suap ke tiga majelis hakim Pengadilan Negeri (PN) "
        "Surabaya terkait vonis bebas Ronald dalam kasus kematian Dini Sera.",
        [
            ("Gregorius Ronald Tannur", "person"),
            ("Lisa Rachmat", "person"),
            ("Lisa", "person"),
            ("Pengadilan Negeri", "org"),
            ("PN", "org"),
            ("Surabaya", "place"),
            ("Ronald", "person"),
            ("Dini Sera", "person"),
        ],
        id="indonews:550",
    ),
    pytest.param(
        "Ketua Umum PSSI, Erick Thohir, menyampaikan rasa bangganya atas pencapaian ini.",
        [("PSSI", "org"), ("Erick Thohir", "person")],
        id="indonews:238",
    ),
    pytest.param(
        "Sementara itu, Bupati Banyuwangi Ipuk Fiestiandani meminta masyarakat Banyuwangi untuk "
        "tidak panik dan tetap tenang.",
        [("Banyuwangi", "place"), ("Ipuk Fiestiandani", "person"), ("Banyuwangi", "place")],
        id="indonews:859",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ID_CASES)
def test_indonesian_news_sentences(text, expected):
    assert found(text) == expected


def test_keys_in_indonesian_sentences():
    k = keyed(
        "Kesepakatan tersebut diumumkan Presiden Republik Indonesia Prabowo Subianto dan Presiden Federasi "
        "Rusia Vladimir Putin. Sebelumnya Prabowo bertemu Menteri Luar Negeri Sugiono."
    )
    assert k["Republik Indonesia"] == "indonesia"
    assert k["Federasi Rusia"] == "rusia"
    assert k["Prabowo"] == k["Prabowo Subianto"] == "prabowo-subianto"
    k = keyed("Kementerian Luar Negeri Korea Utara mengecam, sementara Kemlu RI dan Pemprov Jabar diam.")
    assert k["Kementerian Luar Negeri Korea Utara"] == "kementerian-luar-negeri-korea-utara"
    assert k["Kemlu RI"] == "kementerian-luar-negeri"
    assert k["Pemprov Jabar"] == alias_key("Pemerintah Provinsi Jawa Barat") or k["Pemprov Jabar"] == (
        "pemerintah-provinsi-jawa-barat"
    )
    assert keyed("Pemerintah Provinsi Jawa Barat menyiapkan anggaran.")["Pemerintah Provinsi Jawa Barat"] == (
        "pemerintah-provinsi-jawa-barat"
    )


def test_titles_alone_and_sentence_openers_are_not_entities():
    assert found("Presiden mengatakan bahwa Menteri tidak hadir. Dalam rapat itu, Pak Bupati diam.") == []
    assert found("Pada akhirnya hujan reda. Menurut laporan, Kepala BPBD Garut mengatakan banjir surut.") == [
        ("BPBD", "org"),
        ("Garut", "place"),
    ]
    assert found("Kepala Desa Sukamaju Budi Santoso mengatakan, Pak Harto dan Bu Risma hadir.") == [
        ("Sukamaju", "place"),
        ("Budi Santoso", "person"),
        ("Harto", "person"),
        ("Risma", "person"),
    ]
    assert found("Dr. Tirta dan H. Anwar Usman hadir bersama Prof. Dr. Ir. Bambang Hero.") == [
        ("Tirta", "person"),
        ("Anwar Usman", "person"),
        ("Bambang Hero", "person"),
    ]


def test_a_title_case_headline_is_not_a_list_of_names():
    text = "Baca juga: Hasil RUPS PLN: Direksi Dirombak, Jumlah Direktur Bertambah Jadi 11\nLaporan selesai."
    assert found(text) == [("PLN", "org")]


def test_the_names_of_orgs_places_and_events_come_from_their_cue_words():
    assert found(
        "Rektor Universitas Bakrie dan PT Blue Bird Tbk menggelar Piala Presiden di Stadion Kanjuruhan."
    ) == [
        ("Universitas Bakrie", "org"),
        ("PT Blue Bird Tbk", "org"),
        ("Piala Presiden", "misc"),
        ("Stadion Kanjuruhan", "place"),
    ]
    assert keyed("Warga Kabupaten Garut dan Kota Bandung mengungsi.") == {
        "Kabupaten Garut": "garut",
        "Kota Bandung": "bandung",
    }


# -- English ------------------------------------------------------------------------------------------

EN_CASES = [
    pytest.param(
        "SEOUL, South Korea (AP) — The head of Russia's proxy forces in Ukraine's eastern Donetsk region "
        "has sent a message to North Korean leader Kim Jong Un calling for cooperation.",
        [
            ("SEOUL", "place"),
            ("South Korea", "place"),
            ("AP", "org"),
            ("Russia", "place"),
            ("Ukraine", "place"),
            ("Donetsk", "place"),
            ("North Korean", "misc"),
            ("Kim Jong Un", "person"),
        ],
        id="ap-lead",
    ),
    pytest.param(
        'In his message sent Monday, Denis Pushilin expressed hope for "mutually beneficial bilateral '
        'cooperation," the Korean Central News Agency said Wednesday.',
        [("Denis Pushilin", "person"), ("Korean Central News Agency", "org")],
        id="kcna",
    ),
    pytest.param(
        "State Department spokesperson Ned Price criticized the Russian suggestion, after Russia's "
        "ambassador to North Korea, Alexander Matsegora, told the Izvestia newspaper that workers "
        "could help.",
        [
            ("State Department", "org"),
            ("Ned Price", "person"),
            ("Russian", "misc"),
            ("Russia", "place"),
            ("North Korea", "place"),
            ("Alexander Matsegora", "person"),
            ("Izvestia", "org"),
        ],
        id="price",
    ),
    pytest.param(
        "However, President Joe Biden said on Tuesday that the United States would keep sanctions in "
        "place, the White House said.",
        [("Joe Biden", "person"), ("United States", "place"), ("White House", "org")],
        id="however",
    ),
    pytest.param(
        "The UN Security Council voted on a resolution drafted by the U.S. and France, according to Reuters.",
        [("UN Security Council", "org"), ("U.S.", "place"), ("France", "place"), ("Reuters", "org")],
        id="unsc",
    ),
    pytest.param(
        "Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Friday.",
        [("Sergei Lavrov", "person"), ("Chinese", "misc"), ("Wang Yi", "person"), ("Beijing", "place")],
        id="lavrov",
    ),
    pytest.param(
        "Microsoft Corp and Apple Inc both rose after the Federal Reserve kept rates unchanged, said analyst "
        "John Smith of Goldman Sachs.",
        [
            ("Microsoft Corp", "org"),
            ("Apple Inc", "org"),
            ("Federal Reserve", "org"),
            ("John Smith", "person"),
            ("Goldman Sachs", "org"),
        ],
        id="markets",
    ),
    pytest.param(
        "Officials in Jakarta said heavy rain flooded parts of West Java on Sunday.",
        [("Jakarta", "place"), ("West Java", "place")],
        id="officials",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_english_news_sentences(text, expected):
    assert found(text, "en") == expected


def test_english_and_indonesian_share_keys():
    en = keyed("North Korea and the United States met at the UN in New York.", "en")
    id_ = keyed("Korea Utara dan Amerika Serikat bertemu di PBB, New York.")
    assert en["North Korea"] == id_["Korea Utara"]
    assert en["United States"] == id_["Amerika Serikat"]
    assert en["UN"] == id_["PBB"]


# -- aliases across articles ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Denis Pushilin", "Dennis Pushlin", True),
        ("Pushilin", "Denis Pushilin", True),
        ("Kim Jong Un", "Kim Jong-un", True),
        ("Vladimir Putin", "Vladimir Vladimirovich Putin", True),
        ("Volodymyr Zelensky", "Zelenskyy", True),
        ("Presiden Joko Widodo", "Jokowi", True),
        ("KCN", "KCNA", True),
        ("Kim Jong Un", "Kim Yo Jong", False),
        ("Kim Jong Un", "Kim Jong Il", False),
        ("Joko Widodo", "Joko Anwar", False),
        ("Budi Santoso", "Rudi Santoso", False),
        ("Dedi Mulyadi", "Dodi Mulyadi", False),
        ("KPK", "KPU", False),
        ("CNC", "CNBC", False),
        ("PT Jakarta", "PT LRT Jakarta", False),
        ("Korea Utara", "Korea Selatan", False),
    ],
)
def test_same_entity(a, b, same):
    assert same_entity(a, b) is same
    assert same_entity(b, a) is same


def test_group_aliases_leaves_an_ambiguous_surname_alone():
    groups = group_aliases(["Kim Jong Un", "Kim Yo Jong", "Kim", "Kim Jong-un", "Joko Widodo", "Jokowi"])
    assert groups["Kim Jong Un"] == groups["Kim Jong-un"] == "kim-jong-un"
    assert groups["Kim Yo Jong"] == "kim-yo-jong"
    assert groups["Kim"] == "kim"
    assert groups["Jokowi"] == groups["Joko Widodo"] == "joko-widodo"


def test_group_aliases_prefers_the_full_and_frequent_spelling():
    groups = group_aliases(["Dennis Pushlin", "Denis Pushilin", "Denis Pushilin", "Pushlin"])
    assert set(groups.values()) == {"denis-pushilin"}


# -- the corpus -----------------------------------------------------------------------------------------


def test_the_first_indonews_articles_give_sane_mentions():
    path = need(INDONEWS)
    with path.open(encoding="utf-8") as f:
        articles = [json.loads(next(f)) for _ in range(400)]
    kinds: dict[str, int] = {}
    for a in articles:
        text = a["text"] or ""
        for m in find_mentions(text, a.get("lang") or "id"):
            assert text[m.start : m.end] == m.text
            assert m.key and m.kind in ("person", "org", "place", "misc")
            kinds[m.kind] = kinds.get(m.kind, 0) + 1
    assert min(kinds.values()) > 100  # every kind is found, in quantity
    assert find_mentions("") == [] and find_mentions("   \n") == []
