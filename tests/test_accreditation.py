"""The accreditation workflow: allowed steps, what each needs, history, all-or-nothing bulk moves."""

from __future__ import annotations

from datetime import date

import pytest

from observer_desk.core.errors import ValidationError
from observer_desk.core.models import (
    AccreditationStatus as S,
    ElectionType,
    Mission,
    Observer,
    ObserverPhoto,
)
from observer_desk.core.services.accreditation import StatusChange, change_status, history


@pytest.fixture
def people(db):
    with db.transaction() as s:
        m = Mission(code="M", organisation="O", title="T", host_country="KZ",
                    election_type=ElectionType.PRESIDENTIAL, election_date=date(2022, 11, 20),
                    period_start=date(2022, 11, 17), period_end=date(2022, 11, 20))
        s.add(m)
        s.flush()
        complete = dict(passport_number="DEMO000001", passport_expiry=date(2030, 1, 1),
                        date_of_birth=date(1970, 5, 5), citizenship="RU")
        a = Observer(mission_id=m.id, code="A", family_name="Alpha", **complete)
        b = Observer(mission_id=m.id, code="B", family_name="Beta", **complete)
        c = Observer(mission_id=m.id, code="C", family_name="Gamma")  # no documents
        s.add_all([a, b, c])
        s.flush()
        s.add_all([ObserverPhoto(observer_id=o.id, image=b"jpeg", width=1, height=1) for o in (a, b)])
    return a.id, b.id, c.id


def status_of(db, observer_id):
    with db.reading() as s:
        return s.get(Observer, observer_id).accreditation_status


def test_full_path_to_accredited_with_history(db, people) -> None:
    a, _, _ = people
    change_status(db, [a], StatusChange(S.DOCUMENTS_COMPLETE))
    change_status(db, [a], StatusChange(S.SUBMITTED, reference="SCO/2022/114", reference_date=date(2022, 11, 1)))
    change_status(db, [a], StatusChange(S.ACCREDITED, reference="CEC-0042", reference_date=date(2022, 11, 10)))
    with db.reading() as s:
        o = s.get(Observer, a)
        assert (o.accreditation_status, o.cec_note_reference, o.cec_certificate_number) == (
            S.ACCREDITED, "SCO/2022/114", "CEC-0042")
    steps = [(e.from_status, e.to_status, e.user) for e in history(db, a)]
    assert steps == [(S.NOMINATED, S.DOCUMENTS_COMPLETE, "test-user"),
                     (S.DOCUMENTS_COMPLETE, S.SUBMITTED, "test-user"),
                     (S.SUBMITTED, S.ACCREDITED, "test-user")]


def test_illegal_transition_is_refused_with_reason(db, people) -> None:
    a, _, _ = people
    with pytest.raises(ValidationError, match="cannot go from nominated to accredited"):
        change_status(db, [a], StatusChange(S.ACCREDITED, reference="X", reference_date=date(2022, 11, 1)))
    assert status_of(db, a) == S.NOMINATED
    assert history(db, a) == []


def test_each_step_asks_for_its_paper(db, people) -> None:
    a, _, c = people
    with pytest.raises(ValidationError, match="no passport number.*photo"):
        change_status(db, [c], StatusChange(S.DOCUMENTS_COMPLETE))
    change_status(db, [a], StatusChange(S.DOCUMENTS_COMPLETE))
    with pytest.raises(ValidationError, match="note reference and date"):
        change_status(db, [a], StatusChange(S.SUBMITTED))
    with pytest.raises(ValidationError, match="reason"):
        change_status(db, [a], StatusChange(S.WITHDRAWN))


def test_bulk_change_is_all_or_nothing(db, people) -> None:
    a, b, c = people
    with pytest.raises(ValidationError) as info:
        change_status(db, [a, b, c], StatusChange(S.DOCUMENTS_COMPLETE))
    assert [p.where.split()[0] for p in info.value.problems] == ["C"]
    assert [status_of(db, x) for x in (a, b, c)] == [S.NOMINATED] * 3
    change_status(db, [a, b], StatusChange(S.DOCUMENTS_COMPLETE))
    assert [status_of(db, x) for x in (a, b)] == [S.DOCUMENTS_COMPLETE] * 2


def test_replacement(db, people) -> None:
    a, b, _ = people
    with pytest.raises(ValidationError, match="replace themselves"):
        change_status(db, [a], StatusChange(S.REPLACED, replaced_by_id=a))
    change_status(db, [a], StatusChange(S.REPLACED, replaced_by_id=b, note="illness"))
    with db.reading() as s:
        assert s.get(Observer, a).replaced_by_id == b
    with pytest.raises(ValidationError, match="allowed: nothing"):
        change_status(db, [a], StatusChange(S.NOMINATED))
