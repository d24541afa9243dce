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

    app.button(key="iid_undo").click().run()
    assert _metric(app, "Perkiraan IID") == before_iid


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
    n = compare.set_index("Angka").loc["Inovasi dinilai"]
    assert int(n["Skenario"].replace(".", "")) == int(n["Tersimpan"].replace(".", "")) + 1
    assert len(history(store)) == before
