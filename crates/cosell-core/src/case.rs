//! Lower case for comparing names and listed values, as Rust's `to_lowercase` writes it, for the
//! letters of the languages Microsoft translates the template's documentation into (ASCII,
//! Latin-1, Latin Extended-A, Cyrillic); every other character stays as it is.
//!
//! Why not `str::to_lowercase`: its Unicode tables are about 10 KB of the page's module
//! gzipped (measured: 206,131 → 196,216 bytes), 5% of what every visitor downloads, for scripts
//! no header or listed value of these files is written in. A test holds this to the standard
//! library's answer for every character it covers, and to "unchanged" for every other one up
//! to U+052F.

/// `text` in lower case (see the module's documentation for which letters).
pub fn lower(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // Turkish dotted capital I: `i` and a combining dot above, as Rust writes it.
            'İ' => out.push_str("i\u{307}"),
            c => out.push(lower_char(c)),
        }
    }
    out
}

/// One character in lower case (İ aside: [`lower`]).
fn lower_char(c: char) -> char {
    let u = c as u32;
    let even = u.is_multiple_of(2);
    let lowered = match u {
        // ASCII and Latin-1: A–Z, À–Ö, Ø–Þ.
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 32,
        // Latin Extended-A: capital and small in pairs, the capital first.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if even => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !even => u + 1,
        0x178 => 0xFF,
        // Cyrillic: Ѐ–Џ, А–Я, then pairs.
        0x400..=0x40F => u + 80,
        0x410..=0x42F => u + 32,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if even => u + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if !even => u + 1,
        _ => u,
    };
    char::from_u32(lowered).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Which characters are covered: the blocks of the languages Microsoft translates into.
    fn covered(c: char) -> bool {
        matches!(c as u32, 0..=0x17F | 0x400..=0x52F)
    }

    /// Exhaustive: every character the module covers is lowered as the standard library
    /// lowers it; every other one up to U+052F (Latin Extended-B, IPA, Greek…) is left as it is.
    #[test]
    fn lower_case_is_the_standard_librarys_for_the_letters_covered() {
        for c in (0..=0x52F).filter_map(char::from_u32) {
            let ours = lower(&c.to_string());
            if covered(c) {
                assert_eq!(ours, c.to_lowercase().to_string(), "U+{:04X}", c as u32);
            } else {
                assert_eq!(ours, c.to_string(), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn names_in_the_translated_pages_languages() {
        assert_eq!(lower("Kundenname ÄÖÜ"), "kundenname äöü");
        assert_eq!(lower("ŁÓDŹ ŠŤŘŽ ŐŰ ĞŞ"), "łódź šťřž őű ğş");
        assert_eq!(lower("Название СДЕЛКИ Ёж"), "название сделки ёж");
        assert_eq!(lower("案件名"), "案件名");
    }
}
