extension FactPack {
    /// The distinct strings of a pack, each written once and found again by its UTF-8 bytes.
    ///
    /// A `[String: Int]` dictionary was 40 % of the writer's time: hashing a Swift string normalises it (Unicode
    /// canonical equivalence), which is slow for the Chinese row names and columns. Packs compare bytes instead:
    /// FNV-1a over the UTF-8, open addressing in a table at most half full.
    struct StringTable {
        /// Each string as written in the pack: its byte length (varint), then its bytes.
        private(set) var bytes: [UInt8] = []
        /// Where each string's bytes start in ``bytes``, and how many there are.
        private var ranges: [Range<Int>] = []
        /// Open addressing: a string's index + 1, or 0 for an empty slot.
        private var slots: [Int32]

        /// A table for at most `capacity` distinct strings.
        init(capacity: Int) {
            var size = 16
            while size < capacity * 2 + 2 { size *= 2 }
            slots = Array(repeating: 0, count: size)
        }

        var count: Int { ranges.count }

        /// The index of `text`, added when new.
        mutating func index(_ text: String) -> UInt64 {
            var text = text
            return text.withUTF8 { utf8 in
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 {
                    let candidate = Int(slots[slot]) - 1
                    if bytes[ranges[candidate]].elementsEqual(utf8) { return UInt64(candidate) }
                    slot = (slot + 1) & mask
                }
                if ranges.count * 2 + 2 > slots.count { grow() }
                return add(utf8, hash: hash)
            }
        }

        private mutating func add(_ utf8: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt64 {
            let index = ranges.count
            FactPack.appendVarint(UInt64(utf8.count), to: &bytes)
            ranges.append(bytes.count..<(bytes.count + utf8.count))
            bytes.append(contentsOf: utf8)
            place(index, hash: hash)
            return UInt64(index)
        }

        private mutating func place(_ index: Int, hash: UInt64) {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }

        /// Doubles the slots (only when more strings come than the capacity said).
        private mutating func grow() {
            slots = Array(repeating: 0, count: slots.count * 2)
            for (index, range) in ranges.enumerated() {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in bytes[range] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                place(index, hash: hash)
            }
        }
    }
}
