import AppKit
import Foundation

let store = Store(path: NSString(string: "~/.cliphist/history.json").expandingTildeInPath)
let args = CommandLine.arguments.dropFirst()

func usage() -> Never {
    print("usage: cliphist run|install|uninstall|list [n]|search <q>|copy <n>")
    exit(2)
}

switch args.first {
case "run":
    let monitor = Monitor(store: store)
    monitor.start()
    RunLoop.main.run()
case "install":
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    LoginItem.add(path: exe)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = ["run"]
    try? p.run()
    print("cliphist installed as login item and started")
case "uninstall":
    LoginItem.remove(name: "cliphist")
    print("removed from Login Items")
case "list":
    let n = Int(args.dropFirst().first ?? "20") ?? 20
    for (i, e) in store.load().prefix(n).enumerated() {
        print(String(format: "%3d  %@  %@", i, e.date.formatted(date: .omitted, time: .shortened), e.preview))
    }
case "search":
    let q = args.dropFirst().joined(separator: " ").lowercased()
    for (i, e) in store.load().enumerated() where e.text.lowercased().contains(q) {
        print(String(format: "%3d  %@", i, e.preview))
    }
case "copy":
    guard let n = Int(args.dropFirst().first ?? ""), n < store.load().count else { usage() }
    NSPasteboard.general.clearContents()
    NSPasteboard.general.setString(store.load()[n].text, forType: .string)
default:
    usage()
}
