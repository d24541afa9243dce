"""Texts beside each analysis result (keys ``an_doc_<method>_<field>``, methods as in
:data:`potensi.analysis.METHOD_FUNCTIONS`): ``title``, ``formula`` (plain text), ``latex``
(for ``st.latex``; the same in both languages) and ``reading`` (how to read the result)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # -- lq ----------------------------------------------------------------------------------
    "an_doc_lq_title": {"id": "Location Quotient (LQ statis)", "en": "Location Quotient (static LQ)"},
    "an_doc_lq_formula": {"id": "LQ = (E_ij / E_j) / (E_in / E_n)", "en": "LQ = (E_ij / E_j) / (E_in / E_n)"},
    "an_doc_lq_latex": {
        "id": r"LQ_{ij} = \dfrac{E_{ij}/E_j}{E_{in}/E_n}",
        "en": r"LQ_{ij} = \dfrac{E_{ij}/E_j}{E_{in}/E_n}",
    },
    "an_doc_lq_reading": {
        "id": (
            "LQ membandingkan porsi sebuah sektor (atau komoditas) dalam perekonomian wilayah dengan "
            "porsinya di wilayah acuan. LQ di atas 1 berarti wilayah ini lebih terspesialisasi pada "
            "sektor tersebut daripada acuan: sektor basis yang hasilnya diduga juga melayani pasar di "
            "luar wilayah. LQ sekitar 1 berarti porsinya setara, dan LQ di bawah 1 berarti sektor "
            "non-basis. LQ tidak menunjukkan besar kecilnya sektor; sektor yang sangat kecil dapat "
            "memiliki LQ tinggi, jadi baca bersama nilai produksinya. Sel kosong berarti data tidak "
            "tersedia, bukan nol."
        ),
        "en": (
            "LQ compares a sector's (or commodity's) share of the regional economy with its share in "
            "the reference region. Above 1, the region is more specialised in it than the reference: a "
            "basic sector, presumably also serving markets outside the region. Around 1 the shares "
            "match; below 1 it is non-basic. LQ says nothing about size, and a very small sector can "
            "show a high LQ, so read it together with the output value. An empty cell means no data, "
            "not zero."
        ),
    },
    # -- dlq ---------------------------------------------------------------------------------
    "an_doc_dlq_title": {"id": "Dynamic Location Quotient (DLQ)", "en": "Dynamic Location Quotient (DLQ)"},
    "an_doc_dlq_formula": {
        "id": (
            "DLQ = [ ((1 + g_ij) / (1 + G_j)) / ((1 + g_in) / (1 + G_n)) ]^t ; g = (E_akhir / "
            "E_awal)^(1/t) − 1"
        ),
        "en": (
            "DLQ = [ ((1 + g_ij) / (1 + G_j)) / ((1 + g_in) / (1 + G_n)) ]^t ; g = (E_end / "
            "E_start)^(1/t) − 1"
        ),
    },
    "an_doc_dlq_latex": {
        "id": (
            r"DLQ_{ij} = \left[\dfrac{(1+g_{ij})/(1+G_j)}{(1+g_{in})/(1+G_n)}\right]^{t},\quad g = "
            r"\left(\dfrac{E_{akhir}}{E_{awal}}\right)^{1/t} - 1"
        ),
        "en": (
            r"DLQ_{ij} = \left[\dfrac{(1+g_{ij})/(1+G_j)}{(1+g_{in})/(1+G_n)}\right]^{t},\quad g = "
            r"\left(\dfrac{E_{end}}{E_{start}}\right)^{1/t} - 1"
        ),
    },
    "an_doc_dlq_reading": {
        "id": (
            "DLQ melihat arah perubahan, bukan posisi: apakah porsi sektor di wilayah ini tumbuh lebih "
            "cepat daripada porsinya di wilayah acuan selama periode tertentu. DLQ di atas 1 berarti "
            "sektor makin menguat secara relatif; di bawah 1 berarti kehilangan pijakan. Laju dihitung "
            "sebagai pertumbuhan rata-rata majemuk per tahun, sehingga hanya tahun awal dan akhir yang "
            "berpengaruh; pilih periode minimal tiga tahun dan sebutkan periodenya saat melaporkan."
        ),
        "en": (
            "DLQ looks at direction, not position: does the sector's share grow faster here than in the "
            "reference over the period? Above 1 the sector is gaining ground relatively; below 1 it is "
            "losing it. Growth is the compound annual rate, so only the first and last years matter; "
            "use a period of at least three years and always state it."
        ),
    },
    # -- klasifikasi_lq ----------------------------------------------------------------------
    "an_doc_klasifikasi_lq_title": {
        "id": "Klasifikasi gabungan SLQ × DLQ",
        "en": "Combined SLQ × DLQ classification",
    },
    "an_doc_klasifikasi_lq_formula": {
        "id": (
            "unggulan: SLQ ≥ 1 dan DLQ ≥ 1; prospektif: SLQ ≥ 1, DLQ < 1; andalan: SLQ < 1, DLQ ≥ 1; "
            "tertinggal: SLQ < 1 dan DLQ < 1"
        ),
        "en": (
            "leading: SLQ ≥ 1 and DLQ ≥ 1; prospective: SLQ ≥ 1, DLQ < 1; emerging: SLQ < 1, DLQ ≥ 1; "
            "lagging: SLQ < 1 and DLQ < 1"
        ),
    },
    "an_doc_klasifikasi_lq_latex": {
        "id": r"\text{kelas} = f\big(SLQ \ge 1,\ DLQ \ge 1\big)",
        "en": r"\text{class} = f\big(SLQ \ge 1,\ DLQ \ge 1\big)",
    },
    "an_doc_klasifikasi_lq_reading": {
        "id": (
            "Menggabungkan posisi saat ini (SLQ) dengan arah perubahannya (DLQ). Unggulan: sudah basis "
            "dan makin kuat. Prospektif: masih basis tetapi mulai tergeser. Andalan: belum basis tetapi "
            "sedang menguat dan berpeluang menjadi basis. Tertinggal: bukan basis dan melemah. Penamaan "
            "kelas berbeda antarpenulis; yang pasti adalah kedua syarat di baliknya."
        ),
        "en": (
            "Combines the current position (SLQ) with its direction (DLQ). Leading: basic and "
            "strengthening. Prospective: still basic but losing ground. Emerging: not yet basic but "
            "gaining and may become basic. Lagging: non-basic and weakening. Authors name these classes "
            "differently; what is fixed are the two conditions behind them."
        ),
    },
    # -- shift_share -------------------------------------------------------------------------
    "an_doc_shift_share_title": {"id": "Analisis shift-share", "en": "Shift-share analysis"},
    "an_doc_shift_share_formula": {
        "id": (
            "D = N + M + C ; N = E_ij·r_n ; M = E_ij·(r_in − r_n) ; C = E_ij·(r_ij − r_in) ; "
            "Esteban-Marquillas: C = C' + A, E' = E_j·E_in/E_n, A = (E_ij − E')·(r_ij − r_in)"
        ),
        "en": (
            "D = N + M + C ; N = E_ij·r_n ; M = E_ij·(r_in − r_n) ; C = E_ij·(r_ij − r_in) ; "
            "Esteban-Marquillas: C = C' + A, E' = E_j·E_in/E_n, A = (E_ij − E')·(r_ij − r_in)"
        ),
    },
    "an_doc_shift_share_latex": {
        "id": (
            r"D_{ij} = \underbrace{E_{ij} r_n}_{N} + \underbrace{E_{ij}(r_{in} - r_n)}_{M} + "
            r"\underbrace{E_{ij}(r_{ij} - r_{in})}_{C}"
        ),
        "en": (
            r"D_{ij} = \underbrace{E_{ij} r_n}_{N} + \underbrace{E_{ij}(r_{in} - r_n)}_{M} + "
            r"\underbrace{E_{ij}(r_{ij} - r_{in})}_{C}"
        ),
    },
    "an_doc_shift_share_reading": {
        "id": (
            "Perubahan nilai sebuah sektor (D) diurai menjadi tiga bagian. N: tambahan yang akan "
            "terjadi seandainya sektor tumbuh sama cepat dengan seluruh perekonomian acuan. M (bauran "
            "industri): positif bila sektor ini memang sektor yang tumbuh cepat di wilayah acuan. C "
            "(keunggulan kompetitif): positif bila sektor tumbuh lebih cepat di wilayah ini daripada "
            "sektor yang sama di acuan, yaitu tanda daya saing lokal. M + C adalah pergeseran bersih. "
            "Gunakan harga konstan (ADHK) dan sebutkan tahun dasar, karena hasil bergantung pada "
            "periode."
        ),
        "en": (
            "A sector's change (D) is split into three parts. N: the gain had the sector grown as fast "
            "as the whole reference economy. M (industry mix): positive when the sector is a "
            "fast-growing one in the reference. C (competitive shift): positive when the sector grew "
            "faster here than the same sector in the reference, a sign of local competitiveness. M + C "
            "is the net shift. Use constant prices and state the base year, since results depend on the "
            "period."
        ),
    },
    # -- klassen_sektoral --------------------------------------------------------------------
    "an_doc_klassen_sektoral_title": {"id": "Tipologi Klassen sektoral", "en": "Sectoral Klassen typology"},
    "an_doc_klassen_sektoral_formula": {
        "id": "kontribusi s_ij = E_ij/E_j dibanding s_in = E_in/E_n ; laju r_ij dibanding r_in",
        "en": "share s_ij = E_ij/E_j against s_in = E_in/E_n ; growth r_ij against r_in",
    },
    "an_doc_klassen_sektoral_latex": {
        "id": r"s_{ij} \gtrless s_{in},\qquad r_{ij} \gtrless r_{in}",
        "en": r"s_{ij} \gtrless s_{in},\qquad r_{ij} \gtrless r_{in}",
    },
    "an_doc_klassen_sektoral_reading": {
        "id": (
            "Setiap sektor ditempatkan pada salah satu dari empat kuadran menurut dua pertanyaan: "
            "apakah kontribusinya di wilayah ini setidaknya sebesar kontribusinya di acuan, dan apakah "
            "lajunya setidaknya secepat laju di acuan. Kuadran I maju dan tumbuh pesat; II maju tetapi "
            "tertekan (perlu dijaga); III potensial atau berkembang cepat (kandidat untuk didorong); IV "
            "relatif tertinggal. Sumber berbeda kadang menukar nomor kuadran II dan III, jadi "
            "perhatikan syaratnya."
        ),
        "en": (
            "Each sector falls into one of four quadrants by two questions: is its share here at least "
            "its share in the reference, and is its growth at least the reference's? Quadrant I "
            "advanced and fast-growing; II advanced but depressed (to be defended); III potential, "
            "developing fast (candidates to promote); IV relatively lagging. Some sources swap the "
            "numbers of II and III, so rely on the conditions."
        ),
    },
    # -- klassen_regional --------------------------------------------------------------------
    "an_doc_klassen_regional_title": {"id": "Tipologi Klassen wilayah", "en": "Regional Klassen typology"},
    "an_doc_klassen_regional_formula": {
        "id": "PDRB per kapita y_i dibanding y kabupaten ; laju pertumbuhan r_i dibanding r",
        "en": "GRDP per capita y_i against the kabupaten's y ; growth r_i against r",
    },
    "an_doc_klassen_regional_latex": {
        "id": r"y_i \gtrless y,\qquad r_i \gtrless r",
        "en": r"y_i \gtrless y,\qquad r_i \gtrless r",
    },
    "an_doc_klassen_regional_reading": {
        "id": (
            "Kecamatan dikelompokkan menurut pendapatan per kapita dan laju pertumbuhannya dibandingkan "
            "kabupaten. Kuadran I cepat maju dan cepat tumbuh (pusat pertumbuhan); II maju tetapi "
            "tertekan; III berkembang cepat, mengejar ketertinggalan; IV relatif tertinggal, prioritas "
            "dukungan. Gunakan rata-rata beberapa tahun dan penduduk pertengahan tahun; PDRB kecamatan "
            "biasanya hasil kajian khusus, bukan rilis rutin BPS."
        ),
        "en": (
            "Kecamatan are grouped by income per capita and growth compared with the kabupaten. "
            "Quadrant I high income and fast growth (growth poles); II high income but slowing; III "
            "catching up; IV relatively lagging, a priority for support. Use multi-year averages and "
            "mid-year population; kecamatan GRDP usually comes from a commissioned study, not a routine "
            "BPS release."
        ),
    },
    # -- skalogram ---------------------------------------------------------------------------
    "an_doc_skalogram_title": {"id": "Analisis skalogram (Guttman)", "en": "Scalogram analysis (Guttman)"},
    "an_doc_skalogram_formula": {
        "id": "COR = 1 − e / (N·K) ; e = jumlah sel 0 di kiri angka 1 terakhir setiap baris",
        "en": "COR = 1 − e / (N·K) ; e = number of 0 cells left of the last 1 of each row",
    },
    "an_doc_skalogram_latex": {
        "id": r"COR = 1 - \dfrac{e}{N \cdot K}",
        "en": r"COR = 1 - \dfrac{e}{N \cdot K}",
    },
    "an_doc_skalogram_reading": {
        "id": (
            "Tabel ketersediaan fasilitas diurutkan: wilayah dengan jenis fasilitas terbanyak di atas, "
            "fasilitas yang paling umum di kiri. Bila pola ini rapi (koefisien reproduksibilitas COR "
            "minimal 0,90), fasilitas bertambah menurut urutan yang tetap, sehingga jumlah jenis "
            "fasilitas layak dipakai untuk menyusun hierarki pusat pelayanan: Orde I adalah pusat "
            "pelayanan utama. Skalogram hanya melihat ada atau tidaknya fasilitas, bukan jumlahnya; "
            "bandingkan dengan indeks sentralitas Marshall."
        ),
        "en": (
            "The facility presence table is sorted: settlements with the most facility types on top, "
            "the most common facilities on the left. When the pattern is tidy (coefficient of "
            "reproducibility at least 0.90), facilities accumulate in a fixed order and the number of "
            "types can rank settlements as service centres: Order I are the main centres. Presence "
            "ignores quantity; compare with Marshall's centrality index."
        ),
    },
    # -- marshall ----------------------------------------------------------------------------
    "an_doc_marshall_title": {"id": "Indeks sentralitas Marshall", "en": "Marshall centrality index"},
    "an_doc_marshall_formula": {
        "id": "C_f = t / T_f (t = 100) ; IS_k = Σ_f n_kf · C_f",
        "en": "C_f = t / T_f (t = 100) ; IS_k = Σ_f n_kf · C_f",
    },
    "an_doc_marshall_latex": {
        "id": r"C_f = \dfrac{t}{T_f},\qquad IS_k = \sum_f n_{kf}\, C_f",
        "en": r"C_f = \dfrac{t}{T_f},\qquad IS_k = \sum_f n_{kf}\, C_f",
    },
    "an_doc_marshall_reading": {
        "id": (
            "Setiap jenis fasilitas membagi nilai sentralitas yang sama (100) kepada seluruh unitnya, "
            "sehingga satu unit fasilitas langka bernilai lebih tinggi daripada satu unit fasilitas "
            "yang umum. Indeks sebuah wilayah adalah jumlah nilai semua unit yang dimilikinya: makin "
            "tinggi, makin kuat perannya sebagai pusat pelayanan. Hati-hati, fasilitas yang sangat "
            "langka (misalnya bank) dapat mendominasi indeks."
        ),
        "en": (
            "Every facility type shares the same centrality (100) among all its units, so one unit of a "
            "rare facility is worth more than one unit of a common one. A settlement's index is the sum "
            "over the units it has: the higher, the stronger its role as a service centre. Very rare "
            "facilities (a bank, say) can dominate the index."
        ),
    },
    # -- indeks_komposit ---------------------------------------------------------------------
    "an_doc_indeks_komposit_title": {"id": "Indeks komposit potensi", "en": "Composite potential index"},
    "an_doc_indeks_komposit_formula": {
        "id": (
            "z = (x − min) / (maks − min) (indikator 'makin rendah makin baik': (maks − x) / (maks − "
            "min)) ; S_k = 100 · Σ_i w_i · z_ik"
        ),
        "en": (
            "z = (x − min) / (max − min) (indicator 'lower is better': (max − x) / (max − min)) ; S_k = "
            "100 · Σ_i w_i · z_ik"
        ),
    },
    "an_doc_indeks_komposit_latex": {
        "id": r"z_{ik} = \dfrac{x_{ik} - \min_i}{\max_i - \min_i},\qquad S_k = 100\sum_i w_i z_{ik}",
        "en": r"z_{ik} = \dfrac{x_{ik} - \min_i}{\max_i - \min_i},\qquad S_k = 100\sum_i w_i z_{ik}",
    },
    "an_doc_indeks_komposit_reading": {
        "id": (
            "Beberapa indikator dengan satuan berbeda diubah ke skala yang sama (0 = terburuk, 1 = "
            "terbaik di antara wilayah yang dibandingkan), lalu dirata-rata dengan bobot. Nilai 100 "
            "berarti terbaik pada semua indikator, 0 terburuk pada semua. Indeks ini bersifat relatif: "
            "peringkat dapat berubah bila wilayah, indikator, atau bobot berubah. Wilayah yang datanya "
            "tidak lengkap tidak diberi indeks. Arah tiap indikator (makin tinggi atau makin rendah makin "
            "baik) dipilih oleh pengguna, tidak ada arah bawaan: jumlah desa/kelurahan yang banyak, "
            "misalnya, belum tentu lebih baik. Indeks baru dihitung setelah semua indikator punya arah."
        ),
        "en": (
            "Indicators in different units are put on one scale (0 = worst, 1 = best among the regions "
            "compared) and averaged with weights. 100 would be best on every indicator, 0 worst on "
            "every one. The index is relative: ranks can change when regions, indicators or weights "
            "change. Regions with incomplete data get no index. The user chooses each indicator's "
            "direction (higher or lower is better); there is no default, since more desa/kelurahan, for "
            "instance, is not necessarily better. The index is computed once every indicator has one."
        ),
    },
    # -- ahp ---------------------------------------------------------------------------------
    "an_doc_ahp_title": {"id": "Pembobotan AHP", "en": "AHP weighting"},
    "an_doc_ahp_formula": {
        "id": (
            "w_i = rata-rata geometrik baris i / jumlahnya ; λmaks = rata-rata((A·w)_i / w_i) ; CI = "
            "(λmaks − n)/(n − 1) ; CR = CI / RI"
        ),
        "en": (
            "w_i = geometric mean of row i / their sum ; λmax = mean((A·w)_i / w_i) ; CI = (λmax − "
            "n)/(n − 1) ; CR = CI / RI"
        ),
    },
    "an_doc_ahp_latex": {
        "id": r"CI = \dfrac{\lambda_{maks} - n}{n - 1},\qquad CR = \dfrac{CI}{RI}",
        "en": r"CI = \dfrac{\lambda_{maks} - n}{n - 1},\qquad CR = \dfrac{CI}{RI}",
    },
    "an_doc_ahp_reading": {
        "id": (
            "Para ahli membandingkan setiap pasang kriteria (1 = sama penting, 9 = jauh lebih penting). "
            "Bobot adalah porsi kepentingan setiap kriteria dan berjumlah 1. Rasio konsistensi (CR) "
            "mengukur seberapa saling bertentangan penilaian itu; CR paling tinggi 0,10 dapat diterima, "
            "di atasnya penilaian harus ditinjau ulang dan bobot tidak dipakai."
        ),
        "en": (
            "Experts compare each pair of criteria (1 = equally important, 9 = far more important). A "
            "weight is a criterion's share of importance; weights sum to 1. The consistency ratio (CR) "
            "measures how much the judgements contradict each other; up to 0.10 is acceptable, above "
            "that the judgements must be revisited and the weights are not used."
        ),
    },
}
