/// A workbook's shared strings as the writer collects them: each distinct text once, by first
/// use, with its width in characters (for fitting a column to its content).
struct SharedStrings {
  private(set) var list: [String] = []
  private(set) var widths: [Int] = []
  private var index: [String: Int] = [:]

  mutating func index(_ text: String) -> Int {
    if let i = index[text] { return i }
    index[text] = list.count
    list.append(text)
    widths.append(text.count)
    return list.count - 1
  }
}
