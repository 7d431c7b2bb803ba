// The default theme is embedded with include_dir!, which cannot tell cargo about the files it reads:
// rebuild whenever anything under themes/ changes.
fn main() {
    println!("cargo:rerun-if-changed=themes");
}
