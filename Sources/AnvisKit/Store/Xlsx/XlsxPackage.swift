import Foundation
import ZIPFoundation

#if canImport(CZlib)
  import CZlib
#elseif canImport(zlib)
  import zlib
#endif

/// The zip container of a workbook, opened in memory: the parts (`xl/workbook.xml`, the sheets,
/// shared strings, styles) by their path. Zip and deflate are ZIPFoundation's.
struct XlsxPackage {
  private let archive: Archive

  /// Parts larger than this when inflated are refused (a zip bomb must not fill memory).
  static let maxPartBytes: Int64 = 1 << 30

  /// Why a workbook cannot be opened; the message names no cell (there is none yet).
  enum Failure: Error, Equatable {
    case notAZip
    case missingPart(String)
    case unreadablePart(String)
    case partTooLarge(String)
    case malformedPart(String, String)

    var message: String {
      switch self {
      case .notAZip:
        "not an Excel workbook: the file is not a zip archive (save it as .xlsx, 'Excel Workbook')"
      case .missingPart(let path):
        "not an Excel workbook: the zip holds no \(path) (save it as .xlsx, 'Excel Workbook')"
      case .unreadablePart(let path): "the workbook's \(path) is damaged and cannot be unpacked"
      case .partTooLarge(let path): "the workbook's \(path) unpacks to more than 1 GiB; refused"
      case .malformedPart(let path, let detail): "the workbook's \(path) is not well-formed XML: \(detail)"
      }
    }
  }

  init(bytes: [UInt8]) throws(Failure) {
    // ZIPFoundation accepts some non-zips (an empty file) as empty archives; a workbook always
    // starts with a local file header.
    guard bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B, bytes[2] == 3, bytes[3] == 4 else {
      throw .notAZip
    }
    do {
      archive = try Archive(data: Data(bytes), accessMode: .read)
    } catch {
      throw .notAZip
    }
  }

  func contains(_ path: String) -> Bool { archive[path] != nil }

  /// The inflated bytes of the part at `path`, checked against the CRC-32 the zip holds for it.
  ///
  /// ZIPFoundation inflates with zlib but, where it cannot import `zlib` (Linux), sums the
  /// CRC-32 in a Swift loop that cost as much as inflating; and `extract` does not compare the
  /// sum with the entry's. So the part is extracted without it and summed here with zlib's
  /// `crc32` (the zlib ZIPFoundation links), against `entry.checksum`, as ZIPFoundation's own
  /// `unzipItem` does.
  func part(_ path: String) throws(Failure) -> Data {
    guard let entry = archive[path] else { throw .missingPart(path) }
    guard Int64(entry.uncompressedSize) <= XlsxPackage.maxPartBytes else { throw .partTooLarge(path) }
    var data = Data()
    data.reserveCapacity(Int(entry.uncompressedSize))
    do {
      _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: true) { chunk in
        data.append(chunk)
        if data.count > XlsxPackage.maxPartBytes { throw Failure.partTooLarge(path) }
      }
    } catch let failure as Failure {
      throw failure
    } catch {
      throw .unreadablePart(path)
    }
    guard Self.checksum(data) == entry.checksum else { throw .unreadablePart(path) }
    return data
  }

  /// The CRC-32 of `data`: zlib's where it can be imported, else ZIPFoundation's.
  static func checksum(_ data: Data) -> UInt32 {
    #if canImport(CZlib) || canImport(zlib)
      data.withUnsafeBytes { raw in
        var sum: uLong = 0
        var at = raw.baseAddress?.assumingMemoryBound(to: Bytef.self)
        var left = raw.count
        while left > 0 {
          let n = min(left, 1 << 30)
          sum = crc32(sum, at, uInt(n))
          at = at.map { $0 + n }
          left -= n
        }
        return UInt32(truncatingIfNeeded: sum)
      }
    #else
      data.crc32(checksum: 0)
    #endif
  }
}
