//! Retrying `429 Too Many Requests`: the policy and how long to wait.
use std::time::{Duration, SystemTime, UNIX_EPOCH};
/// How `429 Too Many Requests` answers are retried.
///
/// The wait before a retry is what the server asks for in `Retry-After` (seconds) or, for
/// Okta, until `X-Rate-Limit-Reset` (epoch seconds); without either, a short backoff.
/// It is never longer than `max_wait`. Other statuses are never retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (default 2).
    pub max_retries: u32,
    /// The longest wait before one retry (default 60 seconds).
    pub max_wait: Duration,
}
impl RetryPolicy {
    /// Never retry.
    pub const fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            max_wait: Duration::ZERO,
        }
    }
}
impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            max_wait: Duration::from_secs(60),
        }
    }
}
/// How long to wait before retrying a `429`.
pub(crate) fn retry_delay(
    headers: &reqwest::header::HeaderMap,
    attempt: u32,
    max_wait: Duration,
) -> Duration {
    retry_delay_at(headers, attempt, max_wait, SystemTime::now())
}
/// [`retry_delay`] as seen at `now`.
fn retry_delay_at(
    headers: &reqwest::header::HeaderMap,
    attempt: u32,
    max_wait: Duration,
    now: SystemTime,
) -> Duration {
    let number = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
    };
    let wait = if let Some(seconds) = number("retry-after") {
        Duration::from_secs(seconds)
    } else if let Some(reset) = number("x-rate-limit-reset") {
        let now = now.duration_since(UNIX_EPOCH).unwrap_or_default();
        Duration::from_secs(reset).saturating_sub(now)
    } else {
        Duration::from_millis(250u64 << attempt.min(8))
    };
    wait.min(max_wait)
}
