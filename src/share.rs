//! Share links for a product page (WhatsApp, Facebook, X, LinkedIn, Pinterest, e-mail), in the page's
//! language, with optional UTM parameters from the profile so owners can see which network brought a buyer.

use crate::config::Share;
use crate::order::encode;

pub struct ShareLink {
    pub network: &'static str,
    pub url: String,
}

/// The page URL as shared on `network`: the canonical URL plus UTM parameters when the profile asks for them.
fn tracked(url: &str, network: &str, settings: &Share) -> String {
    if settings.utm_medium.is_none() && settings.utm_campaign.is_none() && settings.utm_source.is_none() {
        return url.to_string();
    }
    let mut params = vec![("utm_source", settings.utm_source.clone().unwrap_or_else(|| network.to_string()))];
    params.push(("utm_medium", settings.utm_medium.clone().unwrap_or_else(|| "social".to_string())));
    if let Some(c) = &settings.utm_campaign {
        params.push(("utm_campaign", c.clone()));
    }
    let query: Vec<String> = params.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
    format!("{url}?{}", query.join("&"))
}

/// `text` is the product title; `image` the absolute share image URL (Pinterest pins an image).
pub fn links(url: &str, text: &str, image: &str, settings: &Share) -> Vec<ShareLink> {
    let u = |network: &str| encode(&tracked(url, network, settings));
    vec![
        ShareLink {
            network: "whatsapp",
            url: format!("https://wa.me/?text={}", encode(&format!("{text} {}", tracked(url, "whatsapp", settings)))),
        },
        ShareLink {
            network: "facebook",
            url: format!("https://www.facebook.com/sharer/sharer.php?u={}", u("facebook")),
        },
        ShareLink { network: "x", url: format!("https://x.com/intent/post?text={}&url={}", encode(text), u("x")) },
        ShareLink {
            network: "linkedin",
            url: format!("https://www.linkedin.com/sharing/share-offsite/?url={}", u("linkedin")),
        },
        ShareLink {
            network: "pinterest",
            url: format!(
                "https://www.pinterest.com/pin/create/button/?url={}&media={}&description={}",
                u("pinterest"),
                encode(image),
                encode(text)
            ),
        },
        ShareLink {
            network: "email",
            url: format!(
                "mailto:?subject={}&body={}",
                encode(text),
                encode(&format!("{text}\r\n{}", tracked(url, "email", settings)))
            ),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utm_only_when_asked() {
        let plain = links("https://a.example/p/", "Taza & co", "https://a.example/i.jpg", &Share::default());
        assert_eq!(plain[1].url, "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fa.example%2Fp%2F");
        let utm = Share { utm_campaign: Some("otoño".into()), ..Share::default() };
        let tracked = links("https://a.example/p/", "Taza", "https://a.example/i.jpg", &utm);
        assert!(
            tracked[1].url.contains("utm_source%3Dfacebook%26utm_medium%3Dsocial%26utm_campaign%3Doto%25C3%25B1o"),
            "{}",
            tracked[1].url
        );
        assert!(plain[2].url.contains("text=Taza%20%26%20co"));
    }
}
