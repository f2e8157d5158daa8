"""Known places, organisations and people, with their Indonesian and English names and aliases grouped.

One line is one entity (a line starting with "|" continues the one before): its names separated by
"|", the first one (Indonesian where there is one) giving
the entity's key ("Korea Utara" → "korea-utara"), so that "Korut", "North Korea" and "DPRK" all key to
it and an Indonesian article and an English one about the same event share their entity keys. Names
written in capitals ("AS", "US", "PBB", "KCNA") match only in capitals; others match in any case but must
start with a capital in the text. Kept as text, apart from the finder in `gugus.analyze.entities`, so that
a missing name is a one-line change; `tests/test_entities.py` checks that no name belongs to two lines.
"""

from __future__ import annotations

COUNTRIES = """
Afganistan | Afghanistan
Afrika Selatan | South Africa | Afsel
Albania
Aljazair | Algeria
Amerika Serikat | AS | United States | United States of America | US | USA | U.S. | U.S.A. | Amerika
    | America | Paman Sam | Negeri Paman Sam
Andorra
Angola
Arab Saudi | Saudi Arabia | Saudi | Kerajaan Arab Saudi
Argentina
Armenia
Australia | Negeri Kanguru
Austria
Azerbaijan
Bahama | Bahamas
Bahrain
Bangladesh
Belanda | Netherlands | Holland | Negeri Belanda
Belarus | Belarusia
Belgia | Belgium
Benin
Bhutan
Bolivia
Bosnia dan Herzegovina | Bosnia and Herzegovina | Bosnia-Herzegovina | Bosnia
Botswana
Brasil | Brazil
Brunei Darussalam | Brunei
Bulgaria
Burkina Faso
Burundi
Ceko | Republik Ceko | Czech Republic | Czechia
Chili | Chile
China | Tiongkok | Cina | RRT | RRC | Republik Rakyat Tiongkok | Republik Rakyat China
    | People's Republic of China | PRC | Negeri Tirai Bambu
Denmark
Djibouti
Ekuador | Ecuador
El Salvador
Eritrea
Estonia
Etiopia | Ethiopia
Fiji
Filipina | Philippines
Finlandia | Finland
Gabon
Gambia
Georgia
Ghana
Guatemala
Guinea
Haiti
Honduras
Hongaria | Hungary
India
Indonesia | RI | Republik Indonesia | NKRI | Tanah Air | Negara Kesatuan Republik Indonesia
Inggris | Britania Raya | United Kingdom | UK | Britain | Great Britain | Inggris Raya | Kerajaan Inggris
Irak | Iraq
Iran | Republik Islam Iran | Islamic Republic of Iran | Negeri Para Mullah
Irlandia | Ireland
Islandia | Iceland
Israel | Negara Israel | State of Israel | Negeri Zionis
Italia | Italy
Jamaika | Jamaica
Jepang | Japan | Negeri Sakura
Jerman | Germany
Kamboja | Cambodia
Kamerun | Cameroon
Kanada | Canada
Kazakhstan
Kenya
Kirgizstan | Kyrgyzstan
Kolombia | Colombia
Kongo | Congo | Republik Kongo | Republic of the Congo
Republik Demokratik Kongo | Democratic Republic of the Congo | DR Congo | DRC | RD Kongo
Korea Selatan | Korsel | South Korea | Republic of Korea | ROK | Republik Korea
Korea Utara | Korut | North Korea | DPRK | Republik Rakyat Demokratik Korea
    | Democratic People's Republic of Korea | RRDK
Korea | Semenanjung Korea | Korean Peninsula
Kosovo
Kosta Rika | Costa Rica
Kroasia | Croatia
Kuba | Cuba
Kuwait
Laos
Latvia
Lebanon | Libanon
Liberia
Libya | Libia
Lituania | Lithuania
Luksemburg | Luxembourg
Madagaskar | Madagascar
Makedonia Utara | North Macedonia
Maladewa | Maldives
Malawi
Malaysia | Negeri Jiran
Mali
Malta
Maroko | Morocco
Mauritania
Meksiko | Mexico
Mesir | Egypt | Negeri Piramida
Moldova
Monako | Monaco
Mongolia
Montenegro
Mozambik | Mozambique
Myanmar | Burma
Namibia
Nepal
Niger
Nigeria
Nikaragua | Nicaragua
Norwegia | Norway
Oman
Pakistan
Palestina | Palestine | Negara Palestina | State of Palestine
Panama
Pantai Gading | Ivory Coast | Cote d'Ivoire
Papua Nugini | Papua New Guinea | PNG
Paraguay
Peru
Polandia | Poland
Portugal
Prancis | Perancis | France
Qatar
Rumania | Romania
Rusia | Russia | Federasi Rusia | Russian Federation | Negeri Beruang Merah
Rwanda
Samoa
Selandia Baru | New Zealand
Senegal
Serbia
Siprus | Cyprus
Singapura | Singapore | Negeri Singa
Slovakia
Slovenia
Somalia
Spanyol | Spain | Negeri Matador
Sri Lanka
Sudan
Sudan Selatan | South Sudan
Suriah | Syria | Syiria
Suriname
Swedia | Sweden
Swiss | Switzerland | Swis
Taiwan
Tajikistan
Tanzania
Thailand | Muangthai | Negeri Gajah Putih
Timor Leste | Timor-Leste | East Timor
Togo
Tonga
Tunisia
Turki | Turkey | Turkiye | Türkiye
Turkmenistan
Uganda
Ukraina | Ukraine
Uni Emirat Arab | UEA | United Arab Emirates | UAE | Emirat Arab
Uruguay
Uzbekistan
Vanuatu
Vatikan | Vatican | Vatican City | Takhta Suci | Holy See
Venezuela
Vietnam | Viet Nam
Yaman | Yemen
Yordania | Jordan
Yunani | Greece
Zambia
Zimbabwe
Hong Kong
Makau | Macau | Macao
Greenland
Puerto Riko | Puerto Rico
Skotlandia | Scotland
Wales
Irlandia Utara | Northern Ireland
"""

REGIONS = """
Asia
Eropa | Europe | Benua Biru
Afrika | Africa
Amerika Latin | Latin America
Amerika Selatan | South America
Amerika Utara | North America
Amerika Tengah | Central America
Timur Tengah | Middle East | Timteng
Asia Tenggara | Southeast Asia | South East Asia
Asia Timur | East Asia
Asia Timur Laut | Northeast Asia
Asia Selatan | South Asia
Asia Tengah | Central Asia
Asia Pasifik | Asia-Pasifik | Asia Pacific | Asia-Pacific
Indo-Pasifik | Indo-Pacific
Eropa Timur | Eastern Europe
Eropa Barat | Western Europe
Oseania | Oceania
Skandinavia | Scandinavia
Balkan | Balkans
Kaukasus | Caucasus
Semenanjung Arab | Arabian Peninsula
Barat | Negara Barat | Negara-negara Barat
Krimea | Crimea | Semenanjung Krimea
Donetsk | Republik Rakyat Donetsk | Donetsk People's Republic | DNR
Luhansk | Lugansk | Republik Rakyat Luhansk | Luhansk People's Republic | LNR
Donbas | Donbass
Kherson
Zaporizhzhia | Zaporizhia | Zaporozhye
Kharkiv | Kharkov
Odesa | Odessa
Kursk
Belgorod
Mariupol
Bakhmut
Gaza | Jalur Gaza | Gaza Strip
Tepi Barat | West Bank
Yerusalem | Jerusalem | Al-Quds | Al Quds
Yerusalem Timur | East Jerusalem
Dataran Tinggi Golan | Golan Heights | Golan
Rafah
Khan Younis | Khan Yunis
Tibet
Xinjiang
Kashmir
Kurdistan
Darfur
Sinai
Laut China Selatan | Laut Cina Selatan | South China Sea | LCS
Laut Natuna Utara
Selat Hormuz | Strait of Hormuz
Selat Malaka | Strait of Malacca | Straits of Malacca
Selat Taiwan | Taiwan Strait
Terusan Suez | Suez Canal
Laut Merah | Red Sea
Laut Hitam | Black Sea
Laut Mediterania | Mediterranean | Laut Tengah | Mediterranean Sea
Laut Kaspia | Caspian Sea
Teluk Persia | Persian Gulf
Samudra Pasifik | Samudera Pasifik | Pacific Ocean | Pasifik | Pacific
Samudra Hindia | Samudera Hindia | Indian Ocean
Samudra Atlantik | Samudera Atlantik | Atlantic Ocean | Atlantik | Atlantic
Arktik | Arctic
Antartika | Antarctica
"""

WORLD_CITIES = """
Washington | Washington DC | Washington D.C. | Washington, D.C.
New York | New York City | NYC
Los Angeles
San Francisco
Chicago
Miami
Houston
Boston
Las Vegas
Seattle
Philadelphia
Atlanta
Dallas
Denver
California | Kalifornia
Texas
Florida
Ottawa
Toronto
Vancouver
Montreal
Meksiko City | Mexico City
Sao Paulo | São Paulo
Rio de Janeiro
Buenos Aires
Santiago
Lima
Bogota | Bogotá
Caracas
Havana
London | Londres
Paris
Berlin
Roma | Rome
Milan | Milano
Madrid
Barcelona
Lisbon | Lisabon | Lisboa
Amsterdam
Den Haag | The Hague
Brussel | Brussels | Bruxelles
Jenewa | Geneva
Wina | Vienna
Zurich | Zürich
Davos
Munich | Munchen | München
Frankfurt
Hamburg
Strasbourg
Manchester
Liverpool
Moskow | Moskwa | Moscow
St Petersburg | St. Petersburg | Saint Petersburg | Sankt Peterburg
Kyiv | Kiev
Minsk
Warsawa | Warsaw
Praha | Prague
Budapest
Athena | Athens
Istanbul
Ankara
Baku
Teheran | Tehran
Isfahan
Tabriz
Natanz
Fordow
Baghdad | Bagdad
Damaskus | Damascus
Beirut
Amman
Riyadh
Jeddah | Jedah | Jiddah
Mekkah | Makkah | Mekah | Mecca | Makkah Al-Mukarramah
Madinah | Medina | Madinah Al-Munawwarah
Arafah | Arafat
Mina
Muzdalifah
Doha
Dubai
Abu Dhabi
Kairo | Cairo
Tel Aviv | Tel Aviv-Yafo
Haifa
Tokyo
Osaka
Kyoto
Hiroshima
Beijing | Peking
Shanghai
Shenzhen
Guangzhou
Wuhan
Seoul
Busan
Pyongyang
Taipei
Manila
Bangkok
Hanoi
Ho Chi Minh City | Ho Chi Minh | Saigon
Phnom Penh
Vientiane
Kuala Lumpur
Putrajaya
Johor Bahru
Johor
Penang | Pulau Pinang
Sabah
Sarawak
Naypyidaw | Nay Pyi Taw
Yangon
Dhaka
New Delhi
Delhi
Mumbai
Kolkata
Bengaluru | Bangalore
Ahmedabad
Islamabad
Karachi
Lahore
Kabul
Kathmandu
Colombo
Sydney
Melbourne
Canberra
Perth
Brisbane
Darwin
Auckland
Wellington
Nairobi
Lagos
Johannesburg
Cape Town
Addis Ababa
Khartoum
Tripoli
Tunis
Rabat
Casablanca
Dili
Port Moresby
"""

INDONESIA = """
Aceh | Nanggroe Aceh Darussalam | NAD
Sumatera Utara | Sumut | North Sumatra
Sumatera Barat | Sumbar | West Sumatra
Riau
Kepulauan Riau | Kepri | Riau Islands
Jambi
Sumatera Selatan | Sumsel | South Sumatra
Bangka Belitung | Babel | Kepulauan Bangka Belitung
Bengkulu
Lampung
Jakarta | DKI Jakarta | DKI | Daerah Khusus Jakarta | DKJ | Daerah Khusus Ibukota Jakarta | Ibu Kota Jakarta
Jawa Barat | Jabar | West Java
Banten
Jawa Tengah | Jateng | Central Java
Yogyakarta | DI Yogyakarta | DIY | Daerah Istimewa Yogyakarta | Jogja | Yogya | Jogjakarta | Jogya
Jawa Timur | Jatim | East Java
Bali | Pulau Dewata
Nusa Tenggara Barat | NTB | West Nusa Tenggara
Nusa Tenggara Timur | NTT | East Nusa Tenggara
Kalimantan Barat | Kalbar | West Kalimantan
Kalimantan Tengah | Kalteng | Central Kalimantan
Kalimantan Selatan | Kalsel | South Kalimantan
Kalimantan Timur | Kaltim | East Kalimantan
Kalimantan Utara | Kaltara | North Kalimantan
Sulawesi Utara | Sulut | North Sulawesi
Gorontalo
Sulawesi Tengah | Sulteng | Central Sulawesi
Sulawesi Barat | Sulbar | West Sulawesi
Sulawesi Selatan | Sulsel | South Sulawesi
Sulawesi Tenggara | Sultra | Southeast Sulawesi
Maluku
Maluku Utara | Malut | North Maluku
Papua
Papua Barat | Pabar | West Papua
Papua Barat Daya | Southwest Papua
Papua Tengah | Central Papua
Papua Pegunungan | Highland Papua
Papua Selatan | South Papua
Jawa | Java | Pulau Jawa
Sumatera | Sumatra | Pulau Sumatera
Kalimantan | Borneo
Sulawesi | Celebes
Nusantara | Ibu Kota Nusantara | IKN | Ibu Kota Negara Nusantara
Jabodetabek
Lombok
Flores
Sumbawa
Timor
Bangka
Belitung
Madura
Nias
Bintan
Natuna
Raja Ampat
Labuan Bajo
Komodo | Pulau Komodo
Mentawai
Kepulauan Seribu
Halmahera
Morotai
Anambas | Kepulauan Anambas
Karimunjawa
Wakatobi
Alor
Jakarta Pusat | Jakpus | Central Jakarta
Jakarta Utara | Jakut | North Jakarta
Jakarta Barat | Jakbar | West Jakarta
Jakarta Selatan | Jaksel | South Jakarta
Jakarta Timur | Jaktim | East Jakarta
Bogor
Depok
Tangerang
Tangerang Selatan | Tangsel
Bekasi
Bandung
Bandung Barat | KBB
Cimahi
Sukabumi
Cianjur
Garut
Tasikmalaya
Ciamis
Pangandaran
Kuningan
Cirebon
Indramayu
Majalengka
Sumedang
Subang
Purwakarta
Karawang
Serang
Cilegon
Pandeglang
Lebak
Semarang
Surakarta | Solo
Magelang
Salatiga
Pekalongan
Tegal
Brebes
Banyumas
Purwokerto
Cilacap
Kebumen
Purworejo
Wonosobo
Temanggung
Kendal
Demak
Kudus
Jepara
Pati
Rembang
Blora
Grobogan
Boyolali
Klaten
Sukoharjo
Wonogiri
Karanganyar
Sragen
Sleman
Bantul
Gunungkidul | Gunung Kidul
Kulon Progo | Kulonprogo
Surabaya
Sidoarjo
Gresik
Malang
Pasuruan
Probolinggo
Lumajang
Jember
Banyuwangi
Bondowoso
Situbondo
Kediri
Blitar
Tulungagung
Trenggalek
Madiun
Ngawi
Ponorogo
Pacitan
Magetan
Nganjuk
Jombang
Mojokerto
Lamongan
Tuban
Bojonegoro
Bangkalan
Sampang
Pamekasan
Sumenep
Denpasar
Badung
Gianyar
Tabanan
Buleleng
Karangasem
Klungkung
Jembrana
Mataram
Bima
Kupang
Ende
Maumere
Sikka
Flores Timur
Medan
Binjai
Deli Serdang
Pematangsiantar | Pematang Siantar
Sibolga
Padangsidimpuan
Samosir
Danau Toba | Lake Toba
Padang
Bukittinggi
Payakumbuh
Pariaman
Pekanbaru
Dumai
Kampar
Batam
Tanjungpinang | Tanjung Pinang
Palembang
Lubuklinggau
Prabumulih
Pangkal Pinang | Pangkalpinang
Bandar Lampung
Banda Aceh
Lhokseumawe
Langsa
Sabang
Pontianak
Singkawang
Palangka Raya | Palangkaraya
Banjarmasin
Banjarbaru
Samarinda
Balikpapan
Bontang
Tarakan
Penajam Paser Utara | PPU
Manado
Bitung
Tomohon
Palu
Poso
Morowali
Makassar
Parepare
Palopo
Gowa
Maros
Mamuju
Kendari
Baubau
Ambon
Ternate
Tidore
Sofifi
Jayapura
Merauke
Timika
Mimika
Nabire
Wamena
Manokwari
Sorong
Fakfak
Biak
Intan Jaya
Yahukimo
Menteng
Senayan
Tanah Abang
Kemayoran
Manggarai
Tanjung Priok
Kelapa Gading
Cengkareng
Kebayoran Baru
Pasar Minggu
Pondok Aren
Pondok Indah
Pondok Gede
Pondok Labu
Pondok Kelapa
Pondok Ranji
Monas | Monumen Nasional
Bundaran HI | Bundaran Hotel Indonesia
Gelora Bung Karno | GBK | Stadion Gelora Bung Karno | Stadion Utama Gelora Bung Karno | SUGBK
Jakarta International Stadium | JIS
Bandara Soekarno-Hatta | Soekarno-Hatta | Soetta | Bandara Internasional Soekarno-Hatta
Bandara Halim Perdanakusuma | Halim Perdanakusuma
Bandara Ngurah Rai | Bandara I Gusti Ngurah Rai | Ngurah Rai
Bandara Kualanamu | Kualanamu
Bandara Juanda | Juanda
Istana Negara
Istana Merdeka
Istana Kepresidenan | Istana Presiden
Istana Bogor
Masjid Istiqlal | Istiqlal
Masjidil Haram | Masjid al-Haram | Grand Mosque
Masjid Nabawi | Nabawi
Ka'bah | Kabah | Kaaba
Borobudur | Candi Borobudur
Prambanan | Candi Prambanan
Gunung Semeru | Semeru
Gunung Merapi | Merapi
Gunung Lewotobi | Gunung Lewotobi Laki-laki | Lewotobi Laki-laki | Lewotobi
Gunung Raung
Gunung Bromo | Bromo
Gunung Rinjani | Rinjani
"""

ORGS = """
Dewan Perwakilan Rakyat | DPR | DPR RI | Dewan Perwakilan Rakyat Republik Indonesia
    | Indonesian House of Representatives
Majelis Permusyawaratan Rakyat | MPR | MPR RI
Dewan Perwakilan Daerah | DPD | DPD RI
Dewan Perwakilan Rakyat Daerah | DPRD
Mahkamah Konstitusi | MK | Constitutional Court
Mahkamah Agung | MA | Supreme Court
Komisi Yudisial | KY
Komisi Pemberantasan Korupsi | KPK | Corruption Eradication Commission
Komisi Pemilihan Umum | KPU | General Elections Commission
Badan Pengawas Pemilihan Umum | Bawaslu
Dewan Kehormatan Penyelenggara Pemilu | DKPP
Badan Pemeriksa Keuangan | BPK | Audit Board of Indonesia
Badan Pengawasan Keuangan dan Pembangunan | BPKP
Kepolisian Negara Republik Indonesia | Polri | Kepolisian RI | Kepolisian Republik Indonesia
    | Indonesian National Police
Tentara Nasional Indonesia | TNI | Indonesian Armed Forces | Indonesian Military
TNI Angkatan Darat | TNI AD | Angkatan Darat
TNI Angkatan Laut | TNI AL | Angkatan Laut
TNI Angkatan Udara | TNI AU | Angkatan Udara
Badan Reserse Kriminal | Bareskrim | Bareskrim Polri | Badan Reserse Kriminal Polri
Korps Lalu Lintas | Korlantas | Korlantas Polri
Detasemen Khusus 88 | Densus 88 | Densus 88 Antiteror
Polda Metro Jaya | PMJ
Kejaksaan Agung | Kejagung | Attorney General's Office | Kejaksaan Agung RI
Badan Nasional Penanggulangan Bencana | BNPB | National Disaster Mitigation Agency
Badan Penanggulangan Bencana Daerah | BPBD
Badan Meteorologi, Klimatologi, dan Geofisika | BMKG | Badan Meteorologi Klimatologi dan Geofisika
    | Badan Meteorologi, Klimatologi dan Geofisika | Meteorology, Climatology and Geophysics Agency
Pusat Vulkanologi dan Mitigasi Bencana Geologi | PVMBG
Badan Geologi
Komite Nasional Keselamatan Transportasi | KNKT
Badan Pusat Statistik | BPS | Statistics Indonesia
Badan Intelijen Negara | BIN
Badan Narkotika Nasional | BNN
Badan Nasional Penanggulangan Terorisme | BNPT
Badan Siber dan Sandi Negara | BSSN
Badan Nasional Pencarian dan Pertolongan | Basarnas | Badan SAR Nasional
    | Badan Pencarian dan Pertolongan Nasional
Badan Pengawas Obat dan Makanan | BPOM | Badan POM
Badan Riset dan Inovasi Nasional | BRIN
Badan Gizi Nasional | BGN
Badan Perencanaan Pembangunan Nasional | Bappenas
Badan Koordinasi Penanaman Modal | BKPM
Badan Penyelenggara Jaminan Sosial | BPJS
BPJS Kesehatan | Badan Penyelenggara Jaminan Sosial Kesehatan
BPJS Ketenagakerjaan | Badan Penyelenggara Jaminan Sosial Ketenagakerjaan | BPJamsostek
Badan Keamanan Laut | Bakamla
Badan Pelindungan Pekerja Migran Indonesia | BP2MI
Badan Kepegawaian Negara | BKN
Badan Kependudukan dan Keluarga Berencana Nasional | BKKBN
Badan Pengelola Investasi Daya Anagata Nusantara | Danantara | BPI Danantara | Danantara Indonesia
Badan Pertanahan Nasional | BPN
Badan Usaha Milik Negara | BUMN
Otoritas Jasa Keuangan | OJK | Financial Services Authority
Bank Indonesia | BI
Lembaga Penjamin Simpanan | LPS
Bursa Efek Indonesia | BEI | Indonesia Stock Exchange | IDX
Pusat Pelaporan dan Analisis Transaksi Keuangan | PPATK
Komisi Nasional Hak Asasi Manusia | Komnas HAM | National Commission on Human Rights
Komisi Perlindungan Anak Indonesia | KPAI
Komisi Nasional Anti Kekerasan terhadap Perempuan | Komnas Perempuan
Ombudsman Republik Indonesia | Ombudsman RI | Ombudsman
Lembaga Perlindungan Saksi dan Korban | LPSK
Majelis Ulama Indonesia | MUI | Indonesian Ulema Council
Nahdlatul Ulama | NU | PBNU | Pengurus Besar Nahdlatul Ulama
Muhammadiyah | PP Muhammadiyah | Pimpinan Pusat Muhammadiyah
Partai Demokrasi Indonesia Perjuangan | PDI Perjuangan | PDI-P | PDIP | PDI-Perjuangan
Partai Golongan Karya | Golkar | Partai Golkar
Partai Gerakan Indonesia Raya | Gerindra | Partai Gerindra
Partai Kebangkitan Bangsa | PKB
Partai NasDem | NasDem | Nasdem | Partai Nasdem
Partai Keadilan Sejahtera | PKS
Partai Amanat Nasional | PAN
Partai Demokrat | Demokrat
Partai Solidaritas Indonesia | PSI
Partai Persatuan Pembangunan | PPP
Partai Perindo | Perindo
Partai Hanura | Hanura
Partai Buruh
Sekretariat Kabinet | Setkab
Kantor Staf Presiden | KSP
Kantor Komunikasi Kepresidenan | PCO | Presidential Communication Office
Kementerian Sekretariat Negara | Kemensetneg | Setneg | Kemensesneg | Sekretariat Negara
Kementerian Dalam Negeri | Kemendagri | Ministry of Home Affairs
Kementerian Luar Negeri | Kemlu | Kemenlu | Kementerian Luar Negeri RI | Kemlu RI
    | Indonesian Foreign Ministry
Kementerian Pertahanan | Kemhan | Kemenhan | Kementerian Pertahanan RI
Kementerian Agama | Kemenag
Kementerian Hukum | Kemenkum | Kementerian Hukum dan HAM | Kemenkumham
    | Kementerian Hukum dan Hak Asasi Manusia
Kementerian Hak Asasi Manusia | KemenHAM | Kementerian HAM
Kementerian Imigrasi dan Pemasyarakatan | Kemenimipas | Kementerian Imipas
Kementerian Keuangan | Kemenkeu | Indonesian Finance Ministry
Kementerian Pendidikan Dasar dan Menengah | Kemendikdasmen
Kementerian Pendidikan Tinggi, Sains, dan Teknologi | Kemendiktisaintek | Kemdiktisaintek
Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi | Kemendikbudristek | Kemendikbud
    | Kementerian Pendidikan dan Kebudayaan
Kementerian Kebudayaan | Kemenbud
Kementerian Kesehatan | Kemenkes | Indonesian Health Ministry
Kementerian Sosial | Kemensos
Kementerian Ketenagakerjaan | Kemnaker | Kemenaker
Kementerian Perindustrian | Kemenperin
Kementerian Perdagangan | Kemendag
Kementerian Energi dan Sumber Daya Mineral | Kementerian ESDM | KESDM | Kemen ESDM
Kementerian Pekerjaan Umum | Kementerian PU | Kementerian Pekerjaan Umum dan Perumahan Rakyat
    | Kementerian PUPR | KemenPUPR
Kementerian Perumahan dan Kawasan Permukiman | Kementerian PKP
Kementerian Perhubungan | Kemenhub
Kementerian Komunikasi dan Digital | Komdigi | Kemkomdigi | Kementerian Komdigi | Kemenkomdigi
Kementerian Komunikasi dan Informatika | Kominfo | Kemenkominfo | Kemkominfo
Kementerian Pertanian | Kementan
Kementerian Kehutanan | Kemenhut
Kementerian Lingkungan Hidup | KLH | Kementerian Lingkungan Hidup dan Kehutanan | KLHK
Kementerian Kelautan dan Perikanan | KKP
Kementerian Desa dan Pembangunan Daerah Tertinggal | Kemendes PDT | Kemendes | Kemendesa | Kementerian Desa
Kementerian Transmigrasi | Kementrans
Kementerian Agraria dan Tata Ruang | Kementerian ATR/BPN | Kementerian ATR | ATR/BPN
Kementerian Badan Usaha Milik Negara | Kementerian BUMN | KBUMN
Kementerian Koperasi | Kemenkop | Kementerian Koperasi dan UKM | KemenKopUKM
Kementerian Usaha Mikro, Kecil, dan Menengah | Kementerian UMKM
Kementerian Pariwisata | Kemenpar | Kemenparekraf | Kementerian Pariwisata dan Ekonomi Kreatif
Kementerian Ekonomi Kreatif | Kemenekraf
Kementerian Pemuda dan Olahraga | Kemenpora
Kementerian Pemberdayaan Perempuan dan Perlindungan Anak | KemenPPPA | Kementerian PPPA
Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi | KemenPAN-RB | Kementerian PANRB
    | KemenPANRB
Kementerian Investasi dan Hilirisasi | Kementerian Investasi
Kementerian Perlindungan Pekerja Migran Indonesia | KP2MI
Kementerian Kependudukan dan Pembangunan Keluarga | Kemendukbangga
Kementerian Koordinator Bidang Perekonomian | Kemenko Perekonomian | Kemenko Ekon
Kementerian Koordinator Bidang Politik dan Keamanan | Kemenko Polkam | Kemenko Polhukam
Kementerian Koordinator Bidang Pangan | Kemenko Pangan
Kementerian Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan | Kemenko IPK | Kemenko Infrastruktur
Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan | Kemenko PMK
Kementerian Koordinator Bidang Pemberdayaan Masyarakat | Kemenko PM
Kementerian Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan | Kemenko Kumham Imipas
Direktorat Jenderal Pajak | DJP | Ditjen Pajak
Direktorat Jenderal Bea dan Cukai | Bea Cukai | DJBC | Ditjen Bea Cukai | Ditjen Bea dan Cukai
Direktorat Jenderal Imigrasi | Ditjen Imigrasi
Pertamina | PT Pertamina | PT Pertamina (Persero)
Universitas Indonesia | UI
Universitas Gadjah Mada | UGM | Gadjah Mada University
Institut Teknologi Bandung | ITB
Institut Pertanian Bogor | IPB | IPB University
Institut Teknologi Sepuluh Nopember | ITS
Universitas Padjadjaran | Unpad
Universitas Diponegoro | Undip
Universitas Airlangga | Unair
Universitas Brawijaya | UB
Universitas Hasanuddin | Unhas
Universitas Sebelas Maret | UNS
Universitas Sumatera Utara | USU
Universitas Negeri Jakarta | UNJ
Universitas Islam Negeri Syarif Hidayatullah Jakarta | UIN Jakarta | UIN Syarif Hidayatullah
Universitas Islam Indonesia | UII
Universitas Muhammadiyah Yogyakarta | UMY
Universitas Trisakti | Trisakti
Universitas Bina Nusantara | Binus | Binus University
Perusahaan Listrik Negara | PLN | PT PLN | PT PLN (Persero)
Telkom Indonesia | Telkom | PT Telkom Indonesia | Telkomsel
Bank Rakyat Indonesia | BRI | PT Bank Rakyat Indonesia | PT Bank Rakyat Indonesia (Persero) Tbk | Bank BRI
Bank Negara Indonesia | BNI | Bank BNI
Bank Mandiri | PT Bank Mandiri
Bank Central Asia | BCA | PT Bank Central Asia Tbk
Bank Syariah Indonesia | BSI | Bank BSI
Bank Tabungan Negara | BTN | Bank BTN
Garuda Indonesia | PT Garuda Indonesia | Garuda Indonesia Airlines
Kereta Api Indonesia | KAI | PT KAI | PT Kereta Api Indonesia
Pelindo | PT Pelindo
Angkasa Pura | InJourney
Aneka Tambang | Antam | PT Antam | PT Aneka Tambang
MIND ID
Perum Bulog | Bulog
Pupuk Indonesia | PT Pupuk Indonesia
Krakatau Steel
Jasa Marga | PT Jasa Marga
Freeport Indonesia | PT Freeport Indonesia | PTFI | Freeport-McMoRan
Vale Indonesia | PT Vale Indonesia
Astra International | Astra | PT Astra International
Sritex | PT Sri Rejeki Isman
GoTo | GoTo Gojek Tokopedia
Gojek
Tokopedia
Shopee
Grab
Bukalapak
Traveloka
Lion Air | Lion Air Group
Citilink
Batik Air
Wings Air
Pelita Air
Sriwijaya Air
AirAsia | Indonesia AirAsia
Air India
Transjakarta | TransJakarta | PT Transjakarta
MRT Jakarta | PT MRT Jakarta
Perserikatan Bangsa-Bangsa | PBB | United Nations | UN | U.N. | Perserikatan Bangsa Bangsa
Dewan Keamanan PBB | DK PBB | Dewan Keamanan Perserikatan Bangsa-Bangsa | UN Security Council | UNSC
    | United Nations Security Council | Security Council | Dewan Keamanan
Majelis Umum PBB | Sidang Umum PBB | UN General Assembly | UNGA | United Nations General Assembly
Dewan HAM PBB | UN Human Rights Council | UNHRC
Organisasi Kesehatan Dunia | WHO | World Health Organization | World Health Organisation
UNICEF
UNESCO
UNHCR
UNRWA
Program Pangan Dunia | WFP | World Food Programme
Organisasi Pangan dan Pertanian | FAO | Food and Agriculture Organization
Organisasi Buruh Internasional | ILO | International Labour Organization
Badan Energi Atom Internasional | IAEA | International Atomic Energy Agency
Dana Moneter Internasional | IMF | International Monetary Fund
Bank Dunia | World Bank
Organisasi Perdagangan Dunia | WTO | World Trade Organization
ASEAN | Perhimpunan Bangsa-Bangsa Asia Tenggara | Association of Southeast Asian Nations
APEC | Asia-Pacific Economic Cooperation | Kerja Sama Ekonomi Asia-Pasifik
G20 | Kelompok 20 | Group of 20 | G-20
G7 | Group of Seven | G-7
BRICS
NATO | Pakta Pertahanan Atlantik Utara | North Atlantic Treaty Organization | Organisasi Pakta Atlantik Utara
Uni Eropa | UE | European Union | EU
Komisi Eropa | European Commission
Parlemen Eropa | European Parliament
OPEC
Organisasi Kerja Sama Islam | OKI | Organisation of Islamic Cooperation
    | Organization of Islamic Cooperation | OIC
Liga Arab | Arab League
Uni Afrika | African Union
Mahkamah Pidana Internasional | ICC | International Criminal Court
Mahkamah Internasional | ICJ | International Court of Justice
Interpol
Komite Internasional Palang Merah | ICRC | International Committee of the Red Cross
    | Palang Merah Internasional
Palang Merah Indonesia
Bulan Sabit Merah | Red Crescent
Dokter Lintas Batas | Doctors Without Borders | MSF | Medecins Sans Frontieres | Médecins Sans Frontières
Amnesty International | Amnesti Internasional
Human Rights Watch | HRW
FIFA
Konfederasi Sepak Bola Asia | AFC | Asian Football Confederation
UEFA
Komite Olimpiade Internasional | IOC | International Olympic Committee
Persatuan Sepak Bola Seluruh Indonesia | PSSI
Persatuan Bulu Tangkis Seluruh Indonesia | PBSI
Komite Olahraga Nasional Indonesia | KONI
Komite Olimpiade Indonesia | KOI
Badminton World Federation | BWF
Federasi Sepak Bola ASEAN | AFF | ASEAN Football Federation
Federal Reserve | The Fed | Fed | Bank Sentral AS | US Federal Reserve | Federal Reserve System
    | Bank Sentral Amerika Serikat
Bank Sentral Eropa | ECB | European Central Bank
Kongres AS | US Congress | Kongres Amerika Serikat | U.S. Congress
Senat AS | US Senate | Senat Amerika Serikat | U.S. Senate
Departemen Luar Negeri AS | Deplu AS | State Department | US State Department | U.S. State Department
    | Department of State | Departemen Luar Negeri Amerika Serikat | Kemlu AS | Kementerian Luar Negeri AS
Pentagon | Departemen Pertahanan AS | Department of Defense | US Department of Defense
    | Kementerian Pertahanan AS | Dephan AS
Departemen Keuangan AS | US Treasury | Treasury Department | Kementerian Keuangan AS
Gedung Putih | White House
Kremlin
Downing Street
CIA | Central Intelligence Agency | Badan Intelijen Pusat AS
FBI | Federal Bureau of Investigation | Biro Investigasi Federal
NASA
Mossad
Pasukan Pertahanan Israel | IDF | Israel Defense Forces | Israel Defence Forces | Militer Israel
    | Tentara Israel
Korps Garda Revolusi Islam | IRGC | Garda Revolusi Iran | Islamic Revolutionary Guard Corps | Garda Revolusi
    | Korps Pengawal Revolusi Islam | Revolutionary Guards
Hamas
Hizbullah | Hezbollah | Hizbolah
Houthi | Houthis | Ansar Allah | Kelompok Houthi
Taliban
Negara Islam | ISIS | ISIL | Islamic State | NIIS | Daesh
Al-Qaeda | Al Qaeda | Alqaeda | Al-Qaida
Jamaah Islamiyah | JI
Jamaah Ansharut Daulah | JAD
Organisasi Papua Merdeka | OPM | Free Papua Movement | TPNPB-OPM | TPNPB
Kelompok Kriminal Bersenjata | KKB
Associated Press | AP | The Associated Press
Reuters
Agence France-Presse | AFP | Agence France Presse
Antara | Kantor Berita Antara | LKBN Antara | Antara News | ANTARA | Perum LKBN Antara | Antaranews
    | ANTARA News
Tass | TASS | ITAR-TASS | Kantor Berita Tass
RIA Novosti | RIA
Sputnik
Interfax
Izvestia
Kantor Berita Pusat Korea | KCNA | Korean Central News Agency | Kantor Berita Pusat Korea Utara
    | Kantor Berita Sentral Korea
Yonhap | Kantor Berita Yonhap | Yonhap News Agency
Kyodo | Kyodo News
Xinhua | Kantor Berita Xinhua
Bernama
IRNA | Islamic Republic News Agency
Al Jazeera | Aljazeera | Al-Jazeera
Al Arabiya
BBC | British Broadcasting Corporation
CNN
CNN Indonesia
CNBC | CNBC Indonesia
Bloomberg
The Guardian | Guardian
The New York Times | New York Times | NYT | NY Times
The Washington Post | Washington Post
The Wall Street Journal | Wall Street Journal | WSJ
Financial Times | FT
The Economist
Nikkei | Nikkei Asia
South China Morning Post | SCMP
The Straits Times | Straits Times | Strait Times
Fox News
NBC News | NBC
ABC News
CBS News | CBS
Axios
Politico
Times of Israel | The Times of Israel
Haaretz
Kompas | Kompas.com | KOMPAS.com | Harian Kompas | Kompas TV | KompasTV
Tempo | Tempo.co | Majalah Tempo | TEMPO.CO
Detik | detikcom | Detik.com | detik.com | detikNews | Detikcom
Liputan6 | Liputan6.com
Okezone | Okezone.com
Republika | Republika.co.id | Republika Online | Harian Republika
Tribunnews | Tribunnews.com | Tribun
Kumparan
Vidio | Vidio.com
Metro TV | MetroTV
TVRI
RRI
The Jakarta Post | Jakarta Post
Media Indonesia
Bisnis Indonesia | Bisnis.com
Kontan
Katadata
IDN Times
Google
Apple
Microsoft
Meta | Meta Platforms
Facebook
Instagram
WhatsApp | Whatsapp
Twitter
YouTube | Youtube
TikTok | Tiktok
Telegram
Amazon
Tesla
SpaceX
OpenAI
Nvidia
Samsung
Huawei
Xiaomi
Toyota
Honda
Hyundai
BYD
Boeing
Airbus
Netflix
Alibaba
Tencent
ByteDance
Intel
Sony
Goldman Sachs
JPMorgan | JPMorgan Chase | J.P. Morgan
Morgan Stanley
Citigroup | Citi
HSBC
BlackRock
Moody's
Fitch Ratings | Fitch
General Motors | GM
BMW
Mercedes-Benz | Mercedes
Audi
Volkswagen | VW
Nissan
Mitsubishi
Suzuki
Daihatsu
Wuling
Chery
VinFast
Kia
Mazda
Ford
Ferrari
Yamaha
Ducati
Lenovo
Oppo
Vivo
Astra Honda Motor | AHM
General Electric | GE
Real Madrid | Los Blancos
FC Barcelona | Barca | Barça | Barcelona FC
Atletico Madrid | Atlético Madrid | Atletico
Manchester United | Man United | Man Utd | MU | Setan Merah
Manchester City | Man City
Liverpool FC
Chelsea | Chelsea FC
Arsenal
Tottenham Hotspur | Tottenham | Spurs
Bayern Munich | Bayern Muenchen | Bayern München | Bayern
Borussia Dortmund | Dortmund
Juventus | Juve
Inter Milan | Internazionale | Inter
AC Milan
Napoli
AS Roma
Paris Saint-Germain | PSG | Paris Saint Germain
Al Hilal | Al-Hilal
Al Nassr | Al-Nassr
Al Ahly
Inter Miami
Persib Bandung | Persib
Persija Jakarta | Persija
Persebaya Surabaya | Persebaya
Arema FC | Arema
Bali United
PSM Makassar
Timnas Indonesia | Timnas | Tim Nasional Indonesia | Tim Garuda | Indonesia national team
"""

PEOPLE = """
Prabowo Subianto | Prabowo | Prabowo Subianto Djojohadikusumo
Gibran Rakabuming Raka | Gibran | Gibran Rakabuming
Joko Widodo | Jokowi
Susilo Bambang Yudhoyono | SBY
Megawati Soekarnoputri | Megawati | Megawati Sukarnoputri
Soekarno | Sukarno | Bung Karno
Soeharto | Suharto
Bacharuddin Jusuf Habibie | B.J. Habibie | BJ Habibie | Habibie
Abdurrahman Wahid | Gus Dur
Jusuf Kalla
Ma'ruf Amin
Anies Baswedan | Anies
Ganjar Pranowo | Ganjar
Agus Harimurti Yudhoyono | AHY
Sri Mulyani Indrawati | Sri Mulyani
Erick Thohir
Bahlil Lahadalia | Bahlil
Luhut Binsar Pandjaitan | Luhut | Luhut Pandjaitan
Tito Karnavian
Airlangga Hartarto | Airlangga
Budi Gunawan
Sjafrie Sjamsoeddin | Sjafrie
Listyo Sigit Prabowo | Listyo Sigit
Agus Subiyanto
Dedi Mulyadi | KDM | Kang Dedi Mulyadi
Pramono Anung
Rano Karno | Bang Doel
Ridwan Kamil | Kang Emil
Khofifah Indar Parawansa | Khofifah
Bobby Nasution
Puan Maharani | Puan
Sufmi Dasco Ahmad | Dasco
Hasto Kristiyanto | Hasto
Yusril Ihza Mahendra | Yusril
Zulkifli Hasan | Zulhas
Muhaimin Iskandar | Cak Imin
Saifullah Yusuf | Gus Ipul
Nadiem Makarim | Nadiem
Budi Arie Setiadi | Budi Arie
Meutya Hafid
Prasetyo Hadi
Natalius Pigai
Abdul Mu'ti
Budi Gunadi Sadikin
Hashim Djojohadikusumo
Donald Trump | Trump | Donald J. Trump
Joe Biden | Biden
Kamala Harris
Barack Obama | Obama
JD Vance | J.D. Vance
Marco Rubio | Rubio
Pete Hegseth | Hegseth
Elon Musk | Musk
Vladimir Putin | Putin | Vladimir Vladimirovich Putin
Sergei Lavrov | Sergey Lavrov | Lavrov
Dmitry Peskov | Dmitri Peskov | Peskov
Volodymyr Zelensky | Zelensky | Zelenskyy | Volodymyr Zelenskyy | Zelenskiy
Kim Jong Un | Kim Jong-un | Kim Jong-Un
Kim Yo Jong | Kim Yo-jong
Xi Jinping
Li Qiang
Wang Yi
Narendra Modi | Modi
Shehbaz Sharif
Anwar Ibrahim
Lawrence Wong
Ferdinand Marcos Jr. | Bongbong Marcos | Ferdinand Marcos Jr
Lee Jae-myung | Lee Jae Myung
Yoon Suk Yeol | Yoon Suk-yeol
Shigeru Ishiba | Ishiba
Benjamin Netanyahu | Netanyahu
Israel Katz
Isaac Herzog
Ali Khamenei | Ayatollah Ali Khamenei | Khamenei | Ayatollah Khamenei
Masoud Pezeshkian | Pezeshkian
Abbas Araghchi | Araghchi
Recep Tayyip Erdogan | Erdogan | Erdoğan | Recep Tayyip Erdoğan
Mohammed bin Salman | MBS | Muhammad bin Salman
Emmanuel Macron | Macron
Keir Starmer | Starmer
Friedrich Merz
Olaf Scholz | Scholz
Giorgia Meloni | Meloni
Ursula von der Leyen
Antonio Guterres | António Guterres | Guterres
Mahmoud Abbas
Gianni Infantino | Infantino
Patrick Kluivert | Kluivert
Cristiano Ronaldo
Lionel Messi | Messi
"""

EVENTS = """
Piala Dunia | World Cup | FIFA World Cup | Piala Dunia FIFA
Piala Dunia Antarklub | Club World Cup | FIFA Club World Cup | Piala Dunia Antarklub FIFA
Piala Asia | Asian Cup | AFC Asian Cup
Piala AFF | AFF Cup | ASEAN Championship
Piala Eropa | European Championship | UEFA Euro
Liga Champions | Champions League | UEFA Champions League | Liga Champions UEFA
Liga Europa | Europa League
Liga Inggris | Premier League | English Premier League | EPL
Liga Spanyol | La Liga | LaLiga
Liga Italia | Serie A
Serie B
Liga Jerman | Bundesliga
Liga Prancis | Ligue 1
Liga 1 | BRI Liga 1
MotoGP
Formula 1 | F1 | Formula One
Formula E
SEA Games
Asian Games
Olimpiade | Olympics | Olympic Games
Indonesia Open
Idul Adha | Iduladha | Eid al-Adha
Idul Fitri | Idulfitri | Lebaran | Eid al-Fitr
Ramadan | Ramadhan
Natal | Christmas
Perang Dunia II | Perang Dunia Kedua | World War II | Second World War | WWII
Perang Dunia I | Perang Dunia Pertama | World War I | First World War
Hari Kemerdekaan | HUT RI
Perang Yom Kippur | Yom Kippur | Perang Oktober | Yom Kippur War
Indeks Harga Saham Gabungan | IHSG | Jakarta Composite Index | JCI
"""

# English adjectives of a place: "North Korean leader Kim Jong Un", "Russian President Vladimir Putin".
# Found as "misc" mentions keyed to the place, so English articles share the place's key.
DEMONYMS = """
North Korean > Korea Utara
South Korean > Korea Selatan
Korean > Korea
Russian > Rusia
Ukrainian > Ukraina
American > Amerika Serikat
Chinese > China
Japanese > Jepang
Indonesian > Indonesia
Malaysian > Malaysia
Singaporean > Singapura
Filipino > Filipina
Thai > Thailand
Vietnamese > Vietnam
Indian > India
Pakistani > Pakistan
Australian > Australia
British > Inggris
French > Prancis
German > Jerman
Italian > Italia
Spanish > Spanyol
Dutch > Belanda
Turkish > Turki
Iranian > Iran
Iraqi > Irak
Israeli > Israel
Palestinian > Palestina
Syrian > Suriah
Lebanese > Lebanon
Egyptian > Mesir
Qatari > Qatar
Emirati > Uni Emirat Arab
Yemeni > Yaman
Afghan > Afganistan
Canadian > Kanada
Mexican > Meksiko
Brazilian > Brasil
Argentine > Argentina
European > Eropa
African > Afrika
Asian > Asia
Western > Barat
"""

# Place names that are also common words: matched only away from a sentence's start and only where the
# article does not use the word in lower case ("Malang" the city, "malang" unlucky).
COMMON_WORD_NAMES = frozenset(
    """malang solo pati kudus tegal bima ende mina alor timor flores bangka madura nias kampar lima
    barat antara apple meta amazon grab natal""".split()
)

# Place names that are also first names: not a place when a capitalised unknown word follows at once
# ("Jordan Henderson", "Paris Hilton", "Israel Adesanya").
FIRST_NAMES_TOO = frozenset(
    "jordan chad paris sydney victoria florence austin israel georgia india santiago lima dallas bima".split()
)

BLOCKS: tuple[tuple[str, str], ...] = (
    ("place", COUNTRIES),
    ("place", REGIONS),
    ("place", WORLD_CITIES),
    ("place", INDONESIA),
    ("org", ORGS),
    ("person", PEOPLE),
    ("misc", EVENTS),
)
