"""`translate report`: one self-contained HTML page for editors.

Per article and language: completeness (translated / fuzzy / untranslated) and findings, each
shown in context with the offending span highlighted. Per concept (the consistency view): how
often the source names it, and every rendering found in each language with counts, deprecated or
forbidden ones and mixed variants highlighted. Filters by language, article and check are a few
lines of inline JavaScript; CSS is inline too, and nothing is fetched from the network (no fonts,
images or scripts), so the file can be mailed or archived as is.

All translator and source text goes through `html.escape` — a `<script>` in a msgstr is shown as
text and never run (tested in headless Chromium).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from html import escape
from importlib.resources import files
from pathlib import Path

from translate.checks import (
    CHECKS,
    Checker,
    CheckResult,
    FileStats,
    Finding,
    Segment,
    Task,
    run_checks,
)
from translate.checks.checker import too_long
from translate.checks.pool import Progress
from translate.config import Config


@dataclass
class ConceptView:
    id: str
    #: article slug → occurrences in the source
    source: Counter = field(default_factory=Counter)
    #: lang → (term, status) → count
    renderings: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    #: lang → (term, surface form) → count
    surfaces: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    #: lang → articles where a rendering was found
    articles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: lang → term-missing findings
    missing: Counter = field(default_factory=Counter)


@dataclass
class ReportData:
    result: CheckResult
    concepts: dict[str, ConceptView]
    #: file → article slug
    article_of: dict[str, str]


#: what one checked file contributes to the concept view: each distinct source text with the
#: concepts it names (once per occurrence), and (concept, term, status, surface) per rendering
FileUses = tuple[dict[str, list[str]], list[tuple[str, str, str, str]]]


def concept_uses(checker: Checker, stats: FileStats, segments: list[Segment]) -> FileUses:
    """Term occurrences of one file, found where it was checked (a pool worker holds the index
    and the occurrences the checks already found, so nothing is searched twice)."""
    ctx = checker.ctx
    src_lang = ctx.config.source_language
    sources: dict[str, list[str]] = {}
    renderings: list[tuple[str, str, str, str]] = []
    for seg in segments:
        if too_long(seg):
            continue  # reported as long-message, and left out here as in every check
        if seg.source and seg.source not in sources:
            sources[seg.source] = [o.concept_id for o in ctx.find(seg.source, src_lang)]
        if not seg.translated or seg.fuzzy:
            continue
        for o in ctx.target_terms(seg):
            renderings.append((o.concept_id, o.term, str(o.status), o.surface))
    return sources, renderings


def collect(
    config: Config,
    tasks: list[Task],
    *,
    glossary_path: Path | None,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> ReportData:
    """Check every file (through `run_checks`, so in a pool when there are many) and gather the
    concept renderings the consistency view shows."""
    result = run_checks(
        config,
        tasks,
        glossary_path=glossary_path,
        jobs=jobs,
        progress=progress,
        inspect=concept_uses,
    )
    concepts: dict[str, ConceptView] = {}
    article_of: dict[str, str] = {}
    source_seen: set[tuple[str, str]] = set()
    for stats, (sources, renderings) in zip(result.files, result.inspected, strict=True):
        slug = stats.article
        article_of[stats.file] = slug
        for text, ids in sources.items():
            if (slug, text) in source_seen:
                continue  # one source text, several catalogues (languages): counted once
            source_seen.add((slug, text))
            for cid in ids:
                concepts.setdefault(cid, ConceptView(cid)).source[slug] += 1
        for cid, term, status, surface in renderings:
            view = concepts.setdefault(cid, ConceptView(cid))
            view.renderings[stats.lang][(term, status)] += 1
            view.surfaces[stats.lang][(term, surface)] += 1
            view.articles[stats.lang].add(slug)
    for f in result.findings:
        if f.check == "term-missing" and f.concept in concepts:
            concepts[f.concept].missing[f.lang] += 1
    return ReportData(result, concepts, article_of)


def build_report(
    config: Config,
    tasks: list[Task],
    *,
    glossary_path: Path | None,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> str:
    """The report page for *tasks* (catalogues and drafts), checked as `translate check` would."""
    data = collect(config, tasks, glossary_path=glossary_path, jobs=jobs, progress=progress)
    return render_html(data, config)


# --- rendering ---------------------------------------------------------------------------------


def _asset(name: str) -> str:
    return files("translate.report").joinpath(name).read_text(encoding="utf-8")


def _context(f: Finding) -> str:
    if f.span is None or not f.context:
        return ""
    text, s, e = f.context, f.span.start, f.span.end
    a, b = max(0, s - 90), min(len(text), e + 90)
    where = "source" if f.span.where == "source" else ""
    return (
        (f'<span class="where">{where}</span>' if where else "")
        + ("…" if a else "")
        + escape(text[a:s])
        + f'<mark class="{escape(str(f.severity))}">{escape(text[s:e]) or "&nbsp;"}</mark>'
        + escape(text[e:b])
        + ("…" if b < len(text) else "")
        + (
            f'<br><span class="where">translation</span>{escape(f.translation)}'
            if f.translation
            else ""
        )
    )


def _select(name: str, label: str, values: list[str]) -> str:
    opts = "".join(f'<option value="{escape(v)}">{escape(v)}</option>' for v in values)
    return (
        f'<label>{escape(label)} <select data-filter="{name}">'
        f'<option value="">all</option>{opts}</select></label>'
    )


def render_html(data: ReportData, config: Config) -> str:
    res = data.result
    langs = list(config.target_languages)
    articles = sorted({s.article for s in res.files})
    checks = [c for c in CHECKS if any(f.check == c for f in res.findings)]
    by_file: dict[str, Counter] = defaultdict(Counter)
    for f in res.findings:
        by_file[f.file][str(f.severity)] += 1
    summ = res.summary()
    out: list[str] = []
    w = out.append
    w("<!DOCTYPE html>")
    w('<html lang="en"><head><meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w("<title>Translation report</title>")
    w(f"<style>{_asset('report.css')}</style></head><body>")
    w("<header><h1>Translation report</h1>")
    w(
        '<div class="summary">'
        f"<span>{summ['files']} catalogue(s)</span><span>{summ['messages']} message(s)</span>"
        f'<span class="sev-error">{summ["errors"]} error(s)</span>'
        f'<span class="sev-warning">{summ["warnings"]} warning(s)</span>'
        f'<span>showing <b id="shown-findings">{len(res.findings)}</b> finding(s)</span></div>'
    )
    w('<div class="filters">')
    w(_select("lang", "Language", langs))
    w(_select("article", "Article", articles))
    w(_select("check", "Check", checks))
    w("</div></header><main>")

    # articles × languages
    w('<h2 id="articles">Articles</h2><table id="articles-table"><thead><tr>')
    w("<th>Article</th><th>Lang</th><th>Complete</th><th>Translated</th><th>Fuzzy</th>")
    w("<th>Untranslated</th><th>Errors</th><th>Warnings</th></tr></thead><tbody>")
    for st in sorted(res.files, key=lambda s: (s.article, s.lang)):
        pct = 100.0 * st.translated / st.messages if st.messages else 100.0
        c = by_file[st.file]
        w(
            f'<tr data-row="article" data-lang="{escape(st.lang)}" '
            f'data-article="{escape(st.article)}">'
            f"<td>{escape(st.article)}<br><small class=muted>{escape(st.file)}</small></td>"
            f"<td>{escape(st.lang)}</td>"
            f'<td><span class="bar"><i style="width:{pct:.0f}%"></i></span>{pct:.0f}%</td>'
            f'<td class="num">{st.translated}</td><td class="num">{st.fuzzy}</td>'
            f'<td class="num">{st.untranslated}</td>'
            f'<td class="num sev-error">{c["error"] or ""}</td>'
            f'<td class="num sev-warning">{c["warning"] or ""}</td></tr>'
        )
    w("</tbody></table>")

    # findings
    w('<h2 id="findings">Findings</h2><table id="findings-table"><thead><tr>')
    w("<th>Where</th><th>Check</th><th>Message</th><th>In context</th><th>Suggestion</th>")
    w("</tr></thead><tbody>")
    if not res.findings:
        w('<tr><td colspan="5" class="muted">No findings.</td></tr>')
    for f in res.findings:
        art = data.article_of.get(f.file, "")
        w(
            f'<tr data-row="finding" data-lang="{escape(f.lang)}" data-article="{escape(art)}" '
            f'data-check="{escape(f.check)}">'
            f'<td title="{escape(f.file)}:{f.line}">{escape(Path(f.file).name)}:{f.line}<br>'
            f"<small class=muted>{escape(f.lang)}</small></td>"
            f'<td class="sev-{escape(str(f.severity))}">{escape(f.check)}</td>'
            f"<td>{escape(f.message)}</td>"
            f'<td class="ctx">{_context(f)}</td>'
            f'<td class="sugg">{escape(f.suggestion or "")}</td></tr>'
        )
    w("</tbody></table>")

    # concepts
    w('<h2 id="concepts">Concepts</h2>')
    w(
        '<p class="muted">Every concept the source names and how each language renders it '
        "(glossary term, occurrences; inflected forms on hover). Red: deprecated or forbidden; "
        "amber: an admitted variant beside the preferred one.</p>"
    )
    w('<table id="concepts-table"><thead><tr><th>Concept</th><th>Source</th><th>Lang</th>')
    w("<th>Renderings</th><th>Missing</th></tr></thead><tbody>")
    for cid in sorted(data.concepts):
        view = data.concepts[cid]
        src_total = sum(view.source.values())
        for lang in langs:
            rend = view.renderings.get(lang, Counter())
            if not rend and not src_total:
                continue
            arts = set(view.source) | view.articles.get(lang, set())
            bad = any(status not in ("preferred", "admitted") for _, status in rend)
            mixed = len({t for t, s in rend if s in ("preferred", "admitted")}) > 1
            cls = "violation" if bad or view.missing[lang] else "inconsistent" if mixed else ""
            chips = []
            for (term, status), n in rend.most_common():
                kind = (
                    "bad"
                    if status not in ("preferred", "admitted")
                    else "alt"
                    if status == "admitted"
                    else ""
                )
                forms = ", ".join(
                    f"{s} ×{k}" for (t, s), k in view.surfaces[lang].most_common() if t == term
                )
                chips.append(
                    f'<span class="variant {kind}" title="{escape(forms)}">{escape(term)} '
                    f"<small>×{n} {escape(status)}</small></span>"
                )
            checks_here = "term-missing" if view.missing[lang] else ""
            if bad:
                checks_here += " term-forbidden"
            if mixed:
                checks_here += " term-inconsistent"
            w(
                f'<tr data-row="concept" class="{cls}" data-lang="{escape(lang)}" '
                f'data-article="{escape(" ".join(sorted(arts)))}" '
                f'data-check="{escape(checks_here.strip())}">'
                f'<td class="concept">{escape(cid)}</td>'
                f'<td class="num">{src_total or ""}</td><td>{escape(lang)}</td>'
                f"<td>{''.join(chips) or '<span class=muted>—</span>'}</td>"
                f'<td class="num sev-error">{view.missing[lang] or ""}</td></tr>'
            )
    w("</tbody></table></main>")
    w(f"<script>{_asset('report.js')}</script>")
    w("</body></html>")
    return "\n".join(out) + "\n"
