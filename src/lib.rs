//! pyslot: a small, fast, honest Python interpreter.
//!
//! The pipeline: `pyslot_grammar` lexes and parses source into a syntax tree,
//! `compile::resolve` decides where every name lives, and `interp` walks the
//! tree over the values of `runtime`.

pub(crate) mod builtins;
pub mod cli;
pub(crate) mod compile;
pub(crate) mod interp;
pub mod launch;
pub mod repl;
pub(crate) mod runtime;
pub(crate) mod show;

use std::io::Write;

use interp::Interp;
use pyslot_grammar::SyntaxError;
use runtime::exception::{ExcKind, PyErr};
use runtime::source::Source;
use runtime::value::Value;

/// Small blocks come from pyslot's slab (see `runtime::slab`).
#[global_allocator]
static ALLOCATOR: runtime::slab::SlabAlloc = runtime::slab::SlabAlloc;

/// The interpreter thread's stack: deep Python recursion is a
/// RecursionError, never a stack overflow.
pub const MAIN_STACK_SIZE: usize = 1 << 30;

/// The smallest interpreter stack worth starting with: room for the default
/// recursion limit in a debug build.
const MIN_STACK_SIZE: usize = 32 << 20;

/// The interpreter thread's stack for this process: `MAIN_STACK_SIZE`, or a
/// quarter of the address space when that is limited (`ulimit -v`), so the
/// rest stays for the program's objects. A smaller stack only means that
/// very deep recursion stops sooner, with RecursionError.
pub fn main_stack_size() -> usize {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit only writes the struct it is given.
    let ok = unsafe { libc::getrlimit(libc::RLIMIT_AS, &mut lim) } == 0;
    if !ok || lim.rlim_cur == libc::RLIM_INFINITY {
        return MAIN_STACK_SIZE;
    }
    let quarter = usize::try_from(lim.rlim_cur / 4).unwrap_or(MAIN_STACK_SIZE);
    quarter.clamp(MIN_STACK_SIZE, MAIN_STACK_SIZE) & !0xffff
}

/// Format a syntax error the way CPython prints it: file, line, the source
/// line and a caret under the offending column(s).
pub(crate) fn format_syntax_error(source: &Source, err: &SyntaxError) -> String {
    let line = source.line_of(err.span.start);
    let text = source.line_text(line);
    let mut out = format!("  File \"{}\", line {}\n", source.filename, line);
    let trimmed = text.trim_start();
    if !trimmed.is_empty() {
        let indent = text.chars().count() - trimmed.chars().count();
        let col = source.column_of(err.span.start).saturating_sub(indent);
        let end_line = source.line_of(err.span.end.max(err.span.start));
        let trimmed_end = trimmed.trim_end();
        let width = if end_line == line && err.span.end > err.span.start {
            let end_col = source.column_of(err.span.end).saturating_sub(indent);
            end_col.saturating_sub(col).max(1)
        } else if end_line > line {
            // A span over several lines is underlined to the end of its
            // first one (a compound statement's header).
            trimmed_end.chars().count().saturating_sub(col).max(1)
        } else {
            1
        };
        out.push_str(&format!("    {}\n", trimmed_end));
        use pyslot_grammar::SyntaxErrorKind;
        match err.kind {
            // CPython shows no caret for these.
            SyntaxErrorKind::TabError => {}
            SyntaxErrorKind::IndentationError if err.msg == "unexpected indent" => {}
            SyntaxErrorKind::IndentationError => {
                let col = if err.msg.starts_with("unindent does not match") {
                    trimmed_end.chars().count()
                } else {
                    col
                };
                out.push_str(&format!("    {}^\n", " ".repeat(col)));
            }
            SyntaxErrorKind::SyntaxError => {
                out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
            }
        }
    }
    out.push_str(&format!("{}: {}\n", err.kind.class_name(), err.msg));
    out
}

/// Print an uncaught exception (or honour SystemExit) and give the exit
/// status: SystemExit's code taken modulo 256 as the OS does, 130 for an
/// uncaught KeyboardInterrupt, 1 for anything else.
pub(crate) fn report_uncaught(interp: &mut Interp, e: &mut PyErr) -> i32 {
    if e.is(ExcKind::SystemExit) {
        let inst = interp.exc_object(e);
        let args = inst
            .exc()
            .map(|d| d.borrow().args.clone())
            .unwrap_or_default();
        let code = match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => Value::tuple(args),
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => (i & 0xff) as i32,
            Value::Bool(b) => i32::from(b),
            // Too big for a C long: CPython reports it and exits with -1.
            Value::BigInt(_) => 255,
            other => {
                let text = interp.to_str(&other).unwrap_or_default();
                interp.flush();
                eprintln!("{}", text);
                1
            }
        };
    }
    let text = interp.print_exception(e);
    interp.flush();
    let _ = std::io::stderr().write_all(text.as_bytes());
    if e.is(ExcKind::KeyboardInterrupt) {
        130
    } else {
        1
    }
}

/// The stack [`run_sandboxed`] expects its thread to have (spawn the thread
/// with `std::thread::Builder::stack_size(SANDBOX_STACK_SIZE)`).
pub const SANDBOX_STACK_SIZE: usize = 256 << 20;

/// What [`run_sandboxed`] saw.
#[derive(Debug, Default)]
pub struct SandboxRun {
    /// What the program printed to stdout (the first MiB of it).
    pub stdout: Vec<u8>,
    /// The last line of the report of an uncaught exception or syntax error
    /// (`"ValueError: ..."`), or `None` when the program ran to its end.
    pub error: Option<String>,
}

/// Stdout for a sandboxed run: kept up to a cap, the rest dropped.
struct Capture(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut out = self.0.borrow_mut();
        let room = (1usize << 20).saturating_sub(out.len());
        out.extend_from_slice(&buf[..buf.len().min(room)]);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// For fuzzing and tests: run `source` as `__main__` in this process with a
/// fresh interpreter, at most `steps` safe points (loop iterations, calls;
/// past them every safe point raises `KeyboardInterrupt`), a recursion limit
/// of 200, stdout captured, and no file system (`_files`, under `open` and
/// `os`, is not there) nor `input()`. Call it on a thread spawned with
/// [`SANDBOX_STACK_SIZE`] of stack: deep recursion must end as
/// RecursionError before that stack does.
pub fn run_sandboxed(source: &str, steps: u64) -> SandboxRun {
    let captured = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let error = {
        let mut interp = Interp::new();
        interp.out = Box::new(Capture(captured.clone()));
        interp.recursion_limit = 200;
        // Room for the frames of whoever called us, then the same margin as
        // the main thread keeps.
        interp.stack_limit = interp::generator::stack_pointer()
            .saturating_sub(SANDBOX_STACK_SIZE - interp::generator::STACK_MARGIN - (4 << 20));
        interp.builtins.remove_str("input");
        let no_files = interp.new_globals("_files");
        let no_files = interp.module_object(no_files);
        interp.modules.set_str("_files", no_files);
        let globals = interp.new_globals("__main__");
        let main_module = interp.module_object(globals.clone());
        interp.modules.set_str("__main__", main_module);
        interp::interrupt::set_budget(Some(steps));
        let error = sandboxed_main(&mut interp, &globals, source);
        // Not under `last_resort::guard`: a panic must reach the caller.
        launch::release_globals(&mut interp, &globals);
        interp::interrupt::set_budget(None);
        // Break the reference cycles every interpreter has (modules and
        // their functions' globals, builtins) so that nothing of this run
        // outlives it.
        for m in interp.modules.values() {
            if let Value::Instance(inst) = m {
                if let Some(d) = inst.dict() {
                    drop(std::mem::take(&mut *d.map.borrow_mut()));
                }
            }
        }
        drop(std::mem::take(&mut *interp.modules.map.borrow_mut()));
        drop(std::mem::take(&mut *interp.builtins.map.borrow_mut()));
        // And the classes' namespaces and lookup caches (methods that know
        // their class): every class is a builtin one or a subclass of one.
        let mut classes = interp.types.all();
        let mut seen = std::collections::HashSet::new();
        while let Some(c) = classes.pop() {
            if !seen.insert(std::rc::Rc::as_ptr(&c)) {
                continue;
            }
            classes.extend(c.subclasses.borrow().iter().filter_map(|w| w.upgrade()));
            drop(std::mem::take(&mut *c.dict.map.borrow_mut()));
            drop(std::mem::take(&mut *c.cache.borrow_mut()));
        }
        error
    };
    builtins::regex_module::forget_all();
    runtime::collector::forget_all();
    let stdout = std::mem::take(&mut *captured.borrow_mut());
    SandboxRun { stdout, error }
}

fn sandboxed_main(
    interp: &mut Interp,
    globals: &std::rc::Rc<runtime::dict::PyDict>,
    text: &str,
) -> Option<String> {
    let source = std::rc::Rc::new(Source::new("<fuzz>".to_string(), text.to_string()));
    let last_line = |report: &str| report.lines().last().unwrap_or_default().to_string();
    let unit = match pyslot_grammar::parse_module(&source.text)
        .and_then(|body| interp::Unit::resolve(body, &source.text))
    {
        Ok(unit) => unit,
        Err(e) => return Some(last_line(&format_syntax_error(&source, &e))),
    };
    match interp.run_module(&unit, source, globals.clone()) {
        Ok(()) => None,
        Err(mut e) => Some(last_line(&interp.print_exception(&mut e))),
    }
}
