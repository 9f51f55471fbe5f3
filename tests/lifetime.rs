//! Memory that must come back: a long loop making garbage cycles stays
//! small because the cycle collector frees them. The script reads its own
//! peak resident size from `/proc/self/status` (Linux), so the number is
//! the interpreter's alone.

use std::process::Command;

/// Peak resident kilobytes the script reports, and its output.
fn run_and_peak(source: &str) -> (u64, String) {
    let script = format!(
        "{source}\nfor line in open('/proc/self/status'):\n    if line.startswith('VmHWM:'):\n        print('peak', line.split()[1])\n"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_pyslot"))
        .args(["-c", &script])
        .output()
        .expect("run pyslot");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let peak = stdout
        .lines()
        .find_map(|l| l.strip_prefix("peak "))
        .and_then(|n| n.trim().parse().ok())
        .expect("the script prints its peak");
    (peak, stdout)
}

/// Each pass leaks, without a collector, two instances and two lists of
/// 50 ints (about 2 KB): 100,000 passes would hold some 200 MB.
const CYCLES: &str = "
class Node:
    def __init__(self):
        self.other = None
        self.payload = list(range(50))
for i in range(100_000):
    a = Node(); b = Node()
    a.other = b; b.other = a
print('done')
";

#[test]
fn garbage_cycles_are_freed_as_the_loop_runs() {
    let (peak, out) = run_and_peak(CYCLES);
    assert!(out.starts_with("done\n"), "{out}");
    assert!(peak < 50_000, "peak {peak} kB: the cycles were not freed");
}

#[test]
fn self_referencing_lists_are_freed_as_the_loop_runs() {
    let (peak, out) = run_and_peak(
        "for i in range(200_000):\n    l = list(range(20))\n    l.append(l)\nprint('done')",
    );
    assert!(out.starts_with("done\n"), "{out}");
    assert!(peak < 50_000, "peak {peak} kB: the lists were not freed");
}

#[test]
fn a_disabled_collector_leaves_the_cycles() {
    // The same loop with the collector off grows: the test above measures
    // the collector, not a loop that never leaked.
    let (peak, _) = run_and_peak(&format!("import gc\ngc.disable(){CYCLES}"));
    assert!(peak > 100_000, "peak {peak} kB");
}

/// 100,000 suspended generators of each shape: inside an expression, in an
/// `except` block, in a `finally` block with an exception pending, and
/// coroutines and async generators suspended in an `await`.
const SUSPENDED: &str = "
class Wait:
    def __await__(self):
        return (yield 'waiting')
def in_expression():
    print('sent', (yield 1) + 1)
def in_handler():
    try:
        raise ValueError
    except ValueError:
        yield 1
def in_finally():
    try:
        raise KeyError
    finally:
        yield 1
async def awaiting():
    return len(await Wait())
async def async_generator():
    yield await Wait()
def anext_of_async_generator():
    return async_generator().__anext__()
SHAPE = {'expression': in_expression, 'handler': in_handler,
         'finally': in_finally, 'await': awaiting,
         'async generator': anext_of_async_generator}[SHAPE_NAME]
held = [SHAPE() for _ in range(100_000)]
for g in held:
    g.send(None)
print('done', len(held))
";

#[test]
fn a_hundred_thousand_suspended_generators_fit_in_200_mb() {
    for shape in [
        "expression",
        "handler",
        "finally",
        "await",
        "async generator",
    ] {
        let (peak, out) = run_and_peak(&format!("SHAPE_NAME = {shape:?}{SUSPENDED}"));
        assert!(out.starts_with("done 100000\n"), "{shape}: {out}");
        assert!(peak < 200_000, "{shape}: peak {peak} kB");
    }
}

/// Every `exec` compiles a unit with side tables of its own (one cache per
/// attribute access, global name and generator): they go with the code.
/// Kept, 10,000 runs of this source would hold about 50 MB of caches.
#[test]
fn the_caches_of_exec_d_code_are_freed_with_it() {
    let (peak, out) = run_and_peak(
        "class P:\n    pass\np = P()\np.x = 1\nsrc = 'def f(o):\\n    return ' + ' + '.join(['o.x'] * 100) + '\\nn = f(p)\\ndef g():\\n    yield p.x\\nm = next(g())\\n'\nfor i in range(10_000):\n    ns = {'p': p}\n    exec(src, ns)\nprint('done', ns['n'], ns['m'])",
    );
    assert!(out.starts_with("done 100 1\n"), "{out}");
    assert!(
        peak < 40_000,
        "peak {peak} kB: the exec'd units' caches were kept"
    );
}
