#!/usr/bin/env python3
"""The JSON Schema in docs/ agrees with stakemap: every shipped JSON map and a
map written by `stakemap generate` validate against it; the broken test map
does not. Run: check_schema.py path/to/stakemap path/to/source-root
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, finish  # noqa: E402

import jsonschema

stakemap, root = sys.argv[1], sys.argv[2]
schema = json.load(open(os.path.join(root, "docs", "map.schema.json"), encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)


def expect(name, document, valid):
    errors = list(validator.iter_errors(document))
    check(name, (not errors) == valid, f"expected {'valid' if valid else 'invalid'}, got {len(errors)} errors: {errors[:2]}")


maps = [os.path.join(root, "datasets", "alliance87-ngo-forum-2017.json")]
maps += sorted(glob.glob(os.path.join(root, "datasets", "illustrative", "*.json")))
maps += sorted(glob.glob(os.path.join(root, "datasets", "merge-example", "*.json")))
for path in maps:
    expect(os.path.basename(path), json.load(open(path, encoding="utf-8")), True)
expect("broken-map.json", json.load(open(os.path.join(root, "tests", "data", "broken-map.json"), encoding="utf-8")), False)
with tempfile.TemporaryDirectory() as folder:
    out = os.path.join(folder, "generated.json")
    subprocess.run([stakemap, "generate", "--orgs", "300", "--seed", "5", "-o", out], check=True, capture_output=True)
    expect("generated.json", json.load(open(out, encoding="utf-8")), True)
    # A merged map (format version 2: influence, stance, sources, conflicts).
    example = os.path.join(root, "datasets", "merge-example")
    merged = os.path.join(folder, "merged.json")
    sources = ["maravia-scoping-2025.json", "maravia-donor-grantees.csv", "maravia-union-affiliates.graphml",
               "maravia-netmap-respondent1.json", "maravia-netmap-respondent2.json"]
    subprocess.run([stakemap, "merge", *[os.path.join(example, s) for s in sources], "--aliases",
                    os.path.join(example, "maravia-aliases.csv"), "-o", merged], check=True, capture_output=True)
    document = json.load(open(merged, encoding="utf-8"))
    check("merged map has sources and conflicts", any("sources" in n for n in document["nodes"]) and
          any("conflicts" in n for n in document["nodes"]))
    expect("merged.json", document, True)
    document["version"] = 3
    expect("version 3 is outside the schema", document, False)
sys.exit(finish("schema"))
