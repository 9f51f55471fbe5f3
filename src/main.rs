//! The `pyslot` command line: run a script, or dump its tokens.

use std::path::Path;
use std::process::ExitCode;

use clap::{Arg, ArgAction, Command};

fn main() -> ExitCode {
    let matches = Command::new("pyslot")
        .version(env!("CARGO_PKG_VERSION"))
        .about("A small, fast, honest Python interpreter")
        .arg(
            Arg::new("tokens")
                .long("tokens")
                .action(ArgAction::SetTrue)
                .help("Print the token stream of the script instead of running it"),
        )
        .arg(Arg::new("script").help("The Python file to run"))
        .arg(
            Arg::new("args")
                .num_args(0..)
                .trailing_var_arg(true)
                .allow_hyphen_values(true)
                .help("Arguments passed to the script as sys.argv[1:]"),
        )
        .get_matches();

    let Some(script) = matches.get_one::<String>("script").cloned() else {
        // No script: a prompt on a terminal, else the program from stdin.
        use std::io::IsTerminal;
        let code = if std::io::stdin().is_terminal() {
            run_on_big_stack(pyslot::repl::run)
        } else {
            let mut text = String::new();
            if std::io::Read::read_to_string(&mut std::io::stdin(), &mut text).is_err() {
                eprintln!("pyslot: cannot read the program from stdin");
                return ExitCode::from(1);
            }
            run_on_big_stack(move || pyslot::run_program("<stdin>", text, vec![String::new()]))
        };
        return ExitCode::from(code.clamp(0, 255) as u8);
    };
    let bytes = match std::fs::read(&script) {
        Ok(b) => b,
        Err(e) => {
            let abs = std::path::absolute(Path::new(&script))
                .map(|p| p.display().to_string())
                .unwrap_or(script.clone());
            let errno = e.raw_os_error().unwrap_or(2);
            let msg = match e.kind() {
                std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                _ => e.to_string(),
            };
            eprintln!(
                "pyslot: can't open file '{}': [Errno {}] {}",
                abs, errno, msg
            );
            return ExitCode::from(2);
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let byte = e.as_bytes().get(pos).copied().unwrap_or(0);
            eprintln!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                byte,
                script,
                e.as_bytes()[..pos].iter().filter(|&&b| b == b'\n').count() + 1
            );
            return ExitCode::from(1);
        }
    };
    if matches.get_flag("tokens") {
        return match pyslot_grammar::lexer::tokenize(&text) {
            Ok(tokens) => {
                let source = pyslot::runtime::source::Source::new(script.clone(), text.clone());
                for (start, tok, end) in tokens {
                    let (l1, c1) = (source.line_of(start as u32), source.column_of(start as u32));
                    let (l2, c2) = (source.line_of(end as u32), source.column_of(end as u32));
                    println!("{}:{}-{}:{}\t{}", l1, c1, l2, c2, tok);
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                let source = pyslot::runtime::source::Source::new(script.clone(), text);
                eprint!("{}", pyslot::format_syntax_error(&source, &e));
                ExitCode::from(1)
            }
        };
    }
    // Tracebacks name the script by its absolute path, as CPython 3.11 does.
    let shown = std::path::absolute(Path::new(&script))
        .map(|p| p.display().to_string())
        .unwrap_or(script.clone());
    let mut argv = vec![script.clone()];
    if let Some(rest) = matches.get_many::<String>("args") {
        argv.extend(rest.cloned());
    }
    let code = run_on_big_stack(move || pyslot::run_program(&shown, text, argv));
    ExitCode::from(code.clamp(0, 255) as u8)
}

/// Run the interpreter on a thread whose stack has room for the full
/// recursion limit.
fn run_on_big_stack(f: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    let runner = std::thread::Builder::new()
        .stack_size(pyslot::MAIN_STACK_SIZE)
        .spawn(f);
    match runner {
        Ok(handle) => handle.join().unwrap_or(1),
        Err(_) => {
            eprintln!("pyslot: cannot start the interpreter thread");
            1
        }
    }
}
