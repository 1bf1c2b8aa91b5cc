//! The languages the pages are written in. Every page's words are a struct with one constant per language (its
//! `copy.rs`), chosen by a `match` on [`Lang`]: adding a language here makes each of those matches fail to compile,
//! which lists every page still to be written in it.

/// A language of the pages. English only for now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    /// The language's tag, for `<html lang>`: <https://www.rfc-editor.org/rfc/rfc5646>.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }
}
