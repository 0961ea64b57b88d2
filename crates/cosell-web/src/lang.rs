//! The page's language: English is in the module (the page's own words from
//! `crates/cosell-l10n/locales/en/page.ftl`, read at build time; the findings' from the core);
//! another language is the `cosell-l10n` module and the language's `.ftl` files, fetched when it
//! is chosen (`speak.js`). The page and its worker each hold a [`Speaker`] for it; everything
//! they write goes through [`say`].

use std::cell::RefCell;

use cosell_core::message::Message;
use wasm_bindgen::prelude::*;

/// The page's English words: `PAGE` and a constructor per message (`m::problems_shown`); the
/// static text's constructors go unused (it is set by id, from `data-l10n`).
#[allow(dead_code)]
mod words {
    include!(concat!(env!("OUT_DIR"), "/words.rs"));
}
pub use words::{m, PAGE};

/// A language the page speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    #[default]
    En,
    Sv,
    De,
    /// English, accented and 40 % longer: for testing the layout (`?lang=en-XA`).
    Pseudo,
}

impl Lang {
    /// The tag, as `<html lang>`, `?lang=` and the language files' folders have it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
            Lang::De => "de",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language a tag names (`sv`, `sv-SE`, `de-AT`, `en-XA`), if the page speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        if tag.eq_ignore_ascii_case("en-XA") {
            return Some(Lang::Pseudo);
        }
        match tag.split(['-', '_']).next()?.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "sv" => Some(Lang::Sv),
            "de" => Some(Lang::De),
            _ => None,
        }
    }

    /// The first of the browser's languages the page speaks; English when none is.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    /// The language's own name, as the language switch lists it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Sv => "Svenska",
            Lang::De => "Deutsch",
            Lang::Pseudo => "Ƥšéúðó",
        }
    }

    /// The `.ftl` files the language needs, under `locales/` beside the page.
    pub fn files(self) -> &'static [&'static str] {
        match self {
            Lang::En => &[],
            Lang::Pseudo => &["locales/en/page.ftl"],
            Lang::Sv => &[
                "locales/sv/messages.ftl",
                "locales/sv/rules.ftl",
                "locales/sv/page.ftl",
            ],
            Lang::De => &[
                "locales/de/messages.ftl",
                "locales/de/rules.ftl",
                "locales/de/page.ftl",
            ],
        }
    }
}

#[wasm_bindgen]
extern "C" {
    /// `cosell-l10n`'s localizer (crates/cosell-l10n/src/wasm.rs).
    #[derive(Clone)]
    pub type Speaker;

    #[wasm_bindgen(method)]
    fn message(this: &Speaker, message: JsValue) -> Option<String>;

    #[wasm_bindgen(method)]
    fn title(this: &Speaker, code: &str) -> Option<String>;

    #[wasm_bindgen(method)]
    fn docs(this: &Speaker, code: &str) -> Option<Vec<String>>;
}

#[wasm_bindgen(module = "/src/speak.js")]
extern "C" {
    #[wasm_bindgen(js_name = loadSpeaker, catch)]
    async fn load_speaker(lang: &str, sources: Vec<String>) -> Result<JsValue, JsValue>;
}

thread_local! {
    /// The language spoken, and its localizer (none for English).
    static SPEAKING: RefCell<(Lang, Option<Speaker>)> = const { RefCell::new((Lang::En, None)) };
}

/// Makes the language's localizer from its files' text (fetching the module the first time);
/// English needs none.
pub async fn make(lang: Lang, sources: Vec<String>) -> Result<Option<Speaker>, String> {
    if lang == Lang::En {
        return Ok(None);
    }
    let speaker = load_speaker(lang.code(), sources).await.map_err(|error| {
        error.dyn_ref::<js_sys::Error>().map_or_else(
            || "the localizer did not load".to_string(),
            |e| e.message().into(),
        )
    })?;
    Ok(Some(speaker.unchecked_into()))
}

/// From now on, speak `lang` (with its localizer).
pub fn speak(lang: Lang, speaker: Option<Speaker>) {
    SPEAKING.with(|s| *s.borrow_mut() = (lang, speaker));
    // The locale's number data loaded now, with the language, rather than in the middle of
    // drawing a result.
    let _ = number(0);
}

/// The language spoken.
pub fn speaking() -> Lang {
    SPEAKING.with(|s| s.borrow().0)
}

/// A message in the language spoken (a finding's, or the page's own words).
pub fn say(message: &Message) -> String {
    let said = SPEAKING.with(|s| {
        let s = s.borrow();
        s.1.as_ref()?.message(to_js(message))
    });
    said.unwrap_or_else(|| {
        let mut out = String::new();
        message.english_with(&[PAGE], &mut out);
        out
    })
}

/// A message in the language of `speaker` (the worker's Errors column), English if it lacks it.
pub fn say_with(speaker: &Speaker, message: &Message) -> String {
    speaker
        .message(to_js(message))
        .unwrap_or_else(|| message.english())
}

/// A message as the core serializes it, `{messageId, args}`, built by hand: serde's machinery
/// for it would be a tenth of the page's budget.
fn to_js(message: &Message) -> JsValue {
    use cosell_core::message::{Arg, Join};
    fn arg(value: &Arg) -> JsValue {
        match value {
            Arg::Text(text) => JsValue::from_str(text),
            Arg::Number(n) => JsValue::from_f64(*n as f64),
            Arg::Message(message) => to_js(message),
            Arg::List(list) => {
                let object = js_sys::Object::new();
                let join = match list.join {
                    Join::Comma => "comma",
                    Join::Or => "or",
                    Join::And => "and",
                    Join::Concat => "concat",
                };
                let items: js_sys::Array = list.items.iter().map(arg).collect();
                let _ = js_sys::Reflect::set(&object, &"join".into(), &join.into());
                let _ = js_sys::Reflect::set(&object, &"items".into(), &items);
                object.into()
            }
        }
    }
    let args = js_sys::Object::new();
    for (name, value) in message.named(&[PAGE]) {
        let _ = js_sys::Reflect::set(&args, &(*name).into(), &arg(value));
    }
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"messageId".into(), &message.id.into());
    let _ = js_sys::Reflect::set(&object, &"args".into(), &args);
    object.into()
}

/// The page's fixed text of id `id` (a `data-l10n` attribute) in the language spoken; `None`
/// in English, which the page's markup holds.
pub fn text(id: &str) -> Option<String> {
    SPEAKING.with(|s| {
        let s = s.borrow();
        let said = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&said, &"messageId".into(), &id.into());
        s.1.as_ref()?.message(said.into())
    })
}

/// A rule's title in the language spoken.
pub fn title(code: cosell_core::Code) -> String {
    let said = SPEAKING.with(|s| s.borrow().1.as_ref()?.title(code.as_str()));
    said.unwrap_or_else(|| code.rule().title.to_string())
}

/// A rule's documentation in the language spoken (checks, why, example, fix, offers), when a
/// localizer speaks it; `None` for English (the page fetches `rules.json`).
pub fn docs(code: &str) -> Option<Vec<String>> {
    SPEAKING.with(|s| s.borrow().1.as_ref()?.docs(code))
}

/// Writes the page's fixed text in `lang` (every element with a `data-l10n` id: its text, or
/// the attribute `data-l10n-attr` names), sets `<html lang>`, the language switch, and keeps the
/// language in the page's address (`?lang=sv`; English leaves it out).
pub fn localize(lang: Lang) {
    use wasm_bindgen::JsCast;
    let document = crate::dom::document();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
    if let Ok(elements) = document.query_selector_all("[data-l10n]") {
        for i in 0..elements.length() {
            let Some(element) = elements
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let id = element.get_attribute("data-l10n").unwrap_or_default();
            let attribute = element.get_attribute("data-l10n-attr");
            // The English, as the markup has it, is kept the first time it is replaced.
            let now = match &attribute {
                Some(attribute) => element.get_attribute(attribute),
                None => element.text_content(),
            };
            if !element.has_attribute("data-l10n-en") {
                let _ = element.set_attribute("data-l10n-en", &now.unwrap_or_default());
            }
            let text = match text(&id) {
                Some(text) => text,
                None => element.get_attribute("data-l10n-en").unwrap_or_default(),
            };
            match attribute {
                Some(attribute) => {
                    let _ = element.set_attribute(&attribute, &text);
                }
                None => element.set_text_content(Some(&text)),
            }
        }
    }
    crate::dom::by_id::<web_sys::HtmlSelectElement>("language").set_value(lang.code());
    // The Errors column can follow the page's language, when that is not English.
    crate::dom::set_hidden("errors-language-box", lang == Lang::En);
    crate::dom::set_text("errors-language-page", lang.name());
    keep_in_address(lang);
}

/// `?lang=` in the page's address, the other parameters kept.
fn keep_in_address(lang: Lang) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let mut params: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang="))
        .collect();
    let tag = format!("lang={}", lang.code());
    if lang != Lang::En {
        params.push(&tag);
    }
    let query = if params.is_empty() {
        String::new()
    } else {
        format!("?{}", params.join("&"))
    };
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if query != search {
        if let Ok(history) = window.history() {
            let url = format!("{path}{query}{hash}");
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}

/// A count as the language writes it (`12 563` in Swedish, `12.563` in German): the browser's
/// `Intl`, only for another language than English (its first use costs the page a long task
/// while the browser loads the locale's data; English writes the digits as they are).
pub fn number(n: usize) -> String {
    match speaking() {
        Lang::En | Lang::Pseudo => n.to_string(),
        lang => js_sys::Number::from(n as f64)
            .to_locale_string(lang.code())
            .into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_s_languages_choose_the_page_s() {
        assert_eq!(Lang::preferred(["fr-FR", "sv-SE", "de"]), Lang::Sv);
        assert_eq!(Lang::preferred(["de-AT"]), Lang::De);
        assert_eq!(Lang::preferred(["fr"]), Lang::En);
        assert_eq!(Lang::from_tag("en-XA"), Some(Lang::Pseudo));
        assert_eq!(Lang::from_tag("EN-us"), Some(Lang::En));
    }

    /// Each `data-l10n` element of `www/index.html`: its id, and its English text as written
    /// there (`None` for an attribute's).
    fn static_texts() -> Vec<(String, Option<String>)> {
        let html = include_str!("../../../www/index.html");
        let mut found = Vec::new();
        for (at, _) in html.match_indices("data-l10n=\"") {
            let rest = &html[at + 11..];
            let id = &rest[..rest.find('"').unwrap()];
            let tag_end = rest.find('>').unwrap();
            let attribute = rest[..tag_end].contains("data-l10n-attr");
            let text = &rest[tag_end + 1..];
            let text = &text[..text.find('<').unwrap()];
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            found.push((id.to_string(), (!attribute).then_some(text)));
        }
        found
    }

    #[allow(dead_code)]
    mod fixed {
        include!(concat!(env!("OUT_DIR"), "/fixed.rs"));
    }

    #[test]
    fn the_page_s_fixed_text_is_its_english_words_and_each_has_its_id() {
        use fixed::FIXED;
        let english = |id: &str| {
            let table = [FIXED, PAGE].into_iter().find(|table| {
                table
                    .binary_search_by(|(known, _)| (*known).cmp(id))
                    .is_ok()
            })?;
            let at = table.binary_search_by(|(known, _)| (*known).cmp(id)).ok()?;
            let mut out = String::new();
            Message::build(table[at].0, []).english_with(&[table], &mut out);
            Some(out)
        };
        let texts = static_texts();
        assert!(texts.len() > 60, "{}", texts.len());
        for (id, text) in &texts {
            let words = english(id).unwrap_or_else(|| panic!("{id} is not in page.ftl"));
            if let Some(text) = text {
                assert_eq!(
                    text, &words,
                    "{id}: the page's first paint differs from page.ftl"
                );
            }
        }
        // Every fixed text of page.ftl is on the page.
        for (id, _) in FIXED {
            assert!(
                texts.iter().any(|(known, _)| known == id),
                "{id} is on no element of the page"
            );
        }
    }

    #[test]
    fn the_page_s_english_is_its_table_s() {
        assert!(PAGE.windows(2).all(|w| w[0].0 < w[1].0));
        let shown = m::problems_shown(1usize, 100usize, 312usize);
        let mut out = String::new();
        shown.english_with(&[PAGE], &mut out);
        assert_eq!(out, "Showing 1–100 of 312 problems.");
    }
}
