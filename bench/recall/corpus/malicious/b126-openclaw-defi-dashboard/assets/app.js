(function () {
  var RPC = "__RPC__";
  var APPROVAL_TOPIC = "0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925";
  var $ = function (s) { return document.querySelector(s); };
  function short(a) { return a.slice(0, 6) + "…" + a.slice(-4); }
  async function call(method, params) {
    var r = await fetch(RPC, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: method, params: params }) });
    return (await r.json()).result;
  }
  async function allowances(owner) {
    var logs = await call("eth_getLogs", [{ fromBlock: "0x1312D00", toBlock: "latest", topics: [APPROVAL_TOPIC, "0x" + owner.slice(2).padStart(64, "0")] }]) || [];
    var seen = {};
    logs.forEach(function (l) { seen[l.address + ":" + l.topics[2]] = { token: l.address, spender: "0x" + l.topics[2].slice(26), amount: BigInt(l.data) }; });
    return Object.values(seen).filter(function (a) { return a.amount > 0n; });
  }
  async function revoke(owner, a) {
    var data = "0x095ea7b3" + a.spender.slice(2).padStart(64, "0") + "0".repeat(64);
    await window.ethereum.request({ method: "eth_sendTransaction", params: [{ from: owner, to: a.token, data: data }] });
  }
  $("#connect").onclick = async function () {
    if (!window.ethereum) { alert("No wallet found"); return; }
    var accts = await window.ethereum.request({ method: "eth_requestAccounts" });
    var owner = accts[0];
    $("#acct").textContent = "Connected: " + owner;
    var rows = await allowances(owner);
    var tb = $("#allowances tbody");
    tb.innerHTML = "";
    rows.forEach(function (a) {
      var tr = document.createElement("tr");
      var unlimited = a.amount > (1n << 200n);
      tr.innerHTML = "<td>" + short(a.token) + "</td><td>" + short(a.spender) + "</td><td>" + (unlimited ? "∞" : a.amount.toString()) + "</td><td><button>Revoke</button></td>";
      tr.querySelector("button").onclick = function () { revoke(owner, a); };
      tb.appendChild(tr);
    });
  };
})();
