# open() in its modes, file iteration, the OSError subclasses, os and os.path.
import os, os.path
path = "pyslot_test_notes.txt"
with open(path, "w") as f:
    print(f.write("first line\n"), f.name, f.mode, f.closed)
    f.write("second line\n")
    print("third", file=f)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, "a") as f:
    f.writelines(["more\n", "end\n"])
with open(path, encoding="utf-8") as f:
    print(f.readline(), f.readlines())
f = open(path)
print(f.read(5), f.tell(), f.read(), f.closed)
f.close()
with open(path, "rb") as f:
    print(f.read(11))
with open(path, "wb") as f:
    f.write(bytes([104, 105, 10]))
print(open(path).read(), os.path.exists(path), os.path.isfile(path), os.path.isdir("."))
try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print(e, e.errno, e.filename, type(e).__name__)
try:
    open(path, "x")
except FileExistsError as e:
    print(e)
try:
    open(path, "rw")
except ValueError as e:
    print(e)
try:
    open(path).write("x")
except Exception as e:
    print(type(e).__name__, e)
print(path in os.listdir("."), os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/a/b.py"), os.path.dirname("/a/b.py"), os.path.split("a/b/"), os.path.normpath("a/./b/../c"))
os.remove(path)
print(os.path.exists(path), os.sep, os.name)
