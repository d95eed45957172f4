/// `contains` as the rules call it: this file imports neither Foundation nor YusuanCore, so `contains` is the
/// standard library's (string processing), not Foundation's, which answers differently (e.g. for an empty text).
func stringProcessingContains(_ text: String, _ needle: String) -> Bool {
    text.contains(needle)
}
