//! Markdown to HTML. Raw HTML in content is shown as text, never injected: catalogs are often edited by
//! people who paste from elsewhere, and the output must stay safe to publish.

use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd};

pub struct Rendered {
    pub html: String,
    /// Plain text of the first paragraph, for meta descriptions.
    pub summary: String,
    /// All the text without markup, paragraphs on their own lines (for product feeds).
    pub plain: String,
}

pub fn render(src: &str) -> Rendered {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION;
    let mut summary = String::new();
    let mut plain = String::with_capacity(src.len());
    let mut in_first_para = false;
    let mut first_done = false;
    let events = Parser::new_ext(src, opts).map(|ev| {
        match &ev {
            Event::Start(Tag::Paragraph) if !first_done => in_first_para = true,
            Event::End(TagEnd::Paragraph) if in_first_para => {
                in_first_para = false;
                first_done = true;
            }
            Event::Text(t) | Event::Code(t) if in_first_para => summary.push_str(t),
            Event::SoftBreak | Event::HardBreak if in_first_para => summary.push(' '),
            _ => {}
        }
        match &ev {
            Event::Text(t) | Event::Code(t) => plain.push_str(t),
            Event::SoftBreak | Event::HardBreak => plain.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_) | TagEnd::TableRow) => plain.push('\n'),
            Event::End(TagEnd::TableCell) => plain.push(' '),
            _ => {}
        }
        match ev {
            Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
            other => other,
        }
    });
    let mut out = String::with_capacity(src.len() * 3 / 2);
    html::push_html(&mut out, events);
    // Rendered text lives as long as the build: do not keep the slack of the guessed capacity.
    out.shrink_to_fit();
    let plain = plain.trim().to_string();
    Rendered { html: out, summary, plain }
}

/// Cuts text at a word boundary near `max` characters, adding an ellipsis when it cut.
pub fn truncate_words(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    let end = cut.rfind(' ').filter(|&i| i > max / 2).unwrap_or(cut.len());
    format!("{}…", cut[..end].trim_end_matches([',', ';', ':', '.', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_raw_html_and_summarises() {
        let r = render("Hello *world* <script>alert(1)</script>\n\nSecond.");
        assert!(r.html.contains("&lt;script&gt;"), "{}", r.html);
        assert!(!r.html.contains("<script>"));
        // Tags are left out of the plain-text summary.
        assert_eq!(r.summary, "Hello world alert(1)");
    }

    #[test]
    fn truncates_at_words() {
        assert_eq!(truncate_words("one two three", 50), "one two three");
        assert_eq!(truncate_words("alpha beta gamma delta", 12), "alpha beta…");
    }
}
