#!/usr/bin/env bash
# Regenerates the expectations of the script tests with CPython 3.11.
#
#   tests/regen.sh                         # every tests/scripts/<area>/<name>.py
#   tests/regen.sh tests/scripts/ints/x.py # only the scripts given
#
# For each script: runs `python3 <name>.py` in the script's folder, writes its
# stdout to <name>.out, and, when the exit status is non-zero, writes
# <name>.err holding the status and the last non-empty stderr line (a stale
# .err is deleted when the script now succeeds). Scripts in tests/scripts/tracebacks
# also get <name>.stderr: the whole stderr, with the script's folder as $DIR.
set -euo pipefail

version=$(python3 --version 2>&1)
case "$version" in
    "Python 3.11."*) ;;
    *)
        echo "regen.sh: need CPython 3.11 as python3, found: $version" >&2
        exit 1
        ;;
esac

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ $# -gt 0 ]; then
    scripts=("$@")
else
    mapfile -t scripts < <(find "$here/scripts" -mindepth 2 -maxdepth 2 -name '*.py' ! -name '_*' | sort)
fi

export PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8
count=0
for script in "${scripts[@]}"; do
    dir=$(cd "$(dirname "$script")" && pwd)
    name=$(basename "$script" .py)
    status=0
    (cd "$dir" && python3 "$name.py" </dev/null >"$name.out" 2>"$name.stderr.tmp") || status=$?
    if [ "$status" -ne 0 ]; then
        last=$(grep -v '^[[:space:]]*$' "$dir/$name.stderr.tmp" | tail -n 1 || true)
        printf '%s\n%s\n' "$status" "$last" >"$dir/$name.err"
    else
        rm -f "$dir/$name.err"
    fi
    # Tracebacks are pinned whole: the area `tracebacks` keeps full stderr,
    # with the script's folder written as $DIR.
    if [ "$(basename "$dir")" = tracebacks ]; then
        sed "s|$dir|\$DIR|g" "$dir/$name.stderr.tmp" >"$dir/$name.stderr"
    fi
    rm -f "$dir/$name.stderr.tmp"
    count=$((count + 1))
done
echo "regen.sh: regenerated $count script(s)"
