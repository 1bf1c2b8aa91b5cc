use maud::{Markup, html};
use serde::Deserialize;

use super::form_group::{has_content, render_content};
use super::{Content, classes};

/// A button that takes the user to a neutral page at once, for services where someone may be in danger at home.
///
/// <https://design-system.service.gov.uk/components/exit-this-page/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExitThisPage {
    /// The button's content; defaults to "Exit this page" after a visually hidden "Emergency".
    #[serde(flatten)]
    pub content: Content,
    /// Defaults to BBC weather.
    pub redirect_url: Option<String>,
    pub id: Option<String>,
    pub classes: Option<String>,
    /// Announced to screen readers, in place of the English, as the page is exited.
    pub activated_text: Option<String>,
    pub timed_out_text: Option<String>,
    pub press_two_more_times_text: Option<String>,
    pub press_one_more_time_text: Option<String>,
}

pub fn exit_this_page(params: &ExitThisPage) -> Markup {
    // Written from the parameters as they are, with no string of their own: the button is on every applicant page.
    fn set(text: &Option<String>) -> Option<&str> {
        text.as_deref().filter(|t| !t.is_empty())
    }
    let href = set(&params.redirect_url).unwrap_or("https://www.bbc.co.uk/weather");
    html! {
        div id=[set(&params.id)] class=(classes("govuk-exit-this-page", &params.classes))
            data-module="govuk-exit-this-page"
            "data-i18n.activated"=[set(&params.activated_text)] "data-i18n.timed-out"=[set(&params.timed_out_text)]
            "data-i18n.press-two-more-times"=[set(&params.press_two_more_times_text)]
            "data-i18n.press-one-more-time"=[set(&params.press_one_more_time_text)] {
            // govuk-frontend's button macro, with the `rel` it is given through `attributes`.
            a href=(href) role="button" draggable="false"
                class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button"
                data-module="govuk-button" rel="nofollow noreferrer" {
                @if has_content(&params.content) {
                    (render_content(&params.content))
                } @else {
                    span.govuk-visually-hidden { "Emergency" } " Exit this page"
                }
            }
        }
    }
}
