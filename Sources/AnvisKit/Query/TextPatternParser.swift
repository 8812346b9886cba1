/// Parses a `TextPattern` pattern into a tree and emits the NFA program for it.
struct TextPatternParser {
  indirect enum Node {
    case empty
    case single(TextPattern.Instruction)
    case sequence([Node])
    case alternation([Node])
    /// min, max (nil: unbounded).
    case repeated(Node, Int, Int?)
  }

  private let chars: [Unicode.Scalar]
  private var i = 0
  private var depth = 0

  init(_ chars: [Unicode.Scalar]) { self.chars = chars }

  private func error(_ message: String) -> TextPattern.SyntaxError { TextPattern.SyntaxError(message: message, offset: i) }

  mutating func parse() throws(TextPattern.SyntaxError) -> Node {
    let node = try alternation()
    if i < chars.count { throw error("unmatched ')' in the pattern") }
    return node
  }

  private mutating func alternation() throws(TextPattern.SyntaxError) -> Node {
    var options = [try sequence()]
    while i < chars.count, chars[i] == "|" {
      i += 1
      options.append(try sequence())
    }
    return options.count == 1 ? options[0] : .alternation(options)
  }

  private mutating func sequence() throws(TextPattern.SyntaxError) -> Node {
    var items: [Node] = []
    while i < chars.count, chars[i] != "|", chars[i] != ")" {
      var atom = try self.atom()
      while i < chars.count {
        let c = chars[i]
        if c == "*" || c == "+" || c == "?" {
          i += 1
          atom = .repeated(atom, c == "+" ? 1 : 0, c == "?" ? 1 : nil)
        } else if c == "{" {
          atom = try counted(atom)
        } else {
          break
        }
        if i < chars.count, chars[i] == "?" { i += 1 }  // lazy: the same for a yes/no match
      }
      items.append(atom)
    }
    return items.count == 1 ? items[0] : .sequence(items)
  }

  private mutating func number() -> Int? {
    var value: Int?
    while i < chars.count, let d = Int(String(chars[i])), chars[i].isASCII {
      value = min(1000, (value ?? 0) * 10 + d)
      i += 1
    }
    return value
  }

  private mutating func counted(_ atom: Node) throws(TextPattern.SyntaxError) -> Node {
    i += 1
    guard let low = number() else { throw error("expected a number after '{'") }
    var high: Int? = low
    if i < chars.count, chars[i] == "," {
      i += 1
      high = number()
    }
    guard i < chars.count, chars[i] == "}" else { throw error("expected '}' to close the count") }
    i += 1
    guard (high ?? low) <= 100, low <= (high ?? low) else {
      throw error("a count goes from 0 to 100, the first no larger than the second")
    }
    return .repeated(atom, low, high)
  }

  private mutating func atom() throws(TextPattern.SyntaxError) -> Node {
    let c = chars[i]
    i += 1
    switch c {
    case "(":
      depth += 1
      guard depth <= 50 else { throw error("the pattern nests groups too deeply") }
      if i + 1 < chars.count, chars[i] == "?", chars[i + 1] == ":" { i += 2 }
      let inner = try alternation()
      guard i < chars.count, chars[i] == ")" else { throw error("expected ')' to close the group") }
      i += 1
      depth -= 1
      return inner
    case "*", "+", "?", "{": throw error("'\(c)' has nothing to repeat")
    case ".": return .single(.any)
    case "^": return .single(.start)
    case "$": return .single(.end)
    case "[": return try set()
    case "\\": return .single(try escape(inSet: false).instruction)
    default: return .single(.scalar(c))
    }
  }

  private struct Escaped {
    var ranges: [ClosedRange<UInt32>]
    var negated: Bool
    var instruction: TextPattern.Instruction {
      if !negated, ranges.count == 1, ranges[0].lowerBound == ranges[0].upperBound,
        let s = Unicode.Scalar(ranges[0].lowerBound)
      {
        return .scalar(s)
      }
      return .set(ranges, negated: negated)
    }
  }

  static let digits: [ClosedRange<UInt32>] = [48...57]
  static let word: [ClosedRange<UInt32>] = [48...57, 65...90, 95...95, 97...122]
  static let space: [ClosedRange<UInt32>] = [9...13, 32...32]

  private mutating func escape(inSet: Bool) throws(TextPattern.SyntaxError) -> Escaped {
    guard i < chars.count else { throw error("the pattern ends with '\\'") }
    let c = chars[i]
    i += 1
    switch c {
    case "d": return Escaped(ranges: TextPatternParser.digits, negated: false)
    case "D": return Escaped(ranges: TextPatternParser.digits, negated: true)
    case "w": return Escaped(ranges: TextPatternParser.word, negated: false)
    case "W": return Escaped(ranges: TextPatternParser.word, negated: true)
    case "s": return Escaped(ranges: TextPatternParser.space, negated: false)
    case "S": return Escaped(ranges: TextPatternParser.space, negated: true)
    case "n": return Escaped(ranges: [10...10], negated: false)
    case "t": return Escaped(ranges: [9...9], negated: false)
    default:
      guard !(c.properties.isAlphabetic || ("0"..."9").contains(c)) else {
        throw error("'\\\(c)' is not supported; write \\d, \\w, \\s or escape punctuation")
      }
      return Escaped(ranges: [c.value...c.value], negated: false)
    }
  }

  private mutating func set() throws(TextPattern.SyntaxError) -> Node {
    var negated = false
    if i < chars.count, chars[i] == "^" {
      negated = true
      i += 1
    }
    var ranges: [ClosedRange<UInt32>] = []
    var first = true
    while i < chars.count, chars[i] != "]" || first {
      first = false
      var low = chars[i].value
      if chars[i] == "\\" {
        i += 1
        let e = try escape(inSet: true)
        if e.negated || e.ranges.count != 1 || e.ranges[0].count != 1 {
          guard !e.negated else { throw error("a negated class such as \\D cannot go inside [ ]") }
          ranges += e.ranges
          continue
        }
        low = e.ranges[0].lowerBound
      } else {
        i += 1
      }
      if i + 1 < chars.count, chars[i] == "-", chars[i + 1] != "]" {
        let high = chars[i + 1].value
        guard chars[i + 1] != "\\", low <= high else { throw error("a range in [ ] must go upwards, like a-z") }
        i += 2
        ranges.append(low...high)
      } else {
        ranges.append(low...low)
      }
    }
    guard i < chars.count else { throw error("expected ']' to close the class") }
    i += 1
    return .single(.set(ranges, negated: negated))
  }

  /// How many instructions `emit` writes (capped, so a nested count cannot overflow).
  static func size(_ node: Node) -> Int {
    switch node {
    case .empty: return 0
    case .single: return 1
    case .sequence(let items): return min(1 << 30, items.reduce(0) { $0 + size($1) })
    case .alternation(let options): return min(1 << 30, options.reduce(0) { $0 + size($1) + 2 })
    case .repeated(let inner, let low, let high):
      return min(1 << 30, size(inner) * max(low, high ?? low + 1) + max(high ?? 1, 1) * 2)
    }
  }

  /// Appends the program for `node`.
  static func emit(_ node: Node, into code: inout [TextPattern.Instruction]) {
    switch node {
    case .empty: break
    case .single(let instruction): code.append(instruction)
    case .sequence(let items): for item in items { emit(item, into: &code) }
    case .alternation(let options):
      var jumps: [Int] = []
      for (k, option) in options.enumerated() {
        if k < options.count - 1 {
          let split = code.count
          code.append(.split(split + 1, 0))
          emit(option, into: &code)
          jumps.append(code.count)
          code.append(.jump(0))
          code[split] = .split(split + 1, code.count)
        } else {
          emit(option, into: &code)
        }
      }
      for j in jumps { code[j] = .jump(code.count) }
    case .repeated(let inner, let low, let high):
      for _ in 0..<low { emit(inner, into: &code) }
      if let high {
        // Up to high - low optional copies.
        var splits: [Int] = []
        for _ in low..<high {
          splits.append(code.count)
          code.append(.split(code.count + 1, 0))
          emit(inner, into: &code)
        }
        for s in splits { code[s] = .split(s + 1, code.count) }
      } else {
        let split = code.count
        code.append(.split(split + 1, 0))
        emit(inner, into: &code)
        code.append(.jump(split))
        code[split] = .split(split + 1, code.count)
      }
    }
  }
}
