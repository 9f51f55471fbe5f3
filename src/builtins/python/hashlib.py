"""Secure hashes: `hashlib.sha256(b"text").hexdigest()` and the like, for
md5, sha1, sha224, sha256, sha384 and sha512."""

import _hashlib

_SIZES = {"md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64),
          "sha384": (48, 128), "sha512": (64, 128)}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)

__all__ = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available"]


def _bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"object supporting the buffer API required")
    return bytes(data)


class _Hash:
    """A hash being computed: feed it with update(), read digest()."""

    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._data = _bytes(data)

    def update(self, data):
        """Add more bytes to what is hashed."""
        self._data += _bytes(data)

    def digest(self):
        """The hash of everything given so far, as bytes."""
        return _hashlib.digest(self.name, self._data)

    def hexdigest(self):
        """The hash as a string of hex digits."""
        return self.digest().hex()

    def copy(self):
        clone = _Hash(self.name)
        clone._data = self._data
        return clone

    def __repr__(self):
        return f"<{self.name} _hashlib.HASH object @ {hex(id(self))}>"


def new(name, data=b"", **kwargs):
    """A hash object for the named algorithm."""
    key = name.lower().replace("-", "")
    if key not in _SIZES:
        raise ValueError(f"unsupported hash type {name}")
    return _Hash(key, data)


def md5(data=b"", **kwargs):
    return _Hash("md5", data)


def sha1(data=b"", **kwargs):
    return _Hash("sha1", data)


def sha224(data=b"", **kwargs):
    return _Hash("sha224", data)


def sha256(data=b"", **kwargs):
    return _Hash("sha256", data)


def sha384(data=b"", **kwargs):
    return _Hash("sha384", data)


def sha512(data=b"", **kwargs):
    return _Hash("sha512", data)
