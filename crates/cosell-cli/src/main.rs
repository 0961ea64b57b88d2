//! `cosell`: checks a Partner Center co-sell import file before it is uploaded.
//!
//! Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the input could not be read.

mod render;

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use cosell_core::baseline::Baseline;
use cosell_core::message::Message;
use cosell_l10n::{Lang, Localizer};

#[derive(Parser)]
#[command(
    name = "cosell",
    version,
    about = "Checks Partner Center co-sell bulk-import CSV files before you upload them",
    long_about = "Checks Partner Center co-sell bulk-import CSV files (the current template and the 2021 \
one) the way Partner Center would, instantly and locally, and writes the file back with its Errors \
column filled in.\n\n\
Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the input could not be read."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of the text report and the rules (en, sv, de); by default the
    /// environment's (LC_ALL, LC_MESSAGES, LANG), English when it is none of these. The JSON
    /// report's `message` is always English.
    #[arg(long, global = true, value_enum)]
    lang: Option<Language>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Language {
    En,
    Sv,
    De,
}

impl Language {
    fn lang(self) -> Lang {
        match self {
            Language::En => Lang::En,
            Language::Sv => Lang::Sv,
            Language::De => Lang::De,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Check a file and report what Partner Center would reject.
    Check {
        /// The CSV file or workbook (.xlsx, .xlsm, .xlsb, .xls, .ods) to check (`-` reads
        /// standard input).
        input: PathBuf,
        /// Write the annotated CSV (UTF-8 with a byte-order mark, comma-separated, Errors column
        /// filled in) here.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Write the annotated CSV without the UTF-8 byte-order mark (which Excel needs to read
        /// accents right, and Partner Center accepts).
        #[arg(long)]
        no_bom: bool,
        /// How to print the report.
        #[arg(short, long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[command(flatten)]
        checking: Checking,
    },
    /// Make every fix the rules offer (or only those of --rule), write the corrected file, and
    /// report what changed and what is still wrong. Exit status as `check` on the corrected file.
    Fix {
        /// The CSV file or workbook to fix (`-` reads standard input); a workbook's fixed file is
        /// CSV.
        input: PathBuf,
        /// Write the corrected file here (UTF-8 with a byte-order mark, comma-separated, its
        /// Errors column refreshed).
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Also write the list of changes here (CSV: Row, Column, Before, After, Rule).
        #[arg(long, value_name = "CHANGES.csv")]
        changes: Option<PathBuf>,
        /// Make only this rule's fixes (e.g. CS203); repeat for more rules.
        #[arg(long = "rule", value_name = "CODE")]
        rules: Vec<String>,
        /// Write the corrected file without the UTF-8 byte-order mark.
        #[arg(long)]
        no_bom: bool,
        /// How to print what changed and the report.
        #[arg(short, long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[command(flatten)]
        checking: Checking,
    },
    /// Write the same file in the current template: columns renamed and reordered, the new ones
    /// added empty, every value kept (unknown columns last), the Errors column kept.
    Upgrade {
        /// The CSV file or workbook (`-` reads standard input).
        input: PathBuf,
        /// The sheet to read, in a workbook (by default the first whose first row is a template
        /// header).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// Where to write it (UTF-8 with a byte-order mark, comma-separated).
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Write it without the UTF-8 byte-order mark.
        #[arg(long)]
        no_bom: bool,
    },
    /// Write a blank template: its header row.
    Template {
        /// Which template.
        #[arg(long, value_enum, default_value_t = TemplateName::Current)]
        template: TemplateName,
        /// Where to write it (UTF-8 with a byte-order mark); standard output by default.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Print what each update row of a file changes in its deal, compared with the partner's
    /// latest export: only the changes, deal by deal. Exit status: 0 no deal changes, 1 some do,
    /// 2 a file could not be read or the export is not one.
    Diff {
        /// The latest export of your co-sell opportunities from Partner Center (CSV or workbook).
        export: PathBuf,
        /// The file you are about to upload (CSV or workbook; `-` reads standard input).
        input: PathBuf,
        /// How to print the changes.
        #[arg(short, long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// The sheet to read, in a workbook (of the file to upload).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
    },
    /// Print every rule with its documentation.
    Rules {
        /// Print only this rule (e.g. CS101).
        code: Option<String>,
        /// How to print the rules.
        #[arg(short, long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
}

/// How a file is checked (by `check`, and by `fix` for the corrected file).
#[derive(clap::Args)]
struct Checking {
    /// The date to compare Estimated Close Dates with (YYYY-MM-DD); today by default.
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<NaiveDate>,
    /// The template to check against: the one the header is in (auto), or this one.
    #[arg(long, value_enum, default_value_t = TemplateChoice::Auto)]
    template: TemplateChoice,
    /// The language of the annotated file's Errors column: English by default, as Partner
    /// Center writes its own answer there.
    #[arg(long, value_enum, default_value_t = Language::En)]
    errors_lang: Language,
    /// The sheet to read, in a workbook (by default the first whose first row is a template
    /// header; a hidden sheet is read only when named here).
    #[arg(long, value_name = "NAME")]
    sheet: Option<String>,
    /// Compare each update row with its deal in this file, the latest export of your co-sell
    /// opportunities from Partner Center (CSV or workbook): what Partner Center will refuse or
    /// ignore of the changes (rules CS601–CS611), and what each row changes.
    #[arg(long, value_name = "EXPORT")]
    baseline: Option<PathBuf>,
}

/// A file to check, read: its bytes (a workbook's sheet as CSV text), what the sheet's cells
/// were, and the export to compare it with.
struct Loaded {
    bytes: Vec<u8>,
    sheet: Option<cosell_core::sheet::Sheet>,
    baseline: Option<Baseline>,
}

impl Checking {
    /// Reads `input` (its `--sheet`) and the `--baseline` export.
    fn load(&self, input: &std::path::Path, l10n: &Localizer) -> Result<Loaded, ExitCode> {
        let (bytes, sheet) = load(input, self.sheet.as_deref(), l10n)?;
        let baseline = self.baseline.as_deref().map(load_baseline).transpose()?;
        Ok(Loaded {
            bytes,
            sheet,
            baseline,
        })
    }

    /// The options, for a file read from `sheet` when it is a workbook's, compared with
    /// `baseline` when one is given.
    fn options<'a>(
        &self,
        sheet: Option<&'a cosell_core::sheet::Sheet>,
        baseline: Option<&'a Baseline>,
    ) -> cosell_core::Options<'a> {
        let errors_in = match self.errors_lang.lang() {
            Lang::En => None,
            lang => {
                // One localizer for the process's life: the core takes a `'static` speaker.
                let l10n: &'static Localizer = Box::leak(Box::new(Localizer::embedded(lang)));
                let speak: &'static dyn Fn(&Message) -> String =
                    Box::leak(Box::new(move |message: &Message| l10n.message(message)));
                Some(cosell_core::Speaker(speak))
            }
        };
        let template = match self.template {
            TemplateChoice::Auto => None,
            TemplateChoice::Y2021 => Some(TemplateName::Y2021.id()),
            TemplateChoice::Current => Some(TemplateName::Current.id()),
        };
        let today = self
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        cosell_core::Options {
            template,
            errors_in,
            sheet,
            baseline,
            ..cosell_core::Options::new(today)
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum TemplateChoice {
    Auto,
    #[value(name = "2021")]
    Y2021,
    Current,
}

#[derive(Clone, Copy, ValueEnum)]
enum TemplateName {
    #[value(name = "2021")]
    Y2021,
    Current,
}

impl TemplateName {
    fn id(self) -> cosell_core::TemplateId {
        match self {
            TemplateName::Y2021 => cosell_core::TemplateId::Y2021,
            TemplateName::Current => cosell_core::TemplateId::Current,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum RulesFormat {
    Text,
    Markdown,
    /// An array of objects with the rule's code, name, severity, scope, title and the four
    /// sections of its documentation (the page's `rules.json`).
    Json,
}

/// Exit status for "could not read the input".
const UNREADABLE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.lang.map_or_else(
        || Lang::from_env(|name| std::env::var(name).ok()),
        Language::lang,
    );
    let l10n = Localizer::embedded(lang);
    let l10n = &l10n;
    match cli.command {
        Command::Check {
            input,
            output,
            no_bom,
            format,
            checking,
        } => check(&input, output.as_deref(), !no_bom, format, &checking, l10n),
        Command::Fix {
            input,
            output,
            changes,
            rules,
            no_bom,
            format,
            checking,
        } => {
            let mut codes = Vec::new();
            for rule in &rules {
                match cosell_core::Code::parse(rule) {
                    Some(code) => codes.push(code),
                    None => {
                        return fail(&format!(
                            "no rule has the code {rule}; `cosell rules` lists them"
                        ))
                    }
                }
            }
            let files = FixFiles {
                output: &output,
                changes: changes.as_deref(),
                bom: !no_bom,
            };
            let rules = (!codes.is_empty()).then_some(codes.as_slice());
            fix(&input, &files, rules, format, &checking, l10n)
        }
        Command::Upgrade {
            input,
            output,
            no_bom,
            sheet,
        } => upgrade(&input, &output, sheet.as_deref(), !no_bom, l10n),
        Command::Template { template, output } => {
            let csv = cosell_core::outputs::template_csv(template.id());
            let written = match &output {
                Some(path) => write_file(path, &[cosell_core::outputs::BOM, &csv]),
                None => std::io::stdout().write_all(&csv),
            };
            match written {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => fail(&format!("cannot write the template: {error}")),
            }
        }
        Command::Diff {
            export,
            input,
            format,
            sheet,
        } => diff(&export, &input, sheet.as_deref(), format, l10n),
        Command::Rules { code, format } => rules(code.as_deref(), format, l10n),
    }
}

fn check(
    input: &std::path::Path,
    output: Option<&std::path::Path>,
    bom: bool,
    format: Format,
    checking: &Checking,
    l10n: &Localizer,
) -> ExitCode {
    let Loaded {
        bytes,
        sheet,
        baseline,
    } = match checking.load(input, l10n) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let options = checking.options(sheet.as_ref(), baseline.as_ref());
    let checked = match cosell_core::check(&bytes, &options) {
        Ok(checked) => checked,
        Err(unreadable) => return unreadable_input(input, &unreadable, l10n),
    };
    if let Some(path) = output {
        let bom = if bom { cosell_core::outputs::BOM } else { b"" };
        if let Err(error) = write_file(path, &[bom, &checked.annotated]) {
            return fail(&format!("cannot write {}: {error}", path.display()));
        }
    }
    let printed = match format {
        // Written as it is serialized: the report is never held as one string.
        Format::Json => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            serde_json::to_writer_pretty(&mut out, &checked.report)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
                .and_then(|()| out.flush())
        }
        Format::Text => render::report(
            &mut anstream::stdout(),
            &display_name(input),
            &checked.report,
            l10n,
        ),
    };
    if let Err(error) = printed {
        if error.kind() != std::io::ErrorKind::BrokenPipe {
            return fail(&format!("cannot print the report: {error}"));
        }
    }
    ExitCode::from(u8::from(checked.report.has_errors()))
}

/// Where `cosell fix` writes.
struct FixFiles<'a> {
    output: &'a std::path::Path,
    changes: Option<&'a std::path::Path>,
    bom: bool,
}

/// `cosell fix`: exit status as `check` on the corrected file; 2 unreadable or unwritable.
fn fix(
    input: &std::path::Path,
    files: &FixFiles,
    rules: Option<&[cosell_core::Code]>,
    format: Format,
    checking: &Checking,
    l10n: &Localizer,
) -> ExitCode {
    let Loaded {
        bytes,
        sheet,
        baseline,
    } = match checking.load(input, l10n) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let options = checking.options(sheet.as_ref(), baseline.as_ref());
    let fixed = match cosell_core::outputs::fix(&bytes, &options, rules) {
        Ok(fixed) => fixed,
        Err(unreadable) => return unreadable_input(input, &unreadable, l10n),
    };
    let bom = if files.bom {
        cosell_core::outputs::BOM
    } else {
        b""
    };
    if let Err(error) = write_file(files.output, &[bom, &fixed.checked.annotated]) {
        return fail(&format!("cannot write {}: {error}", files.output.display()));
    }
    if let Some(path) = files.changes {
        let csv = cosell_core::outputs::changes_csv(&fixed.changes);
        if let Err(error) = write_file(path, &[cosell_core::outputs::BOM, &csv]) {
            return fail(&format!("cannot write {}: {error}", path.display()));
        }
    }
    let printed = match format {
        Format::Json => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            // Written as it is serialized, like `check`'s report.
            #[derive(serde::Serialize)]
            struct Both<'a> {
                changes: &'a [cosell_core::Change],
                report: &'a cosell_core::Report,
            }
            let both = Both {
                changes: &fixed.changes,
                report: &fixed.checked.report,
            };
            serde_json::to_writer_pretty(&mut out, &both)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
                .and_then(|()| out.flush())
        }
        Format::Text => {
            let mut out = anstream::stdout();
            render::changes(&mut out, &fixed.changes, l10n).and_then(|()| {
                let name = display_name(files.output);
                render::report(&mut out, &name, &fixed.checked.report, l10n)
            })
        }
    };
    if let Err(error) = printed {
        if error.kind() != std::io::ErrorKind::BrokenPipe {
            return fail(&format!("cannot print the report: {error}"));
        }
    }
    ExitCode::from(u8::from(fixed.checked.report.has_errors()))
}

/// `cosell upgrade`: exit 0 written, 2 unreadable.
fn upgrade(
    input: &std::path::Path,
    output: &std::path::Path,
    sheet: Option<&str>,
    bom: bool,
    l10n: &Localizer,
) -> ExitCode {
    let (bytes, _) = match load(input, sheet, l10n) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let upgraded = match cosell_core::outputs::upgrade(&bytes) {
        Ok(upgraded) => upgraded,
        Err(unreadable) => return unreadable_input(input, &unreadable, l10n),
    };
    let bom = if bom { cosell_core::outputs::BOM } else { b"" };
    match write_file(output, &[bom, &upgraded]) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(&format!("cannot write {}: {error}", output.display())),
    }
}

/// `cosell diff`: exit 0 no deal changes, 1 some do, 2 unreadable (or the export is not one).
fn diff(
    export: &std::path::Path,
    input: &std::path::Path,
    sheet: Option<&str>,
    format: Format,
    l10n: &Localizer,
) -> ExitCode {
    let baseline = match load_baseline(export) {
        Ok(Baseline::Unusable(why)) => {
            let reason = l10n.message(&why);
            return fail(&l10n.text(
                "cli-cannot-read",
                &[
                    ("file", export.display().to_string().into()),
                    ("reason", reason.into()),
                ],
            ));
        }
        Ok(baseline) => baseline,
        Err(code) => return code,
    };
    let (bytes, sheet) = match load(input, sheet, l10n) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let options = cosell_core::Options {
        baseline: Some(&baseline),
        sheet: sheet.as_ref(),
        ..cosell_core::Options::new(chrono::Local::now().date_naive())
    };
    let checked = match cosell_core::check(&bytes, &options) {
        Ok(checked) => checked,
        Err(unreadable) => return unreadable_input(input, &unreadable, l10n),
    };
    let diff = render::Diff::of(&checked.report);
    let printed = match format {
        Format::Json => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            serde_json::to_writer_pretty(&mut out, &diff)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
                .and_then(|()| out.flush())
        }
        Format::Text => render::diff(&mut anstream::stdout(), &diff, l10n),
    };
    if let Err(error) = printed {
        if error.kind() != std::io::ErrorKind::BrokenPipe {
            return fail(&format!("cannot print the changes: {error}"));
        }
    }
    ExitCode::from(u8::from(diff.summary.changed > 0))
}

/// The export to compare with: a workbook is read into CSV text first; a file that cannot be
/// read as an export is [`Baseline::Unusable`] (the check says why, CS601). Only a file that
/// cannot be read from the disk at all is an error (exit status 2).
fn load_baseline(path: &std::path::Path) -> Result<Baseline, ExitCode> {
    let bytes = read_input(path)
        .map_err(|error| fail(&format!("cannot read {}: {error}", path.display())))?;
    Ok(cosell_workbook::baseline(
        &bytes,
        cosell_core::translations::carried(),
    ))
}

fn rules(code: Option<&str>, format: RulesFormat, l10n: &Localizer) -> ExitCode {
    let rules: Vec<&cosell_core::Rule> = match code {
        None => cosell_core::RULES.iter().collect(),
        Some(code) => match cosell_core::Code::parse(code) {
            Some(code) => vec![code.rule()],
            None => {
                return fail(&format!(
                    "no rule has the code {code}; `cosell rules` lists them"
                ))
            }
        },
    };
    let printed = match format {
        RulesFormat::Text => render::rules(&mut anstream::stdout(), &rules, l10n),
        RulesFormat::Markdown => write!(std::io::stdout(), "{}", render::rules_markdown(&rules)),
        RulesFormat::Json => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            serde_json::to_writer_pretty(&mut out, &rules)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
                .and_then(|()| out.flush())
        }
    };
    match printed {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            fail(&format!("cannot print the rules: {error}"))
        }
        _ => ExitCode::SUCCESS,
    }
}

fn write_file(path: &std::path::Path, parts: &[&[u8]]) -> std::io::Result<()> {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path)?);
    for part in parts {
        file.write_all(part)?;
    }
    file.flush()
}

/// The input's bytes; a workbook's sheet as CSV text, with what its cells were.
fn load(
    input: &std::path::Path,
    sheet: Option<&str>,
    l10n: &Localizer,
) -> Result<(Vec<u8>, Option<cosell_core::sheet::Sheet>), ExitCode> {
    let bytes = read_input(input)
        .map_err(|error| fail(&format!("cannot read {}: {error}", input.display())))?;
    if cosell_workbook::format(&bytes).is_none() {
        return Ok((bytes, None));
    }
    match cosell_workbook::read(&bytes, sheet, &cosell_workbook::LIMITS) {
        Ok(read) => Ok((read.text.into_bytes(), Some(read.sheet))),
        Err(unreadable) => Err(unreadable_input(input, &unreadable, l10n)),
    }
}

fn read_input(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(path)
    }
}

fn display_name(path: &std::path::Path) -> String {
    if path.as_os_str() == "-" {
        "standard input".to_string()
    } else {
        path.display().to_string()
    }
}

/// A file that is not a CSV file at all: said in the report's language, exit status 2.
fn unreadable_input(
    input: &std::path::Path,
    unreadable: &cosell_core::Unreadable,
    l10n: &Localizer,
) -> ExitCode {
    let reason = l10n.message(&unreadable.data);
    fail(&l10n.text(
        "cli-cannot-read",
        &[
            ("file", input.display().to_string().into()),
            ("reason", reason.into()),
        ],
    ))
}

fn fail(message: &str) -> ExitCode {
    let _ = writeln!(anstream::stderr(), "cosell: {message}");
    ExitCode::from(UNREADABLE)
}
