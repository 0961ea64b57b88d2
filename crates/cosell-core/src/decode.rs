//! From raw bytes to text: what kind of file this is, its encoding, its separator.

use std::borrow::Cow;

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The input could not be read as a CSV file at all (it is an image, a workbook, an archive…).
/// Everything short of this is a finding in the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// What the file is and what to do, in one or two sentences.
    pub message: String,
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
    Utf16Le,
    Utf16Be,
    /// UTF-16 without a byte-order mark, recognised by its zero bytes.
    Utf16LeNoBom,
    Utf16BeNoBom,
    Windows1252,
}

const SAVE_AS_CSV: &str =
    "In Excel, choose File › Save As › \"CSV UTF-8 (Comma delimited) (*.csv)\" and check that file";

/// Recognises files that are not text at all, by their first bytes.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"%PDF-", "a PDF document"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
            "an Excel 97-2003 workbook (.xls) or another Office document",
        ),
        (b"\x1f\x8b", "a gzip archive"),
        (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
        (b"Rar!\x1a\x07", "a RAR archive"),
    ];
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Some(if contains(bytes, b"xl/") {
            "an Excel workbook (.xlsx)"
        } else if contains(bytes, b"word/") {
            "a Word document (.docx)"
        } else {
            "a ZIP archive"
        });
    }
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
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

/// Turns the file's bytes into text. Valid UTF-8 is borrowed, not copied.
pub fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), Unreadable> {
    if let Some(kind) = binary_kind(bytes) {
        return Err(Unreadable {
            message: format!("This is {kind}, not a CSV file. {SAVE_AS_CSV}."),
        });
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
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Ok((utf16(bytes, encoding), encoding));
    }
    Ok(utf8_or_1252(bytes))
}

fn utf8_or_1252(bytes: &[u8]) -> (Cow<'_, str>, Encoding) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), Encoding::Utf8),
        Err(_) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            (text, Encoding::Windows1252)
        }
    }
}

fn utf16(bytes: &[u8], encoding: Encoding) -> Cow<'_, str> {
    let codec = match encoding {
        Encoding::Utf16Be | Encoding::Utf16BeNoBom => UTF_16BE,
        _ => UTF_16LE,
    };
    let (text, _) = codec.decode_without_bom_handling(bytes);
    // A BOM may follow a BOM (files converted twice); the rest of the pipeline sees text only.
    match text {
        Cow::Borrowed(t) => Cow::Borrowed(t.trim_start_matches('\u{feff}')),
        Cow::Owned(t) => match t.strip_prefix('\u{feff}') {
            Some(rest) => Cow::Owned(rest.to_string()),
            None => Cow::Owned(t),
        },
    }
}

/// The warning for a file that was not UTF-8 (rule CS001), if any.
pub fn encoding_warning(encoding: Encoding) -> Option<String> {
    let read_as = match encoding {
        Encoding::Utf8 => return None,
        Encoding::Windows1252 => "it was read as Windows-1252, which Excel's \"CSV (Comma delimited)\" writes, so letters such as å, é and ü would reach Partner Center garbled",
        Encoding::Utf16Le | Encoding::Utf16Be => "it is UTF-16 (Excel's \"Unicode Text\"), which Partner Center does not read",
        Encoding::Utf16LeNoBom | Encoding::Utf16BeNoBom => "it is UTF-16 without a byte-order mark, which Partner Center does not read",
    };
    Some(format!(
        "The file is not UTF-8: {read_as}. Upload the annotated file, which is UTF-8, or save as \"CSV UTF-8 (Comma delimited)\""
    ))
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

/// The first record's line: up to the first line break outside quotes.
fn first_line(text: &str) -> &str {
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
    fn windows_1252_is_recognised() {
        let (text, enc) = decode(b"M\xfcller,\x80").unwrap();
        assert_eq!(text, "Müller,€");
        assert_eq!(enc, Encoding::Windows1252);
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
    }
}
