//! Markdown to HTML. Raw HTML in content is shown as text, never injected: catalogs are often edited by
//! people who paste from elsewhere, and the output must stay safe to publish. For the same reason a link or
//! image whose address is not a safe link (`crate::link`: `javascript:`, `data:` …) is published as its
//! text alone. Escaping rather than sanitising raw HTML keeps one simple rule an owner can see in the page,
//! with no allow-list of tags and attributes to keep safe.

use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd};

#[derive(Debug, Clone)]
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
    // One flag per open link or image: false when its address is unsafe and its tags are left out.
    let mut open_links: Vec<bool> = Vec::new();
    let events = Parser::new_ext(src, opts).filter_map(|ev| {
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
            Event::Html(h) | Event::InlineHtml(h) => Some(Event::Text(h)),
            Event::Start(Tag::Link { ref dest_url, .. } | Tag::Image { ref dest_url, .. }) => {
                let safe = crate::link::is_safe(dest_url);
                open_links.push(safe);
                safe.then_some(ev)
            }
            Event::End(TagEnd::Link | TagEnd::Image) => open_links.pop().unwrap_or(true).then_some(ev),
            other => Some(other),
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
    fn unsafe_links_and_images_become_text() {
        let r = render(
            "[click](javascript:alert(1)) <javascript:alert(2)> [d](data:text/html,x) [v](VBScript:x) \
             ![pic](javascript:alert(3)) [![inner](ok.png)](java&#9;script:alert(4)) [ok](https://a.example/) \
             <https://b.example/> <ventas@a.example>",
        );
        assert_eq!(
            r.html,
            "<p>click javascript:alert(2) d v pic <img src=\"ok.png\" alt=\"inner\" /> \
             <a href=\"https://a.example/\">ok</a> <a href=\"https://b.example/\">https://b.example/</a> \
             <a href=\"mailto:ventas@a.example\">ventas@a.example</a></p>\n"
        );
        // Raw HTML links are shown as text, never as tags.
        let r = render("<a href=\"javascript:alert(1)\">x</a> <img src=x onerror=alert(1)>");
        assert!(!r.html.contains("<a ") && !r.html.contains("<img"), "{}", r.html);
    }

    #[test]
    fn truncates_at_words() {
        assert_eq!(truncate_words("one two three", 50), "one two three");
        assert_eq!(truncate_words("alpha beta gamma delta", 12), "alpha beta…");
    }
}
