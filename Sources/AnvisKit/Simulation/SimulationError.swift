/// Why a simulation, a calibration, a lever value or `why` did not give an answer.
/// `ErrorRenderer` words it (`diagnoses`); a lever value's place is the caller's to give.
public enum SimulationError: Error, Hashable, Sendable, CustomStringConvertible {
  case cancelled
  /// Settings out of range (`months must be from 1 to 120, not 0`).
  case invalid(String)
  /// A lever value was refused; `hint` may suggest a near miss.
  case leverValue(String, hint: String? = nil)
  /// A calibrated lever value that the lever refused.
  case calibratedValue(lever: String, value: String, reason: String)
  /// `why CASE` for a case that is not in the data set.
  case unknownCase(String, hint: String?)

  /// The words, without a place.
  public var message: String {
    switch self {
    case .cancelled: "simulation cancelled"
    case .invalid(let text), .leverValue(let text, _): text
    case .calibratedValue(let lever, let value, let reason): "\(lever) = \(value): \(reason)"
    case .unknownCase(let id, _): "no case '\(id)'"
    }
  }

  /// A near miss to suggest, if any.
  public var hint: String? {
    switch self {
    case .leverValue(_, let hint), .unknownCase(_, let hint): hint
    case .cancelled, .invalid, .calibratedValue: nil
    }
  }

  public var description: String { ErrorRenderer.message(self) }
}

extension SimulationError: Diagnosable {
  public var diagnoses: [Diagnosis] { [Diagnosis(message, hint: hint)] }
}
