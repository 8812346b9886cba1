/// Table mode: columns aligned under a header rule, numbers right-aligned, missing values
/// shown as `·`, fitted to the screen when its width is known.
///
/// With a width, text cells longer than the table can afford are cut with `…` (never numbers,
/// never in files, pipes or transcripts, which have no width) — except in the last column,
/// whose text wraps at spaces onto lines of their own (a rule path, a lever's meaning); a
/// table that still does not fit is written as one `field | value` block per row
/// (`ExpandedLayout`), as psql's `\x auto`.
/// `rowLimit` rows are shown, then `… N more rows (.maxrows 0 shows all)`.
struct TableLayout {
  var rowLimit: Int?
  var width: Int?
  var expanded: ExpandedSetting

  /// How table mode shows a missing value: a middle dot, never a blank cell.
  static let missing = "·"
  /// Text cells are never cut shorter than this many characters to fit the screen.
  static let narrowestCut = 24
  static let gap = "  "

  /// One column as table mode shows it.
  struct ShownColumn {
    var header: String
    var cells: [String]
    var numeric: Bool
    /// Set on the last column when its text wraps at this width instead of being cut.
    var wrap: Int?

    var width: Int { wrap.map { max(header.count, $0) } ?? cells.reduce(header.count) { max($0, $1.count) } }
  }

  /// The table as text, its column names as headings and its notes as hints.
  func render(_ table: Table) -> StyledText {
    if table.columns.isEmpty { return "(no columns)\n" }
    let shown = rowLimit.map { min(table.rowCount, $0) } ?? table.rowCount
    let columns = table.columns.map { column in
      ShownColumn(
        header: TableRenderer.visible(column.name), cells: Self.cells(column, rows: 0..<shown),
        numeric: TableRenderer.isNumeric(column))
    }
    let expandedLayout = ExpandedLayout(width: width)
    if expanded == .on {
      return expandedLayout.render(columns, rows: shown) + footer(table.rowCount, shown: shown)
    }
    guard let width else { return aligned(columns, shown: shown) + footer(table.rowCount, shown: shown) }
    if let cut = Self.cutToFit(columns, width: width) {
      return aligned(cut, shown: shown) + footer(table.rowCount, shown: shown)
    }
    if expanded == .auto, shown > 0 {
      return expandedLayout.render(columns, rows: shown) + footer(table.rowCount, shown: shown)
    }
    // `.expanded off`: cut as far as allowed and let the terminal wrap the rest.
    let cut = columns.map { Self.cut($0, to: Self.narrowestCut) }
    return aligned(cut, shown: shown) + footer(table.rowCount, shown: shown)
  }

  /// The display text of a column's cells: control characters written out, missing as `·`.
  static func cells(_ column: Column, rows: Range<Int>) -> [String] {
    rows.map { column.isMissing($0) ? missing : TableRenderer.visible(column[$0].displayText) }
  }

  /// The total width of the columns side by side.
  static func totalWidth(_ columns: [ShownColumn]) -> Int {
    columns.reduce(0) { $0 + $1.width } + gap.count * max(0, columns.count - 1)
  }

  /// The columns with their text cells cut to the widest length that fits `width`, or nil
  /// when even cells of `narrowestCut` characters do not fit.
  static func cutToFit(_ columns: [ShownColumn], width: Int) -> [ShownColumn]? {
    if totalWidth(columns) <= width { return columns }
    let widest = columns.filter { !$0.numeric }.map(\.width).max() ?? 0
    guard widest > narrowestCut else { return nil }
    // The widest cut that fits: the total only grows with the cut, so search it.
    var low = narrowestCut
    var high = widest - 1
    var best: Int?
    while low <= high {
      let mid = (low + high) / 2
      if totalWidth(limited(columns, to: mid)) <= width {
        best = mid
        low = mid + 1
      } else {
        high = mid - 1
      }
    }
    return best.map { limited(columns, to: $0) }
  }

  /// Text columns no wider than `limit`: the last wraps, the others are cut.
  static func limited(_ columns: [ShownColumn], to limit: Int) -> [ShownColumn] {
    var out = columns.map { cut($0, to: limit) }
    if let last = columns.indices.last, !columns[last].numeric, columns[last].width > limit {
      out[last] = columns[last]
      out[last].wrap = limit
    }
    return out
  }

  /// A text column with every cell longer than `limit` cut to `limit` characters, `…` last.
  static func cut(_ column: ShownColumn, to limit: Int) -> ShownColumn {
    guard !column.numeric else { return column }
    var out = column
    out.cells = column.cells.map { cut($0, to: limit) }
    return out
  }

  /// `text` in at most `limit` characters, ending in `…` when cut.
  static func cut(_ text: String, to limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(max(0, limit - 1))) + "…"
  }

  private func aligned(_ columns: [ShownColumn], shown: Int) -> StyledText {
    let widths = columns.map(\.width)
    func line(_ texts: [String], role: TextRole? = nil) -> StyledText {
      var out = StyledText()
      for (i, text) in texts.enumerated() {
        if i > 0 { out.append(Self.gap) }
        let pad = String(repeating: " ", count: max(0, widths[i] - text.count))
        if columns[i].numeric { out.append(pad) }
        out.append(text, as: role)
        if !columns[i].numeric { out.append(pad) }
      }
      var trimmed = out.trimmingTrailingWhitespace()
      trimmed.append("\n")
      return trimmed
    }
    var out = line(columns.map(\.header), role: .heading)
    out.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: Self.gap) + "\n")
    for row in 0..<shown {
      guard let last = columns.last, let wrap = last.wrap, last.cells[row].count > wrap else {
        out += line(columns.map { $0.cells[row] })
        continue
      }
      let pieces = ExpandedLayout.wrap(last.cells[row], width: wrap)
      for (i, piece) in pieces.enumerated() {
        out += line(columns.dropLast().map { i == 0 ? $0.cells[row] : "" } + [piece])
      }
    }
    return out
  }

  /// `(no rows)`, or `… N more rows` naming the setting that shows them.
  func footer(_ rowCount: Int, shown: Int) -> StyledText {
    if rowCount == 0 { return StyledText("(no rows)", as: .hint) + "\n" }
    let hidden = rowCount - shown
    guard hidden > 0 else { return "" }
    return StyledText("… \(hidden) more row\(hidden == 1 ? "" : "s") (.maxrows 0 shows all)", as: .hint) + "\n"
  }
}
