"""Consistency checks for translations: terminology, numbers, markup, scripts, punctuation.

Public API::

    from translate.checks.engine import run_checks, tasks_for, fails, Checker

    tasks = tasks_for(config, [Path("locales/az/LC_MESSAGES/x.po")])   # or [] for all
    result = run_checks(config, tasks, glossary_path=config.glossary_path)
    for f in result.findings:          # translate.checks.finding.Finding
        f.check, f.severity, f.file, f.line, f.lang, f.message, f.span, f.suggestion
    fails(result, "error")            # what `--fail-on error` decides

    Checker(config, glossary_path).check_segments([Segment(...)])   # any text, no files

One module per check family (`terms`, `source_terms`, `consistency`, `numerals`, `markup`,
`script`, `az_ascii`, `punctuation`, `status`), each registered in `registry.CHECKS` with its id
and default severity; `suppress` reads per-message suppressions, `loaders` turns PO catalogues
and drafts into `Segment`s, `engine` runs everything (in a process pool for many files).
"""
