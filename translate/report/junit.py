"""`--format junit`: JUnit XML for CI dashboards (Jenkins, GitLab, GitHub test reporters).

One `<testsuite>` per checked file and one `<testcase>` per finding (named `file:line check`),
plus one passing case for a clean file so dashboards count it. Errors are `<failure>`s (one per
case, as the common JUnit schemas allow); warnings and infos pass and carry their text in
`<system-out>`. Built with ElementTree, which escapes every text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict


def _details(f) -> str:
    text = f"{f.severity} {f.check}: {f.message}"
    if f.span:
        text += f"\n  [{f.span.where}] {f.span.text}"
    if f.suggestion:
        text += f"\n  suggestion: {f.suggestion}"
    return text


def render_junit(result) -> str:
    by_file: dict[str, list] = defaultdict(list)
    for f in result.findings:
        by_file[f.file].append(f)
    files = [s.file for s in result.files]
    files += [f for f in by_file if f not in files]
    root = ET.Element("testsuites", name="translate check")
    total = failures = 0
    for file in files:
        suite = ET.SubElement(root, "testsuite", name=file)
        findings = by_file.get(file, [])
        n_fail = 0
        if not findings:
            ET.SubElement(suite, "testcase", classname=file, name="all checks")
        for f in findings:
            case = ET.SubElement(
                suite, "testcase", classname=file, name=f"{file}:{f.line} {f.check}"
            )
            if str(f.severity) == "error":
                fail = ET.SubElement(case, "failure", type=f.check, message=f.message)
                fail.text = _details(f)
                n_fail += 1
            else:
                ET.SubElement(case, "system-out").text = _details(f)
        n_cases = max(1, len(findings))
        suite.set("tests", str(n_cases))
        suite.set("failures", str(n_fail))
        suite.set("errors", "0")
        total += n_cases
        failures += n_fail
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
