//! A yes or no question, as inline radios: <https://design-system.service.gov.uk/components/radios/#inline-radios>.

use maud::Markup;
use templates::components::{Content, Fieldset, Hint, RadioItem, Radios, radios};
use templates::{Fields, FormErrors};

use super::{StepContext, error, heading_legend};

/// The values a yes or no question posts.
pub const YES: &str = "yes";
pub const NO: &str = "no";

/// The two answers' words. In English always "Yes" and "No"; in Welsh they answer the question's verb ("Ydych
/// chi…?" Ydw / Nac ydw, "Oes…?" Oes / Nac oes, "A yw…?" Ydy / Nac ydy), so each question's copy carries its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YesNo {
    pub yes: &'static str,
    pub no: &'static str,
}

impl YesNo {
    pub const EN: YesNo = YesNo { yes: "Yes", no: "No" };

    /// The words of an answer, for check your answers.
    pub fn label(&self, answer: bool) -> &'static str {
        if answer { self.yes } else { self.no }
    }
}

/// A yes or no question whose legend is the page's h1.
pub fn yes_no(
    context: StepContext<'_>,
    field: &str,
    title: &str,
    answers: &YesNo,
    hint: Option<Markup>,
    value: Option<&str>,
) -> Markup {
    yes_no_in(context, field, heading_legend(title), answers, hint, value)
}

/// A yes or no question in the given fieldset (for a question below other content).
pub fn yes_no_in(
    context: StepContext<'_>,
    field: &str,
    fieldset: Option<Fieldset>,
    answers: &YesNo,
    hint: Option<Markup>,
    value: Option<&str>,
) -> Markup {
    let item = |value: &str, text: &str| RadioItem {
        content: Content::text(text),
        value: Some(value.into()),
        ..RadioItem::default()
    };
    radios(&Radios {
        name: field.into(),
        fieldset,
        hint: hint.map(|markup| Hint { content: Content::html(markup), ..Hint::default() }),
        error_message: context.errors.message_for(field, context.lang),
        items: vec![item(YES, answers.yes), item(NO, answers.no)],
        value: value.map(str::to_owned),
        classes: Some("govuk-radios--inline".into()),
        ..Radios::default()
    })
}

/// A yes or no answer as posted, if it is one.
pub fn parse_yes_no(fields: &Fields, field: &str) -> Option<bool> {
    match fields.get(field) {
        Some(YES) => Some(true),
        Some(NO) => Some(false),
        _ => None,
    }
}

/// A yes or no answer as posted, or the question's error.
pub fn yes_or_no(fields: &Fields, field: &str, not_selected: &str) -> Result<bool, FormErrors> {
    parse_yes_no(fields, field).ok_or_else(|| error(field, not_selected))
}

/// The value a saved yes or no answer posts.
pub fn yes_no_value(answer: bool) -> &'static str {
    if answer { YES } else { NO }
}
