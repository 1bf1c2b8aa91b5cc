//! Your income and other children: asked only of a parent who pays maintenance and applies themselves, after the
//! other parent's section (docs/domain.md, "What the real application asks": a paying parent who applies). Where
//! their income comes from (`income_sources`), then who employs them (`employers`) and which benefits they get
//! (`benefits`) when those are among the sources, then how many other children live with them (`other_children`)
//! and how many others they pay maintenance for (`children_paid_for`). The answers are `intake::paying_parent`'s.

pub mod benefits;
pub mod children_paid_for;
pub mod employers;
pub mod income_sources;
pub mod other_children;

use intake::Answers;
use intake::paying_parent::ChildCount;
use maud::Markup;
use templates::{Fields, FormErrors};

use crate::kit::choices::{Choice, parse_choice, radios_question};
use crate::kit::{StepContext, heading_legend, question_page};

/// How a number of other children reads: the same on both pages that ask for one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChildCountLabels {
    pub none: &'static str,
    pub one: &'static str,
    pub two: &'static str,
    pub three: &'static str,
    pub four_or_more: &'static str,
}

impl ChildCountLabels {
    pub const EN: Self = Self { none: "None", one: "1", two: "2", three: "3", four_or_more: "4 or more" };

    pub fn label(&self, count: ChildCount) -> &'static str {
        match count {
            ChildCount::None => self.none,
            ChildCount::One => self.one,
            ChildCount::Two => self.two,
            ChildCount::Three => self.three,
            ChildCount::FourOrMore => self.four_or_more,
        }
    }
}

/// Whether a question of this section is asked: only of a parent who pays.
fn asked(answers: &Answers) -> bool {
    answers.pays_maintenance()
}

/// A "how many other children" page: its title is the radios' legend, one radio a count.
fn child_count_page(
    context: StepContext<'_>,
    field: &str,
    title: &str,
    hint: &str,
    labels: &ChildCountLabels,
    fields: &Fields,
) -> Markup {
    let choices: Vec<Choice<'_>> = ChildCount::ALL
        .iter()
        .map(|&count| Choice::of(count, ChildCount::form_value, labels.label(count), None))
        .collect();
    question_page(
        context,
        title,
        radios_question(context, field, heading_legend(title), Some(hint), &choices, None, fields),
    )
}

/// A posted number of other children, or the page's error.
fn parse_child_count(fields: &Fields, field: &str, not_selected: &str) -> Result<ChildCount, FormErrors> {
    parse_choice(fields, field, ChildCount::parse, not_selected)
}
