//! `make welsh-review`: every English text of the applicant's pages beside the Welsh drawn in its place, with where
//! it was published (or that it was written here) and the pages it is on, as CSV for the Welsh Language Unit
//! (docs/welsh.md). The pages are the recording of `end_to_end::pages`, against the DynamoDB Local that
//! `DYNAMODB_ENDPOINT` names.
//!
//!   cargo run -p end-to-end --bin welsh-review -- FILE.csv

#[tokio::main]
async fn main() -> Result<(), String> {
    let target = std::env::args().nth(1).ok_or("usage: welsh-review FILE.csv")?;
    let pages = end_to_end::pages::record(end_to_end::fresh_store().await).await;
    let pairs = end_to_end::pages::welsh_pairs(&pages)?;
    std::fs::write(&target, end_to_end::pages::review_csv(&pairs)).map_err(|e| format!("{target}: {e}"))?;
    let written_here = pairs.iter().filter(|pair| end_to_end::pages::source(pair).starts_with("written")).count();
    eprintln!("{} English and Welsh pairs ({written_here} written here, for review) written to {target}", pairs.len());
    Ok(())
}
