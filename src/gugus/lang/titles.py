"""Words that tell the entity finder what a capitalised span is: titles and honorifics before a person,
cue words before or after an organisation, a place or an event, and capitalised words that are not names.

Indonesian and English together: Indonesian articles quote English titles ("CEO", "Corporate Secretary")
and English articles about Indonesia use Indonesian ones. Everything is case-folded and accent-free, so
the finder compares its own case-folded tokens; the finder, not this file, decides when case matters.
Kept apart from `gugus.analyze.entities` (as spaCy keeps `spacy/lang/id/`) so that a title seen in a new
article is a one-line data change.
"""

from __future__ import annotations


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# A role or honorific that can stand right before a person's name: "Presiden Prabowo", "Pak Bas",
# "Kapolda Irjen Karyoto", "President Biden", "Mr. Price". Lower-case uses count too ("kata presiden
# Prabowo"). A title alone is never a person.
TITLE_HEADS = _words("""
    presiden wapres menteri mentri menko wamen wamenlu wamenkeu mendagri menlu menkeu menhan menkes menag
    mensos mendag menperin mentan menhut menpar menpora mendikdasmen mendiktisaintek mendikbud
    mendikbudristek menkominfo menkomdigi menkum menkumham menham menaker menhub mensesneg menseskab
    menpan menpupr menpu menteri-menteri menbud menekraf menparekraf menkop menlh menlhk menteri
    kepala ketua ketum waketum wakil wakapolri wakasad sekretaris sekjen sekda sesmen sestama direktur dirut
    dirjen direksi deputi asisten komisaris komut gubernur wagub bupati wabup walikota wali camat lurah
    kades duta dubes konsul juru jubir kapolri kapolda kapolres kapolresta kapolrestabes kapolsek kasat
    kasatreskrim kasatlantas kabid kabag kasubbag kasubdit kasi kadis kadiv kakorlantas kabareskrim kapuspen
    kapuspenkum kabaharkam karo karopenmas dirreskrimum dirreskrimsus dirresnarkoba dirlantas danjen
    panglima pangdam pangkostrad danrem dandim danramil danlanud danlantamal danpaspampres kasad kasal kasau
    ksad ksal ksau jaksa hakim anggota komisioner pimpinan pemimpin komandan rektor dekan guru profesor
    pakar pengamat analis ekonom peneliti dosen staf stafsus koordinator manajer pelatih asisten kapten
    plt pj penjabat pejabat ketua-ketua bendahara penasihat pengacara kuasa advokat terdakwa tersangka saksi
    korban pelaku dokter perdana pm kanselir senator raja ratu pangeran sultan paus kardinal uskup
    syekh syeikh habib kiai kyai ustaz ustadz ustazah buya pak bu bapak ibu mbak
    tuan nyonya nona sdr sdri saudara saudari almarhum almarhumah alm aa teh teteh akang kang mas bang
    abang kak kakak cak ning gus bung uda uni daeng ompung opung mbah eyang oma opa om tante haji hajah
    mendiang founder pendiri ceo cfo coo cto presdir wadirut vp chairman ketua-umum corporate
    secretary-general director-general sekretaris-jenderal foreign defense defence finance interior attorney
    sosiolog psikolog akademisi aktivis aktris aktor penyanyi presenter pemain kiper bek gelandang penyerang
    wasit atlet pebulutangkis petinju pembalap produser sutradara penulis wartawan jurnalis legislator
    politikus politisi kader caleg capres cawapres selebgram youtuber influencer artis komedian musisi
    rapper budayawan sejarawan epidemiolog ahli atase investigator spesialis head
    press adviser advisor inspektur auditor panitera juru co-founder cofounder danlanal danyon dansat
    danpomdam danlantamal kasie kanit kapospol
    irjen kombes akbp akp kompol iptu ipda aiptu aipda bripka brigpol brigadir bripda briptu komjen
    jenderal jend letjen mayjen brigjen kolonel kol letkol mayor kapten lettu letda serka sertu serda
    pelda peltu praka pratu prada marsekal marsda marsma laksamana laksdya laksda laksma
    president vice prime minister secretary chancellor governor mayor senator sen rep representative
    congressman congresswoman ambassador envoy spokesman spokeswoman spokesperson chief director chairman
    chairwoman chair leader commander general gen admiral lt col colonel sgt sergeant captain capt major
    king queen prince princess pope cardinal bishop archbishop rabbi sheikh ayatollah mr mrs ms miss dr
    prof professor sir dame lord lady judge justice speaker deputy acting former coach manager striker
    midfielder defender goalkeeper analyst economist researcher officer official detective inspector
    superintendent commissioner premier emir crown
""")

# Words that continue a title ("Menteri Luar Negeri", "Duta Besar", "Juru bicara", "Sekretaris Jenderal",
# "Direktur Utama", "Secretary of State", "Foreign Minister"); consumed after a title head, never part of
# the name that follows.
TITLE_WORDS = _words("""
    besar bicara jenderal utama umum harian agung muda madya tinggi pelaksana tugas khusus senior
    luar dalam negeri keuangan pertahanan keamanan kesehatan pendidikan dasar menengah sains teknologi agama
    sosial perdagangan perindustrian pertanian kelautan perikanan energi sumber daya mineral esdm hukum ham
    hak asasi manusia koordinator bidang politik polkam polhukam perekonomian pangan infrastruktur
    pembangunan kewilayahan kebudayaan pemberdayaan masyarakat sekretariat sekretaris negara kabinet
    pekerjaan perumahan rakyat kawasan permukiman perhubungan ketenagakerjaan tenaga kerja pariwisata
    ekonomi kreatif komunikasi informatika digital desa daerah tertinggal transmigrasi koperasi usaha mikro
    kecil umkm investasi hilirisasi lingkungan hidup kehutanan pemuda olahraga perencanaan nasional
    agraria tata ruang pertanahan perempuan perlindungan anak kependudukan keluarga bumn imigrasi
    pemasyarakatan pmk ipk pupr atr bpn pan rb panrb kominfo komdigi setneg seskab reformasi birokrasi
    aparatur pendayagunaan kepresidenan presiden wakil ketua anggota kepala direktur deputi asisten
    majelis redaksi eksekutif operasional pemasaran komisaris independen corporate communication
    relations public head investor communications marketing sales operations strategy business commercial
    product brand resources legal compliance retail research equity analyst economist
    provinsi kabupaten kota kecamatan kelurahan resor sektor distrik wilayah cabang
    foreign defense defence home interior finance treasury trade commerce health education justice labor
    labour transport transportation security homeland state affairs national affairs of the general
    attorney press executive officer operating financial technology deputy vice prime supreme first
    minister secretary president assistant special envoy adviser advisor security
""")

# Abbreviated honorifics and ranks, written with or without a final period ("Dr.", "H.", "Prof", "Ir").
# One-letter ones ("H.") count only with their period.
HONORIFIC_ABBREVS = _words("""
    dr drs dra ir h hj kh prof sdr sdri bpk yth ny tn mr mrs ms gen lt col sgt capt rep sen gov pres
    jend brig kol irjen kombes akbp ipda iptu
""")

# Degrees after a name, set off by a comma ("Ova Emilia, M.Med.Ed.", "Joko, S.H.") or not ("Ph.D").
DEGREES = _words("sh se st mh msi mm mba phd spd mpd skom mkom ssos msc ma ba bsc sked mkes sp")

# Organisation cue heads. "inst": a generic institution, its name made of institutional words, places and
# acronyms ("Kementerian Luar Negeri Korea Utara", "Badan Gizi Nasional"), so a person's name after it is
# left alone ("Kepala Badan Gizi Nasional Dadan Hindayana"). "name": the name after it is a proper name
# ("PT Blue Bird", "Universitas Gadjah Mada"), any capitalised words.
ORG_HEADS: dict[str, str] = {
    **dict.fromkeys(
        """kementerian kemenko departemen badan dinas komisi dewan majelis mahkamah pengadilan kejaksaan
        kejati kejari kepolisian polda polres polresta polrestabes polsek kodam korem kodim koramil
        lanud lantamal direktorat ditjen biro balai komite komnas satgas satuan pusat
        pemerintah pemerintahan pemprov pemkab pemkot pemda sekretariat setjen inspektorat otoritas korps
        detasemen markas mabes ombudsman subdit subdirektorat ditreskrimum ditreskrimsus ditresnarkoba
        ditlantas satreskrim satresnarkoba satlantas unit subkomite kbri kjri kedutaan konsulat embassy
        consulate
        ministry department agency council commission committee bureau office authority administration
        directorate service court parliament assembly senate congress police""".split(),
        "inst",
    ),
    **dict.fromkeys(
        """pt cv pd perum persero yayasan universitas univ institut politeknik sekolah akademi fakultas
        forum asosiasi perhimpunan persatuan ikatan gabungan federasi konfederasi serikat perkumpulan
        koalisi aliansi gerakan front kelompok fraksi partai situs laman portal athletic sporting olympique
        lembaga polsubsektor
        dynamo real
        sma sman smk smkn smp smpn sd sdn min man mts pesantren ponpes rs rsud rsup rsia klinik
        puskesmas bank grup group media maskapai klub timnas kantor televisi radio harian
        majalah koran penerbit perpustakaan
        university college institute school academy foundation club team museum""".split(),
        "name",
    ),
}

# Two-word heads, looked up on the first word ("Kantor Berita Antara", "Rumah Sakit Cipto").
ORG_HEADS2: dict[tuple[str, str], str] = {
    ("kantor", "berita"): "name",
    ("rumah", "sakit"): "name",
    ("pondok", "pesantren"): "name",
    ("perguruan", "tinggi"): "name",
    ("tim", "nasional"): "name",
    ("news", "agency"): "name",
    ("bank", "of"): "name",
    ("university", "of"): "name",
    ("ministry", "of"): "inst",
    ("department", "of"): "inst",
}

# Abbreviated heads written out in a key, so "Pemprov Jabar" and "Pemerintah Provinsi Jawa Barat" agree.
HEAD_KEYS: dict[str, str] = {
    "pemprov": "pemerintah-provinsi",
    "pemkab": "pemerintah-kabupaten",
    "pemkot": "pemerintah-kota",
    "pemda": "pemerintah-daerah",
    "ditjen": "direktorat-jenderal",
    "univ": "universitas",
    "rs": "rumah-sakit",
    "ponpes": "pondok-pesantren",
    "tim-nasional": "timnas",
}

# Words that end an organisation's name ("PT Blue Bird Tbk", "Apple Inc", "Arema FC", "Huffington Post").
ORG_TAILS = _words("""
    tbk persero inc corp corporation co ltd llc plc ag gmbh sa nv holdings holding group grup fc cf sc afc
    united university institute party agency ministry council commission committee bank airlines airways
    air times post news journal tribune herald gazette daily telegraph foundation association federation
    union society company corporation capital securities sekuritas energy motor motors media tv network
    authority fund exchange board team college school academy
    studios pictures records labs technologies systems industries industry electric electronics aerospace
    manufacturing solutions pharma pharmaceuticals petroleum oil mining resources logistics telecom
""")

# Words that end the name of a facility or a site, read as a place ("Jakarta Convention Center",
# "Hard Rock Stadium", "Epiwalk Mall").
FACILITY_TAILS = _words("""
    center centre hall stadium arena mall plaza tower towers square park airport station hospital
    building bridge residence palace hotel resort beach island islands street road avenue boulevard
    circuit sirkuit
""")

# Titles of a region's officials: the capitalised word right after one is the region ("Kapolres Siak
# AKBP Eka Ariandy", "Bupati Sigi Mohamad Irwan"), when a name follows.
REGIONAL_TITLES = _words("""
    bupati wabup gubernur wagub walikota wali camat lurah kades kapolres kapolresta kapolrestabes kapolda
    kapolsek dandim danrem pangdam kajari kajati sekda kadis wawali
""")

# Given names that are also common words ("Budi", "Putri", "Agus"): a run of common words is not read as
# a person ("Bantuan Subsidi Upah", "Hitam Putih") unless one of its words is one of these.
GIVEN_NAMES = _words("""
    muhammad mohammad mohamad muhamad moh ahmad achmad abdul abdullah ali hasan husein husain ibrahim
    ismail yusuf umar usman agus budi bambang joko eko dwi tri catur adi hadi andi arif rizki rizky fajar
    dian dewi sri siti nur nurul putri putra indah ayu rina rini wati yanti ani lestari wahyu bayu dimas
    aditya rahmat rahman hendra heru iwan irwan anton benny bobby charles david daniel michael john
    james robert peter paul mark thomas richard maria anna lisa sarah jessica grace kevin ryan jay
    sultan raja ratu intan mutiara bintang cahaya bunga mawar melati kartika surya bima arjuna kresna
    slamet bagus dedi rudi yudi teguh santoso setiawan gunawan kurniawan hidayat nugroho prasetyo
    wijaya kusuma jaya sari permata peter cinta anak gusti wayan made nyoman ketut putu komang kadek gede
    tengku teuku cut raden dewa ida laura kiki tulus mulan dini citra mega senja mentari embun pelangi
    kasih rahayu wulan bulan bumi langit tirta gilang galih bening ratna mutia puspa sekar kembang hana
    ayu tiara nadia salsa kirana aurora nabila amanda
""")

# Place cue heads. "admin": an administrative unit, left out of the key ("Kabupaten Garut" = "Garut");
# "feature": part of the name ("Gunung Semeru", "Selat Hormuz", "Jalan Bungur Raya").
PLACE_HEADS: dict[str, str] = {
    **dict.fromkeys(
        "kabupaten kab kota provinsi prov kecamatan kec kelurahan kel desa dusun kampung nagari".split(),
        "admin",
    ),
    **dict.fromkeys(
        """pulau kepulauan gunung pegunungan bukit lembah sungai danau selat teluk tanjung laut samudra
        samudera semenanjung pantai jalan jl jln gang tol bandara pelabuhan terminal kawasan kompleks
        taman alun-alun lapangan istana gedung candi benteng jembatan bendungan waduk sirkuit stadion stasiun
        hotel masjid gereja pura vihara museum
        republik negara kerajaan kesultanan emirat
        distrik mapolda mapolres mapolresta mapolsek
        mount lake river island islands gulf strait bay cape port street avenue road republic
        kingdom""".split(),
        "feature",
    ),
}

# Compass words that extend a place ("Ukraina Timur", "Asia Timur Laut", "Jakarta Selatan") and mark an
# unknown span as a place ("Flores Timur").
DIRECTIONS = _words("""
    utara selatan timur barat tengah tenggara daya laut north south east west central northern southern
    eastern western northeast northwest southeast southwest
""")

# Event, law and other non-entity cue heads: the span is "misc" ("Perang Dunia II", "Piala Dunia",
# "Hari Pembebasan Korea", "Konferensi Keamanan Internasional", "Undang-Undang Nomor 1").
MISC_HEADS = _words("""
    hari perang piala liga festival konferensi ktt pekan operasi undang-undang uu ruu perpres perppu inpres
    permen perda pasal tahun idul idulfitri iduladha program revolusi krisis tragedi insiden
    peristiwa pemilu pilkada pilpres rapat kongres munas muktamar konvensi deklarasi
    perjanjian kesepakatan traktat protokol kabinet era orde surat keputusan peraturan instruksi edaran
    war battle cup league festival conference summit day act treaty accord agreement operation crisis
    election olympics games championship championships tournament awards award prize expo fair show open
    grand
""")
MISC_TAILS = _words("""
    cup league day awards award prize expo fair festival summit conference forum act games open
    championship series show tour
""")

# Institutional vocabulary allowed inside an "inst" organisation's name after its head.
ORG_WORDS = TITLE_WORDS | _words("""
    penanggulangan bencana meteorologi klimatologi geofisika statistik pemeriksa pengawas pengawasan
    intelijen narkotika terorisme siber sandi pencarian pertolongan obat makanan riset inovasi gizi
    penyelenggara penyelenggaraan jaminan produk halal pemilihan pemilu pemberantasan korupsi perwakilan
    permusyawaratan konstitusi yudisial niaga militer tipikor republik resor metro jaya pekerja migran
    bea cukai pajak anggaran perbendaharaan humas hubungan penerangan lalu lintas reserse kriminal narkoba
    udara darat angkatan staf markas komando resimen batalyon brigade divisi armada satuan operasi
    penyidik penyidikan tindak pidana penelitian kajian studi survei strategis internasional global
    regional dunia bangsa-bangsa perserikatan eksekutif pimpinan ulama santri pers wartawan jurnalis
    advokat pemantau peradilan bantuan konsumen saksi korban pemerintah pemerintahan pelayanan terpadu
    penanaman modal karantina pengendalian penyakit pencegahan perizinan kepegawaian pegawai sipil aparatur
    kehormatan etik perlindungan pelindungan tenaga pangan cadangan logistik pengadaan barang jasa sekolah
    tinggi ilmu keolahragaan kemaritiman maritim pelayaran penerbangan antariksa atom nuklir tenaga
    pengelola pengelolaan kekayaan aset lelang piutang perbendaharaan audit rakyat bersama terpadu
    jatanras resmob renakta ppa siber krimum krimsus tipidkor tipidter pemantauan intelektual
    penindakan eksekusi pencegahan monitoring koordinasi supervisi pengembangan destinasi strategi fiskal
    kebijakan informasi manajemen evaluasi kelembagaan pengaduan pembinaan penegakan perizinan
    pusat regional wilayah metropolitan pelabuhan kereta api jalan tol raya bina marga cipta karya air
    foreign affairs defense defence health education finance justice treasury security intelligence
    emergency management disaster meteorological geophysics statistics investigation federal central
    national international human rights development environment protection information communications
    energy trade industry agriculture labor labour transport transportation homeland interior public works
    revenue customs immigration economic economy planning science research culture tourism sports youth
    women children family social welfare land affairs veterans services civil aviation maritime
""")

# Lower-case words allowed between capitalised words of one name ("Ministry of Foreign Affairs",
# "Kementerian Energi dan Sumber Daya Mineral", "Muhammad bin Salman", "Ursula von der Leyen").
CONNECTORS_ORG = _words("dan & and of for the on de")
NAME_PARTICLES = _words("bin binti van von der den de del della dos das du al el ibn ter ten")

# Capitalised words that are not entities wherever they stand: days, months, pronouns, sentence openers,
# function words, chrome. Case-folded.
STOP_CAPS = _words("""
    senin selasa rabu kamis jumat jum'at sabtu minggu ahad
    januari februari pebruari maret april mei juni juli agustus september oktober november desember
    jan feb mar apr jun jul agu agt ags sep sept okt nov nop des
    monday tuesday wednesday thursday friday saturday sunday january february march may june july august
    october december
    anda kamu kalian dia ia beliau mereka kami kita saya aku engkau
    yang dan atau di ke dari pada dalam untuk dengan oleh karena sebagai tetapi namun jika kalau bila
    apabila agar supaya meski meskipun walau walaupun sejak hingga sampai sedangkan sementara serta
    bahwa maka lalu kemudian setelah sebelum selama saat ketika tak tidak bukan belum sudah telah akan
    sedang masih juga pun hanya cuma bahkan lagi sangat amat paling lebih kurang cukup
    ini itu tersebut sini situ sana begini begitu demikian
    apa siapa mengapa kenapa bagaimana berapa kapan mana dimana kemana darimana
    ada adalah ialah merupakan menjadi jadi bisa dapat boleh harus perlu mesti mau ingin
    para sang si seorang sebuah suatu beberapa banyak semua seluruh setiap tiap masing-masing
    satu dua tiga empat lima enam tujuh delapan sembilan sepuluh seratus seribu pertama kedua ketiga
    kata ujar menurut selain sebelumnya selanjutnya berikut berikutnya akhirnya sehingga adapun
    terkait soal mengenai tentang atas bagi antara terhadap melalui tanpa seperti sejumlah
    baca juga simak lihat klik tonton foto video advertisement iklan scroll continue content gulir gambas
    tanya jawab catatan sumber keterangan editor penulis reporter redaksi
    hal cara tips info berita update terbaru breaking live
    rp usd idr wib wita wit km kg cm mm
    the a an and or but if when while although though because since as at by for from in into of on
    onto to with without about after before during until than then so that this these those there here
    it its he she they we you i his her their our your my me him them us what who whom whose which why
    how where however moreover meanwhile also still yet even just only both either neither not no yes
    according said says told added asked meanwhile later earlier today yesterday tomorrow tonight
    is are was were be been being has have had do does did will would can could should may might must
    allah tuhan swt saw nabi rasulullah mou masyaallah insyaallah alhamdulillah astaghfirullah
    subhanallah bismillah amin aamiin dear hai halo
    melansir dilansir mengutip dikutip menurutnya sementara adapun selanjutnya kemudian sebelumnya namun
""")

# Acronyms and all-capital words that are not entities: units, documents, taxes, programmes, chrome.
STOP_ACRONYMS = _words("""
    wib wita wit rp usd idr eur jpy sgd km kg cm mm ml kwh mw gw ha
    ruu uu kuhp kuhap perpu perppu perpres pp permen perda sk skb
    rups rupslb ipo ebitda yoy mom qoq ytd pdb gdp apbn apbd ppn pph nik ktp kk sim stnk bpkb npwp
    bbm lpg bblm spbu spbe ott phk umkm ukm asn pns pppk cpns tkd honorer
    covid covid-19 dbd tbc hiv aids ispa odgj
    ai it iot vr ar ui ux app hp tv pc led lcd usb gps atm pin otp sms wa dm ceo cfo coo cto vp hrd
    cctv dll dsb dkk tsb yth cs sdm sda mbg blt bsu bst pkh kip kis jkn
    ppdb spmb snbt utbk snpmb tka
    vip mvp var ok no ya tidak rt rw
    ii iii iv vi vii viii ix xi xii xiii xiv xv xx xxi
    scroll content continue to with advertisement breaking live news update video foto
    suv mpv ev bev phev hev cbu ckd cc hp nm rpm
    wni wna tki tkw pmi
    dp kpr kta kur bunga
    hut otr apm saw swt abg tik sid on off nib anbk fum
""")

# A word before a capitalised single word that makes it a place ("di Moskow", "ke Pyongyang", "in Kyiv").
PLACE_PREPS = _words("""
    di ke menuju sekitar kawasan wilayah kota provinsi negara kompleks desa kampung kecamatan kabupaten
    pulau gunung jalan bandara pelabuhan in at near outside inside
""")

# Speech verbs: the capitalised word after the first set or before the second is a speaker ("kata Sin",
# "Matsegora mengatakan", "Price said").
SPEECH_BEFORE = _words("kata ujar ucap tutur jelas ungkap imbuh tambah terang papar sebut tegas said says")
SPEECH_AFTER = _words("""
    mengatakan menyatakan menjelaskan mengungkapkan menyampaikan menegaskan menambahkan menilai menuturkan
    memaparkan menyebut menyebutkan berkata bersumpah mengaku meminta mengklaim membantah menolak
    said says told added asked claimed denied argued wrote
""")

# Glued suffixes that scraping left on a name ("Kim Jong Unmenurut", "Jusuf Salmanmengatakan"); split
# only after a lower-case letter inside a capitalised run.
# (Not "telah", "dalam": "setelah", "mendalam" would send every article through the check.)
GLUED_SUFFIXES = (
    "menurut mengatakan menyatakan menjelaskan mengungkapkan menyampaikan menegaskan menambahkan "
    "kepada bersama sebagai selaku tersebut"
).split()
