/// Excel's date serial numbers: days counted from 1900-01-00 in the 1900 date system, in which
/// 1900 is (wrongly) a leap year — serial 60 is the 29th of February 1900, which never was — or
/// from 1904-01-01 in the 1904 date system.
enum ExcelDate {
  /// The day of 1899-12-30 (serial 0 for every date from 1900-03-01 on).
  private static let epoch1900 = -25_569
  /// The day of 1904-01-01.
  private static let epoch1904 = -24_107

  /// The outcome of reading a serial.
  enum Read: Equatable {
    case day(Day)
    /// Serial 60 in the 1900 system: 1900-02-29, the day Excel invents.
    case phantomLeapDay
    /// Below 1, or past 9999-12-31.
    case outOfRange
  }

  /// The day a whole serial stands for.
  static func day(serial: Int, date1904: Bool = false) -> Read {
    let ordinal: Int
    if date1904 {
      guard serial >= 0 else { return .outOfRange }
      ordinal = epoch1904 + serial
    } else {
      guard serial >= 1 else { return .outOfRange }
      if serial == 60 { return .phantomLeapDay }
      // Before the phantom day the count is one ahead of the real calendar.
      ordinal = serial < 60 ? epoch1900 + serial + 1 : epoch1900 + serial
    }
    let day = Day(ordinal: ordinal)
    guard day.year <= 9999 else { return .outOfRange }
    return .day(day)
  }

  /// The 1900-system serial of `day` (dates before 1900-03-01 counted as Excel counts them).
  static func serial(of day: Day) -> Int {
    let serial = day.ordinal - epoch1900
    return serial < 61 ? serial - 1 : serial
  }
}
