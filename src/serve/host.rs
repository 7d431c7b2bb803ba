//! Which `Host` headers the preview answers (DNS-rebinding protection). A web page on another site can point
//! its own domain name at 127.0.0.1 and then read the preview as if it were its own; the browser still sends
//! that domain name in `Host`, so only the addresses this computer is reached by are accepted.

use std::net::{IpAddr, SocketAddr};

pub(crate) struct Hosts {
    bound: SocketAddr,
}

impl Hosts {
    pub(crate) fn new(bound: SocketAddr) -> Hosts {
        Hosts { bound }
    }

    /// `localhost`, `127.0.0.1` and `[::1]` at the bound port; the bound address itself when it is not a
    /// loopback one; and, when bound to every interface (`0.0.0.0`, `::`), any IP address at that port: a
    /// phone on the network uses this computer's address, and a literal address cannot be rebound by DNS.
    /// A request without `Host` is accepted only from HTTP/1.0 clients (browsers always send one).
    pub(crate) fn allows(&self, host: Option<&str>, http10: bool) -> bool {
        let Some(host) = host else { return http10 };
        let Ok(authority) = host.parse::<hyper::http::uri::Authority>() else { return false };
        if authority.port_u16().unwrap_or(80) != self.bound.port() || host.contains('@') {
            return false;
        }
        let name = authority.host().trim_start_matches('[').trim_end_matches(']');
        if name.eq_ignore_ascii_case("localhost") {
            return true;
        }
        let Ok(ip) = name.parse::<IpAddr>() else { return false };
        ip == IpAddr::from([127, 0, 0, 1])
            || ip == IpAddr::from([0u16, 0, 0, 0, 0, 0, 0, 1])
            || ip == self.bound.ip()
            || self.bound.ip().is_unspecified()
    }

    /// The plain-text answer to a refused request, saying where the preview is.
    pub(crate) fn refusal(&self, host: Option<&str>) -> String {
        let port = self.bound.port();
        let also = match self.bound.ip() {
            ip if ip.is_loopback() || ip.is_unspecified() => String::new(),
            IpAddr::V4(ip) => format!(" http://{ip}:{port}/"),
            IpAddr::V6(ip) => format!(" http://[{ip}]:{port}/"),
        };
        let text = match also.is_empty() {
            true => crate::msg!("serve-refused-host", host = host.unwrap_or(""), port = port),
            false => crate::msg!("serve-refused-host-also", host = host.unwrap_or(""), port = port, also = also),
        };
        format!("{text}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_computers_addresses_at_the_bound_port() {
        let local = Hosts::new("127.0.0.1:8787".parse().unwrap());
        for ok in ["127.0.0.1:8787", "localhost:8787", "LocalHost:8787", "[::1]:8787"] {
            assert!(local.allows(Some(ok), false), "{ok}");
        }
        for bad in [
            "evil.example:8787",
            "127.0.0.1:8788",
            "127.0.0.1",
            "localhost.evil.example:8787",
            "192.168.1.20:8787",
            "user@127.0.0.1:8787",
            "",
            "[::1",
        ] {
            assert!(!local.allows(Some(bad), false), "{bad}");
        }
        assert!(!local.allows(None, false));
        assert!(local.allows(None, true), "HTTP/1.0 has no Host");

        let lan = Hosts::new("192.168.1.20:8787".parse().unwrap());
        assert!(lan.allows(Some("192.168.1.20:8787"), false));
        assert!(lan.allows(Some("localhost:8787"), false));
        assert!(!lan.allows(Some("192.168.1.21:8787"), false));
        assert!(!lan.allows(Some("evil.example:8787"), false));
        assert!(lan.refusal(Some("evil.example:8787")).contains("http://192.168.1.20:8787/"));

        let any = Hosts::new("0.0.0.0:80".parse().unwrap());
        assert!(any.allows(Some("10.0.0.7"), false), "port 80 is implied");
        assert!(any.allows(Some("[fe80::1]"), false));
        assert!(!any.allows(Some("evil.example"), false));
    }
}
