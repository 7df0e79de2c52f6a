#!/usr/bin/env python3
"""Precision and recall of stakemap merge's duplicate finder on a generated,
labelled test set.

Base organisations of a few invented countries (ministries, national councils,
unions, CSOs, donors, research centres, UN agencies, with deliberately similar
siblings such as "National Council for Children" / "... for Women" and the same
ministry in two countries) are written into three source maps. Each appearance
is spelled as written, or with one realistic variation: abbreviations, a typo,
a French translation, another word order, an acronym, or different case and
punctuation. Types and countries are sometimes missing, as in real lists.

A pair of records is a true duplicate when both come from the same base
organisation. Reported: precision and recall of the pairs the merge joined
automatically, and recall when the pairs sent to the review file count as found.

usage: /usr/bin/python3 bench/dedupe_bench.py path/to/stakemap [--orgs 600] [--seed 7]
"""
import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
import time

PLACES = ["Selin", "Arden", "Kova", "Miralta", "Dunmore", "Tessaly", "Orvik", "Belmar", "Castra", "Lunen",
          "Varno", "Quillon", "Pereth", "Sandor", "Halvik", "Roswen", "Tarrin", "Ebbert", "Corvel", "Minhal"]
SURNAMES = ["Northbridge", "Halloway", "Ashcombe", "Whitfield", "Marchetti", "Okonkwo", "Lindqvist", "Baptiste",
            "Farrant", "Delacroix", "Ishikawa", "Mbeki", "Varga", "Castellano", "Rourke"]
PORTFOLIOS = ["Labour", "Justice", "Health", "Interior", "Education", "Foreign Affairs", "Social Protection",
              "Labour and Social Protection", "Women and Children"]
COUNCIL = ["Council", "Commission", "Committee"]
COUNCIL_TOPIC = ["Children", "Women", "Trafficking in Persons", "Child Labour", "Forced Labour", "Migrant Workers",
                 "Human Rights"]
SECTORS = ["Domestic", "Agricultural", "Construction", "Garment", "Fishing", "Mine", "Migrant", "Transport"]
CSO_FOCUS = ["Anti-Trafficking", "Child Rights", "Migrant Rights", "Women's Rights", "Legal Aid", "Survivor Support"]
CSO_KIND = ["Network", "Centre", "Association", "Foundation", "Coalition", "Initiative"]
STUDIES = ["Migration", "Labour", "Human Rights", "Child Welfare"]
UN = [("International Labour Organization", "ILO"), ("International Organization for Migration", "IOM"),
      ("United Nations Office on Drugs and Crime", "UNODC"), ("United Nations Development Programme", "UNDP")]

FRENCH = {"Ministry": "Ministère", "of": "du", "Labour": "Travail", "Justice": "Justice", "Health": "Santé",
          "Interior": "Intérieur", "Education": "Éducation", "Foreign": "étrangères", "Affairs": "Affaires",
          "Social": "sociale", "Protection": "Protection", "and": "et", "Women": "Femmes", "Children": "Enfants",
          "National": "national", "Council": "Conseil", "Commission": "Commission", "Committee": "Comité",
          "for": "pour les", "Trafficking": "traite", "in": "des", "Persons": "personnes", "Child": "enfants",
          "Forced": "forcé", "Migrant": "migrants", "Workers": "travailleurs", "Human": "humains", "Rights": "droits",
          "Union": "Syndicat", "Domestic": "domestiques", "Agricultural": "agricoles", "Construction": "construction",
          "Network": "Réseau", "Centre": "Centre", "Association": "Association", "Foundation": "Fondation",
          "Coalition": "Coalition", "Legal": "juridique", "Aid": "aide", "University": "Université",
          "Studies": "études", "Migration": "migrations", "International": "internationale",
          "Organization": "Organisation", "Development": "développement", "Office": "Bureau", "Support": "soutien"}
ABBREVIATIONS = [("Ministry", "Min."), ("International", "Intl."), ("National", "Nat."), ("Organization", "Org."),
                 ("Association", "Assoc."), ("Foundation", "Fdn."), ("Department", "Dept."), (" and ", " & "),
                 ("Centre", "Ctr."), ("University", "Univ."), ("Federation", "Fed.")]


def base_organisations(count, rng):
    """Unique organisations. Government bodies and national unions and councils have the same
    names in every country ("Ministry of Health") and are told apart only by country; CSOs,
    research centres and donors have names of their own; each UN agency is one organisation."""
    countries = ["QA", "QB", "QC"]
    national = [
        lambda: (f"Ministry of {rng.choice(PORTFOLIOS)}", "government"),
        lambda: (f"National {rng.choice(COUNCIL)} for {rng.choice(COUNCIL_TOPIC)}", "government"),
        lambda: (f"National Union of {rng.choice(SECTORS)} Workers", "union"),
    ]
    own_name = [
        lambda: (f"{rng.choice(PLACES)} {rng.choice(CSO_FOCUS)} {rng.choice(CSO_KIND)}", "cso"),
        lambda: (f"{rng.choice(SURNAMES)} Foundation", "donor"),
        lambda: (f"University of {rng.choice(PLACES)} Centre for {rng.choice(STUDIES)} Studies", "research"),
    ]
    organisations = [{"name": name, "type": "un_agency", "country": "", "acronym": acronym} for name, acronym in UN]
    seen_national, seen_names = set(), {name for name, _ in UN}
    attempts = 0
    while len(organisations) < count and attempts < count * 50:
        attempts += 1
        country = rng.choice(countries)
        if rng.random() < 0.4:
            name, kind = rng.choice(national)()
            if (name, country) in seen_national:
                continue
            seen_national.add((name, country))
        else:
            name, kind = rng.choice(own_name)()
            if name in seen_names:
                continue
            seen_names.add(name)
        organisations.append({"name": name, "type": kind, "country": country})
    return organisations


def typo(name, rng):
    words = name.split(" ")
    long_words = [k for k, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not long_words:
        return name
    k = rng.choice(long_words)
    word = words[k]
    at = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["drop", "swap", "double", "replace"])
    if kind == "drop":
        word = word[:at] + word[at + 1:]
    elif kind == "swap":
        word = word[:at] + word[at + 1] + word[at] + word[at + 2:]
    elif kind == "double":
        word = word[:at] + word[at] + word[at:]
    else:
        word = word[:at] + rng.choice("aeioust") + word[at + 1:]
    words[k] = word
    return " ".join(words)


def french(name):
    return " ".join(FRENCH.get(word, word) for word in name.split(" "))


def reorder(name):
    words = name.split(" ")
    if " of " in name:  # "Ministry of Labour" -> "Labour Ministry"
        head, tail = name.split(" of ", 1)
        return f"{tail} {head}"
    if words[-1] in ("Foundation", "Network", "Centre", "Association", "Coalition", "Initiative"):
        return " ".join([words[-1]] + words[:-1])
    return " ".join(words[1:] + words[:1])


def abbreviate(name, rng):
    options = [(a, b) for a, b in ABBREVIATIONS if a in name]
    if not options:
        return name.upper()
    a, b = rng.choice(options)
    return name.replace(a, b, 1)


def acronym(organisation):
    if "acronym" in organisation:
        return organisation["acronym"]
    small = {"of", "for", "and", "in", "the"}
    return "".join(w[0] for w in organisation["name"].split() if w not in small).upper()


def spelled(organisation, rng):
    """(name as this source writes it, variation kind)."""
    if rng.random() < 0.4:
        return organisation["name"], "as written"
    kind = rng.choice(["abbreviation", "typo", "translation", "word order", "acronym", "case and punctuation"])
    name = organisation["name"]
    if kind == "abbreviation":
        return abbreviate(name, rng), kind
    if kind == "typo":
        return typo(name, rng), kind
    if kind == "translation":
        return french(name), kind
    if kind == "word order":
        return reorder(name), kind
    if kind == "acronym":
        return acronym(organisation), kind
    return name.upper().replace(" ", "  ") + ".", kind


def write_sources(organisations, folder, rng):
    truth = {}  # (file, id) -> base index
    kinds = {}
    written = {}  # (file, id) -> name as written
    files = []
    for s in range(3):
        nodes = []
        for b, organisation in enumerate(organisations):
            if rng.random() > 0.6:
                continue
            name, kind = spelled(organisation, rng)
            node = {"id": f"s{s}-{len(nodes)}", "label": name}
            if rng.random() < 0.7:
                node["type"] = organisation["type"]
            if organisation["country"] and rng.random() < 0.8:
                node["country"] = organisation["country"]
            truth[(f"source{s}.json", node["id"])] = b
            written[(f"source{s}.json", node["id"])] = name
            kinds[(f"source{s}.json", node["id"])] = kind
            nodes.append(node)
        rng.shuffle(nodes)
        path = os.path.join(folder, f"source{s}.json")
        with open(path, "w") as f:
            json.dump({"format": "stakemap-map", "version": 2, "nodes": nodes, "edges": []}, f, ensure_ascii=False)
        files.append(path)
    return files, truth, kinds, written


def baseline_pairs(records_by_file):
    """A peer for comparison: Python's difflib ratio >= 0.9 on case-folded names, across sources
    (pairs sharing a word), joined transitively - what a spreadsheet-and-script merge does."""
    import difflib
    records = [(key, name.casefold()) for key, name in records_by_file.items()]
    by_word = {}
    for k, (key, name) in enumerate(records):
        for word in set(name.replace(".", " ").split()):
            by_word.setdefault(word, []).append(k)
    parent = list(range(len(records)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    seen = set()
    for members in by_word.values():
        if len(members) > 400:
            continue
        for i, j in itertools.combinations(members, 2):
            if (i, j) in seen or records[i][0][0] == records[j][0][0]:
                continue
            seen.add((i, j))
            if difflib.SequenceMatcher(None, records[i][1], records[j][1]).ratio() >= 0.9:
                parent[find(i)] = find(j)
    groups = {}
    for k, (key, _) in enumerate(records):
        groups.setdefault(find(k), []).append(key)
    return pairs_of(groups.values())


def record_id(at):
    """The id in a source record's place: "nodes/3, id 's0-12'" -> "s0-12"."""
    return at[at.index("id '") + 4:-1]


def pairs_of(groups):
    found = set()
    for members in groups:
        for a, b in itertools.combinations(sorted(members), 2):
            found.add((a, b))
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("stakemap")
    parser.add_argument("--orgs", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    organisations = base_organisations(args.orgs, rng)
    with tempfile.TemporaryDirectory() as folder:
        files, truth, kinds, written = write_sources(organisations, folder, rng)
        merged, review = os.path.join(folder, "merged.json"), os.path.join(folder, "review.csv")
        start = time.perf_counter()
        run = subprocess.run([args.stakemap, "merge", *files, "-o", merged, "--review", review], capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if run.returncode != 0:
            sys.exit(run.stderr)
        doc = json.load(open(merged))
        groups = []
        for node in doc["nodes"]:
            groups.append([(s["file"], record_id(s["at"])) for s in node.get("sources", [])])
        predicted = pairs_of(groups)
        by_base = {}
        for record, base in truth.items():
            by_base.setdefault(base, []).append(record)
        actual = pairs_of(by_base.values())
        import csv
        reviewed = set()
        with open(review) as f:
            for row in csv.DictReader(f):
                a, b = (row["file_a"], row["id_a"]), (row["file_b"], row["id_b"])
                reviewed.add(tuple(sorted([a, b])))
    true_positive = len(predicted & actual)
    precision = true_positive / len(predicted) if predicted else 1.0
    recall = true_positive / len(actual) if actual else 1.0
    # Review rows name one pair per two groups: count a true pair as reachable when its groups are reviewed.
    group_of = {}
    for g, members in enumerate(groups):
        for record in members:
            group_of[record] = g
    reviewed_groups = {tuple(sorted((group_of[a], group_of[b]))) for a, b in reviewed if a in group_of and b in group_of}
    reachable = sum(1 for a, b in actual
                    if (a, b) in predicted or tuple(sorted((group_of[a], group_of[b]))) in reviewed_groups)
    by_kind = {}
    for a, b in actual:
        kind = kinds[b] if kinds[a] == "as written" else kinds[a]
        hit = (a, b) in predicted
        total, found = by_kind.get(kind, (0, 0))
        by_kind[kind] = (total + 1, found + hit)
    print(f"records: {len(truth)} from {len(organisations)} base organisations in 3 sources; merge took {seconds:.2f} s")
    print(f"true duplicate pairs: {len(actual)}; merged pairs: {len(predicted)}; correct: {true_positive}")
    print(f"precision {precision:.3f}  recall {recall:.3f}  (recall counting review-file pairs as found: {reachable / len(actual):.3f}; "
          f"review rows: {len(reviewed)})")
    if os.environ.get("DEDUPE_DEBUG"):
        names = {}
        for node in doc["nodes"]:
            for src in node.get("sources", []):
                names[(src["file"], record_id(src["at"]))] = src.get("name", "")
        for a, b in sorted(predicted - actual)[:25]:
            print("  wrongly merged:", names[a], "|", names[b])
        for a, b in sorted(actual - predicted)[:25]:
            print("  missed:", names.get(a), "|", names.get(b))
    start = time.perf_counter()
    peer = baseline_pairs(written)
    peer_seconds = time.perf_counter() - start
    peer_true = len(peer & actual)
    print(f"peer (difflib ratio >= 0.9, transitive; {peer_seconds:.2f} s): precision "
          f"{peer_true / len(peer) if peer else 1.0:.3f}  recall {peer_true / len(actual):.3f}")
    print("recall by variation (pairs where one side was spelled that way):")
    for kind, (total, found) in sorted(by_kind.items()):
        print(f"  {kind:22s} {found:4d} / {total:4d} = {found / total:.3f}")


if __name__ == "__main__":
    main()
