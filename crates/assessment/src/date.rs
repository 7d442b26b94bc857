//! Calendar dates as carried by results: a day count since 2020-01-01 (the epoch of the share
//! code), both ways, with validation and the `YYYY-MM-DD` form used in exports.
//!
//! A valid [`Date`] is a real Gregorian calendar date from [`Date::EPOCH`] (2020-01-01, day 0)
//! to [`Date::LAST`] (day 65535, 2199-06-06), the range a share code can hold in two bytes.

use std::fmt;

/// A calendar date (proleptic Gregorian). Fields are public for convenience; use
/// [`Date::new`] or [`Date::is_valid`] to know that they name a date in the supported range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    /// 1..=12
    pub month: u32,
    /// 1..=31, depending on the month
    pub day: u32,
}

/// Days from 1970-01-01 to 2020-01-01.
const EPOCH_UNIX_DAYS: i64 = 18_262;

impl Date {
    /// Day 0 of the share code.
    pub const EPOCH: Date = Date {
        year: 2020,
        month: 1,
        day: 1,
    };

    /// Day 65535, the last date a share code can hold.
    pub const LAST: Date = Date {
        year: 2199,
        month: 6,
        day: 6,
    };

    /// The date, if it is a real calendar date within `EPOCH..=LAST`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let date = Date { year, month, day };
        date.is_valid().then_some(date)
    }

    /// The date `days` days after 2020-01-01.
    pub fn from_days(days: u16) -> Date {
        let (year, month, day) = civil_from_unix_days(EPOCH_UNIX_DAYS + i64::from(days));
        Date { year, month, day }
    }

    /// Days since 2020-01-01, or `None` for an invalid date or one outside `EPOCH..=LAST`.
    pub fn days(&self) -> Option<u16> {
        if !is_calendar_date(self.year, self.month, self.day) {
            return None;
        }
        let days = unix_days_from_civil(self.year, self.month, self.day) - EPOCH_UNIX_DAYS;
        u16::try_from(days).ok()
    }

    /// Days since 2020-01-01 with a date outside `EPOCH..=LAST` moved to the nearer end; an
    /// impossible date (e.g. 31 April, month 13) counts as day 0.
    pub fn clamped_days(&self) -> u16 {
        match self.days() {
            Some(days) => days,
            None if is_calendar_date(self.year, self.month, self.day) && *self > Date::LAST => {
                u16::MAX
            }
            None => 0,
        }
    }

    /// True for a real calendar date within `EPOCH..=LAST`.
    pub fn is_valid(&self) -> bool {
        self.days().is_some()
    }

    /// Parses exactly `YYYY-MM-DD` (four-digit year, two-digit month and day) naming a valid
    /// date (see [`Date::is_valid`]).
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return None;
        }
        // All the sliced parts are ASCII digits, so they parse.
        let year = text[0..4].parse().ok()?;
        let month = text[5..7].parse().ok()?;
        let day = text[8..10].parse().ok()?;
        Date::new(year, month, day)
    }
}

/// `YYYY-MM-DD`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn is_calendar_date(year: i32, month: u32, day: u32) -> bool {
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}

/// Days since 1970-01-01 of a valid calendar date (H. Hinnant's `days_from_civil`).
fn unix_days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar date of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`), for the
/// small range used here (years fit `i32`).
fn civil_from_unix_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // Day and month are 1..=31 and 1..=12; the year is near 2020 for every u16 day count.
    (year as i32, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The next calendar day, by plain counting (an oracle independent of the day formulas).
    fn next_day(d: Date) -> Date {
        let len = match d.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            _ if d.year % 400 == 0 || (d.year % 4 == 0 && d.year % 100 != 0) => 29,
            _ => 28,
        };
        match (d.day < len, d.month < 12) {
            (true, _) => Date {
                day: d.day + 1,
                ..d
            },
            (false, true) => Date {
                month: d.month + 1,
                day: 1,
                ..d
            },
            (false, false) => Date {
                year: d.year + 1,
                month: 1,
                day: 1,
            },
        }
    }

    #[test]
    fn every_day_count_matches_counting_days_from_the_epoch() {
        let mut expected = Date::EPOCH;
        for days in 0..=u16::MAX {
            assert_eq!(Date::from_days(days), expected, "day {days}");
            assert_eq!(expected.days(), Some(days), "{expected}");
            expected = next_day(expected);
        }
        // The day after the last one no longer fits.
        assert_eq!(expected.days(), None);
        assert_eq!(Date::from_days(u16::MAX), Date::LAST);
    }

    #[test]
    fn known_dates() {
        assert_eq!(Date::new(2020, 1, 1).and_then(|d| d.days()), Some(0));
        assert_eq!(Date::new(2020, 2, 29).and_then(|d| d.days()), Some(59));
        assert_eq!(Date::new(2020, 3, 1).and_then(|d| d.days()), Some(60));
        assert_eq!(Date::new(2021, 1, 1).and_then(|d| d.days()), Some(366));
    }

    #[test]
    fn rejects_impossible_and_out_of_range_dates() {
        assert_eq!(Date::new(2021, 2, 29), None);
        assert_eq!(Date::new(2100, 2, 29), None, "2100 is not a leap year");
        assert!(Date::new(2000 + 400, 2, 29).is_none(), "out of range");
        assert_eq!(Date::new(2024, 4, 31), None);
        assert_eq!(Date::new(2024, 13, 1), None);
        assert_eq!(Date::new(2024, 0, 1), None);
        assert_eq!(Date::new(2024, 1, 0), None);
        assert_eq!(Date::new(2019, 12, 31), None);
        assert_eq!(Date::new(2199, 6, 7), None);
        assert!(Date::new(2199, 6, 6).is_some());
    }

    #[test]
    fn clamps_day_counts_into_range() {
        let d = |year, month, day| Date { year, month, day };
        assert_eq!(d(2019, 12, 31).clamped_days(), 0);
        assert_eq!(d(2024, 4, 31).clamped_days(), 0);
        assert_eq!(d(2300, 1, 1).clamped_days(), u16::MAX);
        assert_eq!(d(2199, 6, 7).clamped_days(), u16::MAX);
        assert_eq!(d(2020, 1, 2).clamped_days(), 1);
    }

    #[test]
    fn parses_and_prints_iso_dates() {
        let d = Date::parse("2024-02-29").expect("valid");
        assert_eq!(
            d,
            Date {
                year: 2024,
                month: 2,
                day: 29
            }
        );
        assert_eq!(d.to_string(), "2024-02-29");
        assert_eq!(Date::EPOCH.to_string(), "2020-01-01");
        for bad in [
            "",
            "2024-2-29",
            "2024-02-30",
            "24-02-29",
            "2024/02/29",
            "2024-02-29 ",
            "+024-02-29",
            "2024-0a-01",
            "2024-02-२९",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad:?}");
        }
    }
}
