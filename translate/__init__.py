"""Trilingual (az / ru / en) terminology and localisation toolkit.

The package is layered so that data flows one way: formats → model → engine → CLI.
Everything a command does is reachable from Python; the CLI only parses, calls and prints.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("translate-az-ru-en")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

__all__ = ["__version__"]
