"""Speed at scale: stakemap against python3-graph-tool (C++ on Boost.Graph with
OpenMP, two threads), python3-igraph and python3-networkx on the
same generated graphs, in one run. For each size it generates a map with
`stakemap generate`, writes it as a whitespace edge list (igraph's NCOL, read
by all three), then times loading, degree, PageRank, k-core, components,
Louvain, betweenness and closeness, and peak memory, and the whole process (start
to exit, loading included). Prints a Markdown table with the ratios stakemap / peer
(below 1: stakemap is faster). graph-tool has no Louvain (its community methods fit
stochastic block models, another task), so that row has no graph-tool figure.

usage: /usr/bin/python3 bench/compare_peers.py [--sizes 5000:25000,100000:500000,1000000:5000000]
       [--networkx-limit 20000] [--betweenness-limit 20000] [--sampled-limit 200000]
NetworkX is skipped above --networkx-limit organisations (it would run for
many minutes), exact betweenness and closeness above --betweenness-limit (for
stakemap the sampled estimate is timed instead, and labelled so)."""

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STAKEMAP = os.path.join(ROOT, "build", "stakemap")


def stakemap_times(path, metrics, extra=()):
    """Runs analyze with --timings; returns {phase: seconds} and peak RSS in MiB."""
    command = ["/usr/bin/time", "-f", "peak %M", STAKEMAP, "analyze", path, "--metrics", metrics, "--timings",
               "--format", "csv", "-o", os.devnull, *extra]
    start = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if run.returncode != 0:
        raise RuntimeError(run.stderr)
    times = {"whole process": wall}
    times.update({m.group(1): float(m.group(2)) for m in re.finditer(r"timing: (\w+) ([0-9.e-]+) s", run.stderr)})
    peak = int(re.search(r"peak (\d+)", run.stderr).group(1)) / 1024
    return times, peak


def timed(function):
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def peer_script(kind, path, tasks):
    """Runs the peer in a fresh process (so its peak memory is its own); returns {task: seconds}, peak MiB."""
    code = f"""
import resource, sys, time
path = {path!r}
tasks = {tasks!r}
out = {{}}
def clock(name, f):
    t = time.perf_counter(); v = f(); out[name] = time.perf_counter() - t; return v
if {kind!r} == "graph-tool":
    import graph_tool.all as gt
    gt.openmp_set_num_threads(2)
    g = clock("load", lambda: gt.load_graph_from_csv(path, directed=False, eprop_types=["double"], eprop_names=["weight"],
                                                     hashed=True, csv_options={{"delimiter": " "}}))
    if "degree" in tasks: clock("degree", lambda: g.get_total_degrees(g.get_vertices()))
    if "pagerank" in tasks: clock("pagerank", lambda: gt.pagerank(g, weight=g.ep.weight))
    if "kcore" in tasks: clock("kcore", lambda: gt.kcore_decomposition(g))
    if "component" in tasks: clock("component", lambda: gt.label_components(g))
    if "betweenness" in tasks: clock("betweenness", lambda: gt.betweenness(g))
    if "closeness" in tasks: clock("closeness", lambda: gt.closeness(g))
elif {kind!r} == "igraph":
    import igraph
    g = clock("load", lambda: igraph.Graph.Read_Ncol(path, names=True, weights="if_present", directed=False))
    clock("snapshot", lambda: g.simplify(combine_edges="sum"))
    if "degree" in tasks: clock("degree", lambda: g.degree())
    if "pagerank" in tasks: clock("pagerank", lambda: g.pagerank(weights="weight"))
    if "kcore" in tasks: clock("kcore", lambda: g.coreness())
    if "component" in tasks: clock("component", lambda: g.connected_components())
    if "community" in tasks: clock("community", lambda: g.community_multilevel(weights="weight"))
    if "betweenness" in tasks: clock("betweenness", lambda: g.betweenness())
    if "closeness" in tasks: clock("closeness", lambda: g.closeness())
else:
    import networkx as nx
    g = clock("load", lambda: nx.read_weighted_edgelist(path))
    if "degree" in tasks: clock("degree", lambda: dict(g.degree()))
    if "pagerank" in tasks: clock("pagerank", lambda: nx.pagerank(g))
    if "kcore" in tasks: clock("kcore", lambda: nx.core_number(g))
    if "component" in tasks: clock("component", lambda: list(nx.connected_components(g)))
    if "community" in tasks: clock("community", lambda: nx.community.louvain_communities(g, seed=1))
    if "betweenness" in tasks: clock("betweenness", lambda: nx.betweenness_centrality(g))
    if "closeness" in tasks: clock("closeness", lambda: nx.closeness_centrality(g))
out["peak"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(repr(out))
"""
    start = time.perf_counter()
    run = subprocess.run(["/usr/bin/python3", "-c", code], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if run.returncode != 0:
        raise RuntimeError(run.stderr[-2000:])
    result = eval(run.stdout.strip().splitlines()[-1])
    result["whole process"] = wall
    return result, result.pop("peak")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="5000:25000,20000:100000,100000:500000,1000000:5000000")
    parser.add_argument("--networkx-limit", type=int, default=20000)
    parser.add_argument("--betweenness-limit", type=int, default=20000)
    parser.add_argument("--sampled-limit", type=int, default=200000, help="time stakemap's sampled betweenness up to this size")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="stakemap-bench-")
    rows = []
    for size in args.sizes.split(","):
        nodes, ties = (int(x) for x in size.split(":"))
        csv = os.path.join(work, f"g{nodes}.csv")
        subprocess.run([STAKEMAP, "generate", "--orgs", str(nodes), "--ties", str(ties), "-o", csv], check=True, capture_output=True)
        edgelist = os.path.join(work, f"g{nodes}.edgelist")
        with open(csv) as source, open(edgelist, "w") as target:
            next(source)
            for line in source:
                a, b, _type, weight = line.rstrip("\n").split(",")
                target.write(f"{a} {b} {weight}\n")
        exact = nodes <= args.betweenness_limit
        tasks = ["degree", "pagerank", "kcore", "component", "community"] + (["betweenness", "closeness"] if exact else [])
        ours, our_peak = stakemap_times(edgelist, ",".join(tasks))
        sampled_too = not exact and nodes <= args.sampled_limit
        if sampled_too:  # the sampled estimate, timed on its own
            sampled, _ = stakemap_times(edgelist, "betweenness")
            ours["betweenness (sampled, eps 0.01)"] = sampled["betweenness"]
        graphtool, graphtool_peak = peer_script("graph-tool", edgelist, tasks)
        igraph, igraph_peak = peer_script("igraph", edgelist, tasks)
        networkx, networkx_peak = (peer_script("networkx", edgelist, tasks) if nodes <= args.networkx_limit else ({}, None))
        label = f"{nodes:,} / {ties:,}"
        for task in ["load", "snapshot"] + tasks + (["betweenness (sampled, eps 0.01)"] if sampled_too else []) + ["whole process"]:
            ours_s = ours.get(task)
            same = not task.startswith("betweenness (")
            rows.append((label, task, ours_s, graphtool.get(task) if same else None, igraph.get(task) if same else None,
                         networkx.get(task) if same else None))
        rows.append((label, "peak memory (MiB)", our_peak, graphtool_peak, igraph_peak, networkx_peak))
        print(f"done {label}", file=sys.stderr, flush=True)

    def cell(value, memory=False):
        if value is None:
            return "–"
        return f"{value:,.0f}" if memory else f"{value:.3f}"

    def ratio(a, b):
        return f"{a / b:.2f}" if a is not None and b else "–"

    print("| graph (organisations / ties) | task | stakemap | graph-tool | igraph | NetworkX | stakemap/graph-tool | stakemap/igraph | stakemap/NetworkX |")
    print("|---|---|---|---|---|---|---|---|---|")
    for label, task, ours_s, graphtool_s, igraph_s, networkx_s in rows:
        memory = task.startswith("peak")
        print(f"| {label} | {task} | {cell(ours_s, memory)} | {cell(graphtool_s, memory)} | {cell(igraph_s, memory)} | {cell(networkx_s, memory)} | "
              f"{ratio(ours_s, graphtool_s)} | {ratio(ours_s, igraph_s)} | {ratio(ours_s, networkx_s)} |")


if __name__ == "__main__":
    main()
