//! "Your safety": the routine enquiry, asked of every applicant (docs/domain.md: ask everyone, neutrally, with a
//! broad definition and no proof). It opens the safety section with a gentle warning, what we do with the answer and
//! who sees it, and 999 first for anyone in danger now; the question itself comes last, below all of that, so its
//! legend is a medium heading and the page's h1 is the section's title.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use maud::{Markup, html};
use templates::components::{Content, Details, InsetText, SummaryRow, details, inset_text};
use templates::pages::journey::emergency_warning;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::yes_no::{yes_no_in, yes_no_value, yes_or_no};
use crate::kit::{StepContext, question_page, sub_legend, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "abuse";

pub struct YourSafety;

impl Page for YourSafety {
    const ID: &'static str = "your-safety";
    const PATH: &'static str = crate::journey::YOUR_SAFETY;
    const SECTION: SectionId = SectionId::YourSafety;
    const EXAMPLE: Example = Example { plain: &[&[(FIELD, "no")]], disclosed: &[&[(FIELD, "yes")]] };

    fn is_answered(answers: &Answers) -> bool {
        answers.disclosure.abuse.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let value = answers.disclosure.abuse.map(|yes| copy.answers.label(yes));
        summary::rows(vec![summary::row(copy.summary_key, value, Step::YourSafety, copy.summary_change, lang)])
    }
}

impl Question for YourSafety {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.disclosure.abuse.map(yes_no_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let abuse = yes_or_no(fields, FIELD, Copy::of(lang).not_selected)?;
        answers.set_abuse(abuse);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let (copy, kit) = (Copy::of(context.lang), context.kit());
        let body = html! {
            h1.govuk-heading-l { (kit.your_safety) }
            (inset_text(&InsetText { content: Content::text(copy.inset), ..InsetText::default() }))
            p.govuk-body { (copy.why_we_ask) }
            p.govuk-body { (copy.we_will_not_tell) }
            (details(&Details {
                summary_text: Some(copy.what_we_mean.into()),
                content: Content::html(html! {
                    p.govuk-body { (copy.abuse_can_happen) }
                    ul class="govuk-list govuk-list--bullet" { @for kind in copy.kinds_of_abuse { li { (kind) } } }
                    p.govuk-body { (copy.single_or_pattern) }
                }),
                ..Details::default()
            }))
            (emergency_warning(context.lang))
            (yes_no_in(context, FIELD, sub_legend(copy.question), &copy.answers, None, fields.get(FIELD)))
        };
        question_page(context, kit.your_safety, body)
    }
}
