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
