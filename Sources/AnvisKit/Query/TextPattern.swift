/// A small regular expression for `matches(s, "re")`, run as a Thompson NFA (a Pike VM
/// without captures): time linear in the text times the pattern, whatever either holds, so no
/// pattern can make a query hang. Syntax: literals, `.`, `[a-z]`, `[^…]`, `\d \w \s` (and
/// `\D \W \S`), `\` before punctuation, `( )`, `(?: )`, `|`, `* + ?`, `{m}`, `{m,}`, `{m,n}`
/// (n ≤ 100), `^` and `$`. It matches anywhere in the text, like DuckDB's `regexp_matches`.
struct TextPattern: Sendable {
  enum Instruction: Sendable {
    case scalar(Unicode.Scalar)
    case any
    case set([ClosedRange<UInt32>], negated: Bool)
    case split(Int, Int)
    case jump(Int)
    case start, end
    case match
  }

  struct SyntaxError: Error {
    var message: String
    /// 0-based character offset in the pattern.
    var offset: Int
  }

  let program: [Instruction]

  static let maximumLength = 1000

  /// Compiles `pattern`, or says what is wrong and where.
  init(_ pattern: String) throws(SyntaxError) {
    guard pattern.unicodeScalars.count <= TextPattern.maximumLength else {
      throw SyntaxError(message: "the pattern is longer than \(TextPattern.maximumLength) characters", offset: 0)
    }
    var parser = TextPatternParser(Array(pattern.unicodeScalars))
    let node = try parser.parse()
    guard TextPatternParser.size(node) <= 20_000 else {
      throw SyntaxError(message: "the pattern repeats too much (its program passes 20000 steps)", offset: 0)
    }
    var code: [Instruction] = []
    TextPatternParser.emit(node, into: &code)
    code.append(.match)
    program = code
  }

  /// Whether the pattern matches somewhere in `text`.
  func matches(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    var current = ThreadList(size: program.count)
    var next = ThreadList(size: program.count)
    var i = 0
    while true {
      // A new attempt starts at every position (an unanchored search).
      if add(0, at: i, count: scalars.count, to: &current) { return true }
      if i == scalars.count { return false }
      let c = scalars[i]
      next.clear()
      for pc in current.items {
        let advance: Bool
        switch program[pc] {
        case .scalar(let s): advance = s == c
        case .any: advance = c != "\n"
        case .set(let ranges, let negated): advance = ranges.contains { $0.contains(c.value) } != negated
        default: advance = false
        }
        if advance, add(pc + 1, at: i + 1, count: scalars.count, to: &next) { return true }
      }
      swap(&current, &next)
      i += 1
    }
  }

  /// Adds a thread and follows its jumps and assertions; true when it reaches `match`.
  private func add(_ pc: Int, at i: Int, count: Int, to list: inout ThreadList) -> Bool {
    var stack = [pc]
    while let pc = stack.popLast() {
      guard list.insert(pc) else { continue }
      switch program[pc] {
      case .match: return true
      case .jump(let to): stack.append(to)
      case .split(let a, let b):
        stack.append(b)
        stack.append(a)
      case .start: if i == 0 { stack.append(pc + 1) }
      case .end: if i == count { stack.append(pc + 1) }
      case .scalar, .any, .set: list.items.append(pc)
      }
    }
    return false
  }
}

/// The set of program counters alive at one position, in order, each once.
private struct ThreadList {
  var items: [Int] = []
  var seen: [Bool]
  var marked: [Int] = []

  init(size: Int) { seen = [Bool](repeating: false, count: size) }

  mutating func insert(_ pc: Int) -> Bool {
    if seen[pc] { return false }
    seen[pc] = true
    marked.append(pc)
    return true
  }

  mutating func clear() {
    for pc in marked { seen[pc] = false }
    marked.removeAll(keepingCapacity: true)
    items.removeAll(keepingCapacity: true)
  }
}
