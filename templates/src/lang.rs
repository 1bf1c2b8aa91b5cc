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
        let href = self.href(path);
        match href.prefix {
            "" => Cow::Borrowed(href.rest),
            _ => Cow::Owned(href.to_string()),
        }
    }

    /// [`Lang::path`] as a value written straight into a page (`href=(lang.href("/cookies"))`) or a `format!`,
    /// without a string of its own: a Welsh page has as many links as an English one, and no more allocations.
    pub fn href(self, path: &str) -> Href<'_> {
        let prefix = self.prefix();
        if prefix.is_empty() || !path.starts_with('/') || UNPREFIXED.iter().any(|same| path.starts_with(same)) {
            return Href { prefix: "", rest: path };
        }
        match path.strip_prefix('/') {
            // The start page is the prefix itself ("/cy", its query after it).
            Some(rest) if rest.is_empty() || rest.starts_with('?') => Href { prefix, rest },
            _ => Href { prefix, rest: path },
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

/// A path in a language: its prefix, then the rest ([`Lang::href`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Href<'a> {
    prefix: &'static str,
    rest: &'a str,
}

/// Written into a page escaped, as any text is (a query's `&` as `&amp;`).
impl maud::Render for Href<'_> {
    fn render_to(&self, buffer: &mut String) {
        self.prefix.render_to(buffer);
        self.rest.render_to(buffer);
    }
}

impl std::fmt::Display for Href<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.prefix)?;
        f.write_str(self.rest)
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
            assert_eq!(Lang::Cy.href(english).to_string(), welsh, "{english}");
            assert_eq!(Lang::En.href(english).to_string(), english, "{english}");
        }
        for (english, welsh) in cases.into_iter().take(4) {
            assert_eq!(Lang::of_path(welsh), (Lang::Cy, Cow::Borrowed(english)), "{welsh}");
        }
        // Only the prefix as a whole path segment is Welsh.
        assert_eq!(Lang::of_path("/cymraeg").0, Lang::En);
        assert_eq!(Lang::of_path("/cy/").0, Lang::Cy);
    }
}
