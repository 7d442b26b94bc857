//! Checks questionnaire files: `cargo run -p assessment --example validate -- FILE...`.
//!
//! Every file is validated and each problem printed on its own line. When several files are
//! given, each later file must have the structure of the first (a translation: same ids, order,
//! keying, option scores and bands). Exits with status 1 if anything is wrong.

use std::process::ExitCode;

use assessment::questionnaire::Questionnaire;

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!(
            "usage: cargo run -p assessment --example validate -- FILE.json [TRANSLATION.json ...]"
        );
        return ExitCode::from(2);
    }
    let mut ok = true;
    let mut first: Option<Questionnaire> = None;
    for path in &paths {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                println!("{path}: cannot read: {e}");
                ok = false;
                continue;
            }
        };
        match Questionnaire::from_json(&text) {
            Ok(q) => {
                let rating = q.all_items().filter(|(_, i)| i.is_rating()).count();
                println!(
                    "{path}: valid: \"{}\" version {}, language {}, {} dimensions, {} items ({} self-rating)",
                    q.id,
                    q.version,
                    q.language,
                    q.dimensions.len(),
                    q.item_count(),
                    rating
                );
                match &first {
                    None => first = Some(q),
                    Some(original) if !original.structure_eq(&q) => {
                        println!(
                            "{path}: structure differs from {} (ids, order, keying, option scores, bands or version)",
                            paths[0]
                        );
                        ok = false;
                    }
                    Some(_) => {}
                }
            }
            Err(errors) => {
                ok = false;
                println!("{path}: {} problem(s):", errors.len());
                for error in errors {
                    println!("  {error}");
                }
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
