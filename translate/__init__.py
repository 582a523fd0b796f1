"""Trilingual (az / ru / en) terminology and localisation toolkit.

The package is layered so that data flows one way: formats → model → engine → CLI.
Everything a command does is reachable from Python; the CLI only parses, calls and prints.
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__: str  # set by __getattr__ on first use


def __getattr__(name: str) -> str:
    # `__version__` is looked up on first use: importlib.metadata (and the email parser it
    # loads) cost more start-up than `translate compile` spends parsing a small catalogue
    if name != "__version__":
        raise AttributeError(f"module 'translate' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    global __version__
    try:
        __version__ = version("translate-az-ru-en")
    except PackageNotFoundError:  # running from a source tree that was never installed
        __version__ = "0.0.0+source"
    return __version__
