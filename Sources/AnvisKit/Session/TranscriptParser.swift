/// Reads the text `TranscriptWriter` writes. Tolerates CRLF line ends and an empty line
/// inside an output block (an editor that trims "  " to "") when more output follows.
public enum TranscriptParser {
  /// Parses a whole file.
  public static func parse(_ text: String) throws(SessionError.TranscriptProblem) -> Transcript {
    // "\r\n" is one Character in Swift: split on both, so CRLF files read like LF ones.
    var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
    if lines.last == "" { lines.removeLast() }
    try refusePersonalData(lines)
    let header = try parseHeader(lines)
    var transcript = Transcript(header: header)
    var narration: [String] = []
    var step: TranscriptStep?
    var inOutput = false

    func close() {
      if let done = step { transcript.steps.append(done) }
      step = nil
      inOutput = false
    }

    var index = 3
    while index < lines.count {
      let line = lines[index]
      let number = index + 1
      index += 1
      if line.isEmpty {
        if step != nil, inOutput, index < lines.count, isOutputLine(lines[index]) {
          try append(TranscriptLine(""), to: &step, number: number)
        } else {
          close()
        }
        continue
      }
      if line == "  >" || line.hasPrefix("  > ") {
        close()
        let command = line.count > 4 ? String(line.dropFirst(4)) : ""
        if command.trimmingBlanks().isEmpty {
          throw SessionError.TranscriptProblem(line: number, column: 3, SessionError.TranscriptProblem.emptyCommand)
        }
        step = TranscriptStep(narration: narration, command: command, line: number)
        narration = []
        continue
      }
      if line == "  ." || line.hasPrefix("  . ") {
        guard step != nil else {
          throw SessionError.TranscriptProblem(line: number, column: 3, SessionError.TranscriptProblem.orphanOutput)
        }
        if inOutput {
          throw SessionError.TranscriptProblem(line: number, column: 3, SessionError.TranscriptProblem.lateContinuation)
        }
        step?.command += "\n" + (line.count > 4 ? String(line.dropFirst(4)) : "")
        continue
      }
      if line.hasPrefix("  ") {
        guard step != nil else {
          throw SessionError.TranscriptProblem(line: number, column: 3, SessionError.TranscriptProblem.orphanOutput)
        }
        inOutput = true
        let body = String(line.dropFirst(2))
        if body == "[failed]" {
          step?.failed = true
          continue
        }
        try append(try decode(body, line: number), to: &step, number: number)
        continue
      }
      if line.hasPrefix(" ") || line.hasPrefix("\t") {
        throw SessionError.TranscriptProblem(line: number, column: 1, SessionError.TranscriptProblem.badIndent)
      }
      close()
      narration.append(line)
    }
    close()
    transcript.epilogue = narration
    return transcript
  }

  /// A transcript holding a CPR-like value is refused (shown masked), so that no replay,
  /// export or recovery can echo one.
  static func refusePersonalData(_ lines: [String]) throws(SessionError.TranscriptProblem) {
    for (i, whole) in lines.enumerated() {
      // The data set's hash on line 2 is hex, not a number.
      var line = whole
      if i == 1, let hash = whole.ranges(of: " sha256:").last { line = String(whole[..<hash.lowerBound]) }
      let (_, spans) = CPRDetector.masking(line)
      guard let first = spans.first, let masked = CPRDetector.maskedMatch(in: line) else { continue }
      throw SessionError.TranscriptProblem(line: i + 1, column: first.offset + 1, CPRDetector.message(masked))
    }
  }

  static func isOutputLine(_ line: String) -> Bool {
    line.hasPrefix("  ") && !(line == "  >" || line.hasPrefix("  > "))
  }

  static func append(_ output: TranscriptLine, to step: inout TranscriptStep?, number: Int)
    throws(SessionError.TranscriptProblem)
  {
    if step?.failed == true {
      throw SessionError.TranscriptProblem(line: number, column: 3, SessionError.TranscriptProblem.afterFailed)
    }
    step?.output.append(output)
  }

  /// An output line's body (after the two-space indent) into a line.
  static func decode(_ body: String, line: Int) throws(SessionError.TranscriptProblem) -> TranscriptLine {
    var stream = TranscriptLine.Stream.out
    var text = body
    var column = 3
    if text == "!" || text.hasPrefix("! ") {
      stream = .err
      text = String(text.dropFirst(min(2, text.count)))
      column += 2
    }
    if text.hasSuffix(" (glob)") {
      return TranscriptLine(String(text.dropLast(7)), stream: stream, kind: .glob)
    }
    if text.hasSuffix(" (re)") {
      let pattern = String(text.dropLast(5))
      do {
        _ = try LineRegex(pattern)
      } catch {
        throw SessionError.TranscriptProblem(
          line: line, column: column + error.offset, "bad regular expression: \(error.message)")
      }
      return TranscriptLine(pattern, stream: stream, kind: .regex)
    }
    if text.hasSuffix(" (esc)") {
      return TranscriptLine(
        try unescape(String(text.dropLast(6)), line: line, column: column), stream: stream)
    }
    return TranscriptLine(text, stream: stream)
  }

  static func unescape(_ text: String, line: Int, column: Int) throws(SessionError.TranscriptProblem) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    while i < scalars.count {
      let s = scalars[i]
      guard s == "\\" else {
        out.append(s)
        i += 1
        continue
      }
      let bad = SessionError.TranscriptProblem(line: line, column: column + i, SessionError.TranscriptProblem.badEscape)
      guard i + 1 < scalars.count else { throw bad }
      switch scalars[i + 1] {
      case "\\": out.append("\\"); i += 2
      case "t": out.append("\t"); i += 2
      case "x":
        guard i + 3 < scalars.count,
          let v = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)...(i + 3)])), radix: 16),
          v < 0x80, let scalar = Unicode.Scalar(v)
        else { throw bad }
        out.append(scalar)
        i += 4
      default: throw bad
      }
    }
    return String(out)
  }

  /// The first line of every transcript, before the session's name.
  public static let namePrefix = "# anvis session: "

  /// Whether a text is a saved session (it starts like one), not a script of inputs.
  public static func isTranscript(_ text: String) -> Bool {
    text.hasPrefix(namePrefix) || text.hasPrefix("\u{FEFF}" + namePrefix)
  }

  static func parseHeader(_ lines: [String]) throws(SessionError.TranscriptProblem) -> TranscriptHeader {
    let first = lines.count > 0 ? lines[0] : ""
    guard first.hasPrefix(namePrefix), !first.dropFirst(namePrefix.count).trimmingBlanks().isEmpty else {
      throw SessionError.TranscriptProblem(line: 1, column: 1, SessionError.TranscriptProblem.noHeader)
    }
    let name = String(first.dropFirst(namePrefix.count)).trimmingBlanks()

    let second = lines.count > 1 ? lines[1] : ""
    let dataPrefix = "# data: "
    guard second.hasPrefix(dataPrefix), let seedRange = second.ranges(of: "   seed: ").last else {
      throw SessionError.TranscriptProblem(line: 2, column: 1, SessionError.TranscriptProblem.noData)
    }
    let seedText = second[seedRange.upperBound...]
    guard let seed = UInt64(seedText) else {
      throw SessionError.TranscriptProblem(
        line: 2, column: second.distance(from: second.startIndex, to: seedRange.upperBound) + 1,
        SessionError.TranscriptProblem.badSeed)
    }
    var folder = String(
      second[second.index(second.startIndex, offsetBy: dataPrefix.count)..<seedRange.lowerBound])
    var dataName: String?
    if let set = folder.ranges(of: "   set: ").last {
      dataName = String(folder[set.upperBound...]).trimmingBlanks()
      folder = String(folder[..<set.lowerBound])
    }
    var hash: String?
    if let space = folder.ranges(of: " sha256:").last {
      let candidate = String(folder[folder.index(after: space.lowerBound)...])
      let digits = candidate.dropFirst(7)
      guard digits.count == 64, digits.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
        throw SessionError.TranscriptProblem(
          line: 2,
          column: dataPrefix.count + folder.distance(from: folder.startIndex, to: space.lowerBound) + 2,
          SessionError.TranscriptProblem.badHash)
      }
      hash = candidate
      folder = String(folder[..<space.lowerBound])
    }
    guard !folder.trimmingBlanks().isEmpty else {
      throw SessionError.TranscriptProblem(line: 2, column: dataPrefix.count + 1, SessionError.TranscriptProblem.noData)
    }

    let third = lines.count > 2 ? lines[2] : ""
    let versionPrefix = "# anvis: "
    guard third.hasPrefix(versionPrefix), let dateRange = third.ranges(of: "   date: ").last else {
      throw SessionError.TranscriptProblem(line: 3, column: 1, SessionError.TranscriptProblem.noVersion)
    }
    let version = String(
      third[third.index(third.startIndex, offsetBy: versionPrefix.count)..<dateRange.lowerBound]
    ).trimmingBlanks()
    let date = String(third[dateRange.upperBound...])
    guard Day(iso: date) != nil else {
      throw SessionError.TranscriptProblem(
        line: 3, column: third.distance(from: third.startIndex, to: dateRange.upperBound) + 1,
        SessionError.TranscriptProblem.badDate)
    }
    return TranscriptHeader(
      name: name, dataFolder: folder, dataHash: hash, seed: seed, version: version, date: date, dataName: dataName,
      dataRelativeToFile: dataName != nil)
  }
}

extension StringProtocol {
  /// Without leading and trailing spaces and tabs.
  func trimmingBlanks() -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return String(s)
  }
}
