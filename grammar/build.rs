fn main() {
    println!("cargo:rerun-if-changed=src/python.lalrpop");
    if let Err(e) = lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .emit_rerun_directives(true)
        .process_file("src/python.lalrpop")
    {
        eprintln!("lalrpop failed: {e}");
        std::process::exit(1);
    }
}
