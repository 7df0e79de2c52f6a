"""Drives the real `stakemap gui` window under Xvfb, as a person would use it:
find an organisation, see its neighbours, see the coverage gaps, accept a
suggested partner, undo, save, export the view as SVG, take screenshots;
names in several scripts; a script error; a crash in the middle of editing
followed by recovery; and the frame benchmark. Run by CTest; needs Debian's
xvfb and a Mesa OpenGL driver (installed by .ci/setup).

usage: check_gui_under_xvfb.py STAKEMAP DATASETS_DIR"""

import json
import os
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import checks  # noqa: E402

stakemap, datasets = sys.argv[1], sys.argv[2]
forum = os.path.join(datasets, "alliance87-ngo-forum-2017.json")
work = tempfile.mkdtemp(prefix="stakemap-gui-")
env = dict(os.environ, STAKEMAP_RECOVERY_DIR=os.path.join(work, "recovery"), XDG_CONFIG_HOME=os.path.join(work, "config"))


def start_display():
    """An X server of our own; -displayfd tells us its number once it is ready."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read_end, 16)
        if not chunk:
            break
        number += chunk
    os.close(read_end)
    env["DISPLAY"] = ":" + number.decode().strip()
    return server


def gui(*arguments, timeout=300):
    return subprocess.run([stakemap, "gui", *arguments], capture_output=True, text=True, env=env, timeout=timeout)


def png_facts(path):
    """Width, height and how many different byte values the pixel data holds (a blank window has very few)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    width, height = struct.unpack(">II", data[16:24])
    idat, at = b"", 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        if kind == b"IDAT":
            idat += data[at + 8:at + 8 + length]
        at += 12 + length
    pixels = zlib.decompress(idat)
    return width, height, len(set(pixels[::7]))


def write(name, text):
    path = os.path.join(work, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


server = start_display()
try:
    # 1. The planning loop, scripted.
    out = lambda name: os.path.join(work, name)  # noqa: E731
    script = write("plan.txt", f"""# find the ILO and its neighbours
search International Labour
expect primary ilo
wait-analysis
ego 1
frames 5
screenshot {out('ego.png')}
ego 0
# the gaps, and a suggested partner previewed, accepted twice, the second undone
wait-analysis
preview-suggestion 1
frames 3
accept-suggestion 1
expect relationships 51
wait-analysis
accept-suggestion 1
expect relationships 52
undo
expect relationships 51
expect unsaved yes
save {out('planned.json')}
expect unsaved no
export {out('view.svg')}
highlight-cell union forced_labour
frames 5
screenshot {out('planned.png')}
""")
    run = gui(forum, "--script", script)
    checks.check("scripted session exits 0", run.returncode == 0, run.stderr)
    checks.check("two screenshots reported", run.stdout.count("screenshot:") == 2, run.stdout)
    if os.path.exists(out("planned.json")):
        saved = json.load(open(out("planned.json"), encoding="utf-8"))
        checks.check("saved map has 40 organisations", len(saved["nodes"]) == 40, len(saved["nodes"]))
        checks.check("saved map has 51 relationships", len(saved["edges"]) == 51, len(saved["edges"]))
        proposed = [e for e in saved["edges"] if (e.get("attributes") or {}).get("status") == "proposed" or e.get("status") == "proposed"]
        checks.check("exactly one proposed tie saved", len(proposed) == 1, proposed)
        checks.check("one of its ends is the ILO", proposed and "ilo" in (proposed[0]["source"], proposed[0]["target"]), proposed)
        checks.check("positions saved", all("x" in n or "position" in n for n in saved["nodes"]), saved["nodes"][0])
    else:
        checks.check("planned.json written", False, run.stderr)
    svg = open(out("view.svg"), encoding="utf-8").read() if os.path.exists(out("view.svg")) else ""
    checks.check("view exported as SVG", svg.startswith("<?xml") or "<svg" in svg[:400], svg[:200])
    checks.check("the export names the ILO", "International Labour Organization" in svg)
    for name in ("ego.png", "planned.png"):
        facts = png_facts(out(name)) if os.path.exists(out(name)) else None
        checks.check(f"{name} is a 1280x800 PNG", facts is not None and facts[:2] == (1280, 800), facts)
        checks.check(f"{name} is not blank", facts is not None and facts[2] > 40, facts)

    # 1b. The Gaps tab lists each gap a tie can close with its candidates; accepting one says what it fixed.
    kenya = os.path.join(datasets, "illustrative", "kenya.json")
    run = gui(kenya, "--script", write("gaps.txt", f"""wait-analysis
show-tab gaps
accept-gap-candidate 1 1
expect relationships 233
wait-analysis
frames 5
screenshot {out('gaps.png')}
accept-gap-candidate 99 1
"""))
    checks.check("gap candidate accepted, then a missing one refused (exit 1)", run.returncode == 1, run.stderr)
    checks.check("the missing gap is named", "there is no candidate #1 for gap #99" in run.stderr, run.stderr)
    facts = png_facts(out("gaps.png")) if os.path.exists(out("gaps.png")) else None
    checks.check("gaps.png is a 1280x800 PNG, not blank", facts is not None and facts[:2] == (1280, 800) and facts[2] > 40, facts)

    # 1c. Names placed without overlap after Fit: the forum map, every illustrative map, a generated 500.
    generated = os.path.join(work, "g500.json")
    subprocess.run([stakemap, "generate", "--orgs", "500", "--seed", "2", "-o", generated], check=True, capture_output=True)
    maps = [forum, generated] + sorted(os.path.join(datasets, "illustrative", f) for f in os.listdir(os.path.join(datasets, "illustrative"))
                                       if f.endswith(".json"))
    fit = write("fit.txt", "layout-steps 1500\nfit\nframes 3\nfit\nframes 3\nexpect labels-at-least 3\nexpect label-overlaps 0\n")
    for path in maps:
        run = gui(path, "--script", fit)
        checks.check(f"{os.path.basename(path)}: labels drawn after Fit overlap nothing", run.returncode == 0, run.stderr[-300:])

    # 1d. A map built from scratch, no id typed: File > New, ten organisations by name, ties by name, saved.
    names = ["Ministry of Labour", "Ministère de la Justice", "Domestic Workers Union", "Survivors' Network", "ILO country office",
             "Anti-Slavery International", "Tea Growers Association", "Faith Coalition", "Labour Inspectorate", "Legal Aid Clinic"]
    steps = ["new", "expect organisations 0"] + [f"add-named {'government' if 'Minist' in n else 'cso'} {n}" for n in names]
    steps += ["expect organisations 10", "add-tie Ministry of Labour -- Labour Inspectorate", "add-tie Domestic Workers Union -- Legal Aid Clinic"]
    steps += ["expect relationships 2", "search Domestic Workrs Union", "expect primary domestic-workers-union",
              f"save {os.path.join(work, 'scratch.json')}"]
    run = gui("--script", write("scratch.txt", "\n".join(steps) + "\n"))
    checks.check("a ten-organisation map built without typing an id", run.returncode == 0, run.stderr[-400:])
    if os.path.exists(os.path.join(work, "scratch.json")):
        saved = json.load(open(os.path.join(work, "scratch.json"), encoding="utf-8"))
        ids = sorted(n["id"] for n in saved["nodes"])
        checks.check("ids made from the names", "ministere-de-la-justice" in ids and "survivors-network" in ids and len(ids) == 10, ids)

    # 1f. A bulk edit of a multi-selection, shown in the Organisation tab.
    run = gui(forum, "--script", write("bulk.txt", f"select ilo\nselect-add tuc\nselect-add polaris\nbulk-set region Lake Zone\n"
                                                   f"bulk-theme add child_labour\nexpect undo-depth 2\nshow-tab organisation\nframes 3\n"
                                                   f"screenshot {out('bulk.png')}\nbulk-set name x\n"))
    checks.check("bulk edit: two undoable edits, then a wrong field refused (exit 1)", run.returncode == 1, run.stderr[-300:])
    checks.check("bulk edit: the wrong field named", "expected type, country or region, got 'name'" in run.stderr, run.stderr[-300:])

    # 1g. Find duplicates on the open map and merge one (undoable); the window lists them side by side.
    doubled = json.load(open(forum, encoding="utf-8"))
    doubled["nodes"].append({"id": "ilo-geneva", "label": "International Labour Organisation", "type": "un_agency", "country": "CH"})
    doubled["edges"].append({"source": "ilo-geneva", "target": "tuc"})
    doubled_path = write("doubled.json", json.dumps(doubled, ensure_ascii=False))
    run = gui(doubled_path, "--script", write("dups.txt", f"find-duplicates\nframes 3\nscreenshot {out('duplicates.png')}\n"
                                                          f"merge-duplicate 1\nexpect organisations 40\nundo\nexpect organisations 41\n"
                                                          f"redo\nexpect organisations 40\n"))
    checks.check("duplicates found, merged, undone, redone", run.returncode == 0, run.stderr[-300:])
    checks.check("the ILO pair is listed first", "duplicate 1: ilo + ilo-geneva" in run.stdout, run.stdout[:400])

    # 1h. The tables, and an id changed with every tie following (undoable).
    run = gui(kenya, "--script", write("tables.txt", f"rename ke-046 mombasa-secretariat\nexpect tie mombasa-secretariat ke-032\n"
                                                     f"show-table organisations\nframes 3\nshow-table relationships\nframes 3\n"
                                                     f"screenshot {out('tables.png')}\nundo\nexpect tie ke-046 ke-032\n"
                                                     f"rename ke-001 ke-002\n"))
    checks.check("rename: ties follow, undo restores, a taken id refused (exit 1)", run.returncode == 1, run.stderr[-300:])
    checks.check("rename: the taken id named", "the id 'ke-002' is taken" in run.stderr, run.stderr[-300:])

    # 1i. The import step on a messy semicolon CSV with its node table, in Spanish: roles detected, a value
    # mapped and a column's role changed; the choices remembered for the next file laid out the same way.
    nodes_csv = write("nodos.csv", "Organización;Categoría;País;Notas\nRed de Mujeres Trabajadoras;Consultora;PE;desde 2019\n"
                                   "Ministerio de Trabajo;Ministerio;PE;\nSindicato Textil;sindicato;PE;\nFundación Amigos;Fundación;PE;\n")
    ties_csv = write("vinculos.csv", "Desde;Hasta;Tipo de vínculo\nRed de Mujeres Trabajadoras;Ministerio de Trabajo;coordinación\n"
                                     "Sindicato Textil;Red de Mujeres Trabajadoras;alianza\nFundación Amigos;Sindicato Textil;financiamiento\n")
    run = gui("--script", write("import.txt", f"import {ties_csv} {nodes_csv}\nprint-import\nexpect import-organisations 4\n"
                                              f"expect import-unmapped 2\nmap-value type cso Consultora\nexpect import-unmapped 1\n"
                                              f"map-column description Notas\nframes 3\nscreenshot {out('import.png')}\n"
                                              f"import-accept remember\nexpect organisations 4\nexpect relationships 3\n"
                                              f"save {os.path.join(work, 'imported.json')}\n"
                                              f"import {ties_csv} {nodes_csv}\nprint-import\nexpect import-unmapped 1\nimport-cancel\n"))
    checks.check("import step: scripted session exits 0", run.returncode == 0, f"exit {run.returncode}: {run.stderr[-400:]}")
    checks.check("import step: 'Desde' read as from, 'Tipo de vínculo' as the tie type", "column 'Desde': from" in run.stdout and
                 "column 'Tipo de vínculo': tie_type" in run.stdout, run.stdout[:600])
    checks.check("import step: the choices remembered for the same layout", "(remembered choices)" in run.stdout, run.stdout[-400:])
    if os.path.exists(os.path.join(work, "imported.json")):
        imported = json.load(open(os.path.join(work, "imported.json"), encoding="utf-8"))
        types = {n["label"]: n.get("type") for n in imported["nodes"]}
        checks.check("import step: 'Consultora' mapped to CSO, 'sindicato' to union", types.get("Red de Mujeres Trabajadoras") == "cso" and
                     types.get("Sindicato Textil") == "union", types)

    # 1e. Names in five scripts on the canvas and in the panels (screenshot looked at: docs/gui.md).
    five = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "five-scripts.json")
    run = gui(five, "--script", write("five.txt", f"layout-steps 800\nfit\nframes 3\nselect hi\nframes 3\nexpect labels-at-least 4\n"
                                                  f"screenshot {out('five-scripts.png')}\n"))
    checks.check("five-script names drawn", run.returncode == 0 and os.path.exists(out("five-scripts.png")), run.stderr[-300:])

    # 2. Names as users write them.
    names = {"format": "stakemap-map", "version": 1, "directed": False, "metadata": {"title": "Names"},
             "nodes": [{"id": "a", "label": "Michaëlle Jean Foundation", "type": "cso"},
                       {"id": "b", "label": "Repórter Brasil — São Paulo", "type": "media"},
                       {"id": "c", "label": "Ministère du Travail", "type": "government"},
                       {"id": "d", "label": "Ελληνικό Φόρουμ Προσφύγων", "type": "cso"},
                       {"id": "e", "label": "Федерация профсоюзов", "type": "union"}],
             "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}, {"source": "c", "target": "d"},
                       {"source": "d", "target": "e"}]}
    names_path = write("names.json", json.dumps(names, ensure_ascii=False))
    run = gui(names_path, "--screenshot", out("names.png"), "--frames", "40")
    checks.check("names map renders", run.returncode == 0 and os.path.exists(out("names.png")), run.stderr)
    checks.check("a TrueType font was found", "no TrueType font" not in run.stderr, run.stderr)
    run = gui(names_path, "--script", write("find.txt", "search ministere\nexpect primary c\nsearch ФЕДЕРАЦИЯ\nexpect primary e\n"
                                                       "search ελληνικο\nexpect primary d\n"))
    checks.check("case- and accent-blind search in three scripts", run.returncode == 0, run.stderr)

    # 3. Errors name the file and line; a bad map is refused before any window opens.
    run = gui(forum, "--script", write("bad.txt", "select ilo\n\nteleport ilo\n"))
    checks.check("unknown action: exit 1", run.returncode == 1, run.returncode)
    checks.check("unknown action: file and line", "bad.txt:3: unknown action 'teleport'" in run.stderr, run.stderr)
    run = gui(forum, "--script", write("wrong.txt", "expect organisations 41\n"))
    checks.check("failed expectation: named", "wrong.txt:1: expected 41 organisations, found 40" in run.stderr, run.stderr)
    broken = write("broken.json", '{"format": "stakemap-map", "nodes": [{"id": 1}')
    run = gui(broken)
    checks.check("broken map: exit 1", run.returncode == 1, run.returncode)
    checks.check("broken map: file named", "broken.json" in run.stderr, run.stderr)

    # 4. A crash in the middle of editing loses at most the autosave interval; the next start restores it.
    victim = write("victim.json", open(forum, encoding="utf-8").read())
    original = open(victim, encoding="utf-8").read()
    editing = write("editing.txt", "select tuc\ndelete-selection\nadd-organisation new_union union New Domestic Workers Union\n"
                                   "add-tie new_union ilo\nframes 100000\n")
    process = subprocess.Popen([stakemap, "gui", victim, "--script", editing, "--autosave-seconds", "0.2"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    recovery_dir = env["STAKEMAP_RECOVERY_DIR"]
    deadline = time.time() + 60
    while time.time() < deadline and not (os.path.isdir(recovery_dir) and any(f.startswith("victim-") for f in os.listdir(recovery_dir))):
        time.sleep(0.1)
    time.sleep(0.5)  # let it autosave the last edit too
    process.send_signal(signal.SIGKILL)
    process.wait()
    checks.check("recovery file written before the crash", os.path.isdir(recovery_dir) and any(f.startswith("victim-") for f in os.listdir(recovery_dir)))
    checks.check("the map file itself is untouched", open(victim, encoding="utf-8").read() == original)
    # The map file is then saved elsewhere after the recovery file: the recovery is still offered, never deleted unasked.
    later = time.time() + 60
    os.utime(victim, (later, later))
    run = gui(victim, "--script", write("ignore.txt", f"frames 3\nscreenshot {out('recovery-offer.png')}\nexpect organisations 40\n"))
    checks.check("older recovery: window runs", run.returncode == 0, run.stderr)
    checks.check("older recovery: kept after a clean end", any(f.startswith("victim-") for f in os.listdir(recovery_dir)), os.listdir(recovery_dir))
    run = gui(victim, "--recovery", "restore", "--script",
              write("after.txt", f"expect organisations 40\nexpect unsaved yes\nexpect tie new_union ilo\nexpect no-tie tuc ituc\nsave {out('recovered.json')}\n"))
    checks.check("restart restores the edits", run.returncode == 0, run.stderr)
    checks.check("restore is announced", "restored unsaved work" in run.stderr, run.stderr)
    checks.check("restore says the map file is newer", "saved after it" in run.stderr, run.stderr)
    checks.check("saving removes the recovery file", not any(f.startswith("victim-") for f in os.listdir(recovery_dir)), os.listdir(recovery_dir))

    # 5. The frame benchmark prints its figures.
    run = gui(forum, "--bench-frames", "20")
    checks.check("bench-frames prints frame times", "frame time: median" in run.stdout and "CPU frame building" in run.stdout, run.stdout + run.stderr)
finally:
    server.terminate()
    server.wait()

sys.exit(checks.finish("gui_under_xvfb"))
