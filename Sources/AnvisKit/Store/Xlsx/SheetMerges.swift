/// Merged cells of a table sheet, judged against where the table lies (the header row, the last
/// row holding a value and the last column holding one). Excel keeps a merged range's value in
/// its first cell and leaves the others empty, so a merge in the header or among the rows
/// breaks the table and is refused; one wholly outside it (a title above, a remark beside or
/// below) holds no value the table reads and is only noted.
struct SheetMerges {
  /// Refused: the range's first cell and what is wrong.
  var problems: [(CellReference, String)] = []
  /// Noted: what was left out.
  var notes: [String] = []

  init(_ ranges: [String], cells: SheetCells, sheet: String) {
    let header = cells.rows.lazy.map(\.number).min() ?? 1
    let lastRow = cells.rows.lazy.map(\.number).max() ?? 0
    let width = cells.cells.lazy.map(\.column).max() ?? 0
    for range in ranges {
      let ends = range.split(separator: ":", omittingEmptySubsequences: false)
      let first = ends.first.flatMap { CellReference($0) } ?? CellReference(column: 1, row: 1)
      let last = ends.count == 2 ? CellReference(ends[1]) ?? first : first
      let outside = last.row < header || first.row > lastRow || first.column > width
      if outside {
        notes.append("\(sheet)!\(range): merged cells outside the table; left out")
      } else {
        problems.append((first, "merged cells \(range); a table needs one value in each cell: unmerge them"))
      }
    }
  }
}
