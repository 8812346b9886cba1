import Testing

@testable import AnvisKit

/// The one scanner of typed input: typed tokens with their source ranges, and the state that
/// says whether an input is complete (the same scan for command parsing and line gathering).
@Suite struct CommandScannerTests {
  @Test func tokensAreTypedWithTheirRanges() {
    let source = #".export walk --md "my notes.md" x"#
    let tokens = CommandScanner.tokens(source)
    #expect(tokens.map(\.kind) == [.word, .word, .flag, .quoted, .word])
    #expect(tokens.map(\.text) == [".export", "walk", "--md", "my notes.md", "x"])
    let utf8 = Array(source.utf8)
    let typed = tokens.map { String(decoding: utf8[$0.range], as: UTF8.self) }
    #expect(typed == [".export", "walk", "--md", "\"my notes.md\"", "x"])
    #expect(tokens[3].column == 19)
  }

  @Test func rangesCountBytesAndColumnsCharacters() {
    let source = "show area 'Østparken' æ"
    let tokens = CommandScanner.tokens(source)
    #expect(tokens.map(\.column) == [1, 6, 11, 23])
    #expect(tokens[2].range == 10..<22)
    #expect(tokens[3].range == 23..<25)
  }

  @Test func quotesEscapesAndQuotesInsideWords() {
    let tokens = CommandScanner.tokens(#"a "say \"hi\" (" b=="x y" 'it''s'"#)
    #expect(tokens.map(\.text) == ["a", #"say \"hi\" ("#, #"b=="x y""#, "it", "s"])
    #expect(tokens.map(\.kind) == [.word, .quoted, .word, .quoted, .quoted])
  }

  @Test func commentsStartAWordAndEndAtTheLineBreak() {
    let tokens = CommandScanner.tokens("units # a (comment\n| count  #x")
    #expect(tokens.map(\.text) == ["units", "|", "count"])
    #expect(tokens.map(\.line) == [1, 2, 2])
    #expect(CommandScanner.tokens("a#b").map(\.text) == ["a#b"])
  }

  @Test func theStateSaysWhetherTheInputIsComplete() {
    var scanner = CommandScanner()
    scanner.feed("units | where (rent < 3500")
    #expect(scanner.depth == 1)
    #expect(!scanner.isComplete)
    scanner.feed(") |")
    #expect(scanner.last == "|")
    #expect(!scanner.isComplete)
    scanner.feed("\n count")
    #expect(scanner.isComplete)
    scanner.feed(#" | where name == "open"#)
    #expect(scanner.quote == "\"")
    #expect(!scanner.isComplete)
    scanner.finish()
    #expect(scanner.tokens.last?.kind == .quoted)
    #expect(scanner.tokens.last?.text == "open")
  }

  @Test func withoutTokensTheStateIsTheSame() {
    var full = CommandScanner()
    var bare = CommandScanner(keepsTokens: false)
    for piece in ["units | where id == '(' |", "\n  count # (", "\n"] {
      full.feed(piece)
      bare.feed(piece)
      #expect(full.isComplete == bare.isComplete)
      #expect(full.depth == bare.depth)
    }
    bare.finish()
    #expect(bare.tokens.isEmpty)
  }
}
