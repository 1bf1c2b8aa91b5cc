//! A form's fields as the applicant typed them: what a page shows in its inputs, whether they came from a saved
//! answer or from a post that failed validation (so nothing typed is lost when a page is re-shown).

/// The field every form carries its session's CSRF token in (checked by `web::csrf`).
pub const CSRF_FIELD: &str = "csrf_token";

/// The hidden input that carries a form's CSRF token.
pub fn csrf_input(token: &str) -> maud::Markup {
    maud::html! { input type="hidden" name=(CSRF_FIELD) value=(token); }
}

/// Name/value pairs in order; a repeated name keeps every value (checkboxes).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields(Vec<(String, String)>);

impl Fields {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        Self(pairs)
    }

    /// Adds a field; `None` adds nothing, so an unanswered question shows empty.
    pub fn with(mut self, name: &str, value: Option<impl Into<String>>) -> Self {
        if let Some(value) = value {
            self.0.push((name.to_owned(), value.into()));
        }
        self
    }

    /// The one value given for `name`, for a field that takes one (a text input, a radio, the CSRF token).
    ///
    /// Given two different values (a tampered form: no browser sends that for one of our fields), it has none:
    /// the service never guesses which was meant. So a required question shows its own error, an optional one is
    /// left unanswered, and a form with two tokens is refused. The same value repeated is that value.
    pub fn get(&self, name: &str) -> Option<&str> {
        let mut values = self.0.iter().filter(|(key, _)| key == name).map(|(_, value)| value.as_str());
        let first = values.next()?;
        values.all(|value| value == first).then_some(first)
    }

    /// Every value given for `name`, in order, for checkboxes.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0.iter().filter(|(key, _)| key == name).map(|(_, value)| value.as_str()).collect()
    }

    /// Every name and value, in order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(name, value)| (name.as_str(), value.as_str()))
    }

    /// The value for `name`, trimmed, or `None` if it is missing or blank.
    pub fn non_blank(&self, name: &str) -> Option<&str> {
        self.get(name).map(str::trim).filter(|v| !v.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posted(pairs: &[(&str, &str)]) -> Fields {
        Fields::from_pairs(pairs.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())).collect())
    }

    #[test]
    fn a_field_given_two_different_values_has_none() {
        let fields = posted(&[("country", "wales"), ("country", "england"), ("name", "Sam"), ("name", "Sam")]);
        assert_eq!(fields.get("country"), None);
        assert_eq!(fields.non_blank("country"), None);
        assert_eq!(fields.get("name"), Some("Sam"), "the same value twice is that value");
        assert_eq!(fields.all("country"), ["wales", "england"], "checkboxes keep every value");
        assert_eq!(fields.get("missing"), None);
    }
}
