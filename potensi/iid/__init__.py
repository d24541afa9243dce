"""The Indeks Inovasi Daerah workbench: the year's rules as data, the estimate of the
index from the self-assessments, where the points are, what-if scenarios, and which
potentials have innovations behind them.

Nothing here imports streamlit: the IID page, the CLI and the tests call the same
functions, so the worked examples of DOMAIN.md §1.3 are reproduced through the code
the page uses.
"""
