//! The embedded modules' syntax trees, parsed when pyslot was built
//! (`build.rs`, `pyslot_grammar::frozen`).

include!(concat!(env!("OUT_DIR"), "/frozen_trees.rs"));

/// The frozen tree of `python/<stem>.py`.
pub(crate) fn tree(stem: &str) -> Option<&'static [u8]> {
    FROZEN_TREES
        .iter()
        .find(|(name, _)| *name == stem)
        .map(|(_, tree)| *tree)
}

#[cfg(test)]
mod tests {
    /// Each frozen tree is the tree a parse of its module's source gives
    /// today: none is stale, and decoding loses nothing the parser made.
    #[test]
    fn every_frozen_tree_is_its_source_parsed() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/builtins/python");
        let mut seen = 0;
        for entry in std::fs::read_dir(dir).expect("the module sources") {
            let path = entry.expect("a directory entry").path();
            if path.extension().is_none_or(|x| x != "py") {
                continue;
            }
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let source = std::fs::read_to_string(&path).expect("module source");
            let parsed = pyslot_grammar::parse_module(&source).expect("the module parses");
            let tree = super::tree(stem).unwrap_or_else(|| panic!("{stem} has no frozen tree"));
            let thawed = pyslot_grammar::frozen::thaw(tree).expect("the tree decodes");
            assert_eq!(format!("{thawed:?}"), format!("{parsed:?}"), "{stem}");
            seen += 1;
        }
        assert_eq!(seen, super::FROZEN_TREES.len());
        assert!(seen >= 40, "only {seen} modules");
    }
}
