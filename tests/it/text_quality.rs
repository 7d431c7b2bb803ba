//! Reads every sentence the example site generates, in both languages, for the leftovers a buyer notices:
//! unfilled placeholders (`{n}`), a word said twice ("PayPal — PayPal", "de de"), and a count run into a
//! quantity ("Minimum order 2 1 kg bag").

use crate::common;
use common::*;

/// The page's text with script and style bodies dropped; inline tags vanish, block tags end a line, so a line
/// is what a reader takes as one phrase.
fn lines(html: &str) -> Vec<String> {
    const INLINE: &[&str] = &["a", "strong", "em", "b", "i", "span", "data", "abbr", "small", "time", "code"];
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('>') else { break };
        let tag = &rest[start + 1..start + end];
        let name: String =
            tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>();
        rest = &rest[start + end + 1..];
        if (name == "script" || name == "style") && !tag.starts_with('/') {
            let close = format!("</{name}>");
            rest = rest.find(&close).map(|i| &rest[i + close.len()..]).unwrap_or("");
            continue;
        }
        if !INLINE.contains(&name.to_ascii_lowercase().as_str()) {
            text.push('\n');
        }
    }
    text.push_str(rest);
    text.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect()
}

fn is_word(w: &str) -> bool {
    w.chars().count() > 1 && w.chars().all(char::is_alphabetic)
}

fn problems(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    if let Some(i) = line.find('{') {
        if line[i..].find('}').is_some_and(|j| line[i + 1..i + j].chars().all(|c| c.is_alphanumeric() || c == '_')) {
            found.push(format!("placeholder left: {line}"));
        }
    }
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| ",.:;()¿?¡!\"“”".contains(c)).to_lowercase())
        .collect();
    for k in 1..words.len() {
        if is_word(&words[k]) && words[k] == words[k - 1] {
            found.push(format!("doubled word {:?}: {line}", words[k]));
        }
        if k >= 2
            && ["—", "-", "–", "·"].contains(&words[k - 1].as_str())
            && is_word(&words[k])
            && words[k] == words[k - 2]
        {
            found.push(format!("same word either side of {:?}: {line}", words[k - 1]));
        }
        let num = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
        if k >= 2
            && num(&words[k - 2])
            && num(&words[k - 1])
            && ["kg", "g", "l", "ml", "cm", "m", "mm"].contains(&words[k].as_str())
        {
            found.push(format!("count run into a quantity: {line}"));
        }
    }
    found
}

#[test]
fn the_checker_catches_what_it_looks_for() {
    assert!(!problems("Minimum order 2 1 kg bag").is_empty());
    assert!(!problems("PayPal — PayPal").is_empty());
    assert!(!problems("{n} años de oficio").is_empty());
    assert!(!problems("pague de de inmediato").is_empty());
    assert!(problems("Minimum order: 2 × 1 kg bag").is_empty());
    assert_eq!(lines("<p><strong>PayPal</strong> — PayPal</p><p>b</p>"), vec!["PayPal — PayPal", "b"]);
}

#[test]
fn example_sentences_have_no_leftovers_in_either_language() {
    let out = example_built().out.clone();
    let mut found = Vec::new();
    let files = html_files(&out);
    assert!(files.iter().any(|f| f.starts_with(out.join("en"))), "English pages are read too");
    for f in &files {
        let html = read(f);
        for line in lines(&html) {
            found.extend(problems(&line).into_iter().map(|p| format!("{}: {p}", f.display())));
        }
        // Attributes a reader also sees (descriptions in search results and link previews, alt texts).
        for key in ["description", "og:description", "og:title"] {
            for v in meta_values(&html, key) {
                found.extend(problems(&v).into_iter().map(|p| format!("{} ({key}): {p}", f.display())));
            }
        }
        for v in attr_values(&html, "alt") {
            found.extend(problems(&v).into_iter().map(|p| format!("{} (alt): {p}", f.display())));
        }
    }
    assert!(found.is_empty(), "{} leftover(s):\n{}", found.len(), found.join("\n"));
}
