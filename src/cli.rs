//! The command line, read as CPython reads its own: options first (single
//! letters may be grouped, `-c` and `-m` take the rest of their word or the
//! next one and end the options), then the program and its arguments.
//!
//! Hand-written rather than built on an argument-parsing crate: Python's
//! rules (`-c cmd` ends option parsing, everything after the program belongs
//! to `sys.argv`, CPython's exact usage messages and exit status 2) are the
//! contract here, and they are a dozen lines of getopt.

/// Where the program comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Program {
    /// `pyslot script.py`
    File(String),
    /// `pyslot -c "source"`
    Command(String),
    /// `pyslot -m module`
    Module(String),
    /// `pyslot -` or a program piped to `pyslot`.
    Stdin { explicit: bool },
    /// No program: the interactive prompt (or stdin when it is not a terminal).
    Default,
}

/// Something to show about a program instead of running it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum View {
    Tokens,
    Ast,
    Scopes,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub(crate) program: Program,
    /// Arguments after the program: `sys.argv[1:]`.
    pub(crate) args: Vec<String>,
    /// `-i`: the prompt after the program, with its globals.
    pub(crate) inspect: bool,
    /// `-q`: no banner at the prompt.
    pub(crate) quiet: bool,
    /// `-u`: stdout written through at every write.
    pub(crate) unbuffered: bool,
    pub(crate) view: Option<View>,
    /// `--memstat`: a table of live objects on stderr after the program.
    pub(crate) memstat: bool,
}

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Request {
    Run(Options),
    Help,
    Version,
    /// A malformed command line: this message, then the usage lines, exit 2.
    Usage(String),
}

/// Options that CPython has and that ask nothing of pyslot (no bytecode
/// cache, no site directory, no PYTHON* environment variables to ignore).
const ACCEPTED_NO_OPS: &str = "BEsSIP";

pub const USAGE: &str = "usage: pyslot [option] ... [-c cmd | -m mod | file | -] [arg] ...";

pub const HELP: &str = "\
usage: pyslot [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-u     : force the stdout stream to be unbuffered
-V     : print the version number and exit (also --version)
-B, -E, -s, -S, -I, -P : accepted for compatibility; they change nothing here
--tokens : print the token stream of the program instead of running it
--ast    : print the syntax tree (with the ast module's names) instead
--scopes : print each scope's locals, cells, free, global and builtin names
--memstat: after the program, print the live objects by class at their
           peak, and what the modules still hold, on stderr
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// Read the arguments that follow the command name.
pub fn parse(args: &[String]) -> Request {
    let mut opts = Options {
        program: Program::Default,
        args: Vec::new(),
        inspect: false,
        quiet: false,
        unbuffered: false,
        view: None,
        memstat: false,
    };
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if arg == "-" {
            opts.program = Program::Stdin { explicit: true };
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            match long {
                "" => {
                    // `--` ends the options; the next word is the program.
                    if let Some(file) = args.get(i) {
                        i += 1;
                        opts.program = if file == "-" {
                            Program::Stdin { explicit: true }
                        } else {
                            Program::File(file.clone())
                        };
                    }
                    break;
                }
                "help" => return Request::Help,
                "version" => return Request::Version,
                "tokens" => opts.view = Some(View::Tokens),
                "ast" => opts.view = Some(View::Ast),
                "scopes" => opts.view = Some(View::Scopes),
                "memstat" => opts.memstat = true,
                _ => return Request::Usage(format!("unknown option {arg}")),
            }
            continue;
        }
        let Some(letters) = arg.strip_prefix('-') else {
            opts.program = Program::File(arg.clone());
            break;
        };
        let mut ended = false;
        for (at, c) in letters.char_indices() {
            match c {
                'c' | 'm' => {
                    let rest = &letters[at + c.len_utf8()..];
                    let value = if !rest.is_empty() {
                        rest.to_string()
                    } else if let Some(next) = args.get(i) {
                        i += 1;
                        next.clone()
                    } else {
                        return Request::Usage(format!("Argument expected for the -{c} option"));
                    };
                    opts.program = if c == 'c' {
                        Program::Command(value)
                    } else {
                        Program::Module(value)
                    };
                    ended = true;
                    break;
                }
                'i' => opts.inspect = true,
                'q' => opts.quiet = true,
                'u' => opts.unbuffered = true,
                'h' | '?' => return Request::Help,
                'V' => return Request::Version,
                c if ACCEPTED_NO_OPS.contains(c) => {}
                c => return Request::Usage(format!("Unknown option: -{c}")),
            }
        }
        if ended {
            break;
        }
    }
    opts.args = args[i.min(args.len())..].to_vec();
    Request::Run(opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(words: &[&str]) -> Options {
        let args: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        match parse(&args) {
            Request::Run(o) => o,
            other => panic!("expected a run, got {other:?}"),
        }
    }

    fn usage(words: &[&str]) -> String {
        let args: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        match parse(&args) {
            Request::Usage(m) => m,
            other => panic!("expected a usage error, got {other:?}"),
        }
    }

    #[test]
    fn script_and_its_arguments() {
        let o = run(&["-u", "x.py", "-i", "--tokens"]);
        assert_eq!(o.program, Program::File("x.py".into()));
        assert_eq!(o.args, vec!["-i", "--tokens"]);
        assert!(o.unbuffered && !o.inspect && o.view.is_none());
    }

    #[test]
    fn command_ends_the_options() {
        let o = run(&["-qic", "print(1)", "-b", "x"]);
        assert_eq!(o.program, Program::Command("print(1)".into()));
        assert_eq!(o.args, vec!["-b", "x"]);
        assert!(o.quiet && o.inspect);
        let o = run(&["-cprint(2)"]);
        assert_eq!(o.program, Program::Command("print(2)".into()));
        let o = run(&["-m", "pkg.mod", "a"]);
        assert_eq!(o.program, Program::Module("pkg.mod".into()));
        assert_eq!(o.args, vec!["a"]);
    }

    #[test]
    fn stdin_and_default() {
        let o = run(&["-", "a"]);
        assert_eq!(o.program, Program::Stdin { explicit: true });
        assert_eq!(o.args, vec!["a"]);
        assert_eq!(run(&["-q"]).program, Program::Default);
    }

    #[test]
    fn bad_options_name_themselves() {
        assert_eq!(usage(&["-z"]), "Unknown option: -z");
        assert_eq!(usage(&["--foo"]), "unknown option --foo");
        assert_eq!(usage(&["-c"]), "Argument expected for the -c option");
        assert_eq!(usage(&["-i", "-m"]), "Argument expected for the -m option");
        assert_eq!(parse(&["-h".to_string()]), Request::Help);
        assert_eq!(parse(&["--version".to_string()]), Request::Version);
    }
}
