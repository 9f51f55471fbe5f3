//! The prompt driven through a real pseudo-terminal, as a person at a
//! keyboard drives it: typing, Tab, Ctrl-C, Ctrl-D, pasting, and the history
//! file across two sessions. The driver answers the terminal's cursor
//! position query as a terminal emulator would.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(10);

struct Terminal {
    master: File,
    child: Child,
    screen: Arc<Mutex<Vec<u8>>>,
    /// How much of `screen` earlier expectations have consumed.
    seen: usize,
}

impl Terminal {
    fn open(history: &Path) -> Terminal {
        Terminal::run(history, &[])
    }

    /// `pyslot args...` on the terminal.
    fn run(history: &Path, args: &[&str]) -> Terminal {
        let (mut master_fd, mut slave_fd) = (0, 0);
        let size = libc::winsize {
            ws_row: 40,
            ws_col: 120,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: openpty fills the two descriptors it is given; the name
        // and termios pointers may be null, the size lives across the call.
        let rc = unsafe {
            libc::openpty(
                &mut master_fd,
                &mut slave_fd,
                std::ptr::null_mut(),
                std::ptr::null(),
                &size,
            )
        };
        assert_eq!(rc, 0, "openpty failed");
        // SAFETY: both descriptors were just opened by openpty and are owned
        // by nothing else.
        let (master, slave) =
            unsafe { (File::from_raw_fd(master_fd), OwnedFd::from_raw_fd(slave_fd)) };
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyslot"));
        cmd.args(args)
            .env("TERM", "xterm")
            .env("PYSLOT_HISTFILE", history)
            .stdin(Stdio::from(slave.try_clone().expect("dup")))
            .stdout(Stdio::from(slave.try_clone().expect("dup")))
            .stderr(Stdio::from(slave));
        // SAFETY: between fork and exec the child only calls setsid and
        // ioctl, both async-signal-safe; they make the terminal the child's
        // controlling terminal so that Ctrl-C becomes SIGINT.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("start pyslot on a terminal");
        drop(cmd);
        let screen = Arc::new(Mutex::new(Vec::new()));
        let mut reader = master.try_clone().expect("dup master");
        let mut answer = master.try_clone().expect("dup master");
        let sink = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let chunk = &buf[..n];
                // "Where is the cursor?": at the start of a line.
                if chunk.windows(4).any(|w| w == b"\x1b[6n") {
                    let _ = answer.write_all(b"\x1b[1;1R");
                }
                sink.lock().expect("screen").extend_from_slice(chunk);
            }
        });
        Terminal {
            master,
            child,
            screen,
            seen: 0,
        }
    }

    fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).expect("type");
        self.master.flush().expect("flush");
    }

    /// Wait until `text` shows up after what was already expected; the
    /// output up to and including it.
    fn expect(&mut self, text: &str) -> String {
        let start = Instant::now();
        loop {
            {
                let screen = self.screen.lock().expect("screen");
                let fresh = String::from_utf8_lossy(&screen[self.seen..]).into_owned();
                if let Some(at) = fresh.find(text) {
                    let upto = at + text.len();
                    self.seen += fresh[..upto].len();
                    return fresh[..upto].to_string();
                }
                if start.elapsed() > WAIT {
                    panic!("expected {text:?} on the terminal; it shows after the last match:\n{fresh:?}");
                }
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Wait for the process to end; its exit status.
    fn finish(mut self) -> Option<i32> {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code();
            }
            if start.elapsed() > WAIT {
                let _ = self.child.kill();
                panic!("pyslot did not exit");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

fn history_file(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pyslot-repl-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("history");
    let _ = std::fs::remove_file(&path);
    path
}

const CLASS: &str = "class P:\r    __slots__ = ('x', 'y')\r    def __init__(self, x, y):\r        self.x = x\r        self.y = y\r    def move(self, dx):\r        return P(self.x + dx, self.y)\r\r";

#[test]
fn typing_a_class_echo_underscore_errors_and_completion() {
    let history = history_file("typing");
    let mut t = Terminal::open(&history);
    t.expect("Type \"help\"");
    t.expect(">>> ");
    for line in CLASS.split_inclusive('\r') {
        t.send(line);
        t.expect(if line == "\r" { ">>> " } else { "... " });
    }
    t.send("p = P(3, 4)\r");
    t.expect(">>> ");
    t.send("p.x * 10 + p.y\r");
    t.expect("34\r\n");
    t.send("_ + 1\r");
    t.expect("35\r\n");
    // The headline lesson error, then the session goes on.
    t.send("p.z = 1\r");
    t.expect("AttributeError: 'P' object has no attribute 'z'");
    // At the prompt (only there) a hint says why.
    t.expect("hint: P defines __slots__ = ('x', 'y'); there is no __dict__ for 'z'");
    t.send("print('after', _)\r");
    t.expect("after 35\r\n");
    // Tab after `p.mo` completes the method; after `p.` it lists the
    // slots and methods of p's class.
    t.send("p.mo\t");
    t.expect("move(");
    t.send("1).x\r");
    t.expect("4\r\n");
    t.send("p.\t\t");
    let listed = t.expect("y");
    assert!(
        listed.contains("move(") && listed.contains('x'),
        "{listed:?}"
    );
    t.send("\x15"); // Ctrl-U: clear the line
                    // Tab at the start of a line indents.
    t.send("if p.x:\r\t");
    t.send("print('indented')\r\r");
    t.expect("indented\r\n");
    // A decorator and a backslash continuation ask for more lines.
    t.send("def twice(f):\r    return lambda: f() * 2\r\r");
    t.expect(">>> ");
    t.send("@twice\r");
    t.expect("... ");
    t.send("def seven():\r    return 7\r\r");
    t.expect(">>> ");
    t.send("seven() + \\\r");
    t.expect("... ");
    t.send("1\r");
    t.expect("15\r\n");
    t.send("exit\r");
    t.expect("Use exit() or Ctrl-D (i.e. EOF) to exit");
    t.expect(">>> ");
    t.send("\x04");
    assert_eq!(t.finish(), Some(0));
}

#[test]
fn ctrl_c_interrupts_a_loop_and_keeps_the_session() {
    let history = history_file("ctrlc");
    let mut t = Terminal::open(&history);
    t.expect(">>> ");
    t.send("kept = 'still here'\r");
    t.expect(">>> ");
    t.send("while True: pass\r");
    t.expect("... ");
    t.send("\r");
    std::thread::sleep(Duration::from_millis(300));
    t.send("\x03");
    t.expect("KeyboardInterrupt");
    t.expect(">>> ");
    t.send("kept\r");
    t.expect("'still here'\r\n");
    // Ctrl-C while typing cancels the line.
    t.send("this is not run");
    t.send("\x03");
    t.expect("KeyboardInterrupt");
    t.expect(">>> ");
    t.send("1 + 1\r");
    t.expect("2\r\n");
    // input() reads a line of its own; Ctrl-C there interrupts it.
    t.send("name = input('name? ')\r");
    t.expect("name? ");
    t.send("Ada\r");
    t.expect(">>> ");
    t.send("name\r");
    t.expect("'Ada'\r\n");
    t.send("input('again? ')\r");
    t.expect("again? ");
    t.send("\x03");
    t.expect("KeyboardInterrupt");
    t.expect(">>> ");
    t.send("\x04");
    assert_eq!(t.finish(), Some(0));
}

/// A script on a terminal shows each line as it is printed, and Ctrl-C
/// stops it with a traceback and status 130.
#[test]
fn script_output_is_line_buffered_on_a_terminal() {
    let history = history_file("script");
    let dir = history.parent().expect("dir").to_path_buf();
    let script = dir.join("busy.py");
    std::fs::write(
        &script,
        "print('working', 6 * 7)\nn = 0\nwhile True:\n    n += 1\n",
    )
    .expect("script");
    let mut t = Terminal::run(&history, &[script.to_str().expect("utf-8 path")]);
    t.expect("working 42\r\n");
    t.send("\x03");
    t.expect("KeyboardInterrupt");
    assert_eq!(t.finish(), Some(130));
}

#[test]
fn typed_ahead_and_bracketed_pastes_run_every_statement() {
    let history = history_file("paste");
    let mut t = Terminal::open(&history);
    t.expect(">>> ");
    // Lines arriving at once, a class among them: all of them run, in order.
    t.send("a = 1\rb = 2\rclass Q:\r    v = a + b\r\rprint(Q.v, a, b)\r");
    t.expect("3 1 2\r\n");
    // A bracketed paste of several statements runs them one after another.
    t.send("\x1b[200~c = 10\rd = c * 2\rprint(c + d)\x1b[201~");
    t.send("\r");
    t.expect("30\r\n");
    // Ctrl-D on a `...` line ends the block like an empty line.
    t.send("for i in range(2):\r    print(i * 7)\r");
    t.expect("... ");
    t.send("\x04");
    t.expect("0\r\n7\r\n");
    t.expect(">>> ");
    t.send("\x04");
    assert_eq!(t.finish(), Some(0));
}

#[test]
fn history_is_written_at_exit_and_read_back() {
    let history = history_file("history");
    let mut t = Terminal::open(&history);
    t.expect(">>> ");
    t.send("print('from history', 6 * 7)\r");
    t.expect("from history 42\r\n");
    // Ctrl-D only after the prompt: typed while the terminal is still in
    // line mode, the kernel turns it into an end-of-line mark that reaches
    // the prompt as a NUL byte, as it would in CPython's REPL.
    t.expect(">>> ");
    t.send("\x04");
    assert_eq!(t.finish(), Some(0));
    let saved = std::fs::read_to_string(&history).expect("history file written");
    assert!(saved.contains("print('from history', 6 * 7)"), "{saved:?}");

    let mut t = Terminal::open(&history);
    t.expect(">>> ");
    t.send("\x1b[A"); // Up: the last line of the earlier session
    t.expect("print('from history', 6 * 7)");
    t.send("\r");
    t.expect("from history 42\r\n");
    t.send("exit(5)\r");
    assert_eq!(t.finish(), Some(5));
}

#[test]
fn a_match_statement_asks_for_its_cases_and_match_stays_a_name() {
    let history = history_file("match");
    let mut t = Terminal::open(&history);
    t.expect(">>> ");
    t.send("match (1, 2):\r");
    t.expect("... ");
    t.send("    case (a, 2) if a > 0:\r");
    t.expect("... ");
    t.send("        print('matched', a)\r");
    t.expect("... ");
    t.send("    case _:\r");
    t.expect("... ");
    t.send("        print('no')\r");
    t.expect("... ");
    t.send("\r");
    t.expect("matched 1\r\n");
    t.expect(">>> ");
    t.send("match = 5\r");
    t.expect(">>> ");
    t.send("match * 2\r");
    t.expect("10\r\n");
    t.send("match 3\r");
    t.expect("SyntaxError: expected ':'");
    t.expect(">>> ");
    t.send("\x04");
    assert_eq!(t.finish(), Some(0));
}

/// Tab after `q.` lists the attributes an ordinary (dict-backed) instance
/// keeps inline, before any `__dict__` is made for it.
#[test]
fn completion_lists_inline_attributes() {
    let history = history_file("inline");
    let mut t = Terminal::open(&history);
    t.expect(">>> ");
    for line in [
        "class Q:\r",
        "    def __init__(self):\r",
        "        self.width = 3\r",
        "\r",
    ] {
        t.send(line);
    }
    t.expect(">>> ");
    t.send("q = Q()\r");
    t.expect(">>> ");
    t.send("q.wi\t");
    t.expect("width");
    t.send(" + 1\r");
    t.expect("4\r\n");
}
