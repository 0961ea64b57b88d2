//! `cargo bench -p cosell-core --bench check`: the core's check + annotate on realistic files of
//! 1,000, 5,000 and 100,000 rows, beside the floor any validator pays: reading the same file with
//! the `csv` crate and writing it back out.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

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

criterion_group!(benches, bench);
criterion_main!(benches);
