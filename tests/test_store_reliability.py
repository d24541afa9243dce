"""The store never loses or breaks: one writer, crashes that heal, backups that restore.

Every test uses the real store (Blitar boundaries from the mirror plus the seed) and
real child processes killed with SIGKILL; ``scripts/reliability.py`` runs the same
trials ≥ 50 times each and prints the figures in docs/reliability.md.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from potensi.core.config import REPO_ROOT
from potensi.core.errors import StoreBusy
from potensi.core.store import (
    backup_store,
    backups,
    heal,
    load_layer,
    restore_store,
    store_writer,
)
from potensi.data.importer import import_file
from potensi.data.tables import history, read_rows, undo_import
from potensi.testing.reliability import (
    concurrent_imports,
    crash_mid_transaction,
    indikator_csv,
    kill_trials,
    opens_cleanly,
    prepare,
    store_digest,
)


@pytest.mark.geopackage_only
def test_a_crashed_transaction_leaves_a_journal_that_the_next_reader_heals(seeded_copy: Path) -> None:
    before = store_digest(seeded_copy)
    crash_mid_transaction(seeded_copy)
    journal = seeded_copy.with_name(seeded_copy.name + "-journal")
    assert journal.exists()
    # a read-only reader alone cannot roll back a hot journal: this is what broke every page
    rows = read_rows("indikator", seeded_copy)  # heals first
    assert not journal.exists() and len(rows) > 0
    assert store_digest(seeded_copy) == before
    assert opens_cleanly(seeded_copy) is None


@pytest.mark.geopackage_only
def test_orphaned_copies_of_a_killed_rebuild_are_removed_by_the_next_write(seeded_copy: Path) -> None:
    orphan = seeded_copy.with_name(f".{seeded_copy.name}.abc123.tmp.gpkg")
    orphan.write_bytes(b"half a store")
    with store_writer(seeded_copy, backup=False):
        pass
    assert not orphan.exists()


@pytest.mark.geopackage_only
def test_a_second_writer_waits_and_then_says_try_again(
    seeded_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETA_WRITE_WAIT", "0.5")
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with store_writer(seeded_copy, backup=False):
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(10)
    before = store_digest(seeded_copy)
    with pytest.raises(StoreBusy, match="coba lagi"):
        import_file("indikator", indikator_csv(seeded_copy.parent, 22), store=seeded_copy, prefix="IMP")
    assert store_digest(seeded_copy) == before
    # another process is refused the same way (flock, not just the thread lock)
    code = (
        "import sys; from pathlib import Path; from potensi.core.store import store_writer\n"
        "with store_writer(Path(sys.argv[1]), wait=0.2, backup=False): pass\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(seeded_copy)], capture_output=True, text=True, cwd=REPO_ROOT
    )
    assert done.returncode != 0 and "StoreBusy" in done.stderr
    release.set()
    holder.join()


def test_writes_of_one_thread_may_nest(seeded_copy: Path) -> None:
    with store_writer(seeded_copy, backup=False), store_writer(seeded_copy, backup=False):
        pass  # a boundary import recording its history takes the lock it already holds


@pytest.mark.slow
def test_an_import_during_a_boundary_rebuild_keeps_both(
    seeded_copy: Path, mirror: Path, tmp_path: Path
) -> None:
    """Before the one writer, an import that committed while a rebuild copied the store
    was silently lost when the rebuilt copy replaced the file."""
    code = (
        "import sys; from pathlib import Path; from potensi.boundaries.build import build_region\n"
        "build_region('35.05', store=Path(sys.argv[1]), mirror=Path(sys.argv[2]), progress=lambda m: None)\n"
    )
    built_before = str(load_layer("kabupaten", seeded_copy).dibangun.iloc[0])
    rebuild = subprocess.Popen([sys.executable, "-c", code, str(seeded_copy), str(mirror)], cwd=REPO_ROOT)
    lock = seeded_copy.with_name(seeded_copy.name + ".lock")
    deadline = time.monotonic() + 240
    while not _locked_by_someone(lock):  # the rebuild has reached its write
        assert rebuild.poll() is None, "the rebuild ended before its write was seen"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    report = import_file("indikator", indikator_csv(tmp_path, 44, tag="selama"), store=seeded_copy)
    assert rebuild.wait(240) == 0
    assert str(load_layer("kabupaten", seeded_copy).dibangun.iloc[0]) != built_before  # rebuilt
    rows = read_rows("indikator", seeded_copy)
    assert (rows.indikator.str.startswith("selama_")).sum() == 44  # and the import is there
    assert report.record.impor_id in set(history(seeded_copy).impor_id)


def _locked_by_someone(lock: Path) -> bool:
    import fcntl
    import os

    if not lock.exists():
        return False
    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


@pytest.mark.parametrize("operation", ["import", "undo"])
@pytest.mark.geopackage_only
def test_kill_nine_during_a_write_leaves_the_state_before_or_after(
    operation: str, seeded_store: Path, mirror: Path, tmp_path: Path
) -> None:
    scenario = prepare(operation, seeded_store, tmp_path, mirror)
    figures = kill_trials(operation, scenario, tmp_path, trials=6, seed=7)
    assert figures.corrupt == 0, figures.failures
    assert figures.before + figures.after == figures.trials == 6
    assert figures.before + figures.after - figures.finished_first > 0  # some kills landed mid-write


@pytest.mark.slow
@pytest.mark.geopackage_only
def test_kill_nine_during_a_rebuild_leaves_the_state_before_or_after(
    seeded_store: Path, mirror: Path, tmp_path: Path
) -> None:
    scenario = prepare("rebuild", seeded_store, tmp_path, mirror)
    figures = kill_trials("rebuild", scenario, tmp_path, trials=3, seed=3)
    assert figures.corrupt == 0, figures.failures


@pytest.mark.geopackage_only
def test_two_imports_at_once_are_both_applied(seeded_store: Path, tmp_path: Path) -> None:
    rounds, both, lost = concurrent_imports(seeded_store, tmp_path, rounds=2)
    assert lost == 0 and both == rounds


@pytest.mark.geopackage_only
def test_every_write_is_backed_up_first_and_a_backup_restores_exactly(
    seeded_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETA_BACKUP_KEEP", "3")
    before = store_digest(seeded_copy)
    import_file("indikator", indikator_csv(tmp_path, 22, tag="cadang"), store=seeded_copy)
    after = store_digest(seeded_copy)
    assert after != before
    pre = backups(seeded_copy)[-1]
    assert pre.parent == seeded_copy.parent / "cadangan"
    assert store_digest(pre) == before  # the copy taken just before the import
    kept = tmp_path / "sebelum_impor.gpkg"
    shutil.copyfile(pre, kept)
    for _ in range(4):
        backup_store(seeded_copy)
    assert len(backups(seeded_copy)) == 3  # only the newest are kept
    restore_store(kept, seeded_copy)
    assert store_digest(seeded_copy) == before
    # the restore backed up the state it replaced first, so a restore can be undone too
    assert store_digest(backups(seeded_copy)[-1]) == after


@pytest.mark.geopackage_only
def test_restore_refuses_a_file_that_is_not_a_store(seeded_copy: Path, tmp_path: Path) -> None:
    from potensi.core.errors import PotensiError

    before = seeded_copy.read_bytes()
    fake = tmp_path / "bukan.gpkg"
    fake.write_text("bukan store")
    with pytest.raises(PotensiError, match="tidak dapat dipulihkan"):
        restore_store(fake, seeded_copy)
    broken = tmp_path / "rusak.gpkg"
    broken.write_bytes(before[: len(before) // 3])
    with pytest.raises(PotensiError, match="tidak dapat dipulihkan"):
        restore_store(broken, seeded_copy)
    assert seeded_copy.read_bytes() == before


@pytest.mark.geopackage_only
def test_the_cli_backs_up_lists_and_restores(seeded_copy: Path, tmp_path: Path) -> None:
    folder = tmp_path / "arsip"

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "potensi", *args, "--store", str(seeded_copy)],
            capture_output=True,
            text=True,
            cwd=REPO_ROOT,
        )

    made = cli("store", "backup", str(folder))
    assert made.returncode == 0 and "Cadangan dibuat" in made.stdout
    copy = next(folder.glob("*.gpkg"))
    before = store_digest(seeded_copy)
    undo_import(history(seeded_copy).impor_id.iloc[0], seeded_copy)
    assert store_digest(seeded_copy) != before
    restored = cli("store", "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert store_digest(seeded_copy) == before
    listed = cli("store", "list", str(folder))
    assert str(copy) in listed.stdout


@pytest.mark.geopackage_only
def test_a_backup_while_another_process_writes_is_consistent(seeded_copy: Path, tmp_path: Path) -> None:
    csv = indikator_csv(tmp_path, 4000, tag="sibuk")
    code = (
        "import sys; from pathlib import Path; from potensi.data.importer import import_file\n"
        "import_file('indikator', Path(sys.argv[1]), store=Path(sys.argv[2]))\n"
    )
    before = store_digest(seeded_copy)
    writer = subprocess.Popen([sys.executable, "-c", code, str(csv), str(seeded_copy)], cwd=REPO_ROOT)
    copies = []
    while writer.poll() is None:
        copies.append(backup_store(seeded_copy, tmp_path / "saat", keep=100))
        time.sleep(0.05)
    assert writer.wait() == 0
    after = store_digest(seeded_copy)
    assert copies and all(store_digest(c) in (before, after) for c in copies)


@pytest.mark.geopackage_only
def test_heal_does_nothing_when_there_is_nothing_to_heal(seeded_copy: Path) -> None:
    mtime = seeded_copy.stat().st_mtime_ns
    heal(seeded_copy)
    assert seeded_copy.stat().st_mtime_ns == mtime
    assert not list(seeded_copy.parent.glob("*.lock"))  # a plain read takes no lock


@pytest.mark.geopackage_only
def test_a_full_disk_during_an_import_is_said_in_indonesian_and_changes_nothing(
    seeded_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite reports a full disk as SQLITE_FULL and rolls back by itself; the old code then
    ran its own ROLLBACK and showed "cannot rollback - no transaction is active"."""
    import sqlite3

    from potensi.core.errors import StoreWriteFailed

    real_connect = sqlite3.connect

    def tight(database, *args, **kwargs):  # the store may not grow: as a disk with no room left
        con = real_connect(database, *args, **kwargs)
        if str(database) == str(seeded_copy.resolve()):
            pages = con.execute("PRAGMA page_count").fetchone()[0]
            con.execute(f"PRAGMA max_page_count = {pages}")
        return con

    monkeypatch.setenv("PETA_BACKUP_KEEP", "0")
    before = store_digest(seeded_copy)
    monkeypatch.setattr(sqlite3, "connect", tight)
    with pytest.raises(StoreWriteFailed, match="disk penuh") as caught:
        import_file("indikator", indikator_csv(tmp_path, 4000, tag="penuh"), store=seeded_copy)
    monkeypatch.undo()
    assert "cannot rollback" not in str(caught.value)
    assert store_digest(seeded_copy) == before
    assert opens_cleanly(seeded_copy) is None


@pytest.mark.geopackage_only  # GDAL's own SQLite beside Python's in one process; PostGIS has no file
def test_layers_read_while_this_process_imports_never_fail(seeded_copy: Path, tmp_path: Path) -> None:
    """Sessions of the dashboard read layers (GDAL) while an official's import writes (sqlite3)
    in the same process; before the reads waited for the process's writer, about one read in
    twenty failed with "gpkg_contents is missing"."""
    failures: list[str] = []
    reads = 0
    stop = threading.Event()

    def read() -> None:
        nonlocal reads
        while not stop.is_set():
            try:
                assert len(load_layer("desa", seeded_copy)) == 248
                reads += 1
            except Exception as exc:  # noqa: BLE001 - every failure is the finding
                failures.append(f"{type(exc).__name__}: {exc}")

    readers = [threading.Thread(target=read) for _ in range(4)]
    for reader in readers:
        reader.start()
    try:
        for i in range(4):
            import_file(
                "indikator", indikator_csv(tmp_path, 300, tag=f"r{i}"), store=seeded_copy, prefix="IMP"
            )
    finally:
        stop.set()
        for reader in readers:
            reader.join()
    assert reads > 0
    assert failures == []
