//! The `vitrina` command line: a thin layer over the library.

use anyhow::Result;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use vitrina::msg;

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
    /// Language of vitrina's messages: es or en (also VITRINA_LANG; otherwise LANG decides)
    #[arg(long = "lang", global = true, value_name = "es|en")]
    message_lang: Option<String>,
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
        /// Keep the cache (processed images, the build record) here instead of SITE/.vitrina-cache
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
        /// Keep the cache (processed images, the build record) here instead of SITE/.vitrina-cache
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
    /// Import products from a Meta catalog, Shopify or WooCommerce CSV, or vitrina's spreadsheet template
    Import {
        /// The CSV files (a Meta catalog: one per language, such as meta-es.csv meta-en.csv)
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The site folder to write into (new or existing)
        #[arg(long, default_value = ".")]
        site: PathBuf,
        /// The format of the files (recognised from their columns when not given)
        #[arg(long, value_enum)]
        from: Option<vitrina::import::Format>,
        /// A folder with the photos the CSV names (downloaded photos, by their file name)
        #[arg(long)]
        images: Option<PathBuf>,
        /// The currency of the prices, for a new site (MXN, USD…)
        #[arg(long)]
        currency: Option<String>,
        /// List what would be written, and write nothing
        #[arg(long)]
        dry_run: bool,
        /// Replace files that exist with other content (the changes are listed)
        #[arg(long)]
        update: bool,
    },
    /// Check the site for errors and missing translations without writing anything
    Check {
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Treat warnings as errors
        #[arg(long)]
        strict: bool,
        /// How to print the report: text (for people) or json (for scripts and CI)
        #[arg(long, value_enum, default_value = "text", value_name = "FORMAT")]
        format: ReportFormat,
    },
    /// Write rates.yaml from an exchange-rate file downloaded from the ECB or Banco de México
    Rates {
        /// The downloaded file: ECB eurofxref XML or CSV, or a Banco de México (SIE) CSV
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Replace an existing rates.yaml (without it, vitrina only shows what it would write)
        #[arg(long)]
        replace: bool,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ReportFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    // The language is needed before parsing, for --help and clap's errors, so --lang is looked up first.
    vitrina::messages::set_lang(vitrina::messages::from_env(
        vitrina::messages::flag_in_args(std::env::args_os()).as_deref(),
    ));
    let matches = vitrina::messages::help::localize(Cli::command())
        .try_get_matches()
        .unwrap_or_else(|e| vitrina::messages::help::exit_with(e));
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{} {}", msg!("prefix-error"), vitrina::pipeline::error_chain(&e));
            ExitCode::FAILURE
        }
    }
}

fn print_warnings(warnings: &[String]) {
    for w in warnings {
        eprintln!("{} {w}", msg!("prefix-warning"));
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Build { site, output, timings, strict, cache_dir, base_url } => {
            if strict {
                let loaded = vitrina::site::Site::load(&site)?;
                if !loaded.warnings.is_empty() {
                    print_warnings(&loaded.warnings);
                    eprintln!(
                        "{} {}",
                        msg!("prefix-error"),
                        msg!("build-strict-failed", count = loaded.warnings.len())
                    );
                    return Ok(ExitCode::FAILURE);
                }
            }
            let start = std::time::Instant::now();
            let report =
                vitrina::pipeline::build(&site, &vitrina::pipeline::BuildOptions { output, cache_dir, base_url })?;
            print_warnings(&report.warnings);
            if timings {
                for stage in &report.timings {
                    let peak = stage
                        .peak_rss
                        .map(|b| format!("  {}", msg!("build-timing-peak", mb = b / 1_000_000)))
                        .unwrap_or_default();
                    let detail = stage.detail.as_ref().map(|d| format!("  {d}")).unwrap_or_default();
                    eprintln!("  {:<9} {:>8.1} ms{peak}{detail}", stage.name, stage.time.as_secs_f64() * 1000.0);
                }
            }
            if report.nothing_changed {
                println!("{}", msg!("build-nothing-changed", pages = report.pages));
            }
            let summary = msg!(
                "build-summary",
                pages = report.pages,
                rendered = report.rendered,
                unchanged = report.pages - report.rendered,
                files = report.files,
                images = report.images_processed,
                dir = report.output.display(),
                ms = start.elapsed().as_millis() as u64
            );
            println!("{summary}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve { site, port, bind, open, cache_dir } => {
            vitrina::serve::serve(&site, vitrina::serve::ServeOptions { port, bind, open, cache_dir })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Init { dir, deploy } => {
            vitrina::init::init(&dir, deploy)?;
            println!("{}", msg!("init-done", dir = dir.display()));
            if deploy.is_some() {
                let workflow = format!("{}/{}", dir.display(), vitrina::init::GITHUB_PAGES_WORKFLOW);
                println!("{}", msg!("init-deploy-github-done", workflow = workflow));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Strings { lang } => match vitrina::theme::i18n(&lang) {
            Some(text) => {
                print!("{text}");
                Ok(ExitCode::SUCCESS)
            }
            None => anyhow::bail!(msg!("strings-unknown-lang", lang = lang)),
        },
        Command::Import { files, site, from, images, currency, dry_run, update } => {
            let opts = vitrina::import::Options { files, site, from, images, currency, dry_run, update };
            let plan = vitrina::import::run(&opts)?;
            vitrina::import::print_report(&plan, &opts);
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { site, strict, format } => {
            let report = vitrina::check::check(&site)?;
            match format {
                ReportFormat::Json => println!("{}", report.json()),
                ReportFormat::Text => {
                    eprint!("{}", report.text());
                    if report.errors > 0 || report.warnings > 0 {
                        eprintln!("{}", msg!("check-found", errors = report.errors, warnings = report.warnings));
                    }
                    if report.errors == 0 {
                        let ok = msg!(
                            "check-ok",
                            products = report.products,
                            pages = report.pages,
                            languages = report.languages
                        );
                        println!("{ok}");
                    }
                }
            }
            Ok(ExitCode::from(report.exit_code(strict)))
        }
        Command::Rates { file, site, replace } => {
            let done = vitrina::rates::import(&site, &file, replace)?;
            for (code, unit) in &done.per_unit {
                println!("  1 {code} = {unit} {}", done.currency);
            }
            if done.written {
                println!(
                    "{}",
                    msg!("rates-import-done", file = site.join("rates.yaml").display(), date = done.date.to_string())
                );
            } else {
                print!("{}", done.yaml);
                eprintln!(
                    "{} {}",
                    msg!("prefix-warning"),
                    msg!("rates-import-exists", file = site.join("rates.yaml").display())
                );
                return Ok(ExitCode::FAILURE);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vitrina::messages::help::{arg_ids, command_ids};

    /// Every command and argument of the derive above has its `--help` text in the catalogs (both catalogs
    /// hold the same ids: tests/it/messages.rs), so a new option cannot show up in English only.
    #[test]
    fn every_command_and_argument_has_its_help_in_the_catalog() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            let about = command_ids(path, cmd.get_name());
            if !about.iter().any(|id| vitrina::messages::has(id)) {
                missing.push(about.join(" or "));
            }
            for arg in cmd.get_arguments() {
                let ids = arg_ids(path, &arg.get_id().as_str().replace('_', "-"));
                if !ids.iter().any(|id| vitrina::messages::has(id)) {
                    missing.push(ids.join(" or "));
                }
            }
            for sub in cmd.get_subcommands() {
                let sub_path =
                    if path.is_empty() { sub.get_name().to_string() } else { format!("{path}-{}", sub.get_name()) };
                walk(sub, &sub_path, missing);
            }
        }
        let mut cmd = Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        walk(&cmd, "", &mut missing);
        assert!(missing.is_empty(), "add these to src/messages/en.ftl and es.ftl: {missing:#?}");
    }
}
