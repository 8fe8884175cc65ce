//! Writes a benchmark corpus: N realistic articles made by recombining the BBC News texts.
//!
//! ```text
//! cargo run --release --bin gen-corpus -- --count 100000 --out /tmp/corpus
//! ```
//!
//! Each article takes its title and opening from one source article and the rest of its
//! paragraphs from another of the same topic, gets a publication date and byline, and is
//! written as plain text, Markdown, JSON or a line of a JSON Lines file in turn, 1,000 files a
//! folder. The output is deterministic for a given source and count. Nothing here is committed.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::Parser;
use serde_json::json;

#[derive(Parser)]
#[command(about = "Write a benchmark corpus by recombining the BBC News texts")]
struct Args {
    /// How many articles to write
    #[arg(long)]
    count: usize,
    /// Folder to write into (created; must be empty or absent)
    #[arg(long)]
    out: PathBuf,
    /// Folder of source articles (title line, blank line, paragraphs)
    #[arg(long, default_value = "../shared/corpora/bbc")]
    source: PathBuf,
}

struct Source {
    title: String,
    paragraphs: Vec<String>,
}

/// A small deterministic generator (SplitMix64): reproducible corpora without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }
}

const BYLINES: [&str; 6] = [
    "Amara Okafor",
    "Lin Yuqing",
    "Tomás Herrera",
    "Priya Raman",
    "Jonas Lindqvist",
    "Fatima Zahra",
];
const TITLE_PREFIXES: [&str; 5] = ["", "Update: ", "Analysis: ", "", "Explainer: "];

fn main() -> Result<()> {
    let args = Args::parse();
    let sources = read_sources(&args.source)?;
    if sources.is_empty() {
        bail!("no articles found under {}", args.source.display());
    }
    fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    if fs::read_dir(&args.out)?.next().is_some() {
        bail!("{} is not empty: choose a new folder", args.out.display());
    }
    let mut writer = CorpusWriter::new(&args.out);
    let mut rng = Rng(0x5EED);
    for i in 0..args.count {
        let article = compose(&sources, &mut rng, i);
        writer.write(i, &article)?;
    }
    writer.finish()?;
    eprintln!("wrote {} articles to {}", args.count, args.out.display());
    Ok(())
}

fn read_sources(dir: &Path) -> Result<Vec<Source>> {
    let mut files = Vec::new();
    collect_txt(dir, &mut files).with_context(|| format!("reading {}", dir.display()))?;
    files.sort();
    let mut sources = Vec::new();
    for path in files {
        let bytes = fs::read(&path)?;
        let text = String::from_utf8_lossy(&bytes);
        let mut blocks = text.split("\n\n").map(str::trim).filter(|b| !b.is_empty());
        let Some(title) = blocks.next() else { continue };
        let paragraphs: Vec<String> = blocks.map(str::to_string).collect();
        if !paragraphs.is_empty() {
            sources.push(Source {
                title: title.to_string(),
                paragraphs,
            });
        }
    }
    Ok(sources)
}

fn collect_txt(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_txt(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

struct Composed {
    title: String,
    byline: &'static str,
    date: String,
    paragraphs: Vec<String>,
}

fn compose(sources: &[Source], rng: &mut Rng, i: usize) -> Composed {
    let head = &sources[rng.below(sources.len())];
    let tail = &sources[rng.below(sources.len())];
    let keep = 1 + rng.below(head.paragraphs.len());
    let mut paragraphs: Vec<String> = head.paragraphs[..keep].to_vec();
    let from = rng.below(tail.paragraphs.len());
    paragraphs.extend(tail.paragraphs[from..].iter().cloned());
    let day = i % 3650;
    let date = jiff::civil::date(2004, 1, 1)
        .checked_add(jiff::Span::new().days(i64::try_from(day).unwrap_or(0)))
        .unwrap_or(jiff::civil::date(2004, 1, 1));
    Composed {
        title: format!(
            "{}{}",
            TITLE_PREFIXES[rng.below(TITLE_PREFIXES.len())],
            head.title
        ),
        byline: BYLINES[rng.below(BYLINES.len())],
        date: date.to_string(),
        paragraphs,
    }
}

/// Writes articles in rotating formats, 1,000 files a folder; JSON Lines records are batched.
struct CorpusWriter {
    root: PathBuf,
    jsonl: Option<BufWriter<File>>,
    jsonl_records: usize,
}

impl CorpusWriter {
    fn new(root: &Path) -> Self {
        Self {
            root: root.to_path_buf(),
            jsonl: None,
            jsonl_records: 0,
        }
    }

    fn folder(&self, i: usize) -> Result<PathBuf> {
        let dir = self.root.join(format!("{:04}", i / 1000));
        fs::create_dir_all(&dir)?;
        Ok(dir)
    }

    fn write(&mut self, i: usize, a: &Composed) -> Result<()> {
        let body = a.paragraphs.join("\n\n");
        match i % 8 {
            0..=4 => {
                let text = format!("{}\n\nby {}\n\n{}\n\n{body}\n", a.title, a.byline, a.date);
                fs::write(self.folder(i)?.join(format!("{i:06}.txt")), text)?;
            }
            5 => {
                let text = format!(
                    "---\ntitle: {}\ndate: {}\nauthor: {}\nsource: BBC News (recombined)\n---\n\n{body}\n",
                    serde_json::to_string(&a.title)?,
                    a.date,
                    a.byline
                );
                fs::write(self.folder(i)?.join(format!("{i:06}.md")), text)?;
            }
            6 => {
                let record = record(i, a, &body);
                fs::write(
                    self.folder(i)?.join(format!("{i:06}.json")),
                    record.to_string(),
                )?;
            }
            _ => self.append_jsonl(i, a, &body)?,
        }
        Ok(())
    }

    fn append_jsonl(&mut self, i: usize, a: &Composed, body: &str) -> Result<()> {
        if self.jsonl.is_none() || self.jsonl_records == 100 {
            if let Some(mut old) = self.jsonl.take() {
                old.flush()?;
            }
            let path = self.folder(i)?.join(format!("{i:06}.jsonl"));
            self.jsonl = Some(BufWriter::new(File::create(path)?));
            self.jsonl_records = 0;
        }
        if let Some(out) = self.jsonl.as_mut() {
            writeln!(out, "{}", record(i, a, body))?;
        }
        self.jsonl_records += 1;
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        if let Some(mut out) = self.jsonl.take() {
            out.flush()?;
        }
        Ok(())
    }
}

fn record(i: usize, a: &Composed, body: &str) -> serde_json::Value {
    json!({
        "id": format!("gen:{i}"),
        "title": a.title,
        "text": body,
        "dct": a.date,
        "author": a.byline,
        "source": "BBC News (recombined)",
    })
}
