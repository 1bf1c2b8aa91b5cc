use maud::{Markup, html};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

use super::form_group::render_content;
use super::{Content, classes};

/// One cell of a table's body (or, as [`TableHeadCell`], of its head).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TableCell {
    /// `text` may be given as a number, as Nunjucks prints either.
    #[serde(flatten, deserialize_with = "scalar_content")]
    pub content: Content,
    /// `numeric` right-aligns the cell (`govuk-table__cell--numeric`). Ignored on a row's header cell.
    pub format: Option<String>,
    pub classes: Option<String>,
    pub colspan: Option<u32>,
    pub rowspan: Option<u32>,
}

/// A cell of the table's head: the same parameters as a body cell.
pub type TableHeadCell = TableCell;

/// Data laid out in rows and columns.
///
/// <https://design-system.service.gov.uk/components/table/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Table {
    /// Rows of cells. In the options, a row that is `null` or `false` is left out, as the macro skips it.
    #[serde(default, deserialize_with = "rows")]
    pub rows: Vec<Vec<TableCell>>,
    /// The column headings; `Some` renders a head (as the macro does for any list, even an empty one).
    pub head: Option<Vec<TableHeadCell>>,
    pub caption: Option<String>,
    /// Such as `govuk-table__caption--m` to size the caption as a heading.
    pub caption_classes: Option<String>,
    /// Renders each row's first cell as a row header (`<th scope="row">`).
    pub first_cell_is_header: Option<bool>,
    pub classes: Option<String>,
}

pub fn table(params: &Table) -> Markup {
    let first_cell_is_header = params.first_cell_is_header.unwrap_or(false);
    html! {
        table class=(classes("govuk-table", &params.classes)) {
            @if let Some(caption) = params.caption.as_ref().filter(|c| !c.is_empty()) {
                caption class=(classes("govuk-table__caption", &params.caption_classes)) { (caption) }
            }
            @if let Some(head) = &params.head {
                thead.govuk-table__head {
                    tr.govuk-table__row {
                        @for cell in head {
                            th scope="col" class=(cell_class("govuk-table__header", cell, true))
                                colspan=[span(cell.colspan)] rowspan=[span(cell.rowspan)] {
                                (render_content(&cell.content))
                            }
                        }
                    }
                }
            }
            tbody.govuk-table__body {
                @for row in &params.rows {
                    tr.govuk-table__row {
                        @for (index, cell) in row.iter().enumerate() {
                            @if index == 0 && first_cell_is_header {
                                th scope="row" class=(cell_class("govuk-table__header", cell, false))
                                    colspan=[span(cell.colspan)] rowspan=[span(cell.rowspan)] {
                                    (render_content(&cell.content))
                                }
                            } @else {
                                td class=(cell_class("govuk-table__cell", cell, true))
                                    colspan=[span(cell.colspan)] rowspan=[span(cell.rowspan)] {
                                    (render_content(&cell.content))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The cell's class: the base, its `format` modifier (`<base>--numeric`) unless it is a row header, then `classes`.
fn cell_class(base: &str, cell: &TableCell, with_format: bool) -> String {
    let base = match cell.format.as_deref().filter(|f| with_format && !f.is_empty()) {
        Some(format) => format!("{base} {base}--{format}"),
        None => base.to_owned(),
    };
    classes(&base, &cell.classes)
}

/// `colspan` and `rowspan` are left out when unset or 0, as the macro tests them for truthiness.
fn span(span: Option<u32>) -> Option<u32> {
    span.filter(|s| *s != 0)
}

/// A cell's `text` or `html`, where `text` may be a number (the fixtures have `{"text": 1}`).
fn scalar_content<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Content, D::Error> {
    #[derive(Deserialize)]
    struct ScalarContent {
        #[serde(default, deserialize_with = "super::scalar::opt_string")]
        text: Option<String>,
        #[serde(default)]
        html: Option<String>,
    }
    let ScalarContent { text, html } = ScalarContent::deserialize(deserializer)?;
    Ok(Content { text, html })
}

/// The rows, leaving out any that is `null` or `false` (the macro's `{% if row %}`).
fn rows<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Vec<TableCell>>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Row {
        Cells(Vec<TableCell>),
        Falsy(Option<bool>),
    }
    let rows = Vec::<Row>::deserialize(deserializer)?;
    rows.into_iter()
        .filter_map(|row| match row {
            Row::Cells(cells) => Some(Ok(cells)),
            Row::Falsy(None | Some(false)) => None,
            Row::Falsy(Some(true)) => Some(Err(D::Error::custom("a table row must be a list of cells, null or false"))),
        })
        .collect()
}
