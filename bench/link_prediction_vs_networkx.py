#!/usr/bin/python3
"""Link prediction: stakemap's suggestion scores against NetworkX's baselines, same splits, one run.

build/bench/link_prediction --dump DIR hides 10% of each map's ties (five seeded splits) and writes
the training ties, the hidden ties, every other untied pair and stakemap's scores. Here NetworkX
computes common neighbours, Adamic-Adar, resource allocation and Jaccard on the same training
graph and the same pairs, and every method is ranked the same way:
  precision@k  k = number of hidden ties; equal scores at the cut count by their expected share
               (as if ordered at random), so ties are neither favoured nor penalised;
  AUC          exact Mann-Whitney: chance a hidden tie outscores an untied pair, ties half.
Scores are rounded to 12 significant digits first, so sums taken in another order tie as they should.

Run: /usr/bin/python3 bench/link_prediction_vs_networkx.py build/bench/link_prediction MAP [MAP ...]
     [--check]  exit 1 unless stakemap's plausibility is at least the best of the first three baselines on every map
                (precision@k and AUC, to 1e-9)
"""
import json
import pathlib
import subprocess
import sys
import tempfile

import networkx as nx
import numpy as np
from scipy.stats import rankdata

BASELINES = ["common neighbours", "Adamic-Adar", "resource allocation", "Jaccard"]
CHECKED = BASELINES[:3]  # the baselines the check holds stakemap to (Jaccard is shown for reference)
STAKEMAP = ["plausibility", "planning score"]


def rounded(values):
    return np.array([float(f"{v:.12g}") for v in values])


def precision_at_k(hidden, untied):
    k = len(hidden)
    scores = np.concatenate([hidden, untied])
    threshold = np.sort(scores)[::-1][k - 1]
    above_all = np.sum(scores > threshold)
    above_hidden = np.sum(hidden > threshold)
    equal_all = np.sum(scores == threshold)
    equal_hidden = np.sum(hidden == threshold)
    return (above_hidden + (k - above_all) * equal_hidden / equal_all) / k


def auc(hidden, untied):
    ranks = rankdata(np.concatenate([hidden, untied]))
    h, u = len(hidden), len(untied)
    return (ranks[:h].sum() - h * (h + 1) / 2) / (h * u)


def baselines(split):
    graph = nx.Graph()
    graph.add_nodes_from(range(split["organisations"]))
    graph.add_edges_from(map(tuple, split["training"]))
    scores = {}
    for side in ("hidden", "untied"):
        pairs = [tuple(p) for p in split[side]]
        scores[("common neighbours", side)] = [len(list(nx.common_neighbors(graph, u, v))) for u, v in pairs]
        scores[("Adamic-Adar", side)] = [s for _, _, s in nx.adamic_adar_index(graph, pairs)]
        scores[("resource allocation", side)] = [s for _, _, s in nx.resource_allocation_index(graph, pairs)]
        scores[("Jaccard", side)] = [s for _, _, s in nx.jaccard_coefficient(graph, pairs)]
        for method in STAKEMAP:
            scores[(method, side)] = split["stakemap"][side][method]
    return scores


def comparison(values, best):
    """Mean paired difference plausibility - best baseline and its standard error."""
    difference = np.array(values["plausibility"]) - np.array(values[best])
    error = difference.std(ddof=1) / np.sqrt(len(difference)) if len(difference) > 1 else 0.0
    return difference.mean(), error


def main():
    arguments = sys.argv[1:]
    check = "--check" in arguments
    arguments = [a for a in arguments if a != "--check"]
    splits_asked = "5"
    if "--splits" in arguments:
        at = arguments.index("--splits")
        splits_asked = arguments[at + 1]
        del arguments[at:at + 2]
    bench, maps = arguments[0], arguments[1:]
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([bench, "--splits", splits_asked, "--dump", folder, *maps], check=True, stdout=subprocess.DEVNULL)
        print(f"{splits_asked} splits per map; the last column: plausibility minus the best of the three baselines "
              "(mean over splits ± standard error), precision@k / AUC\n")
        print("| map | organisations / ties | method | precision@k | AUC |\n|---|---|---|---:|---:|")
        for map_path in maps:
            stem = pathlib.Path(map_path).stem
            files = sorted(pathlib.Path(folder).glob(f"{stem}-*.json"))
            precision, area = {}, {}
            for file in files:
                split = json.loads(file.read_text())
                scores = baselines(split)
                for method in STAKEMAP + BASELINES:
                    hidden, untied = rounded(scores[(method, "hidden")]), rounded(scores[(method, "untied")])
                    precision.setdefault(method, []).append(precision_at_k(hidden, untied))
                    area.setdefault(method, []).append(auc(hidden, untied))
                organisations, ties = split["organisations"], len(split["training"]) + len(split["hidden"])
            for method in STAKEMAP + BASELINES:
                where = "stakemap" if method in STAKEMAP else "NetworkX"
                print(f"| {stem} | {organisations} / {ties} | {method} ({where}) | {np.mean(precision[method]):.3f} | {np.mean(area[method]):.3f} |")
            verdicts = []
            for name, values in (("precision@k", precision), ("AUC", area)):
                best = max(CHECKED, key=lambda m: np.mean(values[m]))
                mean, error = comparison(values, best)
                verdicts.append(f"{name} {mean:+.3f} ± {error:.3f} against {best}")
                if mean < -2 * error - 1e-12:
                    failures.append(f"{stem}: {name} of plausibility {mean:+.3f} ± {error:.3f} below {best}")
            print(f"| {stem} | | plausibility − best baseline | {verdicts[0]} | {verdicts[1]} |")
    for failure in failures:
        print("significantly below the best baseline:", failure, file=sys.stderr)
    return 1 if check and failures else 0


if __name__ == "__main__":
    sys.exit(main())
