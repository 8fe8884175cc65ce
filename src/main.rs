//! The `dateline` command: parses arguments and hands over to the library.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dateline::app::Setup;
use dateline::config::{self, Config};
use dateline::store::{self, SavedState, file::StateFile};
use dateline::xdg;

use anyhow::Result;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    version,
    about = "A terminal news reader that shows places, dates and quoted sources"
)]
struct Cli {
    /// Article files and folders to open (default: the config's `articles`, ./articles)
    paths: Vec<PathBuf>,
    /// Read the config from PATH instead of $XDG_CONFIG_HOME/dateline/config.toml
    #[arg(long, value_name = "PATH", global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Print what the extractor finds, one JSON object per article
    Extract {
        /// Write JSON Lines (the only output format)
        #[arg(long)]
        json: bool,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Load the paths and report every file that could not be used
    Check {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
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

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(err) => {
            eprintln!("dateline: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Extract { paths, .. }) => {
            let loaded = dateline::article::load_paths(&paths);
            for problem in &loaded.problems {
                eprintln!("dateline: {problem}");
            }
            let mut out = io::BufWriter::new(io::stdout().lock());
            dateline::cli::write_extract_json(&loaded, &mut out)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Check { paths }) => {
            let loaded = dateline::article::load_paths(&paths);
            dateline::cli::write_check_report(&loaded, &mut io::stdout().lock())?;
            Ok(if loaded.problems.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Some(Command::Config { default }) => {
            if default {
                print!("{}", config::DEFAULT_TOML);
                return Ok(ExitCode::SUCCESS);
            }
            check_config(cli.config.as_deref())
        }
        Some(Command::WriteStateLoop { dir, count }) => {
            // Each finished write is announced, so the crash test knows writes are under way.
            let mut out = io::stdout().lock();
            store::drill::write_generations(&StateFile::in_dir(&dir), count, |g| {
                let _ = writeln!(out, "{g}").and_then(|()| out.flush());
            })?;
            Ok(ExitCode::SUCCESS)
        }
        None => read(cli.paths, cli.config.as_deref()),
    }
}

/// The interactive reader.
fn read(paths: Vec<PathBuf>, config_path: Option<&Path>) -> Result<ExitCode> {
    let config = Config::for_run(config_path, &xdg::process_env)?;
    let paths = if paths.is_empty() {
        vec![config.articles.clone()]
    } else {
        paths
    };
    let loaded = dateline::article::load_paths(&paths);
    let (saved, state_file, notice) = open_saved_state();
    if let Some(notice) = &notice {
        // Also on stderr, which stays on the screen after the reader closes.
        eprintln!("dateline: {notice}");
    }
    let setup = Setup {
        config,
        saved,
        state_file,
        notice,
    };
    dateline::app::run(loaded, setup)?;
    Ok(ExitCode::SUCCESS)
}

/// The saved reading state and where to write it. When it cannot be read, the reader still
/// opens, says why, and leaves the file alone.
fn open_saved_state() -> (SavedState, Option<StateFile>, Option<String>) {
    let loaded = StateFile::locate(&xdg::process_env)
        .and_then(|file| file.load().map(|loaded| (loaded, file)));
    match loaded {
        Ok((loaded, file)) => (loaded.state, Some(file), loaded.notice),
        Err(err) => (
            SavedState::default(),
            None,
            Some(format!("{err}; reading state will not be saved this time")),
        ),
    }
}

/// `dateline config`: validates the config file that would be used and says which it is.
fn check_config(explicit: Option<&Path>) -> Result<ExitCode> {
    let path = match explicit {
        Some(path) => Some(path.to_path_buf()),
        None => config::user_config_path(&xdg::process_env).filter(|p| p.exists()),
    };
    let mut out = io::stdout().lock();
    match path {
        Some(path) => {
            Config::load(&path)?;
            writeln!(out, "{}: valid", path.display())?;
        }
        None => writeln!(
            out,
            "no config file; using the defaults (dateline config --default prints them)"
        )?,
    }
    Ok(ExitCode::SUCCESS)
}
