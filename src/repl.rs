//! The interactive prompt: `>>>` and `...`, expression values echoed, a
//! traceback for errors, history and line editing through rustyline.

use std::rc::Rc;

use pyslot_grammar::SyntaxError;

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
    pub interp: Interp,
    globals: Rc<PyDict>,
    buffer: String,
}

impl Default for Session {
    fn default() -> Self {
        Session::new()
    }
}

impl Session {
    pub fn new() -> Session {
        let interp = Interp::new();
        let globals = interp.new_globals("__main__");
        Session {
            interp,
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

    /// Add a line; run the input once it is complete.
    pub fn feed(&mut self, line: &str) -> Fed {
        if !self.buffer.is_empty() {
            self.buffer.push('\n');
        }
        self.buffer.push_str(line);
        let text = std::mem::take(&mut self.buffer);
        if text.trim().is_empty() {
            return Fed::Ran;
        }
        // A compound statement ends with an empty line.
        let first = text.lines().next().unwrap_or("");
        let block = first.trim_end().ends_with(':');
        if block && !line.trim().is_empty() {
            self.buffer = text;
            return Fed::NeedMore;
        }
        let source = Rc::new(Source::new("<stdin>", format!("{}\n", text)));
        let parsed = pyslot_grammar::parse_interactive(&source.text);
        let mut body = match parsed {
            Ok(b) => b,
            Err(e) if incomplete(&e) && !line.trim().is_empty() => {
                self.buffer = text;
                return Fed::NeedMore;
            }
            Err(e) => {
                self.interp.flush();
                eprint!("{}", crate::format_syntax_error(&source, &e));
                return Fed::Ran;
            }
        };
        if let Err(e) = crate::compile::resolve::resolve_module(&mut body) {
            eprint!("{}", crate::format_syntax_error(&source, &e));
            return Fed::Ran;
        }
        let result = self
            .interp
            .run_interactive(&body, source, self.globals.clone());
        self.interp.flush();
        match result {
            Ok(()) => Fed::Ran,
            Err(mut e) => {
                if e.is(ExcKind::SystemExit) {
                    return Fed::Exit(crate::report_uncaught(&mut self.interp, &mut e));
                }
                crate::report_uncaught(&mut self.interp, &mut e);
                Fed::Ran
            }
        }
    }
}

/// Errors that only mean "keep typing".
fn incomplete(e: &SyntaxError) -> bool {
    e.msg.ends_with("was never closed")
        || e.msg.starts_with("unterminated triple-quoted string")
        || e.msg.starts_with("expected an indented block")
        || e.msg == "unexpected EOF while parsing"
}

/// Run the prompt on a terminal until end of input.
pub fn run() -> i32 {
    use rustyline::error::ReadlineError;
    let mut editor = match rustyline::DefaultEditor::new() {
        Ok(e) => e,
        Err(_) => return 1,
    };
    println!(
        "pyslot {} (a Python 3.11 interpreter)\nType exit() or Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION")
    );
    let mut session = Session::new();
    // `run` is called on the interpreter's big-stack thread.
    session.interp.stack_limit = crate::interp::generator::stack_pointer()
        .saturating_sub(crate::MAIN_STACK_SIZE - crate::interp::generator::STACK_MARGIN);
    loop {
        match editor.readline(session.prompt()) {
            Ok(line) => {
                let _ = editor.add_history_entry(line.as_str());
                if let Fed::Exit(code) = session.feed(&line) {
                    return code;
                }
            }
            Err(ReadlineError::Interrupted) => {
                session.buffer.clear();
                eprintln!("KeyboardInterrupt");
            }
            Err(_) => return 0,
        }
    }
}
