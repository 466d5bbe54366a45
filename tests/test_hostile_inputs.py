"""The corpus of hostile and broken input (tests/hostile/files.py), fed to the command line as a
user would: every file gives exit code 2 with messages that say what is wrong, and the database
file is byte-for-byte what it was (hashed after a checkpoint, before and after). Images go
through the photo services, which refuse them before anything can be stored."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

import pytest

from observer_desk.cli import main
from observer_desk.core.errors import ValidationError
from observer_desk.core.services.photo_preview import photo_preview
from observer_desk.core.services.photos import prepare_photo

sys.path.insert(0, str(Path(__file__).parent))
from database_contents import dump  # noqa: E402
from hostile import files as hostile

SUBMISSIONS = ("SubmissionDate,station_number,phase,team,notes\n"
               "2022-11-20T09:15:00+06:00,347,voting,Team 1,Hélène Crémieux: no remarks\n")


@pytest.fixture(scope="module")
def template(demo_template_url: str) -> str:
    """The demo mission (observers, checklist, stations), closed and checkpointed."""
    return demo_template_url


@pytest.fixture
def database(template: str, copy_db_url) -> str:
    return copy_db_url(template)


def fingerprint(target: str) -> str:
    """The file's hash once the write-ahead log is folded in: what the database holds (on a
    server, the hash of every row)."""
    if "://" in target:
        return hashlib.sha256(repr(dump(target)).encode()).hexdigest()
    path = Path(target)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(database: str, capsys: pytest.CaptureFixture[str], *command: object) -> list[str]:
    """Run a command on a hostile file; it must exit with 2 and leave the database untouched.
    Returns the lines it wrote to stderr."""
    before = fingerprint(database)
    code = main(["--db", str(database), *map(str, command)])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert "Traceback" not in err
    assert fingerprint(database) == before
    return err.splitlines()


@pytest.mark.parametrize("name", sorted(hostile.HOSTILE))
def test_unusable_workbooks(database: str, tmp_path: Path, capsys, name: str) -> None:
    maker, words = hostile.HOSTILE[name]
    path = maker(tmp_path)
    (line,) = refused(database, capsys, "roster", "import", path)
    assert line.startswith(f"observer-desk: {path.name}") and words in line


def test_a_million_rows_are_refused_by_the_stated_limit(database: str, tmp_path: Path, capsys) -> None:
    path = hostile.million_rows(tmp_path)
    (line,) = refused(database, capsys, "roster", "import", path)
    assert "past 100,000 observer rows, the most one import takes" in line


@pytest.mark.parametrize("name", sorted(hostile.BAD_ROWS))
def test_rows_that_cannot_be_used(database: str, tmp_path: Path, capsys, name: str) -> None:
    maker, words = hostile.BAD_ROWS[name]
    path = maker(tmp_path)
    lines = refused(database, capsys, "roster", "import", path)
    assert lines[-1].startswith(f"observer-desk: {path.name}: nothing was imported")
    for word in words:
        assert any(word in line for line in lines), (word, lines)


def test_a_control_character_the_xml_itself_forbids(database: str, tmp_path: Path, capsys) -> None:
    (line,) = refused(database, capsys, "roster", "import", hostile.raw_control_characters(tmp_path))
    assert "cannot be read as an .xlsx workbook" in line


def test_an_xlsform_whose_relevance_goes_round_in_a_circle(database: str, tmp_path: Path,
                                                           capsys) -> None:
    lines = refused(database, capsys, "checklist", "import", hostile.relevance_loop(tmp_path))
    assert any("go round in a circle (queue → crowding → queue)" in line for line in lines), lines


@pytest.mark.parametrize("maker, words", [
    (hostile.utf16_cut_in_half, "is not valid UTF-16 text"),
    (hostile.western_not_cyrillic, "nor Cyrillic Windows-1251"),
])
def test_submissions_in_an_encoding_that_does_not_hold(database: str, tmp_path: Path, capsys,
                                                       maker, words: str) -> None:
    path = maker(tmp_path, SUBMISSIONS)
    (line,) = refused(database, capsys, "findings", "import", path)
    assert line.startswith(f"observer-desk: {path.name}") and words in line


@pytest.mark.parametrize("maker, words", [
    (hostile.not_an_image, "not an image the program can read"),
    (hostile.pixel_bomb, "too large"),
    (hostile.truncated_jpeg, "not an image the program can read"),
])
def test_images_that_are_not_photos(tmp_path: Path, maker, words: str) -> None:
    data = maker(tmp_path).read_bytes()
    for service in (photo_preview, prepare_photo):
        with pytest.raises(ValidationError) as refusal:
            service(data)
        assert words in str(refusal.value)
