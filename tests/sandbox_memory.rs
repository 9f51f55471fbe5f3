//! In-process runs (`run_sandboxed`, used by the mutation test and the fuzz
//! targets) must not keep what each interpreter built: every interpreter
//! has reference cycles (modules and their functions' globals, classes and
//! their methods) that once kept about 250 KB per run alive. Its own test
//! binary, so no other test allocates meanwhile. (Not yet covered: a run
//! that imports `re` still keeps about 300 KB.)

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

#[test]
fn runs_do_not_accumulate() {
    if !std::path::Path::new("/proc/self/statm").exists() {
        return;
    }
    let per_run = std::thread::Builder::new()
        .stack_size(pyslot::SANDBOX_STACK_SIZE)
        .spawn(|| {
            let src = "class A:\n    def f(self): return self\n\
                       import math\nfor i in range(50): A().f()\n";
            // Warm up: the allocator's chunks, the caches.
            for _ in 0..30 {
                pyslot::run_sandboxed(src, 10_000);
            }
            let before = rss_kib();
            for _ in 0..200 {
                pyslot::run_sandboxed(src, 10_000);
            }
            rss_kib().saturating_sub(before) / 200
        })
        .expect("spawn")
        .join()
        .expect("no panic");
    assert!(per_run < 120, "{per_run} KiB kept per run");
}
