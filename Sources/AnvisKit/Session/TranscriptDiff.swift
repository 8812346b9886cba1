/// A line diff (Myers' O((N+M)D) algorithm) with a caller's notion of equality, and its
/// unified rendering (`--- recorded`, `+++ actual`, `@@ -a,b +c,d @@` hunks).
public enum TranscriptDiff {
  /// One entry of an edit script: a line of both, only the old or only the new side.
  public enum Edit: Hashable, Sendable {
    case same(old: Int, new: Int)
    case delete(old: Int)
    case insert(new: Int)
  }

  /// The shortest edit script turning `oldCount` lines into `newCount` lines.
  public static func edits(oldCount n: Int, newCount m: Int, equal: (Int, Int) -> Bool) -> [Edit] {
    let max = n + m
    if max == 0 { return [] }
    let offset = max + 1
    var v = [Int](repeating: 0, count: 2 * max + 3)
    var trace: [[Int]] = []
    var found = false
    for d in 0...max {
      trace.append(v)
      for k in stride(from: -d, through: d, by: 2) {
        var x: Int
        if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
          x = v[offset + k + 1]
        } else {
          x = v[offset + k - 1] + 1
        }
        var y = x - k
        while x < n, y < m, equal(x, y) {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n, y >= m {
          found = true
          break
        }
      }
      if found { break }
    }
    // Walk back through the saved frontiers.
    var script: [Edit] = []
    var x = n, y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let v = trace[d]
      let k = x - y
      let prevK: Int
      if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
        prevK = k + 1
      } else {
        prevK = k - 1
      }
      let prevX = d == 0 ? 0 : v[offset + prevK]
      let prevY = prevX - prevK
      while x > prevX, y > prevY, x > 0, y > 0 {
        x -= 1
        y -= 1
        script.append(.same(old: x, new: y))
      }
      if d > 0 {
        if x == prevX { script.append(.insert(new: prevY)) } else { script.append(.delete(old: prevX)) }
        x = prevX
        y = prevY
      }
    }
    while x > 0, y > 0 {
      x -= 1
      y -= 1
      script.append(.same(old: x, new: y))
    }
    return script.reversed()
  }

  /// Unified diff text of two line lists (already rendered), with `context` lines around each
  /// change; empty when the script has no change.
  public static func unified(
    old: [String], new: [String], edits: [Edit], oldLabel: String = "recorded", newLabel: String = "actual",
    context: Int = 3
  ) -> String {
    let changed = edits.indices.filter {
      if case .same = edits[$0] { return false }
      return true
    }
    guard !changed.isEmpty else { return "" }
    // Group changes whose contexts touch into hunks.
    var hunks: [(Int, Int)] = []
    for i in changed {
      let start = Swift.max(0, i - context), end = Swift.min(edits.count - 1, i + context)
      if let last = hunks.last, start <= last.1 + 1 {
        hunks[hunks.count - 1].1 = end
      } else {
        hunks.append((start, end))
      }
    }
    var out = "--- \(oldLabel)\n+++ \(newLabel)\n"
    for (start, end) in hunks {
      var oldStart = 0, newStart = 0
      // Position of the hunk's first line on each side (1-based), counting earlier edits.
      for e in edits[..<start] {
        switch e {
        case .same: oldStart += 1; newStart += 1
        case .delete: oldStart += 1
        case .insert: newStart += 1
        }
      }
      var oldCount = 0, newCount = 0
      var body = ""
      for e in edits[start...end] {
        switch e {
        case .same(let o, _): body += " " + old[o] + "\n"; oldCount += 1; newCount += 1
        case .delete(let o): body += "-" + old[o] + "\n"; oldCount += 1
        case .insert(let n): body += "+" + new[n] + "\n"; newCount += 1
        }
      }
      out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n" + body
    }
    return out
  }

  /// `start,count` as diff(1) writes it: an empty range names the line before it.
  static func range(_ before: Int, _ count: Int) -> String {
    count == 0 ? "\(before),0" : count == 1 ? "\(before + 1)" : "\(before + 1),\(count)"
  }
}
