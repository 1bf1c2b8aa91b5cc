//! The parts of an application's answers, as check your answers shows them and (read only) a caseworker reads them:
//! each a heading and a summary list. The rows are the questions' (`questions::check_your_answers`).

use maud::Markup;

use crate::components::{Content, SummaryCell, SummaryRow, WithActions, summary_list_of};

/// Which part of the answers a section is: what code finds a section by (casework puts safety first), never its
/// heading, which is copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionId {
    Eligibility,
    YourSafety,
    AboutYou,
    Children,
    OtherParent,
    /// A paying parent's income and other children.
    YourIncome,
    Payments,
    /// Check your answers itself: no rows of its own.
    None,
}

/// One part of the answers, under its heading.
#[derive(Debug, Clone)]
pub struct Section {
    pub id: SectionId,
    pub heading: &'static str,
    pub rows: Vec<SummaryRow>,
}

/// The space under each section's list.
static SECTION_LIST_CLASSES: std::sync::LazyLock<Option<String>> =
    std::sync::LazyLock::new(|| Some("govuk-!-margin-bottom-9".to_owned()));

impl Section {
    /// The section as a summary list.
    pub fn list(&self) -> Markup {
        summary_list_of(&self.rows, &SECTION_LIST_CLASSES, WithActions::Yes)
    }

    /// The section as a summary list with no Change links, for reading a sent application (as [`Section::read_only`]
    /// draws it, without copying the rows).
    pub fn list_read_only(&self) -> Markup {
        summary_list_of(&self.rows, &SECTION_LIST_CLASSES, WithActions::No)
    }

    /// The section with no Change links, for reading a sent application.
    pub fn read_only(mut self) -> Self {
        for row in &mut self.rows {
            row.actions = None;
        }
        self
    }
}

/// A row with nothing to change here: a fact (it follows from other answers, or was sent), or a caseworker's view.
pub fn fact_row(key: &str, value: &str) -> SummaryRow {
    SummaryRow {
        key: SummaryCell { content: Content::text(key), classes: None },
        value: SummaryCell { content: Content::text(value), classes: None },
        actions: None,
        classes: None,
    }
}
