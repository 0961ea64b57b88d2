//! From raw bytes to text: what kind of file this is, its encoding, its separator.

use std::borrow::Cow;

use crate::message::{m, Message};

/// The input could not be read as a CSV file at all (it is an image, a workbook, an archive…).
/// Everything short of this is a finding in the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// What the file is and what to do, in one or two sentences, in English.
    pub message: String,
    /// The same as data, for the edges that speak another language.
    pub data: Message,
}

impl Unreadable {
    pub fn new(data: Message) -> Self {
        Unreadable {
            message: data.english(),
            data,
        }
    }
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Unreadable {}

/// How the bytes were turned into text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 with some bytes that are not (a file pasted together from two sources): those
    /// bytes were read as Windows-1252, each on its own.
    Utf8WithInvalid {
        invalid_bytes: usize,
        /// The line (1-based, counting line breaks) of the first such byte.
        first_line: usize,
    },
    Utf16Le,
    Utf16Be,
    /// UTF-16 without a byte-order mark, recognised by its zero bytes.
    Utf16LeNoBom,
    Utf16BeNoBom,
    Windows1252,
}

/// Recognises files that are not text at all, by their first bytes.
/// What it is (as a message), and whether it is an Excel workbook.
fn binary_kind(bytes: &[u8]) -> Option<(Message, bool)> {
    type Kind = fn() -> Message;
    const SIGNATURES: &[(&[u8], Kind, bool)] = &[
        (b"\x89PNG\r\n\x1a\n", m::kind_png, false),
        (b"\xff\xd8\xff", m::kind_jpeg, false),
        (b"GIF87a", m::kind_gif, false),
        (b"GIF89a", m::kind_gif, false),
        (b"%PDF-", m::kind_pdf, false),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", m::kind_xls, true),
        (b"\x1f\x8b", m::kind_gzip, false),
        (b"7z\xbc\xaf\x27\x1c", m::kind_7z, false),
        (b"Rar!\x1a\x07", m::kind_rar, false),
    ];
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Some(if contains(bytes, b"xl/") {
            (m::kind_xlsx(), true)
        } else if contains(bytes, b"word/") {
            (m::kind_docx(), false)
        } else {
            (m::kind_zip(), false)
        });
    }
    SIGNATURES
        .iter()
        .find(|(magic, _, _)| bytes.starts_with(magic))
        .map(|&(_, kind, excel)| (kind(), excel))
}

/// Whether the bytes are a workbook: Excel's (.xlsx, .xlsm, .xlsb, .xls) or an OpenDocument
/// spreadsheet (.ods), by their first bytes (what `cosell-workbook` reads).
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
        || (bytes.starts_with(b"PK\x03\x04")
            && (contains(bytes, b"xl/")
                || contains(bytes, b"application/vnd.oasis.opendocument.spreadsheet")))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

/// Guesses UTF-16 without a byte-order mark: text that is mostly ASCII has a zero in every
/// other byte.
fn utf16_without_bom(bytes: &[u8]) -> Option<Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let mostly = |n: usize| n * 10 >= pairs * 4;
    let rarely = |n: usize| n * 20 <= pairs;
    if mostly(odd) && rarely(even) {
        Some(Encoding::Utf16LeNoBom)
    } else if mostly(even) && rarely(odd) {
        Some(Encoding::Utf16BeNoBom)
    } else {
        None
    }
}

/// Turns the file's bytes into text. Valid UTF-8 is borrowed, not copied. The text starts
/// with no byte-order mark (a file converted twice may have had several).
pub fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), Unreadable> {
    let (text, encoding) = decode_text(bytes)?;
    // Records and cells are addressed with 32-bit offsets.
    if u32::try_from(text.len()).is_err() {
        // Tenths of a gigabyte, by integer arithmetic (formatting a float would add its
        // whole machinery to the page's module).
        let tenths = text.len().div_ceil(100_000_000);
        let gigabytes = format!("{}.{}", tenths / 10, tenths % 10);
        return Err(Unreadable::new(m::too_large_text(gigabytes)));
    }
    let text = match text {
        Cow::Borrowed(text) => Cow::Borrowed(text.trim_start_matches('\u{feff}')),
        Cow::Owned(text) if text.starts_with('\u{feff}') => {
            Cow::Owned(text.trim_start_matches('\u{feff}').to_string())
        }
        owned => owned,
    };
    Ok((text, encoding))
}

fn decode_text(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), Unreadable> {
    if let Some((kind, excel)) = binary_kind(bytes) {
        let advice = if excel {
            m::save_as_csv()
        } else {
            m::choose_csv()
        };
        return Err(Unreadable::new(m::not_csv(kind, advice)));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return Ok(utf8_or_1252(rest));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return Ok((utf16(rest, Encoding::Utf16Le), Encoding::Utf16Le));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return Ok((utf16(rest, Encoding::Utf16Be), Encoding::Utf16Be));
    }
    // A first line that names template columns in plain bytes is not UTF-16, however many
    // NUL characters its rows hold.
    let named = template_header(bytes);
    if !named {
        if let Some(encoding) = utf16_without_bom(bytes) {
            return Ok((utf16(bytes, encoding), encoding));
        }
    }
    if binary(bytes) && !named {
        return Err(Unreadable::new(m::binary_data(m::choose_csv())));
    }
    Ok(utf8_or_1252(bytes))
}

/// Text has no NUL bytes, or only a stray few; a file whose start has many is something else.
fn binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let nuls = sample.iter().filter(|&&b| b == 0).count();
    nuls * 100 > sample.len() && nuls > 4
}

/// Whether the first line names a template column: then the file is a CSV, even with NUL
/// bytes in its cells (which rule CS403 reports), and our own annotated files read back.
fn template_header(bytes: &[u8]) -> bool {
    let blank = bytes
        .iter()
        .take_while(|&&b| b == b'\r' || b == b'\n')
        .count();
    let bytes = &bytes[blank..];
    let end = memchr::memchr(b'\n', bytes)
        .unwrap_or(bytes.len())
        .min(64 << 10);
    String::from_utf8_lossy(&bytes[..end])
        .split([',', ';', '\t'])
        .any(|cell| crate::header::is_template_name(cell.trim().trim_matches('"')))
}

fn utf8_or_1252(bytes: &[u8]) -> (Cow<'_, str>, Encoding) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), Encoding::Utf8),
        Err(_) => mixed(bytes).unwrap_or_else(|| (windows_1252(bytes), Encoding::Windows1252)),
    }
}

/// A UTF-8 file with some invalid bytes: when the file also has valid multi-byte UTF-8 (which
/// Windows-1252 text all but never forms), it is UTF-8, and only the invalid bytes are read as
/// Windows-1252. `None` when there is no valid multi-byte UTF-8: then it is Windows-1252.
fn mixed(bytes: &[u8]) -> Option<(Cow<'_, str>, Encoding)> {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let (mut rest, mut invalid_bytes, mut multibyte, mut first_invalid) = (bytes, 0, false, None);
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                multibyte |= !valid.is_ascii();
                text.push_str(valid);
                break;
            }
            Err(error) => {
                let (valid, after) = rest.split_at(error.valid_up_to());
                // `valid_up_to` marks valid UTF-8; the conversion cannot fail.
                let valid = std::str::from_utf8(valid).unwrap_or_default();
                multibyte |= !valid.is_ascii();
                text.push_str(valid);
                let bad = error.error_len().unwrap_or(after.len());
                first_invalid.get_or_insert(bytes.len() - after.len());
                text.push_str(&windows_1252(&after[..bad]));
                invalid_bytes += bad;
                rest = &after[bad..];
            }
        }
    }
    if !multibyte {
        return None;
    }
    let first_line = 1 + bytes[..first_invalid.unwrap_or(0)]
        .iter()
        .filter(|&&b| b == b'\n')
        .count();
    Some((
        Cow::Owned(text),
        Encoding::Utf8WithInvalid {
            invalid_bytes,
            first_line,
        },
    ))
}

// Decoding uses `encoding_rs::mem`, not `encoding_rs::Encoding`: the `Encoding` decoders
// dispatch over every encoding, which links all of them (CJK tables included) into the page's
// wasm, about 130 KB gzipped, for two decoders. The tests check these against
// `encoding_rs::WINDOWS_1252` and `UTF_16LE`/`UTF_16BE` byte for byte.

/// What Windows-1252 has at 0x80–0x9F, where Latin-1 has control characters (the WHATWG
/// index; the five bytes Windows leaves unassigned map to the control characters).
const WINDOWS_1252_C1: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// Windows-1252: Latin-1 (decoded by encoding_rs) but for 0x80–0x9F.
fn windows_1252(bytes: &[u8]) -> Cow<'_, str> {
    let latin1 = encoding_rs::mem::decode_latin1(bytes);
    if !bytes.iter().any(|b| (0x80..0xa0).contains(b)) {
        return latin1;
    }
    latin1
        .chars()
        .map(|c| match c as u32 {
            n @ 0x80..=0x9f => WINDOWS_1252_C1[n as usize - 0x80],
            _ => c,
        })
        .collect()
}

/// UTF-16 to UTF-8 (by encoding_rs); unpaired surrogates and an odd last byte become U+FFFD.
fn utf16(bytes: &[u8], encoding: Encoding) -> Cow<'_, str> {
    let big_endian = matches!(encoding, Encoding::Utf16Be | Encoding::Utf16BeNoBom);
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|pair| {
            let pair = [pair[0], pair[1]];
            if big_endian {
                u16::from_be_bytes(pair)
            } else {
                u16::from_le_bytes(pair)
            }
        })
        .collect();
    let mut utf8 = vec![0; units.len() * 3 + 3];
    let written = encoding_rs::mem::convert_utf16_to_utf8(&units, &mut utf8);
    utf8.truncate(written);
    // An odd last byte is one more U+FFFD, unless it follows a lone high surrogate, which
    // already became one (as encoding_rs's decoder does it).
    let pending_high = units.last().is_some_and(|u| (0xd800..0xdc00).contains(u));
    if bytes.len() % 2 == 1 && !pending_high {
        utf8.extend_from_slice("\u{FFFD}".as_bytes());
    }
    // encoding_rs writes valid UTF-8; the lossy conversion only guards the impossible.
    let text = match String::from_utf8(utf8) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
    // A BOM may follow a BOM (files converted twice); the rest of the pipeline sees text only.
    match text.strip_prefix('\u{feff}') {
        Some(rest) => Cow::Owned(rest.to_string()),
        None => Cow::Owned(text),
    }
}

/// The warning for a file that was not UTF-8 (rule CS001), if any.
pub fn encoding_warning(encoding: Encoding) -> Option<Message> {
    let read_as = match encoding {
        Encoding::Utf8 => return None,
        Encoding::Utf8WithInvalid {
            invalid_bytes,
            first_line,
        } => {
            let line = first_line.to_string();
            return Some(match invalid_bytes {
                1 => m::utf8_invalid_one(invalid_bytes, line),
                _ => m::utf8_invalid(invalid_bytes, line),
            });
        }
        Encoding::Windows1252 => m::read_as_1252(),
        Encoding::Utf16Le | Encoding::Utf16Be => m::read_as_utf16(),
        Encoding::Utf16LeNoBom | Encoding::Utf16BeNoBom => m::read_as_utf16_no_bom(),
    };
    Some(m::not_utf8(read_as))
}

/// The separator the header row uses. The candidate (comma, semicolon, tab) that splits the
/// first line into the most template column names wins; when none finds any, the most frequent
/// one outside quotes (comma when tied).
pub fn sniff_delimiter(text: &str) -> u8 {
    const CANDIDATES: [u8; 3] = [b',', b';', b'\t'];
    let first_line = first_line(text);
    let known = |d: u8| {
        split_line(first_line, d)
            .filter(|cell| crate::header::is_template_name(cell))
            .count()
    };
    let scores = CANDIDATES.map(|d| (known(d), split_line(first_line, d).count()));
    let mut best = 0;
    for i in 1..CANDIDATES.len() {
        if scores[i] > scores[best] {
            best = i;
        }
    }
    CANDIDATES[best]
}

/// The first record's line: up to the first line break outside quotes (blank lines before it
/// skipped).
fn first_line(text: &str) -> &str {
    let text = text.trim_start_matches(['\r', '\n']);
    let mut quoted = false;
    for (i, byte) in text.bytes().enumerate() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => return &text[..i],
            _ => {}
        }
    }
    text
}

/// The cells of one line, split outside quotes, with their quotes removed.
fn split_line(line: &str, delimiter: u8) -> impl Iterator<Item = String> + '_ {
    let mut quoted = false;
    line.split(move |c: char| {
        if c == '"' {
            quoted = !quoted;
        }
        !quoted && c as u32 == u32::from(delimiter)
    })
    .map(|cell| cell.replace('"', ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_borrowed_and_a_bom_dropped() {
        let (text, enc) = decode(b"\xef\xbb\xbfa,b").unwrap();
        assert!(matches!(text, Cow::Borrowed("a,b")));
        assert_eq!(enc, Encoding::Utf8);
    }

    #[test]
    fn invalid_bytes_in_a_utf8_file_are_read_one_by_one() {
        let bytes = ["Müller,\n".as_bytes(), b"K\xf6ln,\xe9\n"].concat();
        let (text, enc) = decode(&bytes).unwrap();
        assert_eq!(text, "Müller,\nKöln,é\n");
        assert_eq!(
            enc,
            Encoding::Utf8WithInvalid {
                invalid_bytes: 2,
                first_line: 2
            }
        );
        // Without valid multi-byte UTF-8 it is a Windows-1252 file.
        assert_eq!(decode(b"K\xf6ln").unwrap().1, Encoding::Windows1252);
    }

    #[test]
    fn nul_bytes_make_a_binary_file_unless_stray() {
        let binary = [b"\x01\x02 data\n".as_slice(), &[0u8; 64]].concat();
        assert!(decode(&binary)
            .unwrap_err()
            .message
            .contains("binary data (NUL bytes)"));
        // A template header makes it a CSV whatever its cells hold (CS403 reports the NULs).
        let csv = [b"Deal Name,Notes\n".as_slice(), &[0u8; 64]].concat();
        assert_eq!(decode(&csv).unwrap().1, Encoding::Utf8);
        let stray = [b"Deal Name,Notes\nA,B\0C\n".as_slice(), &[b'x'; 200]].concat();
        assert_eq!(decode(&stray).unwrap().1, Encoding::Utf8);
    }

    #[test]
    fn windows_1252_is_recognised() {
        let (text, enc) = decode(b"M\xfcller,\x80").unwrap();
        assert_eq!(text, "Müller,€");
        assert_eq!(enc, Encoding::Windows1252);
    }

    #[test]
    fn windows_1252_is_encoding_rs_windows_1252_for_every_byte() {
        let all: Vec<u8> = (0..=255).collect();
        let (expected, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&all);
        assert_eq!(windows_1252(&all), expected);
        // ASCII needs no copy; the rest is decoded.
        assert!(matches!(windows_1252(b"plain"), Cow::Borrowed("plain")));
        assert_eq!(windows_1252(b"plain \xe5 \x80"), "plain å €");
    }

    proptest::proptest! {
        #[test]
        fn utf16_is_encoding_rs_utf16(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..512)) {
            let (le, _) = encoding_rs::UTF_16LE.decode_without_bom_handling(&bytes);
            let (be, _) = encoding_rs::UTF_16BE.decode_without_bom_handling(&bytes);
            let strip = |s: &str| s.strip_prefix('\u{feff}').unwrap_or(s).to_string();
            proptest::prop_assert_eq!(utf16(&bytes, Encoding::Utf16Le).into_owned(), strip(&le));
            proptest::prop_assert_eq!(utf16(&bytes, Encoding::Utf16Be).into_owned(), strip(&be));
        }
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let le: Vec<u8> = "\u{feff}Deal Name,Å\r\n"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(
            decode(&le).unwrap(),
            (Cow::Borrowed("Deal Name,Å\r\n"), Encoding::Utf16Le)
        );
        assert_eq!(decode(&le[2..]).unwrap().1, Encoding::Utf16LeNoBom);
        let be: Vec<u8> = "\u{feff}Deal Name,Å"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        assert_eq!(decode(&be).unwrap().0, "Deal Name,Å");
        assert_eq!(decode(&be[2..]).unwrap().1, Encoding::Utf16BeNoBom);
    }

    #[test]
    fn binary_files_are_named() {
        let xlsx = b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml...xl/workbook.xml";
        assert!(decode(xlsx)
            .unwrap_err()
            .message
            .contains("Excel workbook (.xlsx)"));
        assert!(decode(b"\x89PNG\r\n\x1a\n....")
            .unwrap_err()
            .message
            .contains("PNG"));
    }

    #[test]
    fn delimiters() {
        assert_eq!(sniff_delimiter("a;b;c\n1,2;3"), b';');
        assert_eq!(sniff_delimiter("a\tb\tc"), b'\t');
        assert_eq!(sniff_delimiter("a,b;c,d"), b',');
        assert_eq!(sniff_delimiter("Deal Name;Notes,x,y\n"), b';');
        assert_eq!(sniff_delimiter("Deal Name,Notes;x;y;z\n"), b',');
        assert_eq!(sniff_delimiter("\"a;b\",c"), b',');
        assert_eq!(sniff_delimiter(""), b',');
        assert_eq!(sniff_delimiter("\r\n\r\nDeal Name;Notes\n"), b';');
    }
}
