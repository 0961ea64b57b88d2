//! Build-time helper of cosell-core and the page: reads English messages written in Project
//! Fluent's syntax (parsed by `fluent-syntax`) and writes Rust: a sorted table of each message's
//! text (an argument written `{name}`), which `cosell_core::message` renders, and one
//! constructor per message (`m::invalid_value(value, column, fix)`, its arguments in the order
//! the English text first names them), so that a message that does not exist, or is given the
//! wrong number of arguments, does not compile. English needs no plural rules when each form is a
//! message of its own, so a message here holds only text, `{ $argument }` and `{ "literal" }`;
//! other languages are rendered by `cosell-l10n` with `fluent-bundle`, which reads all of Fluent.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use std::fmt::Write;

/// Reads `source` (its name `path`, for errors) and returns the Rust code: `static {table}` of
/// the messages and `pub mod m` of the constructors, naming the message types at `types` (a
/// module path with `Table`, `Arg` and `Message`). Panics, failing the build, on anything that
/// is not such a message.
pub fn english(path: &str, source: &str, table: &str, types: &str) -> String {
    english_of(path, source, table, types, &|_| true)
}

/// [`english`] of the messages whose id `keep` keeps.
pub fn english_of(
    path: &str,
    source: &str,
    table: &str,
    types: &str,
    keep: &dyn Fn(&str) -> bool,
) -> String {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{path}: {errors:?}"));
    let mut messages: Vec<(String, Vec<Piece>)> = Vec::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) if !keep(message.id.name) => {}
            Entry::Message(message) => {
                let id = message.id.name.to_string();
                let pattern = message
                    .value
                    .unwrap_or_else(|| panic!("{path}: {id} has no value"));
                assert!(message.attributes.is_empty(), "{path}: {id} has attributes");
                let pieces = pattern
                    .elements
                    .into_iter()
                    .map(|element| piece(path, &id, element))
                    .collect();
                messages.push((id, pieces));
            }
            Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
            Entry::Term(term) => panic!("{path}: term -{} (English uses none)", term.id.name),
            Entry::Junk { content } => panic!("{path}: cannot read {content:?}"),
        }
    }
    messages.sort_by(|a, b| a.0.cmp(&b.0));
    for pair in messages.windows(2) {
        assert_ne!(pair[0].0, pair[1].0, "{path}: {} twice", pair[0].0);
    }

    let mut out = String::new();
    writeln!(
        out,
        "/// Every English message, sorted by id ({path}): its text, `{{name}}` for an argument."
    )
    .unwrap();
    writeln!(out, "pub static {table}: &{types}::Table = &[").unwrap();
    for (id, pieces) in &messages {
        let mut pattern = String::new();
        for piece in pieces {
            match piece {
                Piece::Text(text) => {
                    assert!(
                        !text.contains(['{', '}']),
                        "{path}: {id}: a brace in its text"
                    );
                    pattern.push_str(text);
                }
                Piece::Arg(name) => {
                    pattern.push('{');
                    pattern.push_str(name);
                    pattern.push('}');
                }
            }
        }
        writeln!(out, "    ({id:?}, {pattern:?}),").unwrap();
    }
    writeln!(
        out,
        "];\n\n/// One constructor per message of {path}.\npub mod m {{"
    )
    .unwrap();
    writeln!(
        out,
        "    #[allow(unused_imports)]\n    use {types}::{{Arg, Message}};"
    )
    .unwrap();
    for (id, pieces) in &messages {
        let mut args: Vec<&str> = Vec::new();
        for piece in pieces {
            if let Piece::Arg(name) = piece {
                if !args.contains(&name.as_str()) {
                    args.push(name);
                }
            }
        }
        assert!(args.len() <= 8, "{path}: {id} has more than 8 arguments");
        let english: String = pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.clone(),
                Piece::Arg(a) => format!("{{${a}}}"),
            })
            .collect();
        let english = english.replace('`', "'").replace('\n', " ");
        writeln!(out, "\n    /// `{id}`: {english}").unwrap();
        let params: Vec<String> = args
            .iter()
            .map(|a| format!("{}: impl Into<Arg>", snake(a)))
            .collect();
        writeln!(
            out,
            "    pub fn {}({}) -> Message {{",
            snake(id),
            params.join(", ")
        )
        .unwrap();
        // The conversions only, in each caller; one builder per number of arguments.
        let values: Vec<String> = args
            .iter()
            .map(|a| format!("{}.into()", snake(a)))
            .collect();
        writeln!(
            out,
            "        Message::build({id:?}, [{}])\n    }}",
            values.join(", ")
        )
        .unwrap();
    }
    out.push_str("}\n");
    out
}

enum Piece {
    Text(String),
    Arg(String),
}

fn piece(path: &str, id: &str, element: PatternElement<&str>) -> Piece {
    match element {
        PatternElement::TextElement { value } => Piece::Text(value.to_string()),
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::VariableReference { id: arg }),
        } => Piece::Arg(arg.name.to_string()),
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::StringLiteral { value }),
        } => {
            assert!(!value.contains('\\'), "{path}: {id}: escapes in {value:?}");
            Piece::Text(value.to_string())
        }
        _ => panic!("{path}: {id} has more than text, arguments and literals"),
    }
}

fn snake(name: &str) -> String {
    let snake = name.replace('-', "_");
    match snake.as_str() {
        "type" | "fn" | "match" | "in" | "ref" | "mod" | "use" | "where" => format!("{snake}_"),
        _ => snake,
    }
}
