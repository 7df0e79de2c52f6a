#!/usr/bin/env python3
"""The planner's commands at national-to-global scale (issue 22): wall time and
peak memory of each whole command on generated maps, one size at a time.

For each size: `stakemap generate` writes a JSON map (and a second one with a
different seed for diff); then gaps, suggest (whole map and --for the first
organisation), whatif (add one tie), report, diff and export to GraphML, GEXF
and CSV run under /usr/bin/time with a time limit. A command that runs out of
time is listed as such.

Run: /usr/bin/python3 bench/planner_scale.py build/stakemap [--sizes 100000:500000,1000000:5000000] [--limit 300]
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time


def run(command, limit):
    start = time.perf_counter()
    # Its own process group, so a command over the limit is stopped with /usr/bin/time (not left running beside the next).
    process = subprocess.Popen(["/usr/bin/time", "-f", "peak %M", *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    try:
        _, stderr = process.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return None, None, f"over {limit} s"
    wall = time.perf_counter() - start
    done = subprocess.CompletedProcess(command, process.returncode, "", stderr)
    peak = re.search(r"peak (\d+)", done.stderr)
    status = "ok" if done.returncode == 0 else "exit %d: %s" % (done.returncode, done.stderr.strip().splitlines()[0][:80])
    return wall, int(peak.group(1)) / 1024 if peak else None, status


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("stakemap")
    parser.add_argument("--sizes", default="100000:500000")
    parser.add_argument("--limit", type=int, default=300, help="seconds per command")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="stakemap-planner-")
    try:
        measure_all(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)  # a million-organisation run leaves 3.5 GB of maps and exports


def measure_all(args, work):
    print("| organisations / ties | command | time (s) | peak memory (MiB) | result |")
    print("|---|---|---|---|---|")
    for size in args.sizes.split(","):
        nodes, ties = (int(x) for x in size.split(":"))
        label = f"{nodes:,} / {ties:,}"
        old = os.path.join(work, f"m{nodes}-a.json")
        new = os.path.join(work, f"m{nodes}-b.json")
        for path, seed in ((old, 1), (new, 2)):
            subprocess.run([args.stakemap, "generate", "--orgs", str(nodes), "--ties", str(ties), "--seed", str(seed), "-o", path],
                           check=True, capture_output=True)
        first = "o1"
        commands = [
            ("gaps", ["gaps", old]),
            ("suggest (whole map)", ["suggest", old]),
            ("suggest --for", ["suggest", old, "--for", first]),
            ("whatif --add", ["whatif", old, "--add", f"{first},o2"]),
            ("report", ["report", old, "-o", os.path.join(work, "report.html")]),
            ("diff", ["diff", old, new]),
            ("export GraphML", ["export", old, "-o", os.path.join(work, "m.graphml")]),
            ("export GEXF", ["export", old, "-o", os.path.join(work, "m.gexf")]),
            ("export CSV", ["export", old, "-o", os.path.join(work, "m.csv")]),
            ("analyze (default measures)", ["analyze", old, "-o", os.path.join(work, "a.csv")]),
        ]
        for name, command in commands:
            wall, peak, status = run([args.stakemap, *command], args.limit)
            # Each export's file goes at once (a million organisations: a gigabyte each). Its time
            # includes the flush to disk (files are replaced safely, fsync'd), so a slow disk shows.
            for written in ("m.graphml", "m.gexf", "m.csv", "m.nodes.csv"):
                if os.path.exists(os.path.join(work, written)):
                    os.remove(os.path.join(work, written))
            print(f"| {label} | {name} | {'–' if wall is None else f'{wall:.2f}'} | {'–' if peak is None else f'{peak:,.0f}'} | {status} |", flush=True)


if __name__ == "__main__":
    main()
