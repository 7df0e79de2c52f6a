#!/usr/bin/env python3
"""End-to-end checks of the `stakemap` command line: help, version, output
formats, metric selection, safe output files, and ten broken files that must
each give one located error line and a non-zero exit.

Run: test_cli.py path/to/stakemap path/to/datasets
"""
import json
import os
import stat
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, finish  # noqa: E402

STAKEMAP, DATASETS = sys.argv[1], sys.argv[2]
DEFAULT_MAP = os.path.join(DATASETS, "alliance87-ngo-forum-2017.json")


def run(*args):
    return subprocess.run([STAKEMAP, *args], capture_output=True, text=True)



def test_help_and_version():
    out = run("--help")
    check("--help", out.returncode == 0 and "analyze" in out.stdout, out.stderr)
    out = run("analyze", "--help")
    for flag in ["--nodes", "--metrics", "--top", "--format", "--strict", "--weighted", "--output"]:
        check(f"analyze --help mentions {flag}", flag in out.stdout)
    out = run("--version")
    check("--version", out.returncode == 0 and out.stdout.startswith("stakemap "), out.stdout)
    out = run()
    check("no subcommand is a usage error", out.returncode != 0)


def test_json_shape():
    out = run("analyze", DEFAULT_MAP, "--format", "json")
    check("json exit", out.returncode == 0, out.stderr)
    doc = json.loads(out.stdout)
    graph = doc["graph"]
    check("graph keys", {"nodes", "edges", "directed"} <= graph.keys(), graph.keys())
    check("node count", graph["nodes"] == len(doc["nodes"]) == 40, graph["nodes"])
    node = doc["nodes"][0]
    for key in ["id", "label", "type", "degree", "betweenness", "closeness", "eigenvector", "pagerank", "kcore", "component"]:
        check(f"node has {key}", key in node, node.keys())
    check("kcore is an integer", isinstance(node["kcore"], int))
    check("pagerank sums to 1", abs(sum(n["pagerank"] for n in doc["nodes"]) - 1) < 1e-9)


def test_metric_selection_and_top():
    out = run("analyze", DEFAULT_MAP, "--format", "json", "--metrics", "degree,kcore", "--top", "3")
    doc = json.loads(out.stdout)
    check("--top 3", len(doc["nodes"]) == 3, len(doc["nodes"]))
    check("only requested metrics", set(doc["nodes"][0]) == {"id", "label", "type", "degree", "kcore"}, doc["nodes"][0])
    out = run("analyze", DEFAULT_MAP, "--format", "json", "--metrics", "betweenness", "--top", "1")
    check("top by betweenness is the ILO", json.loads(out.stdout)["nodes"][0]["id"] == "ilo", out.stdout[:200])
    out = run("analyze", DEFAULT_MAP, "--metrics", "centrality")
    check("unknown metric is refused", out.returncode != 0 and "centrality" in out.stderr, out.stderr)


def test_table_and_csv():
    out = run("analyze", DEFAULT_MAP)
    check("table names the top organisation", "International Labour Organization" in out.stdout, out.stdout[:300])
    check("table says what it ranks by", "Top 20 by betweenness" in out.stdout)
    out = run("analyze", DEFAULT_MAP, "--format", "csv", "--metrics", "degree")
    lines = out.stdout.splitlines()
    check("csv header", lines[0] == "id,label,type,degree", lines[0])
    check("csv rows", len(lines) == 41, len(lines))


def test_output_file_is_replaced_safely(folder):
    target = os.path.join(folder, "result.json")
    with open(target, "w") as f:
        f.write("precious")
    out = run("analyze", DEFAULT_MAP, "--format", "json", "-o", target)
    check("-o writes", out.returncode == 0 and json.load(open(target))["graph"]["nodes"] == 40, out.stderr)
    with open(target, "w") as f:
        f.write("precious")
    out = run("analyze", os.path.join(folder, "missing.csv"), "-o", target)
    check("failed run leaves the output alone", out.returncode != 0 and open(target).read() == "precious")
    locked = os.path.join(folder, "locked")
    os.mkdir(locked)
    kept = os.path.join(locked, "out.json")
    with open(kept, "w") as f:
        f.write("precious")
    os.chmod(locked, stat.S_IRUSR | stat.S_IXUSR)
    if os.geteuid() != 0:  # root ignores folder permissions
        out = run("analyze", DEFAULT_MAP, "-o", kept)
        check("unwritable folder fails cleanly", out.returncode != 0 and open(kept).read() == "precious", out.stderr)
    os.chmod(locked, stat.S_IRWXU)


BROKEN = {
    # name: (contents, expected location prefix)
    "weight.csv": (b"source,target,weight\na,b,1\nb,c,heavy\n", "weight.csv:3:"),
    "pipes.csv": (b"source|target\na|b\n", "pipes.csv:1:"),
    # JSON is UTF-8 by definition; a Latin-1 CSV is read (as Windows-1252, with a warning) instead.
    "latin1.json": (b'{"nodes":[\n{"id":"Minist\xe8re"}],"edges":[]}', "latin1.json:2:14:"),
    "truncated.graphml": (b'<graphml><graph>\n<node id="a"/>\n<node id="b"', "truncated.graphml:3:"),
    "duplicate.json": (b'{"nodes":[{"id":"a"},{"id":"a"}],"edges":[]}', "duplicate.json: nodes/1/id:"),
    "syntax.json": (b'{\n "nodes": [\n  {"id": "a",}\n ]\n}', "syntax.json:3:"),
    "empty.gexf": (b"", "empty.gexf:"),
    "open.gml": (b"graph [\n node [ id 0 ]\n node [ id 1\n", "open.gml:3:"),
    "bad.dot": (b"graph g {\n a -- b;\n c -- ;\n}\n", "bad.dot:3:"),
    "range.net": (b"*Vertices 2\n1 a\n2 b\n*Edges\n1 9\n", "range.net:5:3:"),
    "dangling.gexf": (b'<gexf><graph><nodes><node id="a"/></nodes>\n<edges><edge source="a" target="zz"/></edges></graph></gexf>',
                      "dangling.gexf:2:"),
}


def test_broken_files(folder):
    for name, (contents, prefix) in BROKEN.items():
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(contents)
        out = run("analyze", path, "--strict")
        lines = out.stderr.strip().splitlines()
        check(f"{name}: non-zero exit", out.returncode != 0, out.returncode)
        check(f"{name}: one error line", len(lines) == 1, out.stderr)
        check(f"{name}: located", lines and lines[0].startswith("error: " + os.path.join(folder, prefix)), out.stderr)
        check(f"{name}: nothing printed as success", out.stdout == "", out.stdout[:100])


def test_validate():
    broken = os.path.join(os.path.dirname(DATASETS), "tests", "data", "broken-map.json")
    out = run("validate", broken)
    lines = out.stdout.splitlines()
    check("validate: broken map exits 1", out.returncode == 1, out.returncode)
    check("validate: every problem listed", len(lines) == 20, len(lines))
    check("validate: FILE: path: message", all(line.startswith(broken + ": ") for line in lines), lines[:2])
    kinds = {line.split(": ")[2] + ":" + line.split(": ")[3].split(" '")[0][:25] for line in lines}
    check("validate: at least 8 kinds of problem", len(kinds) >= 8, kinds)
    for name in ["alliance87-ngo-forum-2017.json", "illustrative/kenya.json", "classic/karate.graphml"]:
        out = run("validate", os.path.join(DATASETS, name))
        check(f"validate: {name} is clean", out.returncode == 0 and out.stdout == "", out.stdout[:200])


def test_generate(folder):
    first, second = os.path.join(folder, "a.json"), os.path.join(folder, "b.json")
    run("generate", "--orgs", "500", "--seed", "9", "-o", first)
    run("generate", "--orgs", "500", "--seed", "9", "-o", second)
    check("generate: deterministic", open(first).read() == open(second).read())
    doc = json.load(open(first))
    check("generate: sizes", len(doc["nodes"]) == 500 and len(doc["edges"]) == 2500, (len(doc["nodes"]), len(doc["edges"])))
    out = run("validate", first)
    check("generate: output validates", out.returncode == 0 and out.stdout == "", out.stdout[:300])
    edges = os.path.join(folder, "g.csv")
    out = run("generate", "--orgs", "200", "--ties", "700", "-o", edges)
    check("generate: csv writes two files", out.returncode == 0 and os.path.exists(os.path.join(folder, "g.nodes.csv")), out.stderr)
    out = run("analyze", edges, "--nodes", os.path.join(folder, "g.nodes.csv"), "--format", "json", "--metrics", "degree")
    check("generate: csv reads back", json.loads(out.stdout)["graph"]["edges"] == 700, out.stderr)
    out = run("generate", "--orgs", "10", "--ties", "1000", "-o", os.path.join(folder, "impossible.json"))
    check("generate: impossible options refused", out.returncode != 0 and "too many relationships" in out.stderr, out.stderr)
    out = run("generate", "--orgs", "20", "-o", os.path.join(folder, "map.docx"))
    check("generate: unknown output format refused", out.returncode != 0 and ".docx" in out.stderr, out.stderr)


def test_planner_commands(folder):
    kenya = os.path.join(DATASETS, "illustrative", "kenya.json")
    out = run("gaps", kenya)
    check("gaps: markdown report", out.returncode == 0 and out.stdout.startswith("# Gaps in Kenya"), out.stderr)
    for heading in ["## 1. Coverage", "## 2. Cross-sector ties", "## 3. Fragility", "## 4. Brokers", "## 5. Groups that never meet"]:
        check(f"gaps: has {heading}", heading in out.stdout)
    check("gaps: names the designed theme gap", "No government body works on forced labour" in out.stdout)
    doc = json.loads(run("gaps", kenya, "--format", "json").stdout)
    check("gaps json: sections", {"coverage", "cross_sector", "fragility", "brokers", "communities"} <= doc.keys(), doc.keys())
    out = run("gaps", kenya, "--profile", os.path.join(folder, "missing-profile.json"))
    check("gaps: missing profile is an error", out.returncode != 0 and "missing-profile.json" in out.stderr, out.stderr)

    out = run("suggest", kenya, "--format", "json", "--top", "4")
    doc = json.loads(out.stdout)
    check("suggest json shape", list(doc.keys()) == ["suggestions", "coverage"] and len(doc["suggestions"]) == 4, out.stdout[:200])
    first = doc["suggestions"][0]
    check("suggest json fields", list(first.keys()) == ["source", "target", "score", "effect", "plausibility", "closes", "reasons"] and first["reasons"], first)
    scores = [s["score"] for s in doc["suggestions"]]
    check("suggest: ranked", scores == sorted(scores, reverse=True), scores)
    out = run("suggest", kenya, "--for", "ke-056", "--format", "json", "--top", "3")
    check("suggest --for", all(s["source"] == "ke-056" for s in json.loads(out.stdout)["suggestions"]), out.stdout[:300])
    out = run("suggest", kenya, "--for", "nobody")
    check("suggest: unknown --for id", out.returncode != 0 and "nobody" in out.stderr, out.stderr)

    out = run("whatif", kenya, "--add", "ke-078,ke-001", "--remove-node", "ke-056", "--format", "json")
    doc = json.loads(out.stdout)
    check("whatif json", doc["before"]["organisations"] == 95 and doc["after"]["organisations"] == 94, out.stderr)
    out = run("suggest", kenya, "--portfolio", "4", "--format", "json")
    doc = json.loads(out.stdout) if out.returncode == 0 else {}
    together = doc.get("together", {})
    check("suggest --portfolio: 4 ties, checked together by what-if",
          len(doc.get("suggestions", [])) == 4 and together.get("before", {}).get("components") == 2 and together.get("after", {}).get("components") == 1
          and together["after"]["fragile_points"] < together["before"]["fragile_points"], out.stdout[-400:] + out.stderr)
    out = run("suggest", kenya, "--portfolio", "3", "--top", "5")
    check("suggest --portfolio and --top exclude each other", out.returncode != 0 and "excludes" in out.stderr, out.stderr)
    first = json.load(open(kenya, encoding="utf-8"))["edges"][0]
    out = run("whatif", kenya, "--remove", f"{first['source']},{first['target']}", "--format", "json")
    check("whatif --remove", out.returncode == 0 and json.loads(out.stdout)["after"]["ties"] < json.loads(out.stdout)["before"]["ties"], out.stderr)
    out = run("whatif", kenya, "--remove", "ke-056,ke-057")
    check("whatif: removing a tie that does not exist is refused", out.returncode != 0 and "are not tied" in out.stderr, out.stderr)
    out = run("whatif", kenya, "--add", "ke-078,ke-078")
    check("whatif: a self-tie is refused", out.returncode != 0 and "to itself" in out.stderr, out.stderr)
    out = run("whatif", kenya, "--add", "ke-078")
    check("whatif: malformed --add", out.returncode != 0 and "A,B" in out.stderr, out.stderr)
    # diff reads its two maps at once: two DOT files (cgraph's parser is process-wide), and a
    # broken old file is the one reported even when the new one is broken too.
    with open(os.path.join(folder, "old.dot"), "w") as f:
        f.write("graph { a -- b; b -- c }\n")
    with open(os.path.join(folder, "new.dot"), "w") as f:
        f.write("graph { a -- b; c -- d }\n")
    with open(os.path.join(folder, "broken.dot"), "w") as f:
        f.write("graph { a -- \n")
    with open(os.path.join(folder, "broken.json"), "w") as f:
        f.write('{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "weight": "heavy"}]}')
    for _ in range(5):  # a race would show as a wrong count or a crash now and then
        out = run("diff", os.path.join(folder, "old.dot"), os.path.join(folder, "new.dot"), "--format", "json")
        doc = json.loads(out.stdout) if out.returncode == 0 else {}
        check("diff of two DOT files read at once", doc.get("measures", {}).get("before", {}).get("organisations") == 3 and doc.get("measures", {}).get("after", {}).get("organisations") == 4
              and doc["organisations"]["added"] == ["d"],
              out.stdout[:300] + out.stderr)
    out = run("diff", os.path.join(folder, "broken.json"), os.path.join(folder, "broken.dot"))
    check("diff: the old file's problem is reported first",
          out.returncode == 1 and len(out.stderr.strip().splitlines()) == 1
          and out.stderr.strip().endswith('broken.json: edges/0/weight: expected a number, got "heavy"'), out.stderr)
    out = run("diff", kenya, os.path.join(folder, "broken.dot"))
    check("diff: a broken new file", out.returncode == 1 and "broken.dot:2: invalid DOT" in out.stderr and len(out.stderr.strip().splitlines()) == 1, out.stderr)
    out = run("analyze", kenya, "--format", "json", "--metrics", "constraint,effective_size,community")
    node = json.loads(out.stdout)["nodes"][0]
    check("analyze: new metrics", {"constraint", "effective_size", "community", "hierarchy"} <= node.keys(), node.keys())


def test_export(folder):
    forum = DEFAULT_MAP
    for ext in ["graphml", "gexf", "gml", "json", "csv", "svg", "png", "pdf", "dot"]:
        out_path = os.path.join(folder, "forum." + ext)
        out = run("export", forum, "-o", out_path)
        check(f"export .{ext}", out.returncode == 0 and os.path.getsize(out_path) > 0, out.stderr)
    out = run("export", forum, "-o", os.path.join(folder, "forum.svg"), "--layout", "spring")
    check("export: unknown layout", out.returncode != 0 and "spring" in out.stderr, out.stderr)
    out = run("export", forum, "-o", os.path.join(folder, "forum.docx"))
    check("export: unknown format", out.returncode != 0 and ".docx" in out.stderr, out.stderr)
    svg = os.path.join(folder, "ego.svg")
    out = run("export", forum, "-o", svg, "--ego", "ilo", "--radius", "1", "--highlight", "suggestions", "--size-by", "degree")
    text = open(svg, encoding="utf-8").read() if out.returncode == 0 else ""
    check("export: ego view", "International Labour Organization" in text and "Legatum" not in text, out.stderr)


def test_team_files(folder):
    """A team's Excel export: no 'id' header, everyday type words, a word the vocabulary lacks."""
    orgs = os.path.join(folder, "orgs.csv")
    ties = os.path.join(folder, "ties.csv")
    with open(orgs, "wb") as f:
        f.write("\ufeffOrganisation;Type;Themes\r\nHope NGO;NGO;Child labour\r\nBright Futures;NGO;Child labour\r\n"
                "ILO;UN;Child labour\r\nUNICEF;UN agency;Child labour\r\nAcme Consult;Consultora;Forced labour\r\n".encode("utf-8"))
    with open(ties, "w", encoding="utf-8") as f:
        f.write("Partner 1;Partner 2;Notes\nHope NGO;ILO;met twice\nILO;UNICEF;\nAcme Consult;Hope NGO;\n")
    out = run("validate", ties, "--nodes", orgs)
    check("team files: validate lists decisions", out.returncode == 0 and "note: " in out.stdout and "read as the name" in out.stdout
          and "type 'NGO' read as cso" in out.stdout, out.stdout + out.stderr)
    check("team files: an unmapped value is reported once with a way to map it",
          out.stdout.count("'Consultora'") == 1 and "--vocabulary" in out.stdout, out.stdout)
    out = run("gaps", ties, "--nodes", orgs, "--format", "json", "-q")
    gaps = json.loads(out.stdout) if out.returncode == 0 else {}
    texts = [g["text"] for g in gaps.get("coverage", {}).get("gaps", [])]
    check("team files: gaps count the mapped types",
          not any("No CSO works on child labour" in t or "No UN agency works on child labour" in t for t in texts), texts)
    check("team files: a finding the unmapped value could change is qualified",
          any(t.startswith("No organisation recognised as a CSO works on forced labour") for t in texts), texts)
    vocabulary = os.path.join(folder, "vocab.csv")
    with open(vocabulary, "w", encoding="utf-8") as f:
        f.write("field,value,canonical\ntype,Consultora,research\n")
    out = run("validate", ties, "--nodes", orgs, "--vocabulary", vocabulary)
    check("team files: --vocabulary maps the value", "'Consultora' read as research" in out.stdout, out.stdout + out.stderr)
    out = run("analyze", ties, "--nodes", orgs, "--columns", "colour=Type")
    check("team files: a bad --columns is a clear error", out.returncode != 0 and "colour" in out.stderr, out.stderr)


def main():
    test_help_and_version()
    test_validate()
    test_json_shape()
    test_metric_selection_and_top()
    test_table_and_csv()
    with tempfile.TemporaryDirectory() as folder:
        test_output_file_is_replaced_safely(folder)
        test_broken_files(folder)
        test_generate(folder)
        test_planner_commands(folder)
        test_export(folder)
        test_team_files(folder)
    return finish("cli")


if __name__ == "__main__":
    sys.exit(main())
