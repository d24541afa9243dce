"""The Kelola Data page: a signed-in editor gets the template, the upload and the undo
of their own imports; an anonymous visitor who opens it gets a sign-in hint and no
control; a forged undo click from an anonymous tab changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.data import audit
from potensi.data.importer import import_as
from potensi.data.tables import IMPORT_COLUMN, history, read_rows
from tests.app.accounts import sign_in_as_editor

APP = str(REPO_ROOT / "dashboard.py")


@pytest.fixture()
def store(seeded_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PETA_STORE", str(seeded_copy))
    monkeypatch.delenv("PETA_USERS_DB", raising=False)
    return seeded_copy


def _kelola(signed_in: bool) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=120).run()
    if signed_in:
        sign_in_as_editor(app)
    app.switch_page("pages/kelola.py").run()
    assert not app.exception
    return app


def _keys(app: AppTest) -> set[str]:
    return {str(w.key) for w in [*app.button, *app.selectbox, *app.checkbox]}


def _import(store: Path, actor: str, potensi_id: str) -> str:
    rows = read_rows("potensi", store)
    row = rows[~rows.contoh.astype(bool)].iloc[0].drop(IMPORT_COLUMN).to_dict()
    row = {k: ("" if v is None or (isinstance(v, float) and pd.isna(v)) else v) for k, v in row.items()}
    content = pd.DataFrame([{**row, "potensi_id": potensi_id}]).to_csv(index=False, sep=";").encode()
    return import_as(actor, "potensi", content, f"{potensi_id}.csv", store).record.impor_id


def test_anonymous_gets_a_sign_in_hint_and_no_control(store: Path) -> None:
    app = _kelola(signed_in=False)
    assert any("Masuk petugas" in i.value for i in app.info)
    assert not app.get("download_button") and not app.get("file_uploader")
    assert not any(k.startswith("kelola") for k in _keys(app))


def test_an_editor_gets_template_upload_and_undoes_only_their_own_import(store: Path) -> None:
    own = _import(store, "editor_uji", "POT-APP-SENDIRI")
    other = _import(store, "editor_lain", "POT-APP-LAIN")
    app = _kelola(signed_in=True)
    assert app.get("download_button") and app.get("file_uploader")
    assert [o.split(" — ")[0] for o in app.selectbox(key="kelola_history_choice").options] == [own]
    shown = app.dataframe[-1].value
    assert {"editor_uji", "editor_lain"} <= set(shown["Oleh"])
    assert other in set(shown["ID impor"])
    app.button(key="kelola_history_undo").click().run()
    assert not app.exception
    assert "POT-APP-SENDIRI" not in set(read_rows("potensi", store).potensi_id)
    assert "POT-APP-LAIN" in set(read_rows("potensi", store).potensi_id)
    assert any(own in i.value for i in app.info)
    logged = audit.entries(store).iloc[0]
    assert (logged.aksi, logged.pelaku) == ("batal_impor", "editor_uji")


def test_a_forged_undo_from_an_anonymous_tab_changes_nothing(store: Path) -> None:
    own = _import(store, "editor_uji", "POT-APP-PALSU")
    editor = _kelola(signed_in=True)
    forged_id = editor.button(key="kelola_history_undo").id
    anonymous = _kelola(signed_in=False)
    before = history(store)
    states = anonymous._tree.get_widget_states()
    forged = states.widgets.add()
    forged.id, forged.trigger_value = forged_id, True
    anonymous._run(states)
    assert not anonymous.exception
    pd.testing.assert_frame_equal(history(store), before)
    assert own in set(history(store).impor_id) and "POT-APP-PALSU" in set(
        read_rows("potensi", store).potensi_id
    )


def test_presentation_mode_shows_the_history_and_no_upload(store: Path) -> None:
    app = AppTest.from_file(APP, default_timeout=120).run()
    sign_in_as_editor(app)
    app.switch_page("pages/kelola.py").run()
    app.toggle(key="present").set_value(True).run()
    assert not app.exception
    assert not app.get("file_uploader") and not app.get("download_button")
    assert not any(k.startswith("kelola") for k in _keys(app))
    assert len(app.dataframe) == 1


def test_an_editor_may_choose_a_bps_table_with_its_fields(store: Path) -> None:
    """The *Tabel BPS* choice: the indicator key, unit, source, year and sub-column fields,
    the upload for XLSX/CSV, and no template download (a BPS table is not a template)."""
    app = _kelola(signed_in=True)
    kind = app.radio(key="kelola_kind")
    assert kind.options == ["Templat lapisan", "Tabel BPS seperti diunduh", "Lapisan tematik (peta)"]
    kind.set_value("bps").run()
    assert not app.exception
    keys = {str(w.key) for w in app.text_input}
    assert {"kelola_bps_indikator", "kelola_bps_satuan", "kelola_bps_sumber", "kelola_bps_kolom"} <= keys
    assert app.number_input(key="kelola_bps_tahun").value == 0
    assert app.get("file_uploader") and not app.get("download_button")
    assert any("seperti diunduh dari situs BPS" in c.value for c in app.caption)


def test_a_bps_table_may_be_a_pdrb_or_production_table(store: Path) -> None:
    """The *Tabel BPS* choice says what the table holds; PDRB asks for prices and area
    (both read from the title unless chosen) and no indicator key."""
    app = _kelola(signed_in=True)
    app.radio(key="kelola_kind").set_value("bps").run()
    jenis = app.radio(key="kelola_bps_jenis")
    assert jenis.options[1] == "PDRB menurut lapangan usaha (untuk analisis sektor)"
    jenis.set_value("pdrb").run()
    assert not app.exception
    assert app.selectbox(key="kelola_bps_harga").options == [
        "dari judul tabel", "konstan 2010 (ADHK)", "berlaku (ADHB)"
    ]  # fmt: skip
    assert app.selectbox(key="kelola_bps_wilayah").options[1] == "Kabupaten Blitar (35.05)"
    assert "kelola_bps_indikator" not in {str(w.key) for w in app.text_input}
    assert any("pdrb_adhk_" in c.value for c in app.caption)
    app.radio(key="kelola_bps_jenis").set_value("produksi").run()
    assert not app.exception and any("produksi_<komoditas>" in c.value for c in app.caption)
    assert app.get("file_uploader")


def test_an_editor_may_choose_a_thematic_layer_with_its_fields(store: Path) -> None:
    """*Lapisan tematik*: the spatial upload, title, category, source, year, licence and class
    field, the list of stored layers, and no template download."""
    app = _kelola(signed_in=True)
    app.radio(key="kelola_kind").set_value("tematik").run()
    assert not app.exception
    keys = {str(w.key) for w in app.text_input}
    assert {
        "kelola_overlay_judul",
        "kelola_overlay_sumber",
        "kelola_overlay_lisensi",
    } <= keys
    assert app.selectbox(key="kelola_overlay_kategori").options == [
        "Zonasi/RTRW",
        "Jaringan (jalan, sungai, irigasi)",
        "Rawan bencana",
        "Lainnya",
    ]
    assert app.selectbox(key="kelola_overlay_kolom_0").options == ["(pilih otomatis)"]
    assert app.get("file_uploader") and not app.get("download_button")
    assert any("CRS apa pun" in c.value for c in app.caption)


def test_the_iid_layers_are_listed_and_the_rules_of_a_year_only_for_an_admin(store: Path) -> None:
    from tests.app.accounts import make_account, sign_in

    editor = _kelola(signed_in=True)
    offered = editor.selectbox(key="kelola_layer").options
    assert "Penilaian mandiri inovasi (indikator 16–35)" in offered
    assert "Indikator SPD pemerintah daerah (1–15)" in offered and "Rencana IID (skenario)" in offered
    assert "Aturan IID per tahun" not in offered and "Indikator IID (bobot dan parameter)" not in offered

    make_account("admin_uji", "admin")
    admin = AppTest.from_file(APP, default_timeout=120).run()
    sign_in(admin, "admin_uji")
    admin.switch_page("pages/kelola.py").run()
    assert not admin.exception
    offered = admin.selectbox(key="kelola_layer").options
    assert {"Aturan IID per tahun", "Indikator IID (bobot dan parameter)"} <= set(offered)
    admin.selectbox(key="kelola_layer").set_value("iid_aturan").run()
    assert not admin.exception
    assert admin.get("download_button")
