//! `--help` in the chosen language: the texts written in `main.rs`'s clap derive are replaced, at start, by the
//! catalog's `cli-*` messages, found by the command's and argument's names, so adding an option to the derive
//! only needs its two catalog lines (a test in `main.rs` fails when one is missing).
//!
//! Ids: `cli-about` (the program), `cli-cmd-<command>` (a command's about), `cli-arg-<command>-<arg>` or,
//! shared by every command that has the argument, `cli-arg-<arg>` (underscores in names become dashes). The
//! headings clap writes itself (Usage, Commands, Arguments, Options, defaults, environment variables) come
//! from `cli-heading-*`, `cli-default` and `cli-env`.

use super::{has, text, Arg as _};
use clap::builder::styling::Styles;
use clap::Command;

/// The catalog ids tried, in order, for the about text of the command at `path` (empty for the program
/// itself) named `name`: clap's `help` command repeats every command under it (`help-build`), which then
/// shares the command's own text.
pub fn command_ids(path: &str, name: &str) -> Vec<String> {
    if path.is_empty() {
        vec!["cli-about".to_string()]
    } else {
        vec![format!("cli-cmd-{path}"), format!("cli-cmd-{name}")]
    }
}

/// The catalog ids tried, in order, for the help of argument `arg` of the command at `path`.
pub fn arg_ids(path: &str, arg: &str) -> Vec<String> {
    let arg = arg.replace('_', "-");
    let mut ids = vec![format!("cli-arg-{arg}")];
    if !path.is_empty() {
        ids.insert(0, format!("cli-arg-{path}-{arg}"));
    }
    ids
}

/// `cmd` (built from the derive) with every about, help and heading taken from the catalog.
pub fn localize(mut cmd: Command) -> Command {
    // Building first adds clap's own --help, --version and `help` command, so they are translated too.
    cmd.build();
    localize_one(cmd, "")
}

fn first_text(ids: &[String]) -> Option<String> {
    ids.iter().find(|id| has(id)).map(|id| text(id, &[]))
}

fn localize_one(mut cmd: Command, path: &str) -> Command {
    let header = *Styles::default().get_usage();
    let usage = text("cli-heading-usage", &[]);
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{header}{usage}:{header:#} {{usage}}\n\n{{all-args}}{{after-help}}"
    );
    if let Some(about) = first_text(&command_ids(path, cmd.get_name())) {
        cmd = cmd.about(about);
    }
    cmd = cmd
        .help_template(template)
        .subcommand_help_heading(text("cli-heading-commands", &[]))
        .subcommand_value_name(text("cli-value-command", &[]))
        .mut_args(|mut arg| {
            let name = arg.get_id().as_str().replace('_', "-");
            let mut help =
                first_text(&arg_ids(path, &name)).or_else(|| arg.get_help().map(|h| h.to_string())).unwrap_or_default();
            // Placeholders such as SITE in `[SITE]` and `--output <DIR>`, named by `cli-value-<arg>`.
            if let Some(value_name) = first_text(&[format!("cli-value-{name}")]) {
                arg = arg.value_name(value_name);
            }
            let defaults: Vec<String> =
                arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
            // Clap writes "[default: …]" and "[env: …]" in English; they are written here instead.
            if !defaults.is_empty() && !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
                help.push_str(&format!(" {}", text("cli-default", &[("value", defaults.join(", ").value())])));
            }
            if let Some(env) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
                help.push_str(&format!(" {}", text("cli-env", &[("name", env.to_string_lossy().to_string().value())])));
            }
            let heading = if arg.is_positional() { "cli-heading-arguments" } else { "cli-heading-options" };
            arg.help(help).hide_default_value(true).hide_env(true).help_heading(text(heading, &[]))
        });
    let names: Vec<String> = cmd.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in names {
        let sub_path = if path.is_empty() { name.clone() } else { format!("{path}-{name}") };
        cmd = cmd.mut_subcommand(&name, |sub| localize_one(sub, &sub_path));
    }
    cmd
}

/// Prints clap's parse error `e` in the chosen language and exits with clap's status (2); `--help`,
/// `--version` and the kinds of error not translated here are printed by clap itself.
pub fn exit_with(e: clap::Error) -> ! {
    use clap::error::{ContextKind, ErrorKind};
    let ctx = |kind| e.get(kind).map(|v| v.to_string()).unwrap_or_default();
    let (arg, value) = (ctx(ContextKind::InvalidArg), ctx(ContextKind::InvalidValue));
    let text = match e.kind() {
        ErrorKind::UnknownArgument => crate::msg!("cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            crate::msg!("cli-error-unknown-command", command = ctx(ContextKind::InvalidSubcommand))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            crate::msg!("cli-error-invalid-value", arg = arg, value = value)
        }
        ErrorKind::MissingRequiredArgument => crate::msg!("cli-error-missing-argument", arg = arg),
        _ => e.exit(),
    };
    eprintln!("{} {text}", crate::msg!("prefix-error"));
    std::process::exit(e.exit_code())
}
