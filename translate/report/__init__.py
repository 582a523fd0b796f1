"""Output formats for check results: text, json, github, junit (this package) and the HTML report
for editors (`translate.report.html`). Formatters return strings; the CLI prints them."""

from __future__ import annotations

FORMATS = ("text", "json", "github", "junit")


def render(result, fmt: str, *, color: bool = False) -> str:
    """Render a `CheckResult` in one of `FORMATS`."""
    if fmt == "text":
        from translate.report.text import render_text

        return render_text(result, color=color)
    if fmt == "json":
        from translate.report.json_format import render_json

        return render_json(result)
    if fmt == "github":
        from translate.report.github import render_github

        return render_github(result)
    if fmt == "junit":
        from translate.report.junit import render_junit

        return render_junit(result)
    raise ValueError(f"unknown format {fmt!r}")
