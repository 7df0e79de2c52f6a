#!/usr/bin/python3
"""Names in Arabic, Devanagari, Bengali, Thai and Chinese draw with real glyphs, never missing-glyph boxes.

Exported diagrams (SVG, PDF, PNG) are drawn by Graphviz through Pango, and the printed report by
Chromium; both take glyphs from fontconfig. For every character of every name in the five-script
test map, at least one installed font must cover it (fc-list :charset=...), and the diagram export
must succeed. .ci/setup installs Debian's Noto fonts for this.

Run: /usr/bin/python3 tests/cli/test_fonts.py build/stakemap tests/data/five-scripts.json
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import checks  # noqa: E402

stakemap, names_map = sys.argv[1], sys.argv[2]
document = json.load(open(names_map, encoding="utf-8"))
scripts = {"ar": "Arabic", "hi": "Devanagari (Hindi)", "bn": "Bengali", "th": "Thai", "zh": "Chinese", "ne": "Devanagari (Nepali)"}
covered = {}
for node in document["nodes"]:
    missing = []
    for character in sorted(set(node["label"])):
        if ord(character) < 0x80 or character.isspace():
            continue
        if character not in covered:
            fonts = subprocess.run(["fc-list", f":charset={ord(character):x}", "family"], capture_output=True, text=True).stdout
            covered[character] = bool(fonts.strip())
        if not covered[character]:
            missing.append(f"U+{ord(character):04X}")
    checks.check(f"{scripts[node['id']]}: every character has a font", not missing, " ".join(missing))

with tempfile.TemporaryDirectory() as folder:
    for extension in ("svg", "pdf", "png"):
        out = os.path.join(folder, "names." + extension)
        run = subprocess.run([stakemap, "export", names_map, "-o", out], capture_output=True, text=True)
        checks.check(f"exported as {extension}", run.returncode == 0 and os.path.getsize(out) > 0, run.stderr)
    svg = open(os.path.join(folder, "names.svg"), encoding="utf-8").read()
    for node in document["nodes"]:
        # Graphviz may wrap a long name over lines; each word is written as it is.
        words = node["label"].split()
        checks.check(f"{scripts[node['id']]}: name written into the SVG", all(w in svg for w in words))
checks.finish("fonts")
