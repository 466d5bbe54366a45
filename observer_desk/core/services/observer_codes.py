"""The code a new observer gets: the next number of the mission's most used numbered series.

One rule for the observer editor's suggestion and for codes given by a roster import, so a
mission numbered SCO-01 ... SCO-18 goes on with SCO-19 whichever way observers are added.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def next_code(codes: Iterable[str]) -> str:
    """The code after the most used numbered series: SCO-01 ... SCO-18 gives SCO-19; "" when no
    code has a number to go on from."""
    return next(following_codes(codes), "")


def following_codes(codes: Iterable[str]) -> Iterator[str]:
    """next_code(), then the code after it, and so on: what calling next_code() again after each
    code given would say, in one pass over the codes (an import of thousands of new observers
    gives them their codes without rereading all the others for each)."""
    taken = {code.casefold() for code in codes}
    series: dict[str, list[tuple[int, int]]] = {}
    for code in taken:
        match = _NUMBERED.match(code)
        if match:
            series.setdefault(match.group(1), []).append((int(match.group(2)), len(match.group(2))))
    if not series:
        return
    prefix, numbers = max(series.items(), key=lambda item: (len(item[1]), item[0]))
    number = max(n for n, _w in numbers) + 1
    width = max(w for _n, w in numbers)
    while True:
        code = f"{prefix}{number:0{width}}"
        number += 1
        if code.casefold() not in taken:
            yield code.upper()
