//! The command line as a user meets it: every way to give a program
//! (file, `-c`, `-m`, `-`, a pipe), `-i`, `-u`, the usage errors, the exit
//! statuses of `sys.exit`, and Ctrl-C (SIGINT) sent to a running script.
//! Expected texts are what CPython 3.11 prints for the same command.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::time::{Duration, Instant};

fn pyslot() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pyslot"))
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli/app")
}

/// Run with `stdin` as the whole standard input.
fn run(cmd: &mut Command, stdin: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pyslot");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin.as_bytes()).expect("write stdin");
    drop(input);
    child.wait_with_output().expect("wait for pyslot")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn command_gets_its_arguments_and_string_tracebacks() {
    let out = run(
        pyslot().args(["-c", "import sys; print(sys.argv)", "a", "-b"]),
        "",
    );
    assert_eq!(text(&out.stdout), "['-c', 'a', '-b']\n");
    assert_eq!(out.status.code(), Some(0));

    let out = run(pyslot().args(["-c", "x = 1\n1/0"]), "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n"
    );
    // Grouped letters, the command attached to -c.
    let out = run(pyslot().args(["-qcprint(6*7)"]), "");
    assert_eq!(text(&out.stdout), "42\n");
}

/// A coroutine never awaited: the RuntimeWarning without a source line for
/// `-c` (CPython's linecache has none), and `sys:1` for one dropped at exit.
#[test]
fn never_awaited_warnings_of_commands() {
    let out = run(
        pyslot().args(["-c", "async def f(): pass\nf()\nkept = f()\nprint('x')"]),
        "",
    );
    assert_eq!(text(&out.stdout), "x\n");
    assert_eq!(
        text(&out.stderr),
        "<string>:2: RuntimeWarning: coroutine 'f' was never awaited\n\
         RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n\
         sys:1: RuntimeWarning: coroutine 'f' was never awaited\n"
    );
}

#[test]
fn exit_statuses_follow_the_os() {
    for (code, status, stderr) in [
        ("sys.exit(-1)", 255, ""),
        ("sys.exit(256)", 0, ""),
        ("sys.exit(257)", 1, ""),
        ("sys.exit(None)", 0, ""),
        ("sys.exit(True)", 1, ""),
        ("sys.exit('bye')", 1, "bye\n"),
        ("raise SystemExit(3, 4)", 1, "(3, 4)\n"),
        ("exit(7)", 7, ""),
        ("quit()", 0, ""),
    ] {
        let out = run(pyslot().args(["-c", &format!("import sys; {code}")]), "");
        assert_eq!(out.status.code(), Some(status), "{code}");
        assert_eq!(text(&out.stderr), stderr, "{code}");
    }
}

#[test]
fn unknown_options_give_python_usage_and_status_2() {
    for (args, first) in [
        (&["-z"][..], "Unknown option: -z"),
        (&["--frobnicate"][..], "unknown option --frobnicate"),
        (&["-c"][..], "Argument expected for the -c option"),
        (&["-m"][..], "Argument expected for the -m option"),
    ] {
        let out = run(pyslot().args(args), "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = text(&out.stderr);
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines[0], first);
        assert!(lines[1].starts_with("usage: pyslot [option] ..."), "{err}");
        assert_eq!(lines[2], "Try `pyslot -h' for more information.");
    }
    let out = run(pyslot().arg("-h"), "");
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("-c cmd : program passed in as string"));
    let out = run(pyslot().arg("--version"), "");
    assert!(text(&out.stdout).starts_with("pyslot "));
}

#[test]
fn program_from_stdin_with_dash_and_from_a_pipe() {
    let out = run(
        pyslot().args(["-", "a", "b"]),
        "import sys\nprint(sys.argv)\n1/0\n",
    );
    assert_eq!(text(&out.stdout), "['-', 'a', 'b']\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("  File \"<stdin>\", line 3, in <module>\nZeroDivisionError")
    );
    let out = run(
        &mut pyslot(),
        "import sys\nprint(sys.argv, sys.path[0] == '')\n",
    );
    assert_eq!(text(&out.stdout), "[''] True\n");
    let out = run(pyslot().args(["--tokens", "-"]), "x = 1\n");
    assert!(text(&out.stdout).contains("NAME"), "{}", text(&out.stdout));
}

#[test]
fn tokens_of_a_command() {
    let out = run(pyslot().args(["--tokens", "-c", "if x:\n    y"]), "");
    let shown = text(&out.stdout);
    assert!(
        shown.contains("INDENT") && shown.contains("DEDENT"),
        "{shown}"
    );
}

#[test]
fn module_runs_as_main_with_its_package() {
    let out = run(
        pyslot()
            .args(["-m", "pkg", "a", "-b"])
            .current_dir(fixtures()),
        "",
    );
    assert_eq!(
        text(&out.stdout),
        "pkg/__init__ runs first, as pkg\n\
         pkg.__main__ runs as __main__ in package pkg\n\
         argv[1:] = ['a', '-b']\n\
         argv[0] ends with pkg/__main__.py: True\n\
         42 1.0\n",
        "stderr: {}",
        text(&out.stderr)
    );
    let out = run(
        pyslot().args(["-m", "pkg.tools"]).current_dir(fixtures()),
        "",
    );
    assert_eq!(
        text(&out.stdout),
        "pkg/__init__ runs first, as pkg\ntools run as __main__, package pkg double(4) = 8\n"
    );
    let out = run(
        pyslot().args(["-m", "greet", "x"]).current_dir(fixtures()),
        "",
    );
    assert_eq!(text(&out.stdout), "greet runs as __main__ with ['x']\n");
    let out = run(pyslot().args(["-m", "nothere"]).current_dir(fixtures()), "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "pyslot: No module named nothere\n");
}

#[test]
fn inspect_keeps_the_globals_after_the_program_and_its_error() {
    // CPython: prompts go to stderr when stdin is not a terminal; the
    // program's failure is reported and the prompt still opens.
    let out = run(
        pyslot().args(["-i", "-c", "x = 41\n1/0"]),
        "x + 1\ndef f():\n    return x * 2\n\nf()\n",
    );
    assert_eq!(text(&out.stdout), "42\n82\n");
    assert_eq!(out.status.code(), Some(0));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("Traceback (most recent call last):\n  File \"<string>\", line 2"),
        "{err}"
    );
    assert!(
        err.ends_with("division by zero\n>>> >>> ... ... >>> >>> \n"),
        "{err:?}"
    );
    let out = run(
        pyslot().args(["-i", "-c", "pass"]),
        "import sys\nsys.exit(4)\n",
    );
    assert_eq!(out.status.code(), Some(4));
}

#[test]
fn missing_script_is_status_2() {
    let out = run(pyslot().arg("no_such_script.py"), "");
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.starts_with("pyslot: can't open file '"), "{err}");
    assert!(err.ends_with("no_such_script.py': [Errno 2] No such file or directory\n"));
}

#[test]
fn unbuffered_output_reaches_the_pipe_before_the_script_ends() {
    // With -u, the first line is readable while the script still waits.
    let mut child = pyslot()
        .args(["-u", "-c", "print('first')\ninput()\nprint('second')"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut buf = [0u8; 6];
    stdout.read_exact(&mut buf).expect("read first line");
    assert_eq!(&buf, b"first\n");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"\n")
        .expect("write");
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("read rest");
    assert_eq!(rest, "second\n");
    assert!(child.wait().expect("wait").success());
}

/// SIGINT to a script in a loop: KeyboardInterrupt is raised in the code,
/// `finally` runs, everything printed is kept, the status is 130.
#[test]
fn sigint_raises_keyboard_interrupt_in_the_script() {
    let script = interrupted_script(
        "import sys\n",
        "    n = 0\n    while True:\n        n += 1\n",
    );
    let err = assert_interrupted(&script, "finally ran\n");
    // The line is the one running when the signal came (the loop's, or
    // one just before it on a slow machine).
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(lines[1].starts_with("  File \"<string>\", line "), "{err}");
    assert!(lines[1].ends_with(", in <module>"), "{err}");
}

/// A script for [`interrupt_script`]: `defs`, then it prints `started` and
/// runs `body` (indented) in a `try` whose `finally` prints `finally ran`.
fn interrupted_script(defs: &str, body: &str) -> String {
    format!("{defs}print('started', flush=True)\ntry:\n{body}finally:\n    print('finally ran')\n")
}

/// Spawn `cmd` with stdout and stderr piped and wait for the script's
/// first line, `started`: the child and its stdout.
fn spawn_started(cmd: &mut Command) -> (Child, ChildStdout) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 8];
    stdout.read_exact(&mut first).expect("read");
    assert_eq!(&first, b"started\n");
    (child, stdout)
}

/// Start `script`, wait for its first line (`started`), send SIGINT, and
/// give what it printed after that, its stderr and its exit status.
fn interrupt_script(script: &str) -> (String, String, Option<i32>) {
    let (mut child, mut stdout) = spawn_started(pyslot().args(["-c", script]));
    send_sigint(child.id());
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("no exit after SIGINT");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("read");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read");
    (rest, err, status.code())
}

/// Interrupt `script` ([`interrupt_script`]) and check what every
/// interrupted script shows: `expected` printed after `started`, a
/// traceback ending in KeyboardInterrupt, status 130. Gives the stderr.
fn assert_interrupted(script: &str, expected: &str) -> String {
    let (out, err, code) = interrupt_script(script);
    assert_eq!(out, expected, "{script}");
    assert_eq!(code, Some(130), "{script}");
    assert_eq!(
        err.lines().next(),
        Some("Traceback (most recent call last):"),
        "{err}"
    );
    assert_eq!(err.lines().last(), Some("KeyboardInterrupt"), "{err}");
    err
}

/// A generator counting up forever.
const NUMBERS: &str = "\
def numbers():
    n = 0
    while True:
        yield n
        n += 1
";

/// SIGINT while blocked in `time.sleep` or looping inside a generator
/// (one running on the caller's stack, one on a stack of its own, one
/// delegating with `yield from`): KeyboardInterrupt, the `finally` blocks
/// run, status 130.
#[test]
fn sigint_stops_sleep_and_generator_loops() {
    let sleep = interrupted_script("import time\n", "    time.sleep(100)\n");
    let err = assert_interrupted(&sleep, "finally ran\n");
    assert!(
        err.contains("  File \"<string>\", line 4, in <module>\n"),
        "{err}"
    );

    let stackful = "\
def numbers():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print('generator finally ran')
";
    let spin = "\
def spin():
    try:
        yield from numbers()
    finally:
        print('generator finally ran')
";
    let loop_over = |generator: &str| format!("    for x in {generator}():\n        pass\n");
    for (defs, generator, expected) in [
        (NUMBERS.to_string(), "numbers", "finally ran\n"),
        (
            stackful.to_string(),
            "numbers",
            "generator finally ran\nfinally ran\n",
        ),
        (
            format!("{NUMBERS}{spin}"),
            "spin",
            "generator finally ran\nfinally ran\n",
        ),
    ] {
        assert_interrupted(&interrupted_script(&defs, &loop_over(generator)), expected);
    }
}

/// SIGINT ignored when pyslot starts (a shell script's background job) stays
/// ignored, as in CPython: the script carries on.
#[test]
fn sigint_ignored_at_startup_stays_ignored() {
    let script = "\
import sys
print('started', flush=True)
line = sys.stdin.readline()
for i in range(1000):
    pass
print('survived', line.strip())
";
    let (mut child, mut stdout) = spawn_started(
        Command::new("sh")
            .args(["-c", "trap '' INT; exec \"$0\" -c \"$1\""])
            .arg(env!("CARGO_BIN_EXE_pyslot"))
            .arg(script)
            .stdin(Stdio::piped()),
    );
    send_sigint(child.id());
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(b"go\n").expect("write");
    drop(input);
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("read");
    let status = child.wait().expect("wait");
    assert_eq!(rest, "survived go\n");
    assert_eq!(status.code(), Some(0));
}

/// A handler sees the interrupt, and output to a file is not lost.
#[test]
fn sigint_can_be_caught_and_output_to_a_file_is_kept() {
    let dir = std::env::temp_dir().join(format!("pyslot-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let out_path = dir.join("out.txt");
    let file = std::fs::File::create(&out_path).expect("file");
    let script = "\
import sys
for i in range(3):
    print('line', i)
sys.stderr.write('ready\\n')
try:
    while True:
        pass
except KeyboardInterrupt:
    print('caught')
";
    let mut child = pyslot()
        .args(["-c", script])
        .stdout(Stdio::from(file))
        .stderr(Stdio::piped())
        .spawn()
        .expect("start");
    let mut stderr = child.stderr.take().expect("stderr");
    let mut ready = [0u8; 6];
    stderr.read_exact(&mut ready).expect("read");
    send_sigint(child.id());
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(0));
    let written = std::fs::read_to_string(&out_path).expect("read output");
    assert_eq!(written, "line 0\nline 1\nline 2\ncaught\n");
    let _ = std::fs::remove_dir_all(&dir);
}

fn send_sigint(pid: u32) {
    let ok = Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(ok.success());
}

/// `sys.stdin`: readline, iteration and read over a piped input, as
/// competitive-programming scripts read it.
#[test]
fn sys_stdin_reads_the_piped_input() {
    let program = "import sys\n\
                   first = sys.stdin.readline()\n\
                   rest = [line.split() for line in sys.stdin]\n\
                   print(repr(first), rest, repr(sys.stdin.readline()))\n";
    let out = run(pyslot().args(["-c", program]), "3\n1 2\n3 4\n");
    assert_eq!(text(&out.stdout), "'3\\n' [['1', '2'], ['3', '4']] ''\n");
    let out = run(
        pyslot().args(["-c", "import sys; print(len(sys.stdin.read()))"]),
        "abc\ndef\n",
    );
    assert_eq!(text(&out.stdout), "8\n");
    let out = run(
        pyslot().args([
            "-c",
            "import sys\ntry:\n    sys.stdout.readline()\nexcept OSError as e:\n    print(e)",
        ]),
        "",
    );
    assert_eq!(text(&out.stdout), "not readable\n");
}

/// `os.environ` and `os.getenv` see the environment pyslot started with.
#[test]
fn os_environ_holds_the_environment() {
    let out = run(
        pyslot()
            .env("PYSLOT_TEST_VALUE", "forty-two")
            .args(["-c", "import os; print(os.environ['PYSLOT_TEST_VALUE'], os.getenv('PYSLOT_TEST_UNSET', 'none'))"]),
        "",
    );
    assert_eq!(text(&out.stdout), "forty-two none\n");
}

/// An internal panic (here the test-only one `PYSLOT_TEST_PANIC=1` adds,
/// raised inside a generator running on a coroutine stack) becomes a
/// SystemError with a traceback; what was printed before is all kept, the
/// status is 1, and Rust's own panic message never shows.
#[test]
fn internal_panic_is_a_system_error_and_keeps_the_output() {
    let program = "\
for i in range(20000):
    print('line', i)
def f():
    _pyslot_test_panic()
def g():
    try:
        yield 1
        yield 1 + f()
    finally:
        pass
for v in g():
    pass
print('not reached')
";
    let out = run(
        pyslot()
            .env("PYSLOT_TEST_PANIC", "1")
            .env("RUST_BACKTRACE", "1")
            .args(["-c", program]),
        "",
    );
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().count(), 20000);
    assert!(stdout.ends_with("line 19999\n"));
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(
            "Traceback (most recent call last):\n  \
             File \"<string>\", line 11, in <module>\n  \
             File \"<string>\", line 8, in g\n  \
             File \"<string>\", line 4, in f\n\
             SystemError: internal error: the test panic asked for by PYSLOT_TEST_PANIC"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(stderr.lines().count(), 5, "{stderr}");

    // Without the variable there is no such builtin.
    let out = run(pyslot().args(["-c", "_pyslot_test_panic()"]), "");
    assert!(text(&out.stderr).ends_with("NameError: name '_pyslot_test_panic' is not defined\n"));
}

/// At the prompt an internal panic is reported and the session goes on.
#[test]
fn internal_panic_at_the_prompt_keeps_the_session() {
    let out = run(
        pyslot().env("PYSLOT_TEST_PANIC", "1").args(["-i", "-q"]),
        "print('one')\n_pyslot_test_panic()\nprint('two')\n",
    );
    assert_eq!(text(&out.stdout), "one\ntwo\n");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("SystemError: internal error: the test panic"),
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(0));
}

/// pyslot under a 1 GB address-space limit (`ulimit -v`), running `code`.
fn limited(code: &str) -> Output {
    let script = format!(
        "ulimit -v 1000000 && exec '{}' -c \"$0\"",
        env!("CARGO_BIN_EXE_pyslot")
    );
    run(Command::new("sh").args(["-c", &script, code]), "")
}

#[test]
fn starts_under_an_address_space_limit() {
    let out = limited("print(1)");
    assert_eq!(text(&out.stdout), "1\n", "{}", text(&out.stderr));
    assert!(out.status.success());
    // Recursion still ends in RecursionError, not a crash.
    let out = limited(
        "import sys\nsys.setrecursionlimit(10**6)\ndef f(n): return f(n + 1)\n\
         try:\n    f(0)\nexcept RecursionError as e:\n    print(type(e).__name__)",
    );
    assert_eq!(
        text(&out.stdout),
        "RecursionError\n",
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn allocations_too_big_for_the_limit_are_memory_errors() {
    let cases = [
        "[0, 1] * 2**30",
        "[0, 1] * 2**40",
        "'ab' * 2**29",
        "b'x' * 2**30",
        "bytearray(2**30)",
        "bytes(2**30)",
        "'x'.ljust(2**30)",
        "f'{1:>{2**30}}'",
        "'%*d' % (2**30, 1)",
        "list(range(10**8))",
        "(1).to_bytes(2**30, 'big')",
        "''.join(['ab' * 2**20] * 2**10)",
        "1 << 2**33",
        "('a' * 1000).replace('a', 'b' * 10**7)",
    ];
    for case in cases {
        let code = format!("try:\n    x = {case}\nexcept MemoryError as e:\n    print(repr(e))");
        let out = limited(&code);
        assert_eq!(
            text(&out.stdout),
            "MemoryError()\n",
            "{case}: {}",
            text(&out.stderr)
        );
        assert!(out.status.success(), "{case}");
    }
}

/// Under the limit, `setup` then `print('before')` then `x = case`: the
/// case must end the program with MemoryError (exit status 1), not abort
/// it, and the line printed before (still buffered) must come out.
fn assert_memory_error_under_limit(setup: &str, case: &str) {
    let code = format!("{setup}\nprint('before')\nx = {case}\nprint('after')");
    let out = limited(&code);
    let stderr = text(&out.stderr);
    assert_eq!(text(&out.stdout), "before\n", "{case}: {stderr}");
    assert_eq!(
        stderr.lines().last(),
        Some("MemoryError"),
        "{case}: {stderr}"
    );
    assert_eq!(out.status.code(), Some(1), "{case}: {stderr}");
}

/// Tables that grow past the limit (they aborted the process).
#[test]
fn growing_sets_and_dicts_past_the_limit_are_memory_errors() {
    let cases = [
        ("", "set(range(10**9))"),
        ("", "frozenset(range(10**9))"),
        ("s = set()", "s.update(range(10**9))"),
        (
            "s = set(range(3_000_000)); t = set(range(3_000_000, 6_000_000))",
            "s | t",
        ),
        // Most of the memory taken first, so the table fails while small.
        ("pad = bytes(600_000_000)", "dict.fromkeys(range(10**8))"),
        (
            "pad = bytes(600_000_000); d = {}",
            "d.update(zip(range(10**8), range(10**8)))",
        ),
    ];
    for (setup, case) in cases {
        assert_memory_error_under_limit(setup, case);
    }
}

/// Text about as big as (or bigger than) an object that takes most of the
/// memory: formatting, reprs, hex (they aborted the process). A `pad`
/// takes memory first where the text is slow to make in a debug build.
#[test]
fn formatted_text_too_big_for_the_limit_is_a_memory_error() {
    let pad = "pad = bytes(500_000_000)";
    let cases = [
        ("", "'%s' % ('x' * 400_000_000)"),
        (pad, "'%r' % ('x' * 80_000_000)"),
        ("", "'{}'.format('x' * 400_000_000)"),
        ("", "(b'x' * 400_000_000).hex()"),
        ("", "bytearray(300_000_000).hex(':')"),
        (pad, "repr('\\x00' * 40_000_000)"),
        (pad, "repr(b'\\x00' * 40_000_000)"),
        (pad, "ascii('\\u00e9' * 30_000_000)"),
        ("", "('x' * 400_000_000).encode()"),
        ("", "(b'x' * 400_000_000).decode()"),
        ("", "int.from_bytes(bytes(400_000_000), 'big')"),
    ];
    for (setup, case) in cases {
        assert_memory_error_under_limit(setup, case);
    }
}

/// Copies and transforms of an object that takes most of the memory, and
/// growth past the limit (they aborted the process).
#[test]
fn copies_too_big_for_the_limit_are_memory_errors() {
    let cases = [
        ("", "('x' * 400_000_000).upper()"),
        ("", "('x' * 400_000_000).replace('y', 'z')"),
        ("", "('x' * 400_000_000)[1:]"),
        ("", "(b'x' * 400_000_000)[::-1]"),
        (
            "pad = bytes(500_000_000)",
            "(b'x' * 100_000_000).replace(b'y', b'z')",
        ),
        ("", "bytearray(b'x' * 400_000_000)"),
        ("b = bytearray(400_000_000)", "b.extend(b)"),
        ("l = [0] * 30_000_000", "l + l"),
        ("l = [0] * 30_000_000", "l.extend(l)"),
        ("l = [0] * 30_000_000", "l[:]"),
        ("l = [0] * 30_000_000", "l.copy()"),
        // Sized first, before the items fill the memory.
        ("", "list('x' * 400_000_000)"),
        ("", "sorted('x' * 400_000_000)"),
        ("import array", "array.array('b', bytes(400_000_000))"),
        ("n = 1 << 2**31", "n * n"),
    ];
    for (setup, case) in cases {
        assert_memory_error_under_limit(setup, case);
    }
}

/// Big results that fit: made without the copies (or the list of
/// characters) that once took more than the limit.
#[test]
fn big_results_that_fit_the_limit_are_made() {
    let cases = [
        ("len('%.3s' % ('x' * 400_000_000))", "3"),
        ("len(bytes.fromhex('00' * 100_000_000))", "100000000"),
        ("len(('\\u00e9' * 100_000_000)[::2])", "50000000"),
        ("len(('x' * 300_000_000).upper())", "300000000"),
        // Unchanged: the str itself, not a copy.
        ("len(('x' * 400_000_000).strip())", "400000000"),
        ("len(('x' * 400_000_000).split('y'))", "1"),
        ("len(('x' * 400_000_000).partition('y')[0])", "400000000"),
        ("len(('x' * 400_000_000).expandtabs())", "400000000"),
        // Compared in place, not copied.
        ("(lambda b: b == b)(bytearray(300_000_000))", "True"),
    ];
    for (case, expected) in cases {
        let out = limited(&format!("print({case})"));
        assert_eq!(
            text(&out.stdout),
            format!("{expected}\n"),
            "{case}: {}",
            text(&out.stderr)
        );
        assert!(out.status.success(), "{case}");
    }
}
