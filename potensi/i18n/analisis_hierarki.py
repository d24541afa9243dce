"""UI texts of the service-centre hierarchy (skalogram, Marshall), and the labels of the facility
indikator keys it reads and of the centrality index it writes."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # -- indikator keys (shown wherever the key appears: sidebar, tables) ----------------
    "ind_fasilitas_sd": {"id": "SD/MI", "en": "Primary schools"},
    "ind_fasilitas_smp": {"id": "SMP/MTs", "en": "Junior secondary schools"},
    "ind_fasilitas_sma_smk": {"id": "SMA/SMK/MA", "en": "Senior secondary schools"},
    "ind_fasilitas_puskesmas": {"id": "Puskesmas", "en": "Community health centres"},
    "ind_fasilitas_pasar": {"id": "Pasar", "en": "Markets"},
    "ind_fasilitas_koperasi": {"id": "Koperasi", "en": "Cooperatives"},
    "ind_fasilitas_bank": {"id": "Bank", "en": "Banks"},
    "ind_fasilitas_hotel": {"id": "Hotel/penginapan", "en": "Hotels/lodging"},
    "ind_fasilitas_rumah_sakit": {"id": "Rumah sakit", "en": "Hospitals"},
    "ind_indeks_sentralitas": {"id": "Indeks sentralitas Marshall", "en": "Marshall centrality index"},
    "an_hir_intro": {
        "id": (
            "Hierarki pusat pelayanan dari jumlah fasilitas per kecamatan (bentuk data Podes): skalogram "
            "Guttman melihat jenis fasilitas yang ada, indeks sentralitas Marshall juga menghitung "
            "jumlah unitnya."
        ),
        "en": (
            "Service-centre hierarchy from facility counts per district (the Podes shape): the Guttman "
            "scalogram looks at which facility types exist, Marshall's centrality index also counts "
            "their units."
        ),
    },
    "an_hir_no_data": {
        "id": (
            "Belum ada data fasilitas kecamatan (indikator fasilitas_sd, fasilitas_puskesmas, …). Impor "
            "jumlah fasilitas per kecamatan dari Podes sebagai lapisan indikator."
        ),
        "en": (
            "No district facility data yet (indicators fasilitas_sd, fasilitas_puskesmas, …). Import "
            "facility counts per district from Podes into the indikator layer."
        ),
    },
    "an_hir_facilities": {"id": "Jenis fasilitas", "en": "Facility types"},
    "an_hir_year": {"id": "Tahun data", "en": "Data year"},
    "an_hir_orders": {"id": "Jumlah orde skalogram", "en": "Scalogram orders"},
    "an_hir_marshall_orders": {"id": "Jumlah orde Marshall", "en": "Marshall orders"},
    "an_hir_sturges": {"id": "Sturges ({k})", "en": "Sturges ({k})"},
    "an_hir_pick_two": {
        "id": "Pilih paling sedikit dua jenis fasilitas.",
        "en": "Pick at least two facility types.",
    },
    "an_hir_cor_ok": {
        "id": "COR = {cor} ≥ {batas}: skala layak (kesalahan e = {e}, N = {n}, K = {k}).",
        "en": "COR = {cor} ≥ {batas}: the scale is valid (errors e = {e}, N = {n}, K = {k}).",
    },
    "an_hir_cor_bad": {
        "id": (
            "COR = {cor} < {batas}: skala tidak layak (kesalahan e = {e}, N = {n}, K = {k}); tinjau daftar "
            "fasilitas sebelum memakai orde skalogram."
        ),
        "en": (
            "COR = {cor} < {batas}: the scale is not valid (errors e = {e}, N = {n}, K = {k}); review the "
            "facility list before using the scalogram orders."
        ),
    },
    "an_hir_cs": {
        "id": "Koefisien skalabilitas = {cs} (umumnya disyaratkan ≥ 0,60).",
        "en": "Coefficient of scalability = {cs} (commonly required ≥ 0.60).",
    },
    "an_hir_matrix": {"id": "Matriks skalogram (diurutkan)", "en": "Scalogram matrix (sorted)"},
    "an_hir_matrix_help": {
        "id": "Baris: kecamatan dengan jenis fasilitas terbanyak di atas; "
        "kolom: fasilitas paling umum di kiri. "
        "Sel bertanda ✕ adalah kesalahan Guttman (0 di kiri angka 1 terakhir).",
        "en": "Rows: districts with the most facility types on top; columns: the most common facility on the "
        "left. Cells marked ✕ are Guttman errors (a 0 left of the row's last 1).",
    },
    "an_hir_absent": {"id": "tidak ada", "en": "absent"},
    "an_hir_present": {"id": "ada", "en": "present"},
    "an_hir_error": {"id": "kesalahan", "en": "error"},
    "an_hir_scalogram_table": {"id": "Skalogram per kecamatan", "en": "Scalogram by district"},
    "an_hir_marshall_table": {"id": "Indeks sentralitas Marshall", "en": "Marshall centrality index"},
    "an_hir_weights": {
        "id": "Bobot per unit fasilitas (C = 100 / T)",
        "en": "Weight per facility unit (C = 100 / T)",
    },
    "an_hir_is_sum": {
        "id": "Jumlah IS = {total} (= 100 × {k} jenis fasilitas).",
        "en": "Sum of IS = {total} (= 100 × {k} facility types).",
    },
    "an_hir_map_basis": {"id": "Peta menurut", "en": "Map by"},
    "an_hir_basis_marshall": {"id": "Orde Marshall", "en": "Marshall order"},
    "an_hir_basis_skalogram": {"id": "Orde skalogram", "en": "Scalogram order"},
    "an_hir_map_title": {"id": "Orde pusat pelayanan {year}", "en": "Service-centre order {year}"},
    "an_hir_source": {
        "id": "Peta Potensi: {method} dari jumlah fasilitas {year}",
        "en": "Peta Potensi: {method} from facility counts {year}",
    },
    "an_hir_col_types": {"id": "Jenis fasilitas ada", "en": "Facility types present"},
    "an_hir_col_errors": {"id": "Kesalahan", "en": "Errors"},
    "an_hir_col_order": {"id": "Orde", "en": "Order"},
    "an_hir_col_is": {"id": "Indeks sentralitas (IS)", "en": "Centrality index (IS)"},
    "an_hir_col_units": {"id": "Jumlah unit (T)", "en": "Units (T)"},
    "an_hir_col_weight": {"id": "Bobot (C)", "en": "Weight (C)"},
    "an_hir_col_facility": {"id": "Fasilitas", "en": "Facility"},
    "an_hir_order_label": {"id": "Orde {roman}", "en": "Order {roman}"},
}
