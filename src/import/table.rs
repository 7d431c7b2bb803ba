//! A CSV file as rows of named cells, with the line number of each row for messages. Spreadsheets in
//! Spanish or German settings save with `;` between cells (the comma is their decimal separator), so the
//! separator is taken from the header line.

use anyhow::{Context, Result};
use std::path::Path;

pub(crate) struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

pub(crate) struct Row {
    /// The line in the file where the row starts (1 = the header).
    pub line: usize,
    cells: Vec<String>,
}

impl Table {
    pub(crate) fn read(file: &Path) -> Result<Table> {
        let bytes = std::fs::read(file).with_context(|| crate::msg!("import-cannot-read", file = file.display()))?;
        let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
        let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
        let count = |c: u8| first_line.iter().filter(|b| **b == c).count();
        let delimiter = if count(b';') > count(b',') { b';' } else { b',' };
        let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(bytes);
        let headers: Vec<String> = reader
            .headers()
            .with_context(|| crate::msg!("import-not-csv", file = file.display()))?
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.with_context(|| crate::msg!("import-not-csv", file = file.display()))?;
            let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            rows.push(Row { line, cells: record.iter().map(str::to_string).collect() });
        }
        Ok(Table { headers, rows })
    }

    /// The index of a column, by name without regard to case.
    pub(crate) fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h.eq_ignore_ascii_case(name))
    }

    /// The cell of `row` under column `name`, trimmed; empty when the column or the cell is missing.
    pub(crate) fn get<'r>(&self, row: &'r Row, name: &str) -> &'r str {
        self.column(name).and_then(|i| row.cells.get(i)).map(|s| s.trim()).unwrap_or("")
    }

    /// The name of the column as the file spells it, for messages.
    pub(crate) fn header<'a>(&'a self, name: &'a str) -> &'a str {
        self.column(name).map(|i| self.headers[i].as_str()).unwrap_or(name)
    }

    /// Columns the format needs that the file lacks, for one message naming them all.
    pub(crate) fn missing(&self, required: &[&str]) -> Vec<String> {
        required.iter().filter(|c| self.column(c).is_none()).map(|c| c.to_string()).collect()
    }
}
