//! `eval`, `exec` and `compile`: Python source run at run time.
//!
//! Without namespaces they use the caller's: its globals, and its locals
//! (a snapshot inside a function, as in CPython). With a `locals` mapping
//! other than the globals, the code runs like a class body: names are
//! looked up in the mapping, then the globals, then builtins.

use std::rc::Rc;

use pyslot_grammar::ast::{Span, Stmt, StmtKind};
use pyslot_grammar::str_digits::LimitScope;

use super::{def_fn, kwarg};
use crate::interp::site_tables::SiteTables;
use crate::interp::{Frame, Interp};
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::instance::Instance;
use crate::runtime::int;
use crate::runtime::source::Source;
use crate::runtime::value::Value;

pub(crate) fn register(i: &mut Interp) {
    def_fn(i, "eval", "(source, globals=None, locals=None, /)", eval);
    def_fn(
        i,
        "exec",
        "(source, globals=None, locals=None, /, *, closure=None)",
        exec,
    );
    def_fn(i, "compile", "(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)", compile);
}

/// `eval(src)` / `exec(src)` at a call site: the caller's namespaces.
pub(crate) fn call_with_frame(
    it: &mut Interp,
    f: &Frame,
    name: &str,
    args: &[Value],
) -> PyResult<Value> {
    let globals = f.globals.clone();
    let locals = match super::namespaces::frame_locals(it, f) {
        Value::Dict(d) => d,
        _ => globals.clone(),
    };
    let Some(src) = args.first() else {
        return Err(PyErr::type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    };
    run(it, name, src, globals, locals)
}

fn eval(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    namespaces_from_args(it, "eval", args, kw)
}

fn exec(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    namespaces_from_args(it, "exec", args, kw)
}

/// `eval(src, globals, locals)` with the namespaces given (or `__main__`'s
/// when the call did not come through a call site).
fn namespaces_from_args(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    kw: Kwargs,
) -> PyResult<Value> {
    let globals = match args.get(1).or_else(|| kwarg(kw, "globals")) {
        Some(Value::Dict(d)) => d.clone(),
        Some(Value::None) | None => match super::namespaces::main_namespace(it) {
            Value::Dict(d) => d,
            _ => crate::runtime::collector::new_dict_rc(PyDict::new()),
        },
        Some(other) => {
            return Err(PyErr::type_error(if name == "eval" {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                format!("exec() globals must be a dict, not {}", other.type_name())
            }))
        }
    };
    let locals = match args.get(2).or_else(|| kwarg(kw, "locals")) {
        Some(Value::Dict(d)) => d.clone(),
        Some(Value::None) | None => globals.clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "locals must be a mapping or None, not {}",
                other.type_name()
            )))
        }
    };
    run(it, name, &args[0], globals, locals)
}

/// Parse, resolve and run `src` (a string or a `compile()` result).
fn run(
    it: &mut Interp,
    name: &str,
    src: &Value,
    globals: Rc<PyDict>,
    locals: Rc<PyDict>,
) -> PyResult<Value> {
    let Code {
        text,
        filename,
        single,
        digit_limit,
    } = source_of(it, name, src)?;
    // A `compile()` result parses under the digit limit it was compiled
    // with, as CPython's code object would keep the values of its literals.
    let limit_scope = || digit_limit.map(LimitScope::new);
    if globals.get_str("__builtins__").is_none() {
        globals.set_str("__builtins__", Value::Dict(it.builtins.clone()));
    }
    let same = Rc::ptr_eq(&globals, &locals);
    let source = Rc::new(Source::new(filename, text));
    if name == "eval" {
        // Leading spaces and tabs are ignored, as CPython does for eval.
        let trimmed = source.text.trim_start_matches([' ', '\t']);
        let parsed = {
            let _scope = limit_scope();
            pyslot_grammar::parse_expression(trimmed)
        };
        let expr = parsed
            .map_err(|e| it.syntax_error(&Source::new(source.filename.clone(), trimmed), &e))?;
        let span = Span::new(0, trimmed.len());
        let mut body = vec![Stmt {
            kind: StmtKind::Expr(expr),
            span,
            has_yield: false,
        }];
        let sites =
            resolve(&mut body, &source.text, same).map_err(|e| it.syntax_error(&source, &e))?;
        let StmtKind::Expr(expr) = &body[0].kind else {
            return Ok(Value::None);
        };
        let mut frame = frame_for(globals, locals, same, source, sites);
        return it.eval(&mut frame, expr).map_err(|mut e| {
            frame.add_traceback(&mut e);
            e
        });
    }
    let parsed = {
        let _scope = limit_scope();
        pyslot_grammar::parse_module(&source.text)
    };
    let mut body = parsed.map_err(|e| it.syntax_error(&source, &e))?;
    let sites = resolve(&mut body, &source.text, same).map_err(|e| it.syntax_error(&source, &e))?;
    let mut frame = frame_for(globals, locals, same, source, sites);
    if single {
        return it
            .run_interactive_in(&mut frame, &body)
            .map(|()| Value::None);
    }
    let r = it.exec_block(&mut frame, &body);
    match r {
        Ok(_) => Ok(Value::None),
        Err(mut e) => {
            frame.add_traceback(&mut e);
            Err(e)
        }
    }
}

/// Resolve `body` as a module or (its names in a namespace of their own)
/// as a class body is; the side tables its code runs with.
fn resolve(
    body: &mut [Stmt],
    text: &str,
    module: bool,
) -> Result<Rc<SiteTables>, pyslot_grammar::SyntaxError> {
    let counts = if module {
        crate::compile::resolve::resolve_module(body, text)?
    } else {
        crate::compile::resolve::resolve_namespace(body)?
    };
    Ok(SiteTables::new(counts))
}

/// A module frame over `globals`, or a class-body-like frame whose names
/// live in `locals`.
fn frame_for(
    globals: Rc<PyDict>,
    locals: Rc<PyDict>,
    same: bool,
    source: Rc<Source>,
    sites: Rc<SiteTables>,
) -> Frame {
    let mut frame = Frame::module(globals, source, sites);
    if !same {
        frame.class_ns = Some(locals);
    }
    frame
}

/// What `eval`/`exec` were given to run.
struct Code {
    text: String,
    filename: String,
    /// Compiled in 'single' mode: expression values are displayed, as at
    /// the prompt.
    single: bool,
    /// The int digit limit at compile time, for a `compile()` result.
    digit_limit: Option<usize>,
}

fn source_of(it: &mut Interp, name: &str, src: &Value) -> PyResult<Code> {
    let text = |text: String| Code {
        text,
        filename: "<string>".into(),
        single: false,
        digit_limit: None,
    };
    match src {
        Value::Str(s) => Ok(text(s.as_str().to_string())),
        Value::Bytes(b) => Ok(text(String::from_utf8_lossy(b).into_owned())),
        Value::Instance(i) if &*i.class().name == "code" => {
            let source = i.get_attr("co_source").unwrap_or_default();
            let file = i.get_attr("co_filename").unwrap_or_default();
            let single =
                matches!(i.get_attr("co_mode"), Some(Value::Str(m)) if m.as_str() == "single");
            let digit_limit = match i.get_attr("co_max_str_digits") {
                Some(Value::Int(n)) => usize::try_from(n).ok(),
                _ => None,
            };
            Ok(Code {
                text: it.to_str(&source)?,
                filename: it.to_str(&file)?,
                single,
                digit_limit,
            })
        }
        _ => Err(PyErr::type_error(format!(
            "{name}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

/// `compile(source, filename, mode)`: checks the syntax now and keeps the
/// text, the file name and the mode for `exec`/`eval`.
fn compile(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (src, filename, mode) = (args[0].clone(), args[1].clone(), args[2].clone());
    let text = match &src {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => {
            return Err(PyErr::type_error(format!(
                "compile() arg 1 must be a string, bytes or AST object, not {}",
                other.type_name()
            )))
        }
    };
    let filename = it.to_str(&filename)?;
    let mode = it.to_str(&mode)?;
    let source = Source::new(filename.clone(), text.clone());
    // The checks after parsing (`break` outside a loop, unreachable
    // patterns...) are compile errors too.
    let resolved = |body: Result<Vec<Stmt>, pyslot_grammar::SyntaxError>| {
        body.and_then(|mut b| crate::compile::resolve::resolve_module(&mut b, &text).map(|_| ()))
    };
    let checked = match mode.as_str() {
        "exec" => resolved(pyslot_grammar::parse_module(&text)),
        "eval" => {
            pyslot_grammar::parse_expression(text.trim_start_matches([' ', '\t'])).map(|_| ())
        }
        "single" => resolved(pyslot_grammar::parse_interactive(&format!("{text}\n"))),
        _ => {
            return Err(PyErr::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    checked.map_err(|e| it.syntax_error(&source, &e))?;
    let class = it.types.dict_backed_class("code");
    let code = Instance::new(class);
    let ns = PyDict::new();
    ns.set_str("co_filename", Value::string(filename));
    ns.set_str("co_source", Value::string(text));
    ns.set_str("co_mode", Value::string(mode));
    ns.set_str(
        "co_max_str_digits",
        Value::Int(int::int_from_len(int::max_str_digits())),
    );
    ns.set_str("co_name", Value::str("<module>"));
    code.replace_dict(crate::runtime::collector::new_dict_rc(ns));
    Ok(Value::Instance(code))
}
