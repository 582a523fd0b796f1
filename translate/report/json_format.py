"""`--format json`: the machine-readable result, schema version 1.

Schema (stable; a change that removes or renames a field bumps `version`, adding fields does not)::

    {
      "version": 1,
      "findings": [
        {
          "check": "term-forbidden",          # check id (see `translate check --list`)
          "severity": "error",                # "error" | "warning" | "info"
          "file": "locales/az/LC_MESSAGES/aliyev-occupation-remark.po",
          "line": 42,                         # 1-based; PO: the msgstr line; 0 = whole file
          "lang": "az",                       # language of the checked text
          "message": "“Dağlıq Qarabağ” is deprecated for karabakh; use “Qarabağ”",
          "span": {                           # null when the problem has no single place
            "start": 10, "end": 25,           # Python string offsets into the text below
            "text": "Dağlıq Qarabağda",
            "where": "translation"            # "translation" (msgstr / draft block) | "source"
          },
          "suggestion": "Qarabağda",          # null when there is none
          "msgid": "…", "msgctxt": null,      # PO messages; null for drafts
          "concept": "karabakh"               # glossary concept id for term checks, else null
        }
      ],
      "summary": {
        "files": 4, "messages": 120,
        "errors": 1, "warnings": 3, "infos": 0,
        "by_check": {"term-forbidden": 1, "punctuation": 3}
      },
      "files": [                              # completeness per checked file
        {"file": "…", "lang": "az", "article": "aliyev-occupation-remark", "kind": "po",
         "messages": 14, "translated": 14, "fuzzy": 0, "untranslated": 0}
      ]
    }
"""

from __future__ import annotations

import json

SCHEMA_VERSION = 1


def to_json_obj(result) -> dict:
    return {
        "version": SCHEMA_VERSION,
        "findings": [f.to_dict() for f in result.findings],
        "summary": result.summary(),
        "files": [s.to_dict() for s in result.files],
    }


def _items(objs: list[dict]) -> str:
    if not objs:
        return "[]"
    return "[\n    " + ",\n    ".join(json.dumps(o, ensure_ascii=False) for o in objs) + "\n  ]"


def render_json(result) -> str:
    """One finding (and one file) per line: readable in a diff or a log, and written by the
    C encoder (`indent=` falls back to the pure-Python one, 5× slower on 30,000 findings)."""
    obj = to_json_obj(result)
    return (
        "{\n"
        f'  "version": {obj["version"]},\n'
        f'  "findings": {_items(obj["findings"])},\n'
        f'  "summary": {json.dumps(obj["summary"], ensure_ascii=False)},\n'
        f'  "files": {_items(obj["files"])}\n'
        "}\n"
    )
