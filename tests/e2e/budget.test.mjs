// The page's size promise (README, ARCHITECTURE.md): every visitor downloads the page's wasm,
// which stays within 200 KB gzipped; the ZIP writer, the localizer (another language than
// English), the workbook module (a workbook dropped) and the embeddable binding are fetched only
// by those who need them and are not counted: their sizes are reported. Sizes, not times: this cannot flake.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST } from "./harness.mjs";

const BUDGET = 200 * 1024;

test("the page's wasm stays within 200 KB gzipped", () => {
  const wasm = readdirSync(DIST).filter((f) => f.endsWith(".wasm"));
  const page = wasm.filter((f) => !/^cosell-(wasm|zip|l10n|web-workbook)/.test(f));
  assert.equal(page.length, 1, `one page module: ${wasm.join(", ")}`);
  const gzipped = gzipSync(readFileSync(join(DIST, page[0])), { level: 9 }).length;
  console.log(`# the page's wasm: ${(gzipped / 1024).toFixed(1)} KB gzipped`);
  assert.ok(gzipped <= BUDGET, `${(gzipped / 1024).toFixed(1)} KB gzipped, over 200 KB`);
});

test("the workbook module's size, reported", () => {
  // Reported, not bounded: only those who drop a workbook download it.
  const files = readdirSync(DIST).filter((f) => /^cosell-web-workbook.*\.(wasm|js)$/.test(f));
  assert.equal(files.length, 2, `the workbook module and its glue: ${files.join(", ")}`);
  const gzipped = files.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
  console.log(`# the workbook module (cosell-web-workbook, wasm and glue): ${(gzipped / 1024).toFixed(1)} KB gzipped`);
});

test("the sizes of what another language fetches, reported", () => {
  // Reported, not bounded: only those who choose the language download them.
  const gz = (files) => files.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const module = readdirSync(DIST).filter((f) => /^cosell-l10n.*\.(wasm|js)$/.test(f));
  assert.equal(module.length, 2, `the localizer's module and its glue: ${module.join(", ")}`);
  console.log(`# the localizer (cosell-l10n, wasm and glue): ${kb(gz(module))} gzipped`);
  for (const lang of ["sv", "de"]) {
    const files = ["messages.ftl", "rules.ftl", "page.ftl"].map((f) => join("locales", lang, f));
    console.log(`# ${lang}: its three .ftl files, ${kb(gz(files))} gzipped`);
  }
});
