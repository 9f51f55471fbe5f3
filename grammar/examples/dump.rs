//! Parses the file given as argument (or `-c SOURCE`) and prints the tree,
//! or the tokens with `--tokens`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tokens = args.iter().any(|a| a == "--tokens");
    let expr = args.iter().any(|a| a == "--eval");
    let rest: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let src = match rest.as_slice() {
        [flag, code] if flag.as_str() == "-c" => code.to_string(),
        [path] => std::fs::read_to_string(path).unwrap_or_default(),
        _ => String::new(),
    };
    if tokens {
        match pyslot_grammar::tokenize(&src) {
            Ok(t) => t.iter().for_each(|(s, t, e)| println!("{s}-{e} {t}")),
            Err(e) => println!("{e:?}"),
        }
        return;
    }
    if expr {
        println!("{:#?}", pyslot_grammar::parse_expression(&src));
        return;
    }
    match pyslot_grammar::parse_module(&src) {
        Ok(s) => println!("{s:#?}"),
        Err(e) => println!("{e:?}"),
    }
}
