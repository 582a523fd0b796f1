"""Per-message suppression: which checks a translator has switched off for one message.

Two spellings, because they live differently in a catalogue's life:

- a translator comment `# translate: skip term-missing, punctuation` (or `skip all`): survives
  `msgmerge`/`translate update`, so this is the one to use;
- a flag `#, no-term-missing` (`#, no-check` for all): familiar from `no-c-format`, but GNU
  msgmerge drops flags it does not know (measured: gettext 0.21), so it is lost on the next
  update. Accepted for editors that write flags, not recommended.

In drafts, an HTML comment `<!-- translate: skip punctuation -->` on the line before a block does
the same for that block.
"""

from __future__ import annotations

import regex

from translate.checks.registry import CHECKS

_COMMENT = regex.compile(r"translate:\s*skip\s+([\w\s,-]+)", regex.I)


def parse_skip_comment(comment: str | None) -> set[str]:
    out: set[str] = set()
    if not comment or "translate" not in comment:
        return out
    for m in _COMMENT.finditer(comment):
        # ids hold hyphens, so the class takes an HTML comment's closing `--` too: not an id
        out.update(x for x in regex.split(r"[\s,]+", m.group(1).strip()) if x.strip("-"))
    return out


def parse_skip_flags(flags: list[str]) -> set[str]:
    out: set[str] = set()
    for flag in flags:
        if flag == "no-check":
            out.add("all")
        elif flag.startswith("no-") and flag[3:] in CHECKS:
            out.add(flag[3:])
    return out


def unknown_ids(ids: set[str]) -> set[str]:
    return {i for i in ids if i != "all" and i not in CHECKS}
