import Testing

@testable import AnvisKit

/// `(re)` lines: the same answers as a backtracking matcher on ordinary patterns, linear time
/// on the ones that make backtracking explode, and clear refusals.
@Suite struct LineRegexTests {
  static let cases: [(String, String)] = [
    ("[0-9]+ rows", "12 rows"), ("[0-9]+ rows", "rows"), ("took [0-9]+ ms", "took 3 ms"),
    ("a|b", "b"), ("a|b", "ab"), ("(ab)*c", "ababc"), ("(ab)*c", "abac"), ("x{2,3}", "xx"),
    ("x{2,3}", "xxxx"), ("x{2}", "xx"), ("x{2,}", "xxxxx"), ("colou?r", "color"), ("\\d+\\.\\d\\d", "3.14"),
    ("\\w+ \\s*=\\S", "ab  =x"), ("[^a-c]+", "xyz"), ("[^a-c]+", "xaz"), (".*", ""), ("^abc$", "abc"),
    ("(?:a|b)+", "abba"), ("(?<n>ab)c", "abc"), ("a.c", "a\u{2603}c"), ("\\(x\\)", "(x)"), ("[a\\-z]", "-"),
    ("Run Time: .* s", "Run Time: 0.012 s"), ("a+?b", "aab"), ("", ""), ("", "a"), ("(|a)b", "ab"),
  ]

  @Test func agreesWithSwiftRegex() throws {
    for (pattern, text) in Self.cases {
      let ours = try LineRegex(pattern).wholeMatch(text)
      let theirs = try Regex(pattern).wholeMatch(in: text) != nil
      #expect(ours == theirs, "\(pattern) on \(text)")
    }
  }

  /// Each of these takes exponential time in a backtracking matcher; here the work is
  /// (characters × states), so the test ends.
  @Test(arguments: [
    ("(.*)*X", "X"), ("(a*)*b", "b"), ("(a|a)*b", "b"), ("(a|aa)+c", "c"), ("((a+)+)+b", "b"),
    ("(.*a){12}b", "b"),
  ])
  func pathologicalPatternsEnd(pattern: String, last: String) throws {
    let line = String(repeating: "a", count: 5000)
    let regex = try LineRegex(pattern)
    #expect(!regex.wholeMatch(line))
    #expect(regex.wholeMatch(line + last))
  }

  @Test(arguments: [
    ("(a", "unclosed '('"), ("a)", "unmatched ')'"), ("[ab", "unclosed '['"), ("*a", "nothing to repeat"),
    ("(a)\\1", "back-references"), ("(?=a)", "look-arounds"), ("a{5000}", "a count above"),
    ("(a{1000}){1000}", "too large"),
  ])
  func refusesWhatItCannotDoInBoundedTime(pattern: String, message: String) {
    do {
      _ = try LineRegex(pattern)
      Issue.record("\(pattern) was accepted")
    } catch {
      #expect(error.message.contains(message), "\(error)")
    }
  }

  /// A transcript with a bad pattern is refused where it is.
  @Test func badPatternInATranscriptNamesItsPlace() {
    let text =
      "# anvis session: s\n# data: d   seed: 1\n# anvis: 0.1.0   date: 2026-11-01\n\n  > x\n  (a)\\1 (re)\n"
    do {
      _ = try TranscriptParser.parse(text)
      Issue.record("accepted")
    } catch {
      #expect(error.line == 6)
      #expect(error.message.hasPrefix("bad regular expression: unsupported escape"))
    }
  }
}
