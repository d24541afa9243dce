"""One way to compare names, read codes and propose the intended name, for every importer."""

from __future__ import annotations

import pytest

from potensi.core import names
from potensi.core.store import load_boundaries


def test_prefixes_case_and_spacing_carry_no_identity() -> None:
    assert names.normalise("KECAMATAN  SANAN KULON") == "sanankulon"
    assert names.normalise("Kec. Srengat") == names.normalise("srengat") == "srengat"
    assert names.normalise("Kab. Blitar") == "blitar"
    assert names.normalise(None) == ""


@pytest.mark.parametrize(
    ("typed", "level", "code"),
    [
        ("35.05.03", None, "35.05.03"),
        ("350503", "kecamatan", "35.05.03"),
        (350503, None, "35.05.03"),
        (350503.0, None, "35.05.03"),
        ("3505032001", "desa", "35.05.03.2001"),
        ("35 05", None, "35.05"),
        ("3505", "kecamatan", None),
        ("35.05.03", "desa", None),
        ("Srengat", None, None),
        (3.5, None, None),
    ],
)
def test_codes_with_or_without_dots(typed: object, level: str | None, code: str | None) -> None:
    assert names.parse_code(typed, level) == code


def test_suggest_proposes_the_typo_target_and_nothing_unrelated(store_env) -> None:
    kecamatan = list(load_boundaries().kecamatan.nama)
    assert names.suggest("Srenggat", kecamatan) == "Srengat"
    assert names.suggest("kec. ponggo", kecamatan) == "Ponggok"
    assert names.suggest("Sanan Kulon", kecamatan) == "Sanankulon"
    assert names.suggest("Jakarta Selatan", kecamatan) is None
    assert names.suggest("", kecamatan) is None
