//! The interactive prompt: `>>>` and `...`, expression values echoed and
//! bound to `_`, a traceback for errors, history, Tab completion and
//! line editing through rustyline.
//!
//! Whether the input so far is complete is the parser's decision
//! (`parse_interactive_input`), never a guess from the text. Every line
//! typed ahead or pasted is kept and run in order, as in python3.

mod complete;

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use pyslot_grammar::Interactive;

use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::ExcKind;
use crate::runtime::source::Source;

/// What feeding one line did.
#[derive(Debug, PartialEq, Eq)]
pub enum Fed {
    /// The input is not complete yet: show the `...` prompt.
    NeedMore,
    /// The input ran (or failed with a printed error).
    Ran,
    /// `exit()` / `SystemExit`: leave with this status.
    Exit(i32),
}

/// One interactive session: an interpreter, its `__main__` namespace and
/// the lines of the statement being typed.
pub struct Session {
    pub interp: Rc<RefCell<Interp>>,
    pub(crate) globals: Rc<PyDict>,
    buffer: String,
}

impl Default for Session {
    fn default() -> Self {
        Session::new()
    }
}

impl Session {
    /// A fresh interpreter with an empty `__main__`.
    pub fn new() -> Session {
        let interp = Interp::new();
        let globals = interp.new_globals("__main__");
        Session::with(interp, globals)
    }

    /// The prompt over an interpreter that may already have run a program.
    pub(crate) fn with(interp: Interp, globals: Rc<PyDict>) -> Session {
        Session {
            interp: Rc::new(RefCell::new(interp)),
            globals,
            buffer: String::new(),
        }
    }

    pub fn prompt(&self) -> &'static str {
        if self.buffer.is_empty() {
            ">>> "
        } else {
            "... "
        }
    }

    /// Forget a statement being typed (Ctrl-C at the prompt).
    pub(crate) fn cancel(&mut self) {
        self.buffer.clear();
    }

    /// Add a line; run the input once it is complete. An internal panic
    /// (a bug in pyslot) is reported as a `SystemError` and the session
    /// goes on.
    pub fn feed(&mut self, line: &str) -> Fed {
        crate::interp::last_resort::install_hook();
        let fed =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.feed_unguarded(line)));
        fed.unwrap_or_else(|_| {
            self.buffer.clear();
            if let Ok(mut interp) = self.interp.try_borrow_mut() {
                interp.flush();
            }
            let _ = std::io::stdout().flush();
            eprintln!(
                "SystemError: internal error: {}",
                crate::interp::last_resort::take_message()
            );
            Fed::Ran
        })
    }

    fn feed_unguarded(&mut self, line: &str) -> Fed {
        let blank = line.trim().is_empty();
        if self.buffer.is_empty() && blank {
            return Fed::Ran;
        }
        if !self.buffer.is_empty() {
            self.buffer.push('\n');
        }
        self.buffer.push_str(line);
        let text = format!("{}\n", self.buffer);
        let body = match pyslot_grammar::parse_interactive_input(&text) {
            // A compound statement ends with an empty line, as in python3.
            Interactive::Complete(body) if !blank && is_compound(&body) => return Fed::NeedMore,
            Interactive::Complete(body) => body,
            Interactive::Incomplete(e) if !blank || e.continues_on_next_line() => {
                return Fed::NeedMore
            }
            Interactive::Incomplete(e) | Interactive::Invalid(e) => {
                self.buffer.clear();
                let source = Source::new("<stdin>", text);
                self.interp.borrow_mut().flush();
                eprint!("{}", crate::format_syntax_error(&source, &e));
                return Fed::Ran;
            }
        };
        self.buffer.clear();
        let source = Rc::new(Source::new("<stdin>", text));
        let unit = match crate::interp::Unit::resolve(body, &source.text) {
            Ok(unit) => unit,
            Err(e) => {
                eprint!("{}", crate::format_syntax_error(&source, &e));
                return Fed::Ran;
            }
        };
        crate::interp::interrupt::clear();
        let mut interp = self.interp.borrow_mut();
        let result = crate::interp::last_resort::guard(&mut interp, |interp| {
            interp.run_interactive(&unit, source, self.globals.clone())
        });
        interp.flush();
        match result {
            Ok(()) => Fed::Ran,
            Err(mut e) => {
                let exit = e.is(ExcKind::SystemExit);
                let hint = if e.is(ExcKind::AttributeError) {
                    let inst = interp.exc_object(&mut e);
                    let line = interp.exception_line(&inst);
                    slots_hint(&self.globals, &line)
                } else {
                    None
                };
                let code = crate::report_uncaught(&mut interp, &mut e);
                if let Some(hint) = hint {
                    eprintln!("{hint}");
                }
                if exit {
                    Fed::Exit(code)
                } else {
                    Fed::Ran
                }
            }
        }
    }
}

/// At the prompt (never in scripts, whose output stays CPython's): after
/// "'Point' object has no attribute 'z'" for a class with `__slots__` and
/// no `__dict__`, say why, in one line.
fn slots_hint(globals: &PyDict, line: &str) -> Option<String> {
    let rest = line.strip_prefix("AttributeError: '")?;
    let (class_name, rest) = rest.split_once("' object has no attribute '")?;
    let attr = rest.strip_suffix('\'')?;
    let class = globals.values().into_iter().find_map(|v| {
        let c = match v {
            crate::runtime::value::Value::Class(c) => c,
            crate::runtime::value::Value::Instance(i) => i.class().clone(),
            _ => return None,
        };
        (&*c.name == class_name).then_some(c)
    })?;
    if class.layout.dict_slot.is_some() || class.layout.slot_names.is_empty() {
        return None;
    }
    let names: Vec<String> = class
        .layout
        .slot_names
        .iter()
        .map(|(n, _)| format!("'{n}'"))
        .collect();
    let tuple = if names.len() == 1 {
        format!("({},)", names[0])
    } else {
        format!("({})", names.join(", "))
    };
    Some(format!(
        "hint: {class_name} defines __slots__ = {tuple}; there is no __dict__ for '{attr}'"
    ))
}

/// A statement with a block: the prompt waits for an empty line after it.
fn is_compound(body: &[pyslot_grammar::ast::Stmt]) -> bool {
    use pyslot_grammar::ast::StmtKind as K;
    body.iter().any(|s| {
        matches!(
            s.kind,
            K::If { .. }
                | K::While { .. }
                | K::For { .. }
                | K::Try { .. }
                | K::With { .. }
                | K::FunctionDef(_)
                | K::ClassDef(_)
                | K::Match { .. }
        )
    })
}

/// The prompt's history file: `$PYSLOT_HISTFILE`, else `~/.pyslot_history`.
fn history_path() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("PYSLOT_HISTFILE") {
        return Some(p.into());
    }
    std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".pyslot_history"))
}

pub(crate) const BANNER: &str = concat!(
    "pyslot ",
    env!("CARGO_PKG_VERSION"),
    " (the Python 3.11 language)\n",
    "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information."
);

/// Run the prompt until end of input or `exit()`; the exit status. On a
/// terminal it edits lines with rustyline; otherwise (`-i` with a pipe) it
/// reads lines from stdin and writes the prompts to stderr, as python3 does.
pub(crate) fn run(session: &mut Session, banner: bool) -> i32 {
    use std::io::IsTerminal;
    if banner {
        eprintln!("{BANNER}");
    }
    if std::io::stdin().is_terminal() {
        run_terminal(session)
    } else {
        run_piped(session)
    }
}

fn run_piped(session: &mut Session) -> i32 {
    let mut stdin = std::io::stdin().lock();
    loop {
        eprint!("{}", session.prompt());
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        match std::io::BufRead::read_line(&mut stdin, &mut line) {
            Ok(0) | Err(_) => {
                eprintln!();
                return 0;
            }
            Ok(_) => {}
        }
        let line = line.trim_end_matches(['\n', '\r']);
        if let Fed::Exit(code) = session.feed(line) {
            return code;
        }
    }
}

fn run_terminal(session: &mut Session) -> i32 {
    use rustyline::error::ReadlineError;
    let config = rustyline::Config::builder()
        .auto_add_history(false)
        .completion_type(rustyline::CompletionType::List)
        .build();
    let helper = complete::Helper::new(session.interp.clone(), session.globals.clone());
    let mut editor = match rustyline::Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("pyslot: cannot open the terminal: {e}");
            return 1;
        }
    };
    editor.set_helper(Some(helper));
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    let code = loop {
        match editor.readline(session.prompt()) {
            Ok(text) => {
                if !text.trim().is_empty() {
                    let _ = editor.add_history_entry(text.as_str());
                }
                // A bracketed paste brings several lines at once: each runs
                // in turn, as if typed.
                let mut exit = None;
                for line in text.split('\n') {
                    if let Fed::Exit(code) = session.feed(line.trim_end_matches('\r')) {
                        exit = Some(code);
                        break;
                    }
                }
                if let Some(code) = exit {
                    break code;
                }
            }
            Err(ReadlineError::Interrupted) => {
                session.cancel();
                eprintln!("KeyboardInterrupt");
            }
            Err(ReadlineError::Eof) if !session.buffer.is_empty() => {
                // Ctrl-D on a `...` line ends the block like an empty line.
                eprintln!();
                if let Fed::Exit(code) = session.feed("") {
                    break code;
                }
            }
            Err(_) => {
                eprintln!();
                break 0;
            }
        }
    };
    if let Some(path) = &history {
        let _ = editor.append_history(path);
    }
    code
}
