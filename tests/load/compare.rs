//! Two URLs under the same load, in alternating rounds so that whatever else the machine is doing weighs on both
//! alike: how close the service comes to a static file server serving the same bytes (the physical limit here).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use reqwest::StatusCode;

use crate::Options;
use crate::stats::Latencies;

pub async fn run(options: &Options) -> Result<(), String> {
    let urls = options.all("url");
    if urls.len() != 2 {
        return Err("give two --url, the service's first and the reference server's second".into());
    }
    let requests = options.number("requests", 20_000)?;
    let concurrency = options.number("concurrency", 50)?.max(1);
    let rounds = options.number("rounds", 3)?.max(1);
    let client = crate::client()?;

    // The same bytes, or the comparison means nothing.
    let bodies = [fetch(&client, urls[0]).await?, fetch(&client, urls[1]).await?];
    if bodies[0] != bodies[1] {
        return Err(format!(
            "the two URLs answer different bodies ({} and {} bytes)",
            bodies[0].len(),
            bodies[1].len()
        ));
    }
    println!(
        "{requests} requests per round, {concurrency} at a time, {rounds} rounds each, {} bytes a response",
        bodies[0].len()
    );

    let mut throughput = [Vec::new(), Vec::new()];
    let mut latencies = [Latencies::default(), Latencies::default()];
    for round in 1..=rounds {
        for (which, url) in urls.iter().enumerate() {
            let (per_second, measured) = hammer(&client, url, requests, concurrency).await?;
            println!("  round {round}: {url:<45} {per_second:>9.0} requests/s  {}", measured.summary());
            throughput[which].push(per_second);
            latencies[which].extend(&measured);
        }
    }
    let median = |values: &mut Vec<f64>| {
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    let (service, reference) = (median(&mut throughput[0]), median(&mut throughput[1]));
    println!("service   {:<45} median {service:>9.0} requests/s  {}", urls[0], latencies[0].summary());
    println!("reference {:<45} median {reference:>9.0} requests/s  {}", urls[1], latencies[1].summary());
    println!("ratio (service / reference): {:.2}", service / reference);
    Ok(())
}

async fn fetch(client: &reqwest::Client, url: &str) -> Result<Vec<u8>, String> {
    let response = client.get(url).send().await.map_err(|e| format!("{url}: {e}"))?;
    if response.status() != StatusCode::OK {
        return Err(format!("{url} answered {}", response.status()));
    }
    Ok(response.bytes().await.map_err(|e| format!("{url}: {e}"))?.to_vec())
}

/// `requests` GETs of `url`, `concurrency` at a time: requests per second and each one's time. Any answer but 200
/// is an error: a fast failure is not throughput.
async fn hammer(
    client: &reqwest::Client,
    url: &str,
    requests: usize,
    concurrency: usize,
) -> Result<(f64, Latencies), String> {
    let issued = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..concurrency)
        .map(|_| {
            let (client, url, issued) = (client.clone(), url.to_owned(), issued.clone());
            tokio::spawn(async move {
                let mut latencies = Latencies::default();
                while issued.fetch_add(1, Ordering::Relaxed) < requests {
                    let sent = Instant::now();
                    let response = client.get(&url).send().await.map_err(|e| format!("{url}: {e}"))?;
                    let status = response.status();
                    response.bytes().await.map_err(|e| format!("{url}: {e}"))?;
                    latencies.record(sent.elapsed());
                    if status != StatusCode::OK {
                        return Err(format!("{url} answered {status}"));
                    }
                }
                Ok(latencies)
            })
        })
        .collect();
    let mut all = Latencies::default();
    for worker in workers {
        all.extend(&worker.await.map_err(|e| format!("a worker failed: {e}"))??);
    }
    Ok((requests as f64 / started.elapsed().as_secs_f64(), all))
}
