//! Parses the standard library's Python modules (`src/builtins/python/`)
//! once, at build time, and keeps each tree for the binary: an import then
//! decodes the tree instead of parsing the text (`grammar/src/frozen.rs`).

use std::path::Path;

fn main() {
    let dir = Path::new("src/builtins/python");
    println!("cargo:rerun-if-changed={}", dir.display());
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut entries = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("src/builtins/python is part of the tree")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("module files have UTF-8 names");
        let source = std::fs::read_to_string(&path).expect("module source is UTF-8");
        let body = match pyslot_grammar::parse_module(&source) {
            Ok(body) => body,
            Err(e) => panic!("{}: {} at byte {}", path.display(), e.msg, e.span.start),
        };
        let frozen = Path::new(&out).join(format!("{stem}.tree"));
        let bytes = match pyslot_grammar::frozen::freeze(&body) {
            Ok(bytes) => bytes,
            Err(e) => panic!("{}: the tree does not encode: {e}", path.display()),
        };
        std::fs::write(&frozen, bytes).expect("OUT_DIR is writable");
        entries.push(format!(
            "    ({stem:?}, include_bytes!({:?})),\n",
            frozen.display().to_string()
        ));
    }
    let table = format!(
        "/// Each embedded module's file name (without `.py`) and frozen tree.\n\
         pub(crate) static FROZEN_TREES: &[(&str, &[u8])] = &[\n{}];\n",
        entries.concat()
    );
    std::fs::write(Path::new(&out).join("frozen_trees.rs"), table).expect("OUT_DIR is writable");
}
