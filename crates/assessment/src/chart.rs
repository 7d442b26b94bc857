//! Geometry of the radar chart and the bar view, computed here so the SVG component only draws.

/// One axis of the radar: a spoke end, its label anchor and the score point.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// Spoke end (score 100).
    pub end: (f64, f64),
    /// Where the label goes and how it is anchored (`start`, `middle`, `end`).
    pub label: (f64, f64),
    pub anchor: &'static str,
    /// The score point, `None` when the dimension has no score.
    pub point: Option<(f64, f64)>,
}

/// Everything needed to draw the radar inside a `size` x `size` view box.
#[derive(Clone, Debug, PartialEq)]
pub struct Radar {
    pub size: f64,
    pub center: (f64, f64),
    pub axes: Vec<Axis>,
    /// Polygons (SVG `points`) for the 20/40/60/80/100 grid rings.
    pub rings: Vec<String>,
    /// Polygon of the scores (missing scores are drawn at 0), SVG `points`.
    pub shape: String,
    /// SVG `viewBox` cropped to the plot and its labels (no empty bands above and below).
    pub view_box: String,
}

/// Splits a label into lines of at most `max` characters at spaces (a longer word stays whole),
/// so long dimension names fit beside the radar.
pub fn wrap_label(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

fn fmt_points(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lays out a radar of `scores` (0-100 each; `None` = not scored) in a square of `size`,
/// leaving `margin` around the plot for labels. The first axis points straight up and the
/// axes run clockwise.
pub fn radar(scores: &[Option<u8>], size: f64, margin: f64) -> Radar {
    let n = scores.len().max(3);
    let c = size / 2.0;
    let r = c - margin;
    let at = |i: usize, fraction: f64| {
        let angle = std::f64::consts::TAU * i as f64 / n as f64 - std::f64::consts::FRAC_PI_2;
        (
            c + r * fraction * angle.cos(),
            c + r * fraction * angle.sin(),
        )
    };
    let rings = [0.2, 0.4, 0.6, 0.8, 1.0]
        .iter()
        .map(|f| fmt_points(&(0..n).map(|i| at(i, *f)).collect::<Vec<_>>()))
        .collect();
    let axes: Vec<Axis> = scores
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let end = at(i, 1.0);
            let label = at(i, 1.0 + 14.0 / r.max(1.0));
            let dx = label.0 - c;
            let anchor = if dx.abs() < 1.0 {
                "middle"
            } else if dx > 0.0 {
                "start"
            } else {
                "end"
            };
            Axis {
                end,
                label,
                anchor,
                point: s.map(|v| at(i, f64::from(v.min(100)) / 100.0)),
            }
        })
        .collect();
    let shape = fmt_points(
        &scores
            .iter()
            .enumerate()
            .map(|(i, s)| at(i, f64::from(s.unwrap_or(0).min(100)) / 100.0))
            .collect::<Vec<_>>(),
    );
    let top = (c - r - 48.0).max(0.0);
    let view_box = format!("0 {top:.0} {size:.0} {:.0}", (2.0 * r + 110.0).min(size - top));
    Radar {
        size,
        center: (c, c),
        axes,
        rings,
        shape,
        view_box,
    }
}

/// Width of a bar in percent for the narrow-screen bar view (0 when not scored).
pub fn bar_percent(score: Option<u8>) -> u8 {
    score.unwrap_or(0).min(100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_axis_points_up_and_full_score_reaches_spoke_end() {
        let r = radar(&[Some(100), Some(50), None, Some(0)], 200.0, 40.0);
        assert_eq!(r.center, (100.0, 100.0));
        let a0 = &r.axes[0];
        assert!((a0.end.0 - 100.0).abs() < 1e-9 && (a0.end.1 - 40.0).abs() < 1e-9);
        assert_eq!(a0.point, Some(a0.end));
        assert_eq!(a0.anchor, "middle");
        // Second of four axes points right; 50 is halfway along it.
        let p1 = r.axes[1].point.unwrap();
        assert!((p1.0 - 130.0).abs() < 1e-9 && (p1.1 - 100.0).abs() < 1e-9);
        assert_eq!(r.axes[1].anchor, "start");
        assert_eq!(r.axes[2].point, None);
        assert_eq!(r.rings.len(), 5);
        assert!(r.shape.starts_with("100.0,40.0 130.0,100.0 100.0,100.0"));
    }

    #[test]
    fn labels_wrap_at_spaces() {
        assert_eq!(
            wrap_label("Professionalism: preparation and dialogue", 20),
            ["Professionalism:", "preparation and", "dialogue"]
        );
        assert_eq!(wrap_label("Trust building", 20), ["Trust building"]);
        assert_eq!(wrap_label("Kulttuurienvälinen osaaminen", 12), ["Kulttuurienvälinen", "osaaminen"]);
    }

    #[test]
    fn bars_clamp() {
        assert_eq!(bar_percent(None), 0);
        assert_eq!(bar_percent(Some(73)), 73);
    }
}
