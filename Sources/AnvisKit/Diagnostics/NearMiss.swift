/// Suggestions for near-miss names ("did you mean 'rent'?").
public enum NearMiss {
  /// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
  public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
    let lowered = word.lowercased()
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let d = distance(lowered, candidate.lowercased())
      let limit = max(1, min(3, candidate.count / 3))
      guard d <= limit else { continue }
      if d < (best?.distance ?? Int.max) { best = (candidate, d) }
    }
    return best?.name
  }

  /// "did you mean 'x'?" or nil.
  public static func hint(for word: String, among candidates: some Sequence<String>) -> String? {
    suggestion(for: word, among: candidates).map { "did you mean '\($0)'?" }
  }

  /// Edit distance over characters, counting a swap of two neighbours as one edit
  /// (optimal string alignment), so `jsno` is one edit from `json`.
  public static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }
}
