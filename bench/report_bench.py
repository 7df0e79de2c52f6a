#!/usr/bin/env python3
"""Whole-process time and peak memory of the planner's commands on one generated map.

Generates `stakemap generate --orgs N --seed S` once, then runs report, gaps,
suggest, whatif and diff on it with each stakemap binary given (e.g. the build
before and after a change), three times each; prints the median wall time and
the largest peak resident memory. The commands are the ones a planner runs.

Run: /usr/bin/python3 bench/report_bench.py [--orgs 20000] [--seed 3] [--commands report,gaps] build/stakemap [other/stakemap ...]
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time


def measure(command, repeats):
    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far: run each command in a fresh
    # interpreter so its own peak is what is read.
    probe = ("import resource,subprocess,sys,time;s=time.perf_counter();"
             "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE);"
             "e=time.perf_counter()-s;"
             "print(r.returncode,e,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);"
             "sys.stderr.write(r.stderr.decode(errors='replace')[-400:])")
    times, peaks = [], []
    for _ in range(repeats):
        out = subprocess.run(["/usr/bin/python3", "-c", probe, *command], capture_output=True, text=True)
        code, elapsed, peak = out.stdout.split()
        if code != "0":
            raise SystemExit(f"{' '.join(command)} failed: {out.stderr}")
        times.append(float(elapsed))
        peaks.append(int(peak) / 1024.0)
    return statistics.median(times), max(peaks)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binaries", nargs="+")
    parser.add_argument("--orgs", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--commands", default="report,gaps,suggest,whatif,diff")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "map.json")
        subprocess.run([args.binaries[0], "generate", "--orgs", str(args.orgs), "--seed", str(args.seed), "-o", path],
                       check=True, capture_output=True)
        changed = os.path.join(folder, "changed.json")
        subprocess.run([args.binaries[0], "generate", "--orgs", str(args.orgs), "--seed", str(args.seed + 1), "-o", changed],
                       check=True, capture_output=True)
        out = os.path.join(folder, "out")
        commands = {
            "report": ["report", path, "-o", out + ".html"],
            "gaps": ["gaps", path, "-o", out + ".md"],
            "suggest": ["suggest", path, "-o", out + ".txt"],
            "whatif": ["whatif", path, "--remove-node", "o1", "-o", out + ".md"],
            "diff": ["diff", path, changed, "-o", out + ".md"],
        }
        print(f"map: stakemap generate --orgs {args.orgs} --seed {args.seed} ({os.path.getsize(path) / 1e6:.1f} MB)")
        print("| command | " + " | ".join(f"{b}: s / MiB" for b in args.binaries) + " |")
        print("|---|" + "---|" * len(args.binaries))
        for name in args.commands.split(","):
            cells = []
            for binary in args.binaries:
                seconds, peak = measure([binary, *commands[name]], args.repeats)
                cells.append(f"{seconds:.2f} / {peak:.0f}")
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
