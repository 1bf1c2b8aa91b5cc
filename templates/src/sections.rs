//! The parts of an application's answers, as check your answers shows them and (read only) a caseworker reads them:
//! each a heading and a summary list. The rows are the questions' (`questions::check_your_answers`).

use maud::Markup;

use crate::components::{Content, SummaryCell, SummaryList, SummaryRow, summary_list};

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

impl Section {
    /// The section as a summary list.
    pub fn list(&self) -> Markup {
        summary_list(&SummaryList { rows: self.rows.clone(), classes: Some("govuk-!-margin-bottom-9".into()) })
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
