/// A script's lines gathered into inputs, one line ahead: a complete input is handed out only
/// once the next line does not start with `|` (which would continue it, KQL style).
extension InputBuffer {
  /// One complete input and the line (1-based) it starts on.
  public struct Input: Equatable, Sendable {
    public var text: String
    public var firstLine: Int
  }

  /// The inputs of `lines`, lazily and in order; an unfinished input at the end comes last.
  /// A blank line is an input of its own (it ends a pipeline).
  public static func inputs<S: Sequence<String>>(_ lines: S) -> Inputs<S.Iterator> {
    Inputs(lines: lines.makeIterator())
  }

  public struct Inputs<Lines: IteratorProtocol<String>>: Sequence, IteratorProtocol {
    var lines: Lines
    var buffer = InputBuffer()
    /// The number of the last line read.
    var number = 0
    var firstLine = 1
    /// A complete input waiting to see whether the next line continues it.
    var held: Input?
    /// A line read ahead that did not continue `held`.
    var ahead: String?
    var ended = false

    public mutating func next() -> Input? {
      while true {
        guard let line = ahead ?? read() else {
          if let input = held {
            held = nil
            return input
          }
          return buffer.isEmpty ? nil : Input(text: buffer.take(), firstLine: firstLine)
        }
        ahead = nil
        if let input = held {
          held = nil
          guard InputBuffer.continuesPrevious(line) else {
            ahead = line
            return input
          }
          buffer.reopen(input.text)
          firstLine = input.firstLine
        } else if buffer.isEmpty {
          firstLine = number
        }
        guard let text = buffer.append(line) else { continue }
        let input = Input(text: text, firstLine: firstLine)
        if InputBuffer.isContinuable(text) {
          held = input
        } else {
          return input
        }
      }
    }

    private mutating func read() -> String? {
      guard !ended, let line = lines.next() else {
        ended = true
        return nil
      }
      number += 1
      return line
    }
  }
}
