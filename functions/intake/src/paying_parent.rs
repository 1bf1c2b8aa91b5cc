//! What a parent who pays maintenance tells CMS when they apply themselves: where their income comes from (with
//! their employers' names and the benefits they get), how many other children live with them and how many others
//! they pay maintenance for. The calculation needs all of it: a parent on certain benefits pays the flat rate, and
//! other children reduce the income it is worked out on (docs/domain.md, "What the real application asks": a paying
//! parent who applies). A parent who receives maintenance is never asked any of it.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::ShortText;

/// The most employers one application names: a parent with more gives those they earn most from.
pub const MAX_EMPLOYERS: usize = 3;

/// The paying parent's answers. Each field is `None` until its page is answered.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayingParent {
    /// Where their income comes from; empty for "I do not have any income".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub income_sources: Option<Vec<IncomeSource>>,
    /// Who employs them (at least one, at most [`MAX_EMPLOYERS`]), when they are employed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employers: Option<Vec<ShortText>>,
    /// Which benefits they get, when benefits are one of their sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub benefits: Option<Vec<Benefit>>,
    /// Other children living with them most of the time (a partner's child, for example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_children: Option<ChildCount>,
    /// Other children they pay maintenance for, privately or through another case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children_paid_for: Option<ChildCount>,
}

choices! {
    /// Where a paying parent's income comes from.
    pub enum IncomeSource {
        Employment => "employment",
        SelfEmployment => "self-employment",
        Benefits => "benefits",
        Pension => "pension",
    }
}

choices! {
    /// A benefit (or the State Pension) a paying parent gets: several mean the flat rate of maintenance.
    pub enum Benefit {
        UniversalCredit => "universal-credit",
        JobseekersAllowance => "jobseekers-allowance",
        EmploymentAndSupportAllowance => "employment-and-support-allowance",
        IncomeSupport => "income-support",
        PensionCredit => "pension-credit",
        StatePension => "state-pension",
        CarersAllowance => "carers-allowance",
        PersonalIndependencePayment => "personal-independence-payment",
        Another => "another",
    }
}

choices! {
    /// How many other children: the calculation's bands stop at three, and four or more are counted apart.
    pub enum ChildCount {
        None => "none",
        One => "1",
        Two => "2",
        Three => "3",
        FourOrMore => "4-or-more",
    }
}

impl PayingParent {
    /// Records where their income comes from, forgetting the employers or benefits of a source no longer given.
    pub fn set_income_sources(&mut self, sources: Vec<IncomeSource>) {
        if !sources.contains(&IncomeSource::Employment) {
            self.employers = None;
        }
        if !sources.contains(&IncomeSource::Benefits) {
            self.benefits = None;
        }
        self.income_sources = Some(sources);
    }

    /// Whether this source of income is one they gave.
    pub fn has_source(&self, source: IncomeSource) -> bool {
        self.income_sources.as_ref().is_some_and(|sources| sources.contains(&source))
    }

    /// Nothing answered yet (then it is left out of the stored answers).
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// Never printed, like [`crate::Answers`]: a stray `{:?}` must not leak someone's income.
impl fmt::Debug for PayingParent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PayingParent(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_taken_away_forgets_what_was_said_about_it() {
        let mut paying = PayingParent::default();
        paying.set_income_sources(vec![IncomeSource::Employment, IncomeSource::Benefits]);
        paying.employers = Some(vec![ShortText::parse("Northside Bakery").expect("a name")]);
        paying.benefits = Some(vec![Benefit::UniversalCredit]);
        paying.set_income_sources(vec![IncomeSource::Employment]);
        assert!(paying.employers.is_some() && paying.benefits.is_none());
        paying.set_income_sources(Vec::new());
        assert!(paying.employers.is_none() && !paying.has_source(IncomeSource::Employment));
        assert!(!paying.is_empty(), "no income is an answer");
    }

    #[test]
    fn its_answers_read_back_as_stored() {
        let paying = PayingParent {
            income_sources: Some(vec![IncomeSource::SelfEmployment]),
            other_children: Some(ChildCount::FourOrMore),
            ..PayingParent::default()
        };
        let stored = serde_json::to_string(&paying).expect("stored");
        assert_eq!(stored, r#"{"income_sources":["self-employment"],"other_children":"4-or-more"}"#);
        assert_eq!(serde_json::from_str::<PayingParent>(&stored).expect("read"), paying);
    }
}
