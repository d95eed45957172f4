#!/usr/bin/env python3
"""Validates canonical disclosure JSON files against the JSON Schema: check_schema.py SCHEMA FILE..."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
for path in sys.argv[2:]:
    jsonschema.validate(json.load(open(path, encoding="utf-8")), schema, cls=jsonschema.Draft202012Validator)
    print(f"{path}: valid against {sys.argv[1]}")
