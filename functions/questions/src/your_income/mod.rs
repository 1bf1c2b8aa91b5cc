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
use templates::components::SummaryRow;
use templates::{Fields, FormErrors, Lang};

use crate::Step;
use crate::kit::choices::{Choice, parse_choice, radios_question};
use crate::kit::{StepContext, heading_legend, question_page, summary};

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
    pub const CY: Self = Self { none: "Dim", one: "1", two: "2", three: "3", four_or_more: "4 neu fwy" };

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

/// The words of a "how many other children" page: the same shape for both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountCopy {
    pub title: &'static str,
    pub hint: &'static str,
    pub counts: ChildCountLabels,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

/// Whether a question of this section is asked: only of a parent who pays.
fn asked(answers: &Answers) -> bool {
    answers.pays_maintenance()
}

/// A "how many other children" page: its title is the radios' legend, one radio a count.
fn child_count_page(context: StepContext<'_>, field: &str, copy: &CountCopy, fields: &Fields) -> Markup {
    let labels = &copy.counts;
    let choices: Vec<Choice<'_>> = ChildCount::ALL
        .iter()
        .map(|&count| Choice::of(count, ChildCount::form_value, labels.label(count), None))
        .collect();
    let legend = heading_legend(copy.title);
    question_page(context, copy.title, radios_question(context, field, legend, Some(copy.hint), &choices, None, fields))
}

/// A saved number of other children as the form's field.
fn child_count_fields(field: &str, count: Option<ChildCount>) -> Fields {
    Fields::new().with(field, count.map(ChildCount::form_value))
}

/// A posted number of other children, or the page's error.
fn parse_child_count(fields: &Fields, field: &str, copy: &CountCopy) -> Result<ChildCount, FormErrors> {
    parse_choice(fields, field, ChildCount::parse, copy.not_selected)
}

/// A number of other children's row on check your answers.
fn child_count_summary(copy: &CountCopy, count: Option<ChildCount>, step: Step, lang: Lang) -> Vec<SummaryRow> {
    let value = count.map(|count| copy.counts.label(count));
    summary::rows(vec![summary::row(copy.summary_key, value, step, copy.summary_change, lang)])
}
