//! `--memstat`: after the script (also when it fails), a table on stderr of
//! the instances of each class at their peak, the builtin objects the
//! modules still reach at exit, and the process's peak resident memory.

use std::fmt::Write as _;

use crate::interp::Interp;
use crate::runtime::census;
use crate::runtime::value::Value;

pub(crate) fn report(it: &mut Interp) -> String {
    let mut out =
        String::from("\n--memstat: instances by class, at their peak while the script ran\n");
    let mut classes = census::classes();
    classes.sort_by_key(|c| std::cmp::Reverse(c.1.peak_bytes));
    let _ = writeln!(
        out,
        "  {:<24} {:<10} {:>11} {:>10} {:>13} {:>13}",
        "class", "layout", "peak count", "bytes each", "peak bytes", "alive at exit"
    );
    for (class, c) in &classes {
        let layout = if class.layout.dict_slot.is_some() {
            "__dict__"
        } else {
            "__slots__"
        };
        let _ = writeln!(
            out,
            "  {:<24} {:<10} {:>11} {:>10} {:>13} {:>13}",
            class.name, layout, c.peak, c.each, c.peak_bytes, c.live
        );
    }
    if classes.is_empty() {
        out.push_str("  (no instances were made)\n");
    }
    // What the modules still hold, by builtin type.
    // The program's own names: not `__builtins__`, `__doc__` and the like.
    let mut roots: Vec<Value> = Vec::new();
    for (_, m) in it.modules.items() {
        let Value::Instance(i) = m else { continue };
        let Some(d) = i.dict() else { continue };
        for (k, v) in d.items() {
            if matches!(&k, Value::Str(s) if !s.as_str().starts_with("__")) {
                roots.push(v);
            }
        }
    }
    let table = crate::runtime::sizeof::reachable_by_type(&roots);
    out.push_str("\nbuiltin objects the modules' names reach at exit (each counted once)\n");
    let _ = writeln!(out, "  {:<24} {:>11} {:>13}", "type", "count", "bytes");
    for (name, count, bytes) in table {
        let _ = writeln!(out, "  {name:<24} {count:>11} {bytes:>13}");
    }
    if let Some(kb) = peak_rss_kb() {
        // Shown to a tenth of a MB: the float's rounding cannot show.
        #[allow(clippy::cast_precision_loss)]
        let mb = kb as f64 / 1024.0;
        let _ = writeln!(out, "\nprocess peak resident memory: {mb:.1} MB");
    }
    out
}

/// VmHWM from /proc/self/status: the most memory the process ever held.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
