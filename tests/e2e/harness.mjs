// Shared by the end-to-end tests: a static server for dist/ under a sub-path (as GitHub Pages
// serves a project site) that records every request, and headless Chromium with the flags
// this machine needs (no sandbox as root, no background networking).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { join, extname, normalize } from "node:path";
import { chromium } from "playwright-core";
import { before, after } from "node:test";

export const REPO = new URL("../../", import.meta.url).pathname;
export const DIST = join(REPO, "dist");
export const PREFIX = "/cosell-preflight/";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".ts": "text/plain",
  ".mjs": "text/javascript",
  ".csv": "text/csv; charset=utf-8",
};

/** Serves dist/ at http://127.0.0.1:<port>/cosell-preflight/; `requests` lists every path asked for. */
export async function serve() {
  const server = await serveFolders({ [PREFIX]: DIST });
  return { ...server, url: server.origin + PREFIX };
}

/**
 * Serves folders at URL prefixes (`{ "/dist/": "/abs/dist" }`) on a free port of 127.0.0.1;
 * `requests` lists every path asked for. Anything outside the folders is 404.
 */
export async function serveFolders(mounts) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const url = new URL(req.url, "http://127.0.0.1");
    const prefix = Object.keys(mounts).find((p) => url.pathname.startsWith(p));
    if (!prefix) {
      res.writeHead(404).end();
      return;
    }
    const root = mounts[prefix];
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, "index.html");
      const body = await readFile(path);
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Headless Chromium with this machine's flags, and `extra` flags. */
export async function launch(extra = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      ...extra,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * One server and one browser for a test file: started before its tests, closed after them.
 * Use `session.server` and `session.browser` inside the tests.
 */
export function useSession() {
  const session = {};
  before(async () => {
    session.server = await serve();
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** The day every test checks as (the same as the Rust fixtures' and the CLI's --today). */
export const TODAY = "2026-11-24";

/** Opens the page and waits until its controls are wired. */
export async function open(context, server, query = `?today=${TODAY}`) {
  const page = await context.newPage();
  await page.goto(server.url + query);
  await page.locator("main[data-ready=true]").waitFor();
  return page;
}

/** The six numbers of the summary card (written the page language's way: `12,563`, `12 563`). */
export async function summary(page) {
  const card = page.getByTestId("summary");
  const n = async (id) => Number((await card.getByTestId(id).textContent()).replace(/\D/g, ""));
  return {
    rows: await n("rows"),
    create: await n("create"),
    update: await n("update"),
    notProcessed: await n("not-processed"),
    errors: await n("errors"),
    warnings: await n("warnings"),
  };
}

/** Clicks a download button and returns the file's name and bytes. */
export async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testid).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Takes `--name VALUE` out of a command line's `args`; `fallback` when it is not there. */
export function takeOption(args, name, fallback) {
  const at = args.indexOf(name);
  return at < 0 ? fallback : args.splice(at, 2)[1];
}
