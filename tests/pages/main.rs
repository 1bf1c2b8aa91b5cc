//! Records every page an applicant can be shown (`end_to_end::pages`), against the DynamoDB Local that
//! `DYNAMODB_ENDPOINT` names:
//!
//!   cargo run -p end-to-end --bin pages -- DIR        each page's HTML, as DIR/<name>.html, to compare with diff -r
//!   cargo run -p end-to-end --bin pages -- --hashes   each page's SHA-256, as tests/pages/recorded.txt holds them

use std::path::PathBuf;

#[tokio::main]
async fn main() -> Result<(), String> {
    let target = std::env::args().nth(1).ok_or("usage: pages DIR | pages --hashes")?;
    let pages = end_to_end::pages::record(end_to_end::fresh_store().await).await;
    if target == "--hashes" {
        print!("{}", end_to_end::pages::hashes(&pages));
        return Ok(());
    }
    let dir = PathBuf::from(target);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for page in &pages {
        let path = dir.join(format!("{}.html", page.name));
        std::fs::write(&path, &page.html).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    eprintln!("{} pages written to {}", pages.len(), dir.display());
    Ok(())
}
