//! From a parsed command line to a finished run: find the program (a file,
//! `-c`, `-m`, stdin or the prompt), set up `sys.argv`, `sys.path` and the
//! output stream, run it as `__main__`, and give the exit status.

use std::io::IsTerminal;
use std::path::Path;
use std::rc::Rc;

use crate::cli::{Options, Program, View};
use crate::interp::import::{absolute, find_in, Found};
use crate::interp::last_resort;
use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::source::Source;
use crate::runtime::value::Value;

/// A program to run, read and named.
struct Main {
    /// The name tracebacks show: an absolute path, `<string>` or `<stdin>`.
    filename: String,
    text: String,
    argv0: String,
    /// `sys.path[0]`.
    path0: String,
    /// `__file__`, for a program read from a file.
    file: Option<String>,
    /// `__package__`, for `-m pkg.mod`.
    package: Option<String>,
}

/// Run what the command line asks for, on a thread whose stack is
/// `stack_size` bytes; the process exit status.
///
/// An internal panic (a bug in pyslot) never shows as a Rust message: while
/// the program runs it becomes a Python `SystemError` with a traceback
/// (`interp::last_resort`); anywhere else it is reported the same way,
/// without one, and the status is 1.
pub fn run(opts: Options, stack_size: usize) -> i32 {
    last_resort::install_hook();
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_unguarded(opts, stack_size)
    })) {
        Ok(code) => code,
        Err(_) => {
            use std::io::Write;
            let _ = std::io::stdout().flush();
            eprintln!(
                "SystemError: internal error: {}",
                last_resort::take_message()
            );
            1
        }
    }
}

fn run_unguarded(opts: Options, stack_size: usize) -> i32 {
    let code = run_program(opts, stack_size);
    // The interpreter is gone: a generator dropped with it can no longer be
    // closed, and its stack must not be unwound later by a thread-local
    // destructor (its frames' values would touch freed interpreter state).
    crate::runtime::generator::abandon_pending();
    code
}

fn run_program(opts: Options, stack_size: usize) -> i32 {
    crate::interp::interrupt::install_handler();
    let stdin_tty = std::io::stdin().is_terminal();
    let mut interp = Interp::new();
    interp.set_output(opts.unbuffered);
    // Test-only (ARCHITECTURE.md, "The last resort"): a builtin that panics,
    // so the tests can check what an internal error looks like.
    if std::env::var_os("PYSLOT_TEST_PANIC").is_some_and(|v| v == "1") {
        crate::builtins::def_fn(&interp, "_pyslot_test_panic", "()", |_, _, _| {
            panic!("the test panic asked for by PYSLOT_TEST_PANIC")
        });
    }
    // Python calls stop with RecursionError well before the thread's stack ends.
    interp.stack_limit = crate::interp::generator::stack_pointer()
        .saturating_sub(stack_size - crate::interp::generator::STACK_MARGIN);
    let cwd = std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_default();

    let main = match &opts.program {
        Program::File(path) => match read_script(path) {
            Ok(m) => Some(m),
            Err(code) => return code,
        },
        Program::Command(text) => Some(Main {
            filename: "<string>".into(),
            text: text.clone(),
            argv0: "-c".into(),
            path0: String::new(),
            file: None,
            package: None,
        }),
        Program::Module(name) => {
            interp.sys_path = Value::list(vec![Value::str(&cwd)]);
            match find_main_module(&mut interp, name) {
                Ok(m) => Some(m),
                Err(code) => return code,
            }
        }
        // `-`, or no program with a pipe for stdin (unless `-i` asks for
        // the prompt): the program is stdin. On a terminal: the prompt.
        Program::Stdin { explicit } if !stdin_tty || opts.view.is_some() => {
            match read_stdin(if *explicit { "-" } else { "" }) {
                Ok(m) => Some(m),
                Err(code) => return code,
            }
        }
        Program::Default if (!stdin_tty && !opts.inspect) || opts.view.is_some() => {
            match read_stdin("") {
                Ok(m) => Some(m),
                Err(code) => return code,
            }
        }
        Program::Stdin { .. } => None,
        Program::Default => None,
    };

    if let (Some(view), Some(m)) = (opts.view, &main) {
        return show(&mut interp, view, &m.filename, &m.text);
    }

    let argv0 = main.as_ref().map(|m| m.argv0.clone()).unwrap_or_default();
    interp.argv = std::iter::once(argv0)
        .chain(opts.args.iter().cloned())
        .collect();
    if !matches!(opts.program, Program::Module(_)) {
        let path0 = main.as_ref().map(|m| m.path0.clone()).unwrap_or_default();
        interp.sys_path = Value::list(vec![Value::string(path0)]);
    }
    let globals = interp.new_globals("__main__");
    // The names CPython's __main__ starts with, in its order.
    globals.set_str("__package__", Value::None);
    globals.set_str("__loader__", Value::None);
    globals.set_str("__spec__", Value::None);
    globals.set_str("__annotations__", Value::new_dict(PyDict::new()));
    let main_module = interp.module_object(globals.clone());
    interp.modules.set_str("__main__", main_module);

    if let Some(m) = main {
        if let Some(file) = &m.file {
            globals.set_str("__file__", Value::str(file));
            globals.set_str("__cached__", Value::None);
        }
        if let Some(p) = &m.package {
            globals.set_str("__package__", Value::str(p));
        }
        if opts.memstat {
            crate::runtime::census::enable();
        }
        let code = run_main(&mut interp, &globals, m.filename, m.text);
        if opts.memstat {
            let report = crate::show::memstat::report(&mut interp);
            interp.flush();
            eprint!("{report}");
            crate::runtime::census::clear();
        }
        if !opts.inspect {
            finish(&mut interp, &globals);
            return code;
        }
    }
    // The prompt: after the program with `-i`, or as the program.
    let banner = !opts.quiet && stdin_tty && !opts.inspect;
    let mut session = crate::repl::Session::with(interp, globals.clone());
    let code = crate::repl::run(&mut session, banner);
    finish(&mut session.interp.borrow_mut(), &globals);
    code
}

/// Parse and run the main program; the exit status it asks for.
fn run_main(interp: &mut Interp, globals: &Rc<PyDict>, filename: String, text: String) -> i32 {
    let source = Rc::new(Source::new(filename, text));
    let unit = match pyslot_grammar::parse_module(&source.text)
        .and_then(|body| crate::interp::Unit::resolve(body, &source.text))
    {
        Ok(unit) => unit,
        Err(e) => {
            eprint!("{}", crate::format_syntax_error(&source, &e));
            return 1;
        }
    };
    let result = last_resort::guard(interp, |interp| {
        interp.run_module(&unit, source, globals.clone())
    });
    interp.flush();
    match result {
        Ok(()) => 0,
        Err(mut e) => crate::report_uncaught(interp, &mut e),
    }
}

/// At exit, as CPython does: collect the garbage there is; release the
/// main module's names (those starting with one underscore first, then
/// the rest, in order; `__del__` methods run as their objects go), then the
/// other modules' (newest first) the same way; collect the cycles that
/// leaves; close the generators still suspended that all this let go,
/// oldest first (their `finally` blocks run); flush. Generators that `sys`
/// itself holds are never closed (CPython closes them once `sys.stdout` is
/// gone, so their output never shows).
fn finish(interp: &mut Interp, globals: &Rc<PyDict>) {
    let done = last_resort::guard(interp, |interp| {
        release_globals(interp, globals);
        Ok(())
    });
    if let Err(mut e) = done {
        interp.flush();
        crate::report_uncaught(interp, &mut e);
    }
}

pub(crate) fn release_globals(interp: &mut Interp, globals: &Rc<PyDict>) {
    // Suspended generators in garbage are closed before the names go, as
    // CPython closes them. Otherwise garbage is collected once the names are
    // gone, when there is far less left to walk (a program's big live
    // structures cost nothing then).
    if crate::runtime::generator::any_alive() {
        interp.collect_garbage(2);
    }
    interp.close_pending_generators(None);
    release_names(globals);
    // `__del__` methods run as their objects go; generators wait.
    interp.run_pending_finalizers();
    let names = std::mem::take(&mut *globals.map.borrow_mut());
    drop(names);
    interp.run_pending_finalizers();
    let module_class = interp.types.module_class();
    let entries = interp.modules.items();
    for (name, module) in entries.iter().rev() {
        if matches!(name.as_str(), Some("sys" | "builtins" | "__main__")) {
            continue;
        }
        match module {
            Value::Instance(m) if Rc::ptr_eq(m.class(), &module_class) => {
                if let Some(d) = m.dict() {
                    release_names(&d);
                }
            }
            // Anything else stored there is let go.
            _ => {
                if let Some(n) = name.as_str() {
                    interp.modules.set_str(n, Value::None);
                }
            }
        }
        interp.run_pending_finalizers();
    }
    drop(entries);
    interp.collect_garbage(2);
    interp.close_pending_generators(None);
    interp.flush();
}

/// Set a module's names to None: those starting with one underscore
/// first, then the rest, in order (`__builtins__` stays).
fn release_names(globals: &PyDict) {
    let names: Vec<Value> = globals.keys();
    let private = |k: &Value| {
        k.as_str()
            .is_some_and(|s| s.starts_with('_') && !s.starts_with("__"))
    };
    let (first, rest): (Vec<Value>, Vec<Value>) = names.into_iter().partition(private);
    for k in first.iter().chain(&rest) {
        if k.as_str() == Some("__builtins__") {
            continue;
        }
        if let Some(s) = k.as_str() {
            globals.set_str(s, Value::None);
        }
    }
}

/// The whole of stdin as the program.
fn read_stdin(argv0: &str) -> Result<Main, i32> {
    let mut text = String::new();
    if std::io::Read::read_to_string(&mut std::io::stdin(), &mut text).is_err() {
        eprintln!("pyslot: cannot read the program from stdin");
        return Err(1);
    }
    Ok(Main {
        filename: "<stdin>".into(),
        text,
        argv0: argv0.into(),
        path0: String::new(),
        file: None,
        package: None,
    })
}

/// Read a script file, with CPython's messages when it cannot be.
fn read_script(path: &str) -> Result<Main, i32> {
    let shown = absolute(Path::new(path)).display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(2);
            let msg = match e.kind() {
                std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                std::io::ErrorKind::IsADirectory => "Is a directory".to_string(),
                _ => e.to_string(),
            };
            eprintln!("pyslot: can't open file '{shown}': [Errno {errno}] {msg}");
            return Err(2);
        }
    };
    let text = decode(bytes, path)?;
    let dir = absolute(Path::new(path))
        .parent()
        .map(|d| d.display().to_string())
        .unwrap_or_default();
    Ok(Main {
        filename: shown.clone(),
        text,
        argv0: path.to_string(),
        path0: dir,
        file: Some(shown),
        package: None,
    })
}

/// A source file's text: UTF-8, or CPython's SyntaxError for other bytes.
fn decode(bytes: Vec<u8>, path: &str) -> Result<String, i32> {
    String::from_utf8(bytes).map_err(|e| {
        let pos = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let byte = bytes.get(pos).copied().unwrap_or(0);
        let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
        eprintln!(
            "SyntaxError: Non-UTF-8 code starting with '\\x{byte:02x}' in file {path} on line {line}, \
             but no encoding declared; see https://peps.python.org/pep-0263/ for details"
        );
        1
    })
}

/// `-m name`: import the parent packages, then find the module (or the
/// package's `__main__`) to run as `__main__`.
fn find_main_module(interp: &mut Interp, name: &str) -> Result<Main, i32> {
    let fail = |msg: String| {
        eprintln!("pyslot: {msg}");
        1
    };
    let (parent, last) = match name.rsplit_once('.') {
        Some((p, l)) => (Some(p), l),
        None => (None, name),
    };
    // The folders to look in: the parent package's `__path__`, else sys.path.
    let path = match parent {
        Some(p) => match interp.find_and_load(p) {
            Ok(Value::Instance(m)) => match m.dict().and_then(|d| d.get_str("__path__")) {
                Some(path) => path,
                None => {
                    return Err(fail(format!(
                        "Error while finding module specification for '{name}' \
                         (ModuleNotFoundError: __path__ attribute not found on '{p}' while trying to find '{name}')"
                    )))
                }
            },
            Ok(_) => return Err(fail(format!("No module named {name}"))),
            Err(mut e) => {
                let code = crate::report_uncaught(interp, &mut e);
                return Err(code);
            }
        },
        None => interp.sys_path.clone(),
    };
    let dirs = interp.path_entries(&path).unwrap_or_default();
    let (file, package) = match find_in(&dirs, last) {
        Some(Found::Source {
            file,
            package_dir: None,
        }) => (file, parent.unwrap_or("").to_string()),
        Some(Found::Source {
            package_dir: Some(dir),
            ..
        })
        | Some(Found::Namespace(dir)) => {
            // A package runs its `__main__`, after its `__init__`.
            if let Err(mut e) = interp.find_and_load(name) {
                return Err(crate::report_uncaught(interp, &mut e));
            }
            let main = dir.join("__main__.py");
            if !main.is_file() {
                return Err(fail(format!(
                    "No module named {name}.__main__; '{name}' is a package and cannot be directly executed"
                )));
            }
            (main, name.to_string())
        }
        None => return Err(fail(format!("No module named {name}"))),
    };
    let shown = file.display().to_string();
    let bytes = std::fs::read(&file).map_err(|e| fail(format!("can't read '{shown}': {e}")))?;
    let text = decode(bytes, &shown)?;
    let cwd = std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    Ok(Main {
        filename: shown.clone(),
        text,
        argv0: shown.clone(),
        path0: cwd,
        file: Some(shown),
        package: Some(package),
    })
}

/// `--tokens`, `--ast`, `--scopes`: show the program instead of running it.
fn show(interp: &mut Interp, view: View, filename: &str, text: &str) -> i32 {
    let source = Source::new(filename, text);
    let fail = |e: pyslot_grammar::SyntaxError| {
        eprint!("{}", crate::format_syntax_error(&source, &e));
        1
    };
    let listing = match view {
        View::Tokens => match crate::show::tokens::listing(&source) {
            Ok(l) => l,
            Err(e) => return fail(e),
        },
        View::Ast | View::Scopes => {
            let mut body = match pyslot_grammar::parse_module(text) {
                Ok(b) => b,
                Err(e) => return fail(e),
            };
            if let Err(e) = crate::compile::resolve::resolve_module(&mut body, text) {
                return fail(e);
            }
            if view == View::Ast {
                crate::show::ast::outline(&source, &body)
            } else {
                let builtins = interp.builtins.str_keys().into_iter().collect();
                crate::show::scopes::listing(&source, &body, builtins)
            }
        }
    };
    print!("{listing}");
    0
}
