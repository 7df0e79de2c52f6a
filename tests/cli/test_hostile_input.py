#!/usr/bin/env python3
"""Hostile input and everyday accidents through the real executable: names
that would be formulas, DOT statements, Markdown links or terminal escapes;
outputs that would replace an input; symbolic links; signals mid-write;
special files; NUL and control characters; attribute names that collide with
a format's fields; NaN, inf and huge numbers in every numeric option; hubs,
look-alike names and huge element attributes that must finish bounded (a
result or a located error within a bound and 4 GiB; the release times, well under
60 s, are in bench/RESULTS.md).

Run: test_hostile_input.py path/to/stakemap path/to/datasets
"""
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
import xml.dom.minidom

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, finish  # noqa: E402

STAKEMAP, DATASETS = sys.argv[1], sys.argv[2]
FORUM = os.path.join(DATASETS, "alliance87-ngo-forum-2017.json")
FOLDER = tempfile.mkdtemp(prefix="stakemap-hostile-")
GIB = 1 << 30
# Under AddressSanitizer (.ci/sanitize sets ASAN_OPTIONS) the shadow memory needs terabytes of
# address space and everything runs 2-3 times slower: no address-space limit, longer timeouts.
SANITIZED = "ASAN_OPTIONS" in os.environ
SLOWER = 3 if SANITIZED else 1


def path(name):
    return os.path.join(FOLDER, name)


def write(name, text, mode="w"):
    with open(path(name), mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
        f.write(text)
    return path(name)


def read(file_path):
    with open(file_path, encoding="utf-8", errors="replace") as f:
        return f.read()


def run(*args, timeout=120, memory=None):
    """Runs stakemap; with `memory` bytes as its address-space limit (a blow-up fails instead of swapping)."""
    limit = (lambda: resource.setrlimit(resource.RLIMIT_AS, (memory, memory))) if memory and not SANITIZED else None
    timeout *= SLOWER
    start = time.time()
    try:
        out = subprocess.run([STAKEMAP, *args], capture_output=True, text=True, errors="replace", timeout=timeout, preexec_fn=limit)
    except subprocess.TimeoutExpired:
        out = subprocess.CompletedProcess(args, -999, "", "timed out")
    out.seconds = time.time() - start
    return out


def one_line_error(out):
    lines = [line for line in out.stderr.splitlines() if line.strip() and not line.startswith("warning")]
    return out.returncode not in (0, -999) and out.returncode > 0 and len(lines) >= 1 and "error" in lines[0].lower()


def map_json(nodes, edges, **extra):
    return json.dumps({"directed": False, "nodes": nodes, "edges": edges, **extra}, ensure_ascii=False)


FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "=cmd|' /C calc'!A0", "+SUM(1,2)", "@SUM(A1)", "-2+3*cmd"]


def formula_map():
    nodes = [{"id": f"f{k}", "label": name, "type": "ngo", "country": name} for k, name in enumerate(FORMULAS)]
    edges = [{"source": "f0", "target": f"f{k}"} for k in range(1, len(FORMULAS))]
    return write("formulas.json", map_json(nodes, edges))


def unguarded_formula_cells(text):
    """Cells (CSV, comma or semicolon separated) that a spreadsheet would run."""
    import csv
    import io
    bad = []
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            if cell[:1] in ("=", "+", "@") or (cell[:1] == "-" and not cell[1:].replace(".", "", 1).isdigit()):
                bad.append(cell)
    return bad


def test_spreadsheet_cells():
    source = formula_map()
    out = run("export", source, "-o", path("f.csv"))
    check("csv export runs", out.returncode == 0, out.stderr)
    for name in ("f.csv", "f.nodes.csv"):
        bad = unguarded_formula_cells(read(path(name)))
        check(f"export {name}: no live formula", not bad, bad)
    check("export: the guard is a leading '", "'=HYPERLINK" in read(path("f.nodes.csv")), read(path("f.nodes.csv"))[:300])
    back = run("export", path("f.csv"), "--nodes", path("f.nodes.csv"), "-o", path("f-back.json"))
    labels = sorted(n["label"] for n in json.load(open(path("f-back.json")))["nodes"]) if back.returncode == 0 else []
    check("csv round trip gives the names back as written", labels == sorted(FORMULAS), labels or back.stderr)
    out = run("analyze", source, "--format", "csv")
    check("analyze --format csv: no live formula", out.returncode == 0 and not unguarded_formula_cells(out.stdout), out.stdout[:400])
    out = run("export", source, "-o", path("raw.csv"), "--raw-csv")
    check("--raw-csv writes cells as they are", "+SUM(1,2)" in read(path("raw.nodes.csv")) and "'+SUM" not in read(path("raw.nodes.csv")))
    out = run("export", source, "-o", path("excel.csv"), "--excel")
    check("--excel starts with a UTF-8 BOM", open(path("excel.nodes.csv"), "rb").read(3) == b"\xef\xbb\xbf")
    # The merge review file people are told to open and answer.
    a = write("ma.json", map_json([{"id": "x1", "label": "=HYPERLINK(\"http://e\") Workers Union", "type": "union"}], []))
    b = write("mb.json", map_json([{"id": "y1", "label": "=HYPERLINK(\"http://e\") Worker Union", "type": "union"}], []))
    out = run("merge", a, b, "-o", path("merged.json"), "--review", path("review.csv"))
    review = read(path("review.csv")) if os.path.exists(path("review.csv")) else ""
    check("merge review file written", bool(review), out.stderr)
    check("merge review file: no live formula", not unguarded_formula_cells(review), review[:400])


def test_dot_injection():
    injected = '"];pwn[label=PWNED,URL=<javascript:alert(1)>];a[label="'
    nodes = [{"id": "a", "label": "ends with a backslash \\", "type": "ngo"},
             {"id": "b", "label": injected, "type": "ngo"},
             {"id": "c", "label": "Graphviz escapes \\N \\G \\L \\n", "type": "ngo"},
             {"id": "__legend__", "label": "Not the legend", "type": "union"}]
    edges = [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}, {"source": "c", "target": "__legend__"}]
    source = write("dot.json", map_json(nodes, edges))
    out = run("export", source, "-o", path("d.dot"))
    check("dot export runs", out.returncode == 0, out.stderr)
    back = run("export", path("d.dot"), "-o", path("d-back.json"))
    check("stakemap reads its own DOT export", back.returncode == 0, back.stderr)
    if back.returncode == 0:
        again = json.load(open(path("d-back.json")))
        check("DOT round trip: the same 4 organisations", sorted(n["id"] for n in again["nodes"]) == ["__legend__", "a", "b", "c"], again["nodes"])
        labels = {n["id"]: n.get("label") for n in again["nodes"]}
        check("DOT round trip: backslash and injected names as written", labels.get("a") == nodes[0]["label"] and labels.get("b") == injected, labels)
    # Graphviz itself sees 4 nodes and no javascript: link.
    svg = run("export", source, "-o", path("d.svg"))
    text = read(path("d.svg")) if svg.returncode == 0 else ""
    check("svg export runs", svg.returncode == 0, svg.stderr)
    check("svg: no javascript: link", "href=\"javascript" not in text and "xlink:href=\"javascript" not in text, text[:300])
    check("svg: no organisation named PWNED", ">PWNED<" not in text)
    check("svg: \\N and \\G drawn as written", "\\N" in text and "\\G" in text, [line for line in text.splitlines() if "Graphviz" in line][:2])
    check("svg: an organisation with id __legend__ is drawn", "Not the legend" in text)
    check("svg: the legend is still there", "Legend" in text or "legend" in text)


def test_markdown_and_terminal():
    nodes = [{"id": "m1", "label": "[click](javascript:alert(1)) <script>alert(2)</script> | cell", "type": "ngo", "themes": ["child_labour"]},
             {"id": "m2", "label": "Red \x1b[31mALERT\x1b[0m bell\x07 \x1b]0;title\x07", "type": "\x1b[2Jngo", "country": "\x1b[31mKE"},
             {"id": "m3", "label": "Plain", "type": "union"}]
    source = write("md.json", map_json(nodes, [{"source": "m1", "target": "m2"}]))
    out = run("gaps", source, "--format", "md")
    check("gaps md runs", out.returncode == 0, out.stderr)
    import re
    check("gaps md: no live link (brackets escaped)", not re.search(r"(?<!\\)\]\(javascript:", out.stdout), out.stdout[:300])
    check("gaps md: no raw HTML", not re.search(r"(?<!\\)<script", out.stdout))
    for command in (["validate", source], ["analyze", source], ["gaps", source], ["suggest", source]):
        out = run(*command)
        both = out.stdout + out.stderr
        check(f"{command[0]}: no escape or bell reaches the terminal", "\x1b" not in both and "\x07" not in both, repr(both[:200]))


def test_outputs_never_replace_inputs():
    for name, argv in (("analyze", ["analyze", "{m}", "-o", "{m}"]), ("report", ["report", "{m}", "-o", "{m}"]),
                       ("export", ["export", "{m}", "-o", "{m}"]),
                       ("merge output = review", ["merge", FORUM, "{m}", "-o", "{o}", "--review", "{o}"]),
                       ("merge output = input", ["merge", FORUM, "{m}", "-o", "{m}"])):
        victim = write("victim.json", read(FORUM))
        other = path("out.json")
        if os.path.exists(other):
            os.remove(other)
        before = read(victim)
        out = run(*[a.replace("{m}", victim).replace("{o}", other) for a in argv])
        check(f"{name}: refused", one_line_error(out), out.returncode)
        check(f"{name}: input untouched", read(victim) == before)
        check(f"{name}: nothing written", not os.path.exists(other))
    # The same file through another name (a symbolic link) is the same file.
    victim = write("victim.json", read(FORUM))
    os.symlink(victim, path("alias.json"))
    out = run("analyze", victim, "-o", path("alias.json"))
    check("output through a link to the input: refused", one_line_error(out) and read(victim) == read(FORUM), out.stderr)
    # A link to another file is written through: the link stays, its target gets the output.
    target = write("target.json", "old")
    os.symlink(target, path("link.json"))
    out = run("export", FORUM, "-o", path("link.json"))
    check("write through a link: runs", out.returncode == 0, out.stderr)
    check("write through a link: the link is still a link", os.path.islink(path("link.json")))
    check("write through a link: the target has the map", json.loads(read(target)).get("nodes"))


def hidden(folder):
    return [name for name in os.listdir(folder) if name.startswith(".")]


def test_signals_leave_no_temporary_files():
    folder = tempfile.mkdtemp(dir=FOLDER)
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGKILL):
        process = subprocess.Popen([STAKEMAP, "generate", "--orgs", "300000", "--seed", "1", "-o", os.path.join(folder, "big.json")],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 30
        while time.time() < deadline and not hidden(folder) and process.poll() is None:
            time.sleep(0.01)
        writing = bool(hidden(folder))
        process.send_signal(sig)
        process.wait()
        if sig != signal.SIGKILL:
            check(f"{signal.Signals(sig).name} mid-write: no temporary file", writing and not hidden(folder), (writing, hidden(folder)))
        else:
            check("kill -9 mid-write leaves a temporary file (nothing can prevent it)", writing)
            out = run("generate", "--orgs", "50", "-o", os.path.join(folder, "big.json"))
            check("the next write to that file removes it", out.returncode == 0 and not hidden(folder), hidden(folder))
    check("no half-written map left", not os.path.exists(os.path.join(folder, "big.json")) or json.loads(read(os.path.join(folder, "big.json"))))


def test_special_and_broken_files():
    fifo = path("pipe.json")
    os.mkfifo(fifo)
    out = run("analyze", fifo, timeout=20)
    check("a FIFO is refused, not waited on", one_line_error(out) and "pipe.json" in out.stderr, out.stderr)
    out = run("analyze", "/dev/zero", timeout=20)
    check("/dev/zero is refused", one_line_error(out), out.stderr)
    source = write("nul.json", '{"nodes": [{"id": "a\\u0000b"}, {"id": "c"}], "edges": [{"source": "a\\u0000b", "target": "c"}]}')
    out = run("analyze", source)
    check("NUL in a JSON id: located error", one_line_error(out) and "nul.json: nodes/0" in out.stderr, out.stderr)
    source = write("huge.json", '{"nodes": [{"id": "a", "influence": 1e400}], "edges": []}')
    out = run("analyze", source)
    check("1e400: error names the file and line", one_line_error(out) and "huge.json:1" in out.stderr, out.stderr)
    source = write("no-edges.json", '{"nodes": [{"id": "a"}, {"id": "b"}]}')
    out = run("analyze", source)
    check("a map with nodes and no edges is read", out.returncode == 0, out.stderr)
    # Control characters in names give well-formed XML in every XML output.
    nodes = [{"id": "x\u0001y", "label": "bell\u0007 esc\u001b del\u007f nul-free \ufffe end", "type": "ngo"}, {"id": "z", "label": "z"}]
    source = write("control.json", map_json(nodes, [{"source": "x\u0001y", "target": "z", "type": "t\u0002"}]))
    for extension in ("graphml", "gexf", "svg"):
        out = run("export", source, "-o", path("control." + extension))
        try:
            xml.dom.minidom.parse(path("control." + extension))
            well_formed = True
        except Exception as error:  # noqa: BLE001
            well_formed = error
        check(f"control characters: {extension} is well-formed XML", out.returncode == 0 and well_formed is True, (out.stderr, well_formed))
    # A generated map as big as allowed is read back; one beyond the limit is refused before any work.
    out = run("generate", "--orgs", "50000000", "-o", path("never.json"), timeout=20)
    check("generate beyond the map limit: refused at once", one_line_error(out) and out.seconds < 5 * SLOWER and not os.path.exists(path("never.json")), out.stderr)
    out = run("generate", "--orgs", "1000001", "-o", path("never.json"), timeout=20)
    check("generate one past the limit: refused", one_line_error(out), out.stderr)


def test_attribute_names_that_collide():
    attributes = {"id": "A", "source": "B", "target": "C", "x": "D", "graphics": "E", "a b": "F", "a-b": "G", "Type": "H", "label": "I"}
    nodes = [{"id": "n1", "label": "One", "type": "ngo", "attributes": attributes}, {"id": "n2", "label": "Two"}]
    source = write("collide.json", map_json(nodes, [{"source": "n1", "target": "n2", "attributes": {"id": "J", "source": "K", "weight_x": "L"}}]))
    for extension in ("gml", "graphml", "gexf", "csv", "xlsx", "dot"):
        out = run("export", source, "-o", path("collide." + extension))
        check(f"collisions: {extension} written", out.returncode == 0, out.stderr)
        back = run("export", path("collide." + extension), "-o", path(f"collide-{extension}.json"))
        if back.returncode != 0:
            check(f"collisions: {extension} read back", False, back.stderr)
            continue
        again = json.load(open(path(f"collide-{extension}.json")))
        check(f"collisions: {extension}: the same 2 organisations", len(again["nodes"]) == 2, again["nodes"])
        one = next((n for n in again["nodes"] if n.get("label") == "One"), {})
        values = set(str(v) for v in (one.get("attributes") or {}).values())
        keeps_attributes = extension != "dot"  # a DOT export is a diagram: names, ties and drawing
        if keeps_attributes:
            lost = [v for k, v in attributes.items() if k != "label" and v not in values]
            check(f"collisions: {extension}: no attribute value dropped", not lost, (lost, one))


NUMERIC_OPTIONS = [
    ["analyze", FORUM, "--epsilon", "{v}"], ["analyze", FORUM, "--top", "{v}"], ["export", FORUM, "-o", path("n.png"), "--dpi", "{v}"],
    ["export", FORUM, "-o", path("n.svg"), "--width", "{v}"], ["generate", "--orgs", "{v}", "-o", path("n.json")],
    ["generate", "--orgs", "20", "--seed", "{v}", "-o", path("n.json")], ["suggest", FORUM, "--top", "{v}"],
    ["merge", FORUM, FORUM, "-o", path("n.json"), "--review-limit", "{v}"],
]


def test_numeric_options_fuzzed():
    for values in (["nan", "NaN", "-nan"], ["inf", "-inf", "Infinity"], ["1e400", "-1e400", "99999999999999999999999"], ["-1"], ["1e-400x", "", "12abc"]):
        for template in NUMERIC_OPTIONS:
            for value in values:
                argv = [a.replace("{v}", value) for a in template]
                out = run(*argv, timeout=30, memory=4 * GIB)
                crashed = out.returncode < 0 or out.returncode == -999
                check(f"{' '.join(argv[:1] + argv[2:])}: refused or bounded, never a crash or hang", not crashed, (out.returncode, out.stderr[-200:]))
                if out.returncode != 0:
                    lines = [line for line in out.stderr.splitlines() if line.strip()]
                    check(f"{argv[0]} {value}: says which option", lines and any(o in out.stderr for o in argv if o.startswith("-")), out.stderr[-200:])


def hub_edges(name, leaves):
    with open(path(name), "w") as f:
        f.write("source,target\n")
        for k in range(leaves):
            f.write(f"hub,leaf{k}\n")
    return path(name)


# A guard against hangs and blow-ups, not a benchmark: the limit is three times the 60 s,
# so a loaded machine does not fail it; the times themselves are in bench/RESULTS.md.
BOUND = 180


def test_bounded_on_hubs_look_alikes_and_metadata():
    hub = hub_edges("hub10k.csv", 10000)
    for command in (["suggest", hub], ["report", hub, "-o", path("hub.html")], ["gaps", hub]):
        out = run(*command, timeout=BOUND, memory=4 * GIB)
        check(f"{command[0]} on a 10,000-tie hub: bounded (4 GiB)", out.returncode == 0, (out.returncode, out.seconds, out.stderr[-200:]))
    # The time limit is for the release build; under the sanitizers (10-20 times slower) the same
    # code runs on a tenth of the hub, for memory errors only.
    leaves = 100000 if SANITIZED else 1000000
    big = hub_edges("hub1m.csv", leaves)
    out = run("analyze", big, "--top", "3", timeout=BOUND, memory=4 * GIB)
    check(f"analyze on a {leaves:,}-tie hub: bounded (4 GiB)", out.returncode == 0 and "hub" in out.stdout, (out.returncode, out.seconds, out.stderr[-200:]))
    print(f"  ({leaves:,}-tie hub analyze: {out.seconds:.1f} s)")
    # 2,000 + 2,000 numbered look-alike names.
    for side in ("a", "b"):
        nodes = [{"id": f"{side}{k}", "label": f"Community Group {k}", "type": "cso"} for k in range(2000)]
        write(f"look-{side}.json", map_json(nodes, []))
    out = run("merge", path("look-a.json"), path("look-b.json"), "-o", path("look.json"), "--review", path("look-review.csv"), timeout=BOUND, memory=4 * GIB)
    check("look-alike merge: bounded (4 GiB)", out.returncode == 0, (out.seconds, out.stderr[-200:]))
    rows = read(path("look-review.csv")).count("\n") if os.path.exists(path("look-review.csv")) else 0
    check("look-alike merge: review file bounded", rows <= 2002, rows)
    merged = json.load(open(path("look.json"))) if out.returncode == 0 else {"nodes": []}
    check("look-alike merge: same numbers merged, different numbers kept apart", len(merged["nodes"]) == 2000, len(merged["nodes"]))
    # Names that differ by a no-break space or a non-breaking hyphen are the same name.
    a = write("nb-a.json", map_json([{"id": "x", "label": "Anti\u2011Slavery International", "type": "ngo"},
                                     {"id": "y", "label": "Trades\u00a0Union Congress", "type": "union"}], []))
    b = write("nb-b.json", map_json([{"id": "p", "label": "Anti-Slavery International", "type": "ngo"},
                                     {"id": "q", "label": "Trades Union Congress", "type": "union"}], []))
    out = run("merge", a, b, "-o", path("nb.json"))
    merged = json.load(open(path("nb.json"))) if out.returncode == 0 else {"nodes": []}
    check("no-break space and U+2011 hyphen: merged", len(merged["nodes"]) == 2, merged["nodes"])
    # One GraphML node with 200,000 attributes: a located error, fast.
    with open(path("wide.graphml"), "w") as f:
        f.write('<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">\n<node id="a" ')
        f.write(" ".join(f'a{k}="v"' for k in range(200000)))
        f.write('/></graph></graphml>\n')
    out = run("analyze", path("wide.graphml"), timeout=BOUND, memory=4 * GIB)
    check("200,000 attributes on one element: located error, bounded", one_line_error(out) and "wide.graphml:2" in out.stderr and out.seconds < BOUND * SLOWER, (out.seconds, out.stderr[-300:]))
    # 60 MB of empty objects in a JSON map: bounded memory, a result or a located error.
    with open(path("empties.json"), "w") as f:
        f.write('{"nodes": [')
        f.write(",".join(f'{{"id": "n{k}"}}' if k < 2 else "{}" for k in range(20_000_000)))
        f.write('], "edges": []}')
    out = run("analyze", path("empties.json"), timeout=BOUND, memory=4 * GIB)
    check("60 MB of empty objects: a located error bounded (4 GiB)", one_line_error(out) and "empties.json: nodes/2" in out.stderr, (out.returncode, out.seconds, out.stderr[-300:]))


def main():
    test_spreadsheet_cells()
    test_dot_injection()
    test_markdown_and_terminal()
    test_outputs_never_replace_inputs()
    test_signals_leave_no_temporary_files()
    test_special_and_broken_files()
    test_attribute_names_that_collide()
    test_numeric_options_fuzzed()
    test_bounded_on_hubs_look_alikes_and_metadata()
    sys.exit(finish("hostile_input"))


if __name__ == "__main__":
    main()
