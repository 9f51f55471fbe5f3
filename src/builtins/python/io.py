"""In-memory text and byte streams: `StringIO` and `BytesIO`.

They have the methods of a file (write, read, readline, iteration over
lines, seek, tell, getvalue) but keep their contents in memory, so a
program can collect what it prints (`contextlib.redirect_stdout`) or read
text as if it came from a file.
"""

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryStream:
    """What StringIO and BytesIO share: a buffer and a position in it."""

    _empty = ""
    _kind = "str"

    def __init__(self, initial_value=None):
        if initial_value is None:
            initial_value = self._empty
        self._check_initial(initial_value)
        self._buffer = initial_value
        self._pos = 0
        self.closed = False

    def _check_initial(self, value):
        if not isinstance(value, str):
            raise TypeError("initial_value must be str or None, not "
                            f"{type(value).__name__}")

    def _check_type(self, value, message):
        if not isinstance(value, type(self._empty)):
            raise TypeError(message.format(self._kind, type(value).__name__))

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, s):
        """Write s at the current position; returns how much was written."""
        self._check_open()
        self._check_type(s, "{0} argument expected, got '{1}'")
        start = self._pos
        if start > len(self._buffer):
            self._buffer += self._empty_pad(start - len(self._buffer))
        self._buffer = self._buffer[:start] + s + self._buffer[start + len(s):]
        self._pos = start + len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        """All of the contents, whatever the position."""
        self._check_open()
        return self._buffer

    def read(self, size=-1):
        """Up to size items from the position (all that is left if size < 0)."""
        self._check_open()
        if size is None or size < 0:
            end = len(self._buffer)
        else:
            end = min(self._pos + size, len(self._buffer))
        piece = self._buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return piece

    def readline(self, size=-1):
        """The next line, with its line end (empty at the end)."""
        self._check_open()
        newline = "\n" if isinstance(self._buffer, str) else b"\n"
        end = self._buffer.find(newline, self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        piece = self._buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return piece

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=SEEK_SET):
        """Move the position; returns the new one."""
        self._check_open()
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == SEEK_CUR:
            self._pos = max(0, self._pos + pos)
        elif whence == SEEK_END:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        self._buffer = self._buffer[:size]
        return size

    def close(self):
        self.closed = True

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryStream):
    """A text stream kept in memory."""

    _empty = ""
    _kind = "string"

    def _empty_pad(self, n):
        return "\0" * n

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(_MemoryStream):
    """A byte stream kept in memory."""

    _empty = b""
    _kind = "bytes"

    def __init__(self, initial_bytes=None):
        if isinstance(initial_bytes, bytearray):
            initial_bytes = bytes(initial_bytes)
        super().__init__(initial_bytes)

    def _check_initial(self, value):
        self._check_type(value, "")

    def _check_type(self, value, message):
        if not isinstance(value, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not "
                            f"'{type(value).__name__}'")

    def write(self, b):
        return super().write(bytes(b) if isinstance(b, bytearray) else b)

    def _empty_pad(self, n):
        return b"\0" * n

    def getbuffer(self):
        return bytearray(self._buffer)

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"


DEFAULT_BUFFER_SIZE = 8192


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    if hasattr(file, "__fspath__"):
        return file.__fspath__()
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")


class _FileMixin:
    """What files opened with open() add to the in-memory streams: a name
    and mode, and their contents going to the host file.

    A file opened only to write ('w', 'a', 'x') sends each write to the
    host at once, so nothing is lost if it is never closed. One opened to
    read and write ('r+', 'w+'...) is kept in memory and written back on
    flush() and close()."""

    def _setup(self, path, mode, name, readable, writable, write_through):
        self.name = name
        self.mode = mode
        self._path = path
        self._readable = readable
        self._writable = writable
        self._write_through = write_through
        self._dirty = False

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def _check_readable(self):
        if not self._readable:
            raise UnsupportedOperation("not readable")

    def _check_writable(self):
        if not self._writable:
            raise UnsupportedOperation("not writable")

    def read(self, size=-1):
        self._check_open()
        self._check_readable()
        return super().read(size)

    def readline(self, size=-1):
        self._check_open()
        self._check_readable()
        return super().readline(size)

    def write(self, data):
        self._check_open()
        self._check_writable()
        n = super().write(data)
        if self._write_through:
            import _files
            _files.write(self._path, self._encode(data), True)
            self._buffer = self._empty
            self._pos = 0
        else:
            self._dirty = True
        return n

    def getvalue(self):
        raise AttributeError(f"'{type(self).__name__}' object has no attribute 'getvalue'")

    def flush(self):
        self._check_open()
        if self._dirty:
            import _files
            _files.write(self._path, self._encode(self._buffer), False)
            self._dirty = False

    def close(self):
        if not self.closed:
            self.flush()
            self.closed = True

    def fileno(self):
        raise UnsupportedOperation("fileno")


class TextIOWrapper(_FileMixin, StringIO):
    """A text file opened with open()."""

    def __init__(self, text, encoding):
        StringIO.__init__(self, text)
        self.encoding = encoding

    def _encode(self, text):
        return text.encode(self._codec)

    def __repr__(self):
        return (f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} "
                f"encoding={self.encoding!r}>")


class BufferedFile(_FileMixin, BytesIO):
    """A binary file opened with open(..., 'rb') or 'wb'."""

    def _encode(self, data):
        return bytes(data)

    def __repr__(self):
        kind = "BufferedReader" if self.mode == "rb" else "BufferedWriter"
        if "+" in self.mode:
            kind = "BufferedRandom"
        return f"<_io.{kind} name={self.name!r}>"


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Open a file: 'r' read (the default), 'w' write (emptying it), 'a'
    append, 'x' create; add 'b' for bytes, '+' to read and write."""
    import _files
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    kinds = set(mode)
    if kinds - set("rwxabt+") or len(mode) > len(kinds):
        raise ValueError(f"invalid mode: '{mode}'")
    creating, reading, writing, appending = ("x" in kinds, "r" in kinds,
                                             "w" in kinds, "a" in kinds)
    if creating + reading + writing + appending != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    binary = "b" in kinds
    if binary and "t" in kinds:
        raise ValueError("can't have text and binary mode at once")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    path = _fspath(file)
    updating = "+" in kinds
    if reading:
        data = _files.read(path)
    elif creating:
        if _files.exists(path):
            raise FileExistsError(17, "File exists", path)
        _files.write(path, b"", False)
        data = b""
    elif writing:
        _files.write(path, b"", False)
        data = b""
    else:
        _files.write(path, b"", True)
        data = _files.read(path) if updating else b""
    write_through = not reading and not updating
    if binary:
        f = BufferedFile(data)
    else:
        codec = (encoding or "utf-8").lower().replace("_", "-")
        text = data.decode(codec, errors or "strict")
        if newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        f = TextIOWrapper(text, encoding or "UTF-8")
        f._codec = codec
    f._setup(path, mode, path, reading or updating, not reading or updating,
             write_through)
    if appending:
        f._pos = len(f._buffer)
    return f
