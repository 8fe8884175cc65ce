//! The `dateline` command: parses arguments and hands over to the library.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    version,
    about = "A terminal news reader that shows places, dates and quoted sources"
)]
struct Cli {
    /// Article files and folders to open (default: ./articles)
    paths: Vec<PathBuf>,
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
        None => {
            let paths = if cli.paths.is_empty() {
                vec![PathBuf::from("articles")]
            } else {
                cli.paths
            };
            dateline::app::run(paths)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
