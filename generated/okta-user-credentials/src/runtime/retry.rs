//! Retrying `429 Too Many Requests`: the policy and how long to wait.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How `429 Too Many Requests` answers are retried.
///
/// The wait before a retry is what the server asks for in `Retry-After` (seconds, or an HTTP
/// date), or until its rate limit resets (`RateLimit-Reset`, `X-RateLimit-Reset` or
/// `X-Rate-Limit-Reset`: seconds from now, or epoch seconds where the number can only be a
/// date); without any, a short backoff. It is never longer than `max_wait`, and a wait that would end past the client's
/// timeout is not started: the `429` is returned instead. Other statuses are never retried.
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

/// The headers that say when a rate limit resets, in the order they are read: the IETF draft's
/// (seconds from now) and the two common `X-` spellings (epoch seconds at some APIs, seconds
/// from now at others).
const RESET_HEADERS: [&str; 3] = ["ratelimit-reset", "x-ratelimit-reset", "x-rate-limit-reset"];

/// A reset this large is a date (epoch seconds, 2001 on), not a wait: no limit resets in 31
/// years.
const EPOCH_FROM: u64 = 1_000_000_000;

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
    let date = || {
        headers
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(http_date)
    };
    let wait = if let Some(seconds) = number("retry-after") {
        Duration::from_secs(seconds)
    } else if let Some(date) = date() {
        date.duration_since(now).unwrap_or_default()
    } else if let Some(reset) = RESET_HEADERS.iter().find_map(|name| number(name)) {
        if reset >= EPOCH_FROM {
            let now = now.duration_since(UNIX_EPOCH).unwrap_or_default();
            Duration::from_secs(reset).saturating_sub(now)
        } else {
            Duration::from_secs(reset)
        }
    } else {
        Duration::from_millis(250u64 << attempt.min(8))
    };
    wait.min(max_wait)
}

/// An HTTP date (RFC 9110, section 5.6.7) in any of its three forms: IMF-fixdate
/// (`Sun, 06 Nov 1994 08:49:37 GMT`), the obsolete RFC 850 form
/// (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime (`Sun Nov  6 08:49:37 1994`).
fn http_date(text: &str) -> Option<SystemTime> {
    let text = text.trim();
    let (day, month, year, time) = match text.split_once(", ") {
        Some((_, rest)) => match rest.split(' ').collect::<Vec<_>>()[..] {
            [day, month, year, time, "GMT"] => (day, month, year.parse::<u64>().ok()?, time),
            [date, time, "GMT"] => {
                let mut parts = date.split('-');
                let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
                let year: u64 = year.parse().ok()?;
                (
                    day,
                    month,
                    if year < 70 { 2000 + year } else { 1900 + year },
                    time,
                )
            }
            _ => return None,
        },
        None => match text.split_whitespace().collect::<Vec<_>>()[..] {
            [_, month, day, time, year] => (day, month, year.parse::<u64>().ok()?, time),
            _ => return None,
        },
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| *m == month)? as u64 + 1;
    let day: u64 = day.parse().ok()?;
    let mut clock = time.split(':').map(|n| n.parse::<u64>().ok());
    let (hour, minute, second) = (clock.next()??, clock.next()??, clock.next()??);
    if clock.next().is_some() || !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60
    {
        return None;
    }
    let days = days_since_epoch(year, month, day)?;
    let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second;
    Some(UNIX_EPOCH + Duration::from_secs(seconds))
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's
/// `days_from_civil`), for dates from 1970 on.
fn days_since_epoch(year: u64, month: u64, day: u64) -> Option<u64> {
    let year = if month <= 2 {
        year.checked_sub(1)?
    } else {
        year
    };
    let era = year / 400;
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    (era * 146_097 + day_of_era).checked_sub(719_468)
}
