"""What the IID workbench page shows and does: the estimate, how each figure was
made, where the points are, one innovation's self-assessment, what-if, history.

Every number comes from :mod:`potensi.iid` (the same functions the tests run on the
worked examples of DOMAIN.md); this module turns them into tables and texts in the
UI language. Writes — one indicator's evidence, a saved plan — are small CSV files
through the normal importer (:func:`potensi.data.importer.import_for`), so they are
checked on the server, validated, recorded in the history and undoable like any
other import.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from potensi.core import cells
from potensi.core.auth import Session
from potensi.core.errors import PotensiError
from potensi.core.formatting import format_number, format_trimmed
from potensi.core.safe_cells import xlsx_bytes
from potensi.data import records
from potensi.data.importer import ImportReport, import_for, preview_import
from potensi.data.problems import ValidationFailed
from potensi.data.schema import TAHAPAN_INOVASI, get_table
from potensi.data.validate import plan_change_problems
from potensi.i18n import Lang, t
from potensi.iid import context, coverage, points, whatif
from potensi.iid.rules import YearRules, rules_for
from potensi.iid.scoring import Estimate, InnovationScore
from potensi.viz.style import CATEGORICAL, NO_DATA_COLOUR

#: rule names (potensi.data.schema.ATURAN_IID) behind each figure of the estimate
FIGURE_RULES = {
    "spd": ("rumus", "skor_maks"),
    "sid_indikator": ("rumus", "pembagi_min"),
    "jumlah": ("skor_jumlah", "syarat_urusan"),
    "sid": ("rumus",),
    "total": ("rumus",),
    "iid": ("rumus", "skor_maks"),
    "predikat": ("batas_predikat",),
}


@dataclass(frozen=True)
class Workbench:
    """The year's rules, the store's inputs and the estimate they give."""

    year: int
    rules: YearRules
    inputs: whatif.Inputs
    estimate: Estimate


def default_year(today: date | None = None) -> int:
    """The year being prepared: the current calendar year."""
    return (today or date.today()).year


def workbench(data: Mapping[str, pd.DataFrame], year: int) -> Workbench:
    """Rules of ``year`` (or the latest earlier ones) and the estimate from ``data``
    (the store's rows of inovasi, inovasi_indikator, iid_spd, iid_aturan, iid_indikator).

    Raises PotensiError (Indonesian) when no rules are stored for the year or before.
    """
    rules = rules_for(year, data["iid_aturan"], data["iid_indikator"])
    inputs = whatif.Inputs(data["inovasi"], data["inovasi_indikator"], data["iid_spd"])
    return Workbench(year, rules, inputs, inputs.estimate(rules))


def number(value: float, lang: Lang, decimals: int = 2) -> str:
    """A score as the page writes it (two decimals, the language's separators)."""
    return format_number(value, decimals, lang)


def predikat_label(key: str, lang: Lang) -> str:
    """Sangat Inovatif … in the UI language."""
    return t(f"iid_predikat_{key}", lang)


def certainty(rules: YearRules, names: tuple[str, ...], lang: Lang) -> str:
    """'pasti' or 'belum pasti: …' for the rules behind a figure."""
    doubtful = [n for n in names if not rules.is_certain(n)]
    if not doubtful:
        return t("iid_certain", lang)
    return t("iid_uncertain", lang, rules=", ".join(t(f"iid_rule_{n}", lang) for n in doubtful))


def figure_rows(estimate: Estimate, lang: Lang) -> pd.DataFrame:
    """How each figure was made: figure, value, the rule with the numbers filled in, and
    whether that rule is confirmed ([T] rules are said to be uncertain)."""
    r = estimate.rules
    jumlah_rule = (
        t("iid_rule_text_jumlah_blocked", lang, missing=", ".join(estimate.urusan_missing))
        if estimate.jumlah_blocked
        else t(
            "iid_rule_text_jumlah",
            lang,
            n=estimate.counted_for_jumlah,
            per=number(r.skor_per_inovasi, lang),
            cap=r.jumlah_inovasi_maks if r.jumlah_inovasi_maks is not None else "–",
        )
    )
    texts = {
        "spd": t("iid_rule_text_spd", lang, rows=len(estimate.spd_rows)),
        "sid_indikator": t(
            "iid_rule_text_sid_indikator",
            lang,
            total=number(estimate.sid_sum, lang),
            floor=r.pembagi_min,
            n=estimate.n,
            divisor=estimate.divisor,
        ),
        "jumlah": jumlah_rule,
        "sid": t("iid_rule_text_sid", lang),
        "total": t("iid_rule_text_total", lang),
        "iid": t("iid_rule_text_iid", lang, maks=format_trimmed(r.skor_total_maks, lang)),
        "predikat": t(
            "iid_rule_text_predikat",
            lang,
            sangat=number(r.batas_sangat_inovatif, lang),
            inovatif=number(r.batas_inovatif, lang),
        ),
    }
    values = {
        "spd": number(estimate.spd, lang),
        "sid_indikator": number(estimate.sid_indicators, lang),
        "jumlah": number(estimate.jumlah_score, lang),
        "sid": number(estimate.sid, lang),
        "total": number(estimate.total, lang),
        "iid": number(estimate.iid, lang),
        "predikat": predikat_label(estimate.predikat, lang),
    }
    return pd.DataFrame(
        {
            t("iid_col_figure", lang): [t(f"iid_figure_{k}", lang) for k in FIGURE_RULES],
            t("iid_col_value", lang): [values[k] for k in FIGURE_RULES],
            t("iid_col_rule", lang): [texts[k] for k in FIGURE_RULES],
            t("iid_col_certainty", lang): [certainty(r, FIGURE_RULES[k], lang) for k in FIGURE_RULES],
        }
    )


def rules_note(rules: YearRules, lang: Lang) -> str:
    """Which year's rules are used and where they come from."""
    key = "iid_rules_borrowed" if rules.borrowed else "iid_rules_own"
    return t(key, lang, year=rules.asked_for, rules_year=rules.tahun, source=rules.sumber)


def official_results(data: Mapping[str, pd.DataFrame], kabupaten: str) -> pd.DataFrame:
    """The official IID results the store holds (read once per page run; the table, the
    chart and the sentence under the estimate all show them)."""
    return context.history(data["indikator"], kabupaten)


def history_rows(past: pd.DataFrame, estimate: Estimate, lang: Lang) -> pd.DataFrame:
    """The official results per year (``past``: real, with source) and this year's estimate under them."""
    rows = [
        {
            t("iid_col_year", lang): int(row.tahun),
            t("iid_col_iid", lang): number(row.skor, lang),
            t("iid_col_rank", lang): format_number(row.peringkat, 0, lang)
            if cells.is_known(row.peringkat)
            else "",
            t("iid_col_kind", lang): t("iid_kind_example" if row.contoh else "iid_kind_official", lang),
            t("iid_col_source", lang): row.sumber,
        }
        for row in past.itertuples()
    ]
    rows.append(
        {
            t("iid_col_year", lang): estimate.rules.asked_for,
            t("iid_col_iid", lang): number(estimate.iid, lang),
            t("iid_col_rank", lang): "",
            t("iid_col_kind", lang): t("iid_kind_estimate", lang),
            t("iid_col_source", lang): t("iid_estimate_source", lang),
        }
    )
    return pd.DataFrame(rows)


def indicator_name(rules: YearRules, no: object, lang: Lang) -> str:
    """'16 Regulasi inovasi daerah'."""
    indicator = rules.indicator(no)
    return f"{no} {indicator.nama}" if indicator else str(no)


def gain_rows(estimate: Estimate, lang: Lang, limit: int = 15) -> pd.DataFrame:
    """The best single steps: innovation, indicator, what to do, IID points it adds."""
    found = points.gains(estimate).head(limit)
    return pd.DataFrame(
        {
            t("iid_col_innovation", lang): found["nama"],
            t("iid_col_indicator", lang): [
                indicator_name(estimate.rules, n, lang) for n in found["no_indikator"]
            ],
            t("iid_col_action", lang): [
                t(f"iid_action_{a}", lang, old=p, new=q)
                for a, p, q in zip(found["aksi"], found["parameter"], found["parameter_baru"], strict=True)
            ],
            t("iid_col_gain", lang): [number(v, lang, 3) for v in found["tambah_iid"]],
        }
    )


def gain_by_indicator_rows(estimate: Estimate, lang: Lang, limit: int = 10) -> pd.DataFrame:
    """Across all innovations: one step on each indicator everywhere, best first."""
    found = points.gains_by_indicator(estimate).head(limit)
    return pd.DataFrame(
        {
            t("iid_col_indicator", lang): [
                indicator_name(estimate.rules, n, lang) for n in found["no_indikator"]
            ],
            t("iid_col_innovations", lang): [format_number(v, 0, lang) for v in found["inovasi"]],
            t("iid_col_gain", lang): [number(v, lang, 3) for v in found["tambah_iid"]],
        }
    )


def risk_rows(estimate: Estimate, lang: Lang) -> pd.DataFrame:
    """Innovations at risk of scoring 0 or of being refused, and why."""
    risks = points.at_risk(estimate)
    profile_label = {c.name: c.id if lang == "id" else c.en for c in get_table("inovasi").columns}
    return pd.DataFrame(
        {
            t("iid_col_innovation", lang): [r.nama for r in risks],
            t("iid_col_reason", lang): [
                "; ".join(t(f"iid_risk_{x}", lang) for x in r.reasons) for r in risks
            ],
            t("iid_col_no_evidence", lang): [", ".join(r.without_evidence) for r in risks],
            t("iid_col_missing_profile", lang): [
                ", ".join(profile_label.get(m, m) for m in r.missing_profile) for r in risks
            ],
        }
    )


def floor_text(estimate: Estimate, lang: Lang) -> str:
    """What the divisor floor costs (or that the report is above it)."""
    effect = points.floor_effect(estimate)
    if not effect.missing:
        return t("iid_floor_ok", lang, n=effect.n, floor=effect.pembagi_min)
    return t(
        "iid_floor_cost",
        lang,
        n=effect.n,
        floor=effect.pembagi_min,
        missing=effect.missing,
        average=number(effect.average, lang),
        now=number(effect.iid_now, lang),
        then=number(effect.iid_at_floor, lang),
    )


def urusan_text(estimate: Estimate, lang: Lang) -> str | None:
    """The urusan wajib pelayanan dasar not yet covered, and whether the year's count
    rule requires them (None when all are covered or none are listed)."""
    if not estimate.urusan_missing:
        return None
    key = "iid_urusan_required" if estimate.rules.syarat_urusan else "iid_urusan_not_required"
    blank = estimate.counted_without_urusan
    note = t("iid_urusan_blank", lang, k=blank, n=estimate.n) if blank else ""
    return t(
        key, lang, missing=", ".join(estimate.urusan_missing), n=len(estimate.urusan_missing), blank=note
    )


def gap_to_official(past: pd.DataFrame, estimate: Estimate, lang: Lang) -> str | None:
    """Why the estimate may sit far below the official result (``past``): how many counted
    innovations are not assessed at all (None when every one is, or nothing is official)."""
    unassessed = sum(1 for i in estimate.counted if all(s.flag == "belum_dinilai" for s in i.indicators))
    if not unassessed or past.empty:
        return None
    last = past.iloc[-1]
    return t("iid_gap_to_official", lang, unassessed=unassessed, n=estimate.n,
             official=number(float(last.skor), lang), year=int(last.tahun))  # fmt: skip


def innovation_choices(estimate: Estimate) -> list[str]:
    """The innovations of the year: assessed counted ones first, then counted ones not yet
    assessed, then those in a stage the year does not score; by name within each."""
    ordered = sorted(estimate.innovations, key=lambda i: (not i.counted, i.sid_score == 0, i.nama.casefold()))
    return [i.inovasi_id for i in ordered]


def innovation(estimate: Estimate, inovasi_id: str) -> InnovationScore | None:
    """The scored innovation ``inovasi_id``."""
    return next((i for i in estimate.innovations if i.inovasi_id == inovasi_id), None)


def innovation_label(estimate: Estimate, inovasi_id: str, lang: Lang) -> str:
    """'Si Jaran Ijo — 70,00 poin' (or 'tidak dinilai: uji coba')."""
    found = innovation(estimate, inovasi_id)
    if found is None:
        return inovasi_id
    if not found.counted:
        stage = t(f"iid_stage_{found.tahapan}", lang) if found.tahapan in TAHAPAN_INOVASI else "–"
        return t("iid_innovation_not_counted", lang, name=found.nama, stage=stage)
    return t("iid_innovation_label", lang, name=found.nama, score=number(found.sid_score, lang))


def assessment_rows(estimate: Estimate, inovasi_id: str, penilaian: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """One innovation's indicators 16–35: parameter chosen (with its meaning), evidence,
    score, and the flag of a parameter without evidence (scores 0)."""
    found = innovation(estimate, inovasi_id)
    if found is None:
        return pd.DataFrame()
    rows = penilaian[penilaian["inovasi_id"] == inovasi_id].set_index(
        penilaian.loc[penilaian["inovasi_id"] == inovasi_id, "no_indikator"].astype(int).astype(str)
    )
    records = []
    for score in found.indicators:
        indicator = estimate.rules.indicator(score.no)
        stored = rows.loc[score.no] if score.no in rows.index else None
        evidence = [
            str(stored[c])
            for c in ("bukti_file", "bukti_url")
            if stored is not None and cells.is_known(stored[c])
        ]
        meaning = indicator.parameter_text(score.parameter) if indicator else None
        records.append(
            {
                t("iid_col_indicator", lang): indicator_name(estimate.rules, score.no, lang),
                t("iid_col_weight", lang): number(score.bobot, lang, 0),
                t("iid_col_parameter", lang): f"{score.parameter}" + (f" · {meaning}" if meaning else ""),
                t("iid_col_evidence", lang): "; ".join(evidence),
                t("iid_col_score", lang): number(score.score, lang, 0),
                t("iid_col_flag", lang): t(f"iid_flag_{score.flag}", lang) if score.flag else "",
                t("iid_col_example", lang): t("iid_yes", lang) if score.example else "",
            }
        )
    return pd.DataFrame(records)


def current_assessment(penilaian: pd.DataFrame, inovasi_id: str, no: int) -> dict:
    """What the edit form starts from: the stored row of one indicator of one innovation
    (empty dict if none). Of an example row only the parameter: its file names and notes
    are made up and must not end up in the official's real row."""
    rows = penilaian[
        (penilaian["inovasi_id"] == inovasi_id) & (penilaian["no_indikator"].astype(int) == int(no))
    ]
    return _form_start(rows)


def _known(row: dict) -> dict:
    """The filled cells of a stored row (NaN and blanks left out: a form shows them empty,
    never as the text "nan")."""
    return {k: v for k, v in row.items() if cells.is_known(v)}


def _form_start(rows: pd.DataFrame) -> dict:
    """What an edit form starts from: the first stored row's filled cells, or of an example
    row only its parameter (its file names and notes are made up and must not end up in
    the official's real row); empty when nothing is stored."""
    if rows.empty:
        return {}
    row = _known(rows.iloc[0].to_dict())
    return {"parameter": row.get("parameter")} if cells.is_example(row.get("contoh")) else row


def _csv(layer: str, row: dict) -> bytes:
    """One row as the CSV file the importer reads (the page's writes are one-row imports)."""
    return _rows_csv(layer, [row])


def save_assessment(
    session: Session | None,
    inovasi_id: str,
    no: int,
    parameter: int,
    bukti_file: str,
    bukti_url: str,
    catatan: str,
    store: Path | None = None,
    client: str | None = None,
) -> ImportReport:
    """Save one indicator of one innovation as the signed-in editor: a one-row import
    into ``inovasi_indikator`` (validated, undoable), replacing the stored row — an
    example row becomes the official's real one (contoh: tidak)."""
    if session is None:
        raise PotensiError("Masuk sebagai editor untuk menyimpan penilaian.")
    row = {
        "inovasi_id": inovasi_id,
        "no_indikator": int(no),
        "parameter": int(parameter),
        "bukti_file": bukti_file.strip(),
        "bukti_url": bukti_url.strip(),
        "catatan": catatan.strip(),
        "status_validasi": "belum",
        "sumber": f"Penilaian mandiri di halaman IID oleh {session.user}",
        "contoh": "tidak",
    }
    name = f"penilaian_{inovasi_id}_{int(no)}.csv"
    return import_for(
        session, "inovasi_indikator", _csv("inovasi_indikator", row), name, store, replace=True, client=client
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40] or "rencana"


def save_plan(
    session: Session | None,
    year: int,
    name: str,
    changes: list[whatif.Change],
    store: Path | None = None,
    client: str | None = None,
) -> ImportReport:
    """Save a what-if as a plan (``iid_rencana``) as the signed-in editor; the same
    name in the same year replaces the earlier plan (undoable)."""
    if session is None:
        raise PotensiError("Masuk sebagai editor untuk menyimpan rencana.")
    if not name.strip():
        raise PotensiError("Beri nama rencana sebelum menyimpan.")
    if not changes:
        raise PotensiError("Rencana kosong: tambahkan perubahan dulu.")
    if problems := plan_change_problems(changes):
        raise PotensiError("Rencana tidak dapat disimpan: " + "; ".join(problems[:5]) + ".")
    row = {
        "rencana_id": f"RENCANA-{year}-{_slug(name)}",
        "tahun": year,
        "nama": name.strip(),
        "perubahan": whatif.to_json(changes),
        "sumber": f"Skenario what-if di halaman IID oleh {session.user}",
        "contoh": "tidak",
    }
    return import_for(
        session,
        "iid_rencana",
        _csv("iid_rencana", row),
        f"rencana_{year}.csv",
        store,
        replace=True,
        client=client,
    )


def change_label(change: whatif.Change, rules: YearRules, names: Mapping[str, str], lang: Lang) -> str:
    """One what-if change in words."""
    kind = change.get("jenis")
    if kind == "parameter":
        return t(
            "iid_change_parameter",
            lang,
            name=names.get(change["inovasi_id"], change["inovasi_id"]),
            indicator=indicator_name(rules, change["no_indikator"], lang),
            parameter=change["parameter"],
        )
    if kind == "tahapan":
        return t(
            "iid_change_tahapan",
            lang,
            name=names.get(change["inovasi_id"], change["inovasi_id"]),
            stage=t(f"iid_stage_{change['tahapan']}", lang),
        )
    if kind == "spd":
        return t(
            "iid_change_spd",
            lang,
            indicator=indicator_name(rules, change["no_indikator"], lang),
            parameter=change["parameter"],
        )
    return t(
        "iid_change_tambah",
        lang,
        name=change.get("nama") or change["inovasi_id"],
        parameter=change["parameter"],
    )


def comparison_rows(saved: Estimate, scenario: Estimate, lang: Lang) -> pd.DataFrame:
    """Saved state and what-if side by side: n, SPD, SID, total, IID, predicate."""
    keys = ("n", "spd", "sid", "total", "iid", "predikat")

    def values(e: Estimate) -> list[str]:
        return [
            format_number(e.n, 0, lang),
            number(e.spd, lang),
            number(e.sid, lang),
            number(e.total, lang),
            number(e.iid, lang),
            predikat_label(e.predikat, lang),
        ]

    return pd.DataFrame(
        {
            t("iid_col_figure", lang): [t(f"iid_figure_{k}", lang) for k in keys],
            t("iid_col_saved", lang): values(saved),
            t("iid_col_whatif", lang): values(scenario),
        }
    )


def spd_rows(estimate: Estimate, indikator: pd.DataFrame, kabupaten: str, lang: Lang) -> pd.DataFrame:
    """SPD indicators 1–15 with the store's latest statistic beside each (value, year, source)."""
    table = context.spd_table(estimate, indikator, kabupaten)
    return pd.DataFrame(
        {
            t("iid_col_indicator", lang): [
                f"{n} {m}" for n, m in zip(table["no_indikator"], table["nama"], strict=True)
            ],
            t("iid_col_weight", lang): [number(v, lang) for v in table["bobot"]],
            t("iid_col_parameter", lang): table["parameter"].astype(int).astype(str),
            t("iid_col_score", lang): [number(v, lang) for v in table["skor"]],
            t("iid_col_flag", lang): [
                t(f"iid_flag_{f}", lang) if cells.is_known(f) else "" for f in table["flag"]
            ],
            t("iid_col_statistic", lang): [
                ""
                if pd.isna(v)
                else f"{format_number(v, 2, lang)} ({int(y)})"
                + (f" · {t('iid_kind_example', lang)}" if ex else "")
                for v, y, ex in zip(
                    table["nilai_statistik"], table["tahun_statistik"], table["contoh_statistik"], strict=True
                )
            ],
            t("iid_col_source", lang): [
                records.stored_text(str(v), lang) if cells.is_known(v) else ""
                for v in table["sumber_statistik"]
            ],
        }
    )


def gap_rows(
    data: Mapping[str, pd.DataFrame], kecamatan_names: Mapping[str, str], lang: Lang
) -> pd.DataFrame:
    """The potentials no innovation stands behind (the list for the next workshop)."""
    return coverage.gap_table(data["potensi"], data["inovasi"], lang, kecamatan_names)


def gap_summary(
    data: Mapping[str, pd.DataFrame], kecamatan_names: Mapping[str, str], lang: Lang
) -> pd.DataFrame:
    """Per kecamatan: potentials, with an innovation behind them, without; most gaps first."""
    summary = coverage.kecamatan_summary(data["potensi"], data["inovasi"])
    return pd.DataFrame(
        {
            t("gap_col_kecamatan", lang): [
                kecamatan_names.get(k, k) if k else t("gap_kabupaten", lang) for k in summary["kecamatan"]
            ],
            t("iid_col_potentials", lang): summary["potensi"].astype(int),
            t("iid_col_supported", lang): summary["didukung"].astype(int),
            t("iid_col_gaps", lang): summary["belum"].astype(int),
        }
    ).sort_values(t("iid_col_gaps", lang), ascending=False, kind="stable")


def gap_xlsx(gaps: pd.DataFrame) -> bytes:
    """The gap list as a workbook of values (formula-like text neutralised)."""
    return xlsx_bytes({"potensi_tanpa_inovasi": gaps})


#: the innovation profile fields the IID page edits (DOMAIN.md §1.4), long texts first
PROFILE_TEXTS = ("rancang_bangun", "tujuan", "manfaat", "hasil_inovasi")
PROFILE_FIELDS = (
    *PROFILE_TEXTS,
    "urusan_utama",
    "inisiator_tipe",
    "tgl_uji_coba",
    "tgl_penerapan",
    "url_video",
)


def _cell(value: object) -> object:
    """A stored cell as a CSV cell the importer reads back to the same value."""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return value if cells.is_known(value) else ""


def profile_of(inovasi: pd.DataFrame, inovasi_id: str) -> dict:
    """The stored registry row of one innovation (empty dict if it is not stored)."""
    rows = inovasi[inovasi["inovasi_id"] == inovasi_id]
    return {} if rows.empty else _known(rows.iloc[0].to_dict())


def word_count(text: object) -> int:
    """Words of a profile text (the application asks for 300 in the rancang bangun)."""
    return len(str(text).split()) if cells.is_known(text) else 0


def save_profile(
    session: Session | None,
    stored: dict,
    changes: Mapping[str, str],
    store: Path | None = None,
    client: str | None = None,
) -> ImportReport:
    """Save an innovation's IID profile fields as the signed-in editor: the stored row with
    ``changes`` applied, as a one-row import into ``inovasi`` (validated like any file —
    a wrong date or link is refused with its message — in the history, undoable)."""
    if session is None:
        raise PotensiError("Masuk sebagai editor untuk menyimpan profil inovasi.")
    if not stored:
        raise PotensiError("Inovasi ini tidak ada di data tersimpan.")
    unknown = set(changes) - set(PROFILE_FIELDS)
    if unknown:
        raise PotensiError(f"Kolom profil tidak dikenal: {', '.join(sorted(unknown))}.")
    row = {name: _cell(stored.get(name)) for name in get_table("inovasi").names}
    row.update({name: value.strip() for name, value in changes.items()})
    note = f"profil IID diisi oleh {session.user} di halaman IID"
    if note not in str(row["sumber"]):
        row["sumber"] = f"{row['sumber']} | {note}" if row["sumber"] else note
    name = f"profil_{stored['inovasi_id']}.csv"
    return import_for(session, "inovasi", _csv("inovasi", row), name, store, replace=True, client=client)


def spd_start(
    estimate: Estimate, spd: pd.DataFrame, indikator: pd.DataFrame, kabupaten: str, no: str
) -> dict:
    """What the SPD edit form starts from: the stored row of the year (of an example row
    only the parameter), and the dashboard's latest statistic as the figure when none is
    stored — the pre-fill, with its year and source for the note."""
    rows = spd[(spd["tahun"] == estimate.rules.asked_for) & (spd["no_indikator"].astype(str) == no)]
    start = _form_start(rows)
    indicator = estimate.rules.indicator(no)
    stat = (
        context.latest_statistic(indikator, kabupaten, indicator.statistik, estimate.rules.asked_for)
        if indicator and indicator.statistik
        else None
    )
    if stat is not None and not cells.is_known(start.get("nilai_data")):
        start["nilai_data"] = float(stat["nilai"])
        start["catatan"] = f"{indicator.statistik} {int(stat['tahun'])} dari dasbor"
        start["sumber"] = str(stat["sumber"]) if cells.is_known(stat.get("sumber")) else ""
        start["prefilled"] = True
    return start


def save_spd(
    session: Session | None,
    year: int,
    no: str,
    parameter: int,
    nilai_data: float | None,
    bukti_url: str,
    catatan: str,
    sumber: str,
    store: Path | None = None,
    client: str | None = None,
) -> ImportReport:
    """Save one SPD indicator of ``year`` as the signed-in editor (a one-row import into
    ``iid_spd``, replacing the stored one: an example becomes the official's real row)."""
    if session is None:
        raise PotensiError("Masuk sebagai editor untuk menyimpan indikator SPD.")
    row = {
        "tahun": year,
        "no_indikator": no,
        "parameter": int(parameter),
        "nilai_data": "" if nilai_data is None else nilai_data,
        "bukti_url": bukti_url.strip(),
        "catatan": catatan.strip(),
        "sumber": sumber.strip() or f"Penilaian SPD di halaman IID oleh {session.user}",
        "contoh": "tidak",
    }
    return import_for(session, "iid_spd", _csv("iid_spd", row), f"spd_{year}_{no}.csv", store, replace=True,
                      client=client)  # fmt: skip


def plans(rencana: pd.DataFrame, year: int) -> dict[str, str]:
    """Saved plans of ``year``: rencana_id → name (for loading one into the what-if)."""
    if rencana.empty:
        return {}
    mine = rencana[rencana["tahun"] == year]
    return dict(zip(mine["rencana_id"], mine["nama"], strict=True))


def plan_changes(rencana: pd.DataFrame, rencana_id: str) -> list[whatif.Change]:
    """A saved plan's changes (PotensiError in Indonesian when it cannot be read)."""
    rows = rencana[rencana["rencana_id"] == rencana_id]
    if rows.empty:
        raise PotensiError(f"Rencana {rencana_id} tidak ada.")
    return whatif.from_json(str(rows.iloc[0]["perubahan"]))


#: the rules of a year an admin edits on the page (the rest through Kelola Data)
RULE_NUMBERS = (
    "batas_sangat_inovatif",
    "batas_inovatif",
    "pembagi_min",
    "skor_per_inovasi",
    "skor_total_maks",
)


def _rows_csv(layer: str, rows: list[dict]) -> bytes:
    names = get_table(layer).names
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=names, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({n: _cell(row.get(n)) for n in names})
    return buffer.getvalue().encode("utf-8")


def save_year_rules(
    session: Session | None,
    data: Mapping[str, pd.DataFrame],
    rules: YearRules,
    changes: Mapping[str, object],
    store: Path | None = None,
    client: str | None = None,
) -> list[ImportReport]:
    """An admin sets the rules of ``rules.asked_for``: a year without its own gets a copy of
    the borrowed year's indicators, then its rules row with ``changes`` (admin-only on the
    server; each import in the history, undoable).

    The rules row is checked first (a dry run): refused rules write nothing, not even the
    indicators. Indicators are copied only when the year has none yet, so a second try
    after a refusal elsewhere does not trip over the first copy.
    """
    if session is None:
        raise PotensiError("Masuk sebagai admin untuk mengubah aturan IID.")
    year, reports = rules.asked_for, []
    aturan = data["iid_aturan"]
    base = aturan[(aturan["tahun"] == rules.tahun) & ~cells.example_flags(aturan)].iloc[0].to_dict()
    row = {**base, **changes, "tahun": year}
    if rules.borrowed:  # what the admin set is theirs; the rest is the borrowed year's, as sourced
        row["sumber"] = (
            f"Aturan {year} ditetapkan oleh {session.user} di halaman IID ({', '.join(sorted(changes))}); "
            f"selebihnya disalin dari aturan {rules.tahun}: {base.get('sumber') or '-'}"
        )
    name = f"iid_aturan_{year}.csv"
    content = _rows_csv("iid_aturan", [row])
    checked = preview_import("iid_aturan", content, name, store)
    if not checked.ok:
        raise ValidationFailed(name, checked.problems)
    indikator = data["iid_indikator"]
    if not (indikator["tahun"] == year).any():
        # every indicator of the borrowed year, its example SPD weights still flagged as such
        copied = [
            {**r, "tahun": year} for r in indikator[indikator["tahun"] == rules.tahun].to_dict("records")
        ]
        reports.append(
            import_for(
                session,
                "iid_indikator",
                _rows_csv("iid_indikator", copied),
                f"iid_indikator_{year}.csv",
                store,
                client=client,
            )  # fmt: skip
        )
    replace = bool((aturan["tahun"] == year).any())  # an example row of the year gives way too
    reports.append(import_for(session, "iid_aturan", content, name, store, replace=replace, client=client))
    return reports


def history_figure(past: pd.DataFrame, estimate: Estimate, lang: Lang, large: bool = False) -> go.Figure:
    """The official results per year (``past``) as bars and this year's estimate as a
    hatched bar beside them, with the year's predicate thresholds as lines: where the
    estimate stands against what Kemendagri published, at a glance (and in presentation mode)."""
    years = [str(int(y)) for y in past["tahun"]] + [f"{estimate.rules.asked_for}*"]
    values = [float(v) for v in past["skor"]] + [estimate.iid]
    kinds = [t("iid_kind_official", lang)] * len(past) + [t("iid_kind_estimate", lang)]
    fig = go.Figure(
        go.Bar(
            x=years,
            y=values,
            marker_color=[CATEGORICAL[0]] * len(past) + [NO_DATA_COLOUR],
            marker_pattern_shape=[""] * len(past) + ["/"],
            text=[number(v, lang) for v in values],
            textposition="outside",
            cliponaxis=False,
            customdata=kinds,
            hovertemplate="%{x}: %{text} (%{customdata})<extra></extra>",
        )
    )
    rules = estimate.rules
    for bound, key in ((rules.batas_sangat_inovatif, "sangat_inovatif"), (rules.batas_inovatif, "inovatif")):
        fig.add_hline(
            y=bound,
            line_dash="dot",
            line_color="#555",
            annotation_text=f"{predikat_label(key, lang)} ≥ {number(bound, lang)}",
            annotation_position="top right",
            annotation_bgcolor="rgba(255,255,255,0.85)",
        )
    size = 18 if large else 13
    fig.update_layout(
        height=360 if large else 280,
        margin={"l": 10, "r": 20, "t": 20, "b": 10},
        font={"size": size},
        showlegend=False,
        plot_bgcolor="rgba(0,0,0,0)",
        yaxis={"range": [0, 100], "title": "IID"},
        xaxis={"type": "category", "title": t("iid_history_axis", lang)},
    )
    return fig


def profile_labels(names: tuple[str, ...], lang: Lang) -> str:
    """The required profile fields by their meaning in the UI language, not column names."""
    table = get_table("inovasi")
    known = {c.name: (c.id if lang == "id" else c.en) for c in table.columns}
    return "; ".join(known.get(n, n) for n in names)
