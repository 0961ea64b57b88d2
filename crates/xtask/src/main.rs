//! Project tooling.
//!
//! - `cargo run -p xtask -- generate ROWS [SEED] [--template 2021] [--clean] > file.csv`: a
//!   realistic export (the current template unless `--template 2021`; a few mistakes per
//!   hundred rows unless `--clean`).
//! - `cargo run -p xtask -- deals ROWS [SEED] > export.csv`: an export of ROWS deals, every row
//!   a deal (`xtask::deals_export`), to compare uploads with.
//! - `cargo run -p xtask -- upload EXPORT ROWS > upload.csv`: the upload a partner makes of that
//!   export: its first ROWS deals, a few edited (`xtask::upload_of`).
//! - `cargo run -p xtask -- csp dist/index.html`: fills the page's Content-Security-Policy with
//!   the hashes of the inline scripts Trunk wrote (its module loader), so that the policy can
//!   forbid every other inline script.
//! - `cargo run -p xtask -- xlsx FILE > file.xlsx`: a workbook, from a `.sheet` description
//!   (`xtask::sheets`) or from a CSV file (every cell a text cell; `-` reads standard input).

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
            let mut rest = rest.to_vec();
            let clean = take_flag(&mut rest, "--clean");
            let template = match take_value(&mut rest, "--template") {
                None | Some("current") => xtask::Template::Current,
                Some("2021") => xtask::Template::Y2021,
                Some(_) => usage(),
            };
            let seed = match rest.as_slice() {
                [] => 42,
                [seed] => seed.parse().unwrap_or_else(|_| usage()),
                _ => usage(),
            };
            std::io::stdout()
                .write_all(&xtask::generate_with(rows, seed, template, !clean))
                .expect("stdout");
        }
        ["deals", rows, rest @ ..] => {
            let rows: usize = rows.parse().unwrap_or_else(|_| usage());
            let seed = match rest {
                [] => 42,
                [seed] => seed.parse().unwrap_or_else(|_| usage()),
                _ => usage(),
            };
            std::io::stdout()
                .write_all(&xtask::deals_export(rows, seed))
                .expect("stdout");
        }
        ["upload", path, rows] => {
            let rows: usize = rows.parse().unwrap_or_else(|_| usage());
            let export = std::fs::read(path).expect("the export");
            std::io::stdout()
                .write_all(&xtask::upload_of(&export, rows))
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
        ["xlsx", path] => {
            let text = if *path == "-" {
                std::io::read_to_string(std::io::stdin()).unwrap_or_else(|e| fail(&e.to_string()))
            } else {
                std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{path}: {e}")))
            };
            let book = if path.ends_with(".sheet") {
                xtask::sheets::xlsx(&text)
            } else {
                let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
                    .has_headers(false)
                    .flexible(true)
                    .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
                    .records()
                    .map(|r| r.map(|r| r.iter().map(str::to_string).collect()))
                    .collect::<Result<_, _>>()
                    .unwrap_or_else(|e| fail(&format!("{path}: {e}")));
                xtask::sheets::xlsx_rows(&rows)
            };
            let book = book.unwrap_or_else(|e| fail(&e.to_string()));
            std::io::stdout().write_all(&book).expect("stdout");
        }
        _ => usage(),
    }
}

/// Takes `flag` out of `args`; whether it was there.
fn take_flag(args: &mut Vec<&str>, flag: &str) -> bool {
    let before = args.len();
    args.retain(|a| *a != flag);
    args.len() != before
}

/// Takes `name VALUE` out of `args`.
fn take_value<'a>(args: &mut Vec<&'a str>, name: &str) -> Option<&'a str> {
    let at = args.iter().position(|a| *a == name)?;
    let value = *args.get(at + 1).unwrap_or_else(|| usage());
    args.drain(at..at + 2);
    Some(value)
}

fn usage() -> ! {
    fail("usage: cargo run -p xtask -- generate ROWS [SEED] [--template 2021|current] [--clean] > file.csv | deals ROWS [SEED] > export.csv | upload EXPORT ROWS > upload.csv | csp dist/index.html | xlsx FILE.sheet|FILE.csv|- > file.xlsx")
}

fn fail(message: &str) -> ! {
    eprintln!("xtask: {message}");
    std::process::exit(2)
}
