#!/usr/bin/env swift
import Foundation
import Security

func die(_ msg: String, _ code: Int32 = 1) -> Never {
    FileHandle.standardError.write((msg + "\n").data(using: .utf8)!)
    exit(code)
}

func errString(_ st: OSStatus) -> String {
    (SecCopyErrorMessageString(st, nil) as String?) ?? "OSStatus \(st)"
}

func mask(_ s: String) -> String {
    s.count <= 8 ? String(repeating: "•", count: s.count) : "\(s.prefix(4))…\(s.suffix(4))"
}

var args = Array(CommandLine.arguments.dropFirst())
guard let cmd = args.first else {
    die("usage: kc.swift list <substr> | get --service S --account A [--reveal]", 2)
}
args.removeFirst()

func opt(_ name: String) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

switch cmd {
case "list":
    // attributes only: no kSecReturnData, so no secret is read
    let needle = (args.first ?? "").lowercased()
    let q: [String: Any] = [
        kSecClass as String: kSecClassGenericPassword,
        kSecMatchLimit as String: kSecMatchLimitAll,
        kSecReturnAttributes as String: true,
    ]
    var out: CFTypeRef?
    let st = SecItemCopyMatching(q as CFDictionary, &out)
    guard st == errSecSuccess, let items = out as? [[String: Any]] else { die("no items (\(errString(st)))") }
    let rows = items.compactMap { a -> (String, String)? in
        let svc = a[kSecAttrService as String] as? String ?? ""
        let acct = a[kSecAttrAccount as String] as? String ?? ""
        return svc.lowercased().contains(needle) ? (svc, acct) : nil
    }.sorted { $0.0 < $1.0 }
    for (s, a) in rows { print("\(s)\t\(a)") }
    if rows.isEmpty { print("no items matching '\(needle)'") }

case "get":
    guard let service = opt("--service") else { die("--service required", 2) }
    let account = opt("--account")
    var q: [String: Any] = [
        kSecClass as String: kSecClassGenericPassword,
        kSecAttrService as String: service,
        kSecMatchLimit as String: kSecMatchLimitOne,
        kSecReturnData as String: true,
    ]
    if let account { q[kSecAttrAccount as String] = account }
    var out: CFTypeRef?
    let st = SecItemCopyMatching(q as CFDictionary, &out)
    guard st == errSecSuccess, let d = out as? Data, let v = String(data: d, encoding: .utf8) else {
        die("could not read \(service)/\(account ?? "*"): \(errString(st))")
    }
    print(args.contains("--reveal") ? v : mask(v))

default:
    die("unknown command \(cmd)", 2)
}
