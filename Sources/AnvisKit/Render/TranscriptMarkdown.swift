/// A transcript as a Markdown notebook: narration as paragraphs, each command in an `anvis`
/// code block and its output in a `text` block (errors in their own block), exact text.
public enum TranscriptMarkdown {
  /// The whole document.
  public static func document(_ transcript: Transcript) -> String {
    let h = transcript.header
    var out = "# \(h.name)\n\n"
    out +=
      "*data `\(h.dataFolder)` · \(h.dataHash ?? "not hashed") · seed \(h.seed) · anvis \(h.version) · as of \(h.date)*\n\n"
    for step in transcript.steps {
      // Each narration line is a paragraph of its own, as in the HTML page.
      if !step.narration.isEmpty { out += step.narration.joined(separator: "\n\n") + "\n\n" }
      let command = step.command.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        .map { ($0.offset == 0 ? "anvis> " : "  ...> ") + $0.element }
      out += fenced(command, language: "anvis")
      let stdout = step.output.filter { $0.stream == .out }.map(\.text)
      let stderr = step.output.filter { $0.stream == .err }.map(\.text)
      if !stdout.isEmpty { out += fenced(stdout, language: "text") }
      if !stderr.isEmpty { out += fenced(stderr, language: "text") }
    }
    if !transcript.epilogue.isEmpty { out += transcript.epilogue.joined(separator: "\n\n") + "\n" }
    return out
  }

  /// A fenced block whose fence is longer than any run of backticks inside it.
  static func fenced(_ lines: [String], language: String) -> String {
    var longest = 0
    for line in lines {
      var run = 0
      for c in line {
        run = c == "`" ? run + 1 : 0
        longest = max(longest, run)
      }
    }
    let fence = String(repeating: "`", count: max(3, longest + 1))
    return fence + language + "\n" + lines.joined(separator: "\n") + "\n" + fence + "\n\n"
  }
}
