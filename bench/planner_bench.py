#!/usr/bin/env python3
"""Speed of the planners' commands, and Louvain against its peers, in one run.

- `stakemap gaps` and `stakemap suggest` (whole map and --for one organisation)
  on a generated 5,000-organisation map: wall time of the whole command.
- Louvain on generated maps of 20k/100k and 100k/500k: stakemap's own time
  (from `analyze --timings`, the algorithm alone) against python3-igraph's
  community_multilevel and NetworkX's louvain_communities (20k only: minutes
  at 100k), each timed around the algorithm alone, with the modularity each finds.

Run: /usr/bin/python3 bench/planner_bench.py build/stakemap
"""
import re
import subprocess
import sys
import tempfile
import time

PEER = r'''
import csv, sys, time
which, path = sys.argv[1], sys.argv[2]
edges = []
index = {}
with open(path) as f:
    reader = csv.reader(f)
    next(reader)
    for row in reader:
        a = index.setdefault(row[0], len(index)); b = index.setdefault(row[1], len(index))
        edges.append((a, b, float(row[3])))
if which == "igraph":
    import igraph
    g = igraph.Graph(n=len(index), edges=[(a, b) for a, b, _ in edges])
    g.es["weight"] = [w for _, _, w in edges]
    start = time.perf_counter()
    parts = g.community_multilevel(weights="weight")
    print(time.perf_counter() - start, parts.modularity)
else:
    import networkx as nx
    g = nx.Graph()
    g.add_weighted_edges_from(edges)
    start = time.perf_counter()
    parts = nx.algorithms.community.louvain_communities(g, weight="weight", seed=1)
    elapsed = time.perf_counter() - start
    print(elapsed, nx.algorithms.community.modularity(g, parts, weight="weight"))
'''


def wall(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main():
    stakemap = sys.argv[1]
    with tempfile.TemporaryDirectory() as folder:
        small = f"{folder}/map5k.json"
        subprocess.run([stakemap, "generate", "--orgs", "5000", "--seed", "2", "-o", small], check=True, capture_output=True)
        print("| command (5,000 organisations / 25,000 ties, generated) | wall time (s) |\n|---|---:|")
        for name, args in [("stakemap gaps", ["gaps", small, "-o", f"{folder}/gaps.md"]),
                           ("stakemap gaps --format json", ["gaps", small, "--format", "json", "-o", f"{folder}/gaps.json"]),
                           ("stakemap suggest --top 20", ["suggest", small, "--top", "20", "-o", f"{folder}/s.txt"]),
                           ("stakemap suggest --for o17 --top 20", ["suggest", small, "--for", "o17", "--top", "20", "-o", f"{folder}/s2.txt"]),
                           ("stakemap analyze (all measures)", ["analyze", small, "--format", "json", "-o", f"{folder}/a.json"])]:
            best = min(wall([stakemap, *args]) for _ in range(3))
            print(f"| {name} | {best:.3f} |", flush=True)

        print("\n| Louvain | tool | algorithm time (s) | modularity |\n|---|---|---:|---:|")
        for n in [20_000, 100_000]:
            edges = f"{folder}/g{n}.csv"
            subprocess.run([stakemap, "generate", "--orgs", str(n), "-o", edges], check=True, capture_output=True)
            run = subprocess.run([stakemap, "analyze", edges, "--nodes", edges.replace(".csv", ".nodes.csv"), "--metrics", "community",
                                  "--timings", "--format", "json", "-o", f"{folder}/c.json"], check=True, capture_output=True, text=True)
            seconds = float(re.search(r"timing: community ([0-9.e-]+) s", run.stderr).group(1))
            import json
            modularity = json.load(open(f"{folder}/c.json"))["graph"]["modularity"]
            size = f"{n:,} / {5 * n:,}"
            print(f"| {size} | stakemap | {seconds:.3f} | {modularity:.4f} |", flush=True)
            for peer in ["igraph", "networkx"] if n <= 20_000 else ["igraph"]:
                out = subprocess.run(["/usr/bin/python3", "-c", PEER, peer, edges], check=True, capture_output=True, text=True).stdout.split()
                print(f"| {size} | {peer} | {float(out[0]):.3f} | {float(out[1]):.4f} |", flush=True)
            if n > 20_000:
                print(f"| {size} | networkx | skipped: minutes at this size | |")


if __name__ == "__main__":
    main()
