// The in-browser benchmark, run once on a small file so that it keeps working (its timings are
// reported by scripts/bench, never asserted), and used for one more check: Papa Parse, an
// independent parser, reads our annotated file as the same cells as the input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO, TODAY } from "./harness.mjs";
import { INPUTS, openBench, runBench } from "../bench/browser.mjs";

const ROWS = 300;

function input() {
  mkdirSync(INPUTS, { recursive: true });
  const path = join(INPUTS, `export-${ROWS}.csv`);
  writeFileSync(path, execFileSync("cargo", ["run", "--quiet", "--locked", "-p", "xtask", "--", "generate", String(ROWS)], { cwd: REPO }));
  return path;
}

test("the benchmark page runs every contender on the same file", async () => {
  input();
  const [result] = await runBench([ROWS], 1);
  assert.equal(result.rows, ROWS);
  assert.deepEqual(Object.keys(result.contenders), ["cosell validate", "cosell fix", "Papa Parse parse + unparse", "uDSV parse"]);
  for (const [name, { medianMs, rowsRead }] of Object.entries(result.contenders)) {
    assert.ok(medianMs >= 0, name);
    assert.equal(rowsRead, ROWS, `${name} read every data row`);
  }
});

test("Papa Parse reads our annotated file as the input's cells, the Errors column aside", async () => {
  const text = readFileSync(input(), "utf8");
  const bench = await openBench();
  try {
    const { ours, theirs } = await bench.page.evaluate(([t, today]) => window.crossCheck(t, today), [text, TODAY]);
    assert.equal(ours.length, theirs.length);
    const errors = theirs[0].indexOf("Errors");
    assert.ok(errors >= 0, "the generated file has the template's Errors column");
    for (let row = 0; row < theirs.length; row++) {
      const strip = (cells) => cells.filter((_, i) => i !== errors);
      assert.deepEqual(strip(ours[row]), strip(theirs[row]), `row ${row + 1}`);
    }
    // Some rows of the generated file have mistakes, which the Errors column names.
    assert.ok(ours.slice(1).some((cells) => cells[errors] !== ""));
  } finally {
    await bench.close();
  }
});
