//! Every language says everything English says, with the same arguments, in the glossary's
//! terms: checked here, not left to review.

use std::collections::{BTreeMap, BTreeSet};

use cosell_core::message::{catalog, ENGLISH_FTL};
use cosell_core::RULES;
use cosell_l10n::{embedded_sources, Lang, Localizer};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// A source's messages: id → (the variables its value names, its text without placeables).
type Catalog = BTreeMap<String, (BTreeSet<String>, String)>;

fn messages(source: &str) -> Catalog {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("{errors:?}");
    });
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let pattern = message.value.expect("every message has a value");
            let mut vars = BTreeSet::new();
            let mut text = String::new();
            pattern_parts(&pattern, &mut vars, &mut text);
            let id = message.id.name.to_string();
            assert!(out.insert(id.clone(), (vars, text)).is_none(), "{id} twice");
        }
    }
    out
}

fn pattern_parts(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => expression_parts(expression, vars, text),
        }
    }
}

fn expression_parts(expression: &Expression<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_parts(selector, vars, text);
            for variant in variants {
                pattern_parts(&variant.value, vars, text);
                text.push(' ');
            }
        }
        Expression::Inline(inline) => inline_parts(inline, vars, text),
    }
}

fn inline_parts(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::StringLiteral { value } => text.push_str(value),
        InlineExpression::Placeable { expression } => expression_parts(expression, vars, text),
        other => panic!("only variables, literals and selectors are used: {other:?}"),
    }
}

/// Each other language's file of one kind, by language.
fn translated(file: &str) -> Vec<(Lang, Catalog)> {
    [Lang::Sv, Lang::De]
        .into_iter()
        .map(|lang| {
            let path = format!(
                "{}/locales/{}/{file}",
                env!("CARGO_MANIFEST_DIR"),
                lang.code()
            );
            let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            (lang, messages(&source))
        })
        .collect()
}

/// The differences between two catalogs: ids missing, ids extra, arguments differing.
fn differences(
    lang: Lang,
    english: &BTreeMap<String, BTreeSet<String>>,
    other: &Catalog,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, vars) in english {
        match other.get(id) {
            None => problems.push(format!("{}: {id} is missing", lang.code())),
            Some((theirs, _)) if theirs != vars => problems.push(format!(
                "{}: {id} has arguments {theirs:?}, English {vars:?}",
                lang.code()
            )),
            Some(_) => {}
        }
    }
    for id in other.keys().filter(|id| !english.contains_key(*id)) {
        problems.push(format!("{}: {id} is not an English id", lang.code()));
    }
    problems
}

#[test]
fn every_finding_message_is_in_every_language_with_the_same_arguments() {
    let english: BTreeMap<String, BTreeSet<String>> = catalog()
        .map(|(id, args)| (id.to_string(), args.into_iter().map(String::from).collect()))
        .collect();
    assert!(english.len() > 150, "{}", english.len());
    // The core's catalog is en.ftl's: the same ids and arguments read by Fluent's own parser.
    let parsed: BTreeMap<String, BTreeSet<String>> = messages(ENGLISH_FTL)
        .into_iter()
        .map(|(id, (vars, _))| (id, vars))
        .collect();
    assert_eq!(parsed, english);
    let problems: Vec<String> = translated("messages.ftl")
        .iter()
        .flat_map(|(lang, other)| differences(*lang, &english, other))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_rule_s_title_and_documentation_is_in_every_language() {
    let mut english = BTreeMap::new();
    for rule in RULES {
        let code = rule.code.as_str().to_ascii_lowercase();
        for (part, text) in rule.texts() {
            if !text.is_empty() {
                english.insert(format!("{code}-{part}"), BTreeSet::new());
            }
        }
    }
    let problems: Vec<String> = translated("rules.ftl")
        .iter()
        .flat_map(|(lang, other)| differences(*lang, &english, other))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_word_of_the_edges_is_in_every_language_with_the_same_arguments() {
    for (file, source) in [
        ("cli.ftl", include_str!("../locales/en/cli.ftl")),
        ("page.ftl", include_str!("../locales/en/page.ftl")),
    ] {
        let english: BTreeMap<String, BTreeSet<String>> = messages(source)
            .into_iter()
            .map(|(id, (vars, _))| (id, vars))
            .collect();
        let problems: Vec<String> = translated(file)
            .iter()
            .flat_map(|(lang, other)| differences(*lang, &english, other))
            .collect();
        assert!(problems.is_empty(), "{file}: {}", problems.join("\n"));
    }
}

/// Every English text with its id: the findings' (en.ftl), the rules' and the edges'.
fn english_texts() -> Vec<(String, String)> {
    let mut texts: Vec<(String, String)> = messages(ENGLISH_FTL)
        .into_iter()
        .chain(messages(include_str!("../locales/en/cli.ftl")))
        .chain(messages(include_str!("../locales/en/page.ftl")))
        .map(|(id, (_, text))| (id, text))
        .collect();
    for rule in RULES {
        let code = rule.code.as_str().to_ascii_lowercase();
        for (part, text) in rule.texts() {
            texts.push((format!("{code}-{part}"), text.to_string()));
        }
    }
    texts
}

/// Whether `text` has `term` as a whole word (or words): in any case for a common noun
/// (`row`); as written for a name (`Errors`, the column; `Partner Center`).
fn has_word(text: &str, term: &str) -> bool {
    let name = term.starts_with(char::is_uppercase);
    let (text, term) = if name {
        (text.to_string(), term.to_string())
    } else {
        (text.to_lowercase(), term.to_lowercase())
    };
    text.match_indices(&term).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + term.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn translations_use_the_glossary_s_terms() {
    let english = english_texts();
    let mut problems = Vec::new();
    for lang in [Lang::Sv, Lang::De] {
        let dir = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), lang.code());
        let glossary = std::fs::read_to_string(format!("{dir}/glossary.tsv")).unwrap();
        let mut theirs = BTreeMap::new();
        for file in ["messages.ftl", "rules.ftl", "cli.ftl", "page.ftl"] {
            let source = std::fs::read_to_string(format!("{dir}/{file}")).unwrap();
            theirs.extend(messages(&source));
        }
        let terms: Vec<(&str, String)> = glossary
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut fields = line.split('\t');
                let (term, _, stem) = (fields.next()?, fields.next()?, fields.next()?);
                Some((term, stem.to_lowercase()))
            })
            .filter(|(term, stem)| !term.is_empty() && !stem.is_empty())
            .collect();
        assert!(terms.len() >= 10, "{}: {} terms", lang.code(), terms.len());
        for (id, text) in &english {
            let Some((_, translation)) = theirs.get(id) else {
                continue;
            };
            for (term, stem) in &terms {
                if has_word(text, term) && !translation.to_lowercase().contains(stem.as_str()) {
                    problems.push(format!(
                        "{} {id}: '{term}' is not said with '{stem}': {translation}",
                        lang.code()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_renders_in_every_language_without_an_error() {
    for lang in [Lang::Sv, Lang::De] {
        let localizer = Localizer::embedded(lang);
        assert_eq!(localizer.lang(), lang);
        for (id, args) in catalog() {
            assert!(localizer.has(id), "{} lacks {id}", lang.code());
            let message = cosell_core::message::Message {
                id,
                args: args
                    .iter()
                    .map(|_| cosell_core::message::Arg::Number(2))
                    .collect(),
            };
            let text = localizer.message(&message);
            let english = message.english();
            if english.chars().any(char::is_alphabetic) {
                assert_ne!(text, english, "{} {id} is English", lang.code());
            }
            // No formula trigger starts a message (the annotated file's Errors cells).
            assert!(
                !text.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{} {id}: {text}",
                lang.code()
            );
        }
    }
}

#[test]
fn the_carried_sources_are_the_files() {
    for lang in [Lang::Sv, Lang::De] {
        assert_eq!(embedded_sources(lang).len(), 3);
        assert!(Localizer::new(lang, embedded_sources(lang)).is_ok());
    }
    // A source with a syntax error is refused, not half read.
    assert!(Localizer::new(Lang::Sv, &["a = {"]).is_err());
}

#[test]
fn the_pseudo_locale_is_english_longer_and_accented_around_the_values() {
    let pseudo = Localizer::pseudo(&[include_str!("../locales/en/page.ftl")]).unwrap();
    let message = cosell_core::message::m::invalid_value(
        "'Aktiv'",
        "Partner Referral Status",
        cosell_core::message::m::fix_write("Active"),
    );
    let said = pseudo.message(&message);
    let english = message.english();
    // The values and the column stay exactly as written; the words around them grow.
    for kept in ["'Aktiv'", "Partner Referral Status", "Active"] {
        assert!(said.contains(kept), "{said}");
    }
    assert!(said.starts_with("Íñválíd··· válúé··"), "{said}");
    assert!(said.chars().count() > english.chars().count(), "{said}");
    // A text without values grows by about 40 %.
    let lede = pseudo
        .said(&cosell_l10n::Said {
            id: "page-lede".into(),
            args: Default::default(),
        })
        .unwrap();
    let english_lede = "Check a Partner Center co-sell bulk import CSV file before you upload it: the same answer Partner Center gives after up to ten minutes, now, with the annotated file to download.";
    assert!(
        lede.chars().count() * 10 >= english_lede.chars().count() * 13,
        "{lede}"
    );
    assert!(pseudo.title(cosell_core::Code::DateFormat).contains('·'));
    assert!(pseudo
        .said(&cosell_l10n::Said {
            id: "page-sample".into(),
            args: Default::default()
        })
        .is_some_and(|s| s.starts_with("Try·· á· sámplé···")));
}
