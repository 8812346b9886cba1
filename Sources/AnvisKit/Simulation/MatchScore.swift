/// The match score `best-fit` maximises, 0…100, for an eligible (case, unit) pair:
///
/// - waiting time: 40 × min(days waited, 730) / 730 — who has waited longest comes first;
/// - rooms: 20 − 10 × |rooms − household size| (at least 0) — a home the size of the household;
/// - rent headroom: 20 × min(1, h / 0.25), h = (what the citizen can pay − what they would pay)
///   / what they can pay — a home well within means is one they keep;
/// - need priority: 0…20 = support need (ACT 10, ICM 7, CTI 4) + situation (street 10,
///   shelter 6, institution 4, otherwise 2);
/// - minus 5 when an accessible unit goes to a case that does not need one (keep them for those
///   who do).
///
/// Every part is explicit so outcomes by group can be traced to it (the VI-SPDAT lesson).
public enum MatchScore {
  public static let maximum = 100.0
  public static let waitWeight = 40.0
  public static let waitHorizonDays = 730.0

  /// The score of an eligible pair.
  static func score(_ p: CaseProfile, waitedDays: Int, unit u: Int, stock: Stock, levers: Levers) -> Double {
    score(
      p, waitedDays: waitedDays, unit: u, stock: stock,
      fitPoints: 40 * fit(p, unit: u, stock: stock, levers: levers))
  }

  /// The score with the fit part given (`40 × fit`, which does not change while a case waits).
  @inline(__always)
  static func score(_ p: CaseProfile, waitedDays: Int, unit u: Int, stock: Stock, fitPoints: Double) -> Double
  {
    score(
      waitedDays: waitedDays, priority: p.priority, penalised: stock.accessible[u] && !p.needsAccessible,
      fitPoints: fitPoints)
  }

  /// The score from its parts (`penalised`: an accessible unit for a case that does not need one).
  @inline(__always)
  static func score(waitedDays: Int, priority: Int, penalised: Bool, fitPoints: Double) -> Double {
    let wait = waitPoints(waitedDays: waitedDays)
    let accessiblePenalty = penalised ? 5.0 : 0
    return max(0, wait + fitPoints + Double(priority) - accessiblePenalty)
  }

  /// The waiting-time part of the score, 0…40.
  @inline(__always)
  static func waitPoints(waitedDays: Int) -> Double {
    waitWeight * min(Double(max(0, waitedDays)), waitHorizonDays) / waitHorizonDays
  }

  /// At least the score of every eligible pair of a case that has waited `waitedDays` with
  /// `priority`, whatever the unit: the score with the most fit points (40) and no penalty
  /// (IEEE rounding keeps order, so a sum with fewer fit points never comes out above it).
  @inline(__always)
  static func bound(waitedDays: Int, priority: Int) -> Double {
    bound(wait: waitPoints(waitedDays: waitedDays), fitPoints: 40, priority: priority)
  }

  /// At least the score of a pair with `wait` points whose fit points are at most `fitPoints`.
  @inline(__always)
  static func bound(wait: Double, fitPoints: Double, priority: Int) -> Double {
    max(0, wait + fitPoints + Double(priority))
  }

  /// How well the home fits the household, 0…1: the rooms and rent-headroom parts of the score
  /// over their 40 points. The simulator lets it move the chance of acceptance.
  static func fit(_ p: CaseProfile, unit u: Int, stock: Stock, levers: Levers) -> Double {
    let headroom: Double
    switch levers.rentRule {
    case .cap:
      let limit = max(1, levers.rentCap)
      headroom = (limit - stock.rent[u]) / limit
    case .income:
      let limit = max(1, levers.rentShare * p.income)
      let net =
        stock.rent[u]
        - Affordability.support(p, rent: stock.rent[u], sizeM2: stock.size[u])
      headroom = (limit - net) / limit
    }
    return fit(rooms: stock.rooms[u], household: p.household, headroom: headroom)
  }

  /// The rooms part of the fit, 0…20: 10 points off per room more or less than the household.
  /// The fit points (`40 × fit`) are at most this + 20: 40 × ((r + 20) / 40) is r + 20 exactly
  /// for r of 0, 10 and 20, and rounding keeps order.
  @inline(__always)
  static func roomPoints(rooms: Int, household: Int) -> Double {
    max(0, 20 - 10 * Double(abs(rooms - household)))
  }

  /// The fit from its parts: the unit's rooms, the household's size, and the rent headroom.
  @inline(__always)
  static func fit(rooms: Int, household: Int, headroom: Double) -> Double {
    let rooms = roomPoints(rooms: rooms, household: household)
    let rent = 20 * min(1, max(0, headroom) / 0.25)
    return (rooms + rent) / 40
  }
}
