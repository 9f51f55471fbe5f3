//! Script tests: runs every `tests/scripts/<area>/<name>.py` with the built
//! `pyslot` binary and compares its stdout with `<name>.out` and its exit
//! status (plus the last stderr line) with `<name>.err` when that exists.
//! Expectations are generated with CPython 3.11 by `tests/regen.sh`.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};
use similar::TextDiff;

const TIMEOUT: Duration = Duration::from_secs(20);

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scripts");
    let trials = discover(&root)
        .into_iter()
        .map(|(name, path)| Trial::test(name, move || run_script(&path)))
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// Every `<area>/<name>.py` under `root`, sorted by trial name.
fn discover(root: &Path) -> Vec<(String, PathBuf)> {
    let mut found = Vec::new();
    let Ok(areas) = fs::read_dir(root) else {
        return found;
    };
    for area in areas.flatten().filter(|e| e.path().is_dir()) {
        let area_name = area.file_name().to_string_lossy().into_owned();
        for file in fs::read_dir(area.path()).into_iter().flatten().flatten() {
            let path = file.path();
            let stem = path.file_stem().unwrap_or_default().to_string_lossy();
            // `_name.py` is a module the tests beside it import, not a test.
            if path.extension().is_some_and(|ext| ext == "py") && !stem.starts_with('_') {
                let stem = stem.into_owned();
                found.push((format!("{area_name}/{stem}"), path));
            }
        }
    }
    found.sort();
    found
}

struct Outcome {
    status: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Runs the interpreter on `script` from the script's own folder.
fn execute(script: &Path) -> Result<Outcome, Failed> {
    let dir = script.parent().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyslot"))
        .arg(script.file_name().unwrap())
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start pyslot: {e}"))?;

    // Drain both pipes on threads so a chatty child cannot block on a full pipe.
    let drain = |mut pipe: Box<dyn Read + Send>| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            buf
        })
    };
    let out = drain(Box::new(child.stdout.take().unwrap()));
    let err = drain(Box::new(child.stderr.take().unwrap()));

    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {} s", TIMEOUT.as_secs()).into());
        }
        thread::sleep(Duration::from_millis(5));
    };
    Ok(Outcome {
        status: status.code(),
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    })
}

fn run_script(script: &Path) -> Result<(), Failed> {
    let expected_out = fs::read(script.with_extension("out"))
        .map_err(|e| format!("missing {}: {e}", script.with_extension("out").display()))?;
    let (want_status, want_last) = match fs::read_to_string(script.with_extension("err")) {
        Ok(text) => {
            let mut lines = text.lines();
            let status = lines.next().unwrap_or("").trim();
            let status = status
                .parse::<i32>()
                .map_err(|_| format!("bad .err status {status:?}"))?;
            (status, Some(lines.next().unwrap_or("").to_string()))
        }
        Err(_) => (0, None),
    };

    let got = execute(script)?;
    let stderr = String::from_utf8_lossy(&got.stderr);
    let last_line = stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");

    let mut problems = Vec::new();
    if got.stdout != expected_out {
        let expected = String::from_utf8_lossy(&expected_out);
        let actual = String::from_utf8_lossy(&got.stdout);
        let diff = TextDiff::from_lines(&*expected, &*actual);
        let diff = diff.unified_diff().header("expected", "actual").to_string();
        problems.push(format!("stdout differs:\n{diff}"));
    }
    if got.status != Some(want_status) {
        let status = match got.status {
            Some(code) => code.to_string(),
            None => "none (killed by a signal)".to_string(),
        };
        problems.push(format!("exit status: expected {want_status}, got {status}"));
    }
    if let Some(want) = &want_last {
        if last_line != want {
            problems.push(format!(
                "last stderr line:\n  expected: {want}\n  actual:   {last_line}"
            ));
        }
    }
    // A `.stderr` file pins the whole traceback, with the script's folder
    // written as `$DIR` so the expectation does not depend on the checkout.
    if let Ok(want_stderr) = fs::read_to_string(script.with_extension("stderr")) {
        let dir = script
            .parent()
            .and_then(|d| d.canonicalize().ok())
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        let actual = stderr.replace(&dir, "$DIR");
        if actual != want_stderr {
            let diff = TextDiff::from_lines(&want_stderr, &actual);
            let diff = diff.unified_diff().header("expected", "actual").to_string();
            problems.push(format!("stderr differs:\n{diff}"));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    let lines: Vec<&str> = stderr.lines().collect();
    let tail = match lines.len() {
        0 => "(empty)".to_string(),
        n => lines[n.saturating_sub(10)..].join("\n"),
    };
    Err(format!("{}\n--- stderr (tail) ---\n{tail}", problems.join("\n")).into())
}
