//! The partner's language: cosell-core's findings (a [`Message`]: an id and its arguments), the
//! rules' titles and documentation, and the edges' own words (the command line's, the page's),
//! in English, Swedish or German, rendered with Project Fluent's `fluent-bundle`.
//!
//! Each language is a folder of `.ftl` files under `locales/`: `messages.ftl` (every id of
//! cosell-core's `messages/en.ftl`, with the same arguments), `rules.ftl` (`cs201-title`,
//! `cs201-checks`, … for every rule), `cli.ftl` and `page.ftl` (the command line's and the
//! page's own words) and
//! `glossary.tsv` (the terms Partner Center uses in that language; a test holds the translations
//! to it). English findings and rule texts come from the core itself, so `locales/en/` holds only
//! `cli.ftl` and `page.ftl`.
//!
//! A [`Localizer`] is made from a language's sources: the ones this crate carries
//! ([`Localizer::embedded`], the `embedded` feature: the command line), or files fetched by the
//! page ([`Localizer::new`]).

use std::borrow::Cow;

#[cfg(feature = "wasm")]
mod wasm;

use cosell_core::message::{Arg, Before, Join, Message};
use cosell_core::{Code, Docs};
pub use fluent_bundle::FluentValue;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

/// A language the edges speak.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Sv,
    De,
}

/// Every language, English first.
pub const LANGS: [Lang; 3] = [Lang::En, Lang::Sv, Lang::De];

impl Lang {
    /// `en`, `sv`, `de`: the BCP 47 tag, as in `?lang=` and `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
            Lang::De => "de",
        }
    }

    /// The language's own name for itself, as a language switch lists it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Sv => "Svenska",
            Lang::De => "Deutsch",
        }
    }

    /// The language a tag or locale names (`sv`, `sv-SE`, `sv_SE.UTF-8`, `de-AT`), if it is one
    /// of ours.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        LANGS.into_iter().find(|lang| lang.code() == primary)
    }

    /// The first of `tags` (most preferred first: `navigator.languages`) that is one of ours;
    /// English when none is.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    /// The language of a POSIX environment: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty decides (as `setlocale` reads them); English when it names
    /// another language, or `C`/`POSIX`.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .and_then(|value| Lang::from_tag(&value))
            .unwrap_or(Lang::En)
    }
}

/// The `.ftl` files of a language, as this crate carries them (`embedded` feature).
#[cfg(feature = "embedded")]
pub fn embedded_sources(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[include_str!("../locales/en/cli.ftl")],
        Lang::Sv => &[
            include_str!("../locales/sv/messages.ftl"),
            include_str!("../locales/sv/rules.ftl"),
            include_str!("../locales/sv/cli.ftl"),
        ],
        Lang::De => &[
            include_str!("../locales/de/messages.ftl"),
            include_str!("../locales/de/rules.ftl"),
            include_str!("../locales/de/cli.ftl"),
        ],
    }
}

/// Renders messages in one language.
pub struct Localizer {
    lang: Lang,
    /// The pseudo-locale: English, every text lengthened by 40 % with accents (layout tests).
    pseudo: bool,
    bundle: FluentBundle<FluentResource>,
}

/// A message as plain owned data: what the page hands over from JavaScript (`{messageId,
/// args}`, as the core's `Message` serializes), and what a core `Message` becomes to be rendered.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "wasm", derive(serde::Deserialize))]
pub struct Said {
    #[cfg_attr(feature = "wasm", serde(rename = "messageId"))]
    pub id: String,
    #[cfg_attr(feature = "wasm", serde(default))]
    pub args: std::collections::BTreeMap<String, SaidArg>,
}

/// An argument of a [`Said`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "wasm", derive(serde::Deserialize), serde(untagged))]
pub enum SaidArg {
    Text(String),
    Number(f64),
    List { join: Join, items: Vec<SaidArg> },
    Message(Said),
}

impl From<&Message> for Said {
    fn from(message: &Message) -> Said {
        Said {
            id: message.id.to_string(),
            args: message
                .named(&[])
                .into_iter()
                .map(|(name, arg)| (name.to_string(), SaidArg::from(arg)))
                .collect(),
        }
    }
}

impl From<&Arg> for SaidArg {
    fn from(arg: &Arg) -> SaidArg {
        match arg {
            Arg::Text(text) => SaidArg::Text(text.clone()),
            Arg::Number(n) => SaidArg::Number(*n as f64),
            Arg::Message(message) => SaidArg::Message(Said::from(message)),
            Arg::List(list) => SaidArg::List {
                join: list.join,
                items: list.items.iter().map(SaidArg::from).collect(),
            },
        }
    }
}

/// A source that Fluent could not read whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadSource(pub String);

impl std::fmt::Display for BadSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BadSource {}

impl Localizer {
    /// A localizer for `lang` from its `.ftl` sources. A source with a syntax error, or an id
    /// given twice, is refused rather than half read.
    pub fn new(lang: Lang, sources: &[&str]) -> Result<Localizer, BadSource> {
        let tag = lang
            .code()
            .parse()
            .map_err(|_| BadSource(lang.code().into()))?;
        let mut bundle = FluentBundle::new(vec![tag]);
        // No Unicode isolation marks around arguments: the text goes into CSV cells and
        // terminals, where they would be stray characters.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(format_number));
        for source in sources {
            let resource = FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
                BadSource(format!("{} ({}): {errors:?}", lang.code(), errors.len()))
            })?;
            bundle
                .add_resource(resource)
                .map_err(|errors| BadSource(format!("{}: {errors:?}", lang.code())))?;
        }
        Ok(Localizer {
            lang,
            pseudo: false,
            bundle,
        })
    }

    /// The pseudo-locale: English from `sources` (the page's English words; the findings' and
    /// the rules' English are added here), every text piece accented and lengthened by 40 %, as
    /// a long language would be: the page's layout is tested with it.
    pub fn pseudo(sources: &[&str]) -> Result<Localizer, BadSource> {
        let rules = english_rules_ftl();
        let mut all: Vec<&str> = vec![cosell_core::message::ENGLISH_FTL, &rules];
        all.extend_from_slice(sources);
        let mut localizer = Localizer::new(Lang::En, &all)?;
        localizer.pseudo = true;
        localizer.bundle.set_transform(Some(pseudo));
        Ok(localizer)
    }

    /// A localizer from the sources this crate carries.
    #[cfg(feature = "embedded")]
    pub fn embedded(lang: Lang) -> Localizer {
        // The carried sources are read by this crate's tests: they cannot fail here.
        Localizer::new(lang, embedded_sources(lang)).expect("the carried .ftl files are valid")
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A finding's message (English: the core's own words).
    pub fn message(&self, message: &Message) -> String {
        if self.lang == Lang::En && !self.pseudo {
            return message.english();
        }
        self.said(&Said::from(message))
            .unwrap_or_else(|| message.english())
    }

    /// A message given as data (a finding's, or the page's own words); `None` when the
    /// language lacks it.
    pub fn said(&self, said: &Said) -> Option<String> {
        let mut args = FluentArgs::new();
        for (name, arg) in &said.args {
            args.set(name.as_str(), self.value(arg));
        }
        self.format(&said.id, Some(&args))
    }

    fn value(&self, arg: &SaidArg) -> FluentValue<'static> {
        match arg {
            SaidArg::Text(text) => FluentValue::from(text.clone()),
            SaidArg::Number(n) => FluentValue::from(*n),
            SaidArg::Message(said) => {
                FluentValue::from(self.said(said).unwrap_or_else(|| said.id.clone()))
            }
            SaidArg::List { join, items } => {
                let mut out = String::new();
                for (i, item) in items.iter().enumerate() {
                    match join.before(i, items.len()) {
                        Before::Nothing => {}
                        Before::Comma => out.push_str(", "),
                        Before::Word(id) => {
                            out.push_str(&self.format(id, None).unwrap_or_default())
                        }
                    }
                    match self.value(item) {
                        FluentValue::String(s) => out.push_str(&s),
                        FluentValue::Number(n) => out.push_str(&n.as_string()),
                        _ => {}
                    }
                }
                FluentValue::from(out)
            }
        }
    }

    /// The edge's own words: message `id` of `cli.ftl` or `page.ftl` with `args`; the id itself when no
    /// language has it (a test holds that every id is in every language).
    pub fn text(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.format(id, Some(&fluent))
            .unwrap_or_else(|| id.to_string())
    }

    /// A rule's title.
    pub fn title(&self, code: Code) -> String {
        if self.lang == Lang::En && !self.pseudo {
            return code.rule().title.to_string();
        }
        self.rule_part(code, "title")
            .unwrap_or_else(|| code.rule().title.to_string())
    }

    /// A rule's documentation: checks, why, example, fix, offers (empty when it offers none).
    pub fn docs(&self, code: Code) -> [String; 5] {
        let Docs {
            checks,
            why,
            example,
            fix,
            offers,
        } = code.rule().docs();
        let english = [checks, why, example, fix, offers];
        let parts = ["checks", "why", "example", "fix", "offers"];
        std::array::from_fn(|i| match self.lang {
            Lang::En if !self.pseudo => english[i].to_string(),
            _ if english[i].is_empty() => String::new(),
            _ => self
                .rule_part(code, parts[i])
                .unwrap_or_else(|| english[i].to_string()),
        })
    }

    fn rule_part(&self, code: Code, part: &str) -> Option<String> {
        let id = format!("{}-{part}", code.as_str().to_ascii_lowercase());
        self.format(&id, None)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    /// Whether the language has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

/// Every rule's English title and documentation as Fluent messages (`cs201-title = …`), for the
/// pseudo-locale.
pub fn english_rules_ftl() -> String {
    let mut out = String::new();
    for rule in cosell_core::RULES {
        let code = rule.code.as_str().to_ascii_lowercase();
        for (part, text) in rule.texts() {
            if !text.is_empty() {
                let text = text.replace('{', "{\"{\"}").replace('}', "{\"}\"}");
                out.push_str(&format!("{code}-{part} = {text}\n"));
            }
        }
    }
    out
}

/// The pseudo-locale's text: vowels accented, and each word 40 % longer (`·`), so that a page
/// that holds it holds a long language (the words grow, as a long language's do, and still wrap).
fn pseudo(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    let mut letters = 0usize;
    let pad = |out: &mut String, letters: &mut usize| {
        for _ in 0..(*letters * 2).div_ceil(5) {
            out.push('·');
        }
        *letters = 0;
    };
    for c in text.chars() {
        if c.is_whitespace() {
            pad(&mut out, &mut letters);
        }
        out.push(match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ó',
            'u' => 'ú',
            'A' => 'Å',
            'E' => 'É',
            'I' => 'Í',
            'O' => 'Ö',
            'U' => 'Ü',
            'c' => 'ç',
            'n' => 'ñ',
            other => other,
        });
        if c.is_alphanumeric() {
            letters += 1;
        }
    }
    pad(&mut out, &mut letters);
    Cow::Owned(out)
}

/// How a language groups a whole number's digits: `12,563`, `12 563` (a no-break space) and
/// `12.563`; numbers under 10,000 are not grouped, as Swedish and German style guides write them.
fn group(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    if n < 10_000 {
        return digits;
    }
    let separator = match lang {
        // English writes the digits as they are, as the core's English messages do.
        Lang::En => return digits,
        Lang::Sv => '\u{a0}',
        Lang::De => '.',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// The digit grouping of the bundle's language, found once per bundle by its memoizer.
struct Grouping(Lang);

impl intl_memoizer::Memoizable for Grouping {
    type Args = ();
    type Error = ();
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(Grouping(
            Lang::from_tag(lang.language.as_str()).unwrap_or(Lang::En),
        ))
    }
}

fn format_number(
    value: &FluentValue,
    memoizer: &intl_memoizer::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let whole = number.value.fract() == 0.0 && number.value >= 0.0 && number.value < 1e15;
    if !whole {
        return None;
    }
    memoizer
        .with_try_get::<Grouping, _, _>((), |grouping| group(number.value as u64, grouping.0))
        .ok()
}

/// Formats a count the language's way (`12 563` in Swedish), for the edges' own text.
pub fn number(n: u64, lang: Lang) -> String {
    group(n, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_locales_name_our_languages() {
        assert_eq!(Lang::from_tag("sv"), Some(Lang::Sv));
        assert_eq!(Lang::from_tag("sv-SE"), Some(Lang::Sv));
        assert_eq!(Lang::from_tag("sv_SE.UTF-8"), Some(Lang::Sv));
        assert_eq!(Lang::from_tag("de_AT@euro"), Some(Lang::De));
        assert_eq!(Lang::from_tag("DE"), Some(Lang::De));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr-FR"), None);
        assert_eq!(Lang::from_tag("C"), None);
        assert_eq!(Lang::preferred(["fr-FR", "de-DE", "sv"]), Lang::De);
        assert_eq!(Lang::preferred(["fr-FR"]), Lang::En);
    }

    #[test]
    fn the_environment_decides_as_setlocale_reads_it() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_env(env(&[("LANG", "sv_SE.UTF-8")])), Lang::Sv);
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", "de_DE.UTF-8"), ("LANG", "sv_SE.UTF-8")])),
            Lang::De
        );
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "sv_SE.UTF-8")])),
            Lang::Sv
        );
        assert_eq!(Lang::from_env(env(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LANG", "fr_FR.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
    }

    #[test]
    fn counts_are_grouped_the_language_s_way() {
        assert_eq!(group(12563, Lang::Sv), "12\u{a0}563");
        assert_eq!(group(1234567, Lang::De), "1.234.567");
        assert_eq!(group(12563, Lang::En), "12563");
        assert_eq!(group(1000, Lang::Sv), "1000");
        assert_eq!(group(100000, Lang::De), "100.000");
    }
}
