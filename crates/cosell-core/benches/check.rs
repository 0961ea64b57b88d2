//! `cargo bench -p cosell-core --bench check`: the core's check + annotate on realistic files of
//! 1,000, 5,000 and 100,000 rows, beside the floor any validator pays: reading the same file with
//! the `csv` crate and writing it back out.
//!
//! criterion times all of one function's samples, then all of the other's: on a shared machine
//! the load can change in between and skew their ratio. So the ratio is also measured from
//! interleaved pairs (check, floor, check, floor, …), which see the same load; their times go to
//! the JSON file named by `COSELL_INTERLEAVED` (else a line per size on standard output).
//!
//! The comparison with an export (group `compare`): a 1,000-row upload checked alone, and
//! checked against its 5,000-deal export read beforehand (as a page or a script reads it once
//! and checks many times), and reading that export; interleaved likewise (key `compare`).

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};

fn floor(input: &[u8]) -> Vec<u8> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::with_capacity(input.len() + input.len() / 8));
    let mut record = csv::StringRecord::new();
    while reader.read_record(&mut record).unwrap_or(false) {
        writer.write_record(&record).unwrap();
    }
    writer.into_inner().unwrap()
}

fn bench(c: &mut Criterion) {
    let options = cosell_core::Options::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    let mut group = c.benchmark_group("check");
    group.sample_size(10);
    for rows in [1_000, 5_000, 100_000] {
        let input = xtask::generate(rows, 42);
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_with_input(BenchmarkId::new("cosell-core", rows), &input, |b, input| {
            b.iter(|| cosell_core::check(input, &options).unwrap())
        });
        group.bench_with_input(
            BenchmarkId::new("csv-read-write-floor", rows),
            &input,
            |b, input| b.iter(|| floor(input)),
        );
    }
    group.finish();

    let (export, upload) = compare_inputs();
    let baseline = cosell_core::baseline::read(&export, cosell_core::translations::carried());
    let compared = cosell_core::Options {
        baseline: Some(&baseline),
        ..options
    };
    let mut group = c.benchmark_group("compare");
    group.sample_size(20);
    group.bench_function("alone/1000", |b| {
        b.iter(|| cosell_core::check(&upload, &options).unwrap())
    });
    group.bench_function("with-export/1000", |b| {
        b.iter(|| cosell_core::check(&upload, &compared).unwrap())
    });
    group.bench_function("read-export/5000", |b| {
        b.iter(|| cosell_core::baseline::read(&export, cosell_core::translations::carried()))
    });
    group.finish();
}

/// A 5,000-deal export and the 1,000-row upload made of it.
fn compare_inputs() -> (Vec<u8>, Vec<u8>) {
    let export = xtask::deals_export(5_000, 42);
    let upload = xtask::upload_of(&export, 1_000);
    (export, upload)
}

/// Times of two tasks, in milliseconds, from `pairs` interleaved runs after `warm` untimed ones.
fn interleaved_two(
    first: &mut dyn FnMut(),
    second: &mut dyn FnMut(),
    warm: usize,
    pairs: usize,
) -> [Vec<f64>; 2] {
    let time = |f: &mut dyn FnMut()| {
        let start = std::time::Instant::now();
        f();
        start.elapsed().as_secs_f64() * 1e3
    };
    let mut times = [Vec::new(), Vec::new()];
    for run in 0..warm + pairs {
        let (a, b) = (time(first), time(second));
        if run >= warm {
            times[0].push(a);
            times[1].push(b);
        }
    }
    times
}

/// Times of check + annotate and of the floor, in milliseconds, from `pairs` interleaved runs
/// after `warm` untimed ones.
fn interleaved(
    input: &[u8],
    options: &cosell_core::Options,
    warm: usize,
    pairs: usize,
) -> [Vec<f64>; 2] {
    interleaved_two(
        &mut || {
            std::hint::black_box(cosell_core::check(input, options).unwrap());
        },
        &mut || {
            std::hint::black_box(floor(input));
        },
        warm,
        pairs,
    )
}

fn main() {
    benches();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
    let options = cosell_core::Options::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    // `cargo test --all-targets` runs this once, small, so that it keeps working.
    let measuring = std::env::args().any(|a| a == "--bench");
    let sizes: &[(usize, usize)] = if measuring {
        &[(1_000, 41), (5_000, 21), (100_000, 11)]
    } else {
        &[(100, 1)]
    };
    let mut json = Vec::new();
    for &(rows, pairs) in sizes {
        let input = xtask::generate(rows, 42);
        let [ours, floor] = interleaved(&input, &options, 2, pairs);
        let list = |v: &[f64]| {
            v.iter()
                .map(|t| format!("{t:.3}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        json.push(format!(
            "\"{rows}\": {{\"ours\": [{}], \"floor\": [{}]}}",
            list(&ours),
            list(&floor)
        ));
        if measuring && std::env::var_os("COSELL_INTERLEAVED").is_none() {
            let mut ratios: Vec<f64> = ours.iter().zip(&floor).map(|(o, f)| o / f).collect();
            ratios.sort_by(f64::total_cmp);
            println!(
                "interleaved {rows} rows: ratio {:.2}× (median of {pairs} pairs)",
                ratios[pairs / 2]
            );
        }
    }
    // The comparison: checked against the export (read beforehand) and alone, interleaved.
    let (export, upload) = compare_inputs();
    let baseline = cosell_core::baseline::read(&export, cosell_core::translations::carried());
    let compared = cosell_core::Options {
        baseline: Some(&baseline),
        ..options
    };
    let pairs = if measuring { 41 } else { 1 };
    let [with, alone] = interleaved_two(
        &mut || {
            std::hint::black_box(cosell_core::check(&upload, &compared).unwrap());
        },
        &mut || {
            std::hint::black_box(cosell_core::check(&upload, &options).unwrap());
        },
        2,
        pairs,
    );
    json.push(format!(
        "\"compare\": {{\"ours\": [{}], \"floor\": [{}]}}",
        with.iter()
            .map(|t| format!("{t:.3}"))
            .collect::<Vec<_>>()
            .join(", "),
        alone
            .iter()
            .map(|t| format!("{t:.3}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    if measuring && std::env::var_os("COSELL_INTERLEAVED").is_none() {
        let mut ratios: Vec<f64> = with.iter().zip(&alone).map(|(w, a)| w / a).collect();
        ratios.sort_by(f64::total_cmp);
        println!(
            "interleaved compare: with the export {:.2}× alone (median of {pairs} pairs)",
            ratios[pairs / 2]
        );
    }
    if let Some(path) = std::env::var_os("COSELL_INTERLEAVED") {
        std::fs::write(path, format!("{{{}}}\n", json.join(", "))).expect("COSELL_INTERLEAVED");
    }
}

criterion_group!(benches, bench);
