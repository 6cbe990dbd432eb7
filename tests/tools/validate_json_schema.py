#!/usr/bin/env python3
"""validate_json_schema.py: check JSON documents against a JSON Schema, with
the standard library only.

Usage: validate_json_schema.py SCHEMA.json DOC.json [DOC.json ...]
       validate_json_schema.py SCHEMA.json -        (one document on stdin)

Supports the subset of JSON Schema (draft 2020-12 / draft-07 spelling) that
tests/tools/layout-report.schema.json uses: type (a name or a list of names),
properties, required, additionalProperties (true, false or a schema), items,
enum, const, minimum, minItems, anyOf, oneOf, $ref to "#/$defs/NAME" or
"#/definitions/NAME". Unknown keywords are an error in the SCHEMA (so that a
typo cannot silently turn a check off). Prints every violation with its JSON
path; exits 0 when all documents conform, 1 otherwise, 2 on bad usage.
"""
import json
import sys

KNOWN = {"$schema", "$id", "$defs", "definitions", "title", "description", "type",
         "properties", "required", "additionalProperties", "items", "enum", "const",
         "minimum", "minItems", "anyOf", "oneOf", "$ref", "examples"}

TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


class Validator:
    def __init__(self, schema):
        self.root = schema
        self.errors = []
        self.check_schema(schema, "#")

    def check_schema(self, s, where):
        if not isinstance(s, dict):
            if isinstance(s, bool):
                return
            raise SystemExit(f"schema error at {where}: not an object")
        for k in s:
            if k not in KNOWN:
                raise SystemExit(f"schema error at {where}: unknown keyword {k!r}")
        t = s.get("type")
        for name in ([t] if isinstance(t, str) else t or []):
            if name not in TYPES:
                raise SystemExit(f"schema error at {where}: unknown type {name!r}")
        for key in ("$defs", "definitions", "properties"):
            for name, sub in s.get(key, {}).items():
                self.check_schema(sub, f"{where}/{key}/{name}")
        for key in ("items", "additionalProperties"):
            if isinstance(s.get(key), dict):
                self.check_schema(s[key], f"{where}/{key}")
        for key in ("anyOf", "oneOf"):
            for i, sub in enumerate(s.get(key, [])):
                self.check_schema(sub, f"{where}/{key}/{i}")

    def resolve(self, ref):
        if not ref.startswith("#/"):
            raise SystemExit(f"schema error: only local $ref are supported: {ref}")
        node = self.root
        for part in ref[2:].split("/"):
            node = node[part]
        return node

    def fail(self, path, msg):
        self.errors.append(f"{path or '$'}: {msg}")

    def ok(self, value, schema, path):
        """Validates without recording errors (for anyOf/oneOf)."""
        saved = self.errors
        self.errors = []
        self.validate(value, schema, path)
        good = not self.errors
        self.errors = saved
        return good

    def validate(self, value, schema, path=""):
        if schema is True:
            return
        if schema is False:
            self.fail(path, "no value is allowed here")
            return
        if "$ref" in schema:
            self.validate(value, self.resolve(schema["$ref"]), path)
        t = schema.get("type")
        if t is not None:
            names = [t] if isinstance(t, str) else t
            if not any(TYPES[n](value) for n in names):
                self.fail(path, f"expected {' or '.join(names)}, got {json.dumps(value)[:60]}")
                return
        if "enum" in schema and value not in schema["enum"]:
            self.fail(path, f"{json.dumps(value)} is not one of {schema['enum']}")
        if "const" in schema and value != schema["const"]:
            self.fail(path, f"expected {json.dumps(schema['const'])}, got {json.dumps(value)}")
        if "minimum" in schema and TYPES["number"](value) and value < schema["minimum"]:
            self.fail(path, f"{value} is below the minimum {schema['minimum']}")
        if isinstance(value, dict):
            props = schema.get("properties", {})
            for k in schema.get("required", []):
                if k not in value:
                    self.fail(path, f"missing required key {k!r}")
            extra = schema.get("additionalProperties", True)
            for k, v in value.items():
                if k in props:
                    self.validate(v, props[k], f"{path}.{k}")
                elif extra is False:
                    self.fail(path, f"unexpected key {k!r}")
                elif isinstance(extra, dict):
                    self.validate(v, extra, f"{path}.{k}")
        if isinstance(value, list):
            if "minItems" in schema and len(value) < schema["minItems"]:
                self.fail(path, f"fewer than {schema['minItems']} items")
            if "items" in schema:
                for i, v in enumerate(value):
                    self.validate(v, schema["items"], f"{path}[{i}]")
        if "anyOf" in schema:
            if not any(self.ok(value, s, path) for s in schema["anyOf"]):
                self.fail(path, "matches none of anyOf")
        if "oneOf" in schema:
            n = sum(self.ok(value, s, path) for s in schema["oneOf"])
            if n != 1:
                self.fail(path, f"matches {n} of oneOf (exactly one required)")


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    bad = 0
    for doc_path in argv[2:]:
        try:
            if doc_path == "-":
                doc = json.load(sys.stdin)
            else:
                with open(doc_path, encoding="utf-8") as f:
                    doc = json.load(f)
        except (OSError, ValueError) as e:
            print(f"{doc_path}: cannot read JSON: {e}")
            bad += 1
            continue
        v = Validator(schema)
        v.validate(doc, schema)
        if v.errors:
            bad += 1
            print(f"{doc_path}: {len(v.errors)} violation(s)")
            for e in v.errors[:50]:
                print(f"  {e}")
        else:
            print(f"{doc_path}: ok")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
