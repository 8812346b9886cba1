/// How affordability is judged.
public enum RentRule: String, CaseIterable, Hashable, Sendable {
  /// Rent at most `rent.cap`.
  case cap
  /// Rent net of estimated boligsikring at most `rent.share` of income.
  case income
}

/// Who gets an offer for a claimed unit.
public enum Policy: String, CaseIterable, Hashable, Sendable {
  /// The eligible case that has waited longest.
  case fcfs
  /// The eligible case with the highest need priority, then the longest wait.
  case priority
  /// An optimal assignment maximising the match score (see `MatchScore`).
  case bestFit = "best-fit"
}

/// What a refusal costs a citizen.
public enum RefusalRule: String, CaseIterable, Hashable, Sendable {
  /// The case keeps its place on the list however often it refuses.
  case keep
  /// After `refusal.limit` refusals the case goes to the back of the list.
  case drop
}

/// Which departments are friholdt (exempt from anvisning).
public enum ExemptDepartments: Hashable, Sendable {
  /// As `departments.csv` flags them.
  case data
  /// None.
  case none
  /// Every department in an area under § 59 stk. 6 or 7 (trappemodel), plus the flagged ones.
  case restricted
  /// Exactly these department ids.
  case list([String])
}
