"""The day view's lanes: events of one team or person that overlap are drawn in rows of their own
within the lane, each visible and clickable, and still marked as conflicts."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from test_gui_itinerary import demo, demo_file, page  # noqa: F401 - the demo mission and its page

from observer_desk.core.models import EventKind
from observer_desk.core.services.programme import move_event
from observer_desk.ui.day_view import LANE_HEIGHT, stack_overlapping
from observer_desk.ui.itinerary_page import ItineraryPage


def test_overlapping_events_share_rows_by_a_sweep(page: ItineraryPage) -> None:
    base = page.schedule.events[0]

    def event(number: int, start: int, end: int):  # noqa: ANN202 - minutes after the base's start
        return replace(base, id=number, starts_at=base.starts_at + timedelta(minutes=start),
                       ends_at=base.starts_at + timedelta(minutes=end))

    # 1 and 2 overlap; 3 starts as 1 ends and takes its row; 4 is alone, at full height.
    rows, deepest = stack_overlapping([event(3, 60, 120), event(1, 0, 60), event(4, 200, 230),
                                       event(2, 30, 90)])
    assert deepest == 2
    assert [(e.id, row, depth) for e, row, depth in rows] == [(1, 0, 2), (2, 1, 2), (3, 0, 2),
                                                             (4, 0, 1)]


def test_overlapping_blocks_are_side_by_side_and_each_can_be_grabbed(page: ItineraryPage) -> None:
    db, schedule = page.db, page.schedule
    visits = [e for e in schedule.events if e.kind is EventKind.VISIT and e.team_ids]
    team = visits[0].team_ids[0]
    first, second, third = [e for e in visits if e.team_ids[0] == team][:3]
    move_event(db, second.id, second.version, to=first.starts_at + timedelta(minutes=20))
    move_event(db, third.id, third.version, to=first.starts_at + timedelta(minutes=40))
    page.reload()
    page.day_view.show_day(first.local_day)
    timeline = page.day_view.timeline
    ids = {first.id, second.id, third.id}
    blocks = [b for b in timeline.blocks if b.event.id in ids]
    assert len(blocks) == 3 and len({b.lane for b in blocks}) == 1
    for block in blocks:
        others = [b for b in blocks if b is not block]
        assert not any(block.rect.intersects(other.rect) for other in others)
        found = timeline.block_at(block.rect.center())
        assert found is not None and found[0].event.id == block.event.id
        assert block.event.id in timeline.conflicts  # each overlap is still a conflict
    lane = blocks[0].lane
    top, bottom = timeline.lane_tops[lane], timeline.lane_tops[lane + 1]
    assert bottom - top > LANE_HEIGHT  # the lane grew to hold the rows
    assert all(top < b.rect.top() and b.rect.bottom() < bottom for b in blocks)
    # The lanes below moved down with it: nothing overlaps across lanes.
    below = [b for b in timeline.blocks if b.lane == lane + 1]
    assert below and all(b.rect.top() > bottom for b in below)
