//! In-process runs (`run_sandboxed`, used by the mutation test and the fuzz
//! targets) must not keep what each interpreter built: every interpreter
//! has reference cycles (modules and their functions' globals, classes and
//! their methods, the lookup caches of classes that derive from builtin
//! ones such as `enum`'s metaclass) that once kept about 250 KB per run
//! alive, and a run that imported `re` (which imports `enum`) about 300 KB;
//! the patterns a run compiles must go with it too. Its own test binary,
//! so no other test allocates meanwhile; its tests take turns.

use std::sync::Mutex;

/// Held by each test while it measures: resident memory is the process's.
static MEASURING: Mutex<()> = Mutex::new(());

/// This process's resident memory, in KiB.
fn rss_kib() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4
}

/// KiB of resident memory each of 200 runs of `source(i)` (the i-th run's
/// program) keeps, after 30 runs to warm up.
fn kib_kept_per_run(source: fn(usize) -> String) -> u64 {
    let _turn = MEASURING.lock().unwrap_or_else(|e| e.into_inner());
    std::thread::Builder::new()
        .stack_size(pyslot::SANDBOX_STACK_SIZE)
        .spawn(move || {
            // Warm up: the allocator's chunks, the caches.
            for i in 0..30 {
                let run = pyslot::run_sandboxed(&source(i), 100_000);
                assert_eq!(run.error, None, "{}", source(i));
            }
            let before = rss_kib();
            for i in 30..230 {
                pyslot::run_sandboxed(&source(i), 100_000);
            }
            rss_kib().saturating_sub(before) / 200
        })
        .expect("spawn")
        .join()
        .expect("no panic")
}

#[test]
fn runs_do_not_accumulate() {
    if !std::path::Path::new("/proc/self/statm").exists() {
        return;
    }
    let per_run = kib_kept_per_run(|_| {
        "class A:\n    def f(self): return self\n\
         import math\nfor i in range(50): A().f()\n"
            .to_string()
    });
    assert!(per_run < 120, "{per_run} KiB kept per run");
}

#[test]
fn runs_using_re_do_not_accumulate() {
    if !std::path::Path::new("/proc/self/statm").exists() {
        return;
    }
    // A new pattern each run, besides the same ones.
    let per_run = kib_kept_per_run(|i| {
        format!(
            "import re\npat = re.compile(r'(\\w+)@(\\w+)\\.com')\n\
             found = [m.group(1) for m in pat.finditer('a@b.com cé@d.com')]\n\
             assert found == ['a', 'cé'], found\n\
             assert re.sub(r'\\d+', lambda m: str(int(m.group()) * 2), 'a1b22') == 'a2b44'\n\
             assert re.fullmatch(r'x{i}y+', 'x{i}yy')\n"
        )
    });
    // Kept, it was about 320 KiB a run; the compiled patterns alone, 18.
    assert!(per_run < 10, "{per_run} KiB kept per run");
}
