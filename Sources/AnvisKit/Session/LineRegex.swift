/// The regular expressions of `(re)` output lines, matched in time linear in the line: the
/// pattern is compiled to a Thompson NFA and run as a Pike VM (every live state advanced one
/// character at a time, each state at most once per character), so no pattern can make a
/// replay hang, unlike a backtracking matcher on `(.*)*X`.
///
/// The syntax is the common subset: literals, `.`, `[…]` classes with ranges and `^`, the
/// escapes `\d \D \w \W \s \S \t` and any escaped punctuation, groups `(…)`, `(?:…)`,
/// `(?<name>…)`, `|`, the quantifiers `* + ? {n} {n,} {n,m}` (a trailing `?` is accepted), and
/// `^`/`$`. Back-references and look-arounds are refused. A line matches when the whole line does.
public struct LineRegex: Sendable {
  /// Why a pattern was refused, with its 0-based character offset.
  public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
    public var offset: Int
    public var message: String
    public var description: String { "\(message) at character \(offset + 1)" }
  }

  /// The most instructions a pattern may compile to (bounds the work per character).
  public static let maximumSize = 4000

  enum Instruction: Sendable {
    case character(Character)
    case any
    case set(RegexClass)
    case split(Int, Int)
    case jump(Int)
    case lineStart
    case lineEnd
    case match
  }

  let program: [Instruction]

  public init(_ pattern: String) throws(Failure) {
    var parser = LineRegexParser(Array(pattern))
    let node = try parser.parseAll()
    var program: [Instruction] = []
    try LineRegexParser.compile(node, into: &program, limit: Self.maximumSize)
    program.append(.match)
    self.program = program
  }

  /// Whether the whole of `text` matches.
  public func wholeMatch(_ text: String) -> Bool {
    let characters = Array(text)
    var mark = [Int](repeating: -1, count: program.count)
    var current: [Int] = []
    var next: [Int] = []
    var generation = 0
    add(0, position: 0, count: characters.count, into: &current, mark: &mark, generation: generation)
    for (position, c) in characters.enumerated() {
      generation += 1
      next.removeAll(keepingCapacity: true)
      for pc in current {
        let advances: Bool
        switch program[pc] {
        case .character(let x): advances = c == x
        case .any: advances = c != "\n"
        case .set(let set): advances = set.contains(c)
        default: advances = false
        }
        if advances {
          add(
            pc + 1, position: position + 1, count: characters.count, into: &next, mark: &mark,
            generation: generation)
        }
      }
      swap(&current, &next)
      if current.isEmpty { return false }
    }
    return current.contains {
      if case .match = program[$0] { return true }
      return false
    }
  }

  /// Adds the state `start` and every state reachable from it without reading a character.
  private func add(
    _ start: Int, position: Int, count: Int, into list: inout [Int], mark: inout [Int], generation: Int
  ) {
    var stack = [start]
    while let pc = stack.popLast() {
      if mark[pc] == generation { continue }
      mark[pc] = generation
      switch program[pc] {
      case .jump(let target): stack.append(target)
      case .split(let first, let second):
        stack.append(second)
        stack.append(first)
      case .lineStart: if position == 0 { stack.append(pc + 1) }
      case .lineEnd: if position == count { stack.append(pc + 1) }
      default: list.append(pc)
      }
    }
  }
}

/// A character class: ranges and named classes, possibly negated.
struct RegexClass: Sendable {
  enum Item: Sendable {
    case range(Character, Character)
    case named(Character)
  }
  var items: [Item] = []
  var negated = false

  func contains(_ c: Character) -> Bool {
    items.contains { item in
      switch item {
      case .range(let low, let high): low <= c && c <= high
      case .named(let name): RegexClass.named(name, contains: c)
      }
    } != negated
  }

  /// `\d \D \w \W \s \S`.
  static func named(_ name: Character, contains c: Character) -> Bool {
    switch name {
    case "d": c.isWholeNumber && c.unicodeScalars.count == 1
    case "D": !(c.isWholeNumber && c.unicodeScalars.count == 1)
    case "w": c.isLetter || c.isNumber || c == "_"
    case "W": !(c.isLetter || c.isNumber || c == "_")
    case "s": c.isWhitespace
    case "S": !c.isWhitespace
    default: false
    }
  }
}
