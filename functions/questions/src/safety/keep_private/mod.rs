//! "Is there anything the other parent must not find out?", asked of everyone. CMS never gives the other parent
//! the applicant's address, but does share names (docs/domain.md), so a new name is asked about too. An answer is
//! required: "None of these" (exclusive, after an "or") is one.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::safety::PrivateDetail;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::choices::{CheckboxRules, Choice, checkbox_fields, checkboxes_question, parse_checkboxes};
use crate::kit::{StepContext, heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "keep-private";

pub struct KeepPrivate;

impl Copy {
    /// How a detail reads on the page and on check your answers.
    pub fn label(&self, detail: PrivateDetail) -> &'static str {
        match detail {
            PrivateDetail::Address => self.address,
            PrivateDetail::PhoneNumber => self.phone_number,
            PrivateDetail::EmailAddress => self.email_address,
            PrivateDetail::NewName => self.new_name,
        }
    }
}

impl Page for KeepPrivate {
    const ID: &'static str = "private-details";
    const PATH: &'static str = crate::journey::YOUR_SAFETY;
    const SECTION: SectionId = SectionId::YourSafety;
    const EXAMPLE: Example =
        Example { plain: &[&[(FIELD, "none")]], disclosed: &[&[(FIELD, "address"), (FIELD, "new-name")]] };

    fn is_answered(answers: &Answers) -> bool {
        answers.keep_private.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let details = summary::list(answers.keep_private.as_deref(), |detail| copy.label(detail), copy.summary_none);
        summary::rows(vec![summary::lines_row(copy.summary_key, details, Step::KeepPrivate, copy.summary_change, lang)])
    }
}

impl Question for KeepPrivate {
    /// "None of these" (an empty list) is shown checked again.
    fn fields(answers: &Answers) -> Fields {
        checkbox_fields(FIELD, answers.keep_private.as_deref(), PrivateDetail::form_value, true)
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let not_selected = Copy::of(lang).not_selected;
        let rules = CheckboxRules { required: Some(not_selected), conflicting: not_selected };
        answers.keep_private = Some(parse_checkboxes(fields, FIELD, PrivateDetail::parse, rules)?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let (copy, kit) = (Copy::of(context.lang), context.kit());
        let choices: Vec<Choice<'_>> = PrivateDetail::ALL
            .iter()
            .map(|&detail| Choice::of(detail, PrivateDetail::form_value, copy.label(detail), None))
            .collect();
        let question = checkboxes_question(
            context,
            FIELD,
            heading_legend(copy.question),
            copy.hint,
            &choices,
            Some(kit.none_of_these),
            fields,
        );
        question_page(context, kit.your_safety, question)
    }
}
