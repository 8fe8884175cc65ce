//! The command line's definition (clap derive): the one source of `--help`, the shell
//! completions (`dateline completions SHELL`) and the man page (`dateline man`).

use std::io::{self, Write};
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};
use clap_complete::Shell;

/// What `dateline` was asked to do.
#[derive(Debug, Parser)]
#[command(
    name = "dateline",
    version,
    about = "A terminal news reader that shows places, dates and quoted sources",
    long_about = "A terminal news reader that shows places, dates and quoted sources.\n\n\
        Without a subcommand, opens the reader on the given article files and folders \
        (default: the config's `articles`, ./articles). Exit status: 0 on success, 1 on errors (or load problems \
        for `check`), 2 on bad usage."
)]
pub struct Cli {
    /// Article files and folders to open (default: the config's `articles`, ./articles)
    pub paths: Vec<PathBuf>,
    /// Read the config from PATH instead of $XDG_CONFIG_HOME/dateline/config.toml
    #[arg(long, value_name = "PATH", global = true)]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The non-interactive subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print what the extractor finds, one JSON object per article
    Extract {
        /// Write JSON Lines (the only output format)
        #[arg(long)]
        json: bool,
        /// Article files and folders (folders are read recursively)
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Load the paths and report every file that could not be used (exit 1 if any)
    Check {
        /// Article files and folders (folders are read recursively)
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print one row per article: id, path, format, title, date, source, url and the
    /// number of places, dates and quotes
    List {
        #[command(flatten)]
        format: ListFormat,
        /// Article files and folders (folders are read recursively)
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print every place with coordinates and the articles that mention it
    Places {
        /// Write a GeoJSON FeatureCollection (the only output format)
        #[arg(long, required = true)]
        geojson: bool,
        /// Article files and folders (folders are read recursively)
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print a shell completion script (e.g. `dateline completions bash > dateline.bash`)
    Completions {
        /// The shell to complete for
        shell: Shell,
    },
    /// Print the man page (roff; e.g. `dateline man | man -l -`)
    Man,
    /// Check the config file in use and say where it is; --default prints the defaults
    Config {
        /// Print the default config (a starting point for your own)
        #[arg(long)]
        default: bool,
    },
    /// Crash drill: write generations of a test state into DIR until killed
    #[command(name = "__write-state-loop", hide = true)]
    WriteStateLoop {
        #[arg(long)]
        dir: PathBuf,
        /// Stop after this many writes
        #[arg(long)]
        count: Option<usize>,
    },
}

/// The output format of `dateline list`: exactly one.
#[derive(Debug, Clone, Copy, Args)]
#[group(required = true, multiple = false)]
pub struct ListFormat {
    /// JSON Lines: one object per article
    #[arg(long)]
    pub json: bool,
    /// CSV with a header line
    #[arg(long)]
    pub csv: bool,
}

/// Writes the completion script for `shell`.
pub fn write_completions(shell: Shell, out: &mut impl Write) {
    let mut command = Cli::command();
    clap_complete::generate(shell, &mut command, "dateline", out);
}

/// Writes the man page (roff) of the whole command line.
///
/// # Errors
/// When writing to `out` fails.
pub fn write_man_page(out: &mut impl Write) -> io::Result<()> {
    clap_mangen::Man::new(Cli::command()).render(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn list_needs_exactly_one_format() {
        assert!(Cli::try_parse_from(["dateline", "list", "a"]).is_err());
        assert!(Cli::try_parse_from(["dateline", "list", "--json", "--csv", "a"]).is_err());
        let cli = Cli::try_parse_from(["dateline", "list", "--csv", "a"]).unwrap();
        assert!(matches!(
            cli.command,
            Some(Command::List {
                format: ListFormat {
                    csv: true,
                    json: false
                },
                ..
            })
        ));
    }

    #[test]
    fn completions_and_man_page_name_the_subcommands() {
        let mut script = Vec::new();
        write_completions(Shell::Bash, &mut script);
        let script = String::from_utf8(script).unwrap();
        assert!(script.contains("places") && script.contains("completions"));
        let mut roff = Vec::new();
        write_man_page(&mut roff).unwrap();
        let roff = String::from_utf8(roff).unwrap();
        assert!(
            roff.starts_with(".ie") || roff.contains(".TH dateline"),
            "{roff}"
        );
        assert!(roff.contains("list"), "{roff}");
    }
}
