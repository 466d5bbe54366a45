"""The accreditation workflow: which steps are allowed, what each step needs, and its history.

nominated -> documents complete -> submitted to the CEC (note reference, date) -> accredited (CEC
certificate number, date) -> badge issued; at any point before the end an observer can be withdrawn
(with a reason) or replaced (by another nominee); the CEC can reject a submission.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..audit import acting_user
from ..db import Database
from ..errors import NotFoundError, Problem, ValidationError
from ..identity import current_user
from ..language import _, N_, listed, pgettext
from ..language import _ as translated  # a text marked with N_ where it is kept
from ..models import AccreditationEvent, AccreditationStatus, Observer, ObserverPhoto

S = AccreditationStatus

TRANSITIONS: dict[AccreditationStatus, frozenset[AccreditationStatus]] = {
    S.NOMINATED: frozenset({S.DOCUMENTS_COMPLETE, S.WITHDRAWN, S.REPLACED}),
    S.DOCUMENTS_COMPLETE: frozenset({S.NOMINATED, S.SUBMITTED, S.WITHDRAWN, S.REPLACED}),
    S.SUBMITTED: frozenset({S.ACCREDITED, S.REJECTED, S.WITHDRAWN, S.REPLACED}),
    S.ACCREDITED: frozenset({S.BADGE_ISSUED, S.WITHDRAWN, S.REPLACED}),
    S.BADGE_ISSUED: frozenset({S.ACCREDITED, S.WITHDRAWN, S.REPLACED}),
    S.REJECTED: frozenset({S.DOCUMENTS_COMPLETE, S.REPLACED}),
    S.WITHDRAWN: frozenset({S.NOMINATED}),
    S.REPLACED: frozenset(),
}

# As the roster workbook heads its columns (in English, whatever the interface language).
STATUS_LABELS = {
    S.NOMINATED: "Nominated",
    S.DOCUMENTS_COMPLETE: "Documents complete",
    S.SUBMITTED: "Submitted to CEC",
    S.ACCREDITED: "Accredited",
    S.BADGE_ISSUED: "Badge issued",
    S.REJECTED: "Rejected",
    S.WITHDRAWN: "Withdrawn",
    S.REPLACED: "Replaced",
}

# Statuses in which an observer is, or is on the way to being, a member of the mission.
ACTIVE_STATUSES = frozenset(set(S) - {S.REJECTED, S.WITHDRAWN, S.REPLACED})
ACCREDITED_STATUSES = frozenset({S.ACCREDITED, S.BADGE_ISSUED})

# What the host CEC needs before a nomination can be submitted.
DOCUMENT_FIELDS = {
    "passport_number": N_("passport number"),
    "passport_expiry": N_("passport expiry date"),
    "date_of_birth": N_("date of birth"),
    "citizenship": N_("citizenship"),
}
PHOTO_DOCUMENT = N_("photo")


@dataclass(frozen=True)
class StatusChange:
    to: AccreditationStatus
    reference: str = ""  # note reference (submitted) or certificate number (accredited)
    reference_date: date | None = None
    note: str = ""  # reason for rejected / withdrawn, or any remark
    replaced_by_id: int | None = None


def missing_documents(observer: Observer, has_photo: bool) -> list[str]:
    """What the observer still lacks, in the language of the messages."""
    missing = [translated(label) for name, label in DOCUMENT_FIELDS.items() if not getattr(observer, name)]
    if not has_photo:
        missing.append(translated(PHOTO_DOCUMENT))
    return missing


def status_word(status: AccreditationStatus) -> str:
    """A status within a sentence of a message ("cannot go from nominated to accredited")."""
    words = {
        S.NOMINATED: pgettext("status", "nominated"),
        S.DOCUMENTS_COMPLETE: pgettext("status", "documents complete"),
        S.SUBMITTED: pgettext("status", "submitted to CEC"),
        S.ACCREDITED: pgettext("status", "accredited"),
        S.BADGE_ISSUED: pgettext("status", "badge issued"),
        S.REJECTED: pgettext("status", "rejected"),
        S.WITHDRAWN: pgettext("status", "withdrawn"),
        S.REPLACED: pgettext("status", "replaced"),
    }
    return words[status]


def _problems_for(observer: Observer, change: StatusChange, has_photo: bool,
                  replacement: Observer | None) -> list[str]:
    current = observer.accreditation_status
    if change.to == current:
        return [_("is already {status}").format(status=status_word(current))]
    if change.to not in TRANSITIONS[current]:
        allowed = listed(status_word(s) for s in sorted(TRANSITIONS[current])) or _("nothing")
        return [_("cannot go from {current} to {new} (allowed: {allowed})").format(
            current=status_word(current), new=status_word(change.to), allowed=allowed)]
    reasons: list[str] = []
    if change.to in (S.DOCUMENTS_COMPLETE, S.SUBMITTED, S.ACCREDITED):
        missing = missing_documents(observer, has_photo)
        if missing:
            reasons.append(_("documents incomplete: no {missing}").format(missing=listed(missing)))
    if change.to == S.SUBMITTED and not (change.reference.strip() and change.reference_date):
        reasons.append(_("give the note reference and date of the submission to the CEC"))
    if change.to == S.ACCREDITED and not (change.reference.strip() and change.reference_date):
        reasons.append(_("give the CEC certificate number and date"))
    if change.to in (S.WITHDRAWN, S.REJECTED) and not change.note.strip():
        reasons.append(_("give the reason"))
    if change.to == S.REPLACED:
        if change.replaced_by_id is None:
            reasons.append(_("name the observer who replaces this one"))
        elif replacement is None or replacement.mission_id != observer.mission_id:
            reasons.append(_("the replacement must be an observer of the same mission"))
        elif replacement.id == observer.id:
            reasons.append(_("an observer cannot replace themselves"))
        elif replacement.accreditation_status not in ACTIVE_STATUSES:
            reasons.append(_("the replacement {code} is {status}").format(
                code=replacement.code, status=status_word(replacement.accreditation_status)))
    return reasons


def change_status(db: Database, observer_ids: Sequence[int], change: StatusChange,
                  user: str | None = None) -> list[Observer]:
    """Move observers to a new status in one transaction; if any of them cannot move, none does
    and the error names each one with the reason."""
    user = user or current_user()
    with db.transaction() as session:
        acting_user(session, user)
        observers = list(session.scalars(select(Observer).where(Observer.id.in_(observer_ids))))
        if len(observers) != len(set(observer_ids)):
            raise NotFoundError(_("some of the chosen observers no longer exist; reload the roster"))
        with_photo = set(session.scalars(
            select(ObserverPhoto.observer_id).where(ObserverPhoto.observer_id.in_(observer_ids))))
        replacement = session.get(Observer, change.replaced_by_id) if change.replaced_by_id else None
        problems = [
            Problem("status", reason, where=f"{o.code} {o.full_name}")
            for o in sorted(observers, key=lambda o: o.code)
            for reason in _problems_for(o, change, o.id in with_photo, replacement)
        ]
        if problems:
            raise ValidationError(problems)
        for observer in observers:
            session.add(AccreditationEvent(
                observer_id=observer.id, user=user, from_status=observer.accreditation_status,
                to_status=change.to, reference=change.reference.strip(),
                reference_date=change.reference_date, note=change.note.strip(),
                replaced_by_id=change.replaced_by_id))
            observer.accreditation_status = change.to
            if change.to == S.SUBMITTED:
                observer.cec_note_reference = change.reference.strip()
                observer.cec_note_date = change.reference_date
            elif change.to == S.ACCREDITED and change.reference:
                observer.cec_certificate_number = change.reference.strip()
                observer.cec_certificate_date = change.reference_date
            elif change.to in (S.WITHDRAWN, S.REJECTED):
                observer.status_reason = change.note.strip()
            elif change.to == S.REPLACED:
                observer.replaced_by_id = change.replaced_by_id
                observer.status_reason = change.note.strip()
        session.flush()
        return observers


def history(db: Database, observer_id: int) -> list[AccreditationEvent]:
    with db.reading() as session:
        return list(session.scalars(
            select(AccreditationEvent).where(AccreditationEvent.observer_id == observer_id)
            .order_by(AccreditationEvent.at, AccreditationEvent.id)))
