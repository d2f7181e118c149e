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

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderMap;

    const MAX: Duration = Duration::from_secs(60);

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().unwrap());
        }
        map
    }

    fn at(epoch_seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(epoch_seconds)
    }

    #[test]
    fn retry_after_seconds_is_the_wait() {
        let h = headers(&[("retry-after", " 7 ")]);
        assert_eq!(retry_delay_at(&h, 0, MAX, at(0)), Duration::from_secs(7));
    }

    #[test]
    fn retry_after_wins_over_the_reset_time() {
        let h = headers(&[("retry-after", "3"), ("x-rate-limit-reset", "1000")]);
        assert_eq!(retry_delay_at(&h, 0, MAX, at(900)), Duration::from_secs(3));
    }

    #[test]
    fn reset_time_is_counted_from_now() {
        let h = headers(&[("x-rate-limit-reset", "1010")]);
        assert_eq!(
            retry_delay_at(&h, 0, MAX, at(1000)),
            Duration::from_secs(10)
        );
        // A reset in the past: retry at once.
        assert_eq!(retry_delay_at(&h, 0, MAX, at(2000)), Duration::ZERO);
    }

    #[test]
    fn without_a_hint_the_backoff_doubles_and_stops_growing() {
        let h = HeaderMap::new();
        let waits: Vec<u64> = (0..10)
            .map(|attempt| retry_delay_at(&h, attempt, MAX, at(0)).as_millis() as u64)
            .collect();
        assert_eq!(
            waits,
            [250, 500, 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]
        );
    }

    #[test]
    fn no_wait_passes_max_wait() {
        let h = headers(&[("retry-after", "999999999")]);
        assert_eq!(
            retry_delay_at(&h, 0, Duration::from_secs(5), at(0)),
            Duration::from_secs(5)
        );
    }

    #[test]
    fn an_unreadable_hint_falls_back_to_the_backoff() {
        let h = headers(&[("retry-after", "soon")]);
        assert_eq!(
            retry_delay_at(&h, 1, MAX, at(0)),
            Duration::from_millis(500)
        );
    }

    #[test]
    fn the_policy_defaults() {
        assert_eq!(
            RetryPolicy::default(),
            RetryPolicy {
                max_retries: 2,
                max_wait: MAX
            }
        );
        assert_eq!(RetryPolicy::none().max_retries, 0);
    }
}
