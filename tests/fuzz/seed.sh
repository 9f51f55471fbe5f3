#!/bin/sh
# Copy the test scripts into the fuzz corpora (kept out of git: the corpora
# grow as the fuzzer runs). Run from the repository's top level:
#   sh tests/fuzz/seed.sh
set -e
for target in parse interp; do
    mkdir -p tests/fuzz/corpus/$target
    cp tests/fuzz/seeds/*.py tests/fuzz/corpus/$target/
    # Scripts under 3 KB: the big ones slow the fuzzer's start for little.
    find tests/scripts -name '*.py' -size -3k | while read -r f; do
        cp "$f" "tests/fuzz/corpus/$target/$(echo "$f" | tr / _)"
    done
done
