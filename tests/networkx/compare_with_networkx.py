#!/usr/bin/env python3
"""Checks `stakemap analyze --format json` against NetworkX on the same graphs.

Each graph is written by NetworkX as GraphML, GEXF, GML, node-link JSON, CSV
(edges plus a node table), Pajek and a SNAP-style commented edge list, and by
hand (scipy for MatrixMarket) as UCINET DL, MatrixMarket and LGL; stakemap reads each file back and every measure is
compared with NetworkX's value. Run: compare_with_networkx.py path/to/stakemap
Exits non-zero, listing every mismatch, if any value differs.
"""
import csv
import json
import math
import os
import subprocess
import sys
import tempfile

import networkx as nx

TOLERANCE = {"betweenness": 1e-6, "closeness": 1e-6, "harmonic": 1e-6,
             "pagerank": 1e-6, "eigenvector": 1e-6, "clustering": 1e-9,
             "constraint": 1e-9, "effective_size": 1e-9}


def graphs():
    """Named test graphs: classic published networks and awkward shapes."""
    yield "karate", nx.karate_club_graph()
    yield "florentine", nx.florentine_families_graph()
    yield "les_miserables", nx.les_miserables_graph()
    disconnected = nx.Graph()
    disconnected.add_nodes_from(["lone", "also alone"])
    disconnected.add_edges_from([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("x", "y")])
    yield "disconnected", disconnected
    yield "directed_random", nx.gnp_random_graph(40, 0.08, seed=7, directed=True)
    star_directed = nx.DiGraph([(0, 1), (0, 2), (2, 0), (3, 0), (4, 3)])
    star_directed.add_node(5)
    yield "directed_small", star_directed
    weighted = nx.Graph()
    weighted.add_weighted_edges_from([("A", "B", 3.0), ("B", "C", 1.0), ("A", "C", 0.5), ("C", "D", 2.0),
                                      ("D", "E", 1.5), ("B", "E", 0.25)])
    yield "weighted", weighted
    yield "barbell", nx.barbell_graph(5, 2)


def expected(G):
    """NetworkX's values, computed tightly so comparison tolerances are meaningful."""
    rev = {}
    rev["betweenness"] = nx.betweenness_centrality(G)
    rev["closeness"] = nx.closeness_centrality(G)
    rev["harmonic"] = nx.harmonic_centrality(G)
    rev["pagerank"] = nx.pagerank(G, tol=1e-13, max_iter=100000)
    if G.number_of_edges() > 0:
        rev["eigenvector"] = nx.eigenvector_centrality(G, tol=1e-13, max_iter=100000)
    rev["degree"] = dict(G.degree())
    rev["kcore"] = nx.core_number(G)
    rev["clustering"] = nx.clustering(G)
    undirected = G.to_undirected()
    rev["articulation"] = {v: v in set(nx.articulation_points(undirected)) for v in G}
    if not G.is_directed():
        rev["constraint"] = nx.constraint(G)
        rev["effective_size"] = nx.effective_size(G)
    return rev


def write_all(G, folder, name):
    """Writes G in every interchange format; returns {format: (path, extra args)}."""
    files = {}
    path = os.path.join(folder, name + ".graphml")
    nx.write_graphml(G, path)
    files["graphml"] = (path, [])
    path = os.path.join(folder, name + ".gexf")
    nx.write_gexf(G, path)
    files["gexf"] = (path, [])
    path = os.path.join(folder, name + ".gml")
    nx.write_gml(G, path, stringizer=str)
    files["gml"] = (path, [])
    path = os.path.join(folder, name + ".json")
    with open(path, "w", encoding="utf-8") as out:
        json.dump(nx.node_link_data(G), out)
    files["node-link"] = (path, [])
    edges = os.path.join(folder, name + ".csv")
    nodes = os.path.join(folder, name + ".nodes.csv")
    with open(edges, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["source", "target", "weight"])
        for u, v, data in G.edges(data=True):
            writer.writerow([u, v, data.get("weight", 1)])
    with open(nodes, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["id"])
        for v in G:
            writer.writerow([v])
    files["csv"] = (edges, ["--nodes", nodes] + (["--directed"] if G.is_directed() else []))
    if not G.is_directed():
        # A bare edge list as SNAP writes them (comment header, tabs); only for graphs without
        # isolated nodes, which an edge list cannot hold.
        if not any(d == 0 for _, d in G.degree()) and all(" " not in str(v) for v in G):
            path = os.path.join(folder, name + ".snap.txt")
            with open(path, "w", encoding="utf-8") as out:
                out.write(f"# Undirected graph: {name}\n# Nodes: {G.number_of_nodes()} Edges: {G.number_of_edges()}\n# FromNodeId\tToNodeId\tWeight\n")
                for u, v, data in G.edges(data=True):
                    out.write(f"{u}\t{v}\t{data.get('weight', 1)}\n")
            files["snap"] = (path, [])
    path = os.path.join(folder, name + ".net")
    nx.write_pajek(nx.relabel_nodes(G, {v: str(v) for v in G}), path)
    files["pajek"] = (path, [])
    return files


def write_matrix_formats(G, folder, name):
    """UCINET DL, MatrixMarket and LGL, written here by hand from G (NetworkX has no writers
    for them). Returns {format: (path, extra args, stakemap id -> node name)}."""
    import scipy.io
    nodes = [str(v) for v in G]
    files = {}
    matrix = nx.to_scipy_sparse_array(G, nodelist=list(G), weight="weight", format="coo")
    path = os.path.join(folder, name + ".mtx")
    scipy.io.mmwrite(path, matrix, symmetry="general")
    files["matrixmarket"] = (path, [], {str(k + 1): nodes[k] for k in range(len(nodes))})
    path = os.path.join(folder, name + ".dl")
    dense = nx.to_numpy_array(G, nodelist=list(G), weight="weight")
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"dl n={len(nodes)}\nformat = fullmatrix\nlabels:\n")
        out.write(",".join('"' + v + '"' for v in nodes) + "\ndata:\n")
        for row in dense:
            out.write(" ".join(repr(float(x)) for x in row) + "\n")
    files["ucinet-dl"] = (path, [], {v: v for v in nodes})
    if not G.is_directed():
        path = os.path.join(folder, name + ".lgl")
        written = set()
        with open(path, "w", encoding="utf-8") as out:
            for v in G:
                out.write(f"# {str(v).replace(' ', '_')}\n")
                for u, data in G[v].items():
                    if (u, v) in written:
                        continue
                    written.add((v, u))
                    out.write(f"{str(u).replace(' ', '_')} {data.get('weight', 1)}\n")
        files["lgl"] = (path, [], {v.replace(" ", "_"): v for v in nodes})
    return files


def main():
    stakemap = sys.argv[1]
    failures = []
    checks = 0
    with tempfile.TemporaryDirectory() as folder:
        for name, G in graphs():
            want = expected(G)
            # GML identifies nodes by their integer id; NetworkX wrote the name as the label.
            gml_ids = {str(i): str(v) for i, v in enumerate(G)}
            everything = {fmt: (path, extra, None) for fmt, (path, extra) in write_all(G, folder, name).items()}
            everything.update(write_matrix_formats(G, folder, name))
            for fmt, (path, extra, names) in everything.items():
                key_of = (lambda i: gml_ids[i]) if fmt == "gml" else (lambda i: names[i]) if names else (lambda i: i)
                run = subprocess.run([stakemap, "analyze", path, "--format", "json", "--quiet"] + extra,
                                     capture_output=True, text=True)
                if run.returncode != 0:
                    failures.append(f"{name}/{fmt}: exit {run.returncode}: {run.stderr.strip()}")
                    continue
                result = json.loads(run.stdout)
                if result["graph"]["nodes"] != G.number_of_nodes() or result["graph"]["edges"] != G.number_of_edges():
                    failures.append(f"{name}/{fmt}: size {result['graph']['nodes']}/{result['graph']['edges']}")
                if result["graph"]["directed"] != G.is_directed():
                    failures.append(f"{name}/{fmt}: directed={result['graph']['directed']}")
                by_name = {str(v): v for v in G}
                for node in result["nodes"]:
                    key = key_of(node["id"])
                    if fmt == "gml" and node["label"] != key:
                        failures.append(f"{name}/gml: node {node['id']} label {node['label']!r}, expected {key!r}")
                    v = by_name[key]
                    for measure, values in want.items():
                        got = node[measure]
                        ref = values[v]
                        checks += 1
                        tol = TOLERANCE.get(measure, 0)
                        if isinstance(ref, float) and math.isnan(ref):
                            ok = got is None  # undefined: JSON null
                        elif isinstance(ref, bool) or tol == 0:
                            ok = got == ref
                        else:
                            ok = math.isclose(got, ref, rel_tol=0, abs_tol=tol)
                        if not ok:
                            failures.append(f"{name}/{fmt}: {measure}[{key}] = {got}, NetworkX {ref}")
                # Components: the same partition (numbering may differ).
                groups = {}
                for node in result["nodes"]:
                    key = key_of(node["id"])
                    groups.setdefault(node["component"], set()).add(key)
                ours = sorted(sorted(g) for g in groups.values())
                theirs = sorted(sorted(str(v) for v in c) for c in nx.connected_components(G.to_undirected()))
                checks += 1
                if ours != theirs:
                    failures.append(f"{name}/{fmt}: components differ")
                # Louvain: at least as good a partition as NetworkX's (same seed-free comparison).
                if "modularity" in result["graph"] and G.number_of_edges() > 0 and not G.is_directed():
                    theirs_q = nx.algorithms.community.modularity(
                        G, nx.algorithms.community.louvain_communities(G, seed=1), weight="weight")
                    checks += 1
                    if result["graph"]["modularity"] < theirs_q - 0.02:
                        failures.append(f"{name}/{fmt}: modularity {result['graph']['modularity']:.4f} < NetworkX {theirs_q:.4f}")
    for failure in failures[:int(os.environ.get("SHOW", "50"))]:
        print("MISMATCH", failure)
    print(f"networkx comparison: {checks} values checked, {len(failures)} mismatches")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
