//! Generates the typed UI string keys (`enum Key`) from the English reference catalogue,
//! so that using a key English lacks is a compile error.

use std::{env, fs, path::Path};

fn main() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/ui/en.json");
    println!("cargo:rerun-if-changed={}", src.display());
    let text = fs::read_to_string(&src).expect("read content/ui/en.json");
    let json: serde_json::Value = serde_json::from_str(&text).expect("content/ui/en.json is JSON");
    let strings = json["strings"]
        .as_object()
        .expect("en.json has a `strings` object");
    let mut variants = String::new();
    let mut names = String::new();
    let mut all = String::new();
    for key in strings.keys() {
        let variant: String = key
            .split(['.', '_', '-'])
            .map(|part| {
                let mut c = part.chars();
                match c.next() {
                    Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                    None => String::new(),
                }
            })
            .collect();
        variants.push_str(&format!("    /// `{key}`\n    {variant},\n"));
        names.push_str(&format!("            Key::{variant} => \"{key}\",\n"));
        all.push_str(&format!("Key::{variant}, "));
    }
    let code = format!(
        "/// A UI string key; generated from `content/ui/en.json`.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n\
         pub enum Key {{\n{variants}}}\n\n\
         impl Key {{\n    /// Every key, in catalogue order.\n    pub const ALL: &'static [Key] = &[{all}];\n\n    \
         /// The key as written in the language files.\n    pub fn name(self) -> &'static str {{\n        match self {{\n{names}        }}\n    }}\n}}\n"
    );
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("ui_keys.rs");
    fs::write(out, code).expect("write ui_keys.rs");
}
