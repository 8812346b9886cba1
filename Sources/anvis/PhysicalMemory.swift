#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The machine's memory, read here so that the library never reads system state: the shell is
/// handed its memory budget.
enum PhysicalMemory {
  /// Share of physical memory `let` and result tables may keep by default.
  static let budgetShare = 0.5

  /// Bytes of physical memory, or nil when the system does not say.
  static var bytes: Int? {
    let pages = sysconf(Int32(_SC_PHYS_PAGES))
    let size = sysconf(Int32(_SC_PAGESIZE))
    guard pages > 0, size > 0 else { return nil }
    let (total, overflow) = pages.multipliedReportingOverflow(by: size)
    return overflow ? nil : total
  }

  /// The default memory budget: half the machine's memory (nil: no budget, when unknown).
  static var defaultBudget: Int? { bytes.map { Int(Double($0) * budgetShare) } }
}
