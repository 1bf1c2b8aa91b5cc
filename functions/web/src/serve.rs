//! The two front doors of one Router.

use std::net::SocketAddr;

use axum::Router;

/// In AWS Lambda: API Gateway events in, responses out, through the same Router.
pub async fn on_lambda(router: Router) -> Result<(), lambda_http::Error> {
    lambda_http::run(router).await
}

/// Locally: a plain HTTP server until Ctrl-C or SIGTERM.
pub async fn locally(router: Router, address: SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(address).await?;
    tracing::info!(address = %listener.local_addr()?, "listening");
    axum::serve(listener, router).with_graceful_shutdown(shutdown_signal()).await
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => {},
        _ = terminate => {},
    }
}
