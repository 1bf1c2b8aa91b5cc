//! "Who do you work for?": the names of up to `intake::paying_parent::MAX_EMPLOYERS` employers, asked when
//! employment is one of the sources of income. A small, known number of things asked on one page rather than an
//! add-another loop (<https://design-system.service.gov.uk/patterns/add-multiple-things/>): the first is needed,
//! the others only if they have them.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::domain::ShortText;
use intake::paying_parent::{IncomeSource, MAX_EMPLOYERS};
use maud::{Markup, html};
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::examples::Post;
use crate::kit::text::{TextField, text_field};
use crate::kit::{StepContext, question_page, summary};
use crate::{Example, Page, Question, Step};

/// One field an employer, in order.
pub const FIELDS: [&str; MAX_EMPLOYERS] = ["employer-1", "employer-2", "employer-3"];

pub struct Employers;

impl Page for Employers {
    const ID: &'static str = "your-employers";
    const PATH: &'static str = "/your-employers";
    const SECTION: SectionId = SectionId::YourIncome;
    const EXAMPLE: Example = Example::NONE;
    const PAYING: Option<&'static [Post]> =
        Some(&[&[("employer-1", "Northside Bakery Ltd"), ("employer-2", ""), ("employer-3", "")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.paying_parent.employers.is_some()
    }

    fn applies(answers: &Answers) -> bool {
        super::asked(answers) && answers.paying_parent.has_source(IncomeSource::Employment)
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let lines = answers.paying_parent.employers.as_ref().map(|names| names.iter().map(ShortText::as_str).collect());
        summary::rows(vec![summary::lines_row(copy.summary_key, lines, Step::Employers, copy.summary_change, lang)])
    }
}

impl Question for Employers {
    fn fields(answers: &Answers) -> Fields {
        let names = answers.paying_parent.employers.as_deref().unwrap_or_default();
        FIELDS.iter().zip(names).fold(Fields::new(), |fields, (field, name)| fields.with(field, Some(name.as_str())))
    }

    /// The names given, in order, blanks left out: at least one is needed (its error is on the first field).
    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let copy = Copy::of(lang);
        let mut errors = FormErrors::new();
        let mut names = Vec::new();
        for (index, field) in FIELDS.into_iter().enumerate() {
            match ShortText::parse_optional(fields.get(field).unwrap_or("")) {
                Ok(name) => names.extend(name),
                Err(_) => errors.add(field, copy.too_long[index]),
            }
        }
        if errors.is_empty() && names.is_empty() {
            errors.add(FIELDS[0], copy.empty);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        answers.paying_parent.employers = Some(names);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let body = html! {
            h1.govuk-heading-l { (copy.title) }
            p.govuk-body { (copy.more_than_three) }
            @for (index, field) in FIELDS.into_iter().enumerate() {
                (text_field(context, TextField {
                    name: field,
                    label: copy.labels[index],
                    autocomplete: Some("organization"),
                    ..TextField::default()
                }, fields))
            }
        };
        question_page(context, copy.title, body)
    }
}
