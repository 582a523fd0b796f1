"""`--format text`: findings grouped by file, each with the offending text underlined.

Colour (ANSI) only when asked (the CLI asks when stdout is a terminal and NO_COLOR is unset);
without colour the span is marked with `^^^` under the excerpt, so logs and pipes stay readable.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

_COLORS = {"error": "31", "warning": "33", "info": "36"}


def _c(s: str, code: str, on: bool) -> str:
    return f"\x1b[{code}m{s}\x1b[0m" if on else s


def _width(s: str) -> int:
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in s
    )


def excerpt(text: str, start: int, end: int, radius: int = 40) -> tuple[str, int, int]:
    """A one-line window of *text* around [start, end): (window, start, end) within it."""
    a = max(0, start - radius)
    b = min(len(text), end + radius)
    pre = "…" if a > 0 else ""
    post = "…" if b < len(text) else ""
    window = (pre + text[a:b] + post).replace("\n", " ").replace("\t", " ")
    return window, start - a + len(pre), end - a + len(pre)


def render_text(result, *, color: bool = False) -> str:
    out: list[str] = []
    by_file: dict[str, list] = defaultdict(list)
    for f in result.findings:
        by_file[f.file].append(f)
    for file, findings in by_file.items():
        out.append(_c(file, "1", color))
        for f in findings:
            sev = _c(f"{f.severity}", _COLORS[str(f.severity)], color)
            out.append(f"  {f.line}: {sev} [{f.check}] {f.message}")
            if f.span is not None and f.context:
                window, s, e = excerpt(f.context, f.span.start, f.span.end)
                label = "source: " if f.span.where == "source" else ""
                pad = "      " + " " * len(label)
                if color:
                    hl = window[:s] + _c(window[s:e], "1;4;" + _COLORS[str(f.severity)], True)
                    out.append(f"      {label}{hl}{window[e:]}")
                else:
                    out.append(f"      {label}{window}")
                    out.append(pad + " " * _width(window[:s]) + "^" * max(1, _width(window[s:e])))
                if f.translation:
                    shown, _, _ = excerpt(f.translation, 0, 0, radius=160)
                    out.append(f"      translation: {shown}")
            if f.suggestion is not None and f.suggestion.strip():
                out.append(f"      suggestion: {f.suggestion}")
        out.append("")
    s = result.summary()
    out.append(
        f"{s['errors']} error(s), {s['warnings']} warning(s), {s['infos']} info(s) "
        f"in {s['files']} file(s), {s['messages']} message(s) checked"
    )
    return "\n".join(out) + "\n"
