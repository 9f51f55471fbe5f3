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
    // Under a tight address-space limit even the chosen stack may not be
    // had: halve it until the thread starts.
    let mut size = pyslot::main_stack_size();
    let code = loop {
        let opts = opts.clone();
        let runner = std::thread::Builder::new()
            .stack_size(size)
            .spawn(move || pyslot::launch::run(opts, size));
        match runner {
            Ok(handle) => break handle.join().unwrap_or(1),
            Err(_) if size > 4 << 20 => size /= 2,
            Err(_) => {
                eprintln!("pyslot: cannot start the interpreter thread");
                break 1;
            }
        }
    };
    // The status is already taken modulo 256 where Python asked for it.
    ExitCode::from(u8::try_from(code & 0xff).unwrap_or(1))
}
