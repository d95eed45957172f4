import Foundation

/// Packs files into a ZIP archive without compression ("stored"), enough for the CSV data package download.
/// Entries are sorted by name and dated 1980-01-01, so equal files give equal bytes.
enum StoredZip {
    static func archive(_ files: [String: Data]) -> Data {
        var out = Data()
        var central = Data()
        var count: UInt16 = 0
        for name in files.keys.sorted() {
            guard let content = files[name] else { continue }
            let nameBytes = Array(name.utf8)
            let crc = CRC32.checksum(content)
            let offset = UInt32(out.count)
            // Local file header.
            out.append(le32(0x0403_4b50))
            out.append(le16(20))  // version needed
            out.append(le16(0x0800))  // UTF-8 names
            out.append(le16(0))  // stored
            out.append(le16(0))  // time
            out.append(le16(0x21))  // date 1980-01-01
            out.append(le32(crc))
            out.append(le32(UInt32(content.count)))
            out.append(le32(UInt32(content.count)))
            out.append(le16(UInt16(nameBytes.count)))
            out.append(le16(0))
            out.append(contentsOf: nameBytes)
            out.append(content)
            // Central directory entry.
            central.append(le32(0x0201_4b50))
            central.append(le16(20))  // version made by
            central.append(le16(20))
            central.append(le16(0x0800))
            central.append(le16(0))
            central.append(le16(0))
            central.append(le16(0x21))
            central.append(le32(crc))
            central.append(le32(UInt32(content.count)))
            central.append(le32(UInt32(content.count)))
            central.append(le16(UInt16(nameBytes.count)))
            central.append(le16(0))  // extra
            central.append(le16(0))  // comment
            central.append(le16(0))  // disk
            central.append(le16(0))  // internal attributes
            central.append(le32(0))  // external attributes
            central.append(le32(offset))
            central.append(contentsOf: nameBytes)
            count += 1
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        out.append(le32(0x0605_4b50))
        out.append(le16(0))
        out.append(le16(0))
        out.append(le16(count))
        out.append(le16(count))
        out.append(le32(UInt32(central.count)))
        out.append(le32(centralOffset))
        out.append(le16(0))
        return out
    }

    private static func le16(_ value: UInt16) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
    private static func le32(_ value: UInt32) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
}

/// CRC-32 (IEEE 802.3), as ZIP uses it.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
