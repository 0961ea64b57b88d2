// The page in the partner's language: Swedish and German end to end (the browser's language or
// ?lang=, the switch, the address, <html lang>, axe), the localizer fetched only when another
// language than English is chosen, the Errors column in Swedish when asked for (the command
// line's, byte for byte), and the pseudo-locale's long text fitting the layout.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO, TODAY, download, open, useSession } from "./harness.mjs";

const AXE = join(REPO, "node_modules/axe-core/axe.min.js");
const GOLDEN = join(REPO, "tests/golden");
const LOCALES = join(REPO, "crates/cosell-l10n/locales");
const session = useSession();

/** A message of a language's .ftl file, as written (one-line messages only). */
function word(lang, file, id) {
  const line = readFileSync(join(LOCALES, lang, file), "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${id} = `));
  assert.ok(line, `${lang}/${file} has ${id}`);
  return line.slice(id.length + 3);
}

/** The row messages of the command line's text report (`cosell check --lang LANG`). */
function cliMessages(name, lang) {
  return readFileSync(join(GOLDEN, `${name}.${lang}.txt`), "utf8")
    .split("\n")
    .map((line) => line.match(/^ {2}\S+ \d+\s+\S+\s+CS\d{3} {2}(.*)$/))
    .filter(Boolean)
    .map((m) => m[1]);
}

async function audit(page, what) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  assert.deepEqual(found, [], `${what}:\n${found.join("\n")}`);
}

const localizer = () => session.server.requests.filter((p) => /cosell-l10n|\/locales\//.test(p));

/** Checks the sample and waits until the problem list is written in `lang`. */
async function checkSample(page, checked) {
  await page.getByTestId("sample").click();
  await page.getByTestId("status").filter({ hasText: checked }).waitFor();
}

test("English: the page's own words, and no localizer fetched", async () => {
  const before = localizer().length;
  const context = await session.browser.newContext({ locale: "en-GB" });
  const page = await open(context, session.server);
  await checkSample(page, /^Checked /);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(new URL(page.url()).searchParams.get("lang"), null);
  assert.equal(localizer().length, before, "nothing of another language is fetched");
  await context.close();
});

test("Swedish from the browser's languages: every panel in Swedish, the findings as the command line says them, axe 0", async () => {
  const context = await session.browser.newContext({ locale: "sv-SE", bypassCSP: true });
  const page = await open(context, session.server);
  await page.waitForFunction(() => document.documentElement.lang === "sv");
  assert.equal(new URL(page.url()).searchParams.get("lang"), "sv", "kept in the address");
  assert.equal(await page.getByTestId("language").inputValue(), "sv");
  assert.equal(await page.getByTestId("privacy").textContent(), word("sv", "page.ftl", "page-privacy"));
  assert.equal(await page.title(), word("sv", "page.ftl", "page-title"));
  await checkSample(page, /har kontrollerats/);
  // The counts' labels, the status line, the problem list: Swedish.
  assert.equal(await page.getByTestId("summary").locator(".label").first().textContent(), "rader");
  const status = await page.getByTestId("status").textContent();
  assert.match(status, /Partnercenter skulle inte bearbeta 4 rader av 8; 8 fel och 3 varningar hittades\./);
  const shown = await page.locator("#issue-rows tr td:nth-child(5)").allTextContents();
  assert.deepEqual(shown, cliMessages("sample-with-mistakes", "sv"), "the same words as cosell check --lang sv");
  await audit(page, "the Swedish page with a result");
  // A rule's documentation, in Swedish.
  await page.locator("#issue-rows button[data-code=CS215]").first().click();
  await page.getByTestId("rule-dialog").waitFor();
  const docs = await page.locator("#rule-docs").textContent();
  assert.ok(docs.includes(word("sv", "rules.ftl", "cs215-checks")), docs);
  assert.ok((await page.locator("#rule-title").textContent()).includes(word("sv", "rules.ftl", "cs215-title")));
  await audit(page, "the Swedish rule documentation");
  await context.close();
});

test("German from ?lang=de, then switched on the page to Swedish and back to English", async () => {
  const context = await session.browser.newContext({ locale: "en-US", bypassCSP: true });
  const page = await open(context, session.server, `?today=${TODAY}&lang=de`);
  await page.waitForFunction(() => document.documentElement.lang === "de");
  await checkSample(page, /geprüft\./);
  const shown = await page.locator("#issue-rows tr td:nth-child(5)").allTextContents();
  assert.deepEqual(shown, cliMessages("sample-with-mistakes", "de"), "the same words as cosell check --lang de");
  await page.getByTestId("open-grid").click();
  await page.getByTestId("grid").locator("td").first().waitFor();
  assert.match(await page.getByTestId("grid-shown").textContent(), /^Zeilen 1–4 von 4 Zeilen mit Fehlern\.$/);
  await audit(page, "the German page with the grid open");
  // Switched on the page: the findings shown are asked for again, in the new language.
  await page.getByTestId("language").selectOption("sv");
  await page.waitForFunction(() => document.documentElement.lang === "sv");
  await page.getByTestId("grid-shown").filter({ hasText: /^Raderna 1–4/ }).waitFor();
  await page.locator("#issue-rows td", { hasText: "Ogiltigt tal '$250,000'" }).first().waitFor();
  assert.equal(new URL(page.url()).searchParams.get("lang"), "sv");
  assert.equal(new URL(page.url()).searchParams.get("today"), TODAY, "the other parameters kept");
  await page.getByTestId("language").selectOption("en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await page.locator("#issue-rows td", { hasText: "Invalid number '$250,000'" }).first().waitFor();
  assert.equal(await page.getByTestId("privacy").textContent(), "Your file never leaves this browser: it is checked on your computer, and nothing is sent anywhere.");
  assert.equal(new URL(page.url()).searchParams.get("lang"), null);
  await context.close();
});

test("the Errors column in Swedish, when asked for: the command line's --errors-lang sv file, byte for byte", async () => {
  const context = await session.browser.newContext({ locale: "sv-SE" });
  const page = await open(context, session.server);
  await page.waitForFunction(() => document.documentElement.lang === "sv");
  await checkSample(page, /har kontrollerats/);
  const english = await download(page, "download-annotated");
  assert.ok(english.bytes.includes(Buffer.from("Invalid number '$250,000'")), "English by default, as Partner Center writes it");
  await page.getByTestId("errors-language").selectOption("page");
  const swedish = await download(page, "download-annotated");
  const cli = readFileSync(join(GOLDEN, "sample-with-mistakes.errors-sv.annotated.csv"));
  assert.ok(swedish.bytes.equals(cli), "the page's file is the command line's");
  await context.close();
});

test("a language whose files cannot be fetched leaves the page in English, and says so", async () => {
  const context = await session.browser.newContext({ locale: "en-US" });
  await context.route("**/locales/sv/**", (route) => route.fulfill({ status: 404, body: "" }));
  const page = await open(context, session.server, `?today=${TODAY}&lang=sv`);
  // Once Swedish has failed (the page starts in English while it loads, so the switch alone
  // says nothing yet), the switch is back to English, and so is the address.
  await page.getByTestId("status").filter({ hasText: /could not be shown/ }).waitFor();
  await page.waitForFunction(() => document.getElementById("language").value === "en");
  // The address follows once the worker, back in English, has said so (a round trip later).
  await page.waitForFunction(() => !new URLSearchParams(location.search).has("lang"), null, { timeout: 10_000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  // The address as the page has it (Playwright's page.url() learns of replaceState later).
  assert.equal(new URL(await page.evaluate(() => location.href)).searchParams.get("lang"), null);
  assert.equal(
    await page.getByTestId("status").textContent(),
    "The page could not be shown in Svenska (locales/sv/messages.ftl: HTTP 404); it stays in English.",
  );
  await checkSample(page, /^Checked /);
  assert.match(await page.locator("#issue-rows td").nth(4).textContent(), /^Invalid number/);
  await context.close();
});

/** Elements whose text does not fit their box, outside the scrolling tables. */
function overflowing() {
  const found = [];
  for (const el of document.querySelectorAll("button, label, h1, h2, h3, p, li, dt, dd, legend, .label, .n, select, th")) {
    if (el.closest(".table-wrap, .grid-scroll") || !el.getClientRects().length) continue;
    if (el.scrollWidth > el.clientWidth + 1) found.push(`${el.tagName.toLowerCase()}#${el.id || ""}.${el.className}: ${el.textContent.trim().slice(0, 60)}`);
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
  return found;
}

for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
  test(`the pseudo-locale (every text 40 % longer, accented) fits the page at ${viewport.width} px`, async () => {
    const context = await session.browser.newContext({ viewport });
    const page = await open(context, session.server, `?today=${TODAY}&lang=en-XA`);
    await page.waitForFunction(() => document.documentElement.lang === "en-XA");
    assert.match(await page.getByTestId("privacy").textContent(), /^Yóúr·· fílé·· ñévér··/);
    assert.deepEqual(await page.evaluate(overflowing), [], "before a check");
    await page.getByTestId("sample").click();
    await page.getByTestId("summary").locator(".n").first().filter({ hasText: "8" }).waitFor();
    await page.getByTestId("apply-fixes").click();
    await page.getByTestId("fix-list").locator("[data-fix-rule]").first().waitFor();
    await page.getByTestId("open-grid").click();
    await page.getByTestId("grid").locator("td").first().waitFor();
    assert.deepEqual(await page.evaluate(overflowing), [], "with a result, the fixes and the grid open");
    await page.screenshot({ path: join(REPO, "target", `pseudo-locale-${viewport.width}.png`), fullPage: true });
    await context.close();
  });
}
