//! The whole interactive state as plain data: what is loaded, what is selected, focused,
//! open, scrolled and highlighted. Only `update` changes it; rendering only reads it.

use ratatui::layout::Rect;
use serde::{Deserialize, Serialize};

use super::articles::Articles;
use super::document::Document;
use super::entities::{self, PanelItem, PanelRow};
use super::keymap::Keymap;
use super::map::{MapGlyphs, MapView};
use super::places::PlaceBook;
use super::ranking::EntitiesView;
use super::timeline::Timeline;
use super::view::{ListFilter, Sort};
use crate::article::{Article, LoadProblem, Loaded};
use crate::config::ListDetail;
use crate::extract::{self, Date, Entities, Span};
use crate::index::EntityIndex;
use crate::store::{Marks, Position, SavedState, article_key};
use crate::ui::layout::{ScreenLayout, inner, screen_layout};
use crate::ui::theme::Theme;

/// The three panes, left to right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pane {
    List,
    Reader,
    Panel,
}

impl Pane {
    #[must_use]
    pub fn next(self) -> Self {
        match self {
            Pane::List => Pane::Reader,
            Pane::Reader => Pane::Panel,
            Pane::Panel => Pane::List,
        }
    }

    #[must_use]
    pub fn prev(self) -> Self {
        self.next().next()
    }

    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Pane::List => "Articles",
            Pane::Reader => "Reader",
            Pane::Panel => "Entities",
        }
    }
}

/// What the keyboard is talking to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    /// Typing a search into the prompt line.
    Find,
    Help,
    LoadReport,
    /// Typing the list's filter query into the prompt line.
    Filter,
    /// The entities view over the listed articles is open.
    Entities,
    /// The map of the open article's or the list's places.
    Map,
    /// The open article's dates in order.
    Timeline,
}

/// A set of spans painted in the reader (an entity's mentions or find matches), with the
/// one that `n`/`N` last moved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    /// What is highlighted, for the status bar ("Kunming", "/defectors").
    pub label: String,
    pub spans: Vec<Span>,
    pub current: usize,
}

/// The article in the reader, with everything derived from it.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenArticle {
    /// Index into `AppState::articles`.
    pub index: usize,
    pub document: Document,
    /// The first reader line on screen.
    pub top: usize,
    pub panel: Vec<PanelItem>,
    pub panel_rows: Vec<PanelRow>,
    pub panel_selected: usize,
    /// The first panel row on screen.
    pub panel_offset: usize,
    pub highlight: Option<Highlight>,
}

impl OpenArticle {
    /// The panel row that shows item `item`.
    #[must_use]
    pub fn row_of_item(&self, item: usize) -> Option<usize> {
        self.panel_rows
            .iter()
            .position(|r| *r == PanelRow::Item(item))
    }
}

/// Everything the interactive application knows.
#[derive(Debug, Clone)]
pub struct AppState {
    pub articles: Articles,
    pub problems: Vec<LoadProblem>,
    /// Whether each article has been opened, by article index.
    pub read: Vec<bool>,
    /// Whether each article is starred, by article index.
    pub starred: Vec<bool>,
    /// The articles the list shows, in the order it shows them, as indices into
    /// `articles`: every article by default; a filter or a sort changes only this.
    pub view: Vec<usize>,
    /// The selected row of the list: a position in `view`, not an article index.
    pub selected: usize,
    /// The first row of `view` shown in the list.
    pub list_offset: usize,
    pub focus: Pane,
    pub mode: Mode,
    /// The terminal size last reported.
    pub area: Rect,
    pub open: Option<OpenArticle>,
    /// The search being typed in the prompt.
    pub find_input: String,
    /// How far the help or load-report overlay is scrolled.
    pub overlay_scroll: usize,
    /// A one-off notice for the status bar ("no matches for ...").
    pub message: Option<String>,
    /// The key bindings, kept here so help and hints are drawn from them.
    pub keymap: Keymap,
    /// Finds the entities of an opened article: always [`extract::extract`] in the app;
    /// tests put in hand-written entities for their hand-written articles.
    pub extractor: Extractor,
    /// What the background indexer has found so far, by article.
    pub index: EntityIndex,
    /// Whether the background indexer is running (the status bar shows its progress).
    pub indexing: bool,
    /// Where articles were left off, by article index (none: at the top); few are.
    pub positions: std::collections::HashMap<usize, Position>,
    /// The saved marks of every article ever seen, loaded at start: the loaded articles'
    /// marks are written over it when saving, so articles not loaded now keep theirs.
    pub saved: SavedState,
    /// The articles whose marks this run changed since the last write: only their marks
    /// are written (every other article's marks are what was loaded). Keeping the keys of
    /// 100,000 articles instead would cost megabytes for nothing.
    pub marked: std::collections::BTreeSet<usize>,
    /// Goes up whenever `read`, `starred` or `positions` change; the event loop saves the
    /// state when it has moved since the last save.
    pub marks_revision: u64,
    /// The styles everything is drawn with.
    pub theme: Theme,
    /// What the list's second row shows for each article.
    pub list_details: Vec<ListDetail>,
    /// The list's filter query (what `view` keeps).
    pub filter: ListFilter,
    /// The list's order.
    pub sort: Sort,
    /// The entities view, while or since it was open.
    pub entities: Option<EntitiesView>,
    /// While the files are still being read: how many have been read so far.
    pub loading: Option<usize>,
    /// Place details (coordinates, readings) learnt from the extractor, which the index
    /// does not keep.
    pub places: PlaceBook,
    /// The map while it is shown.
    pub map: Option<MapView>,
    /// The timeline while it is shown.
    pub timeline: Option<Timeline>,
    /// What the map is drawn with (braille unless the terminal lacks it).
    pub map_glyphs: MapGlyphs,
}

/// The signature of [`extract::extract`].
pub type Extractor = fn(&str, Option<Date>) -> Entities;

/// Rows each article takes in the list: title, then date and source.
pub const LIST_ROWS_PER_ARTICLE: u16 = 2;

impl AppState {
    /// The state for a freshly loaded collection, before the first resize.
    #[must_use]
    pub fn new(loaded: Loaded, keymap: Keymap) -> Self {
        let count = loaded.articles.len();
        Self {
            index: EntityIndex::new(count),
            indexing: false,
            loading: None,
            articles: Articles::new(loaded.articles),
            problems: loaded.problems,
            read: vec![false; count],
            starred: vec![false; count],
            view: (0..count).collect(),
            selected: 0,
            list_offset: 0,
            focus: Pane::List,
            mode: Mode::Normal,
            area: Rect::new(0, 0, 80, 24),
            open: None,
            find_input: String::new(),
            overlay_scroll: 0,
            message: None,
            keymap,
            extractor: extract::extract,
            positions: std::collections::HashMap::new(),
            marked: std::collections::BTreeSet::new(),
            saved: SavedState::default(),
            marks_revision: 0,
            theme: Theme::default(),
            list_details: ListDetail::DEFAULT.to_vec(),
            filter: ListFilter::default(),
            sort: Sort::default(),
            entities: None,
            places: PlaceBook::default(),
            map: None,
            timeline: None,
            map_glyphs: MapGlyphs::default(),
        }
    }

    /// The state with the saved marks applied to every loaded article.
    #[must_use]
    pub fn with_saved(mut self, saved: SavedState) -> Self {
        self.saved = saved;
        self.apply_saved_marks(0..self.articles.len());
        self
    }

    /// Sets the marks of the articles `indices` from the saved state. Articles that
    /// arrive later (the background load, a watched folder) get theirs through this.
    pub fn apply_saved_marks(&mut self, indices: impl IntoIterator<Item = usize>) {
        let count = self.articles.len();
        self.read.resize(count, false);
        self.starred.resize(count, false);
        if self.saved.articles.is_empty() {
            return;
        }
        for index in indices {
            let Some(article) = self.articles.get(index) else {
                continue;
            };
            let marks = self.saved.marks_by_key(&article_key(article));
            self.read[index] = marks.read;
            self.starred[index] = marks.starred;
            match marks.position {
                Some(position) => self.positions.insert(index, position),
                None => self.positions.remove(&index),
            };
        }
    }

    /// Notes that article `index`'s marks changed, so the next write includes them.
    pub fn marks_changed_at(&mut self, index: usize) {
        self.marked.insert(index);
        self.marks_revision += 1;
    }

    /// Clears the marks of a slot whose article is gone (its file was deleted). The saved
    /// marks stay: the file may come back.
    pub fn forget_marks(&mut self, index: usize) {
        if let Some(read) = self.read.get_mut(index) {
            *read = false;
        }
        if let Some(starred) = self.starred.get_mut(index) {
            *starred = false;
        }
        self.positions.remove(&index);
        self.marked.remove(&index);
    }

    /// What is remembered about article `index` now.
    #[must_use]
    pub fn marks_of(&self, index: usize) -> Marks {
        Marks {
            read: self.read.get(index).copied().unwrap_or(false),
            starred: self.starred.get(index).copied().unwrap_or(false),
            position: self.positions.get(&index).copied(),
        }
    }

    /// The state to write: what was loaded, with every loaded article's current marks.
    #[must_use]
    pub fn saved_state(&self) -> SavedState {
        self.merged_into(self.saved.clone())
    }

    /// `on_disk` (the state file as it is now) with this run's changes: the marks of each
    /// article changed since the last write that differ from `saved`, what this run last
    /// loaded or wrote. So what another dateline wrote meanwhile about other articles is
    /// kept.
    #[must_use]
    pub fn merged_into(&self, mut on_disk: SavedState) -> SavedState {
        for &index in &self.marked {
            let Some(article) = self.articles.get(index) else {
                continue;
            };
            let key = article_key(article);
            let marks = self.marks_of(index);
            if marks != self.saved.marks_by_key(&key) {
                on_disk.set_marks_by_key(&key, marks);
            }
        }
        on_disk
    }

    /// The article index of the selected list row, if the list is not empty.
    #[must_use]
    pub fn selected_article(&self) -> Option<usize> {
        self.view.get(self.selected).copied()
    }

    /// The current screen layout, or `None` when the terminal is too small.
    #[must_use]
    pub fn layout(&self) -> Option<ScreenLayout> {
        screen_layout(self.area)
    }

    /// How many articles fit in the list.
    #[must_use]
    pub fn list_capacity(&self) -> usize {
        self.layout().map_or(1, |l| {
            usize::from((inner(l.list).height / LIST_ROWS_PER_ARTICLE).max(1))
        })
    }

    /// How many reader lines fit on screen.
    #[must_use]
    pub fn reader_height(&self) -> usize {
        self.layout()
            .map_or(1, |l| usize::from(l.reader_text().height.max(1)))
    }

    /// How many panel rows fit on screen (above the evidence area).
    #[must_use]
    pub fn panel_height(&self) -> usize {
        self.layout().map_or(1, |l| {
            let (list, _) = crate::ui::panel::panel_areas(inner(l.panel));
            usize::from(list.height.max(1))
        })
    }

    /// The column count the reader wraps at.
    #[must_use]
    pub fn reader_width(&self) -> usize {
        self.layout()
            .map_or(1, |l| usize::from(l.reader_text().width.max(1)))
    }

    /// The open article itself.
    #[must_use]
    pub fn open_article(&self) -> Option<(&OpenArticle, &Article)> {
        let open = self.open.as_ref()?;
        Some((open, self.articles.get(open.index)?))
    }

    /// Builds the reader state for article `index`: wrapped lines and grouped entities,
    /// taken from the index when the article is indexed, else extracted now.
    #[must_use]
    pub fn prepare(&self, index: usize) -> Option<OpenArticle> {
        let article = self.articles.get(index)?;
        let found = match self.index.entities(index) {
            Some(mut found) => {
                self.places.fill(index, &mut found.places);
                found
            }
            None => (self.extractor)(&article.text, article.date),
        };
        let panel = entities::group(&article.text, &found);
        let panel_rows = entities::rows(&panel);
        Some(OpenArticle {
            index,
            document: Document::new(article, self.reader_width()),
            top: 0,
            panel,
            panel_rows,
            panel_selected: 0,
            panel_offset: 0,
            highlight: None,
        })
    }

    /// The number of problems met while loading, for the status bar.
    #[must_use]
    pub fn problem_count(&self) -> usize {
        self.problems.len()
    }
}
