//! pyslot: a small, fast, honest Python interpreter.
//!
//! The pipeline: `pyslot_grammar` lexes and parses source into a syntax tree,
//! `compile::resolve` decides where every name lives, and `interp` walks the
//! tree over the values of `runtime`.

pub mod builtins;
pub mod compile;
pub mod interp;
pub mod repl;
pub mod runtime;

use std::io::Write;
use std::rc::Rc;

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

/// Format a syntax error the way CPython prints it: file, line, the source
/// line and a caret under the offending column(s).
pub fn format_syntax_error(source: &Source, err: &SyntaxError) -> String {
    let line = source.line_of(err.span.start);
    let text = source.line_text(line);
    let mut out = format!("  File \"{}\", line {}\n", source.filename, line);
    let trimmed = text.trim_start();
    if !trimmed.is_empty() {
        let indent = text.chars().count() - trimmed.chars().count();
        let col = source.column_of(err.span.start).saturating_sub(indent);
        let end_line = source.line_of(err.span.end.max(err.span.start));
        let width = if end_line == line && err.span.end > err.span.start {
            let end_col = source.column_of(err.span.end).saturating_sub(indent);
            end_col.saturating_sub(col).max(1)
        } else {
            1
        };
        let trimmed_end = trimmed.trim_end();
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

/// Parse, resolve and run a whole program as `__main__`. Returns the
/// process exit status; errors are printed to stderr as CPython prints them.
pub fn run_program(filename: &str, text: String, argv: Vec<String>) -> i32 {
    let source = Rc::new(Source::new(filename, text));
    let mut body = match pyslot_grammar::parse_module(&source.text) {
        Ok(b) => b,
        Err(e) => {
            eprint!("{}", format_syntax_error(&source, &e));
            return 1;
        }
    };
    if let Err(e) = compile::resolve::resolve_module(&mut body) {
        eprint!("{}", format_syntax_error(&source, &e));
        return 1;
    }
    let mut interp = Interp::new();
    interp.argv = argv;
    // Python calls stop with RecursionError well before the thread's stack ends.
    interp.stack_limit = interp::generator::stack_pointer()
        .saturating_sub(MAIN_STACK_SIZE - interp::generator::STACK_MARGIN);
    let globals = interp.new_globals("__main__");
    let result = interp.run_module(&body, source, globals.clone());
    interp.flush();
    let code = match result {
        Ok(()) => 0,
        Err(mut e) => report_uncaught(&mut interp, &mut e),
    };
    // At exit, as CPython does, suspended generators are closed so their
    // `finally` blocks run: release the module's names, then close them.
    let names = std::mem::take(&mut *globals.map.borrow_mut());
    drop(names);
    interp.close_pending_generators();
    interp.flush();
    code
}

/// Print an uncaught exception (or honour SystemExit) and give the exit status.
pub fn report_uncaught(interp: &mut Interp, e: &mut PyErr) -> i32 {
    if e.is(ExcKind::SystemExit) {
        let inst = interp.exc_object(e);
        let code = inst
            .exc()
            .and_then(|d| d.borrow().args.first().cloned())
            .unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
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
    1
}
