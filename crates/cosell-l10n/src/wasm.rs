//! The page's localizer, a module of its own (the `wasm` feature): `fluent-bundle` is a third
//! of the page's size, and only those who choose another language than English need it. The
//! page and its worker fetch it, and the language's `.ftl` files, when a language is chosen,
//! and hand it messages as the core serializes them (`{messageId, args}`).

use wasm_bindgen::prelude::*;

use crate::{Lang, Localizer, Said};

/// A language's localizer.
#[wasm_bindgen]
pub struct Speaker(Localizer);

#[wasm_bindgen]
impl Speaker {
    /// `lang`: `sv`, `de`, or `en-XA` (the pseudo-locale); `sources`: the language's `.ftl`
    /// files (for the pseudo-locale, the page's English words).
    #[wasm_bindgen(constructor)]
    pub fn new(lang: &str, sources: Vec<String>) -> Result<Speaker, JsError> {
        let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
        let localizer = if lang == "en-XA" {
            Localizer::pseudo(&sources)
        } else {
            let lang = Lang::from_tag(lang).ok_or_else(|| JsError::new("unknown language"))?;
            Localizer::new(lang, &sources)
        };
        localizer
            .map(Speaker)
            .map_err(|error| JsError::new(&error.0))
    }

    /// A message given as `{messageId, args}`; `undefined` when the language lacks it or the
    /// value is not a message.
    pub fn message(&self, message: JsValue) -> Option<String> {
        let said: Said = serde_wasm_bindgen::from_value(message).ok()?;
        self.0.said(&said)
    }

    /// A rule's title (`CS201`).
    pub fn title(&self, code: &str) -> Option<String> {
        Some(self.0.title(cosell_core::Code::parse(code)?))
    }

    /// A rule's documentation: checks, why, example, fix, offers.
    pub fn docs(&self, code: &str) -> Option<Vec<String>> {
        Some(self.0.docs(cosell_core::Code::parse(code)?).to_vec())
    }
}
