//! The GOV.UK page template (govuk-frontend's `template.njk`) in maud: skip link, header with the service name,
//! main, and a footer with the accessibility statement, privacy and cookies links.
//!
//! The stylesheet and script are govuk-frontend's, compiled with only the components our pages use
//! (`templates/assets/application.scss` and `application.js`, built by `make` to `application.css` and
//! `application.min.js`). No inline script: the Content-Security-Policy forbids it. `/assets/application.min.js`
//! (a module, so it runs only where govuk-frontend is supported) adds the `js-enabled` and
//! `govuk-frontend-supported` classes that the template's inline snippet would, then initialises the components.

pub mod copy;

use maud::{DOCTYPE, Markup, PreEscaped, html};

pub use copy::LayoutCopy;

use crate::Lang;
use crate::components::{
    BackLink, Content, ExitThisPage, LanguageItem, LanguageNavigation, SkipLink, back_link, exit_this_page,
    language_navigation, skip_link,
};

/// The applicant's service's name, in English (the start page's title, the header's link).
pub const SERVICE_NAME: &str = copy::EN.apply_service_name;

const LOGOTYPE: &str = include_str!("govuk-logotype.svg");
const CROWN: &str = include_str!("govuk-crown.svg");
const LICENCE_LOGO: &str = include_str!("licence-logo.svg");

/// Where the page sits in the service, for the header and the `<title>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// The public application journey.
    Apply,
    /// Caseworkers' pages.
    Casework,
}

impl Area {
    fn service_name(self, copy: &LayoutCopy) -> &'static str {
        match self {
            Area::Apply => copy.apply_service_name,
            Area::Casework => copy.casework_service_name,
        }
    }

    fn service_url(self, lang: Lang) -> crate::lang::Href<'static> {
        match self {
            Area::Apply => lang.href("/"),
            Area::Casework => Lang::En.href("/casework"),
        }
    }
}

/// Where Exit this page leads: our own URL, which deletes the answers and the session before sending the applicant
/// on to a neutral site, as the pattern advises (<https://design-system.service.gov.uk/patterns/exit-a-page-quickly/>).
pub const EXIT_URL: &str = "/exit";

/// Whether an applicant's page shows Exit this page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ExitButton {
    /// Every applicant page after the one that explains the button.
    #[default]
    Shown,
    /// The start and before-you-start pages: the pattern asks that the button is explained before it first appears.
    NotYetExplained,
}

/// What a page gives the layout besides its content.
#[derive(Debug, Clone, Default)]
pub struct Page<'a> {
    /// The page's h1, used in `<title>` as the Design System asks.
    pub title: &'a str,
    /// Prefixes the title with "Error: " so screen reader users hear at once that the form needs attention.
    pub has_errors: bool,
    /// The language of the page.
    pub lang: Lang,
    /// Where the page is, as the English page's path (with its query, "/your-role?change=1"): the Language
    /// navigation links to it in the other language, so that switching keeps the applicant on the same page.
    /// Links the layout draws from it and from `back` are made in the page's language ([`Lang::path`]).
    pub path: &'a str,
    /// The previous page, shown as a Back link above the content.
    pub back: Option<&'a str>,
    /// A Back link that is a form's button, in place of `back`.
    pub back_form: Option<BackForm<'a>>,
    pub exit: ExitButton,
}

/// A Back link that posts a form. The pages of the safety section share one URL, so that the browser's history
/// shows nothing of which were asked; a link to the page before could only name it in its URL, so Back asks the
/// server instead: it posts the page's own step with `go=back` (the server keeps which page the URL shows). It
/// looks and reads as the Back link (govuk-back-link), and works without JavaScript.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackForm<'a> {
    pub action: &'a str,
    pub csrf_token: &'a str,
    /// The id of the page it is on.
    pub step: &'a str,
}

/// What a safety page's forms post to say which page they are (`step`), and Back's button (`go=back`).
pub const STEP_FIELD: &str = "step";
pub const GO_FIELD: &str = "go";
pub const GO_BACK: &str = "back";

fn back_form(form: &BackForm<'_>, lang: Lang, copy: &LayoutCopy) -> Markup {
    html! {
        form method="post" action=(lang.href(form.action)) novalidate {
            (crate::csrf_input(form.csrf_token))
            input type="hidden" name=(STEP_FIELD) value=(form.step);
            button type="submit" name=(GO_FIELD) value=(GO_BACK) class="govuk-back-link app-link-button" { (copy.back) }
        }
    }
}

/// The whole HTML document.
pub fn page(area: Area, page: &Page<'_>, content: Markup) -> Markup {
    let copy = LayoutCopy::of(page.lang);
    // "Page - Service - GOV.UK"; a page named as the service (its start page) is not named twice.
    let error_prefix = if page.has_errors { copy.error_title_prefix } else { "" };
    // Caseworkers' pages never show it: they are staff, at work.
    let exit = area == Area::Apply && page.exit == ExitButton::Shown;
    let service_name = area.service_name(copy);
    let translated = |text: &str| (page.lang != Lang::En).then(|| text.to_owned());
    let title = if page.title == service_name {
        format!("{error_prefix}{} - {}", page.title, copy.gov_uk)
    } else {
        format!("{error_prefix}{} - {service_name} - {}", page.title, copy.gov_uk)
    };
    html! {
        (DOCTYPE)
        html lang=(page.lang.tag()) class="govuk-template" {
            head {
                meta charset="utf-8";
                title { (title) }
                meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover";
                meta name="theme-color" content="#1d70b8";
                link rel="icon" sizes="48x48" href="/assets/images/favicon.ico";
                link rel="icon" sizes="any" href="/assets/images/favicon.svg" type="image/svg+xml";
                link rel="mask-icon" href="/assets/images/govuk-icon-mask.svg" color="#1d70b8";
                link rel="apple-touch-icon" href="/assets/images/govuk-icon-180.png";
                link rel="manifest" href="/assets/manifest.json";
                link rel="stylesheet" href="/assets/application.css";
                script type="module" src="/assets/application.min.js" {}
            }
            body class="govuk-template__body" {
                (skip_link(&SkipLink { href: Some("#main-content".into()), content: Content::text(copy.skip_to_main_content), classes: None }))
                @if exit {
                    // The secondary skip link: after skipping to the content, the next thing a keyboard user can
                    // reach is a way out.
                    (skip_link(&SkipLink {
                        href: Some(EXIT_URL.into()),
                        content: Content::text(copy.exit_this_page),
                        classes: Some("govuk-js-exit-this-page-skiplink".into()),
                    }))
                }
                header class="govuk-template__header" {
                    div.govuk-header {
                        div class="govuk-header__container govuk-width-container" {
                            div.govuk-header__logo {
                                a href="https://www.gov.uk/" class="govuk-header__homepage-link" { (PreEscaped(LOGOTYPE)) }
                            }
                        }
                    }
                    section aria-label=(copy.service_information) class="govuk-service-navigation" data-module="govuk-service-navigation" {
                        div.govuk-width-container {
                            div.govuk-service-navigation__container {
                                span.govuk-service-navigation__service-name {
                                    a href=(area.service_url(page.lang)) class="govuk-service-navigation__link" { (service_name) }
                                }
                            }
                            @if area == Area::Apply {
                                (languages(page))
                            }
                        }
                    }
                }
                div.govuk-width-container {
                    @if exit {
                        (exit_this_page(&ExitThisPage {
                            content: Content::html(html! {
                                span.govuk-visually-hidden { (copy.exit_this_page_emergency) } " " (copy.exit_this_page)
                            }),
                            redirect_url: Some(EXIT_URL.into()),
                            // govuk-frontend's JavaScript says these in English unless told otherwise.
                            activated_text: translated(copy.exit_this_page_activated),
                            timed_out_text: translated(copy.exit_this_page_timed_out),
                            press_two_more_times_text: translated(copy.exit_this_page_press_two_more_times),
                            press_one_more_time_text: translated(copy.exit_this_page_press_one_more_time),
                            ..ExitThisPage::default()
                        }))
                    }
                    @if let Some(form) = &page.back_form {
                        (back_form(form, page.lang, copy))
                    } @else if let Some(href) = page.back {
                        (back_link(&BackLink { href: Some(page.lang.href(href).to_string()), content: Content::text(copy.back), ..BackLink::default() }))
                    }
                    main class="govuk-main-wrapper" id="main-content" {
                        (content)
                    }
                }
                (footer(page.lang, copy))
            }
        }
    }
}

/// The Language navigation, in the Service navigation's end slot: each language by its own name, the page's
/// marked, the others linking to this page in them.
fn languages(page: &Page<'_>) -> Markup {
    let items = Lang::ALL
        .iter()
        .map(|&lang| LanguageItem {
            content: Content::text(lang.native_name()),
            lang: Some(lang.tag().to_owned()),
            href: (lang != page.lang).then(|| lang.href(page.path).to_string()),
            current: lang == page.lang,
            // In the language it offers, as the link's text is.
            language_description_text: (lang != page.lang)
                .then(|| LayoutCopy::of(lang).language_description.to_owned()),
            ..LanguageItem::default()
        })
        .collect();
    language_navigation(&LanguageNavigation {
        items,
        aria_label: Some(LayoutCopy::of(page.lang).language_navigation_label.to_owned()),
        ..LanguageNavigation::default()
    })
}

fn footer(lang: Lang, copy: &LayoutCopy) -> Markup {
    html! {
        footer class="govuk-template__footer" {
            div.govuk-footer {
                div.govuk-width-container {
                    (PreEscaped(CROWN))
                    div.govuk-footer__meta {
                        div class="govuk-footer__meta-item govuk-footer__meta-item--grow" {
                            h2.govuk-visually-hidden { (copy.support_links) }
                            ul.govuk-footer__inline-list {
                                @for (href, text) in [("/accessibility", copy.accessibility_statement), ("/privacy", copy.privacy), ("/cookies", copy.cookies)] {
                                    li.govuk-footer__inline-list-item { a.govuk-footer__link href=(lang.href(href)) { (text) } }
                                }
                            }
                            (PreEscaped(LICENCE_LOGO))
                            span.govuk-footer__licence-description {
                                (copy.licence_before)
                                a.govuk-footer__link href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license" { (copy.licence) }
                                (copy.licence_after)
                            }
                        }
                        div.govuk-footer__meta-item {
                            a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/" {
                                (copy.crown_copyright)
                            }
                        }
                    }
                }
            }
        }
    }
}
