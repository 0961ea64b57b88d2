//! How the typed messages of `protocol.rs` cross between the page and its worker: one JSON text
//! (serde_json, the same code on both sides: both are this module) in a `json` field, and what
//! cannot be text beside it: the file's bytes (`bytes`) or a download (`blob`).

use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::JsValue;

/// The message as a JavaScript object, with `attachment` (a field name and its value).
pub fn to_js<T: Serialize>(message: &T, attachment: Option<(&str, &JsValue)>) -> JsValue {
    let object = js_sys::Object::new();
    let json = serde_json::to_string(message).unwrap_or_default();
    let _ = js_sys::Reflect::set(&object, &"json".into(), &json.into());
    if let Some((name, value)) = attachment {
        let _ = js_sys::Reflect::set(&object, &name.into(), value);
    }
    object.into()
}

/// The message in a JavaScript object made by [`to_js`], if it is one.
pub fn from_js<T: DeserializeOwned>(data: &JsValue) -> Option<T> {
    let json = js_sys::Reflect::get(data, &"json".into())
        .ok()?
        .as_string()?;
    serde_json::from_str(&json).ok()
}

/// An attachment of the message.
pub fn attachment(data: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(data, &name.into()).unwrap_or_default()
}
