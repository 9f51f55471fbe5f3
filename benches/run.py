#!/usr/bin/env python3
"""Run every benchmark under pyslot (release build) and python3, alternating,
and print median wall time, peak RSS and their ratios.

    python3 benches/run.py [--runs N] [--pyslot PATH] [name ...]

Exits non-zero when a benchmark's output differs from python3's.
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PYSLOT = os.path.join(ROOT, "target", "release", "pyslot")


def measure(cmd):
    """Run `cmd` under GNU time: (stdout, wall seconds, peak RSS in KiB).

    GNU time forks a tiny process before exec, so the peak RSS it reports
    is the benchmark's own (a fork of this Python process would count ours).
    """
    with tempfile.NamedTemporaryFile(mode="r", suffix=".time") as stats:
        p = subprocess.run(
            ["/usr/bin/time", "-o", stats.name, "-f", "%e %M"] + cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        if p.returncode != 0:
            sys.stderr.write(p.stderr.decode(errors="replace"))
            raise SystemExit(f"{' '.join(cmd)} failed with status {p.returncode}")
        wall, rss = stats.read().split()[-2:]
    return p.stdout, float(wall), int(rss)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pyslot", default=PYSLOT, help="the pyslot binary to time")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    if not os.path.exists(PYSLOT):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    names = args.names or sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f != "run.py")
    rows = []
    mismatch = False
    for name in names:
        script = os.path.join(HERE, name + ".py")
        times = {"pyslot": [], "python3": []}
        rss = {"pyslot": [], "python3": []}
        outputs = {}
        for _ in range(args.runs):
            for label, cmd in (("pyslot", [args.pyslot, script]), ("python3", ["python3", script])):
                out, wall, peak = measure(cmd)
                times[label].append(wall)
                rss[label].append(peak)
                outputs[label] = out
        if outputs["pyslot"] != outputs["python3"]:
            mismatch = True
            print(f"OUTPUT DIFFERS for {name}:\n pyslot: {outputs['pyslot']!r}\n python3: {outputs['python3']!r}")
        t_s, t_p = statistics.median(times["pyslot"]), statistics.median(times["python3"])
        m_s, m_p = max(rss["pyslot"]), max(rss["python3"])
        rows.append((name, t_s, t_p, t_s / t_p, m_s, m_p, m_s / m_p))
    print(f"{'benchmark':<16} {'pyslot s':>9} {'python3 s':>9} {'ratio':>6} {'pyslot MB':>10} {'python3 MB':>10} {'ratio':>6}")
    for name, t_s, t_p, tr, m_s, m_p, mr in rows:
        print(f"{name:<16} {t_s:9.3f} {t_p:9.3f} {tr:6.2f} {m_s / 1024:10.1f} {m_p / 1024:10.1f} {mr:6.2f}")
    gm = math.exp(sum(math.log(r[3]) for r in rows) / len(rows))
    print(f"geometric mean of time ratios: {gm:.2f}")
    return 1 if mismatch else 0


if __name__ == "__main__":
    sys.exit(main())
