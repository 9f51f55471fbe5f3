//! The `pyslot` command: read the command line, run on a thread with room
//! for deep recursion, exit with the program's status.

use std::process::ExitCode;

use pyslot::cli::{self, Request};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match cli::parse(&args) {
        Request::Run(opts) => opts,
        Request::Help => {
            print!("{}", cli::HELP);
            return ExitCode::SUCCESS;
        }
        Request::Version => {
            println!("pyslot {} (Python 3.11)", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Request::Usage(msg) => {
            eprintln!(
                "{msg}\n{}\nTry `pyslot -h' for more information.",
                cli::USAGE
            );
            return ExitCode::from(2);
        }
    };
    let runner = std::thread::Builder::new()
        .stack_size(pyslot::MAIN_STACK_SIZE)
        .spawn(move || pyslot::launch::run(opts));
    let code = match runner {
        Ok(handle) => handle.join().unwrap_or(1),
        Err(_) => {
            eprintln!("pyslot: cannot start the interpreter thread");
            1
        }
    };
    // The status is already taken modulo 256 where Python asked for it.
    ExitCode::from(u8::try_from(code & 0xff).unwrap_or(1))
}
