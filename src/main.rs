//! The `dateline` command: parses arguments (defined in `dateline::cli::args`) and hands
//! over to the library. Exit status: 0 on success, 1 on errors, 2 on bad usage (clap).

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

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
        None => {
            let paths = if cli.paths.is_empty() {
                vec![PathBuf::from("articles")]
            } else {
                cli.paths
            };
            let loaded = dateline::article::load_paths(&paths);
            dateline::app::run(loaded)?;
            Ok(ExitCode::SUCCESS)
        }
    }
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
