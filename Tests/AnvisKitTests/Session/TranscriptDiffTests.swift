import Testing

@testable import AnvisKit

@Suite struct TranscriptDiffTests {
  static func lcs(_ a: [Int], _ b: [Int]) -> Int {
    var t = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0..<a.count {
      for j in 0..<b.count { t[i + 1][j + 1] = a[i] == b[j] ? t[i][j] + 1 : max(t[i][j + 1], t[i + 1][j]) }
    }
    return t[a.count][b.count]
  }

  @Test func scriptIsMinimalAndRebuildsBothSides() {
    var random = SeededRandom(seed: 42)
    for _ in 0..<300 {
      let a = (0..<Int(random.next() % 9)).map { _ in Int(random.next() % 4) }
      let b = (0..<Int(random.next() % 9)).map { _ in Int(random.next() % 4) }
      let edits = TranscriptDiff.edits(oldCount: a.count, newCount: b.count) { a[$0] == b[$1] }
      var old: [Int] = [], new: [Int] = [], same = 0
      for e in edits {
        switch e {
        case .same(let o, let n):
          #expect(a[o] == b[n])
          old.append(a[o]); new.append(b[n]); same += 1
        case .delete(let o): old.append(a[o])
        case .insert(let n): new.append(b[n])
        }
      }
      #expect(old == a)
      #expect(new == b)
      #expect(same == Self.lcs(a, b), "a=\(a) b=\(b)")
    }
  }

  @Test func unifiedHunksWithContext() {
    let old = (1...12).map { "line \($0)" }
    var new = old
    new[1] = "line two"
    new.insert("extra", at: 10)
    let edits = TranscriptDiff.edits(oldCount: old.count, newCount: new.count) { old[$0] == new[$1] }
    let text = TranscriptDiff.unified(old: old, new: new, edits: edits)
    #expect(
      text == """
        --- recorded
        +++ actual
        @@ -1,5 +1,5 @@
         line 1
        -line 2
        +line two
         line 3
         line 4
         line 5
        @@ -8,5 +8,6 @@
         line 8
         line 9
         line 10
        +extra
         line 11
         line 12

        """)
  }

  @Test func emptySidesAndNoChange() {
    let edits = TranscriptDiff.edits(oldCount: 0, newCount: 2) { _, _ in false }
    #expect(
      TranscriptDiff.unified(old: [], new: ["a", "b"], edits: edits)
        == "--- recorded\n+++ actual\n@@ -0,0 +1,2 @@\n+a\n+b\n")
    let same = TranscriptDiff.edits(oldCount: 2, newCount: 2) { $0 == $1 }
    #expect(TranscriptDiff.unified(old: ["a", "b"], new: ["a", "b"], edits: same) == "")
  }
}
