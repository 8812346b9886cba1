/// Parses the `(re)` subset (see `LineRegex`) into a tree and compiles it to NFA instructions.
struct LineRegexParser {
  indirect enum Node {
    case empty
    case character(Character)
    case any
    case set(RegexClass)
    case sequence([Node])
    case either([Node])
    case repeated(Node, min: Int, max: Int?)
    case lineStart
    case lineEnd
  }

  typealias Failure = LineRegex.Failure
  let chars: [Character]
  var i = 0

  init(_ chars: [Character]) { self.chars = chars }

  static let largestCount = 1000

  mutating func parseAll() throws(Failure) -> Node {
    let node = try parseEither()
    if i < chars.count { throw Failure(offset: i, message: "unmatched ')'") }
    return node
  }

  private mutating func parseEither() throws(Failure) -> Node {
    var branches = [try parseSequence()]
    while i < chars.count, chars[i] == "|" {
      i += 1
      branches.append(try parseSequence())
    }
    return branches.count == 1 ? branches[0] : .either(branches)
  }

  private mutating func parseSequence() throws(Failure) -> Node {
    var items: [Node] = []
    while i < chars.count, chars[i] != "|", chars[i] != ")" {
      var atom = try parseAtom()
      while i < chars.count, let (min, max) = try parseQuantifier() {
        atom = .repeated(atom, min: min, max: max)
      }
      items.append(atom)
    }
    return items.count == 1 ? items[0] : .sequence(items)
  }

  private mutating func parseQuantifier() throws(Failure) -> (Int, Int?)? {
    let start = i
    var bounds: (Int, Int?)
    switch chars[i] {
    case "*": bounds = (0, nil); i += 1
    case "+": bounds = (1, nil); i += 1
    case "?": bounds = (0, 1); i += 1
    case "{":
      i += 1
      guard let low = number() else { throw Failure(offset: start, message: "expected a count after '{'") }
      var high: Int? = low
      if i < chars.count, chars[i] == "," {
        i += 1
        high = number()
      }
      guard i < chars.count, chars[i] == "}" else { throw Failure(offset: start, message: "unclosed '{'") }
      i += 1
      if let high, high < low { throw Failure(offset: start, message: "{n,m} with m below n") }
      if low > Self.largestCount || (high ?? 0) > Self.largestCount {
        throw Failure(offset: start, message: "a count above \(Self.largestCount)")
      }
      bounds = (low, high)
    default: return nil
    }
    // A lazy quantifier matches the same whole lines.
    if i < chars.count, chars[i] == "?" { i += 1 }
    return bounds
  }

  private mutating func number() -> Int? {
    var value = 0
    var digits = 0
    while i < chars.count, let d = chars[i].wholeNumberValue, chars[i].isASCII {
      value = min(value * 10 + d, 1_000_000)
      digits += 1
      i += 1
    }
    return digits > 0 ? value : nil
  }

  private mutating func parseAtom() throws(Failure) -> Node {
    let c = chars[i]
    let start = i
    i += 1
    switch c {
    case ".": return .any
    case "^": return .lineStart
    case "$": return .lineEnd
    case "*", "+", "?", "{": throw Failure(offset: start, message: "nothing to repeat before '\(c)'")
    case "[": return .set(try parseSet(start: start))
    case "\\": return try parseEscape(start: start)
    case "(":
      if i < chars.count, chars[i] == "?" {
        if i + 1 < chars.count, chars[i + 1] == ":" {
          i += 2
        } else if i + 1 < chars.count, chars[i + 1] == "<", i + 2 < chars.count, chars[i + 2].isLetter {
          while i < chars.count, chars[i] != ">" { i += 1 }
          i += 1
        } else {
          throw Failure(offset: start, message: "look-arounds and other (?…) groups are not supported")
        }
      }
      let inner = try parseEither()
      guard i < chars.count, chars[i] == ")" else { throw Failure(offset: start, message: "unclosed '('") }
      i += 1
      return inner
    default: return .character(c)
    }
  }

  private mutating func parseEscape(start: Int) throws(Failure) -> Node {
    guard i < chars.count else { throw Failure(offset: start, message: "'\\' at the end") }
    let e = chars[i]
    i += 1
    switch e {
    case "d", "D", "w", "W", "s", "S": return .set(RegexClass(items: [.named(e)]))
    case "t": return .character("\t")
    default:
      if e.isLetter || e.isNumber {
        throw Failure(
          offset: start, message: "unsupported escape '\\\(e)' (back-references are not supported)")
      }
      return .character(e)
    }
  }

  private mutating func parseSet(start: Int) throws(Failure) -> RegexClass {
    var set = RegexClass()
    if i < chars.count, chars[i] == "^" {
      set.negated = true
      i += 1
    }
    var first = true
    while i < chars.count, chars[i] != "]" || first {
      first = false
      var low = chars[i]
      i += 1
      if low == "\\" {
        guard i < chars.count else { break }
        let e = chars[i]
        i += 1
        if "dDwWsS".contains(e) {
          set.items.append(.named(e))
          continue
        }
        low = e == "t" ? "\t" : e
      }
      if i + 1 < chars.count, chars[i] == "-", chars[i + 1] != "]" {
        var high = chars[i + 1]
        i += 2
        if high == "\\", i < chars.count {
          high = chars[i]
          i += 1
        }
        guard low <= high else { throw Failure(offset: start, message: "a range from high to low") }
        set.items.append(.range(low, high))
      } else {
        set.items.append(.range(low, low))
      }
    }
    guard i < chars.count else { throw Failure(offset: start, message: "unclosed '['") }
    i += 1
    return set
  }

  /// Appends the instructions for `node`; fails when the program would pass `limit`.
  static func compile(_ node: Node, into p: inout [LineRegex.Instruction], limit: Int) throws(Failure) {
    guard p.count < limit else { throw Failure(offset: 0, message: "the pattern is too large") }
    switch node {
    case .empty: break
    case .character(let c): p.append(.character(c))
    case .any: p.append(.any)
    case .set(let s): p.append(.set(s))
    case .lineStart: p.append(.lineStart)
    case .lineEnd: p.append(.lineEnd)
    case .sequence(let items): for item in items { try compile(item, into: &p, limit: limit) }
    case .either(let branches):
      var jumps: [Int] = []
      for (k, branch) in branches.enumerated() {
        if k < branches.count - 1 {
          let split = p.count
          p.append(.split(split + 1, -1))
          try compile(branch, into: &p, limit: limit)
          jumps.append(p.count)
          p.append(.jump(-1))
          p[split] = .split(split + 1, p.count)
        } else {
          try compile(branch, into: &p, limit: limit)
        }
      }
      for j in jumps { p[j] = .jump(p.count) }
    case .repeated(let inner, let min, let max):
      for _ in 0..<min { try compile(inner, into: &p, limit: limit) }
      if let max {
        var splits: [Int] = []
        for _ in min..<max {
          splits.append(p.count)
          p.append(.split(p.count + 1, -1))
          try compile(inner, into: &p, limit: limit)
        }
        for s in splits { p[s] = .split(s + 1, p.count) }
      } else {
        let loop = p.count
        p.append(.split(loop + 1, -1))
        try compile(inner, into: &p, limit: limit)
        p.append(.jump(loop))
        p[loop] = .split(loop + 1, p.count)
      }
    }
  }
}
