"""Paths as objects: `Path("notes") / "today.txt"`.

`PurePath` does the arithmetic of path names (joining, the parts, name,
suffix, parent...) without touching the disk; `Path` adds what asks the
operating system (exists, iterdir, glob, read_text, mkdir...). On this
POSIX system they are `PurePosixPath` and `PosixPath`.

A path is kept as its root ('' for a relative path, '/' or '//') and the
list of its names; '.' and empty names are dropped when it is made.
"""

import os
import re as _re
import _files

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _path_string(arg):
    """The str an argument of PurePath() stands for."""
    if isinstance(arg, PurePath):
        return str(arg)
    text = os.fspath(arg)
    if not isinstance(text, str):
        raise TypeError("argument should be a str object or an os.PathLike "
                        f"object returning str, not {type(text)!r}")
    return text


def _parse(args):
    """(root, names) of the path the arguments join to: an absolute
    argument starts over."""
    root, names = "", []
    for arg in args:
        text = _path_string(arg)
        if text.startswith("/"):
            slashes = len(text) - len(text.lstrip("/"))
            # POSIX gives exactly two leading slashes a meaning of their own.
            root = "//" if slashes == 2 else "/"
            names = []
        names.extend(name for name in text.split("/") if name and name != ".")
    return root, names


def _wildcard_regex(pattern):
    """A compiled regular expression matching what a shell-style pattern
    matches: * any run of characters, ? one character, [abc] / [!abc] sets."""
    out = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == "*":
            if not out or out[-1] != ".*":
                out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            end = i
            if end < n and pattern[end] == "!":
                end += 1
            if end < n and pattern[end] == "]":
                end += 1
            while end < n and pattern[end] != "]":
                end += 1
            if end >= n:
                out.append("\\[")   # no closing bracket: a literal '['
            else:
                inside = pattern[i:end].replace("\\", "\\\\")
                i = end + 1
                if inside.startswith("!"):
                    inside = "^" + inside[1:]
                elif inside.startswith("^"):
                    inside = "\\" + inside
                out.append(f"[{inside}]")
        else:
            out.append(_re.escape(c))
    return _re.compile("(?s:" + "".join(out) + r")\Z")


def _has_wildcards(part):
    return any(c in part for c in "*?[")


class _PathParents:
    """The sequence of a path's ancestors: parents[0] is its parent."""

    def __init__(self, path):
        self._path = path
        self._count = len(path._names)

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._count)))
        if index >= self._count or index < -self._count:
            raise IndexError(index)
        if index < 0:
            index += self._count
        path = self._path
        return path._make(path._root, path._names[:self._count - index - 1])

    def __iter__(self):
        for i in range(self._count):
            yield self[i]

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePath:
    """A path name, without access to the file system."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._names = _parse(args)
        return self

    @classmethod
    def _make(cls, root, names):
        self = object.__new__(cls)
        self._root, self._names = root, list(names)
        return self

    def _with(self, root, names):
        return type(self)._make(root, names)

    # -- as text ------------------------------------------------------------

    def __str__(self):
        return (self._root + "/".join(self._names)) or "."

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with '/' separators."""
        return str(self)

    def __bytes__(self):
        return str(self).encode()

    def __repr__(self):
        return f"{type(self).__name__}({self.as_posix()!r})"

    def as_uri(self):
        """The path as a file:// URI (absolute paths only)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                   b"0123456789_.-~/")
        quoted = "".join(chr(b) if b in safe else f"%{b:02X}" for b in bytes(self))
        return "file://" + quoted

    # -- comparing ----------------------------------------------------------

    def _key(self):
        return ([self._root] if self._root else []) + self._names

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(tuple(self._key()))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    # -- the pieces ---------------------------------------------------------

    @property
    def parts(self):
        """The root (if any) and the names, as a tuple."""
        return tuple(self._key())

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        """The last name ('' for '.' or '/')."""
        return self._names[-1] if self._names else ""

    @property
    def suffix(self):
        """The extension of the name: '.gz' for 'a.tar.gz'."""
        name = self.name
        dot = name.rfind(".")
        if 0 < dot < len(name) - 1:
            return name[dot:]
        return ""

    @property
    def suffixes(self):
        """All the extensions: ['.tar', '.gz'] for 'a.tar.gz'."""
        name = self.name
        if name.endswith("."):
            return []
        return ["." + s for s in name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        """The name without its suffix."""
        name = self.name
        dot = name.rfind(".")
        if 0 < dot < len(name) - 1:
            return name[:dot]
        return name

    @property
    def parent(self):
        """The path without its last name ('.' and '/' are their own parent)."""
        if not self._names:
            return self
        return self._with(self._root, self._names[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    # -- new paths from this one --------------------------------------------

    def joinpath(self, *others):
        """This path followed by others (an absolute one starts over)."""
        return type(self)(self, *others)

    def __truediv__(self, other):
        try:
            return type(self)(self, other)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, other):
        try:
            return type(self)(other, self)
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        """The path with its last name replaced."""
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        root, names = _parse([name])
        if not name or name.endswith("/") or root or len(names) != 1:
            raise ValueError(f"Invalid name {name!r}")
        return self._with(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        """The path with the name's stem replaced (its suffix kept)."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with the suffix replaced ('' removes it)."""
        if "/" in suffix or (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._with(self._root, self._names[:-1] + [name])

    def relative_to(self, *other):
        """This path as seen from other: Path('a/b/c').relative_to('a') is 'b/c'."""
        if not other:
            raise TypeError("need at least one argument")
        to_root, to_names = _parse(other)
        mine = self._key()
        theirs = ([to_root] if to_root else []) + to_names
        n = len(theirs)
        if self._root if n == 0 else mine[:n] != theirs:
            shown = to_root + "/".join(to_names)
            raise ValueError(f"{str(self)!r} is not in the subpath of {shown!r}"
                             " OR one path is relative and the other is absolute.")
        return self._with("", mine[n:])

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would work."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, pattern):
        """Whether the path ends with names matching the pattern's
        ('*.py', 'src/*.py'); an absolute pattern must match it all."""
        pat_root, pat_names = _parse([pattern])
        if not pat_root and not pat_names:
            raise ValueError("empty pattern")
        if pat_root and pat_root != self._root:
            return False
        names = self._key()
        pats = ([pat_root] if pat_root else []) + pat_names
        if pat_root:
            if len(pats) != len(names):
                return False
        elif len(pats) > len(names):
            return False
        for name, pat in zip(reversed(names), reversed(pats)):
            if not _wildcard_regex(pat).match(name):
                return False
        return True


class PurePosixPath(PurePath):
    """A POSIX path name ('/' separators)."""


class Path(PurePath):
    """A path on this computer's file system."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return super().__new__(cls, *args)

    # -- where we are ---------------------------------------------------------

    @classmethod
    def cwd(cls):
        """The current folder."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The home folder."""
        return cls("~").expanduser()

    def absolute(self):
        """The path made absolute with the current folder (no other change)."""
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' worked out."""
        if strict:
            self.stat()
        return type(self)(_files.realpath(str(self)))

    def expanduser(self):
        """The path with a leading '~' replaced by the home folder."""
        if self._names and self._names[0].startswith("~") and not self._root:
            home = os.path.expanduser(self._names[0])
            if home == self._names[0]:
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._names[1:])
        return self

    # -- asking about the file ------------------------------------------------

    def stat(self, *, follow_symlinks=True):
        """The file's os.stat_result (st_size, st_mtime...)."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def _mode(self, follow=True):
        try:
            return _files.stat(str(self), follow)[0]
        except (OSError, ValueError):
            return None

    def exists(self):
        return self._mode() is not None

    def is_dir(self):
        mode = self._mode()
        return mode is not None and mode & 0o170000 == 0o040000

    def is_file(self):
        mode = self._mode()
        return mode is not None and mode & 0o170000 == 0o100000

    def is_symlink(self):
        mode = self._mode(False)
        return mode is not None and mode & 0o170000 == 0o120000

    def samefile(self, other_path):
        mine = self.stat()
        theirs = other_path.stat() if isinstance(other_path, Path) else os.stat(other_path)
        return (mine.st_ino, mine.st_dev) == (theirs.st_ino, theirs.st_dev)

    # -- folders --------------------------------------------------------------

    def iterdir(self):
        """The paths of the folder's entries, in no particular order."""
        for name in _files.list_dir(str(self)):
            yield self._child(name)

    def _child(self, name):
        return self._with(self._root, self._names + [name])

    def glob(self, pattern):
        """The paths under this folder matching a relative pattern such as
        '*.txt', 'src/*.py' or '**/*.py' ('**' is this folder and every
        folder under it)."""
        root, names = _parse([pattern])
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if not names:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        yield from self._select(names, "**" in names)

    def rglob(self, pattern):
        """glob() with '**/' in front: matches at any depth."""
        yield from self.glob("**/" + pattern)

    def _select(self, parts, dedupe):
        paths = [self]
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            found = []
            for path in paths:
                if part == "**":
                    found.extend(path._walk_dirs())
                elif _has_wildcards(part):
                    regex = _wildcard_regex(part)
                    for name in path._names_in():
                        child = path._child(name)
                        if regex.match(name) and (last or child.is_dir()):
                            found.append(child)
                else:
                    child = path._child(part)
                    if child.exists() if last else child.is_dir():
                        found.append(child)
            if dedupe:
                seen = set()
                found = [p for p in found if not (p in seen or seen.add(p))]
            paths = found
        return paths

    def _names_in(self):
        try:
            return _files.list_dir(str(self))
        except OSError:
            return []

    def _walk_dirs(self):
        """This folder and every folder under it (not following links)."""
        found = [self]
        for name in self._names_in():
            child = self._child(name)
            if child.is_dir() and not child.is_symlink():
                found.extend(child._walk_dirs())
        return found

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the folder; parents=True creates missing folders above
        it, exist_ok=True accepts one already there."""
        try:
            _files.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        """Delete the (empty) folder."""
        _files.rmdir(str(self))

    # -- files ----------------------------------------------------------------

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it is missing, else update its modification time."""
        if not exist_ok and self.exists():
            raise FileExistsError(17, "File exists", str(self))
        _files.touch(str(self))

    def unlink(self, missing_ok=False):
        """Delete the file; missing_ok=True accepts one that is not there."""
        try:
            _files.remove(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        """Rename the file or folder; returns the new path."""
        _files.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        """rename(), replacing target if it exists."""
        return self.rename(target)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None,
             newline=None):
        """open() on this path."""
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Write a str to the file (replacing it); returns how much was written."""
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {type(data).__name__}")
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        """Write bytes to the file (replacing it); returns how many."""
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, "
                            f"not '{type(data).__name__}'")
        with self.open("wb") as f:
            return f.write(data)


class PosixPath(Path, PurePosixPath):
    """A path on a POSIX file system."""
