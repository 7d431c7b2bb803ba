//! The `vitrina` command line: a thin layer over the library.

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

// glibc's allocator slows down badly once a build holds millions of small strings (at 100,000 products
// a third of the time went to `_int_malloc` walking its free lists); mimalloc stays flat.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "vitrina",
    version,
    about = "Build multilingual export catalogs from Markdown products and a company profile"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into SITE_DIR/public (or --output)
    Build {
        /// The site folder (holds company.yaml)
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Write the output here instead of SITE_DIR/public
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Print how long each build stage took
        #[arg(long)]
        timings: bool,
        /// Treat warnings (such as missing translations) as errors
        #[arg(long)]
        strict: bool,
        /// Keep processed images here instead of SITE/.vitrina-cache/images
        #[arg(long, env = "VITRINA_CACHE_DIR")]
        cache_dir: Option<PathBuf>,
        /// Publish address for this build, instead of company.yaml's base_url (e.g. a preview deploy)
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// Build into memory, serve on 127.0.0.1 and rebuild when files change, with live reload
    Serve {
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Port to listen on (the next free one is used if it is taken)
        #[arg(short, long, default_value_t = 8787)]
        port: u16,
        /// Address to listen on; 127.0.0.1 keeps the preview on this computer
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the preview in the default browser
        #[arg(long)]
        open: bool,
        /// Keep processed images here instead of SITE/.vitrina-cache/images
        #[arg(long, env = "VITRINA_CACHE_DIR")]
        cache_dir: Option<PathBuf>,
    },
    /// Create a starter catalog (Spanish and English, one product) in a new folder
    Init {
        /// The folder to create (it must be new or empty)
        dir: PathBuf,
        /// Also write the workflow that publishes the site (github: GitHub Pages)
        #[arg(long, value_enum, value_name = "HOST")]
        deploy: Option<vitrina::init::Deploy>,
    },
    /// Print the theme's UI strings for a language (es or en), to copy into i18n/<lang>.yaml
    Strings {
        /// es or en
        lang: String,
    },
    /// Check the site for errors and missing translations without writing anything
    Check {
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Treat warnings as errors
        #[arg(long)]
        strict: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::FAILURE
        }
    }
}

fn print_warnings(warnings: &[String]) {
    for w in warnings {
        eprintln!("warning: {w}");
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Build { site, output, timings, strict, cache_dir, base_url } => {
            if strict {
                let loaded = vitrina::site::Site::load(&site)?;
                if !loaded.warnings.is_empty() {
                    print_warnings(&loaded.warnings);
                    eprintln!("error: --strict: {} warning(s); nothing was built", loaded.warnings.len());
                    return Ok(ExitCode::FAILURE);
                }
            }
            let start = std::time::Instant::now();
            let report = vitrina::site::build(&site, &vitrina::site::BuildOptions { output, cache_dir, base_url })?;
            print_warnings(&report.warnings);
            if timings {
                for stage in &report.timings {
                    let peak = stage.peak_rss.map(|b| format!("  (peak memory {} MB)", b / 1_000_000)).unwrap_or_default();
                    eprintln!("  {:<9} {:>8.1} ms{peak}", stage.name, stage.time.as_secs_f64() * 1000.0);
                }
            }
            println!(
                "Built {} pages ({} rendered, {} unchanged; {} files, {} images processed) into {} in {:.0} ms",
                report.pages,
                report.rendered,
                report.pages - report.rendered,
                report.files,
                report.images_processed,
                report.output.display(),
                start.elapsed().as_secs_f64() * 1000.0
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve { site, port, bind, open, cache_dir } => {
            vitrina::serve::serve(&site, vitrina::serve::ServeOptions { port, bind, open, cache_dir })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Init { dir, deploy } => {
            vitrina::init::init(&dir, deploy)?;
            println!(
                "Created a starter catalog in {0}.\nEdit {0}/company.yaml and the files in {0}/products/, then run:\n  vitrina serve {0} --open",
                dir.display()
            );
            if deploy.is_some() {
                println!(
                    "Wrote {}/{}: it publishes the site on GitHub Pages at every push (on GitHub: Settings > Pages > Source: GitHub Actions).",
                    dir.display(),
                    vitrina::init::GITHUB_PAGES_WORKFLOW
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Strings { lang } => match vitrina::theme::i18n(&lang) {
            Some(text) => {
                print!("{text}");
                Ok(ExitCode::SUCCESS)
            }
            None => anyhow::bail!(
                "the theme has UI strings for es and en only; to add {lang:?}, run `vitrina strings en > i18n/{lang}.yaml` in your site and translate that file"
            ),
        },
        Command::Check { site, strict } => {
            let report = vitrina::check::check(&site)?;
            let loaded = &report.site;
            print_warnings(&report.warnings);
            if strict && !report.warnings.is_empty() {
                return Ok(ExitCode::FAILURE);
            }
            println!(
                "OK: {} products, {} pages, {} languages",
                loaded.content.products.len(),
                report.pages,
                loaded.languages.len()
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
