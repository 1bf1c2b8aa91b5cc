use maud::{Markup, PreEscaped, html};
use serde::Deserialize;

use super::{Content, classes};

/// Tells the user about something that is not directly relevant to what they are doing on the page (`type`
/// unset), or (`type: "success"`) that what they have just done has worked.
///
/// <https://design-system.service.gov.uk/components/notification-banner/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NotificationBanner {
    /// `text` is shown as a bold heading paragraph; `html` as given.
    #[serde(flatten)]
    pub content: Content,
    /// Defaults to "Important", or "Success" on a success banner.
    pub title_text: Option<String>,
    /// Takes precedence over `titleText`.
    pub title_html: Option<String>,
    /// Defaults to 2.
    pub title_heading_level: Option<u8>,
    /// `success` is the only type; any other value is ignored.
    #[serde(rename = "type")]
    pub banner_type: Option<String>,
    /// Defaults to `alert` on a success banner, else `region`.
    pub role: Option<String>,
    /// Defaults to `govuk-notification-banner-title`.
    pub title_id: Option<String>,
    /// Stops the JavaScript focusing a success banner when the page loads.
    pub disable_auto_focus: Option<bool>,
    pub classes: Option<String>,
}

pub fn notification_banner(params: &NotificationBanner) -> Markup {
    let success = params.banner_type.as_deref() == Some("success");
    let base = if success {
        "govuk-notification-banner govuk-notification-banner--success"
    } else {
        "govuk-notification-banner"
    };
    let role = match params.role.as_deref().filter(|r| !r.is_empty()) {
        Some(role) => role,
        None if success => "alert",
        None => "region",
    };
    let title = match (
        params.title_html.as_deref().filter(|t| !t.is_empty()),
        params.title_text.as_deref().filter(|t| !t.is_empty()),
    ) {
        (Some(markup), _) => PreEscaped(markup.to_owned()),
        (None, Some(text)) => html! { (text) },
        (None, None) => html! { (if success { "Success" } else { "Important" }) },
    };
    let title_id = params.title_id.as_deref().filter(|id| !id.is_empty()).unwrap_or("govuk-notification-banner-title");
    let level = params.title_heading_level.filter(|l| *l != 0).unwrap_or(2);
    html! {
        div class=(classes(base, &params.classes)) role=(role) aria-labelledby=(title_id)
            data-module="govuk-notification-banner" data-disable-auto-focus=[params.disable_auto_focus] {
            div.govuk-notification-banner__header {
                // The heading level is a number, so the tag is written out: maud cannot name an element at run time.
                (PreEscaped(format!("<h{level} class=\"govuk-notification-banner__title\" id=\"")))
                (title_id)
                (PreEscaped("\">"))
                (title)
                (PreEscaped(format!("</h{level}>")))
            }
            div.govuk-notification-banner__content {
                @if let Some(markup) = params.content.html.as_deref().filter(|h| !h.is_empty()) {
                    (PreEscaped(markup))
                } @else if let Some(text) = params.content.text.as_deref().filter(|t| !t.is_empty()) {
                    p.govuk-notification-banner__heading { (text) }
                }
            }
        }
    }
}
