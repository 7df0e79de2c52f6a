#!/usr/bin/env python3
"""Times `stakemap generate` (wall time and peak memory) and, in the same run,
peers building a graph of the same size with a comparable degree model and
writing it out: python3-igraph's Static_Fitness (Chung-Lu) and NetworkX's
expected_degree_graph (Chung-Lu; skipped above 100k organisations, where it
would run for minutes).

Run: /usr/bin/python3 bench/generator_bench.py build/stakemap [sizes...]
Prints a Markdown table; bench/RESULTS.md keeps the figures.
"""
import os
import subprocess
import sys
import tempfile
import time

PEER_IGRAPH = r'''
import igraph, random, sys
n, m, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
random.seed(1)
fitness = [min((1 - random.random()) ** (-1 / 1.3), 4 * n ** 0.5) for _ in range(n)]
g = igraph.Graph.Static_Fitness(m, fitness, loops=False, multiple=False)
g.write_edgelist(out)
'''

PEER_NETWORKX = r'''
import networkx as nx, random, sys
n, m, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
random.seed(1)
weights = [min((1 - random.random()) ** (-1 / 1.3), 4 * n ** 0.5) for _ in range(n)]
scale = 2 * m / sum(weights)
g = nx.expected_degree_graph([w * scale for w in weights], seed=1, selfloops=False)
nx.write_edgelist(g, out, data=False)
'''


def measure(command):
    """Wall seconds and peak resident memory (MiB) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise RuntimeError(f"{command[0]} failed: {process.stderr.read().decode()[:300]}")
    return elapsed, usage.ru_maxrss / 1024


def main():
    stakemap = sys.argv[1]
    sizes = [int(s) for s in sys.argv[2:]] or [10_000, 100_000, 1_000_000]
    print("| organisations / ties | tool | output | time (s) | peak memory (MiB) | file size (MiB) |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            m = 5 * n
            runs = [("stakemap generate", "JSON map", [stakemap, "generate", "--orgs", str(n), "-o", f"{folder}/g.json"], f"{folder}/g.json"),
                    ("stakemap generate", "CSV edges + nodes", [stakemap, "generate", "--orgs", str(n), "-o", f"{folder}/g.csv"], f"{folder}/g.csv"),
                    ("igraph Static_Fitness", "edge list", ["/usr/bin/python3", "-c", PEER_IGRAPH, str(n), str(m), f"{folder}/i.txt"], f"{folder}/i.txt")]
            if n <= 100_000:
                runs.append(("networkx expected_degree_graph", "edge list",
                             ["/usr/bin/python3", "-c", PEER_NETWORKX, str(n), str(m), f"{folder}/x.txt"], f"{folder}/x.txt"))
            for tool, output, command, path in runs:
                seconds, memory = measure(command)
                size = os.path.getsize(path) / 2**20
                print(f"| {n:,} / {m:,} | {tool} | {output} | {seconds:.2f} | {memory:.0f} | {size:.0f} |", flush=True)
            if n > 100_000:
                print(f"| {n:,} / {m:,} | networkx expected_degree_graph | skipped: minutes at this size | | | |")


if __name__ == "__main__":
    main()
