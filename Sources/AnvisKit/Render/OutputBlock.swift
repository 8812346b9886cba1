/// Rendered output read back into structure for exports: aligned tables (header, a rule of
/// dashes, rows — as `TableRenderer` writes them in table mode), Markdown tables, text bar
/// charts (`label  ████▌ value`) and everything else as plain text, in order.
public enum OutputBlock: Hashable, Sendable {
  case text([String])
  case table(OutputTable)
  case chart([ChartBar])

  /// Splits output lines into blocks.
  public static func scan(_ lines: [String]) -> [OutputBlock] {
    var blocks: [OutputBlock] = []
    var text: [String] = []
    func flush() {
      if !text.isEmpty { blocks.append(.text(text)) }
      text = []
    }
    var i = 0
    while i < lines.count {
      if let (table, used) = OutputTable.aligned(lines, at: i) ?? OutputTable.markdown(lines, at: i) {
        flush()
        blocks.append(.table(table))
        i += used
        continue
      }
      if ChartBar(line: lines[i]) != nil {
        flush()
        var bars: [ChartBar] = []
        while i < lines.count, let bar = ChartBar(line: lines[i]) {
          bars.append(bar)
          i += 1
        }
        blocks.append(.chart(bars))
        continue
      }
      text.append(lines[i])
      i += 1
    }
    flush()
    return blocks
  }
}

/// A table read from text: header cells, rows of cells, which columns hold numbers, and the
/// note under it (`… 12 more rows`, `(no rows)`), if any.
public struct OutputTable: Hashable, Sendable {
  public var header: [String]
  public var rows: [[String]]
  public var numeric: [Bool]
  public var note: String?

  /// A table-mode table starting at `start`: header, rule of dash runs, rows up to a blank line.
  static func aligned(_ lines: [String], at start: Int) -> (OutputTable, Int)? {
    guard start + 1 < lines.count, !lines[start].trimmingBlanks().isEmpty else { return nil }
    let rule = Array(lines[start + 1])
    guard rule.contains("-"), rule.allSatisfy({ $0 == "-" || $0 == " " }), rule.first == "-" else { return nil }
    var spans: [Range<Int>] = []
    var i = 0
    while i < rule.count {
      if rule[i] == "-" {
        let s = i
        while i < rule.count, rule[i] == "-" { i += 1 }
        spans.append(s..<i)
      } else {
        i += 1
      }
    }
    // Stretch each span to the start of the next one, so a cell is found wherever it sits.
    let cuts = spans.indices.map { k in spans[k].lowerBound..<(k + 1 < spans.count ? spans[k + 1].lowerBound : Int.max) }
    func cells(_ line: String) -> [String] {
      let chars = Array(line)
      return cuts.map { cut in
        guard cut.lowerBound < chars.count else { return "" }
        return String(chars[cut.lowerBound..<min(chars.count, cut.upperBound)]).trimmingBlanks()
      }
    }
    let header = cells(lines[start])
    guard header.allSatisfy({ !$0.isEmpty }) else { return nil }
    var rows: [[String]] = []
    var note: String?
    var j = start + 2
    while j < lines.count {
      let line = lines[j]
      let trimmed = line.trimmingBlanks()
      if trimmed.isEmpty { break }
      if trimmed.hasPrefix("… ") || trimmed.hasPrefix("(") && trimmed.hasSuffix(")") {
        note = trimmed
        j += 1
        break
      }
      rows.append(cells(line))
      j += 1
    }
    return (OutputTable(header: header, rows: rows, numeric: numericColumns(header.count, rows), note: note), j - start)
  }

  /// A Markdown table: `| a | b |`, `|---|---|`, rows.
  static func markdown(_ lines: [String], at start: Int) -> (OutputTable, Int)? {
    guard start + 1 < lines.count, lines[start].hasPrefix("|") else { return nil }
    let rule = lines[start + 1]
    guard rule.hasPrefix("|"), rule.contains("-"), rule.allSatisfy({ "|-: ".contains($0) }) else { return nil }
    func cells(_ line: String) -> [String] {
      var parts: [String] = []
      var current = ""
      var escaped = false
      for c in line.dropFirst() {
        if escaped {
          current.append(c)
          escaped = false
        } else if c == "\\" {
          escaped = true
        } else if c == "|" {
          parts.append(current.trimmingBlanks())
          current = ""
        } else {
          current.append(c)
        }
      }
      if !current.trimmingBlanks().isEmpty { parts.append(current.trimmingBlanks()) }
      return parts
    }
    let header = cells(lines[start])
    var rows: [[String]] = []
    var j = start + 2
    while j < lines.count, lines[j].hasPrefix("|") {
      var row = cells(lines[j])
      row += [String](repeating: "", count: max(0, header.count - row.count))
      rows.append(Array(row.prefix(header.count)))
      j += 1
    }
    return (OutputTable(header: header, rows: rows, numeric: numericColumns(header.count, rows), note: nil), j - start)
  }

  /// A column is numeric when every non-empty cell looks like a number.
  static func numericColumns(_ count: Int, _ rows: [[String]]) -> [Bool] {
    (0..<count).map { c in
      let cells = rows.compactMap { c < $0.count ? $0[c] : nil }.filter { !$0.isEmpty && $0 != "–" && $0 != "-" }
      return !cells.isEmpty && cells.allSatisfy(looksNumeric)
    }
  }

  static func looksNumeric(_ text: String) -> Bool {
    var body = Substring(text)
    if body.hasSuffix("%") { body = body.dropLast() }
    if body.hasSuffix(" kr") { body = body.dropLast(3) }
    if body.first == "-" || body.first == "+" || body.first == "−" { body = body.dropFirst() }
    guard let first = body.first, first.isASCII, first.isNumber else { return false }
    return body.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," || $0 == " " || $0 == "e" }
  }
}

/// One line of a text bar chart: a label, a bar of block characters and the value after it.
public struct ChartBar: Hashable, Sendable {
  public var label: String
  /// Bar length in eighths of a block (full blocks count 8, `▏` … `▉` 1 … 7).
  public var eighths: Int
  public var value: String

  static let partials: [Character: Int] = ["▏": 1, "▎": 2, "▍": 3, "▌": 4, "▋": 5, "▊": 6, "▉": 7, "█": 8]

  /// Reads `LABEL  ████▌ VALUE`; nil unless the line has a label and a bar.
  public init?(line: String) {
    let chars = Array(line)
    guard let barStart = chars.firstIndex(where: { Self.partials[$0] != nil }) else { return nil }
    var barEnd = barStart
    var eighths = 0
    while barEnd < chars.count, let e = Self.partials[chars[barEnd]] {
      eighths += e
      barEnd += 1
    }
    let label = String(chars[..<barStart]).trimmingBlanks()
    guard !label.isEmpty, barStart > 0, chars[barStart - 1] == " " else { return nil }
    let rest = String(chars[barEnd...])
    guard !rest.contains(where: { Self.partials[$0] != nil }) else { return nil }
    self.label = label
    self.eighths = eighths
    self.value = rest.trimmingBlanks()
  }

  public init(label: String, eighths: Int, value: String) {
    self.label = label
    self.eighths = eighths
    self.value = value
  }
}
