//! A form's fields as the applicant typed them: what a page shows in its inputs, whether they came from a saved
//! answer or from a post that failed validation (so nothing typed is lost when a page is re-shown).

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

    /// The first value given for `name`. A repeated single-value field (a tampered form) is read as its first.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }

    /// Every value given for `name`, for checkboxes.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0.iter().filter(|(key, _)| key == name).map(|(_, value)| value.as_str()).collect()
    }

    /// The value for `name`, trimmed, or `None` if it is missing or blank.
    pub fn non_blank(&self, name: &str) -> Option<&str> {
        self.get(name).map(str::trim).filter(|v| !v.is_empty())
    }
}
