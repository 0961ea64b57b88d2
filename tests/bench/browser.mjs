// The in-browser benchmark: serves the built binding (dist/), Papa Parse and uDSV (dev-only npm
// packages, never part of the page) and generated files, opens tests/bench/ in headless
// Chromium and runs every contender on the same strings in one page.
//   node tests/bench/browser.mjs [--runs N] [--json FILE] ROWS...
//   node tests/bench/browser.mjs [--runs N] [--json FILE] --compare   (the 1,000-row upload
//   checked alone and against its 5,000-deal export: target/bench/upload-1000.csv and
//   deals-5000.csv, which scripts/bench writes with `xtask deals` and `xtask upload`)
// Needs dist/ (scripts/build-page) and the files target/bench/export-ROWS.csv (scripts/bench
// writes them; `cargo run --release -p xtask -- generate ROWS` makes one).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REPO, DIST, TODAY, serveFolders, launch, takeOption } from "../e2e/harness.mjs";

const BENCH = fileURLToPath(new URL(".", import.meta.url));
export const INPUTS = join(REPO, "target/bench");

/** Opens the benchmark page; `page.evaluate` then reaches window.bench and window.crossCheck. */
export async function openBench() {
  const server = await serveFolders({
    "/dist/": DIST,
    "/bench/": BENCH,
    "/node_modules/papaparse/": join(REPO, "node_modules/papaparse"),
    "/node_modules/udsv/": join(REPO, "node_modules/udsv"),
    "/inputs/": INPUTS,
  });
  // gc() between runs, so that one contender's garbage is not collected on another's time.
  const browser = await launch(["--js-flags=--expose-gc"]);
  const page = await browser.newPage();
  await page.goto(`${server.origin}/bench/`);
  await page.waitForFunction(() => window.benchReady === true);
  return {
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Runs the benchmark on target/bench/export-ROWS.csv for each of `sizes`. */
export async function runBench(sizes, runs) {
  const bench = await openBench();
  try {
    const files = sizes.map((rows) => ({ rows, url: `/inputs/export-${rows}.csv` }));
    return await bench.page.evaluate((args) => window.bench(args), { files, runs, today: TODAY });
  } finally {
    await bench.close();
  }
}

/** The comparison's runs (`window.benchCompare`). */
export async function runCompare(runs) {
  const bench = await openBench();
  try {
    const files = { upload: "/inputs/upload-1000.csv", baseline: "/inputs/deals-5000.csv" };
    return await bench.page.evaluate((args) => window.benchCompare(args), { ...files, runs, today: TODAY });
  } finally {
    await bench.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes("--compare")) {
  const args = process.argv.slice(2).filter((a) => a !== "--compare");
  const runs = Number(takeOption(args, "--runs", 15));
  const json = takeOption(args, "--json", null);
  const result = await runCompare(runs);
  for (const [name, { medianMs }] of Object.entries(result.contenders)) console.log(`${name.padEnd(28)} ${medianMs.toFixed(1).padStart(8)} ms`);
  if (json) writeFileSync(json, JSON.stringify({ runs, ...result }, null, 2));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runs = Number(takeOption(args, "--runs", 7));
  const json = takeOption(args, "--json", null);
  const sizes = args.length ? args.map(Number) : [1000, 5000, 100000];
  const results = await runBench(sizes, runs);
  for (const { rows, bytes, contenders } of results) {
    const ours = contenders["cosell validate"].medianMs;
    console.log(`${rows} rows (${(bytes / 1e6).toFixed(1)} MB), median of ${runs}:`);
    for (const [name, { medianMs }] of Object.entries(contenders)) {
      console.log(`  ${name.padEnd(28)} ${medianMs.toFixed(1).padStart(8)} ms  ${(bytes / 1e3 / medianMs).toFixed(0).padStart(5)} MB/s  ours/this ${(ours / medianMs).toFixed(2)}`);
    }
  }
  if (json) writeFileSync(json, JSON.stringify({ runs, results }, null, 2));
}
