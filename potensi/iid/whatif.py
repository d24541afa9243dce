"""What-if: change parameters, stages and SPD values, add hypothetical innovations,
and see the index move — without writing anything.

A scenario is a list of plain changes (dicts), so it can be kept in a browser
session, shown as a list, and saved as an ``iid_rencana`` row (JSON) through the
normal importer when an editor decides it is a plan. Applying a scenario returns new
frames; the store's rows are never touched here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pandas as pd

from potensi.core.errors import PotensiError
from potensi.data.validate import PLAN_KINDS, plan_change_problems
from potensi.iid.rules import YearRules
from potensi.iid.scoring import Estimate, estimate, has_evidence, spd_figure

Change = dict[str, Any]
#: the kinds of change: one indicator's parameter (with evidence assumed), an
#: innovation's stage, an SPD indicator's parameter, a hypothetical innovation
KINDS = PLAN_KINDS
#: evidence a what-if assumes for a raised parameter (shown as such)
ASSUMED = "rencana (diandaikan)"


@dataclass(frozen=True)
class Inputs:
    """The three tables an estimate reads."""

    inovasi: pd.DataFrame
    penilaian: pd.DataFrame
    spd: pd.DataFrame

    def estimate(self, rules: YearRules) -> Estimate:
        """The estimate these inputs give under ``rules``."""
        return estimate(rules, self.inovasi, self.penilaian, self.spd)


def _set_row(frame: pd.DataFrame, match: pd.Series, values: dict) -> pd.DataFrame:
    frame = frame.copy()
    if match.any():
        for column, value in values.items():
            if column not in frame:
                frame[column] = None
            frame[column] = frame[column].astype(object)
            frame.loc[match, column] = value
        return frame
    return pd.concat([frame, pd.DataFrame([values])], ignore_index=True)


def _parameter(change: Change) -> int:
    value = int(change["parameter"])
    if not 0 <= value <= 3:
        raise PotensiError(f"Parameter {value} di luar 0–3.")
    return value


def apply(inputs: Inputs, changes: list[Change], rules: YearRules) -> Inputs:
    """The inputs with ``changes`` applied, in order (later changes win)."""
    inovasi, penilaian, spd = inputs.inovasi.copy(), inputs.penilaian.copy(), inputs.spd.copy()
    for change in changes:
        kind = change.get("jenis")
        if kind == "parameter":
            key, no = str(change["inovasi_id"]), int(change["no_indikator"])
            match = (penilaian["inovasi_id"].astype(str) == key) & (
                penilaian["no_indikator"].astype(int) == no
            )
            values = {"inovasi_id": key, "no_indikator": no, "parameter": _parameter(change)}
            if not any(has_evidence(row) for row in penilaian[match].to_dict("records")):
                values["bukti_file"] = ASSUMED
            values["status_validasi"] = "belum"
            penilaian = _set_row(penilaian, match, values)
        elif kind == "tahapan":
            match = inovasi["inovasi_id"].astype(str) == str(change["inovasi_id"])
            if not match.any():
                raise PotensiError(f"Inovasi {change['inovasi_id']} tidak ada.")
            inovasi = _set_row(inovasi, match, {"tahapan": change["tahapan"]})
        elif kind == "spd":
            no = str(change["no_indikator"])
            match = (spd["tahun"].astype(int) == rules.asked_for) & (spd["no_indikator"].astype(str) == no)
            values = {"tahun": rules.asked_for, "no_indikator": no, "parameter": _parameter(change)}
            if not any(has_evidence(row) or spd_figure(row) for row in spd[match].to_dict("records")):
                values["bukti_url"] = ASSUMED
            spd = _set_row(spd, match, values)
        elif kind == "tambah":
            key = str(change["inovasi_id"])
            inovasi = _set_row(
                inovasi,
                inovasi["inovasi_id"].astype(str) == key,
                {
                    "inovasi_id": key,
                    "nama_inovasi": change.get("nama") or key,
                    "tahapan": change.get("tahapan", "penerapan"),
                    "tahun_pelaporan": rules.asked_for,
                    "status": "draft",
                    "hipotetis": True,
                },
            )
            level = _parameter(change)
            for indicator in rules.sid:
                match = (penilaian["inovasi_id"].astype(str) == key) & (
                    penilaian["no_indikator"].astype(int) == int(indicator.no)
                )
                penilaian = _set_row(
                    penilaian,
                    match,
                    {
                        "inovasi_id": key,
                        "no_indikator": int(indicator.no),
                        "parameter": level,
                        "bukti_file": ASSUMED,
                    },
                )
        else:
            raise PotensiError(f"Perubahan '{kind}' tidak dikenal. Pilihan: {', '.join(KINDS)}.")
    return Inputs(inovasi, penilaian, spd)


def compare(rules: YearRules, inputs: Inputs, changes: list[Change]) -> tuple[Estimate, Estimate]:
    """(saved state, scenario) side by side."""
    return inputs.estimate(rules), apply(inputs, changes, rules).estimate(rules)


def to_json(changes: list[Change]) -> str:
    """The scenario as the ``perubahan`` text of an ``iid_rencana`` row."""
    return json.dumps(changes, ensure_ascii=False, sort_keys=True)


def from_json(text: str) -> list[Change]:
    """A saved plan's changes; a PotensiError in Indonesian when the text is not one."""
    try:
        changes = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise PotensiError(f"Rencana tidak terbaca (JSON rusak): {exc}") from exc
    except RecursionError as exc:
        raise PotensiError("Rencana tidak terbaca: bertingkat terlalu dalam.") from exc
    if not isinstance(changes, list):
        raise PotensiError("Rencana harus berupa daftar perubahan (jenis: " + ", ".join(KINDS) + ").")
    if problems := plan_change_problems(changes):
        raise PotensiError("Rencana tidak dapat dipakai: " + "; ".join(problems[:5]) + ".")
    return changes
