//! "Are the children under 16, or 16 to 19 and in full-time education?": CMS can only arrange maintenance for
//! children under 16, or under 20 in approved education (<https://www.gov.uk/child-maintenance-service/eligibility>).

use maud::{Markup, html};

use super::{StepContext, question_page, yes_no};

pub const TITLE: &str = "Are all the children under 16, or aged 16 to 19 and in full-time education?";
pub const FIELD: &str = "children-qualify";
pub const ERROR_NOT_SELECTED: &str =
    "Select yes if all the children are under 16, or aged 16 to 19 and in full-time education";

pub fn view(context: StepContext<'_>, value: Option<&str>) -> Markup {
    let hint = html! {
        "Full-time education means up to A level or equivalent, such as Scottish Highers or a level 3 BTEC. \
         It does not include university."
    };
    question_page(context, TITLE, yes_no(context, FIELD, TITLE, Some(hint), value))
}
