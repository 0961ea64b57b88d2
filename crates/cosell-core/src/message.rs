//! Messages as data: a finding says which message it is and with what arguments (the column as
//! the header spells it, the value, what to write instead…); the edge renders it in a language.
//! The core renders English ([`english`]), from `messages/en.ftl` read at build time (see
//! `build.rs`): the report's `message`, the annotated file's `Errors` cells and the command
//! line's text. `cosell-l10n` renders the same [`Message`] in the other languages with
//! `fluent-bundle`, from its own `.ftl` files, which hold every id of `en.ftl` with the same
//! arguments (a test checks it).
//!
//! An argument is text written as is (a column name, a value the partner must write: never
//! translated), a number, another message (a part that depends on the case, `write 1/30/2027`),
//! or a list of those joined the language's way (`New, Active or Closed`).

/// One message: its id in `messages/en.ftl` and its arguments, in the order the English text
/// first names them (their names are the English text's: [`Message::named`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<Arg>,
}

/// `{"messageId": …, "args": {name: value, …}}`.
#[cfg(feature = "serde")]
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        struct Args<'m>(&'m Message);
        impl serde::Serialize for Args<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_map(self.0.named(&[]))
            }
        }
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("messageId", self.id)?;
        map.serialize_entry("args", &Args(self))?;
        map.end()
    }
}

/// A message's argument.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(untagged))]
pub enum Arg {
    /// Written exactly so in every language: a column name, a cell's value, a code.
    Text(String),
    /// A count, which a language may write with digit groups (`12 563`).
    Number(u64),
    /// A part of the message that is itself a message, rendered in the same language.
    Message(Message),
    /// Items written one after the other, joined as [`Join`] says.
    List(List),
}

/// Items and how they are joined.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct List {
    pub join: Join,
    pub items: Vec<Arg>,
}

/// How a list's items are joined: `A, B, C`; `A, B or C`; `A, B and C`; `AB`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "lowercase")
)]
pub enum Join {
    Comma,
    Or,
    And,
    Concat,
}

/// What goes before an item of a joined list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Before {
    Nothing,
    /// `, `
    Comma,
    /// The language's word for the join (`join-or`, `join-and`), before the last item.
    Word(&'static str),
}

impl Join {
    /// What goes before item `i` of `count` (every language joins lists this way; only the
    /// word differs).
    pub fn before(self, i: usize, count: usize) -> Before {
        match self {
            _ if i == 0 => Before::Nothing,
            Join::Concat => Before::Nothing,
            Join::Comma => Before::Comma,
            Join::Or | Join::And if i + 1 < count => Before::Comma,
            Join::Or => Before::Word("join-or"),
            Join::And => Before::Word("join-and"),
        }
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    #[inline(never)]
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<&str> for Arg {
    #[inline(never)]
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as u64)
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(message)
    }
}

impl From<List> for Arg {
    fn from(list: List) -> Self {
        Arg::List(list)
    }
}

impl List {
    pub fn new(join: Join, items: impl IntoIterator<Item = impl Into<Arg>>) -> Self {
        List {
            join,
            items: items.into_iter().map(Into::into).collect(),
        }
    }
}

/// `A, B or C`, of texts written as they are.
pub fn or<'a>(items: impl IntoIterator<Item = &'a str>) -> List {
    List::new(Join::Or, items)
}

/// `A, B and C`, of texts written as they are.
pub fn and<'a>(items: impl IntoIterator<Item = &'a str>) -> List {
    List::new(Join::And, items)
}

/// A table of English messages (as `cosell-build` writes them): each id (sorted) with its
/// text, an argument written `{name}` (the text itself has no braces).
pub type Table = [(&'static str, &'static str)];

/// The names of a pattern's arguments, in the order the text first names them: the order of a
/// [`Message`]'s arguments.
fn names(pattern: &'static str) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for name in pieces(pattern).filter_map(Result::err) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// A pattern's pieces: `Ok(text)` and `Err(argument name)`, in order.
fn pieces(pattern: &'static str) -> impl Iterator<Item = Result<&'static str, &'static str>> {
    let mut rest = pattern;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        if let Some(arg) = rest.strip_prefix('{') {
            let end = arg.find('}').unwrap_or(arg.len());
            rest = arg.get(end + 1..).unwrap_or("");
            return Some(Err(&arg[..end]));
        }
        let end = rest.find('{').unwrap_or(rest.len());
        let text = &rest[..end];
        rest = &rest[end..];
        Some(Ok(text))
    })
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// `messages/en.ftl` itself, for the other languages' tests.
pub const ENGLISH_FTL: &str = include_str!("../messages/en.ftl");

/// Every message id, with the names of its arguments (in the order the English names them).
pub fn catalog() -> impl Iterator<Item = (&'static str, Vec<&'static str>)> {
    ENGLISH.iter().map(|(id, pattern)| (*id, names(pattern)))
}

impl Message {
    /// Message `id` with its arguments (the constructors `cosell-build` writes call it: one
    /// copy of this code per number of arguments, not one per message and caller).
    #[inline(never)]
    pub fn build<const N: usize>(id: &'static str, args: [Arg; N]) -> Message {
        Message {
            id,
            args: args.into(),
        }
    }

    /// The English text of the message, looked up in `tables` and then in the core's.
    fn pattern(&self, tables: &[&Table]) -> Option<&'static str> {
        tables.iter().chain([&ENGLISH]).find_map(|table| {
            let at = table.binary_search_by(|(id, _)| id.cmp(&self.id)).ok()?;
            Some(table[at].1)
        })
    }

    /// The arguments with their names (the English text's, of `tables` or the core's).
    pub fn named(&self, tables: &[&Table]) -> Vec<(&'static str, &Arg)> {
        let names = self.pattern(tables).map(names).unwrap_or_default();
        names.into_iter().zip(&self.args).collect()
    }

    /// The message in English.
    pub fn english(&self) -> String {
        let mut out = String::new();
        self.english_with(&[], &mut out);
        out
    }

    /// Appends the message in English to `out`, its id looked up in `tables` (another program's
    /// messages, as `cosell-build` writes them) and then in the core's own.
    pub fn english_with(&self, tables: &[&Table], out: &mut String) {
        let Some(pattern) = self.pattern(tables) else {
            // Constructors exist only for the ids of the tables: unreachable, but not a panic.
            out.push_str(self.id);
            return;
        };
        // An argument's place is the order in which the text first names it (as `names`
        // finds it, without a `Vec`: this runs for every finding).
        let mut names: [&str; 8] = [""; 8];
        let mut seen = 0;
        for piece in pieces(pattern) {
            match piece {
                Ok(text) => out.push_str(text),
                Err(name) => {
                    let at = match names[..seen].iter().position(|n| *n == name) {
                        Some(at) => at,
                        None => {
                            if let Some(slot) = names.get_mut(seen) {
                                *slot = name;
                            }
                            seen += 1;
                            seen - 1
                        }
                    };
                    if let Some(arg) = self.args.get(at) {
                        arg.english_into(tables, out);
                    }
                }
            }
        }
    }
}

impl Arg {
    fn english_into(&self, tables: &[&Table], out: &mut String) {
        match self {
            Arg::Text(text) => out.push_str(text),
            Arg::Number(n) => {
                use std::fmt::Write;
                let _ = write!(out, "{n}");
            }
            Arg::Message(message) => message.english_with(tables, out),
            Arg::List(list) => {
                for (i, item) in list.items.iter().enumerate() {
                    match list.join.before(i, list.items.len()) {
                        Before::Nothing => {}
                        Before::Comma => out.push_str(", "),
                        Before::Word(id) => Message::build(id, []).english_with(tables, out),
                    }
                    item.english_into(tables, out);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_sorted_for_the_binary_search() {
        assert!(ENGLISH.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn lists_join_the_english_way() {
        let list = |join, items: &[&str]| {
            let mut out = String::new();
            Arg::List(List::new(join, items.iter().copied())).english_into(&[], &mut out);
            out
        };
        assert_eq!(
            list(Join::Or, &["New", "Active", "Closed"]),
            "New, Active or Closed"
        );
        assert_eq!(list(Join::And, &["A", "B"]), "A and B");
        assert_eq!(list(Join::Or, &["A"]), "A");
        assert_eq!(list(Join::Comma, &["A", "B", "C"]), "A, B, C");
        assert_eq!(list(Join::Concat, &["A", "B"]), "AB");
        assert_eq!(list(Join::Or, &[]), "");
    }
}
