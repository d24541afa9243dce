"""The peluang catalogue's pure functions: completeness, sorting, formats, escaping."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from potensi.core import cells, formatting
from potensi.core import text as text_rules
from potensi.data import records
from potensi.data.schema import PELUANG
from potensi.data.seed import seed_store
from potensi.data.tables import read_rows
from potensi.i18n import CATALOGUE, LANGS
from potensi.testing import stores
from potensi.views import peluang as pl

KEC = {"35.05.06": "Ponggok", "35.05.09": "Nglegok"}
DESA = {"35.05.06.2001": "Dadaplangu"}
XSS = "<img src=x onerror=alert(1)>"


def row(**values: object) -> pd.Series:
    """A peluang row with every column empty except ``values``."""
    base: dict[str, object] = dict.fromkeys(PELUANG.names)
    base.update(
        peluang_id="PI-T-01",
        judul_id="Pabrik uji",
        judul_en="Test plant",
        sektor_prioritas="agroindustri",
        kecamatan="35.05.06",
        tingkat_kesiapan="prospektif",
        tgl_pembaruan="2025-06-30",
        contoh=False,
    )
    base.update(values)
    return pd.Series(base)


FULL = dict(
    nilai_investasi_idr=12_500_000_000.0,
    irr_persen=14.2,
    npv_idr=3_100_000_000.0,
    diskonto_persen=12.0,
    payback_tahun=6.5,
    luas_lahan_ha=2.5,
    status_lahan="hgb",
    clear_and_clean=True,
    kesesuaian_rtrw="sesuai",
    dokumen="https://example.org/fs.pdf",
    kontak_telepon="0342 123456",
)


@pytest.fixture(scope="module")
def seed_rows(blitar_store: Path, tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    store = stores.clone_store(blitar_store, tmp_path_factory.mktemp("peluang"), keep=True)
    seed_store(store, progress=lambda _m: None)
    return read_rows("peluang_investasi", store)


# ---------------------------------------------------------------- completeness


def test_key_fields_are_ten_and_labelled_in_both_languages() -> None:
    assert len(pl.KEY_FIELDS) == 10
    for field in pl.KEY_FIELDS:
        assert set(CATALOGUE[f"peluang_key_{field.key}"]) == set(LANGS)


def test_a_complete_row_counts_ten_of_ten() -> None:
    result = pl.completeness(row(**FULL))
    assert (result.known, result.total, result.missing) == (10, 10, ())
    assert result.text("id") == "10/10 data kunci tersedia"
    assert result.text("en") == "10/10 key facts available"
    assert result.missing_text("id") is None


def test_an_empty_row_counts_nothing_and_names_every_gap() -> None:
    result = pl.completeness(row())
    assert result.known == 0 and len(result.missing) == 10
    assert result.missing_text("id").startswith("Belum tersedia: nilai investasi, IRR")


@pytest.mark.parametrize(
    ("change", "gap"),
    [
        ({"diskonto_persen": None}, "npv"),  # an NPV without its rate is not a usable NPV
        ({"status_lahan": "belum_diketahui"}, "status_lahan"),
        ({"kesesuaian_rtrw": "belum_diketahui"}, "rtrw"),
        ({"kontak_telepon": None, "kontak_instansi": "DPMPTSP"}, "kontak"),  # an agency alone
        ({"dokumen": "javascript:alert(1)"}, "dokumen"),  # not a link anyone can open
        ({"irr_persen": float("nan")}, "irr"),
        ({"luas_lahan_ha": "  "}, "luas"),
        ({"clear_and_clean": None}, "clear_and_clean"),
    ],
)
def test_unknown_values_count_as_missing(change: dict, gap: str) -> None:
    result = pl.completeness(row(**{**FULL, **change}))
    assert result.missing == (gap,) and result.known == 9


def test_clear_and_clean_false_is_known_information() -> None:
    assert pl.completeness(row(**{**FULL, "clear_and_clean": False})).known == 10


def test_e_mail_alone_is_a_contact() -> None:
    assert pl.completeness(row(**{**FULL, "kontak_telepon": None, "kontak_email": "a@b.id"})).known == 10


def test_completeness_of_the_seed_rows(seed_rows: pd.DataFrame) -> None:
    counts = {r.peluang_id: pl.completeness(r) for _, r in seed_rows.iterrows()}
    assert {k: c.known for k, c in counts.items()} == {
        "PI-CONTOH-01": 6,
        "PI-CONTOH-02": 7,
        "PI-CONTOH-03": 7,
        "PI-CONTOH-04": 5,
    }
    # none of the examples has a clear-and-clean statement, documents or a direct contact
    for result in counts.values():
        assert {"clear_and_clean", "dokumen", "kontak"} <= set(result.missing)
    assert counts["PI-CONTOH-04"].missing == ("status_lahan", "clear_and_clean", "rtrw", "dokumen", "kontak")


# ---------------------------------------------------------------- filter and sort


def frame() -> pd.DataFrame:
    return pd.DataFrame(
        [
            row(
                peluang_id="A",
                irr_persen=12.0,
                nilai_investasi_idr=5e9,
                tingkat_kesiapan="fs",
                tgl_pembaruan="2024-01-10",
                sektor_prioritas="pariwisata",
            ),
            row(
                peluang_id="B",
                irr_persen=None,
                nilai_investasi_idr=9e9,
                tingkat_kesiapan="prospektif",
                tgl_pembaruan=None,
            ),
            row(
                peluang_id="C",
                **{**FULL, "irr_persen": 18.0, "nilai_investasi_idr": 1e9},
                tingkat_kesiapan="ipro_siap_ditawarkan",
                tgl_pembaruan="2025-12-01",
            ),
            row(
                peluang_id="D",
                irr_persen=15.0,
                nilai_investasi_idr=None,
                tingkat_kesiapan="identifikasi_potensi",
                tgl_pembaruan="2025-03-01",
                sektor_prioritas="perikanan",
            ),
        ]
    )


@pytest.mark.parametrize(
    ("by", "order"),
    [
        ("irr", ["C", "D", "A", "B"]),  # unknown IRR last
        ("nilai", ["B", "A", "C", "D"]),
        ("kesiapan", ["C", "A", "B", "D"]),
        ("kelengkapan", ["C", "A", "B", "D"]),  # 10/10, 2/10, then B and D tie on 1/10: id order
        ("pembaruan", ["C", "D", "A", "B"]),
    ],
)
def test_sorting_puts_the_best_first_and_unknowns_last(by: str, order: list[str]) -> None:
    assert list(pl.sort_opportunities(frame(), by).peluang_id) == order


def test_sorting_ties_keep_the_id_order_and_unknown_keys_fail() -> None:
    rows = pd.DataFrame([row(peluang_id=i, irr_persen=10.0) for i in ("Z", "M", "A")])
    assert list(pl.sort_opportunities(rows, "irr").peluang_id) == ["A", "M", "Z"]
    with pytest.raises(ValueError, match="irr"):
        pl.sort_opportunities(rows, "random")


def test_sort_by_irr_on_the_seed(seed_rows: pd.DataFrame) -> None:
    ordered = pl.sort_opportunities(seed_rows, "irr")
    assert list(ordered.irr_persen) == [16.5, 14.8, 13.6, 13.2]


def test_sector_filter_and_options() -> None:
    rows = frame()
    assert pl.sector_options(rows) == ["agroindustri", "perikanan", "pariwisata"]
    assert list(pl.filter_sectors(rows, ["perikanan"]).peluang_id) == ["D"]
    assert len(pl.filter_sectors(rows, [])) == 4


def test_archived_opportunities_are_not_on_offer() -> None:
    rows = pd.DataFrame(
        [
            row(peluang_id="A", status_publikasi="arsip"),
            row(peluang_id="B", status_publikasi="draft"),
            row(peluang_id="C"),
        ]
    )
    assert list(records.on_offer(rows).peluang_id) == ["B", "C"]


def test_example_count(seed_rows: pd.DataFrame) -> None:
    assert cells.example_count(seed_rows) == 4
    assert cells.example_count(frame()) == 0


# ---------------------------------------------------------------- formats


def test_rupiah_irr_npv_payback_in_both_languages() -> None:
    card_id = pl.build_card(row(**FULL), KEC, DESA, "id")
    card_en = pl.build_card(row(**FULL), KEC, DESA, "en")
    assert card_id.value == "Rp12,5 miliar" and card_en.value == "IDR 12.5 billion"
    assert card_id.irr == "14,2%" and card_en.irr == "14.2%"
    assert card_id.npv == "Rp3,1 miliar @ 12%" and card_en.npv == "IDR 3.1 billion @ 12%"
    assert card_id.payback == "6,5 tahun" and card_en.payback == "6.5 years"
    assert card_id.land == "2,5 ha · Hak guna bangunan (HGB)"
    assert card_en.land == "2.5 ha · Right to build (HGB)"
    assert pl.irr_text(16.5, "id") == "IRR 16,5%" and pl.irr_text(None, "en") is None


def test_npv_never_appears_without_its_discount_rate() -> None:
    assert pl.npv_text(3.1e9, 12.5, "id") == "Rp3,1 miliar @ 12,5%"
    assert pl.npv_text(3.1e9, None, "id") == "Rp3,1 miliar (tingkat diskonto tidak diketahui)"
    assert pl.npv_text(3.1e9, float("nan"), "en") == "IDR 3.1 billion (discount rate unknown)"
    assert pl.npv_text(None, 12, "id") is None


def test_dates_are_written_in_the_ui_language() -> None:
    assert formatting.format_date("2026-11-28", "id") == "28 November 2026"
    assert formatting.format_date("2025-05-03", "id") == "3 Mei 2025"
    assert formatting.format_date("2025-05-03T10:00:00", "en") == "3 May 2025"
    assert formatting.format_date("kemarin", "id") == "kemarin"  # a wrong date stays visible
    assert formatting.format_date(None, "id") is None


def test_card_text_in_both_languages() -> None:
    data = row(**FULL, contoh=True, desa="35.05.06.2001", sumber="BPS 2024")
    html_id = pl.card_html(pl.build_card(data, KEC, DESA, "id"), "id")
    html_en = pl.card_html(pl.build_card(data, KEC, DESA, "en"), "en")
    for text in (
        "DATA CONTOH",
        "Pabrik uji",
        "Kec. Ponggok · Desa Dadaplangu · Agroindustri",
        "Rp12,5 miliar",
        "14,2%",
        "Rp3,1 miliar @ 12%",
        "6,5 tahun",
        "Prospektif",
        "10/10 data kunci tersedia",
        "Sumber: BPS 2024",
        "Diperbarui 30 Juni 2025",
        "0342 123456",
    ):
        assert text in html_id, text
    for text in (
        "EXAMPLE DATA",
        "Test plant",
        "Ponggok district · Dadaplangu village · Agro-industry",
        "IDR 12.5 billion",
        "IDR 3.1 billion @ 12%",
        "6.5 years",
        "Prospective",
        "10/10 key facts available",
        "Source: BPS 2024",
        "Updated 30 June 2025",
    ):
        assert text in html_en, text


def test_missing_figures_are_named_not_left_blank() -> None:
    html_id = pl.card_html(pl.build_card(row(), KEC, DESA, "id"), "id")
    assert "belum tersedia" in html_id and "0/10 data kunci tersedia" in html_id
    assert "DATA CONTOH" not in html_id


def test_every_enum_value_and_field_has_a_label_in_both_languages() -> None:
    for column, prefix in records.ENUM_LABELS.items():
        for value in PELUANG.column(column).allowed:
            assert set(CATALOGUE[f"{prefix}_{value}"]) == set(LANGS), (column, value)
    for name in PELUANG.names:
        assert set(CATALOGUE[f"peluang_field_{name}"]) == set(LANGS), name


def test_detail_table_lists_every_field(seed_rows: pd.DataFrame) -> None:
    first = seed_rows[seed_rows.peluang_id == "PI-CONTOH-01"].iloc[0]
    table = pl.detail_table(first, {"35.05.06": "Ponggok"}, {"35.05.06.2001": "Dadaplangu"}, "en")
    assert len(table) == len(PELUANG.names)
    values = table["Value"]
    assert values["District"] == "Ponggok (35.05.06)"
    assert values["Investment value (IDR)"] == "IDR 45 billion (IDR 45,000,000,000)"
    assert values["NPV"].startswith("IDR 12.4 billion @ 12%")
    assert values["Incentives"] == "Easier licensing, Regional incentives (local taxes/levies)"
    assert values["Last update"] == "28 November 2026"
    assert values["Documents"] == "not yet available"
    assert values["Example data"].startswith("Yes — EXAMPLE DATA")


# ---------------------------------------------------------------- escaping


def test_a_malicious_record_shows_as_text() -> None:
    evil = row(
        **FULL,
        judul_id=XSS,
        judul_en=XSS,
        sumber=f"{XSS}\n\n**bold**",
        kontak_nama=XSS,
        peluang_id='X"><script>',
        tgl_pembaruan=XSS,
    )
    for lang in LANGS:
        html = pl.card_html(pl.build_card(evil, KEC, DESA, lang), lang)
        assert "<img" not in html and "<script" not in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html
        assert "\n" not in html  # a blank line would end Streamlit's HTML block
        heading = pl.detail_heading_html(pl.build_card(evil, KEC, DESA, lang), lang)
        assert "<img" not in heading and "&lt;img" in heading
    assert text_rules.escape(XSS) == "&lt;img src=x onerror=alert(1)&gt;"
    evil_docs = row(dokumen='https://a.id/"onmouseover="alert(1)')
    assert text_rules.document_links(evil_docs.dokumen) == []


def test_document_links_keep_only_web_links() -> None:
    data = row(dokumen="https://a.id/fs.pdf; javascript:alert(1) | http://b.id/peta.png\nfile:///etc")
    assert text_rules.document_links(data.dokumen) == ["https://a.id/fs.pdf", "http://b.id/peta.png"]
    links = pl.documents_html(data)
    assert links is not None and links.count("<a ") == 2 and "javascript" not in links
    assert pl.documents_html(row()) is None


def test_a_contradicted_readiness_is_shown_as_such(seed_rows: pd.DataFrame) -> None:
    """Issue 13.9: the card of PI-CONTOH-03 said *IPRO siap ditawarkan* while its own
    detail says Draf, clean-and-clear unknown and RTRW Perlu KKPR."""
    by_id = seed_rows.set_index("peluang_id", drop=False)
    ipro = by_id.loc["PI-CONTOH-03"]
    card = pl.build_card(ipro, KEC, DESA, "id")
    assert card.readiness == "IPRO siap ditawarkan"
    assert card.readiness_conflict == (
        "Kesiapan tertulis: IPRO siap ditawarkan — tidak sesuai dengan data kartu ini: "
        "status publikasi: Draf; clear and clean: belum tersedia; RTRW: Perlu KKPR; "
        "dokumen studi: belum tersedia. Yang didukung data: Pra-studi kelayakan."
    )
    html = pl.card_html(card, "id")
    assert 'class="peluang-readiness-conflict"' in html
    assert text_rules.escape(card.readiness_conflict) in html
    assert "⚠ IPRO siap ditawarkan (tidak sesuai data)" in pl.badges_html(card, "id")
    assert 'class="peluang-readiness-conflict"' in pl.detail_heading_html(card, "id")
    english = pl.build_card(ipro, KEC, DESA, "en")
    assert english.readiness_conflict.startswith(
        "Stated readiness: IPRO ready to offer — contradicted by this card's facts: "
        "publication status: Draft; clear and clean: not yet available; "
    )
    for pid in ("PI-CONTOH-01", "PI-CONTOH-02", "PI-CONTOH-04"):  # their facts agree
        other = pl.build_card(by_id.loc[pid], KEC, DESA, "id")
        assert other.readiness_conflict is None
        assert "peluang-readiness-conflict" not in pl.card_html(other, "id")
