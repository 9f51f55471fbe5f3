//! Frozen trees: what `freeze` encodes, `thaw` gives back whole.

use pyslot_grammar::frozen::{freeze, thaw};
use pyslot_grammar::parse_module;
use std::path::Path;

fn python_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a test directory") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            python_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "py") {
            out.push(path);
        }
    }
}

/// Every script of the test suite that parses (together they use every
/// construct the grammar has) comes back from freezing as it was parsed.
#[test]
fn every_test_script_survives_freezing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("tests/program.py")];
    python_files(&root.join("../tests/scripts"), &mut files);
    let mut checked = 0;
    for path in &files {
        let Ok(source) = std::fs::read_to_string(path) else {
            continue;
        };
        let Ok(parsed) = parse_module(&source) else {
            continue;
        };
        let bytes = freeze(&parsed).expect("encodes");
        let thawed = thaw(&bytes).unwrap_or_else(|| panic!("{}: does not thaw", path.display()));
        assert_eq!(
            format!("{thawed:?}"),
            format!("{parsed:?}"),
            "{}",
            path.display()
        );
        checked += 1;
    }
    assert!(checked > 500, "only {checked} scripts checked");
}

/// Bytes that are not a frozen tree are refused, never misread.
#[test]
fn other_bytes_do_not_thaw() {
    let good = freeze(&parse_module("x = 1\nprint(x)\n").expect("parses")).expect("encodes");
    assert!(thaw(&good).is_some());
    assert!(thaw(&good[..good.len() - 1]).is_none());
    assert!(thaw(&[0xff; 16]).is_none());
}
