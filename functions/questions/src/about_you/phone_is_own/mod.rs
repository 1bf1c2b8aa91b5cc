//! "Is … your own phone number?": a shared phone, or one someone else can see, changes what CMS may say in a call
//! or a text (docs/domain.md, "What the real application asks": the applicant). Asked after the number is given,
//! and again whenever it changes (`Answers::set_contact_details`).

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use maud::{Markup, html};
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::yes_no::{yes_no, yes_no_value, yes_or_no};
use crate::kit::{StepContext, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "phone-is-own";

pub struct PhoneIsOwn;

impl Page for PhoneIsOwn {
    const ID: &'static str = "is-the-phone-your-own";
    const PATH: &'static str = "/is-the-phone-your-own";
    const SECTION: SectionId = SectionId::AboutYou;
    const EXAMPLE: Example = Example { plain: &[&[(FIELD, "yes")]], disclosed: &[&[(FIELD, "no")]] };

    fn is_answered(answers: &Answers) -> bool {
        answers.phone_is_own.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let value = answers.phone_is_own.map(|own| if own { copy.summary_yes } else { copy.summary_no });
        summary::rows(vec![summary::row(copy.summary_key, value, Step::PhoneIsOwn, copy.summary_change, lang)])
    }
}

impl Question for PhoneIsOwn {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.phone_is_own.map(yes_no_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        answers.phone_is_own = Some(yes_or_no(fields, FIELD, Copy::of(lang).not_selected)?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let phone = answers.your_contact_details.as_ref().map(|contact| contact.phone.national()).unwrap_or_default();
        let title = (copy.title)(&phone);
        let hint = html! { (copy.hint) };
        question_page(context, &title, yes_no(context, FIELD, &title, &copy.answers, Some(hint), fields.get(FIELD)))
    }
}
