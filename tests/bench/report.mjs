// Writes the results section of BENCHMARKS.md from the figures scripts/bench left behind
// (target/criterion, target/bench/results, dist/). Only figures measured in that run appear.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { cpus } from "node:os";
import { REPO, DIST } from "../e2e/harness.mjs";

const RESULTS = join(REPO, "target/bench/results");
const SIZES = [1000, 5000, 100000];
const read = (path) => JSON.parse(readFileSync(path, "utf8"));
const bytesOf = (rows) => readFileSync(join(REPO, `target/bench/export-${rows}.csv`)).length;
const mb = (bytes) => (bytes / 1e6).toFixed(1);
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const rate = (bytes, millis) => `${(bytes / 1e3 / millis).toFixed(0)} MB/s`;
const ratio = (x) => `${x.toFixed(2)}×`;
const verdict = (ok) => (ok ? "met" : "**missed**");
const run = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { cwd: REPO, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "?";
  }
};

/** criterion's median for one benchmark (`name` of group `check` at `rows`), in milliseconds. */
function criterion(name, rows) {
  return criterionAt(join("check", name, String(rows)));
}

/** criterion's median for the benchmark in `target/criterion/<dir>`, in milliseconds. */
function criterionAt(dir) {
  return read(join(REPO, "target/criterion", dir, "new/estimates.json")).median.point_estimate / 1e6;
}

const lines = [];
const out = (line = "") => lines.push(line);

const commit = run("git", ["rev-parse", "--short", "HEAD"]);
const dirty = run("git", ["status", "--porcelain"]) ? " (with uncommitted changes)" : "";
out(`Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC at commit \`${commit}\`${dirty} with \`scripts/bench\`,`);
out(`on ${cpus().length} × ${cpus()[0]?.model ?? "?"} (a shared machine), ${run("rustc", ["--version"])}, ${run("/usr/bin/chromium", ["--version", "--no-sandbox"])}.`);
out(`Inputs: \`xtask generate ROWS\` (a current-template export: creates and updates, account matches, IoT columns, Closed/Error deals, quoting, line breaks in cells, non-ASCII names, a few mistakes per hundred rows): ${SIZES.map((r) => `${r.toLocaleString("en")} rows = ${mb(bytesOf(r))} MB`).join(", ")}.`);
out();

// Native.
out("### Native: check + annotate beside the csv read/write floor");
out();
out("criterion medians, one core, in memory. The floor reads the same file with the `csv` crate and writes it back out: what any validator pays before checking anything. criterion times all of one function's samples before the other's, so a change of load on a shared machine in between skews their ratio; the ratio the targets are judged on comes from interleaved pairs (check, floor, check, floor, …, after two untimed pairs), which see the same load: the median of the pairs' ratios.");
out();
out("| rows | cosell-core check + annotate | csv read + write floor | ratio of the medians | ratio, interleaved pairs | target |");
out("|---:|---:|---:|---:|---:|---|");
const interleaved = read(join(RESULTS, "native-interleaved.json"));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let native100k = null;
for (const rows of SIZES) {
  const bytes = bytesOf(rows);
  const ours = criterion("cosell-core", rows);
  const floor = criterion("csv-read-write-floor", rows);
  if (rows === 100000) native100k = bytes / 1e3 / ours;
  const pairs = interleaved[rows];
  const paired = median(pairs.ours.map((t, i) => t / pairs.floor[i]));
  const target = rows === 100000
    ? `≤ 2×, and ≤ 1.6× on this export: ${verdict(paired <= 1.6)}`
    : `≤ 2×: ${verdict(paired <= 2)}`;
  out(`| ${rows.toLocaleString("en")} | ${ms(ours)} ms (${rate(bytes, ours)}) | ${ms(floor)} ms (${rate(bytes, floor)}) | ${ratio(ours / floor)} | ${ratio(paired)} (${pairs.ours.length} pairs) | ${target} |`);
}
out();
out(`100,000 rows on one core: ${native100k.toFixed(0)} MB/s (target ≥ 100 MB/s: ${verdict(native100k >= 100)}).`);
out();

// The command.
out("### The `cosell` command, whole process");
out();
out("`cosell check FILE --output FILE --format json`: hyperfine's median of 10 runs (after 2 warm-ups), and the peak resident memory reported by `/usr/bin/time -v`.");
out();
out("| rows | wall time | peak memory | memory ÷ input | target < 3× |");
out("|---:|---:|---:|---:|---|");
for (const rows of SIZES) {
  const bytes = bytesOf(rows);
  const wall = read(join(RESULTS, `cli-${rows}.json`)).results[0].median * 1e3;
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(join(RESULTS, `cli-${rows}.time`), "utf8"))[1]) * 1024;
  const note = rows === 100000 ? verdict(rss / bytes < 3) : "(a fixed few MB dominate)";
  out(`| ${rows.toLocaleString("en")} | ${ms(wall)} ms | ${mb(rss)} MB | ${ratio(rss / bytes)} | ${note} |`);
}
out();

// Browser.
const browser = read(join(RESULTS, "browser.json"));
out("### In the browser: our wasm `validate` beside Papa Parse and uDSV");
out();
out(`Headless Chromium, one page, the same strings; medians of ${browser.runs} interleaved runs after an untimed warm-up (three runs and at least 300 ms of each contender), \`gc()\` between runs. Ours parses, runs every rule and returns the report and the annotated CSV; Papa Parse ${run("node", ["-p", "require('./node_modules/papaparse/package.json').version"])} parses and unparses; uDSV ${run("node", ["-p", "require('./node_modules/udsv/package.json').version"])} only parses.`);
out();
out("| rows | cosell validate | Papa Parse parse + unparse | uDSV parse | ours ÷ Papa (target < 1) | ours ÷ uDSV (target ≤ 2) |");
out("|---:|---:|---:|---:|---|---|");
for (const { rows, bytes, contenders } of browser.results) {
  const ours = contenders["cosell validate"].medianMs;
  const papa = contenders["Papa Parse parse + unparse"].medianMs;
  const udsv = contenders["uDSV parse"].medianMs;
  const cell = (x) => `${ms(x)} ms (${rate(bytes, x)})`;
  out(`| ${rows.toLocaleString("en")} | ${cell(ours)} | ${cell(papa)} | ${cell(udsv)} | ${ratio(ours / papa)} ${verdict(ours < papa)} | ${ratio(ours / udsv)} ${verdict(ours <= 2 * udsv)} |`);
}
out();
out("Fixing, in the same runs: the binding's `fix` makes every fix the rules offer (in rounds, each checked) and checks the corrected file again: the work behind the page's \"Apply suggested fixes\".");
out();
out("| rows | cosell fix | target |");
out("|---:|---:|---|");
for (const { rows, bytes, contenders } of browser.results) {
  const fixing = contenders["cosell fix"].medianMs;
  // The 100 ms target is the page's, which makes the fixes it has listed on the rows they
  // change (below); the binding finds them, makes them in rounds and checks the whole file.
  const target = rows === 5000 ? "(the page's target: below)" : "";
  out(`| ${rows.toLocaleString("en")} | ${ms(fixing)} ms (${rate(bytes, fixing)}) | ${target} |`);
}
out();

// The page.
const page = read(join(RESULTS, "page.json"));
out("### The page end to end");
out();
out(`Headless Chromium, the release build served from a sub-path; medians of ${page.runs} runs, timed inside the page from the file input's change event to the status saying "Checked"; the longest main-thread task while checking (PerformanceObserver \`longtask\`). The page is interactive ${ms(page.interactiveMedianMs)} ms after navigation (median).`);
out();
out("| rows | file chosen → summary shown | longest main-thread task (median / max) | targets |");
out("|---:|---:|---:|---|");
for (const s of page.sizes) {
  const targets = s.workbook
    ? `< 1 s: ${verdict(s.medianMs < 1000)} (the same workbook again on that page, its module loaded: ${ms(s.warmMedianMs)} ms)`
    : s.rows === 100000 ? `< 2 s: ${verdict(s.medianMs < 2000)}; no task over 100 ms: ${verdict(s.longestTaskMaxMs <= 100)}` : "";
  out(`| ${s.rows.toLocaleString("en")}${s.workbook ? ` as .${s.workbook} (the workbook module fetched, the sheet read, checked)` : ""} | ${ms(s.medianMs)} ms | ${ms(s.longestTaskMedianMs)} / ${ms(s.longestTaskMaxMs)} ms | ${targets} |`);
}
out();
const fixing = page.sizes.filter((s) => s.applyFixesMedianMs !== undefined);
if (fixing.length) {
  out("Fixing on the page, in the same runs, after the check: from the click on \"Apply the ticked fixes\" (every fix ticked) to the note saying the changes are made (the worker has made them and checked the file again, and the summary is redrawn); and from Enter on a cell typed in the grid to the same; and from the click on \"Show every row\" to the grid's first page (50 rows, every column) drawn.");
  out();
  out("| rows | every suggested fix applied | a cell edited | the grid's first page | targets |");
  out("|---:|---:|---:|---:|---|");
  for (const s of fixing) {
    const targets = s.rows === 5000 ? `fixes < 100 ms: ${verdict(s.applyFixesMedianMs < 100)}; edit < 50 ms: ${verdict(s.editMedianMs < 50)}` : "";
    out(`| ${s.rows.toLocaleString("en")} | ${ms(s.applyFixesMedianMs)} ms | ${ms(s.editMedianMs)} ms | ${ms(s.gridMedianMs)} ms | ${targets} |`);
  }
  out();
}

// The comparison with an export.
out("### Compared with the partner's export");
out();
out("A 1,000-row upload made of a 5,000-deal export (`xtask deals 5000`, `xtask upload … 1000`: every tenth row's Notes and every twentieth row's close date changed, the rest as exported), checked alone and against the export. Natively the export is read once beforehand, as a page or a script that checks several uploads against it reads it (criterion medians; the ratio the target is judged on is the median of 41 interleaved pairs, as above); reading it is listed apart. In the browser, the binding's `validate` with the export's bytes as `baseline` (the binding keeps the last export it read: each call copies and compares the bytes, then compares the rows), interleaved with `validate` alone.");
out();
out("| where | upload alone | upload against the export | ratio | target ≤ 2× | reading the export |");
out("|---|---:|---:|---:|---|---:|");
{
  // criterion names a function's folder after it, its slash written as an underscore.
  const alone = criterionAt("compare/alone_1000");
  const withExport = criterionAt("compare/with-export_1000");
  const reading = criterionAt("compare/read-export_5000");
  const pairs = interleaved.compare;
  const paired = median(pairs.ours.map((t, i) => t / pairs.floor[i]));
  out(`| native, one core | ${ms(alone)} ms | ${ms(withExport)} ms | ${ratio(withExport / alone)} (interleaved pairs: ${ratio(paired)}) | ${verdict(paired <= 2)} | ${ms(reading)} ms |`);
  const browserCompare = read(join(RESULTS, "browser-compare.json"));
  const b = browserCompare.contenders;
  const [bAlone, bWith] = [b["validate alone"].medianMs, b["validate with the export"].medianMs];
  out(`| headless Chromium, median of ${browserCompare.runs} runs | ${ms(bAlone)} ms | ${ms(bWith)} ms | ${ratio(bWith / bAlone)} | ${verdict(bWith <= 2 * bAlone)} | (in the first call) |`);
  for (const c of page.compares ?? []) {
    out(`| the page, file chosen → summary shown, median of ${page.runs} runs (the export chosen first; the workbook module loaded; the first time, fetching it: ${ms(c.coldMedianMs)} ms) | ${ms(c.aloneMedianMs)} ms | ${ms(c.medianMs)} ms | ${ratio(c.medianMs / c.aloneMedianMs)} | ${verdict(c.medianMs <= 2 * c.aloneMedianMs)} | (in each check) |`);
  }
}
out();

// Shipped bytes.
out("### Shipped bytes");
out();
out("What the page loads (`dist/`, release build), raw and gzipped (`gzip -9`); the page's one wasm module runs the page and, in its worker, the core. The embeddable binding (`cosell-wasm.*`) is listed apart: portals load it instead of the page. So is the ZIP writer (`cosell-zip.*`), which the worker fetches only when the 1,000-row batches are downloaded, the localizer (`cosell-l10n.*`), which the page and its worker fetch only when another language than English is chosen, with that language's three `.ftl` files (below the table), and the workbook module (`cosell-web-workbook.*`: the worker with the workbook reader), which the worker fetches only when a workbook is dropped.");
out();
out("| file | raw | gzipped |");
out("|---|---:|---:|");
const files = readdirSync(DIST).filter((f) => /\.(wasm|js)$/.test(f)).sort();
let pageWasm = 0;
for (const file of files) {
  const body = readFileSync(join(DIST, file));
  const gz = gzipSync(body, { level: 9 }).length;
  const role = file.startsWith("cosell-wasm")
    ? " (embedding only)"
    : file.startsWith("cosell-zip")
      ? " (fetched for the batches only)"
      : file.startsWith("cosell-l10n")
        ? " (fetched for another language only)"
        : file.startsWith("cosell-web-workbook")
          ? " (fetched for a workbook only)"
          : "";
  if (file.endsWith(".wasm") && !role) pageWasm += gz;
  out(`| \`${file.replace(/-[0-9a-f]{16}/, "-<hash>")}\`${role} | ${(body.length / 1024).toFixed(1)} KB | ${(gz / 1024).toFixed(1)} KB |`);
}
for (const lang of ["sv", "de"]) {
  const ftl = ["messages.ftl", "rules.ftl", "page.ftl"].map((f) => readFileSync(join(DIST, "locales", lang, f)));
  const raw = ftl.reduce((n, b) => n + b.length, 0);
  const gz = ftl.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  out(`| \`locales/${lang}/*.ftl\` (the ${lang === "sv" ? "Swedish" : "German"} words: fetched when chosen) | ${(raw / 1024).toFixed(1)} KB | ${(gz / 1024).toFixed(1)} KB |`);
}
out();
out(`The page's wasm: ${(pageWasm / 1024).toFixed(1)} KB gzipped (target ≤ 200 KB: ${verdict(pageWasm <= 200 * 1024)}).`);

const doc = join(REPO, "BENCHMARKS.md");
const text = readFileSync(doc, "utf8");
const start = "<!-- results:start -->";
const end = "<!-- results:end -->";
const before = text.slice(0, text.indexOf(start) + start.length);
const after = text.slice(text.indexOf(end));
writeFileSync(doc, `${before}\n${lines.join("\n")}\n${after}`);
console.log(lines.join("\n"));
