//! Tracing, with the crate's `tracing` feature (off by default): one `tracing` span per request
//! and an event per retry. A span holds only what cannot be a secret: the operation id, the
//! method, the path template (`/users/{id}`, never the values), the attempt, the status and
//! the duration. No header, query, path value or body is ever a field, so no token or
//! password can reach a log through it.
//!
//! Without the feature the same calls are empty and compile to nothing.

pub(crate) use imp::RequestSpan;

#[cfg(feature = "tracing")]
mod imp {
    use std::time::{Duration, Instant};

    /// The span of one request, from its first attempt to its last response.
    pub(crate) struct RequestSpan {
        span: tracing::Span,
        started: Instant,
    }

    impl RequestSpan {
        /// The span of a request to `template` (the spec's path, parameters unexpanded).
        pub(crate) fn new(
            operation: &'static str,
            method: &reqwest::Method,
            template: &str,
        ) -> Self {
            let span = tracing::info_span!(
                "request",
                operation,
                method = method.as_str(),
                path = template,
                attempt = tracing::field::Empty,
                status = tracing::field::Empty,
                duration_ms = tracing::field::Empty,
            );
            RequestSpan {
                span,
                started: Instant::now(),
            }
        }

        /// An attempt starts (1 for the first).
        pub(crate) fn attempt(&self, attempt: u32) {
            self.span.record("attempt", attempt);
        }

        /// A retry after `status`, in `wait`: an event in the span.
        pub(crate) fn retry(&self, attempt: u32, status: u16, wait: Duration) {
            let wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX);
            tracing::info!(parent: &self.span, attempt, status, wait_ms, "retrying");
        }

        /// The request ended: with a response's status, or without one (`None`).
        pub(crate) fn finish(&self, status: Option<u16>) {
            if let Some(status) = status {
                self.span.record("status", status);
            }
            let elapsed = u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX);
            self.span.record("duration_ms", elapsed);
        }

        /// `future`, run inside the span.
        pub(crate) fn instrument<F: std::future::Future>(
            &self,
            future: F,
        ) -> impl std::future::Future<Output = F::Output> {
            tracing::Instrument::instrument(future, self.span.clone())
        }
    }
}

#[cfg(not(feature = "tracing"))]
mod imp {
    use std::time::Duration;

    /// Nothing: the crate is built without its `tracing` feature.
    pub(crate) struct RequestSpan;

    impl RequestSpan {
        pub(crate) fn new(
            _operation: &'static str,
            _method: &reqwest::Method,
            _template: &str,
        ) -> Self {
            RequestSpan
        }

        pub(crate) fn attempt(&self, _attempt: u32) {}

        pub(crate) fn retry(&self, _attempt: u32, _status: u16, _wait: Duration) {}

        pub(crate) fn finish(&self, _status: Option<u16>) {}

        pub(crate) fn instrument<F: std::future::Future>(&self, future: F) -> F {
            future
        }
    }
}
