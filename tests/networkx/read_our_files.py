#!/usr/bin/env python3
"""NetworkX reads what `stakemap export` writes: GraphML, GEXF, GML and
node-link JSON of the shipped maps come back with the same number of nodes
and edges, the same labels, and the same directedness.
Run: read_our_files.py path/to/stakemap path/to/datasets
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, finish  # noqa: E402

import networkx as nx

stakemap, datasets = sys.argv[1], sys.argv[2]
maps = ["alliance87-ngo-forum-2017.json", "illustrative/kenya.json", "classic/karate.graphml",
        "classic/les-miserables.gexf", "classic/florentine-families.csv"]



with tempfile.TemporaryDirectory() as folder:
    for name in maps:
        source = os.path.join(datasets, name)
        facts = json.loads(subprocess.run([stakemap, "analyze", source, "--metrics", "degree", "--format", "json", "-q"],
                                          check=True, capture_output=True, text=True).stdout)
        nodes, edges, directed = facts["graph"]["nodes"], facts["graph"]["edges"], facts["graph"]["directed"]
        labels = sorted(n["label"] for n in facts["nodes"])
        stem = os.path.join(folder, name.replace("/", "_"))
        outputs = {"graphml": (stem + ".graphml", [], nx.read_graphml),
                   "gexf": (stem + ".gexf", [], nx.read_gexf),
                   "gml": (stem + ".gml", [], lambda p: nx.read_gml(p, label="id")),
                   "node-link": (stem + ".nl.json", ["--format", "node-link"],
                                 lambda p: nx.node_link_graph(json.load(open(p, encoding="utf-8"))))}
        for fmt, (path, extra, read) in outputs.items():
            subprocess.run([stakemap, "export", source, "-o", path, "-q", *extra], check=True, capture_output=True)
            graph = read(path)
            check(f"{name} {fmt} nodes", graph.number_of_nodes() == nodes, (graph.number_of_nodes(), nodes))
            check(f"{name} {fmt} edges", graph.number_of_edges() == edges, (graph.number_of_edges(), edges))
            check(f"{name} {fmt} directed", graph.is_directed() == directed)
            got = sorted(str(d.get("label", v)) for v, d in graph.nodes(data=True))
            check(f"{name} {fmt} labels", got == labels, (got[:3], labels[:3]))
sys.exit(finish("networkx read-back"))
