"""The start-up reader: shipped JSON straight into the data models, without pydantic.

The shipped files are checked by `screening validate` (JSON Schema, the strict pydantic
models of screening/catalog/typed.py, the cross-file checks) in the test suite on every
change. At start-up they only need to become the same frozen dataclasses, quickly and
without pydantic's 12 MiB in memory (docs/performance.md, figure 8). This reader is read off
the classes' own type hints, so it has nothing of its own to keep in step with them, and it
refuses, rather than guesses, anything outside them: an unknown or missing key, a value of
the wrong JSON type, a value outside a `Literal`, an object that fits no member of a union.
The caller then hands the file to pydantic, whose message is the one shown
(screening/catalog/data.py); tests/data/test_decode.py checks that the two agree on the
shipped data and on mutations of it.

Handled annotations: the data classes, `str`, `int`, `bool`, `None`, `Literal[...]`,
`tuple[X, ...]`, `dict[str, X]` and unions of these; anything else is refused when the
class is first read (a new kind of field then fails the tests, not a screening).
"""

from __future__ import annotations

import contextlib
import dataclasses
import types
import typing
from functools import lru_cache
from typing import Any, Callable, Iterator, Literal, TypeVar, Union

from screening.models.common import json_name

T = TypeVar("T")
Reader = Callable[[Any], Any]


class DecodeError(ValueError):
    """The value does not fit the model; pydantic will say why."""


def decode(cls: type[T], data: Any) -> T:
    """An instance of the data class `cls` from parsed JSON; DecodeError when it does not fit."""
    try:
        result: T = _reader(typing.cast(Any, cls))(data)
    except (TypeError, ValueError) as exc:  # a class's own __post_init__ check, or ours
        raise DecodeError(str(exc)) from exc
    return result


_texts: dict[str, str] | None = None  # inside `sharing_texts`: every text read so far


@contextlib.contextmanager
def sharing_texts() -> Iterator[None]:
    """Within it, equal texts decoded from any file become one object: the shipped data repeats
    ids, answers, sources and whole quotes (0.7 MiB of its 2.3 MiB; 0.27 MiB of that only across
    files). `sys.intern` would keep them in the interpreter's table for good: 0.45 MiB more."""
    global _texts
    _texts = {}
    try:
        yield
    finally:
        _texts = None


def _fail(expected: str, value: Any) -> typing.NoReturn:
    raise DecodeError(f"expected {expected}, found {type(value).__name__}")


@lru_cache(maxsize=None)
def _reader(tp: Any) -> Reader:
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _object_reader(tp)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is str:
        return _text
    if tp is int or tp is bool:
        return _scalar_reader(tp)
    if tp is type(None):
        return _scalar_reader(type(None))
    if origin is Literal:
        return _literal_reader(args)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _tuple_reader(_reader(args[0]))
    if origin is dict and args and args[0] is str:
        return _dict_reader(_reader(args[1]))
    if origin is Union or origin is types.UnionType:
        return _union_reader(args)
    raise TypeError(f"decode: no reader for the annotation {tp!r}")


def _scalar_reader(kind: type) -> Reader:
    def read(value: Any) -> Any:
        if type(value) is not kind:  # strict: True is not an int, 1 is not a bool
            _fail(kind.__name__, value)
        return value
    return read


def _text(value: Any) -> str:
    if type(value) is not str:
        _fail("str", value)
    return value if _texts is None else _texts.setdefault(value, value)


def _literal_reader(options: tuple[Any, ...]) -> Reader:
    allowed = {(type(o), o) for o in options}

    def read(value: Any) -> Any:
        if (type(value), value) not in allowed:
            raise DecodeError(f"expected one of {options!r}, found {value!r}")
        return value
    return read


def _tuple_reader(item: Reader) -> Reader:
    def read(value: Any) -> Any:
        if type(value) is not list:
            _fail("an array", value)
        return tuple(map(item, value))
    return read


def _dict_reader(item: Reader) -> Reader:
    def read(value: Any) -> Any:
        if type(value) is not dict:
            _fail("an object", value)
        return {key: item(v) for key, v in value.items()}
    return read


def _union_reader(members: tuple[Any, ...]) -> Reader:
    """None, scalars and literals are tried in turn; an object goes to the one class whose
    keys it fits (the unions of the data tell their classes apart by their keys)."""
    classes = [m for m in members if dataclasses.is_dataclass(m)]
    others = [_reader(m) for m in members if not dataclasses.is_dataclass(m)]
    shapes = [(_keys(c), _reader(c)) for c in typing.cast(list[Any], classes)]

    def read(value: Any) -> Any:
        if type(value) is dict:
            keys = value.keys()
            fits = [reader for (required, allowed), reader in shapes if required <= keys and keys <= allowed]
            if len(fits) != 1:
                raise DecodeError(f"an object with keys {sorted(keys)} fits {len(fits)} of the union's classes, expected 1")
            return fits[0](value)
        for reader in others:
            try:
                return reader(value)
            except DecodeError:
                continue
        _fail("a value of the union " + " | ".join(getattr(m, "__name__", repr(m)) for m in members), value)
    return read


@lru_cache(maxsize=None)
def _keys(cls: type) -> tuple[frozenset[str], frozenset[str]]:
    """(required, allowed) JSON keys of a data class."""
    fields = dataclasses.fields(cls)
    required = frozenset(json_name(f.name) for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
    return required, frozenset(json_name(f.name) for f in fields)


def _object_reader(cls: type) -> Reader:
    hints = typing.get_type_hints(cls)
    fields = [(json_name(f.name), f.name, hints[f.name]) for f in dataclasses.fields(cls)]
    required, allowed = _keys(cls)
    readers: dict[str, tuple[str, Reader]] = {}

    def read(value: Any) -> Any:
        if type(value) is not dict:
            _fail(f"an object ({cls.__name__})", value)
        keys = value.keys()
        if not (required <= keys and keys <= allowed):
            raise DecodeError(f"{cls.__name__}: keys {sorted(keys)}; required {sorted(required)}, allowed {sorted(allowed)}")
        if not readers:  # the field readers, on first use (the classes refer to each other)
            readers.update((key, (name, _reader(tp))) for key, name, tp in fields)
        kwargs = {}
        for key, item in value.items():
            name, reader = readers[key]
            kwargs[name] = reader(item)
        return cls(**kwargs)
    return read
