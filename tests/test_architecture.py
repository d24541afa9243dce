"""The layout is the architecture: imports only go downward, and features keep to themselves.

Layers, top to bottom (docs/architecture.md draws them):

    entry       dashboard.py, pages/*            one script per page, thin
    ui          ui/*                             the only code besides pages that imports streamlit
    presenters  potensi/views/*                  what each page shows, without streamlit
    domain      potensi/{boundaries,data,analysis,viz,iid,overlays}
    base        potensi/core, potensi/i18n       shared rules and texts

``potensi/cli.py`` (and ``__main__``) is the command line's entry: it may use every
layer of ``potensi`` but never ``ui``. A *feature* is a page's name (``peta``,
``profil`` …); the modules named after it in ``pages/``, ``ui/`` and
``potensi/views/`` never import another feature's modules: what two pages share
lives in a shared module of the layer (``potensi/views/state.py``, ``ui/page.py``)
or below.

The rules are checked on the source (every ``import`` anywhere in a module, also
inside functions and ``TYPE_CHECKING`` blocks), by a checker that a synthetic tree
below shows failing.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

from potensi.core.config import REPO_ROOT

#: layer of a module, by dotted-name prefix (longest prefix wins); lower number = higher layer
LAYERS: dict[str, int] = {
    "dashboard": 0,
    "pages": 0,
    "ui": 1,
    "potensi.cli": 2,
    "potensi.testing": 2,
    "potensi.__main__": 2,
    "potensi.views": 3,
    "potensi.boundaries": 4,
    "potensi.data": 4,
    "potensi.analysis": 4,
    "potensi.viz": 4,
    "potensi.iid": 4,
    "potensi.overlays": 4,
    "potensi.core": 5,
    "potensi.i18n": 5,
}
LAYER_NAMES = {0: "entry", 1: "ui", 2: "cli", 3: "presenters", 4: "domain", 5: "base"}
#: the base layer is two floors: core may use the text catalogue, the catalogue uses nothing
BASE_ORDER = {"potensi.core": 0, "potensi.i18n": 1}
#: pure maths: the analysis methods know nothing of the store, the texts or the maps (numbers in
#: their notes are written by the one formatting module)
PURE = {"potensi.analysis": ("potensi.analysis", "potensi.core.errors", "potensi.core.formatting")}
#: the pages (features); ui/, pages/ and potensi/views/ modules named after one belong to it
FEATURES = ("peta", "profil", "peluang", "inovasi", "iid", "analisis", "data", "kelola", "tentang", "admin")
FEATURE_PACKAGES = ("pages", "ui", "potensi.views")
STREAMLIT = ("streamlit", "streamlit_folium")
#: the first-party top-level names
OWN = ("potensi", "ui", "pages", "dashboard", "benchmarks", "tests", "scripts")


@dataclass(frozen=True)
class Violation:
    """One import that breaks a rule, said so that a reader can fix it."""

    module: str
    imported: str
    rule: str

    def __str__(self) -> str:
        return f"{self.module} imports {self.imported}: {self.rule}"


def module_name(path: Path, root: Path) -> str:
    """Dotted name of a source file below ``root`` (``potensi/views/peta.py`` → ``potensi.views.peta``)."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imports_of(path: Path, module: str) -> set[str]:
    """Every module a source file imports, anywhere in it, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # "from potensi.views import peta" imports the module potensi.views.peta
            found.update(f"{base}.{alias.name}" for alias in node.names)
            found.add(base)
    return found


def _prefix(name: str, table: dict[str, int] | tuple[str, ...]) -> str | None:
    keys = table if isinstance(table, tuple) else tuple(table)
    hits = [k for k in keys if name == k or name.startswith(k + ".")]
    return max(hits, key=len) if hits else None


def layer_of(name: str) -> int | None:
    """The layer of a first-party module, None for third-party or unlayered (tests, scripts)."""
    key = _prefix(name, LAYERS)
    return LAYERS[key] if key else None


def feature_of(name: str) -> str | None:
    """The feature (page) a module belongs to, from its name in pages/, ui/ or potensi/views/."""
    package = _prefix(name, FEATURE_PACKAGES)
    if package is None:
        return None
    rest = name[len(package) + 1 :].split(".")[0] if name != package else ""
    return rest if rest in FEATURES else None


def existing(name: str, modules: set[str]) -> str:
    """``potensi.views.peta.view_map`` → ``potensi.views.peta`` (the module actually imported)."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name


def check(root: Path) -> list[Violation]:
    """All violations of the import rules in the tree at ``root``."""
    files = [
        p
        for p in root.rglob("*.py")
        if not any(
            part.startswith(".") or part in ("build", "node_modules") for part in p.relative_to(root).parts
        )
    ]
    modules = {module_name(p, root): p for p in files}
    problems: list[Violation] = []
    for module, path in sorted(modules.items()):
        layer = layer_of(module)
        for raw in sorted(imports_of(path, module)):
            top = raw.split(".")[0]
            if module.startswith("potensi") and top in STREAMLIT:
                problems.append(Violation(module, raw, "potensi/ never imports streamlit (pages and ui/ do)"))
                continue
            if (
                module.startswith("tests")
                and top == "benchmarks"
                or (module.startswith("tests") and raw.split(".")[0] in _benchmark_modules(root))
            ):
                problems.append(Violation(module, raw, "tests never import from benchmarks/"))
                continue
            if top not in OWN:
                continue
            imported = existing(raw, set(modules)) or raw
            target = layer_of(imported)
            if layer is None or target is None or imported == module:
                continue
            if target < layer:
                problems.append(
                    Violation(
                        module,
                        imported,
                        f"{LAYER_NAMES[layer]} may not import upward ({LAYER_NAMES[target]})",
                    )
                )
            elif target == layer == 5:
                own, other = _prefix(module, tuple(BASE_ORDER)), _prefix(imported, tuple(BASE_ORDER))
                if own and other and BASE_ORDER[other] < BASE_ORDER[own]:
                    problems.append(
                        Violation(module, imported, "the i18n catalogue imports nothing of potensi")
                    )
            pure = _prefix(module, tuple(PURE))
            if (
                pure
                and imported.startswith("potensi")
                and not any(
                    imported == allowed or imported.startswith(allowed + ".") for allowed in PURE[pure]
                )
            ):
                problems.append(Violation(module, imported, "analysis methods are pure (maths only)"))
            mine, theirs = feature_of(module), feature_of(imported)
            if mine and theirs and mine != theirs:
                problems.append(
                    Violation(module, imported, f"feature {mine} may not use feature {theirs}'s module")
                )
    return problems


def _benchmark_modules(root: Path) -> set[str]:
    """Script modules of benchmarks/ that a test could import after a sys.path edit."""
    folder = root / "benchmarks"
    return {p.stem for p in folder.glob("*.py")} if folder.is_dir() else set()


# --------------------------------------------------------------------------- the real tree


def test_the_repository_follows_the_import_rules() -> None:
    problems = check(REPO_ROOT)
    assert not problems, "\n".join(map(str, problems))


def test_every_page_has_its_presenter_under_the_same_name() -> None:
    pages = {p.stem for p in (REPO_ROOT / "pages").glob("*.py")}
    assert pages == set(FEATURES), "a new page needs its name in FEATURES (and docs/architecture.md)"
    views = REPO_ROOT / "potensi" / "views"
    for page in pages:
        assert (views / f"{page}.py").is_file() or (views / page).is_dir(), f"no potensi/views/{page}"


def test_every_page_hands_over_to_the_router_before_it_draws() -> None:
    """A deep link on a fresh server runs a page without the router (ui/router.py): the
    page must call ``ui.page.start``, which hands over, before it draws anything (reading
    the session or the URL to choose ``start``'s controls is fine).
    The browser proves the hand-over on a sample of deep links (tests/e2e/test_first_contact.py)."""
    import ast

    from ui.router import PAGES

    for name, _, _ in PAGES:
        tree = ast.parse((REPO_ROOT / "pages" / f"{name}.py").read_text(encoding="utf-8"))
        assert any(
            isinstance(node, ast.ImportFrom)
            and node.module == "ui.page"
            and any(a.name == "start" for a in node.names)
            for node in tree.body
        ), f"pages/{name}.py does not import ui.page.start"
        before: list[ast.stmt] = []
        for statement in tree.body:
            calls = [n for n in ast.walk(statement) if isinstance(n, ast.Call)]
            if any(isinstance(c.func, ast.Name) and c.func.id == "start" for c in calls):
                break
            if not isinstance(statement, ast.FunctionDef | ast.ClassDef):  # defined, not run yet
                before.append(statement)
        else:
            raise AssertionError(f"pages/{name}.py never calls start() at module level")
        early = [
            ast.unparse(n)
            for statement in before
            for n in ast.walk(statement)
            if isinstance(n, ast.Attribute)
            and isinstance(n.value, ast.Name)
            and n.value.id == "st"
            and n.attr not in ("session_state", "query_params")  # read, not drawn
        ]
        assert early == [], f"pages/{name}.py uses streamlit before start(): {early}"


# --------------------------------------------------------------------------- the checker fails


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, body in files.items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {
                "potensi/__init__.py": "",
                "potensi/core/__init__.py": "",
                "potensi/core/evil.py": "def f():\n    import streamlit as st\n    st.write(1)\n",
            },
            "potensi.core.evil imports streamlit: potensi/ never imports streamlit",
        ),
        (
            {
                "potensi/__init__.py": "",
                "potensi/views/__init__.py": "",
                "potensi/views/peta.py": "",
                "potensi/data/__init__.py": "",
                "potensi/data/rows.py": "from potensi.views.peta import x\n",
            },
            "potensi.data.rows imports potensi.views.peta: domain may not import upward (presenters)",
        ),
        (
            {
                "potensi/__init__.py": "",
                "potensi/views/__init__.py": "",
                "potensi/views/peluang.py": "",
                "potensi/views/profil.py": "from potensi.views import peluang\n",
            },
            "potensi.views.profil imports potensi.views.peluang: "
            "feature profil may not use feature peluang's module",
        ),
        (
            {
                "potensi/__init__.py": "",
                "potensi/core/__init__.py": "",
                "potensi/core/cells.py": "",
                "potensi/i18n/__init__.py": "from potensi.core import cells\n",
            },
            "the i18n catalogue imports nothing of potensi",
        ),
        (
            {
                "potensi/__init__.py": "",
                "potensi/analysis/__init__.py": "",
                "potensi/i18n/__init__.py": "",
                "potensi/analysis/lq.py": "from potensi.i18n import t\n",
            },
            "analysis methods are pure",
        ),
        (
            {
                "ui/__init__.py": "",
                "potensi/__init__.py": "",
                "potensi/cli.py": "import ui.page\n",
                "ui/page.py": "",
            },
            "cli may not import upward (ui)",
        ),
        (
            {
                "benchmarks/scales.py": "",
                "tests/__init__.py": "",
                "tests/test_x.py": "import sys\nsys.path.insert(0, 'benchmarks')\nfrom scales import jatim\n",
            },
            "tests never import from benchmarks/",
        ),
    ],
)
def test_the_checker_catches_each_kind_of_violation(
    tmp_path: Path, files: dict[str, str], expected: str
) -> None:
    problems = [str(p) for p in check(_tree(tmp_path, files))]
    assert any(expected in p for p in problems), problems


def test_a_clean_synthetic_tree_passes(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "potensi/__init__.py": "",
            "potensi/core/__init__.py": "",
            "potensi/core/cells.py": "",
            "potensi/views/__init__.py": "",
            "potensi/views/state.py": "from potensi.core import cells\n",
            "potensi/views/peta.py": "from potensi.views.state import x\nfrom potensi.core.cells import y\n",
            "ui/__init__.py": "",
            "ui/peta.py": "import streamlit\nfrom potensi.views import peta\n",
            "pages/peta.py": "import streamlit as st\nfrom ui import peta\n",
        },
    )
    assert check(root) == []
