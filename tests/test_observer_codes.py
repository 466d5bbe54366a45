"""Codes for new observers: the series goes on, and thousands of codes come in one pass."""

from __future__ import annotations

import time
from itertools import islice

from observer_desk.core.services.observer_codes import following_codes, next_code


def test_following_codes_say_what_next_code_would_say_after_each_code_given() -> None:
    codes = ["SCO-01", "SCO-02", "SCO-04", "sco-05", "RU-01"]
    given = list(islice(following_codes(codes), 4))
    one_by_one = []
    for _step in range(4):
        one_by_one.append(next_code(codes + one_by_one))
    assert given == one_by_one == ["SCO-06", "SCO-07", "SCO-08", "SCO-09"]
    assert list(following_codes(["OBS", "SEC"])) == []


def test_a_taken_code_in_the_way_is_skipped() -> None:
    assert list(islice(following_codes(["A-1", "A-2", "A-3", "a-5"]), 3)) == ["A-6", "A-7", "A-8"]
    assert list(islice(following_codes(["X-08", "X-09", "Y-10"]), 2)) == ["X-10", "X-11"]


def test_ten_thousand_codes_do_not_reread_the_others_for_each() -> None:
    taken = [f"SCO-{n:05d}" for n in range(1, 10_001)]
    started = time.perf_counter()
    codes = list(islice(following_codes(taken), 10_000))
    assert codes[0] == "SCO-10001" and codes[-1] == "SCO-20000" and len(set(codes)) == 10_000
    assert time.perf_counter() - started < 2.0  # the old way, 10,000 rescans, took minutes
