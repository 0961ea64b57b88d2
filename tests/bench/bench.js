// Runs in the page: our wasm `validate` (parse + every rule + the annotated CSV) beside Papa
// Parse (parse + unparse) and uDSV (parse) on the same strings, interleaved in one page, and
// reports the median of each. Driven by tests/bench/browser.mjs; nothing here is asserted on
// timings.
import init, { validate, fix } from "/dist/cosell-wasm.js";
import { inferSchema, initParser } from "/node_modules/udsv/dist/uDSV.mjs";

await init();

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** What each contender does with one file's text; each returns something to keep it honest. */
const contenders = (text, today) => ({
  "cosell validate": () => {
    const result = validate(text, today);
    return { rows: result.summary.rows, output: result.annotatedCsv };
  },
  "cosell fix": () => {
    // Every fix the rules offer made, and the corrected file checked again.
    const result = fix(text, today);
    return { rows: result.report.summary.rows, output: result.csv };
  },
  "Papa Parse parse + unparse": () => {
    const parsed = Papa.parse(text, { skipEmptyLines: true });
    return { rows: parsed.data.length - 1, output: Papa.unparse(parsed.data) };
  },
  "uDSV parse": () => {
    const parser = initParser(inferSchema(text));
    return { rows: parser.stringArrs(text).length, output: null };
  },
});

/**
 * Runs each of `tasks` (name → function) untimed until it has run three times and 300 ms (so
 * that the engine has compiled its optimized code, wasm and JavaScript alike), then `runs` timed
 * rounds, interleaved so that the machine's moods fall on every task alike, `gc()` before each.
 * Returns each task's times in milliseconds, and what its last untimed run returned.
 */
function measure(tasks, runs) {
  const times = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  const last = {};
  for (const [name, task] of Object.entries(tasks)) {
    const started = performance.now();
    for (let i = 0; i < 3 || performance.now() - started < 300; i++) last[name] = task();
  }
  for (let run = 0; run < runs; run++) {
    for (const [name, task] of Object.entries(tasks)) {
      globalThis.gc?.();
      const started = performance.now();
      task();
      times[name].push(performance.now() - started);
    }
  }
  return { times, last };
}

/**
 * `files`: [{ rows, url }]; `runs`: timed runs of each contender per file (after an untimed
 * warm-up). Returns, per file, its size and each contender's median and runs in milliseconds,
 * and the data rows each contender read.
 */
window.bench = async ({ files, runs, today }) => {
  const results = [];
  for (const file of files) {
    document.getElementById("status").textContent = `Measuring ${file.rows} rows…`;
    const text = await (await fetch(file.url)).text();
    const { times, last } = measure(contenders(text, today), runs);
    const rows = Object.fromEntries(Object.entries(last).map(([name, result]) => [name, result.rows]));
    results.push({
      rows: file.rows,
      bytes: new TextEncoder().encode(text).length,
      contenders: Object.fromEntries(
        Object.entries(times).map(([name, ms]) => [name, { medianMs: median(ms), runsMs: ms, rowsRead: rows[name] }]),
      ),
    });
  }
  document.getElementById("status").textContent = "Done.";
  return results;
};

/**
 * The comparison with an export: the upload checked alone, and checked with the export's bytes
 * given as `baseline` (as a file a partner picked; the binding keeps the last export it read, so
 * each call after the first copies and compares the bytes, and compares the rows), in
 * interleaved runs after a warm-up. Returns each one's median and runs in milliseconds.
 */
window.benchCompare = async ({ upload, baseline, runs, today }) => {
  const text = await (await fetch(upload)).text();
  const exported = new Uint8Array(await (await fetch(baseline)).arrayBuffer());
  const tasks = {
    "validate alone": () => validate(text, { today }),
    "validate with the export": () => validate(text, { today, baseline: exported }),
  };
  const { times, last } = measure(tasks, runs);
  const unchanged = last["validate with the export"].summary.unchanged;
  return {
    unchanged,
    contenders: Object.fromEntries(Object.entries(times).map(([name, ms]) => [name, { medianMs: median(ms), runsMs: ms }])),
  };
};

/** For the smoke test: our annotated file read by Papa Parse has the input's rows and cells. */
window.crossCheck = (text, today) => {
  const ours = Papa.parse(validate(text, today).annotatedCsv, { skipEmptyLines: true }).data;
  const theirs = Papa.parse(text, { skipEmptyLines: true }).data;
  return { ours, theirs };
};

window.benchReady = true;
document.getElementById("status").textContent = "Ready.";
