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
for path in maps:
    expect(os.path.basename(path), json.load(open(path, encoding="utf-8")), True)
expect("broken-map.json", json.load(open(os.path.join(root, "tests", "data", "broken-map.json"), encoding="utf-8")), False)
with tempfile.TemporaryDirectory() as folder:
    out = os.path.join(folder, "generated.json")
    subprocess.run([stakemap, "generate", "--orgs", "300", "--seed", "5", "-o", out], check=True, capture_output=True)
    expect("generated.json", json.load(open(out, encoding="utf-8")), True)
sys.exit(finish("schema"))
