import Foundation

/// A book of one sheet (a table saved as its own workbook) is read on two cores: its sheet part
/// is inflated (and its CRC-32 checked) while the shared strings are inflated and read. Each
/// side has its own `Archive` over the book's bytes (an archive reads through one file
/// position). A failure of either is kept and reported where it was before: the strings' when
/// the book is opened, the sheet's when the sheet is read.
extension XlsxWorkbook {
  /// A package only the job it was handed to uses.
  private struct Owned: @unchecked Sendable {
    let package: XlsxPackage
  }

  private enum Outcome: Sendable {
    case strings(Result<SharedStringTable, XlsxPackage.Failure>)
    case part(Result<Data, XlsxPackage.Failure>)
  }

  /// The shared strings at `stringsPath` of `package`, and the part at `sheetPath` of `other`
  /// (a second package over the same bytes), read at the same time.
  static func readAhead(_ package: XlsxPackage, _ stringsPath: String, _ other: XlsxPackage, _ sheetPath: String)
    -> (Result<SharedStringTable, XlsxPackage.Failure>, (path: String, part: Result<Data, XlsxPackage.Failure>))
  {
    let packages = [Owned(package: package), Owned(package: other)]
    let outcomes = Parallel.map(2) { k -> Outcome in
      let package = packages[k].package
      if k == 0 {
        return .strings(Result { () throws(XlsxPackage.Failure) in
          try parse(package, stringsPath, SharedStringsHandler()).strings
        })
      }
      return .part(Result { () throws(XlsxPackage.Failure) in try package.part(sheetPath) })
    }
    var strings = Result<SharedStringTable, XlsxPackage.Failure>.success(SharedStringTable())
    var part = Result<Data, XlsxPackage.Failure>.failure(.missingPart(sheetPath))
    for outcome in outcomes {
      switch outcome {
      case .strings(let result): strings = result
      case .part(let result): part = result
      }
    }
    return (strings, (sheetPath, part))
  }
}
