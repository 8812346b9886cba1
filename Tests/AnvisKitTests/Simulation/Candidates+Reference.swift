@testable import AnvisKit

extension BestFit.Candidates {
  /// What `best` must give, worked out plainly: each method's cases sorted by `precedes`, the
  /// first `keep` of those without a method and min(keep, places) of each method's, all sorted
  /// again (`byMethod[method + 1]`).
  static func reference(
    _ byMethod: [[(case: Int, score: Double)]], keep: Int, places: [Int]
  ) -> [(case: Int, score: Double)] {
    let order = { (a: (case: Int, score: Double), b: (case: Int, score: Double)) in
      precedes(a.case, a.score, b)
    }
    let limits = [keep] + places.map { min(keep, max(0, $0)) }
    return (0..<4).flatMap { byMethod[$0].sorted(by: order).prefix(limits[$0]) }.sorted(by: order)
  }
}
