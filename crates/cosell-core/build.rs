//! Reads the English messages, `messages/en.ftl`, into `$OUT_DIR/messages.rs` (see
//! `cosell-build`): the table `message::english` renders, and a constructor per message.

fn main() {
    let path = "messages/en.ftl";
    println!("cargo:rerun-if-changed={path}");
    let source = std::fs::read_to_string(path).expect("messages/en.ftl");
    let code = cosell_build::english(path, &source, "ENGLISH", "crate::message");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    std::fs::write(dest, code).unwrap();
}
