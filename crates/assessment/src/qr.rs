//! QR code of a share link, as an SVG path the results page draws (encoding by `qrcodegen`).

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code ready to draw: `size` modules square plus a 4-module quiet zone on each side, and
/// one SVG path (`d`) with a 1x1 square per dark module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// Width and height of the view box, quiet zone included.
    pub view: usize,
    pub path: String,
}

const QUIET: i32 = 4;

/// Encodes `text` (a URL) with medium error correction; `None` when it is too long for a QR code.
pub fn qr_svg(text: &str) -> Option<QrSvg> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + QUIET, y + QUIET));
            }
        }
    }
    Some(QrSvg {
        view: (size + 2 * QUIET) as usize,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_a_share_link_into_a_small_code() {
        let url = "https://example.org/readiness/#r=AQEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        let qr = qr_svg(url).expect("fits");
        // 89 bytes exceed version 5 at medium correction (84 bytes), so version 6: 41 modules.
        assert_eq!(qr.view, 41 + 8);
        assert!(
            qr.path.starts_with("M4,4h1v1h-1z"),
            "finder pattern's corner is dark"
        );
        assert!(qr.path.matches('M').count() > 100);
    }

    #[test]
    fn too_long_text_is_refused() {
        assert!(qr_svg(&"x".repeat(5000)).is_none());
    }
}
