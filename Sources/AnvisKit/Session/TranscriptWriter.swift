/// Writes a transcript as text:
///
///     # anvis session: youth-first
///     # data: ../examples/aalborg sha256:…   set: Aalborg (example)   seed: 7
///     # anvis: 0.1.0   date: 2026-11-01
///
///     Narration, written with .note, starts at column 0.
///       > units | where type == "youth" |
///       .   count
///       count
///       412
///
/// Each step ends with an empty line. Output lines are indented by two spaces; an empty output
/// line is written as exactly two spaces; standard error lines sit behind `  ! `; a failed
/// command ends with `  [failed]`. An output line that could be mistaken for something else
/// (trailing blanks, control characters, a leading `> `, `. `, `! `, the text `[failed]`, or a
/// marker at its end) is written escaped and marked ` (esc)`: `\\`, `\t`, `\xHH`.
public enum TranscriptWriter {
  /// The whole file, ending with a newline.
  public static func text(_ transcript: Transcript) -> String {
    var out = header(transcript.header) + "\n"
    for step in transcript.steps { out += self.step(step) }
    for line in transcript.epilogue { out += line + "\n" }
    return out
  }

  /// The three header lines, each ending with a newline.
  public static func header(_ h: TranscriptHeader) -> String {
    let hash = h.dataHash.map { " " + $0 } ?? ""
    // `set:` marks a folder relative to the file (see TranscriptHeader.dataRelativeToFile).
    let set = h.dataRelativeToFile ? "   set: \(h.dataName ?? "-")" : ""
    return "\(TranscriptParser.namePrefix)\(h.name)\n# data: \(h.dataFolder)\(hash)\(set)   seed: \(h.seed)\n"
      + "# anvis: \(h.version)   date: \(h.date)\n"
  }

  /// One step: narration, command, output, the failure mark and a closing empty line.
  public static func step(_ step: TranscriptStep) -> String {
    var out = ""
    for line in step.narration { out += line + "\n" }
    out += command(step.command)
    for line in step.output { out += "  " + body(line) + "\n" }
    if step.failed { out += "  [failed]\n" }
    return out + "\n"
  }

  /// The command behind `  > `, continuation lines behind `  . `.
  public static func command(_ command: String) -> String {
    var out = ""
    for (i, line) in command.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let mark = i == 0 ? ">" : "."
      out += line.isEmpty ? "  \(mark)\n" : "  \(mark) \(line)\n"
    }
    return out
  }

  /// An output line without its two-space indent, as it appears in the file and in diffs.
  public static func body(_ line: TranscriptLine) -> String {
    let text: String
    switch line.kind {
    case .literal:
      text = needsEscape(line.text, leading: line.stream == .out) ? escape(line.text) + " (esc)" : line.text
    case .glob: text = line.text + " (glob)"
    case .regex: text = line.text + " (re)"
    }
    switch line.stream {
    case .out: return text
    case .err: return text.isEmpty ? "!" : "! " + text
    }
  }

  static let markers = [" (esc)", " (glob)", " (re)"]
  static let leadingMarks = [">", ".", "!"]

  static func needsEscape(_ text: String, leading: Bool) -> Bool {
    if text.unicodeScalars.contains(where: isControl) { return true }
    if let last = text.last, last == " " { return true }
    if markers.contains(where: text.hasSuffix) { return true }
    if leading {
      if text == "[failed]" { return true }
      for mark in leadingMarks where text == mark || text.hasPrefix(mark + " ") { return true }
    }
    return false
  }

  static func isControl(_ s: Unicode.Scalar) -> Bool { s.value < 0x20 || s.value == 0x7f }

  static func escape(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var trailing = scalars.count
    while trailing > 0, scalars[trailing - 1] == " " { trailing -= 1 }
    var out = ""
    for (i, s) in scalars.enumerated() {
      if s == "\\" {
        out += "\\\\"
      } else if s == "\t" {
        out += "\\t"
      } else if isControl(s) || i >= trailing || (i == 0 && (s == ">" || s == "." || s == "!" || s == "[")) {
        out += "\\x" + hex2(s.value)
      } else {
        out.unicodeScalars.append(s)
      }
    }
    return out
  }

  static func hex2(_ v: UInt32) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(v >> 4 & 0xf)], digits[Int(v & 0xf)]])
  }
}
