"""Path names as strings: joining, splitting and asking about them."""

import _files


def _str(p):
    import os
    return os.fspath(p)


def join(a, *parts):
    """Join path parts with '/'; a part starting with '/' starts over."""
    path = _str(a)
    for part in map(_str, parts):
        if part.startswith("/"):
            path = part
        elif not path or path.endswith("/"):
            path += part
        else:
            path += "/" + part
    return path


def split(p):
    """(head, tail): everything up to the last '/', and the rest."""
    p = _str(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def splitext(p):
    """(root, ext): the extension is the last '.' part of the last name."""
    p = _str(p)
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        name_start = slash + 1
        while name_start < dot and p[name_start] == ".":
            name_start += 1
        if name_start < dot:
            return p[:dot], p[dot:]
    return p, ""


def isabs(p):
    return _str(p).startswith("/")


def normpath(p):
    """Collapse '//', '.' and 'x/..' in a path."""
    p = _str(p)
    if not p:
        return "."
    initial = 2 if p.startswith("//") and not p.startswith("///") else (1 if p.startswith("/") else 0)
    parts = []
    for comp in p.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not parts) or (parts and parts[-1] == ".."):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = "/" * initial + "/".join(parts)
    return result or "."


def abspath(p):
    import os
    p = _str(p)
    if not isabs(p):
        p = join(os.getcwd(), p)
    return normpath(p)


def exists(p):
    return _files.exists(_str(p))


def isfile(p):
    return _files.is_file(_str(p))


def isdir(p):
    return _files.is_dir(_str(p))


def islink(p):
    try:
        return _files.stat(_str(p), False)[0] & 0o170000 == 0o120000
    except OSError:
        return False


def getsize(p):
    """The size of a file in bytes."""
    return _files.stat(_str(p), True)[6]


def getmtime(p):
    """When a file was last modified, in seconds since the epoch."""
    return _files.stat(_str(p), True)[8]


def realpath(p):
    """The absolute path with symbolic links, '.' and '..' worked out."""
    return _files.realpath(_str(p))


def expanduser(p):
    """Replace a leading '~' with the home folder ($HOME)."""
    import os
    p = _str(p)
    if not p.startswith("~"):
        return p
    i = p.find("/", 1)
    if i < 0:
        i = len(p)
    if i != 1 or "HOME" not in os.environ:
        return p  # another user's home: not known here
    home = os.environ["HOME"].rstrip("/") or "/"
    return home + p[i:]
