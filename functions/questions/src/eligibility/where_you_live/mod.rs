//! "Where do you live?": the first eligibility question. Northern Ireland has its own service; outside the UK, CMS
//! cannot help (`crate::journey`'s stop pages).

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::eligibility::Country;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::StepContext;
use crate::kit::choices::{Choice, parse_choice, radios_question};
use crate::kit::{heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "where-you-live";

pub struct WhereYouLive;

impl Copy {
    /// How a country reads on the page and on check your answers.
    pub fn label(&self, country: Country) -> &'static str {
        match country {
            Country::England => self.england,
            Country::Scotland => self.scotland,
            Country::Wales => self.wales,
            Country::NorthernIreland => self.northern_ireland,
            Country::OutsideUk => self.outside_uk,
        }
    }
}

impl Page for WhereYouLive {
    const ID: &'static str = "where-do-you-live";
    const PATH: &'static str = "/where-do-you-live";
    const SECTION: SectionId = SectionId::Eligibility;
    const EXAMPLE: Example = Example::both(&[&[(FIELD, "england")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.where_you_live.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let value = answers.where_you_live.map(|country| copy.label(country));
        summary::rows(vec![summary::row(copy.summary_key, value, Step::WhereYouLive, copy.summary_change, lang)])
    }
}

impl Question for WhereYouLive {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.where_you_live.map(Country::form_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let country = parse_choice(fields, FIELD, Country::parse, Copy::of(lang).not_selected)?;
        answers.set_where_you_live(country);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let choice = |country: Country| Choice::of(country, Country::form_value, copy.label(country), None);
        let uk = [Country::England, Country::Scotland, Country::Wales, Country::NorthernIreland].map(choice);
        let field = radios_question(
            context,
            FIELD,
            heading_legend(copy.title),
            Some(copy.hint),
            &uk,
            Some(choice(Country::OutsideUk)),
            fields,
        );
        question_page(context, copy.title, field)
    }
}
