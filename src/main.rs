//! The `dateline` command: parses arguments (defined in `dateline::cli::args`) and hands
//! over to the library. Exit status: 0 on success, 1 on errors, 2 on bad usage (clap).

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dateline::app::Setup;
use dateline::config::{self, Config};
use dateline::store::{self, SavedState, file::StateFile};
use dateline::xdg;

use anyhow::Result;
use clap::Parser;
use dateline::cli::args::{Cli, Command};

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        // A reader that stopped early (`dateline list --csv | head`) is no error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("dateline: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.downcast_ref::<io::Error>()
        .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

fn run() -> Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Extract { paths, .. }) => {
            let loaded = load_reporting_problems(&paths);
            write_stdout(|out| dateline::cli::write_extract_json(&loaded, out))?;
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
        Some(Command::List { format, paths }) => {
            let loaded = load_reporting_problems(&paths);
            write_stdout(|out| dateline::cli::write_list(&loaded, format.csv, out))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Places { paths, .. }) => {
            let loaded = load_reporting_problems(&paths);
            write_stdout(|out| dateline::cli::write_places_geojson(&loaded, out))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Completions { shell }) => {
            write_stdout(|out| {
                dateline::cli::args::write_completions(shell, out);
                Ok(())
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Man) => {
            write_stdout(dateline::cli::args::write_man_page)?;
            Ok(ExitCode::SUCCESS)
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
    dateline::app::run(paths, setup)?;
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

/// Loads the paths for an export; files that could not be used are named on stderr.
fn load_reporting_problems(paths: &[PathBuf]) -> dateline::article::Loaded {
    let loaded = dateline::article::load_paths(paths);
    for problem in &loaded.problems {
        eprintln!("dateline: {problem}");
    }
    loaded
}

/// Runs `write` on buffered stdout and flushes it.
fn write_stdout(
    write: impl FnOnce(&mut io::BufWriter<io::StdoutLock<'static>>) -> io::Result<()>,
) -> io::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    write(&mut out)?;
    out.flush()
}
