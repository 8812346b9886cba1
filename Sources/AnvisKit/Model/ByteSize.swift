/// A number of bytes as people write it (`4G`, `512 MiB`, `1.5g`) and as anvis shows it
/// (`1.5 GiB`). Units are binary: K = 1024.
public enum ByteSize {
  /// `2 GiB`, `12.5 MiB`, `300 bytes` (one decimal, dropped when zero).
  public static func text(_ bytes: Int) -> String {
    let units = [(1 << 40, "TiB"), (1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
    for (size, name) in units where bytes >= size {
      let rounded = (Double(bytes) / Double(size) * 10).rounded() / 10
      let number = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
      return "\(number) \(name)"
    }
    return "\(bytes) \(bytes == 1 ? "byte" : "bytes")"
  }

  /// Parses `4G`, `4 GiB`, `4gb`, `512M`, `64K`, `1.5T` or a plain number of bytes; nil for
  /// anything else or a size that does not fit.
  public static func parse(_ text: String) -> Int? {
    let trimmed = text.filter { $0 != " " && $0 != "_" }.lowercased()
    let digits = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
    guard !digits.isEmpty, let number = Double(digits), number.isFinite, number >= 0 else { return nil }
    let shift: Int
    switch trimmed.dropFirst(digits.count) {
    case "", "b": shift = 0
    case "k", "kb", "kib": shift = 10
    case "m", "mb", "mib": shift = 20
    case "g", "gb", "gib": shift = 30
    case "t", "tb", "tib": shift = 40
    default: return nil
    }
    let bytes = number * Double(1 << shift)
    guard bytes < 9.0e18 else { return nil }
    return Int(bytes.rounded())
  }
}
