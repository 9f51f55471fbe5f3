//! The lexer and the parser on arbitrary bytes (read as UTF-8, invalid
//! sequences replaced): any input gives a tree or a SyntaxError.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = pyslot_grammar::tokenize(&text);
    let _ = pyslot_grammar::parse_module(&text);
    let _ = pyslot_grammar::parse_interactive(&text);
    let _ = pyslot_grammar::parse_interactive_input(&text);
    let _ = pyslot_grammar::parse_expression(&text);
});
