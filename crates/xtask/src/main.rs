//! `cargo run -p xtask -- generate ROWS [SEED] > file.csv`: writes a realistic import file.

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
            let rows: usize = rows.parse().expect("ROWS is a number");
            let seed = rest
                .first()
                .map_or(42, |s| s.parse().expect("SEED is a number"));
            std::io::stdout()
                .write_all(&xtask::generate(rows, seed))
                .expect("stdout");
        }
        _ => {
            eprintln!("usage: cargo run -p xtask -- generate ROWS [SEED] > file.csv");
            std::process::exit(2);
        }
    }
}
