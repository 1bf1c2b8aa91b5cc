//! The languages the pages are written in, and the one rule that keeps a page in its language: English at `/…`,
//! Welsh at `/cy/…` (the URL, never a cookie: a language cookie would outlive Exit this page and show the service
//! was used). Every page's words are a struct with one constant per language (its `copy.rs`), chosen by a `match` on
//! [`Lang`], so a page missing a language does not compile. Every link, form action and redirect of the applicant's
//! pages is made with [`Lang::path`], so that it stays in the page's language.

use std::borrow::Cow;

/// A language of the pages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    /// Cymraeg.
    Cy,
}

/// Paths that are the same in every language: Exit this page (one `/exit` deletes the session whatever the page's
/// language) and the stylesheet, script and images.
const UNPREFIXED: [&str; 2] = ["/exit", "/assets/"];

impl Lang {
    /// Every language, English first (the order of the Language navigation).
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cy];

    /// The language's tag, for `<html lang>` and `hreflang`: <https://www.rfc-editor.org/rfc/rfc5646>.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    /// The language's name in itself, as the Language navigation shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Cy => "Cymraeg",
        }
    }

    /// What the language's paths start with: nothing for English.
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Cy => "/cy",
        }
    }

    /// `path` (absolute, as the English page's: "/your-role?change=1") in this language: "/cy/your-role?change=1";
    /// the start page "/" is "/cy". Exit this page and the assets are the same in every language.
    pub fn path(self, path: &str) -> Cow<'_, str> {
        let prefix = self.prefix();
        if prefix.is_empty() || !path.starts_with('/') || UNPREFIXED.iter().any(|same| path.starts_with(same)) {
            return Cow::Borrowed(path);
        }
        match path {
            "/" => Cow::Borrowed(prefix),
            _ if path.starts_with("/?") => Cow::Owned(format!("{prefix}{}", &path[1..])),
            _ => Cow::Owned(format!("{prefix}{path}")),
        }
    }

    /// The language of a request's path, and the path as the English page's (the inverse of [`Lang::path`]).
    pub fn of_path(path: &str) -> (Lang, Cow<'_, str>) {
        for lang in Lang::ALL {
            let prefix = lang.prefix();
            if prefix.is_empty() {
                continue;
            }
            if let Some(rest) = path.strip_prefix(prefix) {
                match rest {
                    "" => return (lang, Cow::Borrowed("/")),
                    _ if rest.starts_with('/') => return (lang, Cow::Borrowed(rest)),
                    _ if rest.starts_with('?') => return (lang, Cow::Owned(format!("/{rest}"))),
                    _ => {}
                }
            }
        }
        (Lang::En, Cow::Borrowed(path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_paths_are_as_they_are() {
        for path in ["/", "/your-role", "/your-role?change=1", "/exit", "/assets/application.css"] {
            assert_eq!(Lang::En.path(path), path);
            assert_eq!(Lang::of_path(path), (Lang::En, Cow::Borrowed(path)));
        }
    }

    #[test]
    fn welsh_paths_are_under_cy_but_exit_and_the_assets() {
        let cases = [
            ("/", "/cy"),
            ("/your-role", "/cy/your-role"),
            ("/your-role?change=1", "/cy/your-role?change=1"),
            ("/?x=1", "/cy?x=1"),
            ("/exit", "/exit"),
            ("/assets/application.css", "/assets/application.css"),
            ("https://www.gov.uk/", "https://www.gov.uk/"),
        ];
        for (english, welsh) in cases {
            assert_eq!(Lang::Cy.path(english), welsh, "{english}");
        }
        for (english, welsh) in cases.into_iter().take(4) {
            assert_eq!(Lang::of_path(welsh), (Lang::Cy, Cow::Borrowed(english)), "{welsh}");
        }
        // Only the prefix as a whole path segment is Welsh.
        assert_eq!(Lang::of_path("/cymraeg").0, Lang::En);
        assert_eq!(Lang::of_path("/cy/").0, Lang::Cy);
    }
}
