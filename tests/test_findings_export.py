"""The findings data set workbook: one row per report, labels in the chosen language, multiple
choices as text plus 0/1 columns, and the codebook."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from observer_desk.cli import main


@pytest.fixture
def demo_db(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", db_url, "demo"]) == 0
    capsys.readouterr()
    return db_url


def _sheets(path: Path) -> dict[str, list[tuple]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return {s.title: list(s.iter_rows(values_only=True)) for s in workbook.worksheets}
    finally:
        workbook.close()


def test_the_data_set_has_a_row_per_report_and_a_codebook(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "findings.xlsx"
    assert main(["--db", str(demo_db), "findings", "export", str(out)]) == 0
    assert "22 report(s)" in capsys.readouterr().out
    sheets = _sheets(out)
    assert list(sheets) == ["Data", "Codebook", "Incidents"]
    header, *rows = sheets["Data"]
    assert len(rows) == 22
    column = {name: i for i, name in enumerate(header)}
    choices = ["candidates", "parties", "public_associations", "media", "none"]
    for value in choices:
        assert f"domestic_observers/{value}" in column
    for row in rows:
        text = row[column["domestic_observers"]]
        flags = {v: row[column[f"domestic_observers/{v}"]] for v in choices}
        assert set(flags.values()) <= {0, 1}
        labels = {"candidates": "Candidates' representatives", "parties": "Political parties",
                  "public_associations": "Public associations", "media": "Media"}
        assert text == "; ".join(labels[v] for v in choices if flags[v])
        assert row[column["_phase"]] in {"opening", "voting", "count"}
        assert row[column["signposted"]] in {"Yes", "No"}
        assert isinstance(row[column["registered_voters"]], int)
    assert {row[column["_region"]] for row in rows} == {"Astana", "Akmola Region"}

    codebook_header, *codebook = sheets["Codebook"]
    assert codebook_header[:7] == ("variable", "section", "type", "value",
                                   "label English (en)", "label Русский (ru)", "label 中文 (zh)")
    by_variable = {(r[0], r[3]): r for r in codebook}
    assert by_variable[("signposted", None)][2] == "yes_no"
    assert by_variable[("signposted", None)][5] == "Обозначен ли участок понятными указателями?"
    assert by_variable[("signposted", "no")][7] == "yes"  # negative
    assert by_variable[("signposted", "not_observed")][8] == "yes"  # left out of N
    assert by_variable[("domestic_observers/media", "media")][2] == "0/1"
    assert len(sheets["Incidents"]) == 2


def test_labels_in_the_chosen_language(demo_db: str, tmp_path: Path) -> None:
    out = tmp_path / "findings-zh.xlsx"
    assert main(["--db", str(demo_db), "findings", "export", str(out), "--lang", "zh"]) == 0
    header, *rows = _sheets(out)["Data"]
    column = {name: i for i, name in enumerate(header)}
    assert {row[column["signposted"]] for row in rows} == {"是", "否"}
    assert {row[column["_region"]] for row in rows} == {"阿斯塔纳市", "阿克莫拉州"}
    assert main(["--db", str(demo_db), "findings", "export", str(tmp_path / "x.csv")]) == 2
