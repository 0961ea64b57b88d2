//! Reads the English messages, `messages/en.ftl`, into `$OUT_DIR/messages.rs` (see
//! `cosell-build`): the table `message::english` renders, and a constructor per message.

fn main() {
    let path = "messages/en.ftl";
    println!("cargo:rerun-if-changed={path}");
    let source = std::fs::read_to_string(path).expect("messages/en.ftl");
    // Without the `sheets` feature (the page's module), the workbooks' messages are left out.
    let sheets = std::env::var_os("CARGO_FEATURE_SHEETS").is_some();
    // Without the `baseline` feature, the comparison's messages are left out likewise.
    let baseline = std::env::var_os("CARGO_FEATURE_BASELINE").is_some();
    let keep = |id: &str| {
        (sheets || !id.starts_with("workbook-")) && (baseline || !id.starts_with("baseline-"))
    };
    let code = cosell_build::english_of(path, &source, "ENGLISH", "crate::message", &keep);
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    std::fs::write(dest, code).unwrap();
}
