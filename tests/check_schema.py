#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates the shipped demo data, and a file exported by the application, against the exchange JSON Schema."""
import json
import subprocess
import sys
import tempfile

import jsonschema  # Debian: python3-jsonschema

schema_file, demo_file, app = sys.argv[1:4]
schema = json.load(open(schema_file, encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)


def check(name, document):
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    for error in errors[:20]:
        print(f"{name}: {'/'.join(map(str, error.path)) or '/'}: {error.message}")
    return len(errors)


demo = json.load(open(demo_file, encoding="utf-8"))
failures = check("demo.json", demo)
with tempfile.TemporaryDirectory() as tmp:
    db, out = f"{tmp}/demo.sqlite", f"{tmp}/export.json"
    subprocess.run([app, "init", "--demo", "--db", db], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([app, "export", out, "--db", db], check=True)
    exported = json.load(open(out, encoding="utf-8"))
    failures += check("export.json", exported)
    if len(exported["developments"]) != len(demo["developments"]):
        print(f"export.json: expected {len(demo['developments'])} developments, found {len(exported['developments'])}")
        failures += 1
sys.exit(1 if failures else 0)
