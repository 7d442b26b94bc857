//! The personal action plan: up to three tips the user chooses to practise.

use serde::{Deserialize, Serialize};

/// Most tips a plan holds.
pub const PLAN_LIMIT: usize = 3;

/// Tip ids the user ticked, in the order ticked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub tips: Vec<String>,
}

impl Plan {
    /// Ticks or unticks `tip`. Ticking a fourth tip leaves the plan unchanged.
    pub fn toggle(&self, tip: &str) -> Plan {
        let mut tips = self.tips.clone();
        if let Some(pos) = tips.iter().position(|t| t == tip) {
            tips.remove(pos);
        } else if tips.len() < PLAN_LIMIT {
            tips.push(tip.to_string());
        }
        Plan { tips }
    }

    pub fn contains(&self, tip: &str) -> bool {
        self.tips.iter().any(|t| t == tip)
    }

    /// Whether no further tip can be ticked.
    pub fn is_full(&self) -> bool {
        self.tips.len() >= PLAN_LIMIT
    }

    /// Whether the tick box for `tip` should be disabled (plan full and tip not in it).
    pub fn locked(&self, tip: &str) -> bool {
        self.is_full() && !self.contains(tip)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggles_and_caps_at_three() {
        let p = Plan::default().toggle("a").toggle("b").toggle("c");
        assert_eq!(p.tips, ["a", "b", "c"]);
        assert!(p.is_full());
        assert_eq!(p.toggle("d"), p, "a fourth tip is refused");
        assert!(p.locked("d"));
        assert!(!p.locked("b"));
        let p = p.toggle("b");
        assert_eq!(p.tips, ["a", "c"]);
        assert!(!p.is_full());
        assert_eq!(p.toggle("d").tips, ["a", "c", "d"]);
    }
}
