//! Microsoft's translated documentation of the template, as data: for each of its 17 languages,
//! how the page renames the columns and the example values (`Kundnamn` for Customer Name,
//! `Aktiv` for Active). Partners who build a file from a translated page type those words, and
//! Partner Center reads only the English ones: the header and the row rules recognise them, say
//! what they are and offer the English word.
//!
//! The data is `data/doc-translations.tsv` and `data/doc-translations-variants.tsv` (taken from
//! `../shared/spec/`: `lang kind english translated repo commit`, tab-separated, UTF-8). The
//! command line and the binding carry it (the `translations` feature, on by default:
//! [`embedded`]); the page fetches it when a header has names it does not know, and hands it to
//! the check with [`parse`] through [`crate::Options::translations`].

use crate::header::normalized;
use crate::message::{m, Arg, Join, List, Message};

/// One translation of the documentation: a column name, or a value.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    /// `sv-se`.
    lang: String,
    column: bool,
    english: String,
    /// The translation as the page writes it, and as headers and cells are compared with it.
    translated: String,
    compared: String,
}

/// The translations of the documentation, read once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Translations {
    entries: Vec<Entry>,
}

/// Reads the translation files' text (either or both, one after the other). Lines that are not
/// a translation (the header line, example messages, a word the page leaves in English, a case-
/// only difference) are left out.
pub fn parse(text: &str) -> Translations {
    let mut entries: Vec<Entry> = Vec::new();
    for line in text.lines() {
        let mut fields = line.split('\t');
        let (Some(lang), Some(kind), Some(english), Some(translated)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let column = match kind {
            "column" => true,
            "value" | "required" => false,
            _ => continue,
        };
        let compared = normalized(translated);
        if compared.is_empty() || compared == normalized(english) {
            continue;
        }
        let entry = Entry {
            lang: lang.to_string(),
            column,
            english: english.to_string(),
            translated: translated.to_string(),
            compared,
        };
        entries.push(entry);
    }
    // The first of each entry given twice kept (sorted apart, not searched for: a few thousand
    // entries, read when a file is first checked).
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by(|&a, &b| key(&entries[a]).cmp(&key(&entries[b])).then(a.cmp(&b)));
    let mut again = vec![false; entries.len()];
    for pair in order.windows(2) {
        again[pair[1]] = key(&entries[pair[0]]) == key(&entries[pair[1]]);
    }
    let mut at = 0;
    entries.retain(|_| {
        at += 1;
        !again[at - 1]
    });
    Translations { entries }
}

/// What makes an entry the same as another.
fn key(e: &Entry) -> (&str, bool, &str, &str) {
    (&e.lang, e.column, &e.english, &e.translated)
}

/// The translations this crate carries (the `translations` feature).
#[cfg(feature = "translations")]
pub fn embedded() -> &'static Translations {
    static EMBEDDED: std::sync::LazyLock<Translations> = std::sync::LazyLock::new(|| {
        parse(concat!(
            include_str!("../data/doc-translations.tsv"),
            include_str!("../data/doc-translations-variants.tsv")
        ))
    });
    &EMBEDDED
}

/// The translations this crate carries, if it does (the `translations` feature): the default of
/// [`crate::Options::translations`], and what [`crate::outputs::upgrade`] reads headers with.
pub fn carried() -> Option<&'static Translations> {
    #[cfg(feature = "translations")]
    return Some(embedded());
    #[cfg(not(feature = "translations"))]
    None
}

/// Whether a check's header had names no template has, or lacked mandatory columns: what a
/// translated page's header gets without the translations (the page fetches them then).
pub fn wanted(report: &crate::Report) -> bool {
    use crate::Code;
    report
        .file_issues
        .iter()
        .any(|i| matches!(i.code, Code::UnknownColumn | Code::MissingColumn))
}

/// What a translated word stands for: the language(s) whose documentation writes it, and the
/// English word(s) (more than one: the word is ambiguous, as Korean `예` for both Yes and No).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meaning {
    /// `sv-se`, in the data's order; the preferred language first when it is one of them.
    pub langs: Vec<String>,
    /// The English words, in the data's order, without repeats.
    pub english: Vec<String>,
}

impl Meaning {
    /// `the Swedish documentation`, `the German and Swedish documentation`.
    pub fn documentation(&self) -> Message {
        let mut names: Vec<&str> = Vec::new();
        for lang in &self.langs {
            if !names.contains(&lang.as_str()) {
                names.push(lang);
            }
        }
        let named = |langs: &[&str], join| {
            List::new(join, langs.iter().map(|lang| Arg::from(language(lang))))
        };
        match names.as_slice() {
            [first, second, third, _, ..] => {
                m::documentation_many(named(&[first, second, third], Join::Comma))
            }
            names => m::documentation(named(names, Join::And)),
        }
    }
}

impl Translations {
    /// What `name` stands for as a column name of a translated page (in any case or spacing),
    /// preferring `lang`'s reading.
    pub fn column(&self, name: &str, lang: Option<&str>) -> Option<Meaning> {
        self.meaning(name, true, lang, |_| true)
    }

    /// What `value` stands for as a translated example value or Yes/No, among `listed` (the
    /// English values a column takes), preferring `lang`'s reading.
    pub fn value(&self, value: &str, listed: &[&str], lang: Option<&str>) -> Option<Meaning> {
        self.meaning(value, false, lang, |english| listed.contains(&english))
    }

    fn meaning(
        &self,
        word: &str,
        column: bool,
        lang: Option<&str>,
        wanted: impl Fn(&str) -> bool,
    ) -> Option<Meaning> {
        let compared = normalized(word);
        let found: Vec<&Entry> = self
            .entries
            .iter()
            .filter(|e| e.column == column && e.compared == compared && wanted(&e.english))
            .collect();
        // The preferred language's reading alone, when it has one.
        let preferred: Vec<&Entry> = found
            .iter()
            .copied()
            .filter(|e| Some(e.lang.as_str()) == lang)
            .collect();
        let found = if preferred.is_empty() {
            found
        } else {
            preferred
        };
        let mut meaning = Meaning {
            langs: Vec::new(),
            english: Vec::new(),
        };
        for entry in found {
            if !meaning.langs.contains(&entry.lang) {
                meaning.langs.push(entry.lang.clone());
            }
            if !meaning.english.contains(&entry.english) {
                meaning.english.push(entry.english.clone());
            }
        }
        (!meaning.english.is_empty()).then_some(meaning)
    }
}

/// The language of a documentation repository's code (`sv-se` → Swedish).
pub fn language(lang: &str) -> Message {
    match lang {
        "cs-cz" => m::language_cs_cz(),
        "de-de" => m::language_de_de(),
        "es-es" => m::language_es_es(),
        "fr-fr" => m::language_fr_fr(),
        "hu-hu" => m::language_hu_hu(),
        "it-it" => m::language_it_it(),
        "ja-jp" => m::language_ja_jp(),
        "ko-kr" => m::language_ko_kr(),
        "nl-nl" => m::language_nl_nl(),
        "pl-pl" => m::language_pl_pl(),
        "pt-br" => m::language_pt_br(),
        "pt-pt" => m::language_pt_pt(),
        "ru-ru" => m::language_ru_ru(),
        "sv-se" => m::language_sv_se(),
        "tr-tr" => m::language_tr_tr(),
        "zh-cn" => m::language_zh_cn(),
        "zh-tw" => m::language_zh_tw(),
        _ => m::language_other(),
    }
}

#[cfg(all(test, feature = "translations"))]
mod tests {
    use super::*;

    #[test]
    fn the_swedish_page_s_words_are_known() {
        let t = embedded();
        let kund = t.column("Kundnamn", None).unwrap();
        assert_eq!(kund.english, ["Customer Name"]);
        assert_eq!(kund.documentation().english(), "the Swedish documentation");
        // Matching is as tolerant as for English names.
        assert_eq!(
            t.column("  kundnamn ", None).unwrap().english,
            ["Customer Name"]
        );
        let aktiv = t
            .value("Aktiv", &["New", "Active", "Closed"], Some("sv-se"))
            .unwrap();
        assert_eq!(
            (aktiv.english.as_slice(), aktiv.langs.as_slice()),
            (&["Active".to_string()][..], &["sv-se".to_string()][..])
        );
        assert_eq!(
            t.value("Väntar", &["Pending", "Accepted"], None)
                .unwrap()
                .english,
            ["Pending"]
        );
        // Not translations: English left as it is, and words of no listed value.
        assert_eq!(t.column("Customer Name", None), None);
        assert_eq!(t.value("Aktiv", &["Yes", "No"], None), None);
    }

    /// The traps the data's notes name: said, never guessed.
    #[test]
    fn ambiguous_words_keep_every_meaning() {
        let t = embedded();
        let korean = t.value("예", &["Yes", "No"], None).unwrap();
        assert_eq!(korean.english, ["No", "Yes"]);
        let turkish = t.column("Müşterinin kişi adı soyadı", None).unwrap();
        assert_eq!(turkish.english.len(), 2, "{turkish:?}");
    }
}
