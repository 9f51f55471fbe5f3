"""A part of the operating-system interface: paths, folders, the current
folder and `os.path`. pyslot provides what scripts commonly use; `os.environ`
holds the environment pyslot was started with."""

import _files
from collections.abc import Mapping, MutableMapping
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


class _Environ(MutableMapping):
    """The process's environment as a mapping of str to str: changing it
    changes the environment programs started from here inherit."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


def putenv(name, value, /):
    """Set an environment variable for programs started from here."""
    _files.putenv(name, value)


def unsetenv(name, /):
    """Remove an environment variable for programs started from here."""
    _files.unsetenv(name)


environ = _Environ(_files.environ())


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


def mkdir(path, mode=0o777):
    """Create a folder (FileExistsError if it is already there)."""
    _files.mkdir(fspath(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a folder and any missing folders above it."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # someone else made it meanwhile
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path):
    """Delete an empty folder."""
    _files.rmdir(fspath(path))


def removedirs(name):
    """Delete an empty folder, then each parent that becomes empty."""
    rmdir(name)
    head, tail = path.split(fspath(name))
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst):
    """Rename a file or folder (replacing dst if it is a file)."""
    _files.rename(fspath(src), fspath(dst))


replace = rename


class stat_result(tuple):
    """What stat() tells about a file: st_mode, st_size, st_mtime...
    As a tuple it holds ten whole numbers; the st_*time attributes are
    floats."""

    n_sequence_fields = 10
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
              "st_size", "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, values):
        values = tuple(values)
        self = super().__new__(cls, values[:7] + tuple(int(t) for t in values[7:10]))
        self._times = values[7:10]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(self._names, self))
        return f"os.stat_result({fields})"


def stat(path, *, follow_symlinks=True):
    """The size, times, mode... of a file, as an os.stat_result."""
    return stat_result(_files.stat(fspath(path), follow_symlinks))


def lstat(path):
    """stat() of a symbolic link itself rather than what it points to."""
    return stat(path, follow_symlinks=False)


class terminal_size(tuple):
    """The size of a terminal: columns and lines."""

    def __new__(cls, values):
        return super().__new__(cls, values)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]}, lines={self[1]})"


def get_terminal_size(fd=1):
    """The size of the terminal on file descriptor fd (OSError if none)."""
    size = _files.terminal_size(fd)
    if size is None:
        raise OSError(25, "Inappropriate ioctl for device")
    return terminal_size(size)

import os.path as path  # noqa: E402  (the submodule needs the names above)
