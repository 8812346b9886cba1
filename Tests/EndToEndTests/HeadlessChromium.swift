import Foundation

/// Debian's headless Chromium, for checking that exported HTML renders: a screenshot (PNG)
/// and the DOM after parsing. `nil` path when it is not installed (`apt-get install chromium`).
enum HeadlessChromium {
  static let path: String? = {
    let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(
      String.init)
    for name in ["chromium", "chromium-browser", "google-chrome"] {
      for dir in dirs + ["/usr/bin"] where FileManager.default.isExecutableFile(atPath: dir + "/" + name) {
        return dir + "/" + name
      }
    }
    return nil
  }()

  static var isInstalled: Bool { path != nil }

  /// Runs chromium headless on a local file with a private profile; returns stdout.
  static func run(_ arguments: [String], scratch: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    process.arguments =
      [
        "120", path ?? "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-extensions", "--user-data-dir=\(scratch)/profile", "--hide-scrollbars",
      ] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = scratch
    process.environment = environment
    let out = scratch + "/chromium.out"
    FileManager.default.createFile(atPath: out, contents: nil)
    process.standardOutput = FileHandle(forWritingAtPath: out)
    process.standardError = FileHandle(forWritingAtPath: "/dev/null")
    try process.run()
    process.waitUntilExit()
    return (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
  }

  /// Screenshot of a page to `png`, `width`×`height` pixels.
  static func screenshot(
    _ html: String, to png: String, scratch: String, width: Int = 1000, height: Int = 1400
  ) throws {
    _ = try run(
      ["--screenshot=\(png)", "--window-size=\(width),\(height)", "file://" + html], scratch: scratch)
  }

  /// The DOM as Chromium parsed it.
  static func dom(_ html: String, scratch: String) throws -> String {
    try run(["--dump-dom", "file://" + html], scratch: scratch)
  }

  /// Pixel statistics of a PNG (8-bit RGB or RGBA, any filter), decoded with python's zlib:
  /// `width height pixels_unlike_the_most_common_colour distinct_colours`.
  static func pixelStats(_ png: String) throws -> (width: Int, height: Int, inked: Int, colours: Int) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", pngScript, png]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let fields = (String(data: data, encoding: .utf8) ?? "").split(separator: " ").compactMap {
      Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    guard fields.count == 4 else { return (0, 0, 0, 0) }
    return (fields[0], fields[1], fields[2], fields[3])
  }

  static let pngScript = """
    import sys, zlib, struct, collections
    try:
        import numpy as np
    except ImportError:
        np = None
    data = open(sys.argv[1], 'rb').read()
    assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
    pos, idat = 8, b''
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8]); body = data[pos + 8:pos + 8 + n]; pos += 12 + n
        if kind == b'IHDR': w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
        elif kind == b'IDAT': idat += body
    assert depth == 8 and ctype in (2, 6)
    bpp = 3 if ctype == 2 else 4
    raw, stride, prev, counts = zlib.decompress(idat), w * bpp, bytearray(w * bpp), collections.Counter()
    def slow(f, row, prev):
        for i in range(stride):
            a = row[i - bpp] if i >= bpp else 0; b = prev[i]; c = prev[i - bpp] if i >= bpp else 0
            if f == 1: row[i] = (row[i] + a) & 255
            elif f == 2: row[i] = (row[i] + b) & 255
            elif f == 3: row[i] = (row[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        return row
    for y in range(h):
        f, row = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if np is not None and f in (0, 2):
            r = np.frombuffer(row, dtype=np.uint8)
            if f == 2: r = r + np.frombuffer(bytes(prev), dtype=np.uint8)
            row = bytearray(r.astype(np.uint8).tobytes())
        else:
            row = slow(f, row, prev)
        prev = row
        if np is not None:
            px = np.frombuffer(bytes(row), dtype=np.uint8).reshape(w, bpp)[:, :3].astype(np.uint32)
            keys = (px[:, 0] << 16) | (px[:, 1] << 8) | px[:, 2]
            values, n = np.unique(keys, return_counts=True)
            for k, c in zip(values.tolist(), n.tolist()): counts[k] += c
        else:
            for x in range(0, stride, bpp): counts[bytes(row[x:x + 3])] += 1
    common = counts.most_common(1)[0][1]
    print(w, h, w * h - common, len(counts))
    """
}
