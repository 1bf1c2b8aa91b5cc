//! The stylesheet and script are built with only the govuk-frontend components our pages use
//! (templates/assets/application.scss and application.js, for a first visit under 40 KB). A component added to a
//! page but not to them would render unstyled or without its JavaScript: these tests say which file to change.

// Test code: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The text of every Rust file under templates/src: the markup of every page.
fn markup_sources() -> String {
    fn walk(dir: &Path, text: &mut String) {
        for entry in std::fs::read_dir(dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                walk(&path, text);
            } else if path.extension().is_some_and(|e| e == "rs") {
                text.push_str(&std::fs::read_to_string(&path).expect("a source file"));
            }
        }
    }
    let mut text = String::new();
    walk(&root().join("src"), &mut text);
    text
}

/// govuk-frontend's components, by folder name (`error-summary`).
fn govuk_components() -> BTreeSet<String> {
    let folder = root().join("node_modules/govuk-frontend/dist/govuk/components");
    std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e} (run `npm ci` in templates/)", folder.display()))
        .map(|entry| entry.expect("an entry"))
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect()
}

/// Whether `text` uses the class `govuk-<name>` or one of its elements or modifiers (`govuk-<name>__x`,
/// `govuk-<name>--y`), and not merely a longer name that starts the same way.
fn uses_class(text: &str, name: &str) -> bool {
    let class = format!("govuk-{name}");
    text.match_indices(&class).any(|(at, _)| {
        let rest = &text[at + class.len()..];
        rest.starts_with("__") || rest.starts_with("--") || !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-')
    })
}

#[test]
fn the_stylesheet_has_exactly_the_components_the_pages_use() {
    let sources = markup_sources();
    let used: BTreeSet<String> = govuk_components().into_iter().filter(|name| uses_class(&sources, name)).collect();
    let scss = std::fs::read_to_string(root().join("assets/application.scss")).expect("application.scss");
    let imported: BTreeSet<String> = scss
        .lines()
        .filter_map(|line| line.trim().strip_prefix("@use \"govuk-frontend/dist/govuk/components/"))
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect();
    assert!(used.contains("button") && used.contains("exit-this-page"), "the search finds components: {used:?}");
    assert_eq!(imported, used, "templates/assets/application.scss must @use exactly the components templates/src uses");
}

#[test]
fn the_script_starts_exactly_the_components_the_pages_mark() {
    let sources = markup_sources();
    let marked: BTreeSet<String> = sources
        .split("data-module=\"govuk-")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|name| name.split('-').map(|word| word[..1].to_uppercase() + &word[1..]).collect())
        .collect();
    let script = std::fs::read_to_string(root().join("assets/application.js")).expect("application.js");
    let imports = script
        .split_once("import {")
        .and_then(|(_, rest)| rest.split_once("} from 'govuk-frontend'"))
        .map(|(names, _)| names)
        .expect("application.js imports the components from govuk-frontend");
    let started: BTreeSet<String> = imports
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty() && *name != "createAll")
        .map(str::to_owned)
        .collect();
    assert!(marked.contains("ExitThisPage"), "the search finds data-module values: {marked:?}");
    assert_eq!(started, marked, "templates/assets/application.js must import and start exactly these components");
}

#[test]
fn a_class_is_matched_by_its_whole_name() {
    assert!(uses_class(r#"class="govuk-input govuk-input--error""#, "input"));
    assert!(uses_class(".govuk-summary-list__row", "summary-list"));
    assert!(!uses_class(r#"class="govuk-date-input""#, "input"));
    assert!(!uses_class(r#"class="govuk-tabs""#, "tab"));
    assert!(!uses_class(r#"class="govuk-input-wrapper""#, "input"));
}
