//! Small text helpers shared by the parsers in this module. Private: the rest of the crate sees only the types.

/// Characters people type (or their phone or word processor substitutes) between groups of digits: the ASCII
/// hyphen-minus and the Unicode hyphens, dashes and minus sign that autocorrect produces from it.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' // hyphen
            | '\u{2011}' // non-breaking hyphen
            | '\u{2012}' // figure dash
            | '\u{2013}' // en dash
            | '\u{2014}' // em dash
            | '\u{2212}' // minus sign
    )
}

/// `input` with every whitespace character and dash removed: "12 – 34-56" becomes "123456".
pub(crate) fn without_spaces_or_dashes(input: &str) -> String {
    input.chars().filter(|c| !c.is_whitespace() && !is_dash(*c)).collect()
}

/// `input` trimmed, with each run of internal whitespace (including non-breaking spaces and tabs) replaced by
/// one ASCII space.
pub(crate) fn collapse_whitespace(input: &str) -> String {
    input.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Free text as it is kept: control characters removed (tabs and line breaks count as spaces), then whitespace
/// collapsed. In that order, so that what is kept is already tidy: tidying it again when it is read back from the
/// store gives the same text, and a field of only control characters is empty, not a blank that was accepted.
pub(crate) fn tidy(input: &str) -> String {
    let printable: String = input.chars().filter(|c| !c.is_control() || c.is_whitespace()).collect();
    collapse_whitespace(&printable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_spaces_and_every_kind_of_dash() {
        let cases = [
            ("12-34-56", "123456"),
            ("12 34 56", "123456"),
            (" 12\u{2013}34\u{2013}56 ", "123456"),
            ("12\u{2014}34\u{2212}56", "123456"),
            ("12\u{00A0}34\t56", "123456"),
            ("", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(without_spaces_or_dashes(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn tidying_drops_control_characters_before_collapsing_and_is_idempotent() {
        // Found by the fuzz target (tests/fuzz): "\u{1} g Road" was kept as " g Road", and "\u{1}" as "".
        let cases = [
            ("\u{1} g Road", "g Road"),
            ("a \u{1} b", "a b"),
            ("\u{1}", ""),
            ("\u{7f}\u{0}", ""),
            ("a\tb\r\nc", "a b c"),
            ("  Flat 2\u{00A0}\u{00A0}B  ", "Flat 2 B"),
        ];
        for (input, expected) in cases {
            assert_eq!(tidy(input), expected, "input {input:?}");
            assert_eq!(tidy(expected), expected, "tidy again {expected:?}");
        }
    }

    #[test]
    fn collapses_whitespace() {
        let cases =
            [("  a   b  ", "a b"), ("a\u{00A0}\u{00A0}b", "a b"), ("a\tb\nc", "a b c"), ("   ", ""), ("ab", "ab")];
        for (input, expected) in cases {
            assert_eq!(collapse_whitespace(input), expected, "input {input:?}");
        }
    }
}
