//! The whole interpreter on arbitrary source (read as UTF-8, invalid
//! sequences replaced), with a step budget, a low recursion limit and
//! stdout captured: any input gives output and maybe a Python exception.
//! A Rust panic, abort, stack overflow or hang is a bug.
#![no_main]

use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;

/// Safe points (loop iterations, calls) one input may pass.
const STEPS: u64 = 20_000;

/// The runs happen on one long-lived thread with the stack
/// `run_sandboxed` needs (libFuzzer's own thread has 8 MiB).
struct Worker {
    jobs: Sender<String>,
    done: Receiver<()>,
}

fn worker() -> &'static Mutex<Worker> {
    static WORKER: OnceLock<Mutex<Worker>> = OnceLock::new();
    WORKER.get_or_init(|| {
        let (jobs, job_rx) = channel::<String>();
        let (done_tx, done) = channel();
        std::thread::Builder::new()
            .stack_size(pyslot::SANDBOX_STACK_SIZE)
            .spawn(move || {
                for source in job_rx {
                    let _ = pyslot::run_sandboxed(&source, STEPS);
                    let _ = done_tx.send(());
                }
            })
            .expect("spawn the interpreter thread");
        Mutex::new(Worker { jobs, done })
    })
}

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data).into_owned();
    let w = worker().lock().expect("worker lock");
    w.jobs.send(source).expect("worker alive");
    // A panic on the worker aborts the process (libFuzzer's panic hook),
    // so an answer always comes unless the run hangs, which -timeout catches.
    w.done.recv().expect("worker answered");
});
