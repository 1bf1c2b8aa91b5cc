//! Holds our maud components to govuk-frontend's own fixtures: for every fixture in the pinned package's
//! `dist/govuk/components/<name>/fixtures.json` whose options our parameter struct accepts, the rendered markup
//! must equal the fixture's `html`.
//!
//! Comparison normalises only what cannot change the document: runs of whitespace between tags, whitespace at the
//! edges of text (the browser collapses both), and `&#39;` versus `'` in text (Nunjucks escapes apostrophes,
//! maud does not; both are the same character). Fixtures whose options use a parameter we do not support
//! (`deny_unknown_fields`) are counted as unsupported and printed.

// Test code: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

use std::path::PathBuf;

use maud::Markup;
use serde::de::DeserializeOwned;
use templates::components::*;

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("node_modules/govuk-frontend/dist/govuk/components")
}

fn normalise(html: &str) -> String {
    let html = html.replace("&#39;", "'");
    let collapsed: String = html.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed.replace("> <", "><").replace("> ", ">").replace(" <", "<")
}

#[derive(Default)]
struct Tally {
    matched: usize,
    unsupported: Vec<String>,
    mismatched: Vec<String>,
}

fn check<P: DeserializeOwned>(component: &str, render: impl Fn(&P) -> Markup, tally: &mut Tally) {
    let path = fixtures_dir().join(component).join("fixtures.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run `npm ci` in templates/, as make test does)", path.display()));
    let file: serde_json::Value = serde_json::from_str(&text).expect("fixtures.json parses");
    for fixture in file["fixtures"].as_array().expect("fixtures array") {
        let name = format!("{component}: {}", fixture["name"].as_str().unwrap_or("?"));
        let Ok(params) = serde_json::from_value::<P>(fixture["options"].clone()) else {
            tally.unsupported.push(name);
            continue;
        };
        let expected = normalise(fixture["html"].as_str().unwrap_or_default());
        let actual = normalise(&render(&params).into_string());
        if expected == actual {
            tally.matched += 1;
        } else {
            tally.mismatched.push(format!("{name}\n  expected: {expected}\n  actual:   {actual}"));
        }
    }
}

#[test]
fn components_match_govuk_frontend_fixtures() {
    let mut tally = Tally::default();
    check::<BackLink>("back-link", back_link, &mut tally);
    check::<Button>("button", button, &mut tally);
    check::<Checkboxes>("checkboxes", checkboxes, &mut tally);
    check::<DateInput>("date-input", date_input, &mut tally);
    check::<Details>("details", details, &mut tally);
    check::<ErrorMessage>("error-message", error_message, &mut tally);
    check::<ErrorSummary>("error-summary", error_summary, &mut tally);
    check::<ExitThisPage>("exit-this-page", exit_this_page, &mut tally);
    check::<Fieldset>("fieldset", |p| fieldset(p, maud::html! {}), &mut tally);
    check::<Hint>("hint", hint, &mut tally);
    check::<Input>("input", input, &mut tally);
    check::<InsetText>("inset-text", inset_text, &mut tally);
    check::<Label>("label", label, &mut tally);
    check::<LanguageNavigation>("language-navigation", language_navigation, &mut tally);
    check::<NotificationBanner>("notification-banner", notification_banner, &mut tally);
    check::<Pagination>("pagination", pagination, &mut tally);
    check::<Panel>("panel", panel, &mut tally);
    check::<Radios>("radios", radios, &mut tally);
    check::<SkipLink>("skip-link", skip_link, &mut tally);
    check::<SummaryList>("summary-list", summary_list, &mut tally);
    check::<Table>("table", table, &mut tally);
    check::<Tag>("tag", tag, &mut tally);
    check::<Textarea>("textarea", textarea, &mut tally);
    check::<WarningText>("warning-text", warning_text, &mut tally);

    let total = tally.matched + tally.mismatched.len() + tally.unsupported.len();
    println!(
        "govuk-frontend fixtures: {} of {} supported matched ({} unsupported of {total} in all)",
        tally.matched,
        tally.matched + tally.mismatched.len(),
        tally.unsupported.len()
    );
    for name in &tally.unsupported {
        println!("  unsupported: {name}");
    }
    assert!(
        tally.mismatched.is_empty(),
        "{} fixtures differ:\n{}",
        tally.mismatched.len(),
        tally.mismatched.join("\n")
    );
}
