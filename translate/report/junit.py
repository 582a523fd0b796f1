"""`--format junit`: JUnit XML for CI dashboards (Jenkins, GitLab, GitHub test reporters).

One `<testsuite>` per checked file, one `<testcase>` per message with findings (plus one passing
case for a clean file, so dashboards count it). Errors are `<failure>`s; warnings and infos do not
fail a test and go to the case's `<system-out>`. Built with ElementTree, which escapes every text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict


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
        cases: dict[int, list] = defaultdict(list)
        for f in by_file.get(file, []):
            cases[f.line].append(f)
        n_fail = 0
        if not cases:
            ET.SubElement(suite, "testcase", classname=file, name="all checks")
        for line, findings in sorted(cases.items()):
            case = ET.SubElement(suite, "testcase", classname=file, name=f"{file}:{line}")
            out_lines = []
            for f in findings:
                text = f"{f.severity} {f.check}: {f.message}"
                if f.span:
                    text += f"\n  [{f.span.where}] {f.span.text}"
                if f.suggestion:
                    text += f"\n  suggestion: {f.suggestion}"
                if str(f.severity) == "error":
                    fail = ET.SubElement(case, "failure", type=f.check, message=f.message)
                    fail.text = text
                else:
                    out_lines.append(text)
            if any(str(f.severity) == "error" for f in findings):
                n_fail += 1
            if out_lines:
                ET.SubElement(case, "system-out").text = "\n".join(out_lines)
        n_cases = max(1, len(cases))
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
