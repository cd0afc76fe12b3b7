"""This module implements Go's duration syntax (time.ParseDuration and
Duration.String), which go test's -timeout and -benchtime take: "10m",
"1.5s", "300ms" in; "10m0s", "1.5s", "300ms" out."""

from __future__ import annotations

import re

UNITS = {"ns": 1, "us": 10**3, "µs": 10**3, "μs": 10**3, "ms": 10**6, "s": 10**9, "m": 60 * 10**9,
         "h": 3600 * 10**9}
PART = re.compile(r"([0-9]*\.?[0-9]*)(ns|us|µs|μs|ms|s|m|h)")


def parse_duration(text: str) -> int:
    """Nanoseconds, or ValueError with time.ParseDuration's message."""
    s = text
    sign = -1 if s.startswith("-") else 1
    s = s.lstrip("+-")
    if s == "0":
        return 0
    total = 0.0
    if not s:
        raise ValueError(f'time: invalid duration "{text}"')
    while s:
        m = PART.match(s)
        if not m or m.group(1) in ("", "."):
            raise ValueError(f'time: invalid duration "{text}"')
        total += float(m.group(1)) * UNITS[m.group(2)]
        s = s[m.end():]
    return sign * int(total)


def format_duration(ns: int) -> str:
    """Duration.String: "1h2m3.5s", "1.5ms", "0s"."""
    if ns == 0:
        return "0s"
    sign, ns = ("-", -ns) if ns < 0 else ("", ns)
    if ns < 10**9:
        for unit, size in (("ns", 1), ("µs", 10**3), ("ms", 10**6)):
            if ns < size * 1000:
                return sign + fraction(ns, size) + unit
    h, rest = divmod(ns, 3600 * 10**9)
    m, rest = divmod(rest, 60 * 10**9)
    text = fraction(rest, 10**9) + "s"
    if h or m:
        text = f"{m}m" + text
    if h:
        text = f"{h}h" + text
    return sign + text


def fraction(value: int, size: int) -> str:
    """value/size with the fraction's trailing zeros dropped: 1500/1000 is "1.5"."""
    whole, frac = divmod(value, size)
    digits = len(str(size)) - 1
    tail = f"{frac:0{digits}d}".rstrip("0") if digits else ""
    return f"{whole}.{tail}" if tail else str(whole)
