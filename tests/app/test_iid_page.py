"""The IID workbench page on the seeded store: everyone sees the estimate, how it is
made and where the points are; an editor edits one indicator's evidence and sees the
estimate and the list move, and can undo it; an anonymous visitor gets no edit
control (and a forged click writes nothing); a what-if changes nothing stored.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.data.tables import history, read_rows
from tests.app.accounts import sign_in_as_editor

APP = str(REPO_ROOT / "dashboard.py")


@pytest.fixture()
def store(seeded_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PETA_STORE", str(seeded_copy))
    monkeypatch.delenv("PETA_USERS_DB", raising=False)
    return seeded_copy


def _iid(signed_in: bool = False, lang: str = "id") -> AppTest:
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params["lang"] = lang
    app.run()
    if signed_in:
        sign_in_as_editor(app)
    app.switch_page("pages/iid.py").run()
    assert not app.exception, app.exception
    return app


def _metric(app: AppTest, label_start: str) -> str:
    return next(m.value for m in app.metric if m.label.startswith(label_start))


def _table(app: AppTest, first_column: str):
    return next(d.value for d in app.dataframe if d.value.columns[0] == first_column)


def test_anonymous_sees_the_estimate_with_its_rules_and_no_edit_control(store: Path) -> None:
    app = _iid()
    assert _metric(app, "Perkiraan IID")
    assert _metric(app, "Predikat") in (
        "Sangat Inovatif",
        "Inovatif",
        "Kurang Inovatif",
        "Tidak Dapat Dinilai",
    )
    how = _table(app, "Angka")
    assert "MAX(10" in " ".join(how["Aturan"])
    assert any(text.startswith("belum pasti") for text in how["Kepastian aturan"])  # [T] rules said so
    assert any("data contoh" in w.value for w in app.warning)  # the seeded assessments are examples
    history_table = _table(app, "Tahun")
    assert {"61,42", "72,59"} <= set(history_table["IID"])  # the official results, beside the estimate
    keys = {str(w.key) for w in app.button}
    assert "iid_edit_save" not in keys and "iid_plan_save" not in keys
    # the gap list for the next workshop: per kecamatan, adding up to the potentials table
    summary = next(d.value for d in app.dataframe if "Belum ada inovasi" in d.value.columns)
    potensi = read_rows("potensi", store)
    assert summary["Potensi"].sum() == len(potensi)
    gaps = next(d.value for d in app.dataframe if "ID potensi" in d.value.columns)
    assert len(gaps) == summary["Belum ada inovasi"].sum() > 0


def test_english_switch(store: Path) -> None:
    app = _iid(lang="en")
    assert app.title[0].value == "Regional Innovation Index (IID)"
    assert _metric(app, "IID")


def test_an_editor_adds_evidence_and_the_estimate_and_the_points_list_move(store: Path) -> None:
    app = _iid(signed_in=True)
    gains = _table(app, "Inovasi")
    # the best evidence for a parameter already chosen (the seeded example has some): add it
    target = gains[gains["Langkah"].str.startswith("lengkapi bukti")].iloc[0]
    before_iid = _metric(app, "Perkiraan IID")
    name, indicator = target["Inovasi"], target["Indikator"]
    choice = next(o for o in app.selectbox(key="iid_inovasi").options if o.startswith(name))
    app.selectbox(key="iid_inovasi").select(choice).run()
    number = int(indicator.split()[0])
    app.selectbox(key="iid_edit_no").set_value(number).run()
    inovasi_id = app.selectbox(key="iid_inovasi").value
    app.text_input(key=f"iid_edit_file_{inovasi_id}_{number}").input("sk_bupati_2025.pdf").run()
    app.button(key="iid_edit_save").click().run()
    assert not app.exception, app.exception
    assert any("Penilaian disimpan" in s.value for s in app.success)
    assert _metric(app, "Perkiraan IID") != before_iid
    after = _table(app, "Inovasi")
    assert not (
        (after["Inovasi"] == name)
        & (after["Indikator"] == indicator)
        & (after["Langkah"] == target["Langkah"])
    ).any()
    row = read_rows("inovasi_indikator", store)
    row = row[(row.inovasi_id == inovasi_id) & (row.no_indikator == number)].iloc[0]
    assert row.bukti_file == "sk_bupati_2025.pdf" and not row.contoh  # now a real row, no longer an example
    mine = history(store).query("lapisan == 'inovasi_indikator' and oleh == 'editor_uji'")
    assert len(mine) == 1 and mine.iloc[0].baris_diganti == 1

    app.button(key="iid_undo_penilaian").click().run()
    assert _metric(app, "Perkiraan IID") == before_iid
    # the form shows what is stored again (an example row: its parameter only), never "nan"
    assert app.text_input(key=f"iid_edit_file_{inovasi_id}_{number}").value == ""
    assert app.text_input(key=f"iid_edit_note_{inovasi_id}_{number}").value == ""


def test_a_forged_save_from_an_anonymous_tab_writes_nothing(store: Path) -> None:
    app = _iid()
    before = len(history(store))
    with pytest.raises(KeyError):
        app.button(key="iid_edit_save")  # not drawn, so it cannot be clicked
    assert len(history(store)) == before


def test_a_whatif_moves_the_scenario_and_writes_nothing(store: Path) -> None:
    app = _iid()
    before = len(history(store))
    app.radio(key="iid_whatif_kind").set_value("tambah").run()
    app.text_input(key="iid_whatif_name").input("Inovasi rencana").run()
    app.button(key="iid_whatif_add").click().run()
    compare = next(d.value for d in app.dataframe if "Skenario" in d.value.columns)
    n = compare.set_index("Angka").loc["Inovasi dihitung (n)"]
    assert int(n["Skenario"].replace(".", "")) == int(n["Tersimpan"].replace(".", "")) + 1
    assert len(history(store)) == before


def _choose_innovation(app: AppTest, inovasi_id: str) -> AppTest:
    return app.selectbox(key="iid_inovasi").set_value(inovasi_id).run()


def test_an_editor_fills_an_innovation_s_profile_and_its_risk_goes(store: Path) -> None:
    app = _iid(signed_in=True)
    inovasi_id = "INV-2021-0001"  # Si Jaran Ijo: no profile text yet
    _choose_innovation(app, inovasi_id)
    risks = next(d.value for d in app.dataframe if "Profil belum lengkap" in d.value.columns)
    assert "Tujuan inovasi" in risks.set_index("Inovasi").loc[risks.Inovasi.iloc[0], "Profil belum lengkap"]
    design = " ".join(["Petugas mendatangi warga rentan untuk merekam KTP-el di rumah."] * 35)  # 315 words
    texts = {"rancang_bangun": design, "tujuan": "Warga rentan punya KTP-el", "manfaat": "Tanpa antre",
             "hasil_inovasi": "Ribuan KTP-el terekam"}  # fmt: skip
    for name, text in texts.items():
        app.text_area(key=f"iid_profile_{name}_{inovasi_id}").input(text)
    app.text_input(key=f"iid_profile_urusan_{inovasi_id}").input("2.12 Administrasi Kependudukan")
    app.selectbox(key=f"iid_profile_inisiator_{inovasi_id}").set_value("perangkat_daerah")
    app.text_input(key=f"iid_profile_tgl_uji_coba_{inovasi_id}").input("31-13-2021")  # no such date
    app.button(key="iid_profile_save").click().run()
    assert not app.exception, app.exception
    assert any("tgl_uji_coba" in e.value for e in app.error), [e.value for e in app.error]
    assert read_rows("inovasi", store).set_index("inovasi_id").loc[inovasi_id, "tujuan"] is None

    app.text_input(key=f"iid_profile_tgl_uji_coba_{inovasi_id}").input("2021-02-01")
    app.button(key="iid_profile_save").click().run()
    assert any("disimpan" in s.value for s in app.success), [e.value for e in app.error]
    row = read_rows("inovasi", store).set_index("inovasi_id").loc[inovasi_id]
    assert row.tujuan == "Warga rentan punya KTP-el" and row.tgl_uji_coba == "2021-02-01"
    assert row.nama_inovasi.startswith("Si Jaran Ijo") and row.tgl_penerapan == "2021-03-09"  # the rest kept
    risks = next(d.value for d in app.dataframe if "Profil belum lengkap" in d.value.columns)
    mine = risks[risks.Inovasi.str.startswith("Si Jaran Ijo")]
    assert mine.empty or "Tujuan inovasi" not in mine.iloc[0]["Profil belum lengkap"]


def test_an_editor_saves_an_spd_figure_pre_filled_from_the_statistics(store: Path) -> None:
    app = _iid(signed_in=True)
    app.selectbox(key="iid_spd_no").set_value("11b").run()
    ipm = read_rows("indikator", store).query("kode_wilayah == '35.05' and indikator == 'ipm'")
    latest = ipm.sort_values("tahun").iloc[-1]
    assert app.number_input(key=f"iid_spd_value_{_year(app)}_11b").value == latest.nilai
    assert any("statistik dasbor" in c.value for c in app.caption)
    app.button(key="iid_spd_save").click().run()
    assert not app.exception, app.exception
    row = read_rows("iid_spd", store).query("no_indikator == '11b'").iloc[0]
    assert row.nilai_data == latest.nilai and not row.contoh and "http" in row.sumber


def _year(app: AppTest) -> int:
    return int(app.selectbox(key="iid_tahun").value)


def test_an_editor_saves_a_whatif_as_a_plan_and_loads_it_again(store: Path) -> None:
    app = _iid(signed_in=True)
    app.radio(key="iid_whatif_kind").set_value("tambah").run()
    app.text_input(key="iid_whatif_name").input("Inovasi sekolah").run()
    app.button(key="iid_whatif_add").click().run()
    app.text_input(key="iid_plan_name").input("Rencana lokakarya").run()
    app.button(key="iid_plan_save").click().run()
    assert any("Rencana disimpan" in s.value for s in app.success)
    plans = read_rows("iid_rencana", store)
    assert list(plans.nama) == ["Rencana lokakarya"]
    app.button(key="iid_whatif_clear").click().run()
    assert not any("Skenario" in d.value.columns for d in app.dataframe)
    app.selectbox(key="iid_plan_choose").set_value(plans.rencana_id.iloc[0]).run()
    app.button(key="iid_plan_load").click().run()
    assert any("Skenario" in d.value.columns for d in app.dataframe)


def test_an_admin_sets_this_year_s_thresholds_and_the_predicate_follows(store: Path) -> None:
    from tests.app.accounts import make_account, sign_in

    app = AppTest.from_file(APP, default_timeout=120).run()
    make_account("kepala_iid", "admin")
    sign_in(app, "kepala_iid")
    app.switch_page("pages/iid.py").run()
    year = _year(app)
    assert any(f"Aturan IID {year} belum diimpor" in c.value for c in app.caption)
    iid = float(_metric(app, "Perkiraan IID").replace(",", "."))
    # thresholds just above today's estimate: whatever it was, it becomes Kurang Inovatif
    app.number_input(key=f"iid_rules_batas_inovatif_{year}").set_value(round(iid + 1, 2))
    app.number_input(key=f"iid_rules_batas_sangat_inovatif_{year}").set_value(round(iid + 2, 2))
    app.button(key="iid_rules_save").click().run()
    assert not app.exception, app.exception
    assert any(f"Aturan IID {year} disimpan" in s.value for s in app.success), [e.value for e in app.error]
    assert any(f"Aturan IID {year} dipakai" in c.value for c in app.caption)
    assert _metric(app, "Predikat") == "Kurang Inovatif"
    assert float(_metric(app, "Perkiraan IID").replace(",", ".")) == iid
    stored = read_rows("iid_indikator", store)
    assert (stored.tahun == year).sum() == (stored.tahun == 2023).sum()  # the indicators were copied
    # an inverted pair of thresholds is refused with the rule's message, nothing stored changes
    app.number_input(key=f"iid_rules_batas_inovatif_{year}").set_value(90.0)
    app.button(key="iid_rules_save").click().run()
    assert (
        app.error
        and float(read_rows("iid_aturan", store).set_index("tahun").loc[year, "batas_inovatif"]) != 90
    )


def test_an_editor_gets_no_rules_form(store: Path) -> None:
    app = _iid(signed_in=True)
    assert "iid_rules_save" not in {str(b.key) for b in app.button}
