// The page's size promise (README, ARCHITECTURE.md): every visitor downloads the page's wasm,
// which stays within 200 KB gzipped; the ZIP writer, the localizer (another language than
// English) and the embeddable binding are fetched only by those who need them and are not counted. Sizes, not times: this cannot flake.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST } from "./harness.mjs";

const BUDGET = 200 * 1024;

test("the page's wasm stays within 200 KB gzipped", () => {
  const wasm = readdirSync(DIST).filter((f) => f.endsWith(".wasm"));
  const page = wasm.filter((f) => !/^cosell-(wasm|zip|l10n)/.test(f));
  assert.equal(page.length, 1, `one page module: ${wasm.join(", ")}`);
  const gzipped = gzipSync(readFileSync(join(DIST, page[0])), { level: 9 }).length;
  console.log(`# the page's wasm: ${(gzipped / 1024).toFixed(1)} KB gzipped`);
  assert.ok(gzipped <= BUDGET, `${(gzipped / 1024).toFixed(1)} KB gzipped, over 200 KB`);
});
