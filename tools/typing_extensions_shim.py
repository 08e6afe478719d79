"""Stand-in for typing_extensions in the plugin zip (tools/package.sh copies it to
ext_libs/typing_extensions.py). python-docx imports only Self, TypeAlias and Protocol from it;
the real module holds an ``eval`` that the QGIS plugin repository's security scan blocks.
Everything else falls through to ``typing``."""

import typing
from typing import Protocol  # noqa: F401  (Python 3.8+)

try:
    from typing import Self  # Python 3.11+
except ImportError:  # annotations only in python-docx
    Self = typing.Any

try:
    from typing import TypeAlias  # Python 3.10+
except ImportError:
    TypeAlias = typing.Any


def __getattr__(name):
    return getattr(typing, name)
