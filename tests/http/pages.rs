//! Every page an applicant can be shown, as recorded in `tests/pages/recorded.txt`: a change meant to leave pages as
//! they are (moving code, not copy) must leave each page's HTML the same, byte for byte. When a page changes on
//! purpose, record them again (`end_to_end::pages` says how) and say so in the change.

use std::collections::BTreeMap;

use end_to_end::pages::{hashes, record};

const RECORDED: &str = include_str!("../pages/recorded.txt");

/// Each page's name and hash, as `hashes` writes them.
fn by_name(hashes: &str) -> BTreeMap<&str, &str> {
    hashes.lines().filter_map(|line| line.split_once(' ')).collect()
}

#[tokio::test]
async fn every_page_is_as_recorded() {
    let pages = record(end_to_end::fresh_store().await).await;
    let now = hashes(&pages);
    let (now, recorded) = (by_name(&now), by_name(RECORDED));
    let changed: Vec<&str> = now
        .iter()
        .filter(|(name, hash)| recorded.get(*name).is_some_and(|was| was != *hash))
        .map(|(n, _)| *n)
        .collect();
    let added: Vec<&str> = now.keys().filter(|name| !recorded.contains_key(*name)).copied().collect();
    let gone: Vec<&str> = recorded.keys().filter(|name| !now.contains_key(*name)).copied().collect();
    assert!(
        changed.is_empty() && added.is_empty() && gone.is_empty(),
        "pages changed: {changed:?}; new: {added:?}; no longer shown: {gone:?}. Write the pages before and after \
         with `cargo run -p end-to-end --bin pages -- DIR` and compare them; once they are as meant, record them \
         (`cargo run -p end-to-end --bin pages -- --hashes > tests/pages/recorded.txt`)."
    );
}
