import os
from pathlib import Path

base = Path('_pathlib_fs_tmp')


def remove_tree(top):
    """Delete a folder and everything in it, deepest first."""
    for p in sorted(top.rglob('*'), key=lambda p: len(p.parts), reverse=True):
        if p.is_dir():
            p.rmdir()
        else:
            p.unlink()
    top.rmdir()


if base.exists():
    remove_tree(base)  # left by an interrupted run
base.mkdir()
print(base.exists(), base.is_dir(), base.is_file())
try:
    base.mkdir()
except FileExistsError as e:
    print(type(e).__name__, e)
base.mkdir(exist_ok=True)
try:
    (base / 'x' / 'y').mkdir()
except FileNotFoundError as e:
    print(type(e).__name__, e)
(base / 'x' / 'y').mkdir(parents=True)
(base / 'x' / 'y').mkdir(parents=True, exist_ok=True)
f = base / 'notes.txt'
print(f.write_text('hello\nworld\n'), f.read_text(), f.stat().st_size, f.is_file())
print(f.read_bytes(), (base / 'data.bin').write_bytes(b'\x00\x01'), (base / 'data.bin').read_bytes())
try:
    f.write_text(b'x')
except TypeError as e:
    print(type(e).__name__, e)
(base / 'x' / 'a.py').touch()
(base / 'x' / 'y' / 'b.py').touch()
(base / 'x' / 'y' / 'c.txt').write_text('c')
(base / '.hidden.py').touch()
(base / 'x' / 'a.py').touch()
try:
    (base / 'x' / 'a.py').touch(exist_ok=False)
except FileExistsError as e:
    print(type(e).__name__, e)
rel = lambda paths: sorted(p.relative_to(base).as_posix() for p in paths)
print(rel(base.iterdir()))
print(rel(base.glob('*')))
print(rel(base.glob('*.py')))
print(rel(base.glob('**/*.py')))
print(rel(base.rglob('*.py')))
print(rel(base.rglob('*')))
print(rel(base.glob('x/*')))
print(rel(base.glob('x/y/?.txt')))
print(rel(base.glob('**')))
print(rel(base.glob('x/a.py')), rel(base.glob('nothing')), rel(base.glob('*/y')))
for pat in ['', '/x']:
    try:
        list(base.glob(pat))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
with (base / 'opened.txt').open('w') as fh:
    fh.write('via open')
with open(base / 'opened.txt') as fh:
    print(fh.read())
with (base / 'opened.txt').open() as fh:
    print(fh.readline())
moved = (base / 'opened.txt').rename(base / 'moved.txt')
print(repr(moved), moved.exists(), (base / 'opened.txt').exists())
try:
    (base / 'gone.txt').rename(base / 'x.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    (base / 'gone.txt').unlink()
except FileNotFoundError as e:
    print(type(e).__name__, e)
(base / 'gone.txt').unlink(missing_ok=True)
try:
    (base / 'gone.txt').read_text()
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    (base / 'x').rmdir()
except OSError as e:
    print(type(e).__name__, e)
try:
    list((base / 'notes.txt').iterdir())
except NotADirectoryError as e:
    print(type(e).__name__, e)
print(base.resolve() == Path.cwd() / base, base.absolute() == Path.cwd() / base, Path.cwd().is_absolute())
print((base / 'x' / '..' / 'notes.txt').resolve() == f.resolve())
print(os.path.isdir(base), os.path.isfile(f), os.path.getsize(f), os.stat(f).st_size)
print(Path('~').expanduser() == Path.home(), Path('~/q').expanduser() == Path.home() / 'q', Path('a').expanduser())
print(f.samefile(str(f)), f.stat().st_mtime > 0, f.is_symlink())
print(sorted(os.listdir(base)))
os.remove(base / 'data.bin')
os.rename(base / 'moved.txt', base / 'moved2.txt')
print(sorted(p.name for p in base.iterdir()))
remove_tree(base)
print(base.exists())
