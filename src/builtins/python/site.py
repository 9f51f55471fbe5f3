# The objects python3's `site` module adds to builtins: exit, quit, help,
# copyright, credits and license. Run once when the interpreter starts.

class Quitter:
    __module__ = "_sitebuiltins"

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Use {self.name}() or Ctrl-D (i.e. EOF) to exit"

    def __call__(self, code=None):
        raise SystemExit(code)


class _Printer:
    __module__ = "_sitebuiltins"

    def __init__(self, name, text):
        self._name = name
        self._text = text

    def __repr__(self):
        return self._text

    def __call__(self):
        print(self._text)


class _Helper:
    __module__ = "_sitebuiltins"

    def __repr__(self):
        return "Type help() for interactive help, or help(object) for help about object."

    def __call__(self, *args):
        if not args:
            print(GUIDE)
            return None
        if len(args) > 1:
            raise TypeError(f"help() takes from 0 to 1 positional arguments but {len(args)} were given")
        print(help_text(args[0]), end="")


GUIDE = """Welcome to pyslot's help.

help(obj) shows the signature and documentation of a function, class,
method or module. For a class it also shows how its instances are stored
in pyslot (a __dict__ or __slots__), its slot numbers and its method
resolution order.

Also try: dir(obj), vars(obj), sizeof(obj), type(obj).__mro__."""

COPYRIGHT = "Copyright (c) the pyslot authors.\nThe Python language is Copyright (c) 2001-2023 Python Software Foundation."
CREDITS = "Thanks to the Python community, whose language and documentation pyslot follows."
LICENSE = "pyslot runs the Python 3.11 language; see its README for the terms it is shared under."


exit = Quitter("exit")
quit = Quitter("quit")
help = _Helper()
copyright = _Printer("copyright", COPYRIGHT)
credits = _Printer("credits", CREDITS)
license = _Printer("license", LICENSE)
