//! Project tooling.
//!
//! - `cargo run -p xtask -- generate ROWS [SEED] > file.csv`: a realistic import file.
//! - `cargo run -p xtask -- csp dist/index.html`: fills the page's Content-Security-Policy with
//!   the hashes of the inline scripts Trunk wrote (its module loader), so that the policy can
//!   forbid every other inline script.

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["generate", rows, rest @ ..] => {
            let rows: usize = rows.parse().unwrap_or_else(|_| usage());
            let seed = rest
                .first()
                .map_or(42, |s| s.parse().unwrap_or_else(|_| usage()));
            std::io::stdout()
                .write_all(&xtask::generate(rows, seed))
                .expect("stdout");
        }
        ["csp", path] => {
            let html =
                std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
            match xtask::fill_csp(&html) {
                Some(filled) => {
                    std::fs::write(path, filled).unwrap_or_else(|e| fail(&format!("{path}: {e}")))
                }
                None => fail(&format!("{path} has no INLINE_SCRIPT_HASHES placeholder")),
            }
        }
        _ => usage(),
    }
}

fn usage() -> ! {
    fail("usage: cargo run -p xtask -- generate ROWS [SEED] > file.csv | csp dist/index.html")
}

fn fail(message: &str) -> ! {
    eprintln!("xtask: {message}");
    std::process::exit(2)
}
