// Embedding: a portal imports the ES module that the page's worker uses (dist/cosell-wasm.js)
// and calls validate, exactly as the README shows; and the page works inside an iframe.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO, TODAY, open, useSession } from "./harness.mjs";

const session = useSession();

test("the ES module from the binding validates a string, as in the README", async () => {
  const context = await session.browser.newContext();
  const page = await open(context, session.server);
  const csv = readFileSync(join(REPO, "tests/golden/sample-with-mistakes.csv"), "utf8");
  const result = await page.evaluate(
    async ({ csv, today }) => {
      const { default: init, validate, rules } = await import(new URL("cosell-wasm.js", document.baseURI));
      await init();
      const result = validate(csv, today);
      return { summary: result.summary, first: result.issues[0], rules: rules().length, annotated: result.annotatedCsv };
    },
    { csv, today: TODAY },
  );
  assert.deepEqual(result.summary, { rows: 8, create: 2, update: 2, notProcessed: 4, errors: 8, warnings: 3, processed: 0 });
  assert.equal(result.first.code, "CS215");
  assert.ok(result.rules > 40);
  assert.equal(result.annotated, readFileSync(join(REPO, "tests/golden/sample-with-mistakes.annotated.csv"), "utf8"));
  await context.close();
});

test("the binding compares with an export given as text or bytes, a bad one said and skipped", async () => {
  const context = await session.browser.newContext();
  const page = await open(context, session.server);
  const file = (name) => readFileSync(join(REPO, "tests/rules", name), "utf8");
  const result = await page.evaluate(
    async ({ upload, baseline, notExport, terminal, terminalExport, today }) => {
      const { default: init, validate, validateBytes, forgetBaseline, readyToUpload } = await import(new URL("cosell-wasm.js", document.baseURI));
      await init();
      forgetBaseline();
      const asText = validate(upload, { today, baseline });
      const bytes = (text) => new TextEncoder().encode(text);
      const asBytes = validateBytes(bytes(upload), { today, baseline: bytes(baseline) });
      // The same export again (kept, not read again), then another: each answered for itself.
      const again = validate(upload, { today, baseline });
      const bad = validate(upload, { today, baseline: notExport });
      const alone = validate(upload, { today });
      // Ready to upload, the unchanged rows left out (CS604's fixture: both rows unchanged).
      const unchangedFile = validate(terminal, { today, baseline: terminalExport });
      const unchangedRows = unchangedFile.updates.filter((u) => u.unchanged).map((u) => u.row);
      const ready = readyToUpload(unchangedFile.annotatedCsv);
      const readyChanged = readyToUpload(unchangedFile.annotatedCsv, unchangedRows);
      return { asText, asBytes, again, bad, alone, unchangedRows, ready, readyChanged };
    },
    {
      upload: file("CS606.csv"),
      baseline: file("CS606.baseline.csv"),
      notExport: file("CS601.baseline.csv"),
      terminal: file("CS604.csv"),
      terminalExport: file("CS604.baseline.csv"),
      today: TODAY,
    },
  );
  assert.deepEqual(result.unchangedRows, [2, 3]);
  assert.equal(result.ready.trim().split("\n").length, 3);
  assert.equal(result.readyChanged.trim().split("\n").length, 1);
  const expected = JSON.parse(readFileSync(join(REPO, "tests/rules/CS606.report.json"), "utf8"));
  for (const name of ["asText", "asBytes", "again"]) {
    const r = result[name];
    assert.deepEqual(r.summary, expected.summary, name);
    assert.deepEqual(r.updates, expected.updates, name);
    assert.deepEqual(r.issues.map((i) => [i.row, i.code, i.fix]), expected.issues.map((i) => [i.row, i.code, i.fix]), name);
  }
  assert.equal(result.bad.fileIssues[0].code, "CS601");
  assert.equal(result.bad.updates, undefined);
  assert.equal(result.bad.summary.unchanged, undefined);
  assert.equal(result.alone.summary.errors, 0);
  await context.close();
});

test("the TypeScript declarations describe validate and the report", () => {
  const dts = readFileSync(join(REPO, "dist/cosell-wasm.d.ts"), "utf8");
  assert.match(dts, /export function validate\(csv: string, options\?: ValidateOptions \| string\): Validation;/);
  assert.match(dts, /template\?: "auto" \| "2021" \| "current";/);
  assert.match(dts, /export function validateBytes\(bytes: Uint8Array/);
  assert.match(dts, /export interface Issue \{/);
  assert.match(dts, /notProcessed: number;/);
  assert.match(dts, /baseline\?: string \| Uint8Array;/);
  assert.match(dts, /updates\?: Update\[\];/);
  assert.match(dts, /export function readyToUpload\(annotatedCsv: string, leaveOut\?: number\[\]\): string;/);
  assert.match(dts, /unchanged\?: number;/);
});

test("the page works inside a portal's iframe", async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  // A portal page on another origin (the browser's own blank page) framing ours.
  await page.setContent(`<iframe title="cosell-preflight" src="${session.server.url}?today=${TODAY}" width="1000" height="800"></iframe>`);
  const frame = page.frameLocator("iframe");
  await frame.locator("main[data-ready=true]").waitFor();
  await frame.getByTestId("sample").click();
  await frame.getByTestId("status").filter({ hasText: /^Checked / }).waitFor();
  assert.equal(await frame.getByTestId("rows").textContent(), "8");
  await context.close();
});
