//! Every page an applicant can be shown, as recorded in `tests/pages/recorded.txt`: a change meant to leave pages as
//! they are (moving code, not copy) must leave each page's HTML the same, byte for byte. When a page changes on
//! purpose, record them again (`end_to_end::pages` says how) and say so in the change.

use end_to_end::pages::{hashes, record};

const RECORDED: &str = include_str!("../pages/recorded.txt");

#[tokio::test]
async fn every_page_is_as_recorded() {
    let pages = record(end_to_end::fresh_store().await).await;
    let now = hashes(&pages);
    let changed: Vec<&str> = now
        .lines()
        .zip(RECORDED.lines())
        .filter(|(now, recorded)| now != recorded)
        .map(|(now, _)| now.split(' ').next().unwrap_or(now))
        .collect();
    assert!(
        changed.is_empty() && now.lines().count() == RECORDED.lines().count(),
        "{} pages now, {} recorded; these differ: {changed:?}. Write the pages before and after with \
         `cargo run -p end-to-end --bin pages -- DIR` and compare them.",
        now.lines().count(),
        RECORDED.lines().count()
    );
}
