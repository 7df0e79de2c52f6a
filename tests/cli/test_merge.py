#!/usr/bin/env python3
"""End-to-end checks of `stakemap merge` and `stakemap diff` on the Maravia
example (datasets/merge-example): the merged map, its provenance, the review
file round trip with a person's decisions, the sources left untouched, and the
diff in Markdown and JSON.

Run: test_merge.py path/to/stakemap path/to/datasets
"""
import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, finish  # noqa: E402

STAKEMAP, DATASETS = sys.argv[1], sys.argv[2]
EXAMPLE = os.path.join(DATASETS, "merge-example")
SOURCES = ["maravia-scoping-2025.json", "maravia-donor-grantees.csv", "maravia-union-affiliates.graphml",
           "maravia-netmap-respondent1.json", "maravia-netmap-respondent2.json"]


def run(*args, cwd=None):
    return subprocess.run([STAKEMAP, *args], capture_output=True, text=True, cwd=cwd)


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def node(doc, node_id):
    return next(n for n in doc["nodes"] if n["id"] == node_id)


def main():
    folder = tempfile.mkdtemp(prefix="stakemap-merge-")
    try:
        for name in SOURCES + ["maravia-aliases.csv"]:
            shutil.copy(os.path.join(EXAMPLE, name), folder)
        before = {name: digest(os.path.join(folder, name)) for name in SOURCES}
        merge = ["merge", *SOURCES, "--aliases", "maravia-aliases.csv", "--review", "review.csv", "-o", "merged.json"]
        out = run(*merge, cwd=folder)
        check("merge exits 0", out.returncode == 0, out.stderr)
        check("report counts the records", "41 organisation records -> 21 organisations" in out.stdout, out.stdout[:300])
        doc = json.load(open(os.path.join(folder, "merged.json")))
        check("merged map is format version 2", doc["version"] == 2, doc["version"])
        check("21 organisations", len(doc["nodes"]) == 21, len(doc["nodes"]))
        ilo = node(doc, "ilo")
        files = sorted(s["file"] for s in ilo["sources"])
        check("the ILO is one organisation from all five sources (alias table, acronym, French name)",
              files == sorted(SOURCES), files)
        check("every source record says why it joined",
              all(s.get("match") for s in ilo["sources"][1:]), ilo["sources"])
        check("dates kept: the 2025 map's own date", ilo["sources"][0]["date"] == "2025-06-30", ilo["sources"][0])
        places = {s["file"]: s["at"] for s in ilo["sources"]}
        check("places in the sources: JSON path, CSV line, GraphML line",
              places["maravia-scoping-2025.json"] == "nodes/3, id 'ilo'" and places["maravia-donor-grantees.csv"] == "line 10, id 'ILO'"
              and places["maravia-union-affiliates.graphml"] == "line 14, id 'oit'", places)
        police = node(doc, "police_atu")
        check("influence is the respondents' mean", abs(police["influence"] - 7.5) < 1e-9, police.get("influence"))
        check("every respondent's score kept", sorted(v["value"] for v in police["conflicts"]["influence"]) == [6, 9],
              police.get("conflicts"))
        obstructs = [e for e in doc["edges"] if e.get("type") == "obstructs" and {e["source"], e["target"]} == {"employers", "nudw"}]
        check("the obstructs tie named by both respondents is one tie with two sources",
              len(obstructs) == 1 and len(obstructs[0]["sources"]) == 2, obstructs)
        check("new CSV-only organisations get readable ids", any(n["id"] == "maravia_legal_aid_clinic" for n in doc["nodes"]))
        check("sources untouched", all(digest(os.path.join(folder, n)) == before[n] for n in SOURCES))

        rows = list(csv.DictReader(open(os.path.join(folder, "review.csv"))))
        check("two uncertain pairs to review", len(rows) == 2, rows)
        ministry = [r for r in rows if r["name_b"] == "Ministry of Labour"]
        union = [r for r in rows if r["name_b"] == "Maravia Domestic Workers Union"]
        check("review lists the ministry and the domestic workers' union", len(ministry) == 1 and len(union) == 1, rows)
        check("review rows carry score and evidence", all(float(r["score"]) >= 0.6 and r["evidence"] for r in rows), rows)

        # A person decides: the ministry is the same, the union is a different one.
        ministry[0]["decision"], union[0]["decision"] = "same", "different"
        with open(os.path.join(folder, "review.csv"), "w", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
            writer.writeheader()
            writer.writerows(rows)
        out = run(*merge, cwd=folder)
        check("merge with decisions exits 0", out.returncode == 0, out.stderr)
        check("decisions were read", "Read 2 decisions" in out.stderr, out.stderr)
        doc = json.load(open(os.path.join(folder, "merged.json")))
        check("one organisation fewer after 'same'", len(doc["nodes"]) == 20, len(doc["nodes"]))
        mol = node(doc, "mol")
        check("the ministry now has four sources, one joined by review",
              len(mol["sources"]) == 4 and any(s.get("match") == "review: same" for s in mol["sources"]), mol["sources"])
        check("the respondents' different stances are both kept", len(mol["conflicts"]["stance"]) == 2, mol.get("conflicts"))
        check("'different' keeps the union apart", any(n["id"] == "maravia_domestic_workers_union" for n in doc["nodes"]))
        kept = list(csv.DictReader(open(os.path.join(folder, "review.csv"))))
        check("decisions stay in the review file", sorted(r["decision"] for r in kept) == ["different", "same"], kept)

        # Bad input: a decision word, a non-JSON output, a missing source.
        with open(os.path.join(folder, "bad.csv"), "w") as f:
            f.write("decision,score,evidence,file_a,id_a,name_a,file_b,id_b,name_b\nmaybe,0.7,e,a,b,c,d,e,f\n")
        out = run("merge", *SOURCES[:2], "--review", "bad.csv", "-o", "x.json", cwd=folder)
        check("unknown decision: exit 1 naming file, line and field",
              out.returncode == 1 and "bad.csv:2" in out.stderr and "decision" in out.stderr and "maybe" in out.stderr, out.stderr)
        check("nothing written on error", not os.path.exists(os.path.join(folder, "x.json")))
        out = run("merge", *SOURCES[:2], "-o", "merged.graphml", cwd=folder)
        check("merged map must be .json", out.returncode != 0 and "expected a .json file" in out.stderr, out.stderr)

        # diff: last year's map against the merged one.
        out = run("diff", "maravia-scoping-2025.json", "merged.json", cwd=folder)
        check("diff exits 0", out.returncode == 0, out.stderr)
        check("diff explains organisations", "## Organisations: 6 added, 0 removed" in out.stdout, out.stdout[:800])
        check("diff shows measures", "| components |" in out.stdout and "Top brokers" in out.stdout)
        out = run("diff", "maravia-scoping-2025.json", "merged.json", "--format", "json", cwd=folder)
        diff = json.loads(out.stdout)
        check("json diff: added organisations", len(diff["organisations"]["added"]) == 6, diff["organisations"]["added"])
        check("json diff: measures before", diff["measures"]["before"]["organisations"] == 14, diff["measures"]["before"])
        check("json diff: measures after", diff["measures"]["after"]["organisations"] == 20, diff["measures"]["after"])
        check("json diff: ties added", len(diff["relationships"]["added"]) > 0)
        out = run("diff", "maravia-scoping-2025.json", "maravia-scoping-2025.json", "--format", "json", cwd=folder)
        same = json.loads(out.stdout)
        check("a map against itself: no change", not same["organisations"]["added"] and not same["relationships"]["removed"]
              and not same["organisations"]["changed"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    sys.exit(finish("merge_and_diff"))


if __name__ == "__main__":
    main()
