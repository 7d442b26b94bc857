//! Geometry of the radar chart and the bar view, computed here so the SVG component only draws.
//! Coordinates are whole SVG units and angles come from a short series, which keeps float
//! formatting and the trigonometry library out of the wasm download.

/// A point in SVG units.
pub type Point = (i32, i32);

/// One axis of the radar: a spoke end, its label anchor and the score point.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// Spoke end (score 100).
    pub end: Point,
    /// Where the label goes and how it is anchored (`start`, `middle`, `end`).
    pub label: Point,
    pub anchor: &'static str,
    /// The score point, `None` when the dimension has no score.
    pub point: Option<Point>,
}

/// Everything needed to draw the radar inside a `size` x `size` square.
#[derive(Clone, Debug, PartialEq)]
pub struct Radar {
    pub size: i32,
    pub center: Point,
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

/// Cosine and sine of `x` (|x| <= 2π) by their Taylor series, accurate far beyond a pixel.
fn cos_sin(x: f64) -> (f64, f64) {
    // Bring x into [-π, π], where 30 terms are exact to machine precision.
    let x = if x > std::f64::consts::PI {
        x - std::f64::consts::TAU
    } else {
        x
    };
    let (mut c, mut s) = (0.0, 0.0);
    let mut term = 1.0; // x^k / k!
    for k in 0..30 {
        match k % 4 {
            0 => c += term,
            1 => s += term,
            2 => c -= term,
            _ => s -= term,
        }
        term *= x / f64::from(k + 1);
    }
    (c, s)
}

fn fmt_points(points: &[Point]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lays out a radar of `scores` (0-100 each; `None` = not scored) in a square of `size`,
/// leaving `margin` around the plot for labels. The first axis points straight up and the
/// axes run clockwise.
pub fn radar(scores: &[Option<u8>], size: i32, margin: i32) -> Radar {
    let n = scores.len().max(3);
    let c = f64::from(size) / 2.0;
    let r = c - f64::from(margin);
    let unit: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let (cos, sin) = cos_sin(std::f64::consts::TAU * i as f64 / n as f64);
            // Start at 12 o'clock and go clockwise: (sin, -cos).
            (sin, -cos)
        })
        .collect();
    let at = |i: usize, fraction: f64| -> Point {
        let (ux, uy) = unit[i];
        (
            (c + r * fraction * ux).round() as i32,
            (c + r * fraction * uy).round() as i32,
        )
    };
    let rings = [0.2, 0.4, 0.6, 0.8, 1.0]
        .iter()
        .map(|f| fmt_points(&(0..n).map(|i| at(i, *f)).collect::<Vec<_>>()))
        .collect();
    let center = (c.round() as i32, c.round() as i32);
    let axes: Vec<Axis> = scores
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let end = at(i, 1.0);
            let label = at(i, 1.0 + 14.0 / r.max(1.0));
            let dx = label.0 - center.0;
            let anchor = match dx {
                d if d.abs() < 1 => "middle",
                d if d > 0 => "start",
                _ => "end",
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
    let radius = size / 2 - margin;
    let top = (size / 2 - radius - 48).max(0);
    let view_box = format!("0 {top} {size} {}", (2 * radius + 110).min(size - top));
    Radar {
        size,
        center,
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
    fn series_matches_the_library() {
        for i in 0..=64 {
            let x = std::f64::consts::TAU * f64::from(i) / 64.0;
            let (c, s) = cos_sin(x);
            assert!(
                (c - x.cos()).abs() < 1e-9 && (s - x.sin()).abs() < 1e-9,
                "{x}"
            );
        }
    }

    #[test]
    fn first_axis_points_up_and_full_score_reaches_spoke_end() {
        let r = radar(&[Some(100), Some(50), None, Some(0)], 200, 40);
        assert_eq!(r.center, (100, 100));
        let a0 = &r.axes[0];
        assert_eq!(a0.end, (100, 40));
        assert_eq!(a0.point, Some(a0.end));
        assert_eq!(a0.anchor, "middle");
        // Second of four axes points right; 50 is halfway along it.
        assert_eq!(r.axes[1].point, Some((130, 100)));
        assert_eq!(r.axes[1].anchor, "start");
        assert_eq!(r.axes[3].anchor, "end");
        assert_eq!(r.axes[2].point, None);
        assert_eq!(r.rings.len(), 5);
        assert!(
            r.shape.starts_with("100,40 130,100 100,100 100,100"),
            "{}",
            r.shape
        );
        // radius 60: the view starts 48 above the top spoke and is 2 x 60 + 110 high.
        assert_eq!(r.view_box, "0 0 200 200");
    }

    #[test]
    fn labels_wrap_at_spaces() {
        assert_eq!(
            wrap_label("Professionalism: preparation and dialogue", 20),
            ["Professionalism:", "preparation and", "dialogue"]
        );
        assert_eq!(wrap_label("Trust building", 20), ["Trust building"]);
        assert_eq!(
            wrap_label("Kulttuurienvälinen osaaminen", 12),
            ["Kulttuurienvälinen", "osaaminen"]
        );
    }

    #[test]
    fn bars_clamp() {
        assert_eq!(bar_percent(None), 0);
        assert_eq!(bar_percent(Some(73)), 73);
    }
}
