#!/usr/bin/env python3
"""The scoping report loads in a real browser: headless Chromium (Debian's
chromium) opens the HTML written by `stakemap report`, with no console
errors and no failed resource loads, and the page has its sections and the
inline map. Also checks the file names no external asset.
Run: check_report_in_chromium.py path/to/stakemap path/to/datasets
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, finish  # noqa: E402

stakemap, datasets = sys.argv[1], sys.argv[2]
chromium = shutil.which("chromium")



with tempfile.TemporaryDirectory() as folder:
    for name in ["alliance87-ngo-forum-2017.json", "illustrative/ghana.json"]:
        report = os.path.join(folder, os.path.basename(name) + ".html")
        subprocess.run([stakemap, "report", os.path.join(datasets, name), "-o", report, "-q"], check=True, capture_output=True)
        html = open(report, encoding="utf-8").read()
        external = re.findall(r'(?:src|href)\s*=\s*"(?:https?:)?//[^"]*"|<link\b|<script\b[^>]*\bsrc=', html)
        check(f"{name}: no external assets", not external, external[:3])
        for heading in ["The map", "Who works on what", "Who holds the network together", "Brokers and fragile points",
                        "Groups that never meet", "Whom to bring to the table", "Where the data comes from", "All organisations"]:
            check(f"{name}: section {heading}", f"<h2>{heading}</h2>" in html)
        check(f"{name}: inline map", "<svg" in html and "</svg>" in html)
        check(f"{name}: A4 print styles", "@page { size: A4" in html)
        if chromium is None:
            check("chromium installed (.ci/setup installs it)", False)
            continue
        run = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                              "--disable-background-networking", "--disable-component-update", "--disable-sync",
                              f"--user-data-dir={folder}/profile", "--enable-logging=stderr", "--v=0", "--dump-dom",
                              "file://" + report], capture_output=True, text=True, timeout=120)
        check(f"{name}: chromium exit", run.returncode == 0, run.stderr[-400:])
        problems = [line for line in run.stderr.splitlines()
                    if "CONSOLE" in line or "Failed to load resource" in line or "Uncaught" in line]
        check(f"{name}: no console errors", not problems, problems[:3])
        check(f"{name}: page rendered", "<h1>" in run.stdout and "Whom to bring to the table" in run.stdout, run.stdout[:200])
sys.exit(finish("report"))
