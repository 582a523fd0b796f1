"""`--format github`: GitHub Actions workflow commands, one per finding.

`::error file=F,line=L,title=T::message` makes the finding an annotation on the pull request's
diff. Data and property values are escaped as the Actions runner expects (`%`, CR, LF; and `:`,
`,` inside properties) so a translator's text cannot break out of the command.
"""

from __future__ import annotations

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def render_github(result) -> str:
    lines = []
    for f in result.findings:
        props = [f"file={_prop(f.file)}"]
        if f.line:
            props.append(f"line={f.line}")
        props.append(f"title={_prop(f'{f.check} ({f.lang})')}")
        msg = f.message
        if f.suggestion:
            msg += f" — suggestion: {f.suggestion}"
        lines.append(f"::{_LEVEL[str(f.severity)]} {','.join(props)}::{_data(msg)}")
    s = result.summary()
    lines.append(
        f"translate check: {s['errors']} error(s), {s['warnings']} warning(s) in "
        f"{s['files']} file(s), {s['messages']} message(s)"
    )
    return "\n".join(lines) + "\n"
