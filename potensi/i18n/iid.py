"""Texts of the Indeks Inovasi Daerah workbench page."""

TEXTS = {
    "nav_iid": {"id": "Indeks Inovasi", "en": "Innovation index"},
    "iid_title": {"id": "Indeks Inovasi Daerah (IID)", "en": "Regional Innovation Index (IID)"},
    "iid_intro": {
        "id": (
            "Perkiraan IID tahun berjalan dari penilaian mandiri setiap inovasi, dengan rumus, bobot dan "
            "batas predikat tahun itu yang disimpan sebagai data. Lihat dari mana angkanya, indikator mana "
            "yang paling menambah nilai, inovasi mana yang berisiko bernilai 0, dan coba skenario tanpa "
            "mengubah data."
        ),
        "en": (
            "This year's IID estimate from each innovation's self-assessment, with the year's formula, "
            "weights and predicate thresholds stored as data. See where the figure comes from, which "
            "indicators would add most, which innovations risk scoring 0, and try scenarios without "
            "changing the data."
        ),
    },
    "iid_year": {"id": "Tahun penilaian", "en": "Assessment year"},
    "iid_rules_own": {
        "id": "Aturan IID {rules_year} dipakai. Sumber aturan: {source}",
        "en": "The IID rules of {rules_year} are used. Source of the rules: {source}",
    },
    "iid_rules_borrowed": {
        "id": (
            "Aturan IID {year} belum diimpor; perkiraan memakai aturan {rules_year} (terbaru yang ada). "
            "Admin dapat mengimpor aturan {year} di Kelola Data. Sumber aturan {rules_year}: {source}"
        ),
        "en": (
            "No IID rules for {year} have been imported; the estimate uses the {rules_year} rules (the "
            "latest there are). An admin can import the {year} rules in Manage data. Source of the "
            "{rules_year} rules: {source}"
        ),
    },
    "iid_example_warning": {
        "id": (
            "Perkiraan ini memakai {n} baris data contoh (penilaian mandiri atau nilai SPD contoh, bukan "
            "penilaian nyata). Angka nyata dari OPD menggantikannya."
        ),
        "en": (
            "This estimate uses {n} rows of example data (example self-assessments or SPD values, not a "
            "real assessment). Real figures from the agencies replace them."
        ),
    },
    "iid_figure_spd": {"id": "SPD (pemerintah daerah)", "en": "SPD (local government)"},
    "iid_figure_sid_indikator": {"id": "SID: bagian indikator", "en": "SID: indicator part"},
    "iid_figure_jumlah": {"id": "SID: skor jumlah inovasi", "en": "SID: innovation count score"},
    "iid_figure_sid": {"id": "SID (inovasi)", "en": "SID (innovations)"},
    "iid_figure_total": {"id": "Skor total", "en": "Total score"},
    "iid_figure_iid": {"id": "IID", "en": "IID"},
    "iid_figure_predikat": {"id": "Predikat", "en": "Predicate"},
    "iid_figure_n": {"id": "Inovasi dihitung (n)", "en": "Innovations counted (n)"},
    "iid_metric_iid": {"id": "Perkiraan IID {year}", "en": "IID {year} estimate"},
    "iid_predikat_sangat_inovatif": {"id": "Sangat Inovatif", "en": "Very innovative"},
    "iid_predikat_inovatif": {"id": "Inovatif", "en": "Innovative"},
    "iid_predikat_kurang_inovatif": {"id": "Kurang Inovatif", "en": "Less innovative"},
    "iid_predikat_tidak_dapat_dinilai": {
        "id": "Tidak Dapat Dinilai",
        "en": "Cannot be assessed",
    },
    "iid_how_heading": {"id": "Bagaimana angka ini dihitung", "en": "How these figures are computed"},
    "iid_col_figure": {"id": "Angka", "en": "Figure"},
    "iid_col_value": {"id": "Nilai", "en": "Value"},
    "iid_col_rule": {"id": "Aturan", "en": "Rule"},
    "iid_col_certainty": {"id": "Kepastian aturan", "en": "Rule confirmed"},
    "iid_certain": {"id": "pasti (menurut sumber aturan)", "en": "confirmed (per the rules' source)"},
    "iid_uncertain": {
        "id": "belum pasti (sumber pihak ketiga): {rules}",
        "en": "not confirmed (third-party source): {rules}",
    },
    "iid_rule_rumus": {"id": "rumus", "en": "formula"},
    "iid_rule_pembagi_min": {"id": "pembagi minimum", "en": "divisor floor"},
    "iid_rule_skor_jumlah": {"id": "skor jumlah inovasi", "en": "count score"},
    "iid_rule_syarat_urusan": {"id": "syarat urusan wajib", "en": "mandatory-affairs condition"},
    "iid_rule_batas_predikat": {"id": "batas predikat", "en": "predicate thresholds"},
    "iid_rule_skor_maks": {"id": "skor maksimum dan bobot", "en": "maximum scores and weights"},
    "iid_rule_tahapan_dinilai": {"id": "tahapan yang dinilai", "en": "stages scored"},
    "iid_rule_profil_wajib": {"id": "profil wajib", "en": "required profile"},
    "iid_rule_text_spd": {
        "id": "Σ bobot × parameter dari {rows} baris indikator 1–15",
        "en": "Σ weight × parameter over {rows} rows of indicators 1–15",
    },
    "iid_rule_text_sid_indikator": {
        "id": "Σ skor indikator 16–35 semua inovasi ({total}) ÷ MAX({floor}, n={n}) = ÷ {divisor}",
        "en": "Σ indicator 16–35 scores of all innovations ({total}) ÷ MAX({floor}, n={n}) = ÷ {divisor}",
    },
    "iid_rule_text_jumlah": {
        "id": "MIN(n, {cap}) = {n} inovasi × {per}",
        "en": "MIN(n, {cap}) = {n} innovations × {per}",
    },
    "iid_rule_text_jumlah_blocked": {
        "id": "0: aturan tahun ini mensyaratkan semua urusan wajib tercakup; belum: {missing}",
        "en": "0: this year's rule requires every mandatory affair to be covered; not yet: {missing}",
    },
    "iid_rule_text_sid": {
        "id": "bagian indikator + skor jumlah inovasi",
        "en": "indicator part + count score",
    },
    "iid_rule_text_total": {"id": "SPD + SID", "en": "SPD + SID"},
    "iid_rule_text_iid": {"id": "skor total ÷ {maks} × 100", "en": "total score ÷ {maks} × 100"},
    "iid_rule_text_predikat": {
        "id": (
            "Sangat Inovatif ≥ {sangat}; Inovatif ≥ {inovatif}; Kurang Inovatif > 0; 0 = Tidak Dapat Dinilai"
        ),
        "en": (
            "Very innovative ≥ {sangat}; Innovative ≥ {inovatif}; Less innovative > 0; 0 = cannot be assessed"
        ),
    },
    "iid_history_heading": {"id": "Hasil resmi dan perkiraan", "en": "Official results and the estimate"},
    "iid_col_year": {"id": "Tahun", "en": "Year"},
    "iid_col_iid": {"id": "IID", "en": "IID"},
    "iid_col_rank": {"id": "Peringkat nasional", "en": "National rank"},
    "iid_col_kind": {"id": "Jenis", "en": "Kind"},
    "iid_col_source": {"id": "Sumber", "en": "Source"},
    "iid_kind_official": {"id": "hasil resmi", "en": "official result"},
    "iid_kind_estimate": {"id": "perkiraan dasbor", "en": "dashboard estimate"},
    "iid_kind_example": {"id": "data contoh", "en": "example data"},
    "iid_estimate_source": {
        "id": "dihitung di halaman ini dari penilaian mandiri yang tersimpan",
        "en": "computed on this page from the stored self-assessments",
    },
    "iid_points_heading": {"id": "Di mana poinnya", "en": "Where the points are"},
    "iid_floor_ok": {
        "id": (
            "{n} inovasi dihitung, tidak kurang dari pembagi minimum {floor}: "
            "setiap inovasi tambahan menambah skor jumlah."
        ),
        "en": (
            "{n} innovations counted, not fewer than the divisor floor "
            "{floor}: every further one adds to the count score."
        ),
    },
    "iid_floor_cost": {
        "id": (
            "Baru {n} inovasi dihitung, padahal jumlah skor dibagi minimal {floor}. Melaporkan {missing} "
            "inovasi lagi dengan skor rata-rata hari ini ({average}) menaikkan IID dari {now} menjadi {then}."
        ),
        "en": (
            "Only {n} innovations are counted, while the score sum is divided by at least {floor}. "
            "Reporting {missing} more with today's average score ({average}) would raise the IID from "
            "{now} to {then}."
        ),
    },
    "iid_urusan_required": {
        "id": (
            "Aturan tahun ini mensyaratkan semua urusan wajib pelayanan dasar; menurut kolom urusan "
            "yang terisi, {n} belum tercakup: {missing}. Skor jumlah inovasi 0 sampai tercakup.{blank}"
        ),
        "en": (
            "This year's rule requires every mandatory basic-service affair; by the affairs filled "
            "in, {n} are not covered yet: {missing}. The count score is 0 until they are.{blank}"
        ),
    },
    "iid_urusan_not_required": {
        "id": (
            "Urusan wajib pelayanan dasar yang belum tercakup menurut kolom urusan yang terisi ({n}): "
            "{missing}. Aturan tahun ini tidak mensyaratkannya.{blank}"
        ),
        "en": (
            "Mandatory basic-service affairs not covered by the affairs filled in ({n}): "
            "{missing}. This year's rule does not require them.{blank}"
        ),
    },
    "iid_urusan_blank": {
        "id": " {k} dari {n} inovasi yang dihitung belum mengisi urusan pemerintahan utama.",
        "en": " {k} of the {n} innovations counted have no main government affair filled in.",
    },
    "iid_metric_spd": {"id": "SPD", "en": "SPD"},
    "iid_metric_sid": {"id": "SID", "en": "SID"},
    "iid_metric_n": {"id": "Inovasi (n)", "en": "Innovations (n)"},
    "iid_gap_to_official": {
        "id": (
            "Perkiraan ini hanya sebaik penilaian yang tersimpan: {unassessed} dari {n} inovasi yang "
            "dihitung belum dinilai sama sekali dan bernilai 0. Hasil resmi terakhir: {official} ({year})."
        ),
        "en": (
            "This estimate is only as good as the stored assessments: {unassessed} of the {n} "
            "innovations counted are not assessed at all and score 0. Latest official result: "
            "{official} ({year})."
        ),
    },
    "iid_gains_heading": {
        "id": "Langkah tunggal yang paling menambah IID",
        "en": "Single steps that add most to the IID",
    },
    "iid_gains_indicator_heading": {
        "id": "Indikator yang paling menambah bila dinaikkan di semua inovasi",
        "en": "Indicators that add most when raised for every innovation",
    },
    "iid_col_innovation": {"id": "Inovasi", "en": "Innovation"},
    "iid_col_indicator": {"id": "Indikator", "en": "Indicator"},
    "iid_col_action": {"id": "Langkah", "en": "Step"},
    "iid_col_gain": {"id": "Tambahan IID", "en": "IID added"},
    "iid_col_innovations": {"id": "Inovasi yang bisa naik", "en": "Innovations that can rise"},
    "iid_action_lengkapi_bukti": {
        "id": "lengkapi bukti dukung parameter {old}",
        "en": "add the evidence for parameter {old}",
    },
    "iid_action_naik_satu": {
        "id": "naikkan parameter ke {new} (dengan bukti)",
        "en": "raise the parameter to {new} (with evidence)",
    },
    "iid_risk_heading": {"id": "Inovasi berisiko ({n})", "en": "Innovations at risk ({n})"},
    "iid_risk_none": {"id": "Tidak ada inovasi yang berisiko.", "en": "No innovation at risk."},
    "iid_col_reason": {"id": "Risiko", "en": "Risk"},
    "iid_col_no_evidence": {"id": "Indikator tanpa bukti", "en": "Indicators without evidence"},
    "iid_col_missing_profile": {"id": "Profil belum lengkap", "en": "Profile fields missing"},
    "iid_risk_belum_dinilai": {
        "id": "belum dinilai sama sekali (skor 0)",
        "en": "not assessed at all (scores 0)",
    },
    "iid_risk_skor_nol": {"id": "semua indikator bernilai 0", "en": "every indicator scores 0"},
    "iid_risk_bukti_kurang": {
        "id": "parameter dipilih tanpa bukti (bernilai 0)",
        "en": "parameter chosen without evidence (scores 0)",
    },
    "iid_risk_profil_kurang": {
        "id": "profil wajib belum lengkap (rancang bangun min. 300 kata)",
        "en": "required profile incomplete (design at least 300 words)",
    },
    "iid_assessment_heading": {"id": "Penilaian mandiri per inovasi", "en": "Self-assessment per innovation"},
    "iid_no_innovations": {
        "id": "Belum ada inovasi yang dilaporkan untuk tahun ini.",
        "en": "No innovation is reported for this year yet.",
    },
    "iid_choose_innovation": {"id": "Inovasi", "en": "Innovation"},
    "iid_innovation_label": {"id": "{name} — {score} poin", "en": "{name} — {score} points"},
    "iid_innovation_not_counted": {
        "id": "{name} — tidak dinilai (tahap {stage})",
        "en": "{name} — not scored (stage {stage})",
    },
    "iid_col_weight": {"id": "Bobot", "en": "Weight"},
    "iid_col_parameter": {"id": "Parameter", "en": "Parameter"},
    "iid_col_evidence": {"id": "Bukti dukung", "en": "Evidence"},
    "iid_col_score": {"id": "Skor", "en": "Score"},
    "iid_col_flag": {"id": "Catatan skor", "en": "Score note"},
    "iid_col_example": {"id": "Contoh", "en": "Example"},
    "iid_col_statistic": {"id": "Statistik di dasbor (tahun)", "en": "Statistic in the dashboard (year)"},
    "iid_yes": {"id": "ya", "en": "yes"},
    "iid_flag_tanpa_bukti": {"id": "tanpa bukti: bernilai 0", "en": "no evidence: scores 0"},
    "iid_flag_belum_dinilai": {"id": "belum dinilai: bernilai 0", "en": "not assessed: scores 0"},
    "iid_flag_bukti_tidak_valid": {
        "id": "bukti tidak valid: bernilai 0",
        "en": "evidence rejected: scores 0",
    },
    "iid_edit_heading": {"id": "Ubah satu indikator", "en": "Edit one indicator"},
    "iid_edit_file": {"id": "Nama berkas bukti (PDF/JPG)", "en": "Evidence file name (PDF/JPG)"},
    "iid_edit_url": {"id": "Tautan bukti", "en": "Evidence link"},
    "iid_edit_note": {"id": "Catatan", "en": "Note"},
    "iid_edit_save": {"id": "Simpan penilaian", "en": "Save assessment"},
    "iid_edit_caption": {
        "id": (
            "Disimpan sebagai impor satu baris (tercatat di riwayat Kelola Data dan dapat diurungkan). "
            "Banyak indikator sekaligus: unduh lapisan Penilaian mandiri inovasi di halaman Data, ubah, "
            "lalu unggah di Kelola Data."
        ),
        "en": (
            "Saved as a one-row import (in the Manage data history, undoable). Many indicators at once: "
            "download the innovation self-assessment layer on the Data page, edit it and upload it in "
            "Manage data."
        ),
    },
    "iid_saved_penilaian": {"id": "Penilaian disimpan ({impor_id}).", "en": "Assessment saved ({impor_id})."},
    "iid_saved_profil": {
        "id": "Profil inovasi disimpan ({impor_id}).",
        "en": "Innovation profile saved ({impor_id}).",
    },
    "iid_saved_spd": {
        "id": "Indikator SPD disimpan ({impor_id}).",
        "en": "SPD indicator saved ({impor_id}).",
    },
    "iid_refused": {
        "id": "Tidak disimpan, tidak ada yang berubah. Periksa isian ini:",
        "en": "Not saved, nothing changed. Check these entries:",
    },
    "iid_undo": {"id": "Urungkan", "en": "Revert"},
    "iid_undone": {"id": "Impor {impor_id} diurungkan.", "en": "Import {impor_id} reverted."},
    "iid_spd_heading": {
        "id": "Indikator SPD (1–15) dan statistik yang sudah ada di dasbor",
        "en": "SPD indicators (1–15) and the statistics the dashboard already holds",
    },
    "iid_whatif_heading": {"id": "Bagaimana jika", "en": "What if"},
    "iid_whatif_intro": {
        "id": (
            "Ubah parameter, pindahkan tahapan, tambah inovasi hipotetis atau ubah SPD, lalu bandingkan "
            "dengan keadaan tersimpan. Skenario hanya ada di peramban ini; data tidak berubah kecuali "
            "editor menyimpannya sebagai rencana."
        ),
        "en": (
            "Change parameters, move stages, add hypothetical innovations or change SPD, then compare "
            "with the saved state. The scenario lives in this browser only; the data do not change unless "
            "an editor saves it as a plan."
        ),
    },
    "iid_whatif_kind": {"id": "Perubahan", "en": "Change"},
    "iid_whatif_kind_parameter": {"id": "Parameter indikator", "en": "Indicator parameter"},
    "iid_whatif_kind_tahapan": {"id": "Tahapan inovasi", "en": "Innovation stage"},
    "iid_whatif_kind_tambah": {"id": "Inovasi hipotetis", "en": "Hypothetical innovation"},
    "iid_whatif_kind_spd": {"id": "Indikator SPD", "en": "SPD indicator"},
    "iid_whatif_stage": {"id": "Tahapan baru", "en": "New stage"},
    "iid_whatif_name": {"id": "Nama inovasi hipotetis", "en": "Name of the hypothetical innovation"},
    "iid_whatif_add": {"id": "Tambahkan ke skenario", "en": "Add to scenario"},
    "iid_whatif_clear": {"id": "Kosongkan skenario", "en": "Clear scenario"},
    "iid_stage_inisiatif": {"id": "inisiatif", "en": "initiative"},
    "iid_stage_uji_coba": {"id": "uji coba", "en": "trial"},
    "iid_stage_penerapan": {"id": "penerapan", "en": "implementation"},
    "iid_change_parameter": {
        "id": "{name}: indikator {indicator} → parameter {parameter} (bukti diandaikan ada)",
        "en": "{name}: indicator {indicator} → parameter {parameter} (evidence assumed)",
    },
    "iid_change_tahapan": {"id": "{name}: tahapan → {stage}", "en": "{name}: stage → {stage}"},
    "iid_change_spd": {
        "id": "SPD {indicator} → parameter {parameter}",
        "en": "SPD {indicator} → parameter {parameter}",
    },
    "iid_change_tambah": {
        "id": "inovasi hipotetis {name}, semua indikator parameter {parameter}",
        "en": "hypothetical innovation {name}, every indicator at parameter {parameter}",
    },
    "iid_col_saved": {"id": "Tersimpan", "en": "Saved"},
    "iid_col_whatif": {"id": "Skenario", "en": "Scenario"},
    "iid_plan_name": {"id": "Nama rencana", "en": "Plan name"},
    "iid_plan_save": {"id": "Simpan sebagai rencana", "en": "Save as plan"},
    "iid_plan_saved": {"id": "Rencana disimpan ({impor_id}).", "en": "Plan saved ({impor_id})."},
    "iid_gap_heading": {"id": "Potensi tanpa inovasi", "en": "Potentials without an innovation"},
    "iid_gap_intro": {
        "id": (
            "Potensi yang belum didukung inovasi mana pun (ditautkan langsung, atau sektor sama dan melayani "
            "kecamatannya): daftar untuk lokakarya inovasi berikutnya. {n} dari {total} potensi."
        ),
        "en": (
            "Potentials no innovation stands behind (linked directly, or same sector and serving the "
            "kecamatan): a list for the next innovation workshop. {n} of {total} potentials."
        ),
    },
    "iid_gap_download": {"id": "Unduh daftar (XLSX)", "en": "Download the list (XLSX)"},
    "iid_col_potentials": {"id": "Potensi", "en": "Potentials"},
    "iid_col_supported": {"id": "Didukung inovasi", "en": "With an innovation"},
    "iid_col_gaps": {"id": "Belum ada inovasi", "en": "Without an innovation"},
    "iid_profile_heading": {
        "id": "Profil inovasi untuk aplikasi IID: {name}",
        "en": "Innovation profile for the IID application: {name}",
    },
    "iid_profile_rancang_bangun": {
        "id": "Rancang bangun dan pokok perubahan",
        "en": "Design and main changes",
    },
    "iid_profile_tujuan": {"id": "Tujuan", "en": "Purpose"},
    "iid_profile_manfaat": {"id": "Manfaat", "en": "Benefits"},
    "iid_profile_hasil_inovasi": {"id": "Hasil inovasi", "en": "Results"},
    "iid_profile_urusan_utama": {
        "id": "Urusan pemerintahan utama (mis. 1.02 Kesehatan)",
        "en": "Main government affair (e.g. 1.02 Kesehatan)",
    },
    "iid_profile_inisiator_tipe": {"id": "Inisiator", "en": "Initiator"},
    "iid_profile_tgl_uji_coba": {
        "id": "Mulai uji coba (mis. 17/08/2021 atau 2021-08-17)",
        "en": "Trial start (e.g. 17/08/2021 or 2021-08-17)",
    },
    "iid_profile_tgl_penerapan": {
        "id": "Mulai penerapan (mis. 17/08/2021 atau 2021-08-17)",
        "en": "Implementation start (e.g. 17/08/2021 or 2021-08-17)",
    },
    "iid_profile_url_video": {"id": "Tautan video", "en": "Video link"},
    "iid_profile_words": {
        "id": "{n} kata (aplikasi IID meminta minimal 300)",
        "en": "{n} words (the IID application asks for at least 300)",
    },
    "iid_profile_save": {"id": "Simpan profil", "en": "Save profile"},
    "iid_profile_caption": {
        "id": "Kolom yang wajib menurut aturan tahun ini: {fields}.",
        "en": "Fields this year's rules require: {fields}.",
    },
    "iid_spd_edit_heading": {
        "id": "Ubah satu indikator SPD {year}",
        "en": "Edit one SPD indicator of {year}",
    },
    "iid_spd_value": {"id": "Nilai data pendukung", "en": "Supporting figure"},
    "iid_spd_prefilled": {
        "id": "Nilai terisi dari statistik dasbor: {note}. Sumber: {source}",
        "en": "Figure pre-filled from the dashboard's statistics: {note}. Source: {source}",
    },
    "iid_spd_save": {"id": "Simpan SPD", "en": "Save SPD"},
    "iid_plan_choose": {"id": "Rencana tersimpan", "en": "Saved plan"},
    "iid_plan_load": {"id": "Muat ke skenario", "en": "Load into the scenario"},
    "iid_inisiator_kepala_daerah": {"id": "Kepala daerah", "en": "Regional head"},
    "iid_inisiator_anggota_dprd": {"id": "Anggota DPRD", "en": "Member of the regional parliament (DPRD)"},
    "iid_inisiator_asn": {"id": "ASN", "en": "Civil servant (ASN)"},
    "iid_inisiator_perangkat_daerah": {"id": "Perangkat daerah (OPD)", "en": "Regional agency (OPD)"},
    "iid_inisiator_masyarakat": {"id": "Anggota masyarakat", "en": "Member of the public"},
    "iid_rules_edit_heading": {"id": "Aturan IID {year} (admin)", "en": "IID rules of {year} (admin)"},
    "iid_rules_edit_intro": {
        "id": (
            "Ubah batas predikat, pembagi minimum dan skor jumlah tahun {year}. Bobot per indikator "
            "diubah lewat Kelola Data (lapisan Indikator IID)."
        ),
        "en": (
            "Change the predicate thresholds, divisor floor and count score of {year}. Weights per "
            "indicator are changed through Manage data (IID indicators layer)."
        ),
    },
    "iid_rules_edit_copy": {
        "id": "{year} belum punya aturan: bobot dan parameter indikator {rules_year} disalin dulu.",
        "en": "{year} has no rules yet: the indicator weights and parameters of {rules_year} are copied.",
    },
    "iid_rules_batas_sangat_inovatif": {"id": "Batas Sangat Inovatif", "en": "Very innovative from"},
    "iid_rules_batas_inovatif": {"id": "Batas Inovatif", "en": "Innovative from"},
    "iid_rules_pembagi_min": {"id": "Pembagi minimum", "en": "Divisor floor"},
    "iid_rules_skor_per_inovasi": {"id": "Skor per inovasi", "en": "Score per innovation"},
    "iid_rules_skor_total_maks": {"id": "Skor total maksimum", "en": "Maximum total score"},
    "iid_rules_syarat_urusan": {
        "id": "Skor jumlah inovasi 0 bila tidak semua urusan wajib tercakup",
        "en": "Count score is 0 unless every mandatory affair is covered",
    },
    "iid_rules_save": {"id": "Simpan aturan", "en": "Save rules"},
    "iid_rules_saved": {
        "id": "Aturan IID {year} disimpan ({impor_id}).",
        "en": "IID rules of {year} saved ({impor_id}).",
    },
    "iid_history_axis": {
        "id": "Tahun (* perkiraan dasbor)",
        "en": "Year (* dashboard estimate)",
    },
}
