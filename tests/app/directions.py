"""Choose every composite-index direction in an AppTest, as a user would before any index shows."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def choose_all_directions(app: AppTest, direction: str = "tinggi") -> AppTest:
    """Set each indicator's "which way is better" radio (``an_arah_<key>``) and rerun."""
    radios = [r for r in app.radio if str(r.key).startswith("an_arah_")]
    assert radios, "the composite index shows no direction choice"
    for radio in radios:
        radio.set_value(direction)
    return app.run()
