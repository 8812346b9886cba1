/// Rendered output read back into structure for exports: aligned tables (header, a rule of
/// dashes, rows — as `TableRenderer` writes them in table mode), Markdown tables, simulation
/// summaries (`  housed   84.8  [71–98]`, read as a metric/mean/p5–p95 table), text bar
/// charts (`label  ████▌  value`, as `Chart.bars` draws them), p5–p95 bands
/// (`label  ├──●──┤  64  [58–71]`, as `Chart.bands` draws them) and everything else as plain
/// text, in order. A chart's title is the text line just above it.
public enum OutputBlock: Hashable, Sendable {
  case text([String])
  case table(OutputTable)
  case chart(title: String?, bars: [ChartBar])
  case bands(title: String?, bands: [ChartBand])

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
      if let (table, used) = OutputTable.aligned(lines, at: i) ?? OutputTable.markdown(lines, at: i)
        ?? OutputTable.summary(lines, at: i)
      {
        flush()
        blocks.append(.table(table))
        i += used
        continue
      }
      if let first = ChartBar(line: lines[i]) {
        let title = takeTitle(&text)
        flush()
        var bars = [first]
        i += 1
        while i < lines.count,
          let bar = ChartBar(line: lines[i]) ?? ChartBar(emptyLine: lines[i], like: first)
        {
          bars.append(bar)
          i += 1
        }
        blocks.append(.chart(title: title, bars: bars))
        continue
      }
      if ChartBand(line: lines[i]) != nil {
        let title = takeTitle(&text)
        flush()
        var bands: [ChartBand] = []
        while i < lines.count, let band = ChartBand(line: lines[i]) {
          bands.append(band)
          i += 1
        }
        blocks.append(.bands(title: title, bands: bands))
        continue
      }
      text.append(lines[i])
      i += 1
    }
    flush()
    return blocks
  }

  /// The text line just above a chart, as its title (removed from the text).
  static func takeTitle(_ text: inout [String]) -> String? {
    guard let last = text.last, !last.trimmingBlanks().isEmpty, last.count <= 80 else { return nil }
    text.removeLast()
    return last.trimmingBlanks()
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
    guard rule.contains("-"), rule.allSatisfy({ $0 == "-" || $0 == " " }), rule.first == "-" else {
      return nil
    }
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
    let cuts = spans.indices.map { k in
      spans[k].lowerBound..<(k + 1 < spans.count ? spans[k + 1].lowerBound : Int.max)
    }
    func cells(_ line: String) -> [String] {
      let chars = Array(line)
      return cuts.map { cut in
        guard cut.lowerBound < chars.count else { return "" }
        return String(chars[cut.lowerBound..<min(chars.count, cut.upperBound)]).trimmingBlanks()
      }
    }
    // A row fits the columns: blank between the dash runs and nothing past the last one.
    // Anything else (a line of text, the next table's header) ends the table.
    func fits(_ line: String) -> Bool {
      let chars = Array(line.trimmingTrailingBlanks())
      guard chars.count <= rule.count else { return false }
      return chars.indices.allSatisfy { rule[$0] == "-" || chars[$0] == " " }
    }
    let header = cells(lines[start])
    guard header.allSatisfy({ !$0.isEmpty }), fits(lines[start]) else { return nil }
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
      guard fits(line) else { break }
      // A line just above a chart is the chart's title (compare's charts follow its table).
      if j + 1 < lines.count, ChartBar(line: lines[j + 1]) != nil || ChartBand(line: lines[j + 1]) != nil {
        break
      }
      rows.append(cells(line))
      j += 1
    }
    return (
      OutputTable(header: header, rows: rows, numeric: numericColumns(header.count, rows), note: note),
      j - start
    )
  }

  /// A Markdown table: `| a | b |`, `|---|---|`, rows.
  static func markdown(_ lines: [String], at start: Int) -> (OutputTable, Int)? {
    guard start + 1 < lines.count, lines[start].hasPrefix("|") else { return nil }
    let rule = lines[start + 1]
    guard rule.hasPrefix("|"), rule.contains("-"), rule.allSatisfy({ "|-: ".contains($0) }) else {
      return nil
    }
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
    return (
      OutputTable(header: header, rows: rows, numeric: numericColumns(header.count, rows), note: nil),
      j - start
    )
  }

  /// A column is numeric when every non-empty cell looks like a number.
  static func numericColumns(_ count: Int, _ rows: [[String]]) -> [Bool] {
    (0..<count).map { c in
      let cells = rows.compactMap { c < $0.count ? $0[c] : nil }.filter {
        !$0.isEmpty && $0 != "–" && $0 != "-"
      }
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
  /// Where the bar starts in its line (not compared).
  var barColumn = 0

  public static func == (a: ChartBar, b: ChartBar) -> Bool {
    a.label == b.label && a.eighths == b.eighths && a.value == b.value
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(label)
    hasher.combine(eighths)
    hasher.combine(value)
  }

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
    self.barColumn = barStart
  }

  /// A zero-length bar in a chart whose first bar is `like`: the label where labels are, only
  /// blanks where the bar would be, then a value.
  init?(emptyLine line: String, like first: ChartBar) {
    let chars = Array(line)
    guard chars.count > first.barColumn, chars[first.barColumn] == " " else { return nil }
    let label = String(chars[..<first.barColumn]).trimmingBlanks()
    let value = String(chars[first.barColumn...]).trimmingBlanks()
    guard !label.isEmpty, !value.isEmpty, !value.contains(" ") else { return nil }
    self.init(label: label, eighths: 0, value: value)
    barColumn = first.barColumn
  }

  public init(label: String, eighths: Int, value: String) {
    self.label = label
    self.eighths = eighths
    self.value = value
  }
}

/// One line of a p5–p95 band chart: `label  ├───●──┤  64  [58–71]`.
public struct ChartBand: Hashable, Sendable {
  public var label: String
  public var mean: Double
  public var low: Double
  public var high: Double
  /// The numbers as printed.
  public var meanText: String
  public var lowText: String
  public var highText: String

  static let marks: Set<Character> = ["├", "─", "●", "┤"]

  /// Reads a band line; nil unless it has a label, a `●` and `MEAN  [LOW–HIGH]` at its end.
  public init?(line: String) {
    guard line.contains("●"), line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
    let range = line[line.index(after: open)..<line.index(before: line.endIndex)]
    guard let dash = range.firstIndex(of: "–") else { return nil }
    let lowText = String(range[..<dash]), highText = String(range[range.index(after: dash)...])
    let before = Array(line[..<open])
    guard let firstMark = before.firstIndex(where: { Self.marks.contains($0) }),
      let lastMark = before.lastIndex(where: { Self.marks.contains($0) })
    else { return nil }
    let label = String(before[..<firstMark]).trimmingBlanks()
    let meanText = String(before[(lastMark + 1)...]).trimmingBlanks()
    guard !label.isEmpty, let mean = Self.number(meanText), let low = Self.number(lowText),
      let high = Self.number(highText)
    else { return nil }
    self.label = label
    self.mean = mean
    self.low = low
    self.high = high
    self.meanText = meanText
    self.lowText = lowText
    self.highText = highText
  }

  public init(label: String, mean: Double, low: Double, high: Double) {
    self.label = label
    self.mean = mean
    self.low = low
    self.high = high
    meanText = ChartBand.plain(mean)
    lowText = ChartBand.plain(low)
    highText = ChartBand.plain(high)
  }

  public static func == (a: ChartBand, b: ChartBand) -> Bool {
    a.label == b.label && a.mean == b.mean && a.low == b.low && a.high == b.high
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(label)
    hasher.combine(mean)
    hasher.combine(low)
    hasher.combine(high)
  }

  /// `12,345`, `-3.5`, `0.27` as a number (thousands commas dropped).
  static func number(_ text: String) -> Double? {
    let cleaned = text.trimmingBlanks().filter { $0 != "," }.replacingMinus()
    return Double(cleaned)
  }

  static func plain(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x) }
}

extension String {
  fileprivate func replacingMinus() -> String { String(map { $0 == "−" ? "-" : $0 }) }
}
