//! `cargo bench -p cosell-core --bench check`: the core's check + annotate on realistic files of
//! 1,000, 5,000 and 100,000 rows, beside the floor any validator pays: reading the same file with
//! the `csv` crate and writing it back out.
//!
//! criterion times all of one function's samples, then all of the other's: on a shared machine
//! the load can change in between and skew their ratio. So the ratio is also measured from
//! interleaved pairs (check, floor, check, floor, …), which see the same load; their times go to
//! the JSON file named by `COSELL_INTERLEAVED` (else a line per size on standard output).

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
}

/// Times of check + annotate and of the floor, in milliseconds, from `pairs` interleaved runs
/// after `warm` untimed ones.
fn interleaved(
    input: &[u8],
    options: &cosell_core::Options,
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
        let ours = time(&mut || {
            std::hint::black_box(cosell_core::check(input, options).unwrap());
        });
        let floor = time(&mut || {
            std::hint::black_box(floor(input));
        });
        if run >= warm {
            times[0].push(ours);
            times[1].push(floor);
        }
    }
    times
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
    if let Some(path) = std::env::var_os("COSELL_INTERLEAVED") {
        std::fs::write(path, format!("{{{}}}\n", json.join(", "))).expect("COSELL_INTERLEAVED");
    }
}

criterion_group!(benches, bench);
