"""A part of the operating-system interface: paths, folders, the current
folder and `os.path`. pyslot provides what scripts commonly use; `os.environ`
holds the environment pyslot was started with."""

import _files
import sys

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
linesep = "\n"
devnull = "/dev/null"


def fspath(path):
    """The str or bytes a path-like object stands for."""
    if isinstance(path, (str, bytes)):
        return path
    if hasattr(path, "__fspath__"):
        return path.__fspath__()
    raise TypeError("expected str, bytes or os.PathLike object, not "
                    f"{type(path).__name__}")


environ = _files.environ()


def getenv(key, default=None):
    """The environment variable key, or default when it is not set."""
    return environ.get(key, default)


def getcwd():
    """The current folder."""
    return _files.getcwd()


def listdir(path="."):
    """The names of the entries in a folder, in no particular order."""
    return _files.list_dir(fspath(path))


def remove(path):
    """Delete a file."""
    _files.remove(fspath(path))


unlink = remove

import os.path as path  # noqa: E402  (the submodule needs the names above)
