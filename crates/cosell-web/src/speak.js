// Loads the page's localizer (crates/cosell-l10n, a module of its own beside the page) and
// makes one for a language from its .ftl files' text. Used by the page and by its worker; only
// when a language other than English is chosen.
export async function loadSpeaker(lang, sources) {
  const base = globalThis.document?.baseURI ?? globalThis.location.href;
  const glue = await import(new URL("cosell-l10n.js", base).href);
  await glue.default();
  return new glue.Speaker(lang, sources);
}
