"""Every UI text exists in both languages, once."""

from __future__ import annotations

from potensi.i18n import CATALOGUE, LANGS, duplicate_keys


def test_every_ui_text_exists_in_both_languages() -> None:
    assert duplicate_keys() == set()
    for key, texts in CATALOGUE.items():
        assert set(texts) == set(LANGS), key
        assert all(texts[lang].strip() for lang in LANGS), key
