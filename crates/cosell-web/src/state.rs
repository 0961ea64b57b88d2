//! The page's one state, the messages that change it, and the one function that does: events
//! become a [`Msg`], [`update`] changes the [`State`] and says what to do ([`Command`]), and
//! the panels render from the state. Pure: no DOM, no JavaScript, so it is tested natively.

use serde::Deserialize;

use crate::lang::Lang;
use crate::protocol::{
    Checked, Download, Filter, Fix, FixGroup, GridPage, Id, IssuePage, Request, Response,
    TemplateId, GRID_PAGE, PAGE_SIZE,
};

/// The largest file the page checks (`?max-mb=N` lowers it, e.g. for a portal): the worker holds
/// the file, its text, its annotated copy and the report at once, several times the file.
pub const MAX_MEGABYTES: f64 = 256.0;

/// What the page knows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    /// The number of the latest check asked for (0: none yet). Answers about any other are
    /// dropped.
    pub id: Id,
    pub phase: Phase,
    /// The latest check's result, once it is in.
    pub shown: Option<Checked>,
    /// The number of the check shown (the latest but while a change is being made).
    pub shown_check: Id,
    /// The page of issues the list shows (of `shown`).
    pub issues: IssuePage,
    /// The filter asked for (the list shows `issues.filter` until the answer comes).
    pub filter: Filter,
    /// The largest file to check, in MB.
    pub max_megabytes: f64,
    /// Something to say beside the result (a download that could not be made).
    pub notice: Option<String>,
    /// The rule whose documentation is open.
    pub rule: Option<String>,
    /// The rules' documentation, fetched (from `rules.json`) the first time one is opened.
    pub docs: Docs,
    /// The template the partner chose to check against (`None`: the file's own).
    pub template: Option<TemplateId>,
    /// What was checked last, to check again against another template or export.
    pub source: Option<Source>,
    /// The name of the partner's export chosen to compare with (the page keeps the file).
    pub baseline: Option<String>,
    /// What went wrong with the export chosen last (the export chosen before, if any, is still
    /// the one compared with when it was too large).
    pub baseline_problem: Option<BaselineProblem>,
    /// "Ready to upload" keeps the rows the export has just so (unticked: left out).
    pub keep_unchanged: bool,
    /// The list of suggested fixes.
    pub fixes: Fixes,
    /// Changes made on the page to the file shown (the changes CSV lists them).
    pub changes: usize,
    /// Whether the last changes can be undone.
    pub can_undo: bool,
    /// Changes are being made (or undone): the worker is on it.
    pub changing: bool,
    /// Changes were made since the last download: leaving the page asks first.
    pub unsaved: bool,
    /// The grid of rows to correct.
    pub grid: Grid,
    /// The language chosen (the browser's, `?lang=`, or the page's choice).
    pub lang: Lang,
    /// The language the page speaks now (the chosen one once its files are in).
    pub speaking: Lang,
    /// The Errors column of the downloads in the page's language (English otherwise, as
    /// Partner Center writes it).
    pub errors_in_lang: bool,
}

/// The grid: open or not, which rows, the page the worker sent, the cell to keep focused.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Grid {
    pub open: bool,
    /// All rows, or only those with errors.
    pub all: bool,
    pub page: Option<GridPage>,
    /// The cell (row, header index) edited last: focused again once the grid is redrawn.
    pub focus: Option<(usize, usize)>,
}

impl Grid {
    /// The page to ask for after `step` pages (clamped to the pages there are).
    fn stepped(&self, step: isize) -> usize {
        let Some(page) = &self.page else { return 0 };
        let pages = page.total.div_ceil(GRID_PAGE).max(1);
        page.page.saturating_add_signed(step).min(pages - 1)
    }
}

/// The list of suggested fixes: open or not, what the worker offered, what is unticked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fixes {
    pub open: bool,
    /// The fixes by rule, once the worker has sent them.
    pub groups: Option<Vec<FixGroup>>,
    /// Rules whose fixes are not to be made.
    pub skip_rules: Vec<String>,
    /// Cells (row, column index) whose fix is not to be made.
    pub skip: Vec<(usize, usize)>,
}

impl Fixes {
    /// The fixes that would be made as ticked.
    pub fn ticked(&self) -> usize {
        self.groups.iter().flatten().fold(0, |n, group| {
            if self.skip_rules.contains(&group.code) {
                return n;
            }
            let skipped = group
                .fixes
                .iter()
                .filter(|f| self.skip.contains(&(f.row, f.index)))
                .count();
            n + group.count - skipped
        })
    }
}

/// Why the export chosen is not compared with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BaselineProblem {
    /// Over the size limit: its name and size in whole MB.
    TooLarge(String, u64),
    /// The browser could not read it (changed on the disk since it was chosen).
    Unread(String),
}

/// What a check was of.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// A file the partner chose (the page keeps it, to read it again).
    File(String),
    Sample(String),
}

/// The rules' documentation: not in the page's module (few open it), but in `rules.json` beside
/// it, which `cosell rules --format json` writes when the page is built.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Docs {
    #[default]
    NotLoaded,
    Loading,
    Loaded(Vec<RuleDocs>),
    Failed(String),
}

/// One rule's documentation, as `rules.json` holds it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct RuleDocs {
    pub code: String,
    pub checks: String,
    pub why: String,
    pub example: String,
    pub fix: String,
}

/// Where the page is.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Phase {
    #[default]
    Idle,
    /// Checking a file: how far (0 to 1).
    Checking {
        name: String,
        progress: f64,
    },
    /// The result of the latest check is shown.
    Shown,
    /// The latest file could not be checked: the core's message.
    Failed {
        name: String,
        message: String,
    },
    /// The latest file is over the size limit and was not read (its size in whole MB).
    TooLarge {
        name: String,
        megabytes: u64,
    },
    /// The browser could not read the latest file.
    Unread {
        name: String,
    },
    Cancelled,
}

/// What happened.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// A file was chosen or dropped: its name and size in bytes.
    FileChosen {
        name: String,
        size: f64,
    },
    /// The browser could not read the file of check `id`.
    FileUnread {
        id: Id,
    },
    /// "Try a sample file".
    Sample {
        name: String,
    },
    Cancel,
    FilterChanged(Filter),
    /// Previous (-1) or next (+1) page of issues.
    PageStep(isize),
    DownloadAsked(Download),
    /// A rule's code was clicked: show its documentation.
    RuleOpened(String),
    RuleClosed,
    /// A template was chosen to check against (`None`: the file's own): the same file is
    /// checked again.
    TemplateChosen(Option<TemplateId>),
    /// The partner's export was chosen to compare with (its name and size in bytes), or put
    /// away (`None`): the same file is checked again.
    BaselineChosen(Option<(String, f64)>),
    /// The browser could not read the export (its name): the file was checked without it.
    BaselineUnread(String),
    /// Whether "ready to upload" keeps the rows the export has just so.
    KeepUnchanged(bool),
    /// `rules.json` came, or could not be read.
    DocsLoaded(Result<Vec<RuleDocs>, String>),
    /// "Apply suggested fixes": the list opens.
    FixesOpened,
    FixesClosed,
    /// A rule's fixes ticked or unticked.
    FixRuleTicked {
        code: String,
        ticked: bool,
    },
    /// One fix ticked or unticked: its cell.
    FixTicked {
        row: usize,
        index: usize,
        ticked: bool,
    },
    /// The ticked fixes are to be made.
    FixesApplied,
    Undo,
    /// The grid opened (or switched) on the rows with errors, or all rows.
    GridOpened {
        all: bool,
    },
    GridClosed,
    GridPageStep(isize),
    /// A cell of the grid typed: its row, header index and new value.
    CellEdited {
        row: usize,
        index: usize,
        after: String,
    },
    /// A language was chosen (on the page, or by the browser's languages or `?lang=`).
    LanguageChosen(Lang),
    /// The page and its worker speak `lang` now.
    LanguageReady(Lang),
    /// The language's files or its localizer could not be loaded.
    LanguageFailed {
        lang: Lang,
        error: String,
    },
    /// Whether the downloads' Errors column is in the page's language.
    ErrorsLanguage(bool),
    /// An answer from the worker.
    Worker(Response),
}

/// What to do after an update.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Stop the worker, whatever it is doing, and start a fresh one.
    RestartWorker,
    /// Read the chosen file (and the export chosen, if any) and send it to the worker as
    /// `request` (a [`Request::Check`]).
    ReadAndCheck(Request),
    /// Send the sample file (and the export chosen, if any) to the worker as `request`.
    CheckSample(Request),
    Post(Request),
    /// Save the file that came with the worker's answer, under this name.
    Save {
        name: String,
    },
    /// Fetch the rules' documentation.
    LoadDocs,
    /// Fetch a language's files, make its localizer here and in the worker, then say
    /// [`Msg::LanguageReady`].
    LoadLanguage(Lang),
    /// Write the page's fixed text in the language spoken, and keep it in the address.
    Localize(Lang),
}

impl State {
    pub fn new(max_megabytes: f64) -> Self {
        State {
            max_megabytes: max_megabytes.clamp(0.0, MAX_MEGABYTES),
            ..State::default()
        }
    }

    fn checking(&self) -> bool {
        matches!(self.phase, Phase::Checking { .. })
    }

    /// Starts check `id + 1` of `name`: the previous answer goes away (it must not pass for
    /// this file's), and a check still running is stopped.
    fn start(&mut self, name: &str, today: Option<String>) -> (Vec<Command>, Request) {
        let mut commands = Vec::new();
        if self.checking() {
            commands.push(Command::RestartWorker);
        }
        self.id += 1;
        self.phase = Phase::Checking {
            name: name.to_string(),
            progress: 0.0,
        };
        self.shown = None;
        self.fixes = Fixes::default();
        self.changes = 0;
        self.can_undo = false;
        self.changing = false;
        self.unsaved = false;
        self.grid = Grid::default();
        self.notice = None;
        self.issues = IssuePage::default();
        self.filter = Filter::default();
        let request = Request::Check {
            id: self.id,
            name: name.to_string(),
            today,
            template: self.template,
        };
        (commands, request)
    }

    /// The number of the check shown, if one is: panels redraw when it changes.
    pub fn shown_id(&self) -> Option<Id> {
        self.shown.as_ref().map(|_| self.shown_check)
    }

    /// The number of pages of issues that pass the filter.
    pub fn pages(&self) -> usize {
        self.issues.matching.div_ceil(PAGE_SIZE).max(1)
    }
}

/// Changes the state; says what to do. `today` is the page's `?today=` (passed on to checks).
pub fn update(state: &mut State, msg: Msg, today: Option<String>) -> Vec<Command> {
    match msg {
        Msg::FileChosen { name, size } => {
            let megabytes = size / 1_048_576.0;
            if megabytes > state.max_megabytes {
                let commands = if state.checking() {
                    vec![Command::RestartWorker]
                } else {
                    Vec::new()
                };
                state.id += 1;
                state.shown = None;
                // Another template or export chosen now has no file to check again.
                state.source = None;
                state.phase = Phase::TooLarge {
                    name,
                    megabytes: megabytes.ceil() as u64,
                };
                return commands;
            }
            state.source = Some(Source::File(name.clone()));
            let (mut commands, request) = state.start(&name, today);
            commands.push(Command::ReadAndCheck(request));
            commands
        }
        Msg::Sample { name } => {
            state.source = Some(Source::Sample(name.clone()));
            let (mut commands, request) = state.start(&name, today);
            commands.push(Command::CheckSample(request));
            commands
        }
        Msg::TemplateChosen(template) => {
            if template == state.template {
                return Vec::new();
            }
            state.template = template;
            again(state, today)
        }
        Msg::BaselineChosen(chosen) => {
            state.baseline_problem = None;
            if let Some((name, size)) = &chosen {
                let megabytes = size / 1_048_576.0;
                if megabytes > state.max_megabytes {
                    let megabytes = megabytes.ceil() as u64;
                    state.baseline_problem = Some(BaselineProblem::TooLarge(name.clone(), megabytes));
                    return Vec::new();
                }
            }
            state.baseline = chosen.map(|(name, _)| name);
            again(state, today)
        }
        Msg::BaselineUnread(name) => {
            state.baseline = None;
            state.baseline_problem = Some(BaselineProblem::Unread(name));
            Vec::new()
        }
        Msg::KeepUnchanged(keep) => {
            state.keep_unchanged = keep;
            Vec::new()
        }
        Msg::FileUnread { id } if id == state.id => {
            if let Phase::Checking { name, .. } = &state.phase {
                state.phase = Phase::Unread { name: name.clone() };
            }
            Vec::new()
        }
        Msg::FileUnread { .. } => Vec::new(),
        Msg::Cancel => {
            if !state.checking() {
                return Vec::new();
            }
            // Nothing the stopped check says may arrive as the answer to another.
            state.id += 1;
            state.phase = Phase::Cancelled;
            vec![Command::RestartWorker]
        }
        Msg::FilterChanged(filter) => {
            if state.shown.is_none() || filter == state.filter {
                return Vec::new();
            }
            state.filter = filter.clone();
            vec![Command::Post(Request::Issues {
                id: state.id,
                filter,
                page: 0,
            })]
        }
        Msg::PageStep(step) => {
            if state.shown.is_none() {
                return Vec::new();
            }
            let page = state
                .issues
                .page
                .saturating_add_signed(step)
                .min(state.pages() - 1);
            if page == state.issues.page {
                return Vec::new();
            }
            vec![Command::Post(Request::Issues {
                id: state.id,
                filter: state.filter.clone(),
                page,
            })]
        }
        Msg::DownloadAsked(which) => match state.shown {
            Some(_) => {
                state.notice = None;
                vec![Command::Post(Request::Download {
                    id: state.id,
                    which,
                    keep_unchanged: state.keep_unchanged,
                })]
            }
            None => Vec::new(),
        },
        Msg::RuleOpened(code) => {
            state.rule = Some(code);
            if matches!(state.docs, Docs::NotLoaded | Docs::Failed(_)) {
                state.docs = Docs::Loading;
                return vec![Command::LoadDocs];
            }
            Vec::new()
        }
        Msg::DocsLoaded(loaded) => {
            state.docs = match loaded {
                Ok(docs) => Docs::Loaded(docs),
                Err(error) => Docs::Failed(error),
            };
            Vec::new()
        }
        Msg::RuleClosed => {
            state.rule = None;
            Vec::new()
        }
        Msg::FixesOpened => {
            if state.shown.is_none() || state.changing {
                return Vec::new();
            }
            state.fixes = Fixes {
                open: true,
                ..Fixes::default()
            };
            vec![Command::Post(Request::Fixes { id: state.id })]
        }
        Msg::FixesClosed => {
            state.fixes = Fixes::default();
            Vec::new()
        }
        Msg::FixRuleTicked { code, ticked } => {
            state.fixes.skip_rules.retain(|c| *c != code);
            if !ticked {
                state.fixes.skip_rules.push(code);
            }
            Vec::new()
        }
        Msg::FixTicked { row, index, ticked } => {
            state.fixes.skip.retain(|&cell| cell != (row, index));
            if !ticked {
                state.fixes.skip.push((row, index));
            }
            Vec::new()
        }
        Msg::FixesApplied => {
            if state.fixes.groups.is_none() || state.changing || state.fixes.ticked() == 0 {
                return Vec::new();
            }
            let fixes = std::mem::take(&mut state.fixes);
            vec![change(state, |id, next| Request::ApplyFixes {
                id,
                next,
                skip_rules: fixes.skip_rules,
                skip: fixes.skip,
            })]
        }
        Msg::Undo => {
            if !state.can_undo || state.changing {
                return Vec::new();
            }
            state.fixes = Fixes::default();
            vec![change(state, |id, next| Request::Undo { id, next })]
        }
        Msg::GridOpened { all } => {
            if state.shown.is_none() {
                return Vec::new();
            }
            state.grid = Grid {
                open: true,
                all,
                ..Grid::default()
            };
            vec![Command::Post(Request::Rows {
                id: state.id,
                all,
                page: 0,
            })]
        }
        Msg::GridClosed => {
            state.grid = Grid::default();
            Vec::new()
        }
        Msg::GridPageStep(step) => {
            let page = state.grid.stepped(step);
            match &state.grid.page {
                Some(shown) if state.grid.open && page != shown.page => {
                    vec![Command::Post(Request::Rows {
                        id: state.id,
                        all: state.grid.all,
                        page,
                    })]
                }
                _ => Vec::new(),
            }
        }
        Msg::CellEdited { row, index, after } => {
            if state.changing {
                return Vec::new();
            }
            let Some(page) = &state.grid.page else {
                return Vec::new();
            };
            let Some(position) = page.columns.iter().position(|(i, _)| *i == index) else {
                return Vec::new();
            };
            let Some(line) = page.rows.iter().find(|r| r.row == row) else {
                return Vec::new();
            };
            let before = line.cells.get(position).cloned().unwrap_or_default();
            if before == after {
                return Vec::new();
            }
            let column = page.columns[position].1.clone();
            state.grid.focus = Some((row, index));
            let cell = Fix {
                row,
                index,
                column,
                before,
                after,
            };
            vec![change(state, |id, next| Request::Edit { id, next, cell })]
        }
        Msg::LanguageChosen(lang) => {
            state.lang = lang;
            if lang == state.speaking {
                return Vec::new();
            }
            vec![Command::LoadLanguage(lang)]
        }
        Msg::LanguageReady(lang) => {
            if lang != state.lang {
                // Another language was chosen meanwhile: its own answer follows.
                return Vec::new();
            }
            state.speaking = lang;
            // What the worker wrote (the findings) is asked for again, in this language.
            let mut commands = vec![Command::Localize(lang)];
            if state.shown.is_some() {
                commands.push(Command::Post(Request::Issues {
                    id: state.id,
                    filter: state.filter.clone(),
                    page: state.issues.page,
                }));
                if let (true, Some(page)) = (state.grid.open, &state.grid.page) {
                    commands.push(Command::Post(Request::Rows {
                        id: state.id,
                        all: state.grid.all,
                        page: page.page,
                    }));
                }
                if state.fixes.open {
                    state.fixes.groups = None;
                    commands.push(Command::Post(Request::Fixes { id: state.id }));
                }
            }
            commands
        }
        Msg::LanguageFailed { lang, error } => {
            if lang != state.lang {
                // A language no longer chosen: the chosen one's own answer follows.
                return Vec::new();
            }
            // The page and its worker go back to English together, and say why.
            state.notice = Some(error);
            state.lang = Lang::En;
            vec![Command::LoadLanguage(Lang::En)]
        }
        Msg::ErrorsLanguage(on) => {
            state.errors_in_lang = on;
            // While another language loads, it takes the choice along (main.rs).
            if state.lang != state.speaking {
                return Vec::new();
            }
            vec![Command::Post(Request::Speak {
                lang: state.speaking,
                sources: Vec::new(),
                errors: on,
            })]
        }
        Msg::Worker(response) => answer(state, response),
    }
}

/// Checks what was checked last again (against another template or export), if anything was.
fn again(state: &mut State, today: Option<String>) -> Vec<Command> {
    let (read, name) = match state.source.clone() {
        Some(Source::File(name)) => (Command::ReadAndCheck as fn(Request) -> Command, name),
        Some(Source::Sample(name)) => (Command::CheckSample as fn(Request) -> Command, name),
        None => return Vec::new(),
    };
    let (mut commands, request) = state.start(&name, today);
    commands.push(read(request));
    commands
}

/// Asks the worker to change the file shown: the changed file is the next check, and nothing
/// said about the current one is taken any more.
fn change(state: &mut State, request: impl FnOnce(Id, Id) -> Request) -> Command {
    let (id, next) = (state.id, state.id + 1);
    state.id = next;
    state.changing = true;
    state.notice = None;
    Command::Post(request(id, next))
}

/// An answer from the worker: taken only when it is about the latest check.
fn answer(state: &mut State, response: Response) -> Vec<Command> {
    if response.id() != state.id {
        return Vec::new();
    }
    match response {
        Response::Progress { done, total, .. } => {
            if let Phase::Checking { progress, .. } = &mut state.phase {
                *progress = if total > 0 {
                    done as f64 / total as f64
                } else {
                    1.0
                };
            }
            Vec::new()
        }
        Response::Checked { checked, .. } => {
            if !state.checking() {
                return Vec::new();
            }
            state.issues = checked.issues.clone();
            state.filter = Filter::default();
            state.shown = Some(*checked);
            state.shown_check = state.id;
            state.phase = Phase::Shown;
            Vec::new()
        }
        Response::Failed { message, .. } => {
            match &state.phase {
                Phase::Checking { name, .. } => {
                    state.phase = Phase::Failed {
                        name: name.clone(),
                        message,
                    }
                }
                // A download or a change that could not be made: said beside the result.
                Phase::Shown => {
                    state.notice = Some(message);
                    state.changing = false;
                }
                _ => {}
            }
            Vec::new()
        }
        Response::Issues { issues, .. } => {
            // Only the answer to the filter asked for last.
            if state.shown.is_some() && issues.filter == state.filter {
                state.issues = issues;
            }
            Vec::new()
        }
        Response::File { name, .. } => match state.shown {
            Some(_) => {
                state.unsaved = false;
                vec![Command::Save { name }]
            }
            None => Vec::new(),
        },
        Response::Fixes { groups, .. } => {
            if state.fixes.open {
                state.fixes.groups = Some(groups);
            }
            Vec::new()
        }
        Response::Fixed {
            checked,
            changes,
            undo,
            ..
        } => {
            if state.shown.is_none() {
                return Vec::new();
            }
            state.issues = checked.issues.clone();
            state.filter = Filter::default();
            state.shown = Some(*checked);
            state.shown_check = state.id;
            state.unsaved = changes > 0 && changes != state.changes;
            state.changes = changes;
            state.can_undo = undo;
            state.changing = false;
            // The grid shows the changed file: the same page, asked for again.
            match &state.grid.page {
                Some(page) if state.grid.open => vec![Command::Post(Request::Rows {
                    id: state.id,
                    all: state.grid.all,
                    page: page.page,
                })],
                _ => Vec::new(),
            }
        }
        Response::Rows { grid, .. } => {
            if state.grid.open && grid.all == state.grid.all {
                state.grid.page = Some(grid);
            }
            Vec::new()
        }
        Response::FileIssues { issues, .. } => {
            if let Some(shown) = &mut state.shown {
                shown.file_issues = issues;
            }
            Vec::new()
        }
        // Answered before the check's number is looked at (main.rs).
        Response::Spoken { .. } => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::Summary;

    fn checked(name: &str, rows: usize) -> Box<Checked> {
        Box::new(Checked {
            name: name.to_string(),
            summary: Summary {
                rows,
                ..Summary::default()
            },
            issues: IssuePage {
                matching: 250,
                listed: 250,
                ..IssuePage::default()
            },
            ..Checked::default()
        })
    }

    /// `deals.csv` chosen and its 8 rows shown, as check 1.
    fn shown(state: &mut State) {
        chosen(state, "deals.csv");
        let checked = checked("deals.csv", 8);
        update(state, Msg::Worker(Response::Checked { id: 1, checked }), None);
    }

    fn chosen(state: &mut State, name: &str) -> Vec<Command> {
        update(
            state,
            Msg::FileChosen {
                name: name.to_string(),
                size: 1000.0,
            },
            None,
        )
    }

    #[test]
    fn a_language_is_loaded_once_and_what_the_worker_wrote_is_asked_for_again_in_it() {
        let mut state = State::new(MAX_MEGABYTES);
        // English is spoken from the start: nothing to load.
        assert_eq!(
            update(&mut state, Msg::LanguageChosen(Lang::En), None),
            vec![]
        );
        assert_eq!(
            update(&mut state, Msg::LanguageChosen(Lang::Sv), None),
            vec![Command::LoadLanguage(Lang::Sv)]
        );
        // Swedish comes before anything is shown: only the page's own text is written again.
        assert_eq!(
            update(&mut state, Msg::LanguageReady(Lang::Sv), None),
            vec![Command::Localize(Lang::Sv)]
        );
        assert_eq!(state.speaking, Lang::Sv);
        chosen(&mut state, "deals.csv");
        update(
            &mut state,
            Msg::Worker(Response::Checked {
                id: 1,
                checked: checked("deals.csv", 10),
            }),
            None,
        );
        // German chosen, then Swedish again before German came: German's answer is dropped.
        update(&mut state, Msg::LanguageChosen(Lang::De), None);
        update(&mut state, Msg::LanguageChosen(Lang::Sv), None);
        assert_eq!(
            update(&mut state, Msg::LanguageReady(Lang::De), None),
            vec![]
        );
        assert_eq!(state.speaking, Lang::Sv);
        update(&mut state, Msg::LanguageChosen(Lang::De), None);
        let commands = update(&mut state, Msg::LanguageReady(Lang::De), None);
        assert_eq!(commands[0], Command::Localize(Lang::De));
        assert!(
            matches!(
                &commands[1],
                Command::Post(Request::Issues { id: 1, page: 0, .. })
            ),
            "{commands:?}"
        );
        // A language that could not load takes the page and its worker back to English, saying
        // why; the failure of a language no longer chosen changes nothing.
        update(&mut state, Msg::LanguageChosen(Lang::Sv), None);
        update(&mut state, Msg::LanguageChosen(Lang::De), None);
        let failed = |lang| Msg::LanguageFailed {
            lang,
            error: "no".to_string(),
        };
        assert_eq!(update(&mut state, failed(Lang::Sv), None), vec![]);
        update(&mut state, Msg::LanguageChosen(Lang::Sv), None);
        let commands = update(&mut state, failed(Lang::Sv), None);
        assert_eq!(commands, vec![Command::LoadLanguage(Lang::En)]);
        assert_eq!(state.lang, Lang::En);
        assert_eq!(state.notice.as_deref(), Some("no"));
        // The Errors column's language waits for a language being loaded.
        update(&mut state, Msg::LanguageChosen(Lang::Sv), None);
        assert_eq!(update(&mut state, Msg::ErrorsLanguage(true), None), vec![]);
        assert!(state.errors_in_lang);
    }

    /// The bug this guards: a large file's late answer shown under a smaller file's name.
    #[test]
    fn an_answer_about_an_earlier_check_is_dropped() {
        let mut state = State::new(MAX_MEGABYTES);
        chosen(&mut state, "large.csv");
        let commands = chosen(&mut state, "small.csv");
        // The large file's check is stopped, the small one's asked for as check 2.
        assert_eq!(commands[0], Command::RestartWorker);
        assert!(
            matches!(&commands[1], Command::ReadAndCheck(Request::Check { id: 2, name, .. }) if name == "small.csv")
        );
        for late in [
            Response::Checked {
                id: 1,
                checked: checked("large.csv", 100_000),
            },
            Response::Failed {
                id: 1,
                message: "no".into(),
            },
            Response::Progress {
                id: 1,
                done: 1,
                total: 1,
            },
            Response::File {
                id: 1,
                which: Download::Annotated,
                name: "large.annotated.csv".into(),
            },
        ] {
            assert_eq!(update(&mut state, Msg::Worker(late), None), vec![]);
            assert_eq!(state.shown, None);
            assert!(
                matches!(&state.phase, Phase::Checking { name, progress } if name == "small.csv" && *progress == 0.0)
            );
        }
        update(
            &mut state,
            Msg::Worker(Response::Checked {
                id: 2,
                checked: checked("small.csv", 3),
            }),
            None,
        );
        assert_eq!(state.phase, Phase::Shown);
        assert_eq!(state.shown.as_ref().map(|c| c.summary.rows), Some(3));
        // A download is asked for about check 2, and only its answer is saved.
        let ask = update(&mut state, Msg::DownloadAsked(Download::Ready), None);
        assert_eq!(
            ask,
            vec![Command::Post(Request::Download {
                id: 2,
                which: Download::Ready,
                keep_unchanged: false,
            })]
        );
        let stale = Response::File {
            id: 1,
            which: Download::Ready,
            name: "large.ready-to-upload.csv".into(),
        };
        assert_eq!(update(&mut state, Msg::Worker(stale), None), vec![]);
        let fresh = Response::File {
            id: 2,
            which: Download::Ready,
            name: "small.ready-to-upload.csv".into(),
        };
        assert_eq!(
            update(&mut state, Msg::Worker(fresh), None),
            vec![Command::Save {
                name: "small.ready-to-upload.csv".into()
            }]
        );
    }

    #[test]
    fn a_chosen_template_checks_the_same_file_again() {
        let mut state = State::new(MAX_MEGABYTES);
        chosen(&mut state, "deals.csv");
        let done = Response::Checked {
            id: 1,
            checked: checked("deals.csv", 3),
        };
        update(&mut state, Msg::Worker(done), None);
        let again = update(
            &mut state,
            Msg::TemplateChosen(Some(TemplateId::Y2021)),
            None,
        );
        assert!(matches!(
            &again[..],
            [Command::ReadAndCheck(Request::Check { id: 2, template: Some(TemplateId::Y2021), name, .. })] if name == "deals.csv"
        ));
        // The same choice again does nothing; back to the file's own template checks again.
        assert_eq!(
            update(
                &mut state,
                Msg::TemplateChosen(Some(TemplateId::Y2021)),
                None
            ),
            vec![]
        );
        let back = update(&mut state, Msg::TemplateChosen(None), None);
        assert!(matches!(
            &back[..],
            [
                Command::RestartWorker,
                Command::ReadAndCheck(Request::Check {
                    id: 3,
                    template: None,
                    ..
                })
            ]
        ));
    }

    /// An export chosen (or put away) checks the file shown again, with it (the page reads both
    /// files); before any file, it waits for one. "Ready to upload" leaves the unchanged rows
    /// out unless the partner unticks it.
    #[test]
    fn an_export_chosen_checks_the_file_again_and_ready_leaves_unchanged_rows_out() {
        let mut state = State::new(MAX_MEGABYTES);
        let export = Some(("export.csv".to_string(), 1000.0));
        assert_eq!(
            update(&mut state, Msg::BaselineChosen(export.clone()), None),
            vec![]
        );
        assert_eq!(state.baseline.as_deref(), Some("export.csv"));
        shown(&mut state);
        let check = |id| Request::Check {
            id,
            name: "deals.csv".into(),
            today: None,
            template: None,
        };
        assert_eq!(
            update(&mut state, Msg::BaselineChosen(None), None),
            vec![Command::ReadAndCheck(check(2))]
        );
        assert_eq!(state.baseline, None);
        assert!(matches!(state.phase, Phase::Checking { .. }));
        assert_eq!(state.shown, None, "the answer without the export is gone");
        update(&mut state, Msg::Sample { name: "deals.csv".into() }, None);
        assert_eq!(
            update(&mut state, Msg::BaselineChosen(export), None),
            vec![Command::RestartWorker, Command::CheckSample(check(4))]
        );
        update(
            &mut state,
            Msg::Worker(Response::Checked {
                id: 4,
                checked: checked("deals.csv", 8),
            }),
            None,
        );
        let ready = |state: &mut State| update(state, Msg::DownloadAsked(Download::Ready), None);
        let asked = |keep_unchanged| {
            vec![Command::Post(Request::Download {
                id: 4,
                which: Download::Ready,
                keep_unchanged,
            })]
        };
        assert_eq!(ready(&mut state), asked(false));
        update(&mut state, Msg::KeepUnchanged(true), None);
        assert_eq!(ready(&mut state), asked(true));
        // An export over the limit: refused, said, the one before still compared with.
        let huge = Some(("huge.csv".to_string(), 300.0 * 1_048_576.0));
        assert_eq!(update(&mut state, Msg::BaselineChosen(huge), None), vec![]);
        assert_eq!(
            state.baseline_problem,
            Some(BaselineProblem::TooLarge("huge.csv".to_string(), 300))
        );
        assert_eq!(state.baseline.as_deref(), Some("export.csv"));
        assert_eq!(state.shown_id(), Some(4));
        // An export the browser could not read: the file was checked without it, and that is said.
        update(&mut state, Msg::BaselineUnread("export.csv".into()), None);
        assert_eq!(state.baseline, None);
        assert_eq!(
            state.baseline_problem,
            Some(BaselineProblem::Unread("export.csv".into()))
        );
        // A file over the size limit is not checked, nor checked again when an export comes.
        let huge = Msg::FileChosen {
            name: "huge.csv".into(),
            size: 300.0 * 1_048_576.0,
        };
        update(&mut state, huge, None);
        let export = Some(("export.csv".to_string(), 1000.0));
        assert_eq!(update(&mut state, Msg::BaselineChosen(export), None), vec![]);
        assert!(matches!(state.phase, Phase::TooLarge { .. }));
    }

    #[test]
    fn the_rules_documentation_is_fetched_once() {
        let mut state = State::new(MAX_MEGABYTES);
        let first = update(&mut state, Msg::RuleOpened("CS101".into()), None);
        assert_eq!(first, vec![Command::LoadDocs]);
        assert_eq!(update(&mut state, Msg::RuleClosed, None), vec![]);
        assert_eq!(
            update(&mut state, Msg::RuleOpened("CS102".into()), None),
            vec![]
        );
        update(&mut state, Msg::DocsLoaded(Ok(vec![])), None);
        assert_eq!(state.docs, Docs::Loaded(vec![]));
        assert_eq!(
            update(&mut state, Msg::RuleOpened("CS103".into()), None),
            vec![]
        );
    }

    #[test]
    fn a_cancelled_check_says_nothing_afterwards() {
        let mut state = State::new(MAX_MEGABYTES);
        chosen(&mut state, "deals.csv");
        assert_eq!(
            update(&mut state, Msg::Cancel, None),
            vec![Command::RestartWorker]
        );
        assert_eq!(state.phase, Phase::Cancelled);
        let late = Response::Checked {
            id: 1,
            checked: checked("deals.csv", 1),
        };
        update(&mut state, Msg::Worker(late), None);
        assert_eq!(state.phase, Phase::Cancelled);
        assert_eq!(state.shown, None);
    }

    #[test]
    fn a_file_over_the_limit_is_not_read() {
        let mut state = State::new(1.0);
        let commands = update(
            &mut state,
            Msg::FileChosen {
                name: "big.csv".into(),
                size: 2.0 * 1_048_576.0,
            },
            None,
        );
        assert!(!commands
            .iter()
            .any(|c| matches!(c, Command::ReadAndCheck(_))));
        assert!(matches!(state.phase, Phase::TooLarge { megabytes: 2, .. }));
        // ?max-mb= lowers the limit, never raises it.
        assert_eq!(State::new(10_000.0).max_megabytes, MAX_MEGABYTES);
    }

    #[test]
    fn filters_and_pages_ask_the_worker_and_take_only_the_latest_answer() {
        let mut state = State::new(MAX_MEGABYTES);
        chosen(&mut state, "deals.csv");
        let done = Response::Checked {
            id: 1,
            checked: checked("deals.csv", 250),
        };
        update(&mut state, Msg::Worker(done), None);
        assert_eq!(state.pages(), 3);
        let next = update(&mut state, Msg::PageStep(1), None);
        assert_eq!(
            next,
            vec![Command::Post(Request::Issues {
                id: 1,
                filter: Filter::default(),
                page: 1
            })]
        );
        // Before the page arrives, the filter changes: the page's answer no longer applies.
        let errors = Filter {
            severity: "error".into(),
            ..Filter::default()
        };
        update(&mut state, Msg::FilterChanged(errors.clone()), None);
        let old = Response::Issues {
            id: 1,
            issues: IssuePage {
                page: 1,
                matching: 250,
                ..IssuePage::default()
            },
        };
        update(&mut state, Msg::Worker(old), None);
        assert_eq!(state.issues.page, 0);
        let new = Response::Issues {
            id: 1,
            issues: IssuePage {
                filter: errors,
                matching: 7,
                ..IssuePage::default()
            },
        };
        update(&mut state, Msg::Worker(new), None);
        assert_eq!(state.issues.matching, 7);
        assert_eq!(state.pages(), 1);
        assert_eq!(update(&mut state, Msg::PageStep(1), None), vec![]);
    }

    /// The fixes' round trip: the list asked for and drawn from the worker's answer, a rule and
    /// a single fix unticked, the ticked ones asked for as the next check (answers about the
    /// previous one dropped), and Undo as the one after.
    #[test]
    fn fixes_are_listed_unticked_applied_and_undone() {
        use crate::protocol::FixGroup;
        let mut state = State::new(MAX_MEGABYTES);
        shown(&mut state);
        assert_eq!(
            update(&mut state, Msg::FixesOpened, None),
            vec![Command::Post(Request::Fixes { id: 1 })]
        );
        // Nothing to apply before the list comes.
        assert_eq!(update(&mut state, Msg::FixesApplied, None), vec![]);
        let fix = |row, after: &str| Fix {
            row,
            index: 3,
            column: "Customer Country".into(),
            before: "Germany".into(),
            after: after.into(),
        };
        let groups = vec![
            FixGroup {
                code: "CS211".into(),
                title: "country".into(),
                count: 2,
                fixes: vec![fix(2, "DE"), fix(3, "DE")],
            },
            FixGroup {
                code: "CS213".into(),
                title: "date".into(),
                count: 1,
                fixes: vec![fix(4, "1/30/2027")],
            },
        ];
        update(
            &mut state,
            Msg::Worker(Response::Fixes { id: 1, groups }),
            None,
        );
        assert_eq!(state.fixes.ticked(), 3);
        update(
            &mut state,
            Msg::FixTicked {
                row: 3,
                index: 3,
                ticked: false,
            },
            None,
        );
        update(
            &mut state,
            Msg::FixRuleTicked {
                code: "CS213".into(),
                ticked: false,
            },
            None,
        );
        assert_eq!(state.fixes.ticked(), 1);
        let commands = update(&mut state, Msg::FixesApplied, None);
        assert_eq!(
            commands,
            vec![Command::Post(Request::ApplyFixes {
                id: 1,
                next: 2,
                skip_rules: vec!["CS213".into()],
                skip: vec![(3, 3)],
            })]
        );
        assert!(state.changing && !state.fixes.open);
        // A page of issues about the file before the fixes is not taken.
        let late = Response::Issues {
            id: 1,
            issues: IssuePage {
                matching: 99,
                ..IssuePage::default()
            },
        };
        update(&mut state, Msg::Worker(late), None);
        assert_ne!(state.issues.matching, 99);
        update(
            &mut state,
            Msg::Worker(Response::Fixed {
                id: 2,
                checked: checked("deals.csv", 8),
                changes: 1,
                undo: true,
            }),
            None,
        );
        assert!(!state.changing && state.can_undo && state.unsaved);
        assert_eq!(state.changes, 1);
        assert_eq!(state.shown_id(), Some(2));
        assert_eq!(
            update(&mut state, Msg::Undo, None),
            vec![Command::Post(Request::Undo { id: 2, next: 3 })]
        );
        // A download saves the changes: leaving no longer asks.
        update(
            &mut state,
            Msg::Worker(Response::Fixed {
                id: 3,
                checked: checked("deals.csv", 8),
                changes: 0,
                undo: false,
            }),
            None,
        );
        assert!(!state.can_undo && !state.unsaved && state.changes == 0);
    }

    /// The grid: a page asked for, a typed cell sent as a change of the next check with the
    /// value it had, the same page asked for again once the changed file is checked.
    #[test]
    fn a_cell_typed_in_the_grid_is_a_change_and_the_page_comes_again() {
        use crate::protocol::{GridPage, GridRow};
        let mut state = State::new(MAX_MEGABYTES);
        shown(&mut state);
        assert_eq!(
            update(&mut state, Msg::GridOpened { all: false }, None),
            vec![Command::Post(Request::Rows {
                id: 1,
                all: false,
                page: 0
            })]
        );
        let grid = GridPage {
            total: 120,
            columns: vec![(5, "Solution 1".into()), (1, "Deal Name".into())],
            rows: vec![GridRow {
                row: 7,
                cells: vec!["".into(), "Deal".into()],
                problems: vec![],
                changes: vec![],
            }],
            ..GridPage::default()
        };
        update(
            &mut state,
            Msg::Worker(Response::Rows { id: 1, grid }),
            None,
        );
        // Three pages of 50: the last is 2.
        assert_eq!(
            update(&mut state, Msg::GridPageStep(5), None),
            vec![Command::Post(Request::Rows {
                id: 1,
                all: false,
                page: 2
            })]
        );
        // The same value again is no change.
        let same = Msg::CellEdited {
            row: 7,
            index: 1,
            after: "Deal".into(),
        };
        assert_eq!(update(&mut state, same, None), vec![]);
        let typed = Msg::CellEdited {
            row: 7,
            index: 5,
            after: "SOL-1".into(),
        };
        assert_eq!(
            update(&mut state, typed, None),
            vec![Command::Post(Request::Edit {
                id: 1,
                next: 2,
                cell: Fix {
                    row: 7,
                    index: 5,
                    column: "Solution 1".into(),
                    before: "".into(),
                    after: "SOL-1".into(),
                },
            })]
        );
        assert_eq!(state.grid.focus, Some((7, 5)));
        let commands = update(
            &mut state,
            Msg::Worker(Response::Fixed {
                id: 2,
                checked: checked("deals.csv", 8),
                changes: 1,
                undo: true,
            }),
            None,
        );
        assert_eq!(
            commands,
            vec![Command::Post(Request::Rows {
                id: 2,
                all: false,
                page: 0
            })]
        );
    }
}
