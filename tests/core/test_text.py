"""Data text made safe for HTML, markdown and plotly, and the links found in it."""

from __future__ import annotations

from potensi.core import text


def test_sources_and_markdown_are_made_safe() -> None:
    cell = "https://a.example/x | javascript:alert(1) ; https://www.b.example/y (BPS)"
    assert text.source_links(cell) == ["https://a.example/x", "https://www.b.example/y"]
    assert text.source_note("Laporan BPS 2024 | https://a.example/x") == "Laporan BPS 2024"
    assert text.link_label("https://www.b.example/y") == "b.example"
    escaped = text.md_escape("*bold* $x$ [a](b) :red[c]")
    assert "*bold*" not in escaped and "$x$" not in escaped and ":red[" not in escaped
    assert text.md_link("https://a.example/p(1) q") == "[a\\.example](https://a.example/p%281%29%20q)"


def test_html_and_plot_escaping_make_markup_inert() -> None:
    payload = "<img src=x onerror=alert(1)>\n\n**b**"
    assert text.escape(payload) == "&lt;img src=x onerror=alert(1)&gt; **b**"
    assert text.escape(None) == "" and text.escape(float("nan")) == ""
    assert text.plot_escape("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
