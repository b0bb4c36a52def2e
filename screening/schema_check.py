"""A fast yes/no check of data against the packaged JSON Schemas, compiled once per process.

`screening validate` must stay quick on old laptops, and the general-purpose `jsonschema`
validator spends most of its time looking up `$ref`s and resolving the 2020-12
meta-schema's `$dynamicRef`s (each indicator set is itself a schema, checked against that
meta-schema). Here each schema is compiled once, in memory, into plain Python functions
that answer only "valid or not"; `jsonschema` is imported and run only when the answer
is "not", to explain what is wrong (file, JSON path, what was expected).

The compiler knows the keywords our schemas and the 2020-12 meta-schema use and refuses
any other assertion keyword (`Unsupported`), so a schema it cannot check exactly never
passes silently: the caller then falls back to `jsonschema`. The 2020-12 meta-schema is
used as a standalone copy whose `$dynamicRef: "#meta"` are plain `$ref`s to its root,
which is what they resolve to when nothing extends it. Nothing is written to disk.
Tests compare every answer with `jsonschema` (tests/data/test_schema_check.py).
"""

from __future__ import annotations

import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from screening.resources import schema_files

Check = Callable[[Any], bool]
META = "https://json-schema.org/draft/2020-12/schema"
KIND_IDS = {
    "indicator-set": "urn:victim-screening:schema:indicator-set:1",
    "questionnaire": "urn:victim-screening:schema:questionnaire:1",
    "referral-directory": "urn:victim-screening:schema:referral-directory:1",
    "vignettes": "urn:victim-screening:schema:vignettes:1",
    "referral-note": "urn:victim-screening:schema:referral-note:1",
}
ANNOTATIONS = {
    "$schema", "$id", "$comment", "$defs", "definitions", "$vocabulary", "title", "description",
    "default", "deprecated", "examples", "readOnly", "writeOnly", "contentEncoding",
    "contentMediaType", "contentSchema",
}
# Formats `jsonschema`'s 2020-12 FORMAT_CHECKER leaves unchecked here (no extra packages).
UNCHECKED_FORMATS = {"uri", "uri-reference", "uri-template", "iri", "iri-reference", "json-pointer", "relative-json-pointer", "hostname", "idn-hostname", "time", "date-time", "duration"}
SCHEMA_MAPS = ("properties", "$defs", "patternProperties", "dependentSchemas", "definitions")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_ONE = ("items", "additionalProperties", "propertyNames", "not", "if", "then", "else", "contains", "unevaluatedItems", "unevaluatedProperties")


class Unsupported(Exception):
    """A schema uses a keyword this compiler does not check: use `jsonschema` instead."""


def _always(_: Any) -> bool:
    return True


def _never(_: Any) -> bool:
    return False


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


TYPES: dict[str, Check] = {
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "string": lambda x: isinstance(x, str),
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
    "number": _is_number,
    "integer": lambda x: (isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()),
}


def equal(one: Any, two: Any) -> bool:
    """JSON equality as `jsonschema` has it: true is not 1, false is not 0."""
    if isinstance(one, bool) or isinstance(two, bool):
        return isinstance(one, bool) and isinstance(two, bool) and one == two
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(equal(a, b) for a, b in zip(one, two))
    if isinstance(one, dict) and isinstance(two, dict):
        return one.keys() == two.keys() and all(equal(one[k], two[k]) for k in one)
    if isinstance(one, (list, dict)) or isinstance(two, (list, dict)):
        return False
    return one == two


def _unique(items: list) -> bool:
    return not any(equal(items[i], items[j]) for i in range(len(items)) for j in range(i + 1, len(items)))


def _is_regex(x: Any) -> bool:
    if not isinstance(x, str):
        return True
    try:
        re.compile(x)
    except re.error:
        return False
    return True


def _all(checks: list[Check]) -> Check:
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda x: first(x) and second(x)
    if len(checks) == 3:
        first, second, third = checks
        return lambda x: first(x) and second(x) and third(x)

    def check(x: Any) -> bool:
        for c in checks:
            if not c(x):
                return False
        return True
    return check


class Compiler:
    """Compiles schemas held in `resources` (absolute id -> contents), each node once."""

    def __init__(self, resources: dict[str, Any], *, assert_formats: bool = False) -> None:
        self.resources = resources
        self.assert_formats = assert_formats
        self.done: dict[tuple[str, str], Check] = {}

    def at(self, uri: str) -> Check:
        base, _, pointer = uri.partition("#")
        key = (base, pointer)
        if key not in self.done:
            cell: list[Check] = []
            self.done[key] = lambda x: cell[0](x)  # recursion (e.g. "#") reaches the finished check
            if base not in self.resources:
                raise Unsupported(f"no packaged schema {base!r}")
            node = self.resources[base]
            for part in filter(None, pointer.split("/")):
                part = part.replace("~1", "/").replace("~0", "~")
                node = node[int(part)] if isinstance(node, list) else node[part]
            cell.append(self.node(node, base))
            self.done[key] = cell[0]
        return self.done[key]

    def ref(self, ref: str, base: str) -> Check:
        if ref.startswith("#"):
            return self.at(base + ref)
        if ":" not in ref.partition("#")[0]:
            raise Unsupported(f"relative $ref {ref!r}")
        return self.at(ref)

    def node(self, schema: Any, base: str) -> Check:
        if schema is True:
            return _always
        if schema is False:
            return _never
        if not isinstance(schema, dict):
            raise Unsupported(f"schema is {type(schema).__name__}")
        if "$id" in schema and schema["$id"].partition("#")[0] not in ("", base):
            raise Unsupported("embedded resource with its own $id")
        checks: list[Check] = []
        keys = set(schema)
        if "type" in keys:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            preds = tuple(TYPES[n] for n in names)
            checks.append(preds[0] if len(preds) == 1 else (lambda x, p=preds: any(t(x) for t in p)))
        if "$ref" in keys:
            checks.append(self.ref(schema["$ref"], base))
        if "enum" in keys:
            options = list(schema["enum"])
            checks.append(lambda x: any(equal(x, o) for o in options))
        if "const" in keys:
            constant = schema["const"]
            checks.append(lambda x: equal(x, constant))
        checks += self._strings(schema, keys) + self._numbers(schema, keys) + self._arrays(schema, base, keys)
        checks += self._objects(schema, base, keys) + self._logic(schema, base, keys)
        if "format" in keys and self.assert_formats:
            if schema["format"] == "regex":
                checks.append(_is_regex)
            elif schema["format"] not in UNCHECKED_FORMATS:
                raise Unsupported(f"format {schema['format']!r}")
        known = {"type", "$ref", "enum", "const", "format", *STRING_KEYS, *NUMBER_KEYS, *ARRAY_KEYS, *OBJECT_KEYS, *LOGIC_KEYS}
        for key in keys - known - ANNOTATIONS:
            if key in UNSUPPORTED_KEYS:
                raise Unsupported(f"keyword {key!r}")
        return _all(checks)

    def _strings(self, schema: dict, keys: set) -> list[Check]:
        out: list[Check] = []
        if "pattern" in keys:
            search = re.compile(schema["pattern"]).search
            out.append(lambda x: not isinstance(x, str) or search(x) is not None)
        if "minLength" in keys:
            low = schema["minLength"]
            out.append(lambda x: not isinstance(x, str) or len(x) >= low)
        if "maxLength" in keys:
            high = schema["maxLength"]
            out.append(lambda x: not isinstance(x, str) or len(x) <= high)
        return out

    def _numbers(self, schema: dict, keys: set) -> list[Check]:
        out: list[Check] = []
        for key, test in (("minimum", lambda x, v: x >= v), ("maximum", lambda x, v: x <= v),
                          ("exclusiveMinimum", lambda x, v: x > v), ("exclusiveMaximum", lambda x, v: x < v)):
            if key in keys:
                out.append(lambda x, v=schema[key], t=test: not _is_number(x) or t(x, v))
        return out

    def _arrays(self, schema: dict, base: str, keys: set) -> list[Check]:
        out: list[Check] = []
        if "minItems" in keys:
            out.append(lambda x, n=schema["minItems"]: not isinstance(x, list) or len(x) >= n)
        if "maxItems" in keys:
            out.append(lambda x, n=schema["maxItems"]: not isinstance(x, list) or len(x) <= n)
        if schema.get("uniqueItems") is True:
            out.append(lambda x: not isinstance(x, list) or _unique(x))
        if "items" in keys:
            item = self.node(schema["items"], base)

            def items(x: Any) -> bool:
                if isinstance(x, list):
                    for v in x:
                        if not item(v):
                            return False
                return True
            out.append(items)
        return out

    def _objects(self, schema: dict, base: str, keys: set) -> list[Check]:
        out: list[Check] = []
        if "required" in keys:
            needed = list(schema["required"])
            out.append(lambda x: not isinstance(x, dict) or all(k in x for k in needed))
        if "minProperties" in keys:
            out.append(lambda x, n=schema["minProperties"]: not isinstance(x, dict) or len(x) >= n)
        if "propertyNames" in keys:
            name_ok = self.node(schema["propertyNames"], base)
            out.append(lambda x: not isinstance(x, dict) or all(name_ok(k) for k in x))
        if keys & {"properties", "patternProperties", "additionalProperties"}:
            props = {k: self.node(v, base) for k, v in schema.get("properties", {}).items()}
            pats = [(re.compile(p).search, self.node(v, base)) for p, v in schema.get("patternProperties", {}).items()]
            extra = self.node(schema["additionalProperties"], base) if "additionalProperties" in keys else None

            def check(x: Any) -> bool:
                if not isinstance(x, dict):
                    return True
                for k, v in x.items():
                    c = props.get(k)
                    if c is not None and not c(v):
                        return False
                    matched = c is not None
                    for search, pc in pats:
                        if search(k):
                            matched = True
                            if not pc(v):
                                return False
                    if not matched and extra is not None and not extra(v):
                        return False
                return True
            out.append(check)
        return out

    def _logic(self, schema: dict, base: str, keys: set) -> list[Check]:
        out: list[Check] = []
        if "allOf" in keys:
            out += [self.node(s, base) for s in schema["allOf"]]
        if "anyOf" in keys:
            any_of = [self.node(s, base) for s in schema["anyOf"]]
            out.append(lambda x: any(c(x) for c in any_of))
        if "oneOf" in keys:
            one_of = [self.node(s, base) for s in schema["oneOf"]]
            out.append(lambda x: sum(1 for c in one_of if c(x)) == 1)
        if "not" in keys:
            negated = self.node(schema["not"], base)
            out.append(lambda x: not negated(x))
        if "if" in keys:
            cond = self.node(schema["if"], base)
            then = self.node(schema["then"], base) if "then" in keys else _always
            other = self.node(schema["else"], base) if "else" in keys else _always
            out.append(lambda x: then(x) if cond(x) else other(x))
        return out


STRING_KEYS = ("pattern", "minLength", "maxLength")
NUMBER_KEYS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
ARRAY_KEYS = ("minItems", "maxItems", "uniqueItems", "items")
OBJECT_KEYS = ("required", "minProperties", "propertyNames", "properties", "patternProperties", "additionalProperties")
LOGIC_KEYS = ("allOf", "anyOf", "oneOf", "not", "if", "then", "else")
UNSUPPORTED_KEYS = {
    "$dynamicRef", "$dynamicAnchor", "$anchor", "$recursiveRef", "multipleOf", "maxProperties",
    "dependentRequired", "dependentSchemas", "dependencies", "prefixItems", "contains", "minContains",
    "maxContains", "unevaluatedItems", "unevaluatedProperties",
}


def _specification_files() -> list[Path]:
    """The 2020-12 meta-schema and vocabularies shipped with `jsonschema`, found without importing it."""
    spec = importlib.util.find_spec("jsonschema_specifications")
    if spec is None or not spec.submodule_search_locations:
        raise Unsupported("jsonschema_specifications is not installed")
    folder = Path(next(iter(spec.submodule_search_locations))) / "schemas" / "draft202012"
    return [folder / "metaschema.json", *sorted((folder / "vocabularies").iterdir())]


def standalone_metaschema() -> dict[str, Any]:
    """The 2020-12 meta-schema as one document: `$dynamicRef: "#meta"` -> `$ref: "#"`.

    Every vocabulary becomes `$defs/<name>`, its own `$defs` become `$defs/<name>-<def>`.
    """
    parts = {}
    for path in _specification_files():
        contents = json.loads(path.read_text(encoding="utf-8"))
        parts[contents["$id"]] = contents
    top = parts[META]
    defs: dict[str, Any] = {}

    def rewrite(node: Any, vocab: str) -> Any:
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in ("$schema", "$id", "$vocabulary", "$dynamicAnchor"):
                continue
            if key == "$dynamicRef":
                if value != "#meta":
                    raise Unsupported(f"$dynamicRef {value!r}")
                out["$ref"] = "#"
            elif key == "$ref":
                if value.startswith("#/$defs/"):
                    out["$ref"] = f"#/$defs/{vocab}-{value[len('#/$defs/'):]}"
                elif value.startswith("meta/"):  # "meta/validation" or "meta/validation#/$defs/x"
                    other, _, inner = value[len("meta/"):].partition("#/$defs/")
                    out["$ref"] = f"#/$defs/{other}-{inner}" if inner else f"#/$defs/{other}"
                else:
                    raise Unsupported(f"$ref {value!r} in the meta-schema")
            elif key == "$defs":
                defs.update({f"{vocab}-{name}": rewrite(sub, vocab) for name, sub in value.items()})
            elif key in SCHEMA_MAPS:
                out[key] = {name: rewrite(sub, vocab) for name, sub in value.items()}
            elif key in SCHEMA_LISTS:
                out[key] = [rewrite(sub, vocab) for sub in value]
            elif key in SCHEMA_ONE:
                out[key] = rewrite(value, vocab)
            else:
                out[key] = value
        return out

    for branch in top["allOf"]:
        name = branch["$ref"][len("meta/"):]
        defs[name] = rewrite(parts[f"https://json-schema.org/draft/2020-12/meta/{name}"], name)
    body = rewrite(top, "top")
    return {"$schema": META, "$id": META, **body, "$defs": defs}


@lru_cache(maxsize=1)
def _resources() -> dict[str, Any]:
    found = {META: standalone_metaschema()}
    for path in schema_files():
        contents = json.loads(path.read_text(encoding="utf-8"))
        found[contents["$id"]] = contents
    return found


@lru_cache(maxsize=None)
def compiled(kind: str) -> Check:
    """The yes/no check of a data file of `kind` (raises Unsupported if it cannot be exact)."""
    return Compiler(_resources()).at(KIND_IDS[kind])


@lru_cache(maxsize=1)
def compiled_metaschema() -> Check:
    """What `Draft202012Validator.check_schema` accepts (with its `regex` format check)."""
    return Compiler(_resources(), assert_formats=True).at(META)


def conforms(kind: str, data: Any) -> bool | None:
    """True or False when the fast check can answer exactly, None when it cannot."""
    try:
        return compiled(kind)(data)
    except (Unsupported, RecursionError):
        return None


def is_schema(data: Any) -> bool | None:
    try:
        return compiled_metaschema()(data)
    except (Unsupported, RecursionError):
        return None
