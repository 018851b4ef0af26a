import Foundation

struct Entry: Codable {
    let date: Date
    let text: String
    let app: String?
    var preview: String {
        let one = text.replacingOccurrences(of: "\n", with: " ⏎ ")
        return one.count > 80 ? String(one.prefix(79)) + "…" : one
    }
}

final class Store {
    let path: String
    let max = 500
    init(path: String) { self.path = path }

    func load() -> [Entry] {
        guard let d = FileManager.default.contents(atPath: path) else { return [] }
        let dec = JSONDecoder(); dec.dateDecodingStrategy = .iso8601
        return (try? dec.decode([Entry].self, from: d)) ?? []
    }

    func append(_ e: Entry) {
        var all = load()
        if all.first?.text == e.text { return }
        all.insert(e, at: 0)
        if all.count > max { all.removeLast(all.count - max) }
        let enc = JSONEncoder(); enc.dateEncodingStrategy = .iso8601
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        FileManager.default.createFile(atPath: path, contents: try? enc.encode(all), attributes: [.posixPermissions: 0o600])
    }
}
