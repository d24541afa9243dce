"""Names and codes of areas (and other things officials type by name), matched one way.

Officials write "Srenggat", "Kec. Srengat", "KECAMATAN  SANAN KULON", "350503" or
35.05.03 for the same kecamatan; every importer (data rows, boundary files, OPD
names, choice lists) compares names through :func:`normalise`, reads codes through
:func:`parse_code` and proposes the intended name through :func:`suggest`, so a
misspelling gets the same answer wherever it is typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

#: an administrative word before a name carries no identity: "Kec. Srengat" = "Srengat"
ADMIN_PREFIX = re.compile(r"^(?:kabupaten|kab|kecamatan|kec|kelurahan|kel|desa|ds)(?:\.\s*|\s+)(?=\S)")
#: digits in groups separated by dots or spaces ("35.05.03", "35 05 03", "350503")
CODE_SHAPE = re.compile(r"^[0-9]+(?:[.\s][0-9]+)*$")
#: digits of a Kemendagri code per level: 35 / 35.05 / 35.05.03 / 35.05.03.2001
CODE_DIGITS = {"provinsi": 2, "kabupaten": 4, "kecamatan": 6, "desa": 10}

#: How close (rapidfuzz WRatio, 0–100) a typed name must be to a known one before
#: it is proposed as "mungkin maksudnya …?". Measured on the kecamatan and desa
#: names of Kabupaten Blitar: one or two wrong letters ("Srenggat", "Ponggo",
#: "Sanan Kulon") score 85–95, different names of the same length score below
#: 70, so 75 proposes the typo's target and never an unrelated place. Nothing is
#: ever matched by this score alone: the import is refused with the proposal.
SUGGEST_SCORE = 75


def normalise(value: object) -> str:
    """Key for comparing names written differently: lower case, no admin prefix,
    letters and digits only ("KECAMATAN  SANAN KULON" → "sanankulon")."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = " ".join(str(value).lower().split())
    text = ADMIN_PREFIX.sub("", text)
    return re.sub(r"[^0-9a-z]", "", text)


def parse_code(value: object, level: str | None = None) -> str | None:
    """A Kemendagri code in dotted form from "35.05.01", "350501", 350501 or 350501.0.

    Shapefiles and spreadsheets often drop the dots or store the code as a number.
    With ``level`` only a code of that level is accepted; without, any level
    (2, 4, 6 or 10 digits). Anything else is not a code (None).
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, (float, np.floating)):
        if not float(value).is_integer():
            return None
        value = int(value)
    text = str(value).strip()
    if not CODE_SHAPE.match(text):
        return None
    digits = re.sub(r"[.\s]", "", text)
    wanted = (CODE_DIGITS[level],) if level else tuple(CODE_DIGITS.values())
    if len(digits) not in wanted:
        return None
    parts = [digits[i : i + 2] for i in range(0, min(len(digits), 6), 2)]
    if len(digits) == 10:
        parts.append(digits[6:])
    return ".".join(parts)


def suggest(typed: object, choices: Mapping[str, str] | list[str] | tuple[str, ...]) -> str | None:
    """The known name closest to ``typed``, when close enough (:data:`SUGGEST_SCORE`).

    ``choices`` are display names, or a mapping of normalised key → display name
    when the caller already holds one. Returns the display name, or None.
    """
    if isinstance(choices, Mapping):
        by_key = dict(choices)
    else:
        by_key = {normalise(c): str(c) for c in choices}
    key = normalise(typed)
    if not key or not by_key:
        return None
    best = process.extractOne(key, list(by_key), scorer=fuzz.WRatio, score_cutoff=SUGGEST_SCORE)
    return by_key[best[0]] if best else None
