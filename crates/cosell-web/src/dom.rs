//! A few plain helpers over web-sys. Text always goes in through `textContent`, never as HTML.

use wasm_bindgen::prelude::*;

use crate::lang::{m as t, say};
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect_throw("no document")
}

/// The element with this id, as the type the page's markup gives it.
pub fn by_id<T: JsCast>(id: &str) -> T {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| wasm_bindgen::throw_str(&format!("no element #{id}")))
        .dyn_into::<T>()
        .unwrap_or_else(|_| wasm_bindgen::throw_str(&format!("#{id} has another type")))
}

/// A new element with a class (may be empty) and text.
pub fn element(tag: &str, class: &str, text: &str) -> Element {
    let el = document()
        .create_element(tag)
        .unwrap_or_else(|_| wasm_bindgen::throw_str("cannot create an element"));
    if !class.is_empty() {
        el.set_class_name(class);
    }
    if !text.is_empty() {
        el.set_text_content(Some(text));
    }
    el
}

pub fn append(parent: &Element, child: &Element) {
    let _ = parent.append_child(child);
}

pub fn set_text(id: &str, text: &str) {
    by_id::<Element>(id).set_text_content(Some(text));
}

pub fn set_hidden(id: &str, hidden: bool) {
    by_id::<HtmlElement>(id).set_hidden(hidden);
}

pub fn clear(id: &str) -> Element {
    let el = by_id::<Element>(id);
    el.set_text_content(None);
    el
}

/// Adds an event listener that lives as long as the page.
pub fn on<E: JsCast + 'static>(
    target: &web_sys::EventTarget,
    event: &str,
    mut handler: impl FnMut(E) + 'static,
) {
    let closure =
        Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| handler(event.unchecked_into()));
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

pub fn on_id<E: JsCast + 'static>(id: &str, event: &str, handler: impl FnMut(E) + 'static) {
    on(&by_id::<web_sys::EventTarget>(id), event, handler);
}

/// "Error" or "Warning" in words, with a symbol: colour is never the only signal.
pub fn severity_label(severity: &str) -> Element {
    let text = match severity {
        "error" => format!("✖ {}", say(&t::severity_error())),
        _ => format!("⚠ {}", say(&t::severity_warning())),
    };
    element("span", &format!("sev {severity}"), &text)
}

/// A rule's code as a button that opens its documentation.
pub fn rule_button(code: &str) -> Element {
    let button = element("button", "link", code);
    let _ = button.set_attribute("type", "button");
    let _ = button.set_attribute("data-code", code);
    let _ = button.set_attribute("aria-label", &say(&t::rule_button(code)));
    button
}

/// Offers `blob` as a download called `name`.
pub fn save(name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    let link: web_sys::HtmlAnchorElement = element("a", "", "").unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document().body().expect_throw("no body");
    let _ = body.append_child(&link);
    link.click();
    link.remove();
    // The browser has taken the blob by the time the next task runs.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    }
}

/// One of the page's own files (the policy allows no other origin).
async fn fetch(path: &str) -> Result<web_sys::Response, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| format!("{path} could not be fetched"))?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(format!("{path}: HTTP {}", response.status()));
    }
    Ok(response)
}

/// The text of one of the page's own files.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    let text = fetch(path)
        .await?
        .text()
        .map_err(|_| format!("{path} has no text"))?;
    wasm_bindgen_futures::JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| format!("{path} has no text"))
}

/// The bytes of one of the page's own files, as an `ArrayBuffer`.
pub async fn fetch_bytes(path: &str) -> Result<JsValue, String> {
    let buffer = fetch(path)
        .await?
        .array_buffer()
        .map_err(|_| format!("{path} has no bytes"))?;
    wasm_bindgen_futures::JsFuture::from(buffer)
        .await
        .map_err(|_| format!("{path} has no bytes"))
}
