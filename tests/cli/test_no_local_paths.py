#!/usr/bin/python3
"""Nothing a user shares reveals their folders: every file stakemap writes from a map kept in a
private folder (report, diagrams, interchange formats, analysis tables, merge and diff results)
names at most the map's file name, never the folder it sits in (paged PDFs, shared pages and survey forms too). Also: the report's cover takes
--title, --subtitle and --author, escaped.

Run: /usr/bin/python3 tests/cli/test_no_local_paths.py build/stakemap datasets
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zlib
import re

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, finish  # noqa: E402

stakemap, datasets = sys.argv[1], sys.argv[2]
PRIVATE = "private-folder-of-amina"


def pdf_text(data):
    """The PDF's bytes with its compressed streams inflated, so paths inside them show."""
    text = data
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            text += zlib.decompress(match.group(1))
        except zlib.error:
            pass
    return text


def run(*arguments):
    return subprocess.run([stakemap, *arguments], capture_output=True, text=True)


with tempfile.TemporaryDirectory() as root:
    private = os.path.join(root, PRIVATE, "maps")
    out = os.path.join(root, PRIVATE, "out")
    os.makedirs(private)
    os.makedirs(out)
    kenya = os.path.join(private, "kenya.json")
    shutil.copy(os.path.join(datasets, "illustrative", "kenya.json"), kenya)
    other = os.path.join(private, "kenya-2.json")
    shutil.copy(kenya, other)
    written = []

    def produce(name, *arguments):
        target = os.path.join(out, name)
        result = run(*arguments, "-o", target) if "-o" not in arguments else run(*arguments)
        check(f"{name}: written", result.returncode == 0 and os.path.exists(target), result.stderr)
        written.append(target)

    produce("report.html", "report", kenya, "--title", "Kenya <shadow> report", "--subtitle", "Draft & notes", "--author", "Amina \"A\"")
    for extension in ("svg", "pdf", "png", "dot", "graphml", "gexf", "gml", "json", "csv", "dl", "xlsx"):
        produce("map." + extension, "export", kenya)
    produce("map-a4.pdf", "export", kenya, "--page", "A4", "--landscape", "--author", "Amina")
    produce("shared.html", "share", kenya)
    produce("shared-public.html", "share", kenya, "--public")
    produce("form.html", "survey", kenya)
    produce("measures.csv", "analyze", kenya)
    produce("gaps.md", "gaps", kenya)
    produce("merged.json", "merge", kenya, other)
    written.append(os.path.join(out, "merged.review.csv"))
    for target in written:
        if not os.path.exists(target):
            continue
        data = open(target, "rb").read()
        if target.endswith(".pdf"):
            data = pdf_text(data)
        if target.endswith(".xlsx"):
            import zipfile
            with zipfile.ZipFile(target) as book:
                data = b"".join(book.read(name) for name in book.namelist())
        check(f"{os.path.basename(target)}: no folder named", PRIVATE.encode() not in data and root.encode() not in data)

    html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
    check("report: --title escaped in the heading", "<h1>Kenya &lt;shadow&gt; report</h1>" in html)
    check("report: --title in the page title", "<title>Kenya &lt;shadow&gt; report" in html)
    check("report: --subtitle shown", "Draft &amp; notes" in html)
    check("report: --author shown and in the metadata", 'content="Amina &quot;A&quot;"' in html and "Amina &quot;A&quot; ·" in html)
    check("report: the map's file name is kept", "kenya.json" in html)
finish("no_local_paths")
