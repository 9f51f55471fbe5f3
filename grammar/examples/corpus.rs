//! Parses every file named on stdin; prints the ones that fail.

use std::io::BufRead;

fn main() {
    let (mut ok, mut bad) = (0, 0);
    for path in std::io::stdin().lock().lines().map_while(Result::ok) {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        match pyslot_grammar::parse_module(&src) {
            Ok(_) => ok += 1,
            Err(e) => {
                bad += 1;
                let line = src[..(e.span.start as usize).min(src.len())]
                    .matches('\n')
                    .count()
                    + 1;
                println!("{path}:{line}: {:?}: {}", e.kind, e.msg);
            }
        }
    }
    println!("ok {ok} bad {bad}");
}
