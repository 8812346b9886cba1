import Foundation

/// The `<row>` elements of a sheet's data rows (row 2 on), rendered to bytes in blocks of
/// `XlsxSheetXML.block` rows on all cores, each block also measuring the widest number of each
/// column. The bytes are the same whatever the number of cores.
struct XlsxSheetRows {
  let table: Table
  let strings: SheetStrings
  let letters: [[UInt8]]

  struct Rendered {
    var bytes: [OutputBytes]
    /// By column: the most characters a number of it shows.
    var widths: [Int]
  }

  func render() -> Rendered {
    let count = table.rowCount
    let blocks = (count + XlsxSheetXML.block - 1) / XlsxSheetXML.block
    var pieces = [OutputBytes](repeating: OutputBytes(), count: blocks)
    var widths = [[Int]](repeating: [], count: blocks)
    ColumnCursor.with(table.columns, encode: { _, _ in }) { cursors in
      pieces.withUnsafeMutableBufferPointer { pieceBuffer in
        widths.withUnsafeMutableBufferPointer { widthBuffer in
          let shared = Blocks(pieces: pieceBuffer, widths: widthBuffer)
          let job = Job(cursors: cursors, strings: strings, letters: letters)
          DispatchQueue.concurrentPerform(iterations: blocks) { b in
            let rows = (b * XlsxSheetXML.block)..<min(count, (b + 1) * XlsxSheetXML.block)
            shared.widths[b] = job.render(rows, into: &shared.pieces[b])
          }
        }
      }
    }
    var widest = [Int](repeating: 0, count: table.columns.count)
    for block in widths { for (c, w) in block.enumerated() { widest[c] = max(widest[c], w) } }
    return Rendered(bytes: pieces, widths: widest)
  }

  /// Where the workers put their blocks (each writes only its own index).
  private struct Blocks: @unchecked Sendable {
    let pieces: UnsafeMutableBufferPointer<OutputBytes>
    let widths: UnsafeMutableBufferPointer<[Int]>
  }

  /// What every worker reads.
  private struct Job: @unchecked Sendable {
    let cursors: [ColumnCursor]
    let strings: SheetStrings
    let letters: [[UInt8]]

    func render(_ rows: Range<Int>, into out: inout OutputBytes) -> [Int] {
      var widths = [Int](repeating: 0, count: cursors.count)
      out = OutputBytes(capacity: rows.count * (16 + cursors.count * 28))
      var number = OutputBytes(capacity: 20)
      for row in rows {
        number.removeAll()
        number.append(int: row + 2)
        out.append("<row r=\"")
        out.append(number)
        out.append("\">")
        var previous = -1
        for c in cursors.indices {
          let cells = cursors[c]
          if cells.isMissing(row) { continue }
          if cells.kind == .double, !cells.doubles[row].isFinite { continue }
          // A cell right after the previous one needs no reference (`r` is optional, and every
          // reader counts on from the last cell): a third fewer bytes to build and deflate.
          if c == previous + 1 {
            out.append("<c")
          } else {
            out.append("<c r=\"")
            out.append(letters[c])
            out.append(number)
            out.append("\"")
          }
          previous = c
          switch cells.kind {
          case .int:
            out.append("><v>")
            let start = out.count
            out.append(int: cells.words[row])
            widths[c] = max(widths[c], out.count - start)
          case .double:
            out.append("><v>")
            let start = out.count
            Self.appendNumber(cells.doubles[row], to: &out)
            widths[c] = max(widths[c], out.count - start)
          case .bool: out.append(cells.bools[row] ? " t=\"b\"><v>1" : " t=\"b\"><v>0")
          case .date:
            out.append(" s=\"2\"><v>")
            out.append(int: ExcelDate.serial(of: Day(ordinal: cells.words[row])))
          case .text:
            out.append(" t=\"s\"><v>")
            out.append(int: strings.perRow[c][row])
          case .coded:
            out.append(" t=\"s\"><v>")
            out.append(int: strings.perCode[c][Int(cells.codes[row])])
          }
          out.append("</v></c>")
        }
        out.append("</row>")
      }
      return widths
    }

    /// As `SheetHandler.numberText` writes it: whole numbers without a fraction.
    static func appendNumber(_ x: Double, to out: inout OutputBytes) {
      if x == x.rounded(), abs(x) < 1e15 {
        out.append(int: Int(x))
      } else {
        out.append(text: x.description)
      }
    }
  }
}
