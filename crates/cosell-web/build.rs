//! Reads the page's English words, `crates/cosell-l10n/locales/en/page.ftl`, into
//! `$OUT_DIR/words.rs` (see `cosell-build`): the table the page renders its English from, and a
//! constructor per message. The fixed text (`page-…`, set by id on the page's elements) is
//! already English in `www/index.html`: it goes to `fixed.rs`, which only the tests read (they
//! hold the page's text to it). Other languages come from the `cosell-l10n` module, fetched
//! when chosen.

fn main() {
    let path = "../cosell-l10n/locales/en/page.ftl";
    println!("cargo:rerun-if-changed={path}");
    let source = std::fs::read_to_string(path).expect("the page's English words");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).to_path_buf();
    // Two fixed texts are drawn by the panels too.
    let fixed =
        |id: &str| id.starts_with("page-") && !["page-all", "page-column-row"].contains(&id);
    let types = "cosell_core::message";
    let words = cosell_build::english_of(path, &source, "PAGE", types, &|id| !fixed(id));
    std::fs::write(out.join("words.rs"), words).unwrap();
    let fixed = cosell_build::english_of(path, &source, "FIXED", types, &fixed);
    std::fs::write(out.join("fixed.rs"), fixed).unwrap();
}
