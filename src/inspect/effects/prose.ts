/**
 * Prose → effects. In a skill the prose is the program: the model reads each step and does it. This
 * translator reads imperative steps (list items, sentences, headings' sections) as effects — what is read,
 * where it goes, what is fetched and run, what persists, what the agent is told to hide or override — and
 * hands fenced code blocks to the shell translator. A *mention* is not an effect: steps under a heading
 * that frames them as examples, indicators or things to refuse, negated steps ("never send …"), block
 * quotes and sentences about what attackers or malware do are recorded with reach `never`.
 */
import path from 'node:path';
import { parseFrontmatterYaml as parseYaml, skillHomepage, yamlStrings } from '../frontmatter.js';
import { compileOnFirstUse, escapeRegExp, mayMatch } from '../analyzers/regex-tier.js';
import { MAIL_ADDRESS, TRUSTED_HOST_CLASSES, classifyEnvName, classifyHost, classifySecretPath, isOfficialPlatformSource, namesPlatform } from './classify.js';
import { lookalikeOfHome, typosquatOf } from './names.js';
import { type ShellScope, lowerConfigCommand, lowerShell, setProseLowerer } from './shell.js';
import { workflowStepsIn } from './tool-configs.js';
import type { Effect, HostClass, InstructKind, Reach, SecretClass } from './types.js';

export interface ProseOptions {
  file: string;
  reach: Reach;
  /** Lower fenced code in other languages (Python, PowerShell …) when a translator is loaded. */
  lowerCode?: (lang: string, code: string, firstLine: number, reach: Reach) => Effect[];
  decoded?: boolean;
  /** The text of a document of the same target a step names by path (`references/terms.md`), if there is one. */
  readLinked?: (ref: string) => string | undefined;
}

// ---------------------------------------------------------------- vocabulary (classes of words, not samples)

const SECRET_NOUNS: Array<[RegExp, SecretClass]> = [
  [/\bssh\b[^.\n]{0,20}\bkeys?\b|\bid_(?:rsa|ed25519|ecdsa)\b|~\/\.ssh\b|\bprivate\s+keys?\b(?![^.\n]{0,30}\b(?:wallet|seed|crypto)\b)/i, 'ssh-keys'],
  [/\b(?:aws|gcp|azure|cloud|s3|iam)\b[^.\n]{0,25}\b(?:credentials?|keys?|secrets?|tokens?)\b|~\/\.aws\b|\.aws\/credentials|\bkubeconfig\b|\.kube\/config/i, 'cloud-credentials'],
  [/\b(?:seed|recovery|mnemonic)\s+(?:phrases?|words?)\b|\bwallet(?:s|\.dat)?\b[^.\n]{0,30}\b(?:keys?|files?|data|seed|backup|keystore)\b|\bkeystore\b|\bmetamask\b|\bprivate\s+keys?\b[^.\n]{0,30}\b(?:wallet|crypto|eth|sol|btc)\b/i, 'wallet'],
  [/\b(?:browser|chrome|firefox|edge|brave|safari)\b[^.\n]{0,30}\b(?:cookies?|passwords?|profiles?|history|sessions?|credentials?|autofill|login\s+data)\b|\bcookies?\b[^.\n]{0,20}\b(?:sessions?|browser|all\s+sites)\b|\bsession\s+cookies?\b/i, 'browser-profile'],
  [/\bkeychains?\b|\bkeyrings?\b|\bpassword\s+(?:manager|store|vault)s?\b|\b1password\b|\bbitwarden\b|\bkeepass\b/i, 'keychain'],
  [/\b(?:openclaw|clawdbot|moltbot|gateway)\b[^.\n]{0,30}\b(?:tokens?|config(?:uration)?|credentials?|auth|keys?)\b|\bopenclaw\.json\b|\bauth-profiles\.json\b|\bgateway\.auth\b|\bprovider\s+(?:api\s+)?keys?\b/i, 'openclaw-token'],
  [/\b(?:SOUL|MEMORY|AGENTS|IDENTITY|HEARTBEAT|USER)\.md\b|\b(?:agent|assistant)(?:'s)?\s+(?:memory|identity|persona)\s+files?\b|\bsystem\s+prompt\b|\b(?:session|conversation)\s+transcripts?\b/i, 'agent-memory'],
  [/\.env\b(?!\.example)|\bdotenv\b|\benv(?:ironment)?\s+files?\b/i, 'dotenv'],
  [/\b(?:environment\s+variables?|env\s+vars?|process\.env|os\.environ|\$env:|printenv|\benv\b\s*(?:\||>|output))/i, 'env-secrets'],
  [/\b(?:auth(?:entication|orization)?\s+headers?|session\s+tokens?|bearer\b|jwts?|refresh\s+tokens?)\b/i, 'browser-profile'],
  [/\b(?:api[\s_-]?keys?|access[\s_-]?keys?|access[\s_-]?tokens?|auth(?:entication)?\s+tokens?|bearer\s+tokens?|oauth\s+(?:tokens?|secrets?|credentials?)|client\s+secrets?|secret\s+keys?|secrets?|tokens?|credentials?|passwords?|passphrases?|npm\s+tokens?|github\s+tokens?|\.npmrc|\.netrc|\.pypirc|git-credentials)\b/i, 'env-secrets'],
  [/\b\/etc\/(?:shadow|passwd|sudoers)\b|\bshadow\s+file\b|\bpassword\s+hashes\b/i, 'system-auth'],
  [/\b(?:conversations?|chat\s+(?:history|logs?|messages?)|messages?|(?:the\s+)?user'?s?\s+(?:own\s+)?(?:words|replies|requests|questions|input)|what\s+the\s+user\s+(?:says|said|writes|wrote|types|typed|asks|asked)|dms?|direct\s+messages?|tool\s+(?:results?|outputs?)|transcripts?|prompts?\s+and\s+responses?)\b/i, 'conversation'],
  // the same in the languages the translators read (CJK has no word boundaries)
  [/\b(?:conversaci[óo]n|conversas?|conversa[çc][ãa]o|conversazione|Gespr[äa]ch\w*|Unterhaltung|Chatverlauf|разговор\w*|переписк\w*|диалог\w*)\b|对话|聊天记录|会話|チャット履歴|대화/i, 'conversation'],
  [/\b(?:contrase[ñn]as?|senhas?|mots?\s+de\s+passe|Passw(?:ö|oe)rt\w*|пароль\w*)\b|密码|パスワード|비밀번호/i, 'user-credentials'],
  [/\b(?:personal\s+(?:data|information|details)|pii|user\s+(?:data|profiles?|records?|activity|behaviou?r(?:al)?\s+data)|browsing\s+history|search\s+(?:history|queries)|session\s+data|behaviou?ral\s+(?:data|profiles?)|customer\s+(?:data|records?|lists?)|contacts?|address\s+book|(?:the\s+user'?s|their|your)\s+(?:raw\s+|private\s+|personal\s+|meeting\s+)?notes|documents?\s+folder|~\/documents|keystrokes?|keylog\w*|clipboard|screenshots?|screen\s+(?:captures?|recordings?)|patient\s+records?|medical\s+records?|ssns?|social\s+security\s+numbers?|credit\s+card(?:\s+numbers?)?|bank\s+(?:account|details)|payment\s+(?:methods?|details|data|info\w*)|transactions?\s+(?:history|data|records?)|demographics?|select\s+\*\s+from\s+\w*(?:users?|customers?|accounts?|payments?|patients?|employees?|members?|orders?|transactions?)\w*|select\s+\*\s+from\s+(?:each|every|all(?:\s+the)?)\s+(?:\w+\s+)?tables?|(?:entire|whole|complete|full)\s+(?:database|dataset|user\s+base|customer\s+list))\b/i, 'user-files'],
];

/**
 * A redaction and what it takes out: "redacts secrets, shows the user", "(replaces tokens, emails, IPs)", up to the
 * next clause ("… and uploads it"). What a step removes is not what it carries.
 */
const REDACTS = /\b(?:redact|mask|scrub|censor|obfuscat|anonymi[sz]|pseudonymi[sz]|sanitiz|replac|strip|remov|elid)\w*(?:\s+out)?\b(?:(?!\b(?:and|then|but|before|after|or|plus|while|so)\b)[^.;:()\n]){0,80}/gi;

/** Secret classes named in a unit of prose (objects of its verbs). */
export function secretsIn(text: string): SecretClass[] {
  text = text.replace(REDACTS, ' ');
  const out = new Set<SecretClass>();
  for (const [re, cls] of SECRET_NOUNS) if (re.test(text)) out.add(cls);
  // A file named by its path (`~/.npmrc`, ~/.config/gh/hosts.yml): the class of secret that file holds.
  if (text.includes('`') || text.includes('~') || text.includes('$HOME') || text.includes('%')) {
    for (const m of text.matchAll(/`([^`\n]{2,200})`|(?:^|[\s(])((?:~|\$HOME|%USERPROFILE%|%APPDATA%)[\\/][^\s,;)`]+)/g)) {
      const cls = classifySecretPath(m[1] ?? m[2]);
      if (cls) out.add(cls);
    }
  }
  // "read the config" is not a secret; "all configuration including keys" is.
  return [...out];
}

const carriesOf = (secrets: SecretClass[]): { carries?: SecretClass[] } => (secrets.length ? { carries: secrets } : {});

/** An http(s) URL in prose, up to the bracket, quote or space that ends it. */
const HTTP_URL = /\bhttps?:\/\/[^\s)\]'"`<>]+/g;
/** A URL, an IP address or a bare host in prose; a file name whose stem ends like a host (`endpoints.example.json`) is none. */
const URL_RE = /\b(?:https?|ftp|wss?|tcp):\/\/[^\s)\]'"`<>]+|\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?(?:\/[^\s)\]'"`<>]*)?|(?<![@\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:io|com|net|org|xyz|top|ru|cn|sh|dev|app|me|cc|tk|ml|ga|cf|gq|site|online|club|info|biz|pw|su|to|ly|gg|link|live|pro|cloud|ai|co|us|uk|de|fr|invalid|example)(?!\.[a-z0-9-])(?:\/[^\s)\]'"`<>]*)?\b/gi;

/** A verb that sends; not one naming a part of a pipeline ("the publish step", "a push event"). */
const SEND_VERB = /\b(?:send(?:s|ing)?|sent|forward(?:s|ed|ing)?|upload(?:s|ed|ing)?|post(?:s|ed|ing)?|transmit(?:s|ted|ting)?|exfiltrat\w*|beacon\w*|relay(?:s|ed)?|sync(?:s|ed|hroni[sz]e)?|mirror(?:s|ed)?|push(?:es|ed)?|submit(?:s|ted)?|report(?:s|ed)?\s+(?:(?:all|every|each|any|the|your|its)\s+)?(?:[\w-]+\s+){0,3}?(?:back\s+)?to\b(?!\s+(?:the\s+)?(?:user|owner|operator|human|you|me|them)\b)|export(?:s|ed|ing)?|share(?:s|d)?\s+(?:\w+\s+){0,4}with|load(?:s|ed)?\s+(?:[\w-]+\s+){0,4}?(?:to|into)\s+(?=https?:\/\/)|deliver(?:s|ed)?|pipe(?:s|d)?\s+(?:\w+\s+){0,3}to|stream(?:s|ed)?|leak(?:s|ed)?|publish(?:es|ed)?|envoy\w*|envi(?!ron)\w*|transmet\w*|t[ée]l[ée]vers\w*|sende[nt]?|senden|hochladen|lade\w*\s+hoch|[üu]bermittel\w*|weiterleit\w*|enviar|env[íi]a\w*|sub(?:e|ir)\w*|reenv[íi]a\w*|отправ\w*|пересл\w*|загрузи\w*|envoie[rz]?|transf[ée]r\w*|spedisc\w*|invia\w*|carica\w*|inoltra\w*|wysy[łl]a\w*|wy[śs]l(?:ij|e|esz|i[ćc])\w*|prze[śs]lij\w*|gönder\w*|kirim\w*|unggah\w*|(?:include|append|attach|add|put|pass|sertakan|tambahkan|incluy\w*|a[ñn]ad\w*|inclu[ai]\w*|ajout\w*|f[üu]ge?\w*|dołącz\w*|ekle\w*|thêm)\b[^.\n]{0,80}?\b(?:as|in|into|to|sebagai|pada|como|en|comme|dans|als|jako)\s+(?:(?:the|a|its|an?|le|la|el|o|der|die|das)\s+)?(?:[\w-]+\s+)?(?:query\s+)?(?:param(?:eter|ètre|etro)?s?|parametr\w*|query\s+string))\b(?!\s+(?:steps?|jobs?|workflows?|stages?|events?|triggers?|buttons?|pipelines?|phases?)\b)|发送|上传|转发|回传|送信|送って|アップロード|転送|전송|업로드|보내/i;
/** A messaging network, and a recipient on it named by number, chat id or handle (either order). */
const CHAT_NETWORK = /\b(?:whats\s?app|telegram|signal|discord|slack|imessage|sms|text\s+message|matrix|teams|wechat|line\s+app|viber)\b/i;
const CHAT_RECIPIENT = /\b(whats\s?app|telegram|signal|discord|slack|imessage|sms|matrix|wechat|viber)\b(?:\s+(?:user|chat|channel|group|number|id|contact|account|dm))?(?:\s+(?:id|number|#))?[\s:=]+[`"']?(\+?\d[\d\s().-]{5,}\d|-?\d{6,}|@[\w.-]{3,}|#[\w-]{2,})|(\+\d[\d\s().-]{6,}\d|-100\d{6,}|@[\w.-]{3,})[`"']?\s+(?:on|via|over|in)\s+(whats\s?app|telegram|signal|discord|slack|imessage|sms|matrix|wechat|viber)\b/gi;
/** A step calling OpenClaw's message tool ("Call the `message` tool for each file:", "use message with action send"). */
const MESSAGE_TOOL_CALL = /\b(?:call|use|invoke|run)\s+(?:the\s+)?[`'"]?(?:message|sessions_send|send_message)[`'"]?\s+tool\b|\b(?:call|use|invoke)\s+[`'"](?:message|sessions_send)[`'"]/i;
/** A step sending to the target a step before it fixed ("send one message to the same target"). */
const SAME_TARGET = /\b(?:send|forward|post|upload|relay|deliver)\w*\b[^.\n]{0,80}\b(?:to|into)\s+(?:the\s+)?(?:same|that|this)\s+(?:target|channel|chat|recipient|conversation|thread|group)\b/i;
/** A message-tool parameter naming a fixed chat (`target`: `channel:1190000000000000001`), and the network a sibling names. */
const MESSAGE_TARGET = /^[`'"]?(?:target|to|chat_?id|chatId|channel_?id|recipient|peer)[`'"]?\s*[:=]\s*[`'"]?(?:(?:channel|chat|user|group|dm):)?(\+?\d[\d\s-]{5,}\d|-?\d{6,})[`'"]?\s*$/i;
/** A person named with a number and a messaging network ("Dana Whitfield (+1 555 010 0142, WhatsApp)"), by first name. */
const NAMED_CONTACT = /\b([A-Z][a-z]{2,})(?:\s+[A-Z][a-z]+)?\s*\(\s*(\+\d[\d\s().-]{6,}\d)\s*[,;/]?\s*([Ww]hats\s?[Aa]pp|[Tt]elegram|[Ss]ignal|SMS|sms|i[Mm]essage)\s*\)/g;
function namedContacts(text: string): Map<string, ChatAt> {
  const out = new Map<string, ChatAt>();
  if (!text.includes('(+')) return out;
  for (const m of text.matchAll(NAMED_CONTACT)) if (out.size < 8) out.set(m[1], chatAt(m[3], m[2]));
  return out;
}
/**
 * A message-tool call written out in a step, in any language: the tool named in code (`message`) with its parameters
 * inline (`channel: "telegram"`, `target: "@desk_bot"` or a number). Its recipient is fixed by the text: its author's.
 */
const MESSAGE_TOOL_NAMED = /[`'"](?:message|sessions_send|send_message)[`'"]|\bmessage\s+tool\b/i;
const INLINE_TARGET = /[`'"]?\b(?:target|to|chat_?id|chatId|recipient|peer)\b[`'"]?\s*[:=]\s*[`'"]((?:(?:channel|chat|user|group|dm):)?(?:\+?\d[\d\s-]{5,}\d|-?\d{6,}|@[\w.]{3,}))[`'"]/i;
const INLINE_CHANNEL = /[`'"]?\bchannel\b[`'"]?\s*[:=]\s*[`'"]([a-z][\w-]{1,20})[`'"]/i;
function inlineChatTarget(text: string): ChatAt | undefined {
  if (!MESSAGE_TOOL_NAMED.test(text)) return undefined;
  const m = INLINE_TARGET.exec(text);
  return m ? chatAt(INLINE_CHANNEL.exec(text)?.[1] ?? 'chat', m[1]) : undefined;
}
function fixedChatTarget(units: ReadonlyArray<{ text: string; heading: string }>): ChatAt | undefined {
  for (const u of units) {
    const m = MESSAGE_TARGET.exec(u.text.trim());
    if (m) return chatAt(units.filter((v) => v.heading === u.heading).map((v) => CHAT_NETWORK.exec(v.text)?.[0]).find(Boolean) ?? 'chat', m[1]);
  }
  return undefined;
}
function chatRecipient(m: RegExpMatchArray): ChatAt {
  return chatAt(m[1] ?? m[4] ?? '', m[2] ?? m[3] ?? '');
}
type ChatAt = { url: string; host: string; hostClass: HostClass };
/** A recipient on a messaging network by its number or id (`whatsapp:+15550104`): its author's, as a webhook is. */
function chatAt(network: string, id: string): ChatAt {
  const at = `${network.toLowerCase().replace(/\s+/g, '')}:${id.replace(/[\s().-](?=\d)/g, '')}`;
  return { url: at, host: at, hostClass: 'webhook' };
}
/** Data put into an outgoing message: "include … in the body", "attach … to the invite", "paste … below the signature". */
const INTO_MESSAGE = /\b(?:includ\w*|attach\w*|append\w*|add\w*|put|paste|embed\w*)\b[^.\n]{0,120}\b(?:(?:in|into|to|under|below|above|at)\s+(?:the\s+)?(?:bottom\s+of\s+the\s+)?(?:body|draft|e-?mail|message|invite|invitation|description|signature|footer|ticket|issue|comment|post)|below\s+the\s+signature)\b/i;
const RUNS_OWN_DECODER = /\b(?:run|execute|use)\s+`[^`\n]*\b(?:scripts?|bin|tools?)\/[\w.-]*decod[\w.-]*\.(?:py|sh|js|mjs|rb|ps1)\b[^`\n]*`/i;
const SHOWS_DECODED = /\b(?:show|print|display|report|quote)\w*\b[^.\n]{0,40}\bdecoded\b/i;
/** What follows a verb that refuses it: "executing it is not", "running them is never OK", "is forbidden". */
const REFUSED_AFTER = /^\s*(?:(?:it|them|this|that|these|the\s+\w+)\s+)?(?:is|are)\s+(?:not\b|never\b|forbidden\b|prohibited\b|not\s+allowed\b)/i;
/** The end of "if the skill's text tells you to …": an order someone else gives, named as a condition. */
const REPORTED_ORDER = /\b(?:if|when|whenever)\s+(?:the\s+|a\s+|an\s+|any\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}(?:tells?|asks?|instructs?|wants?|requests?|directs?|orders?|urges?)\s+(?:you|the\s+(?:agent|model|assistant))\s+to\s+[*_`]*$/i;
/** The end of "if the user asks (you) to …": the request the clause goes on to name is the user's, a condition. */
const USER_ASKS_TO = /\b(?:if|when|whenever|should)\s+(?:the\s+)?(?:user|owner|operator|they)\s+(?:asks?|wants?|requests?|tells?\s+you|decides?|chooses?|tries)\s+(?:you\s+)?to\s+[*_`]*$/i;
/** The user told or asked to do the next thing themselves ("tell the user to re-", "ask them to"). */
const USER_TOLD_TO = /\b(?:tell|ask|advise|invite|let)\s+(?:the\s+user|them|the\s+owner)\s+(?:to\s+)?(?:re-?)?$/i;
/** The user's own wish, just before what it asks for ("if the user wants this to …", "when they prefer it to …"). */
const USER_WANTS = /\b(?:if|when|whenever|should)\s+(?:the\s+)?(?:user|owner|operator|they)\s+(?:asks?|wants?|requests?|prefers?|would\s+like|chooses?|decides?|opts?\s+in)\b[^.!?\n]{0,30}$/i;
/** A mail verb, and an email address (its domain in group 1): a message's recipient. */
const MAIL_VERB = /\b(?:bcc|cc|e-?mail(?:s|ed|ing)?|mail(?:s|ed|ing)?|forward\w*|send\w*|sent|cop(?:y|ies)\s+(?:\w+\s+){0,3}to|recipients?)\b/i;
const COPY_RECIPIENT = /\b(?:bcc|cc)\b|\bcop(?:y|ies)\s+(?:of\s+)?(?:every|each|all)\s+(?:e-?mails?|messages?|mails?)\b/i;
const REMOTE_DEST = /\b(?:external(?!\s+(?:(?:usb|hard|backup)\s+)?(?:drives?|disks?|hdds?|ssds?|volumes?|media|storage\s+devices?|monitors?|displays?|editors?|keyboards?)\b)|remote|third[- ]party|outside|off[- ]site|our\s+(?:server|endpoint|api|backend|collector|dashboard)|(?:collection|analytics|telemetry|logging|monitoring|compliance|verification|backup|sync|research)\s+(?:endpoint|server|platform|service|api)|(?:debug(?:ging)?|replay|capture|relay|inspection)\s+(?:proxy|endpoint|server|service)|endpoint|webhook|collector|c2|command[- ]and[- ]control|attacker|pastebin|discord|telegram|ngrok|serveur\s+(?:externe|distant)|externe[nr]?\s+server|servidor\s+(?:externo|remoto)|внешн\w+\s+сервер)\b/i;
const READ_VERB = /\b(?:(?:the\s+)?contents?\s+of\s+(?:every|all|each|any|the|your)\b|Inhalte?\s+(?:von|der|des|aller|jeder)\b|contenu\s+d(?:e|u|es)\b|contenido\s+de\b|conte[úu]do\s+d[eo]s?\b|contenuto\s+d[ie]\b|contents?\s+of(?=\s+[`'"]?(?:~|\$HOME|%USERPROFILE%|\.\w)[\\/.\w])|read(?:s|ing)?|collect(?:s|ed|ing)?|gather(?:s|ed|ing)?|search(?:es|ed|ing)?\b[^.\n]{0,60}?\bfor|find(?:s|ing)?|locate|look(?:s|ing)?\s+for|hunt(?:s|ing)?\s+(?:for|down)|harvest(?:s|ed|ing)?|extract(?:s|ed|ing)?|scan(?:s|ned|ning)?|enumerat\w*|dump(?:s|ed|ing)?|access(?:es|ed|ing)?|grab(?:s|bed)?|copy|copies|copied|retriev\w*|look\s+up|list(?:s|ing)?|cat|query|queries|select|capture(?:s|d)?|record(?:s|ed|ing)?|log(?:s|ged|ging)?\s+(?:all|every)|include(?:s|d)?\s+(?:the\s+)?(?:actual|real|full|raw)?\s*values?|compile(?:s|d)?|aggregat\w*|archiv\w*|zip|tar|bundle|back(?:s|ed)?\s+up|lee\w*|lei[ao]m?|ler|re[úu]n[ae]\w*|junt[ae]m?|recopil\w*|recueill\w*|lis(?:ez|ent)?|sammel\w*|lies|lesen|auslesen|собер\w*|прочит\w*|copi\w*|kopier\w*|raccogli\w*|leggi\w*|coleta\w*|rassembl\w*|zbier\w*|topla\w*|oku(?:yun)?)\b|读取|收集|复制|打包|読み取|読み込|収集|コピー|수집|읽|복사/i;
const FETCH_VERB = /\b(?:receiv(?:e|es|ed|ing)|poll(?:s|ed|ing)?|download(?:s|ed|ing)?|fetch(?:es|ed|ing)?|load(?:s|ed|ing)?|pull(?:s|ed|ing)?|retriev\w*|get|curl|wget|import(?:s|ed)?|sync(?:s|ed)?\s+with|check(?:s)?\s+(?:for\s+)?updates?|t[ée]l[ée]charg\w*|herunterlad\w*|lade\w*\s+herunter|descarg\w*|baix\w*|скача\w*|загруз\w*|scaric\w*|baixe|pobierz|indir)\b|下载|ダウンロード|다운로드/i;
const CODE_NOUN = /anweisung\w*|befehl\w*|skript\w*|commandes?|instructions?|instrucciones|comandos?|istruzioni|comandi|инструкци\w*|команд\w*|скрипт\w*|指令|命令|脚本|コマンド|スクリプト|指示|명령|스크립트|\b(?:code|scripts?|plugins?|modules?|payloads?|binar(?:y|ies)|executables?|packages?|installers?|updates?|patch(?:es)?|extensions?|commands?|instructions?|directives?|tasks?|prompts?|rules|config(?:uration)?s?|\.js|\.py|\.sh|\.exe|\.ps1|logic|handlers?|skills?)\b/i;
const EXEC_VERB = /\b(?:execut(?!ables?\b)\w*|run(?:s|ning)?|eval(?:uat\w*)?\b(?!\s+of\b)|launch(?:es|ed)?|invok\w*|(?<!\b(?:is|are|was|were|be|been|already|not|isn'?t|aren'?t)\s)install(?:s|ed|ing)?(?!-\w)|sourc(?:e|ed|ing)|apply|applies|applied|follow(?:s|ed)?|obey(?:s|ed)?|carry\s+out|load(?:s|ed)?\s+and\s+(?:run|execut\w*)|ex[ée]cut(?!ables?\b)\w*|ausf[üu]hr\w*|f[üu]hr\w*\s+aus|f[üu]hre\b[^.\n]{0,60}\baus\b|ejecut\w*|выполн\w*|запуст\w*|esegu\w*|lanc\w*|uruchom\w*|çalıştır\w*|jalankan)\b|执行|运行|実行|起動|실행/i;

const NEGATION = /\b(?:never|not|no|don'?t|doesn'?t|won'?t|cannot|can'?t|must\s+not|should\s+not|shouldn'?t|without\s+(?:ever\s+)?(?:sending|uploading|sharing|running|executing|installing|evaluating)|refuse|avoid|prohibit\w*|forbid\w*|ne\s+\w+\s+(?:pas|jamais)|nunca|nicht|niemals|kein\w*|никогда|не|不要|不得|禁止)\b/i;

/**
 * A tool called with what the agent gathers ("call `meet_context` with the last 30 messages verbatim", "… so pass:"
 * over a list), when what it hands over is whole: the last, all, every, the entire or full history.
 */
const HANDS_TOOL = /\b(?:call|invoke)\s+(?:the\s+)?`[\w.:-]+`[^.\n]{0,80}\b(?:with|passing)\b|\bpass(?:ing)?\s*(?:it|them|these|along)?\s*:\s*$/i;
const WHOLE = /\b(?:last\s+\d+|all|every(?:one)?|entire|whole|full|verbatim)\b/i;
/**
 * A step's text as the third-party test reads it: code spans emptied (what they hold is literal), and "verbatim"
 * dropped from a step handing data to a tool ("… with the last 30 messages verbatim" is what is passed, not a quote).
 */
function thirdPartyText(t: string): string {
  const spans = t.includes('`') ? t.replace(/`[^`\n]+`/g, '` `') : t;
  return HANDS_TOOL.test(t) ? spans.replace(/\bverbatim\b/gi, ' ') : spans;
}

/** "checked against the SHA-256 pinned in scripts/checksums.txt", "verify its signature before running it". */
const PINNED_BY_DIGEST = /\b(?:checked|verified|verify|verifies|compared?)\b[^.\n]{0,40}\b(?:against\s+)?(?:the\s+)?(?:sha-?(?:256|512)|checksums?|digests?|signatures?|hash(?:es)?)\b[^.\n]{0,40}\b(?:pinned|shipped|listed|in\s+`?[\w./-]+`?|published)\b/i;

/** A step that inspects rather than acts: "check for NOPASSWD sudo", "audit the config for a disabled install policy". */
const INSPECTION_LEAD = /^\W*(?:\d+[.)]\s*)?(?:audit|check|checks|verify|scan|detect|flag|report|look\s+for|find|list|review|inspect|ensure|confirm|warn|alert|identify|search\s+for|grep\s+for|compare|diagnose|assess|evaluate|test\s+(?:for|whether)|pr[üu]f\w*|v[ée]rifi\w*|comprueb\w*|verific\w*|controll\w*|провер\w*|检查|確認|점검)\b/i;
const ACTS_TOO = /\b(?:and|then)\s+(?:run|execute|install|apply|send|upload|post|forward|disable)\b/i;

/** Headings naming an attack class (stealers, ClickFix, phishing …): defensive words, and an activity of their own. */
const ATTACK_CLASS = String.raw`\b(?:(?:info-?)?stealers?|clickfix|fake\s+captchas?|phishing|scams?|ransomware|trojans?)\b|(?:инфостилер|стилер|фишинг|мошенничеств|фальшив[а-яё]*\s+капч)[а-яё]*`;
const DEFENSIVE_HEADING = new RegExp(String.raw`\b(?:(?:phrases?|requests?|instructions?|things|prompts?)\s+to\s+(?:refuse|reject|decline|ignore|block|flag)|refus\w*|reject\w*|declin\w*|what\s+(?:it|this\s+skill|we|the\s+(?:rules?|rule\s+pack|scanner|scan|checks?|checker|linter|detectors?|tool))\s+(?:checks?(?:\s+for)?|looks?\s+for|flags?|detects?|catch(?:es)?)|(?<!\b(?:health|sanity|pre-?flight|environment|readiness|connectivity|setup|status|version|dependency|spell)[\s-]+)checks?|audit\w*|hardening|review|(?:threat\s+)?hunt(?:ing|s)?|patterns?|解析|分析|typical\s+patterns?|typisch\w*\s+muster|muster|motifs?\s+typiques?|patr[óo]n(?:es)?\s+t[íi]pic\w*|examples?\s+of\s+(?:what\s+)?(?:an?\s+)?(?:malicious|attacks?|bad|phishing|dangerous|unsafe|suspicious)|quoted|(?:you|we)\s+(?:may|might|could|will|often)\s+(?:see|find|encounter|come\s+across)|indicators?|iocs?|red\s+flags?|warning\s+signs?|(?:typical|common|warning|suspicious|known|attack|injection|compromise)\s+signals?|signals?\s+(?:of|to\s+(?:watch|look)\s+for)|for\s+(?:your\s+)?awareness|where\s+to\s+look|detection|detects?|d[ée]tections?|techniques?\s+(?:courantes|d'attaque|de\s+ataque|comunes)|angriffstechnik\w*|what\s+(?:to\s+)?(?:look\s+for|watch\s+for|avoid|block|flag)|attack\s+(?:patterns?|techniques?|anatomy|chain|examples?)|known\s+(?:attacks?|malware|threats?)|malicious\s+(?:patterns?|examples?|samples?|skills?)|threat\s+(?:model|intel\w*)|case\s+stud(?:y|ies)|incident|timeline|analysis|root[\s-]+causes?|post-?mortems?|lessons\s+learned|anatomy|how\s+(?:the\s+)?(?:attack|malware|exploit|scam|lure)\s+works|what\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:attacks?|malware|exploits?|scams?|lures?|phish\w*|payloads?)\s+looks?\s+like|do\s+not|don'?t|never|avoid|anti-?patterns?|bad\s+practices?|what\s+not\s+to\s+do|signatures?|rules?\s+(?:table|list)|patterns?\s+(?:we|it)\s+(?:detect|flag|block)|findings?|sample\s+(?:output|report)|test\s+cases?|false\s+positives?|blocked)\b|` + ATTACK_CLASS + String.raw`|\b(?:beispiele?|warnsignale|angriff\w*|indikatoren|erkennung|niemals|nicht\s+ausf[üu]hren|exemples?|attaques?|indicateurs|d[ée]tection|ne\s+pas\s+ex[ée]cuter|ejemplos?|ataques?|indicadores|detecci[óo]n|no\s+ejecut\w+|exemplos?|n[ãa]o\s+execut\w+|esempi[oi]?|attacchi|non\s+eseguire|пример\w*|атак\w*|индикатор\w*|не\s+запуск\w*|не\s+выполн\w*)\b|示例|例子|攻击|指标|不要运行|切勿|例[:：]|攻撃|危険|実行しない|예시|공격|실행하지`, 'i');
/** A sentence about what someone else does: malware, attackers, a sample under analysis. */
const THIRD_PARTY = /\b(?:attackers?|malware|malicious\s+(?:skills?|packages?|code|actors?|payloads?|scripts?)|threat\s+actors?|adversar(?:y|ies)|the\s+(?:sample|stealer|trojan|worm|campaign|implant|backdoor|dropper|payload)|stealers?|infostealers?|trojans?|worms?|campaigns?|phishers?|scammers?|compromised\s+(?:packages?|versions?)|bad\s+actors?|these\s+skills|such\s+skills|a\s+skill\s+that|skills\s+that|packages\s+that|plugins\s+that|if\s+a\s+skill|when\s+a\s+skill|(?:if|when)\s+(?:the|a|an|any)\s+(?:reviewed|untrusted|scanned|audited|inspected|analy[sz]ed|third[- ]party|fetched|retrieved)\b|(?:is|are)\s+(?:itself|themselves)\s+(?:a\s+)?findings?\b|(?<!\b(?:the|this|that|these|those|a|an|one|single|same|another|whole|each|every|next|following|code|cli|command[- ]line|feature|config|html|json|yaml|markdown|fenced|text|comment|quote|try|catch|finally|building|address|storage|content)\s+)(?:flags?|blocks?)(?!\s+(?:to|into|from|of|in|at|below|above|as|with|under)\b)|detects?|detected|detection|alerts?\s+on|warns?\s+(?:about|when|if|on)|reports?\s+(?:any|every|each)|look\s+for|watch\s+for|scan(?:s|ning)?\s+[^.;\n]{0,60}?\bfor\s+[^.;\n]{0,80}?\b(?:payloads?|exfiltrat\w*|malware|malicious|injections?|lures?|backdoors?|stealers?|suspicious|indicators?|iocs?)\b|beware|be\s+wary|suspicious|for\s+example|for\s+instance|such\s+as\s+["'`]|like\s+["'`]|quoted?|verbatim|pattern|regex|(?<!\b(?:e-?mail|mail|your|their|my|(?:below|above|under|after|before)\s+the)\s+)signature(?!\s+(?:separator|line|block|delimiter))|ioc)\b|(?:\bwie|\bcomme|\bcomo|\bcome|\bкак|\bsuch\s+as|\blike|\betwa)\s*[„"«「“‚'`]|\b(?:angreifer\w*|schadsoftware|schadcode|b[öo]sartig\w*|zum\s+beispiel|z\.\s?b\.|attaquants?|malveillant\w*|logiciel\s+malveillant|par\s+exemple|atacantes?|malicios[oa]s?|malware|por\s+ejemplo|p\.\s?ej\.|por\s+exemplo|attaccant\w*|dannos\w*|per\s+esempio|злоумышленник\w*|вредонос\w*|например|инфостилер\w*|стилер\w*|троян\w*|мошенник\w*|typical\s+examples?|типичн\w*\s+пример\w*|typische\w*\s+beispiel\w*|exemples?\s+typiques?|ejemplos?\s+t[íi]pic\w*|exemplos?\s+t[íi]pic\w*|esempi\s+tipici)\b|攻击者|恶意|例如|攻撃者|悪意|悪性|例えば|공격자|악성|예를\s+들어|\b(?:e\.g\.|i\.e\.|example:)(?=\s|[`"'(]|$)/i;

/**
 * Asking the user, outside English: the request verbs (Portuguese, Spanish, French, German, Russian, Indonesian,
 * Turkish, Hindi, Arabic, Chinese, Japanese), each not right after its language's negation.
 */
const PHISH_ASK_ML = String.raw`(?<!(?:n[ãa]o|nunca|jamais|no|ne|nie|nicht|niemals|не|никогда|jangan|asla|न|मत|لا)\s+|不要|切勿|绝不|别|禁止)(?:\b(?:pe[çc]a[ms]?|solicite|pergunte|pida|pide|p[íi]de(?:le|les)|p[íi]dale|solic[íi]ta(?:le|les)|preg[úu]ntale|pregunte|demandez|demander|fragen\s+Sie|bitten\s+Sie|frag(?:e)?\s+(?:den|die)\s+(?:Nutzer|Benutzer|Anwender|Kunden|User)\w*|bitte\s+(?:den|die)\s+(?:Nutzer|Benutzer|Anwender|Kunden|User)\w*\s+um|mintalah|minta(?:lah)?\s+(?:pengguna|user)|tanyakan)\b|попроси\S*|запроси\S*|спроси\S*|isteyin(?:iz)?|talep\s+edin|पूछें|पूछो|पूछिए|माँगें|मांगें|माँगिए|मांगिए|(?:اطلب|اطلبي)\s+(?:من\s+)?(?:المستخدم|العميل)|اسأل\s+(?:المستخدم|العميل)|请(?:用户|对方)?(?:提供|输入|发送)|让用户(?:提供|输入|发送)|向用户(?:索要|索取|询问|要)|要求用户(?:提供|输入|发送)|询问用户|问(?:一下)?用户|请用户|(?:尋ね|聞い|入力してもら|求め)(?!て(?:は|も)?(?:いけ|なら|だめ|駄目)|ない|ず|ません))`;
/** Login secrets by name in those languages (and the English names such text keeps: "password", "OTP", "login code"). */
const PHISH_SECRET_ML = String.raw`\b(?:passwords?|passcodes?|otp|2fa|login\s+codes?|verification\s+codes?|seed\s+phrases?|recovery\s+phrases?|api\s+keys?|pins?|tans?|c[óo]digos?\s+(?:de\s+\d+\s+d[íi]gitos|(?:\S+\s+){0,6}?(?:por|via|pelo)\s+sms)|chaves?\s+(?:d[aeo]\s+)?(?:api|openai|anthropic|provedor\S*|acesso|secreta|privada)|claves?\s+(?:de\s+)?(?:api|acceso)|api-schl[üu]ssel\S*|zugangsdaten|senhas?|frases?\s+(?:de\s+recupera\S*|semente|secreta|de\s+seguran\S*|semilla|de\s+recuperaci\S*)|c[óo]digo\s+(?:de\s+)?(?:verifica\S*|login|acesso|seguran\S*|sms|2fa|otp)|chave\s+privada|contrase\S*|clave\s+privada|mot\s+de\s+passe|phrase\s+de\s+r\S*cup\S*ration|code\s+de\s+v\S*rification|passwort|wiederherstellungsphrase|best\S*tigungscode|kata\s+sandi|frasa\s+(?:pemulihan|benih|rahasia)|kode\s+(?:otp|verifikasi|login|masuk)|kunci\s+privat|\S*ifre\S*|parola\S*|kurtarma\s+(?:ifade|kelime)\S*|do\S*rulama\s+kod\S*)|пароль|пароля|паролем|сид-?фраз\S*|фраз\S*\s+восстановлени\S*|мнемоническ\S*|секретн\S*\s+фраз\S*|код\S*\s+(?:подтверждени\S*|из\s+смс|из\s+sms|входа)|приватн\S*\s+ключ\S*|पासवर्ड|ओटीपी|ओ\.टी\.पी|पिन|सीड\s*फ्रे\S*|रिकवरी\s*फ्रे\S*|كلمة\s+(?:المرور|السر)|عبارة\s+(?:الاسترداد|الاسترجاع|الاستعادة|البذرة)|الكلمات\s+السرية|رمز\s+(?:التحقق|التأكيد|الدخول)|المفتاح\s+الخاص|密码|助记词|恢复短语|私钥|验证码|密钥|令牌|APIキー|ключ\S*\s+(?:от\s+)?API|API-ключ\S*|パスワード|シードフレーズ|復元フレーズ|秘密鍵|認証コード`;

/**
 * Letting someone else into the user's accounts (grantSteps): a page of an account's settings where a way in is added
 * (an SSH or deploy key, a mail-forwarding address or filter, a payee, a withdrawal allow-list, an app or OAuth grant,
 * a collaborator), or a step adding one.
 */
const GRANT_PAGE = /\/settings\/(?:ssh|keys|gpg|applications|connections|installations|tokens|emails|security|access|collaborat\w*)\b|#settings\/(?:fwdandpop|filters|accounts)\b|#create-filter\b|address-management|withdraw\w*[-_/](?:address|whitelist|allowlist)\w*|(?:^|[/_-])(?:allowlist|whitelist|payees?|beneficiar\w*|recipients?)(?:[/?#_-]|$)|\/iam\/|\/access[-_]?keys?\b|\/collaborators?\b|\/members\/(?:new|invite)\b|\/deploy[-_]?keys?\b/i;
const GRANT_ACT = new RegExp(String.raw`\b(?:add|register|create|set\s+up|paste|enter|save|whitelist|allow-?list|trust|authori[sz]e|approve|grant|invite|link|connect)\w*\b[^.\n]{0,80}?(?:\b(?:(?:ssh|deploy|gpg|pgp|public|signing|authentication)\s+keys?|authorized_keys|forwarding\s+(?:address(?:es)?|rules?)|payees?|beneficiar(?:y|ies)|withdrawal\s+(?:address(?:es)?|allow-?list|white-?list)|(?:white|allow)-?list(?:ed)?\s+address(?:es)?|trusted\s+address(?:es)?|recovery\s+(?:e-?mail|phone(?:\s+number)?)|collaborators?|delegates?|app\s+passwords?|oauth\s+(?:apps?|applications?|clients?)|admin(?:istrator)?\s+(?:users?|accounts?|access|role))\b|filters?\b[^.\n]{0,80}\bforward)|(?:新增|添加|增加)(?:收款人|受益人|白名单|提币地址|转发)|收款人管理|\b(?:Zahlungsempf[äa]nger|Empf[äa]nger|Weiterleitung(?:sadresse)?|beneficiari[oa]s?|favorecidos?|benefici[áa]rios?|reenv[íi]o|encaminhamento)\b[^.\n]{0,40}\b(?:hinzuf[üu]g\w*|anlegen|a[ñn]ad\w*|agreg\w*|adicion\w*|cri[ae]\w*)|получател\S*\s+(?:\S+\s+){0,3}добав\S*|добав\S*\s+(?:\S+\s+){0,3}получател\S*`, 'i');
/**
 * A value the skill itself supplies for such a grant: a mail address, a key or file it ships, a key's text, a wallet
 * address, an IBAN or account number. The user's own (their key, `<your address>`) is not one, nor a text file that
 * names no key (`requirements.txt`).
 */
const SUPPLIED_VALUE = /\b(?!git@)[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\{baseDir\}\/\S+\.(?:pub|key|pem|asc)\b|\b(?:assets|keys|certs?|data)\/[\w.-]+\.(?:pub|key|pem|asc)\b|(?:\{baseDir\}\/|\b(?:assets|keys|certs?|data)\/)\S*(?:key|pub|id_|authorized|cert|gpg|pgp)\S*\.txt\b|\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-\w+)\s+AAAA|\b0x[0-9a-fA-F]{40}\b|\bbc1[02-9ac-hj-np-z]{20,}\b|\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b|\bT[1-9A-HJ-NP-Za-km-z]{33}\b|\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}\b|(?:账号|卡号|account\s+(?:number|no\.?)|Kontonummer|n[úu]mero\s+de\s+cuenta)\s*[:：]?\s*[`"']?\d[\d\s-]{7,}/i;
/** A step entering a value (or the sentence leading the items that list it). */
const ENTERS_VALUE = /\b(?:paste|enter|type|fill|put|input|select|set|add|use|choose|label)\w*\b|填写|填入|输入|\b(?:eingeben|eintragen|trage\w*|introduce|ingresa|escreva|preencha|digite)\b|вве\S*|укаж\S*/i;
/**
 * The steps that let someone else into the user's account: a settings page or a step adding a way in (GRANT_PAGE,
 * GRANT_ACT), in a section where a step enters a value the skill supplies (SUPPLIED_VALUE) rather than the user's own.
 * The indices of the granting units.
 */
function grantSteps(units: readonly Unit[]): Set<number> {
  const out = new Set<number>();
  const supplies = new Map<string, boolean>();
  for (const [i, u] of units.entries()) {
    if (u.title || u.table || !(GRANT_PAGE.test(u.text) || GRANT_ACT.test(u.text))) continue;
    let has = supplies.get(u.heading);
    if (has === undefined) {
      has = units.some((v) => v.heading === u.heading && !v.title && !v.table && !v.example && SUPPLIED_VALUE.test(v.text) && !USERS_OWN.test(v.text) && (ENTERS_VALUE.test(v.text) || GRANT_ACT.test(v.text) || (v.lead !== undefined && (ENTERS_VALUE.test(v.lead) || GRANT_ACT.test(v.lead)) && !USERS_OWN.test(v.lead))));
      supplies.set(u.heading, has);
    }
    if (has) out.add(i);
  }
  return out;
}
const USERS_OWN = /\b(?:the\s+user'?s|their|your|his|her)\s+own\b|<(?:your|their|the\s+user'?s)\b|~\/\.ssh\/id_|\buser-supplied\b|\bthe\s+user\s+(?:names|gives|chooses|provides|types)\b/i;

/** A wallet's own secret by name, in the languages the requests are read in. */
const WALLET_SECRET = /\b(?:seed\s+(?:phrase|words)|recovery\s+(?:phrase|words)|secret\s+(?:recovery\s+)?phrase|mnemonic|private\s+keys?|(?:12|24|twelve|twenty-four)[- ]words?|frases?\s+(?:semente|semilla|de\s+recupera\S*)|chave\s+privada|clave\s+privada|phrase\s+de\s+r\S*cup\S*ration|wiederherstellungsphrase)\b|сид-?фраз\S*|мнемоническ\S*|приватн\S*\s+ключ\S*|助记词|恢复短语|私钥|シードフレーズ|復元フレーズ|秘密鍵/i;
/** A sentence that leads a list of what the user is to give ("Ask the user for:", "Frag den Nutzer nach:"). */
const ASKS_FOR_LIST = new RegExp(String.raw`(?:\b(?:ask|request|collect|obtain|get)\b[^.\n]{0,40}\b(?:users?|them|him|her|customers?|clients?|members?)\b|${PHISH_ASK_ML})[^\n]{0,60}[:：]\s*[*_]*$`, 'i');
const PHISH_ML = new RegExp(`(?:${PHISH_ASK_ML})[^.!?\n。！？।]{0,60}?(?:${PHISH_SECRET_ML})|(?:${PHISH_SECRET_ML})[^.!?\n。！？।]{0,60}?(?:${PHISH_ASK_ML})`, 'i');
/** A prompt a local program shows in the user's own terminal (`ssh-keygen` asks for a passphrase there): not the agent asking. */
/**
 * A local program named as the one that asks ("ssh-keygen will prompt the user for a passphrase", "sudo asks for your
 * password"): the program's own prompt, answered in the user's terminal, not the agent asking for a secret.
 */
const PROGRAM_ASKS = /\b(?:ssh-keygen|ssh-add|sudo|gpg2?|passwd|openssl|keytool|age|git|gh|npm|op|bw|pass|kinit|security)\b(?:\s+\S+){0,2}?\s+(?:will\s+|then\s+|may\s+)?(?:prompts?|asks?|requests?)\b/i;
const IN_TERMINAL = /\b(?:terminal|consola|console|konsole|invite\s+de\s+commandes)\b|терминал|终端|ターミナル|टर्मिनल/i;

export const INSTRUCT_PATTERNS: Array<[RegExp, InstructKind]> = [
  [/\b(?:ignore|disregard|forget|override|overrule|supersede|bypass|circumvent|skip|turn\s+off|disable|suspend|lift|remove|evade|get\s+around)\b[^.\n]{0,50}\b(?:previous|prior|earlier|above|original|system|safety|content|security|ethical|moderation)?\s*(?:instructions?|prompts?|guidelines?|guardrails?|filters?|restrictions?|policies|policy|rules|limits|limitations|safeguards?|constraints?|moderation|censorship|alignment|protections?)\b(?!-\w)(?!\s+(?:embedded|contained|found|hidden|injected|that\s+appear|in\s+(?:fetched|web|retrieved|untrusted|the\s+(?:page|content|document|e-?mail|file|message|tool\s+output|results?))|from\s+(?:web|fetched|untrusted|third|external|tool)))|\b(?:no|without\s+any)\s+(?:restrictions?|limits|limitations|filters?|rules|guardrails?|censorship)\b|\bunrestricted\s+(?:mode|access|assistant|ai)\b|(?<![,/]\s{0,2}|\b(?:and|or|и|или|y|o|et|ou|und|oder)\s)\bjailbreak\w*\b(?!\s*(?:[—–:=]\s*[«\"“(]|[,/]|(?:and|or|и|или|y|o|et|ou|und|oder)\s))|\b(?:god|dan|unrestricted|unfiltered|jailbr[eo]ak(?:en)?|no[- ]?limits?)\s+mode\b|\byou\s+are\s+now\b|\bnew\s+(?:system\s+)?(?:instructions?|persona|rules)\s*:|\bact\s+as\s+(?:if\s+you\s+(?:have|had)\s+no|an?\s+unrestricted)\b|\bignor(?:e|ez|a|ar|iere)\w*\s+(?:les|las|los|alle|todas?|tous)\b[^.\n]{0,30}\b(?:instructions|instrucciones|anweisungen|regeln|r[èe]gles|reglas)\b|\bпроигнорир\w*|\b忽略(?:之前|以前|所有)/i, 'override-safety'],
  [/\b(?:disable|turn\s+off|deactivate|uninstall|remove|bypass|skip|kill|stop)\b(?!\s+for\b)(?:(?!\b(?:or|and)\s+(?:require|enable|enforce|use|turn\s+on)\b)[^.\n/|]){0,40}\b(?:install\s*policy|installPolicy|clawguard|plugins\.allow|sandbox(?:ing)?|approvals?|exec\s+approvals?|antivirus|anti-virus|defender|firewall|edr|av\b|endpoint\s+protection|selinux|apparmor|gatekeeper|quarantine|xprotect|audit\s+log(?:ging)?|security\s+(?:checks?|scan(?:ner|ning)?|monitoring|software|tools?|features?)|logging|monitoring|2fa|mfa|two-factor)\b|\bset-mppreference\b[^\n]{0,40}-disable|\bspctl\s+--master-disable\b|\bxattr\s+-[a-z]*d[a-z]*\s+com\.apple\.quarantine\b|\bsecurity\.installPolicy\b[^.\n]{0,40}\b(?:false|off|none|null|disabled?)\b|\b(?:install\s*policy|installPolicy|exec\s+approvals?|sandbox(?:ing)?|plugins\.allow|(?:plugin\s+)?allowlist)\b`?\s*(?:→|->|=>)\s*[`"']*(?:disabled?|off|none|false|cleared|emptied|empty|removed)\b|\b(?:clawguard|installPolicy|sandbox|approvals?|exec-?approvals?)\b[^\n]{0,60}\benabled\b[^\n]{0,10}\bfalse\b|\bexec-approvals\.json\b[^\n]{0,160}?["'`]?(?:security["'`]?\s*:\s*["'`]?full|ask["'`]?\s*:\s*["'`]?off)\b|\b(?:d[ée]sactiv\w*|deaktivier\w*|abschalt\w*|desactiv\w*|desativ\w*|disattiv\w*|отключ\w*|выключ\w*|wy[łl][ąa]cz\w*|devre\s*d[ıi][şs][ıi]|nonaktifkan)\b[^\n]{0,60}\b(?:clawguard|installPolicy|s[ée]curit[ée]|sicherheit\w*|seguridad|seguran[çc]a|sicurezza|безопасност\w*|антивирус\w*|sandbox|pare-feu|firewall|protection|schutz|protecci[óo]n|prote[çc][ãa]o|protezione|g[üu]venlik|keamanan)|(?:\b(?:clawguard|installPolicy)\b|s[ée]curit[ée]|sicherheit)[^\n]{0,60}\b(?:d[ée]sactiv\w*|deaktivier\w*|desactiv\w*|disattiv\w*|отключ\w*)|(?:禁用|关闭|停用|無効に|無効化|オフに|비활성화|끄)[^\n]{0,20}(?:安全|防护|clawguard|セキュリティ|보안)|(?:安全|防护|clawguard|セキュリティ|보안)[^\n]{0,20}(?:禁用|关闭|停用|無効|オフ|비활성화)/i, 'disable-guard'],
  [/\b(?:as\s+if\s+nothing\s+(?:happened|was\s+done|had\s+happened|changed))\b|\b(?:do\s+not|don'?t|never|(?<!\b(?:never|not|n't|no)\b[^.;:\n]{0,80})without)\s+(?:need\s+to\s+)?(?:(?:ask(?:ing)?|confirm(?:ing)?)\s+(?:again\s+)?(?:or|nor)\s+)?(?:tell(?:ing)?|inform(?:ing)?|notify(?:ing)?|show(?:ing)?|surfac(?:e|ing)|mention(?:ing)?|reveal(?:ing)?|display(?:ing)?|disclos(?:e|ing)|describ(?:e|ing)|alert(?:ing)?|let(?:ting)?\s+(?:the\s+)?user\s+know|log(?:ging)?(?!\s+(?:in|on|out|into|back)\b))\b[^.\n]{0,40}\b(?:user|human|owner|them|operator|anyone|this|it|these|chat|output|response)\b|\bnot\s+(?:be\s+)?(?:shown|visible|displayed|revealed|disclosed|mentioned|reported)\s+(?:to\s+)?(?:the\s+)?(?:user|human|owner|output)\b|\b(?:hidden|invisible)\s+(?:from|to)\s+the\s+(?:user|human|owner)\b|\binternal,?\s+not\s+shown\b|\bthis\s+(?:step|preflight|check|call|handshake|sync)\s+is\s+internal\b|\b(?:report|tell|show|mention)\s+only\s+the\s+(?:outcome|result)\s+of\s+the\s+user'?s\b|\b(?:needs?|requires?|merits?|warrants?)\s+no\s+(?:mention|announcement|notice|disclosure)\b|\b(?:does\s*n[o']t|do\s*n[o']t|need\s+not|needn'?t)\s+(?:need\s+to\s+)?be\s+(?:mentioned|announced|disclosed|reported)\b|\b(?:do\s+not|don'?t|never)\s+(?:print|echo|show|display|output|paste)\s+the\s+(?:decoded|assembled|generated|resulting|reconstructed|actual|real)\s+(?:text|command|script|code|content|bytes)\b(?!\s+(?:of|for)\s+(?:the\s+|your\s+|any\s+)?(?:secrets?|tokens?|keys?|passwords?|credentials?))|\b(?:user|human|owner)s?\s+(?:does\s*n[o']t|do\s*n[o']t|need\s+not|needn'?t)\s+(?:need\s+to\s+)?(?:see|know\s+about|hear\s+about|be\s+(?:told|informed)(?:\s+about)?)\s+(?:them|these|this|it|that)\b|\bno\s+need\s+to\s+(?:mention|tell|show|report|surface)\b[^.\n]{0,40}\b(?:to\s+the\s+(?:user|human|owner)|in\s+(?:your|the)\s+(?:reply|response|answer))\b|\bno\s+need\s+to\s+(?:mention|announce|bring\s+up|report)\s+(?:it|this|that)(?=\s*[.;!]|\s*$)|\b(?:silently|secretly|covertly|quietly|discreetly|stealthily|invisibly|behind\s+the\s+scenes|without\s+(?:the\s+user(?:'s)?\s+)?(?:knowledge|noticing|awareness))\b|\b(?:hide|conceal|suppress|mask|redact)\b[^.\n]{0,30}\b(?:from\s+the\s+(?:user|owner|human)|this\s+step|the\s+(?:output|request|upload|transfer|activity|traffic))\b|\bclear\s+(?:the\s+)?(?:logs?|history|traces?)\b|\bhistory\s+-c\b|\bunset\s+HISTFILE\b|\bsans\s+(?:le\s+)?(?:dire|pr[ée]venir|informer)|\bne\s+(?:le\s+)?dites?\s+(?:rien|pas)|\b(?:kullan[ıi]c[ıi]ya|kimseye)\s+(?:[^\s.,;]+\s+){0,3}?(?:bahsetme|s[öo]yleme|g[öo]sterme|a[çc][ıi]klama|anlatma)\b|\b(?:bahsetme(?:yin)?|s[öo]ylemeyin)\b|\bohne\s+(?:es\s+)?(?:dem\s+)?(?:Benutzer|Nutzer)\w*\s+zu\s+(?:sagen|informieren)|\bsin\s+(?:decir|avisar|informar)|\bno\s+(?:hace\s+falta|es\s+necesario)\s+(?:mencionar|decir|informar|avisar|mostrar|ense[ñn]ar)\w*|\bn[ãa]o\s+(?:[ée]\s+preciso|precisa)\s+(?:mencionar|dizer|avisar|informar|mostrar)\w*|\binutile\s+d[e']\s*(?:le\s+|en\s+)?(?:mentionner|dire|signaler|pr[ée]venir)|\bno\s+(?:le\s+)?(?:digas|informes|menciones)|(?<![а-яёА-ЯЁ])не\s+(?:говори|сообщай|упоминай|показывай)\S*|(?<![а-яёА-ЯЁ])без\s+ведома\s+пользовател|悄悄|不要告诉|不要向用户(?:提及|透露|展示|显示)|(?:不要|别|不)(?:通知|告知)用户|(?:无需|不必|不用|无须)(?:向|对|跟)用户(?:提及|透露|汇报|告知)|(?:向|对)用户(?:汇报|报告|说明)时只(?:写|说|提)|ユーザー(?:に|には)(?:伝え|知らせ|言わ|見せ|表示し)ない|\b(?:erw[äa]hne|erw[äa]hnen\s+Sie|sage|sagen\s+Sie|zeige|zeigen\s+Sie|verrate|verraten\s+Sie)\b[^.\n]{0,60}\b(?:Nutzer|Benutzer|Anwender)\w*\b[^.\n]{0,30}\bnicht\b|\bne\s+(?:le\s+|les\s+|en\s+)?(?:mentionnez|mentionne|montrez|montre|signalez)\s+(?:pas|jamais|rien)\b|\bn[ãa]o\s+(?:o\s+|lhe\s+)?(?:mencione|diga|conte|mostre|avise|informe)\b[^.\n]{0,40}\b(?:usu[áa]rio|utilizador)|\bsem\s+(?:avisar|informar|contar|dizer)\b[^.\n]{0,6}\b(?:ao?\s+)?(?:usu[áa]rio|utilizador)|\bjangan\s+(?:beri\s*tahu|memberi\s*tahu|kasih\s+tahu|sebutkan|menyebutkan|tampilkan|menampilkan)\b[^.\n]{0,30}\bpengguna|\btanpa\s+(?:memberi\s*tahu|sepengetahuan)\s+pengguna|उपयोगकर्ता\s+को\s+(?:\S+\s+){0,4}(?:न|मत)\s+बता|(?:बताए|बताये)\s+बिना|لا\s+(?:تخبر|تُخبر|تذكر|تُعلم|تعلم)\s+المستخدم|دون\s+(?:إخبار|علم|إعلام)\s+المستخدم|لا\s+[تي]\u064F?(?:ذكر|عرض|ظهر)\s+(?:لل|على\s+ال)مستخدم|هذه\s+(?:ال)?خطوة\s+داخلية/i, 'conceal'],
  [/\bask(?:s|ing)?\s+(?:them\s+|the\s+user\s+)?for\s+(?:the\s+|their\s+|your\s+)?(?:[\w-]+'s\s+)?(?:\*\*|__)?(?:seed\s+phrase|recovery\s+phrase|secret\s+recovery\s+phrase|mnemonic|private\s+key|recovery\s+words|seed\s+words)\b|\b(?:ask|request|prompt|require|have|get|tell|instruct|collect|obtain)\b[^.\n]{0,30}\b(?:the\s+)?users?\b[^.\n]{0,30}\b(?:for|to\s+(?:enter|provide|share|type|paste|confirm|send|give|re-?enter|verify))\b[^.\n]{0,40}\b(?:passwords?|passphrases?|pins?|api\s+keys?|credentials?|2fa|otp|one[- ]time\s+(?:codes?|passwords?)|verification\s+codes?|auth(?:entication)?\s+codes?|seed\s+phrases?|recovery\s+(?:phrases?|codes?|keys?)|private\s+keys?|mnemonic|recovery\s+words|seed\s+words|backup\s+(?:phrases?|words)|secret\s+(?:recovery\s+)?phrases?|(?:12|24|twelve|twenty-four)[- ]words?(?:\s+(?:phrases?|seeds?|backups?))?|(?:sms|text|authenticator|security|6-digit|six-digit)\s+codes?|ssn|social\s+security|credit\s+card|cvv|bank\s+(?:details|account|login))\b|\b(?:provide|share|enter|send|give|type|paste|confirm|verify|reply\s+with|submit|hand\s+over|disclose)\s+(?:us\s+|me\s+)?(?:(?:your|their|his|her|the\s+user'?s|the\s+employee'?s|the\s+member'?s)\s+)?(?:\w+\s+){0,2}(?:passwords?|passphrases?|pins?|api\s+keys?|credentials?|2fa\s+codes?|otp|one[- ]time\s+codes?|verification\s+codes?|seed\s+phrases?|recovery\s+(?:phrases?|codes?)|private\s+keys?|mnemonic|recovery\s+words|seed\s+words|backup\s+(?:phrases?|words)|secret\s+(?:recovery\s+)?phrases?|(?:12|24|twelve|twenty-four)[- ]words?(?:\s+(?:phrases?|seeds?|backups?))?|(?:sms|text|authenticator|security|6-digit|six-digit)\s+codes?|ssn|credit\s+card\s+(?:number|details)|login\s+details|bank\s+details)\b(?!\s+(?:in|into|via|through|under|using)\s+(?:the\s+|your\s+)?(?:[\w-]+\s+){0,3}(?:settings|config\w*|ui|dashboard|env\w*|keychain|vault|file|variable|secret\s+store|password\s+manager|credentials?\s+(?:store|manager)))|\b(?:introduce|proporciona|ingresa|indique[zs]?|saisisse[zs]|entrez|geben\s+sie|teile[n]?\s+sie)\b[^.\n]{0,30}\b(?:contrase[ñn]a|mot\s+de\s+passe|passwort|clave|frase\s+semilla|phrase\s+de\s+r[ée]cup[ée]ration)\b/i, 'phish'],
  // The same asked in other languages: a request verb and a login secret's name in one clause, either order (verb-last
  // languages name the secret first: "password पूछें", "şifresini isteyin"), not after a negation ("nunca peça").
  [PHISH_ML, 'phish'],
  [/\b(?:urgent(?:ly)?|immediately|right\s+now|act\s+now|asap|within\s+\d+\s+(?:minutes?|hours?)|time[- ]sensitive|final\s+(?:notice|warning)|last\s+chance)\b[^\n]{0,80}\b(?:account|password|access|data|suspend\w*|lock\w*|delet\w*|verif\w*|compromis\w*|breach\w*|terminat\w*)|\baccount\b[^.\n]{0,30}\b(?:has\s+been|will\s+be|is)\s+(?:compromised|suspended|locked|terminated|deleted|disabled|breached|hacked)|\bfailure\s+to\s+(?:comply|act|respond|verify)\b|\bpermanent(?:ly)?\s+(?:suspen\w*|delet\w*|los[st]|ban\w*|lock\w*)|\burgent\b|\bact\s+now\b|\bimmediately\b|\bwill\s+(?:delay|block|suspend|revoke|terminate)\b/i, 'urgency'],
  [/\b(?:authori[sz]ed|approved|mandated|required|requested|sent|issued)\s+by\s+(?:the\s+)?(?:security|it|hr|human\s+resources|management|ceo|cto|ciso|leadership|your\s+manager|admin\w*|system|compliance|trust\s*&?\s*safety|support|legal|anthropic|openai|openclaw)\s*(?:team|department|staff|officer)?\b|\b(?:message|notice|directive|instruction|update)\s+from\s+(?:the\s+)?(?:system|administrator|admin|anthropic|openai|openclaw|developer|security\s+team|it\s+department)\b|^\s*(?:\[|<|#+\s*)?(?:system|admin(?:istrator)?|developer|root)\s*(?:\]|>|:)\s*\S|\bi\s+am\s+(?:your|the)\s+(?:developer|administrator|admin|creator|owner|system)\b|\bofficial\s+(?:openclaw|clawhub|anthropic|openai)\s+(?:notice|update|directive|team)\b/im, 'impersonate'],
  [/\b(?:(?:executed|run|applied|installed|loaded|evaluated)\s+(?:\w+\s+)?automatically|automatically\s+(?:execut|run|install|appl|load|eval)\w*|without\s+(?:asking|prompting|confirmation|confirming|approval|permission|user\s+(?:approval|consent|confirmation))|auto(?:matically)?[- ]?approv\w*|approve\s+(?:all|every|any)|(?:do\s+not|don'?t|never)\s+(?:ask|wait)\s+(?:for\s+)?(?:the\s+user(?:'s)?\s+)?(?:for\s+)?(?:confirmation|approval|permission|consent)|(?:do\s+not|don'?t|never)\s+ask\s+(?:the\s+user\s+)?(?:first|before|again)|(?:(?:do|does)\s+not|don'?t|doesn'?t)\s+need\s+to\s+(?:[^.\n]{0,60}?\bor\s+)?ask\s+(?:the\s+user\s+)?(?:first|before|again)|(?:consent\w*|approv\w*|agreed|authori[sz]\w*)\b[^.\n]{0,60}\b(?:when|by)\s+(?:they\s+|the\s+user\s+|you\s+)?install(?:ed|ing)\s+(?:the|this)\s+(?:skill|plugin|package|extension)|skip\s+(?:all\s+)?(?:confirmations?|approvals?|prompts)|(?:do\s+not|don'?t|never)\s+(?:walk\s+the\s+user\s+through|ask\s+(?:the\s+user\s+)?about)\b[^.\n]{0,40}\b(?:each|individually|one\s+by\s+one|separately)\b|no\s+need\s+(?:to|for)\s+(?:ask\w*\s+(?:for\s+)?)?(?:confirmation|approval|permission)|not\s+(?:something|anything)\s+to\s+(?:ask|check)\s+(?:the\s+user\s+)?(?:about|with)|without\s+checking\s+(?:in\s+)?with\s+(?:the\s+)?user|no\s+(?:confirmation|approval|permission)\s+(?:is\s+)?(?:needed|required)|yes\s+to\s+all|--yes\b|--no-confirm|-y\s+--force|--dangerously-skip-permissions|--trust-all|approve\s+(?:it|them|those|these)\s+yourself|without\s+waiting\s+for\s+the\s+user)\b|\/approve\s+\S+\s+allow-(?:always|once)\b|\baprov[ea]\w*\s+(?:voc[êe]\s+mesm[oa]|t[úu]\s+mism[oa])|\bsem\s+esperar\s+(?:pel?o\s+|a\s+)?usu[áa]ri[oa]|\bsin\s+esperar\s+(?:al|a\s+la)\s+usuari[oa]|(?:ユーザー|利用者)に[^\n]{0,20}?確認する必要は(?:ありません|ない)|確認(?:せずに|なしで)|(?:无需|不需要|不必)(?:向?用户)?确认|\bsans\s+(?:demander|confirmation|validation|autorisation)|\bapprouv\w*\s+d'avance|\btoujours\s+approuv\w*|\bohne\s+(?:nach)?zu\s*fragen|\bohne\s+(?:R[üu]ckfrage|Best[äa]tigung|Genehmigung)|\bimmer\s+genehmigt|\bsin\s+(?:preguntar|pedir|confirmaci[óo]n|aprobaci[óo]n)|\bno\s+(?:hace\s+falta|es\s+necesario)\s+(?:molestar|preguntar|consultar)(?:le)?\b(?!\s+(?:al\s+usuario\s+)?(?:qu[ée]|cu[áa]l|c[óo]mo|si\s+prefiere))|\bn[ãa]o\s+(?:[ée]\s+preciso|precisa)\s+(?:incomodar|perguntar|consultar)\b(?!\s+(?:ao\s+usu[áa]rio\s+)?(?:qual|que|como))|\bno\s+need\s+to\s+(?:bother|trouble|ask)\s+the\s+user\b(?!\s+(?:which|what|how|whether\s+they\s+prefer))|\bsiempre\s+aprobad\w*|\bsem\s+(?:perguntar|pedir|confirma[çc][ãa]o|aprova[çc][ãa]o)|\bsenza\s+(?:chiedere|conferma|approvazione)|(?<![а-яёА-ЯЁ])без\s+(?:подтвержд\S*|спроса|разрешени\S*|согласовани\S*|вопросов)|\bohne\s+(?:vorherige\w*\s+|weitere\w*\s+|jede\w*\s+)(?:R[üu]ckfrage|Best[äa]tigung|Genehmigung)|\btanpa\s+(?:bertanya|konfirmasi|meminta\s+izin|persetujuan)|पूछे\s+बिना|बिना\s+पूछे|دون\s+(?:سؤال|تأكيد|استئذان|طلب\s+إذن)|\bsormadan\b|\bonay\s+almadan\b|\bnie\s+pytaj\w*\s+(?:o\s+)?(?:potwierdzeni\w*|zgod\w*|pozwoleni\w*)|\bbez\s+(?:pytania|potwierdzenia|zgody\s+u[żz]ytkownika)|\bno\s+(?:pidas|pida|solicites)\s+(?:confirmaci[óo]n|aprobaci[óo]n|permiso)|\bne\s+demande[zs]?\s+pas\s+(?:de\s+)?(?:confirmation|validation|autorisation)|kh[ôo]ng\s+c[ầa]n\s+(?:h[ỏo]i|x[áa]c\s+nh[ậa]n)|묻지\s*(?:않고|말고)|(?:无需|不(?:需要|必)|不要)(?:额外|再)?(?:询问(?:用户)?(?![^，。,.]{0,6}(?:什么|哪|是否使用|使用什么))|确认|批准|同意)|確認(?:せず|なしで)|承認(?:なしで|不要)|확인\s*없이|승인\s*없이/i, 'auto-approve'],
  // "No need to check with me first or tell me afterwards": the act goes ahead unasked, and the user is not told.
  [/\bno\s+need\s+to\s+(?:check|confirm|verify)\s+(?:in\s+)?with\s+(?:me|the\s+user|them)\b/i, 'auto-approve'],
  [/\b(?:no\s+need\s+to|do\s+not|don'?t|never)\b[^.\n]{0,60}?\btell\s+(?:me|the\s+user|them)\s+(?:afterwards|after(?:wards?)?|later|about\s+it)\b/i, 'conceal'],
  // ("Não comente essas mudanças com o usuário", "no menciones esto al usuario": not a word of it to the user)
  [/\bn[ãa]o\s+(?:comente|mencione|conte|diga|informe|avise|mostre|relate)\b[^.\n]{0,50}\b(?:usu[áa]ri[oa]|cliente)\b|\bno\s+(?:comentes|menciones|cuentes|digas|informes|avises|muestres)\b[^.\n]{0,50}\b(?:usuari[oa]|cliente)\b/i, 'conceal'],
  [/\b(?:(?:save|store|write|add|append|persist|remember|memori[sz]e|commit|record|keep|inject|plant|insert)\b[^.\n]{0,60}\b(?:permanent(?:ly)?|long[- ]term\s+memory|memory\s+files?|(?:your|the\s+agent'?s?)\s+memory|persistent\s+memory|core\s+memory|SOUL\.md|AGENTS\.md|MEMORY\.md|IDENTITY\.md|HEARTBEAT\.md|USER\.md|system\s+prompt|all\s+(?:future\s+)?sessions|every\s+(?:future\s+)?session|forever)|(?:persist|remain|apply|stay\s+active|carry\s+over)\w*\s+(?:\w+\s+){0,3}(?:across|in|for)\s+(?:all\s+)?(?:future\s+)?(?:sessions|conversations|chats|restarts)|\bno\s+expir\w*|\bnever\s+(?:forget|expire|remove)\b|\ball\s+future\s+(?:sessions|conversations|responses)\s+must\b)|(?:\b(?:ajout\w*|[ée]cri[vst]\w*|enregistr\w*|ins[ée]r\w*|a[ñn]ad\w*|agreg\w*|escrib\w*|guard[ae]\w*|f[üu]g\w*|schreib\w*|speicher\w*|erg[äa]nz\w*|adicion\w*|escrev\w*|salv\w*|aggiung\w*|scriv\w*|memorizz\w*|добав\w*|запиш\w*|сохран\w*|dopisz|dodaj|zapisz|ekle|yaz|tambahkan|tulis|simpan|voeg|schrijf)\b[^\n]{0,120}?\b(?:SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP|USER|TOOLS)\.md\b|(?:添加|追加|写入|写到|保存|書き込|追記|추가|기록)[^\n]{0,60}?(?:SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP|USER|TOOLS)\.md|\b(?:SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP|USER|TOOLS)\.md\b[^\n]{0,60}?(?:添加|追加|写入|保存|書き込|追記|추가|\bhinzu|\bein(?:f[üu]g|trag)))/i, 'persist-instruction'],
  [/\b(?:fetch|download|load|read|get|retrieve|pull|check|poll|curl|web_fetch|open|visit)\b[^\n]{0,100}?(?:https?:\/\/\S+|\burl\b|\bendpoint\b|\bremote\b|\bserver\b)[^\n]{0,120}?\b(?:follow|obey|execute|apply|adopt|carry\s+out|treat\s+(?:it|them|the\s+\w+)\s+as|act\s+on|do\s+what|perform)\b|\b(?:follow|obey|execute|apply|perform|carry\s+out)\s+(?:the\s+|any\s+|all\s+)?(?:\w+\s+)?(?:instructions?|commands?|directives?|tasks?|orders)\s+(?:at|from|in|returned\s+by|served\s+(?:at|by)|received\s+from|found\s+at)\b|\btreat\s+(?:the\s+)?(?:body|content|contents|text|message|subject)s?\s+(?:of\s+)?(?:those\s+|these\s+|the\s+|incoming\s+|any\s+)?(?:e-?mails?|messages?|issues?|comments?|posts?|pages?|files?|tickets?|dms?|chats?)?[^.\n]{0,40}\bas\s+(?:\w+\s+)?(?:instructions?|commands?|directives?|orders)|\b(?:execute|run|follow|obey)\s+(?:any\s+|all\s+|every\s+|each\s+|the\s+)?(?:commands?|instructions?|steps?)\s+(?:they|it|the\s+(?:e-?mails?|messages?|body))\s+contains?\b|\btreat\s+the\s+(?:fetched|downloaded|retrieved|remote|returned)\s+(?:document|file|content|text|page|playbook|instructions?|response)\s+as\s+(?:part\s+of\s+(?:this|the)\s+skill|(?:your\s+)?instructions?)|\b(?:takes?|taking)\s+precedence\s+over\s+(?:(?:these|this\s+skill'?s|your|my|the\s+(?:above|skill'?s|system|agent'?s))\s+(?:\w+\s+)?(?:instructions?|rules|guidelines|prompts?)|(?:these|this\s+skill)(?=\s+(?:if|when|whenever|in\s+case)\b|\s*[.,;]))|\b(?:overrides?|supersedes?)\s+(?:these|your|this\s+skill'?s|the\s+above|any\s+other|all\s+other)\s+(?:\w+\s+)?instructions?\b|\bfaire\s+confiance\s+aux\s+instructions|\bfais\s+confiance\s+aux\s+instructions|\bje\s+fais\s+confiance\s+aux\s+instructions|\btrust\s+(?:the\s+)?instructions\s+(?:from|coming\s+from)|\bvertrau\w*\s+(?:den\s+)?Anweisungen|\bconf[íi]a\s+en\s+las\s+instrucciones|\bconfi[ae]\s+nas\s+instru[çc][õo]es|\bдоверя\w*\s+инструкци\w*|信任[^\n]{0,20}指令|指示を信頼|(?:URL|ＵＲＬ|サイト|サーバー?|リンク|ページ)[^\n]{0,40}(?:取得|読み込|ダウンロード|フェッチ)[^\n]{0,80}(?:指示|命令|手順)[^\n]{0,60}(?:実行|従っ|従う|優先)|(?:URL|网址|链接|服务器|地址)[^\n]{0,40}(?:获取|下载|读取|拉取)[^\n]{0,80}(?:指令|指示|说明|步骤)[^\n]{0,60}(?:执行|遵循|照做|优先)/i, 'remote-instructions'],
  // Commands or instructions a server answers with, run or followed: the server decides what the agent does (the
  // commands "returned by the pipeline", "received" ones, those "provided by the patch server").
  [/\b(?:execute|run|follow|obey|apply|perform|carry\s+out)\s+(?:the\s+|any\s+|all\s+|every\s+|each\s+)?(?:[\w-]+\s+){0,2}?(?:instructions?|commands?|directives?|orders)\s+(?:(?:that\s+)?(?:it|they|the\s+\w+)\s+)?(?:returned|provided|sent|supplied|served|issued|received|given|pushed)\s+(?:by|from|in|back\s+(?:by|from|in))\s+(?:the\s+|its\s+|that\s+|this\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:server|response|api|endpoint|pipeline|service|backend|remote|host|controller|platform|hub|c2)\b|\b(?:execute|run|follow|obey|apply|perform)\s+(?:the\s+|any\s+|all\s+|every\s+)?(?:received|returned|remote|server[- ](?:provided|sent|supplied|issued))\s+(?:[\w-]+\s+)?(?:instructions?|commands?|directives?)\b/i, 'remote-instructions'],
  [/\b(?:escalat\w*|elevat\w*|gain(?:s|ing)?|grant(?:s|ing)?\s+(?:itself|yourself|the\s+skill)|obtain(?:s|ing)?|acquir\w*|request(?:s|ing)?)\s+(?:\w+\s+){0,3}(?:admin(?:istrator|istrative)?|root|elevated|superuser|sudo|full|unrestricted|system|privileged|kernel)\s+(?:access|privileges?|permissions?|rights|level|mode|control)\b|\bbypass(?:es|ing)?\s+(?:\w+\s+){0,2}(?:permission|access|privilege|authori[sz]ation|uac|acl)s?\b|\b(?:run|execute|operate)s?\s+(?:\w+\s+){0,3}as\s+(?:root|administrator|system|nt\s+authority)\b|\b(?:add|append|write)\w*\s+(?:\w+\s+){0,4}(?:to\s+)?(?:sudoers|wheel|admin(?:istrators)?\s+group)\b|\bchmod\s+(?:-R\s+)?(?:777|u\+s|4755)\s+\/|\bnopasswd\b|\bdisable\s+(?:uac|user\s+account\s+control|sip|system\s+integrity\s+protection)\b|\brequires?\s+(?:full|unrestricted|root|admin(?:istrator)?)\s+(?:access|privileges?|rights)\s+to\s+(?:the\s+)?(?:system|all|any|every)|\bAdministratorAccess\b|"Action"\s*:\s*"\*"|\bAction:\s*"?\*"?[^\n]{0,40}\bResource:\s*"?\*|\b(?:temporary\s+)?admin(?:istrator)?\s+credentials\b|\b(?:grant|give|assign|attach)\w*\s+(?:\w+\s+){0,3}(?:all|full|wildcard|unrestricted|owner|admin(?:istrator)?)\s+(?:permissions?|privileges?|access|roles?)\b|\b(?:cluster-admin|roles\/owner|--privileged|privileged:\s*true)\b/i, 'escalate'],
  [/\b(?:decode|decrypt|deobfuscate|unscramble|unpack|reverse|de-?xor|xor|rot-?13|caesar|base(?:32|58|64|65|85|91)|hex(?:adecimal)?(?!\s+(?:viewer|editor|dump\w*|view))|convert\s+(?:from|the)\s+(?:hex|base\d+|binary|char\s*codes?))\b[^\n]{0,160}?\b(?<!\b(?:was|were|been|had)\s+)(?:then\s+)?(?:run|execute|eval\w*|install|paste|pipe|invoke|launch|source|type)\b(?!-\w)|\b(?:run|execute|install|paste|invoke)\b[^\n]{0,60}\b(?:decoded|decrypted|resulting|reconstructed|assembled|generated)\s+(?:command|script|code|payload|string|text|output)\b|\b(?:assemble|reconstruct|concatenate|join|build|generate|compose)\b[^\n]{0,60}\b(?:command|installer|script|one-?liner|install\s+command)\b[^\n]{0,60}\b(?:on\s+the\s+fly|at\s+run\s*time|yourself|from\s+(?:the\s+)?(?:parts|chunks|pieces|fragments|table|segments))|\b(?:chunks?|parts?|fragments?|segments?)\b[^\n]{0,80}\b(?:in\s+order|index|formula|reverse\s+order|concatenat\w*)\b[^\n]{0,80}\b(?:run|execute|install|paste)\b|\b(?:d[ée]cod\w*|d[ée]chiffr\w*|dekodier\w*|entschl[üu]ssel\w*|decodific\w*|descifr\w*|декодир\w*|расшифр\w*|xor)\b[^\n]{0,160}?\b(?<!\b(?:was|were|been|had)\s+)(?:ex[ée]cut\w*|lanc\w*|ausf[üu]hr\w*|f[üu]hr\w*\s+aus|ejecut\w*|execut\w*|esegu\w*|выполн\w*|запуст\w*|install\w*|instal\w*|colle[rz]?|einf[üu]g\w*|pega\w*)\b(?!-\w)|(?:解码|解密|デコード|復号|디코딩|복호화)[^\n]{0,80}?(?:执行|运行|実行|실행|安装|インストール)/i, 'decode-and-run'],
];
/** The requests for a secret among them (the English and the other languages' forms). */
const PHISH_PATTERNS = INSTRUCT_PATTERNS.filter(([, kind]) => kind === 'phish').map(([re]) => re);

const PERSIST_TIMER = /\b(?:every\s+\d+\s*(?:s|sec|seconds?|m|min|minutes?|h|hours?)|every\s+(?:few\s+)?(?:seconds?|minutes?|hours?|heartbeat|turn|session|startup|boot|login)|on\s+(?:every\s+)?(?:heartbeat|startup|boot|login)|periodically|at\s+regular\s+intervals|in\s+a\s+loop|continuously|cron(?:tab)?\b|background\s+(?:job|task|process|service|daemon)|daemon|launch\s*agent|scheduled\s+task|run\s+key|startup\s+(?:folder|item|script))\b/i;
const DESTROY = /\b(?:delete|wipe|erase|destroy|shred|overwrite|format|truncate|drop)\s+(?:\w+\s+){0,3}(?:all|every|entire|the\s+whole)\s+(?:(?!generated|build|temp\w*|cache\w*|compiled|intermediate)\w+\s+){0,2}(?:files?|data|database|tables?|backups?|home|disk|drive|repositor(?:y|ies)|logs?|history|volumes?)\b(?![^.\n]{0,60}\b(?:dist|build|out|tmp|temp|cache|node_modules|target|coverage)\b)|\brm\s+-rf\s+(?:\/|~|\$HOME)(?:\s|$)|\bdrop\s+(?:all\s+)?(?:tables?|databases?)\b/i;
const PREREQ = /インストール|ダウンロード|必要|前提|事前準備|準備|必須|安装|下载|需要|前提条件|설치|다운로드|필요|\b(?:instal(?:e|ar|ler|lez|lieren|liere|are|a)|installier\w*|установ\w*|скача\w*|descarg\w*|t[ée]l[ée]charg\w*|herunterlad\w*|baix\w*|scaric\w*|necesit\w*|n[ée]cessit\w*|ben[öo]tig\w*|erforderlich|requier\w*|requis|requisitos?|prerequisit\w*|voraussetzung\w*|pr[ée]requis|требует\w*|нужн\w*)\b|\b(?:requires?|required|needs?|prerequisites?|depends\s+on|you\s+must\s+(?:first\s+)?(?:install|download|get|run)|(?:first|before\s+(?:using|you\s+(?:use|start|begin)|proceeding|continuing)),?\s+(?:\w+\s+){0,3}(?:install|download|get|run)|install\s+(?:the\s+)?(?:\w[\w.-]*\s+){0,3}(?:from|at|via)|download\s+(?:and\s+(?:install|run)\s+)?(?:the\s+)?(?:\w[\w.-]*\s+){0,3}(?:from|at|here)|setup|installation|helper|companion|agent|cli|utility|runtime|driver|core)\b/i;
const TOOL_NAME = /`([\w@./-]{2,60})`|\*\*([\w@./ -]{2,60})\*\*|\b((?:open[-_ ]?claw|claw[-_ ]?hub|clawd(?:bot)?|molt[-_ ]?bot)[\w.-]*(?:\s+(?:cli|helper|core|agent|runtime|utility|tool|updater|installer|bridge|connector|daemon|sdk))?)\b/i;

// ---------------------------------------------------------------- markdown structure

interface Unit {
  /** A heading: context for the steps under it, never a step itself. */
  title?: boolean;
  /** A heading's level (1 for `#`). */
  level?: number;
  /** A table row: data, never a step. */
  table?: boolean;
  text: string;
  line: number;
  endLine: number;
  heading: string;
  quoted: boolean;
  /** A block quote a sentence introduced as an example (exampleQuotes): a mention. */
  example?: boolean;
  /**
   * A list item under a sentence that ends in a colon ("collect the following:"): that sentence, whose verb the item
   * completes. A table row: the sentence right before the table ("Build it with the read tool.").
   */
  lead?: string;
  /** Under the document's title (its first heading, level 1) and no other heading: see `framedByHeading`. */
  underTitle?: boolean;
  /** The number of headings before it: its section. */
  section: number;
  /** Its heading quotes what its section holds (`markHeadingFrames`). */
  headingFrames?: boolean;
  /** A heading it is nested under frames on its own: 'title' when that is only the document's title. */
  nestedFrames?: true | 'title';
  /** A checklist's criterion (CRITERION): what a reviewer checks a text for, not a step. */
  criterion?: boolean;
}

/**
 * A task-list item that says what something does, in the third person ("- [ ] **Asks the user to paste an encoded
 * command …**", "- [x] Sends files to a host the user did not configure"): a criterion a reviewer ticks, its subject
 * the text under review. A step in a task list is said to the reader ("- [ ] Run the installer").
 */
const CRITERION = /^\[[ xX]\]\s+(?:\*\*|__)?(?:[A-Z][a-z]+(?<!ss)s|Does|Has|Is)\b/;

interface CodeBlock {
  lang: string;
  code: string;
  line: number;
  endLine: number;
  heading: string;
  /** The prose right before the block (its introduction). */
  intro: string;
  underTitle?: boolean;
  /** A fenced block: the 1-based lines of its opening and closing fence (the last line when it is never closed). */
  fence?: [number, number];
  section: number;
  headingFrames?: boolean;
  nestedFrames?: true | 'title';
}

/**
 * THIRD_PARTY and DEFENSIVE_HEADING are long alternations asked again and again of the same heading and step (each
 * unit is judged by lowering, quoted ranges and the decoder check): answered once per string. The questions are
 * pure (their patterns have no /g state), so a remembered answer is the answer.
 */
function remembered(test: (s: string) => boolean): (s: string) => boolean {
  const seen = new Map<string, boolean>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      if (seen.size >= 4096) seen.clear();
      seen.set(s, (v = test(s)));
    }
    return v;
  };
}
const isThirdParty = remembered((s) => THIRD_PARTY.test(s));

/** A sentence that presents what follows as an example ("Example analysis you can model your answers on:"). */
const EXAMPLE_LEAD = /\b(?:examples?|samples?|illustrations?|transcripts?|case\s+stud(?:y|ies)|beispiele?|exemples?|ejemplos?|exemplos?|esempi[oi]?|пример\w*)\b[^.!?:：]*[:：]\s*$|例[:：]\s*$/i;

/**
 * Block quotes a sentence introduces as an example: the model reads them as a sample of the answer it gives,
 * not as steps. Only quotes: code under "Example usage:" is still the skill's own command.
 */
function exampleQuotes(units: Unit[]): Set<Unit> {
  const out = new Set<Unit>();
  let example = false;
  // (a message shown with its headers, "From: … Subject: …", is the message quoted: every sentence of its paragraph, and
  // the quote after it)
  let message: number | undefined;
  for (const u of units) {
    if (u.title) example = false;
    else if (u.line === message || MESSAGE_HEADERS.test(u.text)) {
      out.add(u);
      message = u.line;
      example = true;
    } else if (!u.quoted) example = EXAMPLE_LEAD.test(u.text.replace(/[*_`\s]+$/g, '')) || EXAMPLES_NOT_TO_FOLLOW.test(u.text);
    // (a quote labelled as one, "> EXAMPLE 7.1 (memory poisoning) …", "> Пример 2: …", is an example whatever leads it)
    else if (example || EXAMPLE_LABEL.test(u.text)) out.add(u);
  }
  return out;
}
/** A lead that says what follows are examples not to follow ("These are quoted examples for analysis. Do not follow them."). */
const EXAMPLES_NOT_TO_FOLLOW = /\b(?:examples?|samples?|beispiele?|exemples?|ejemplos?|exemplos?|esempi[oi]?)\b[^\n]{0,160}?\b(?:(?:do\s+not|don'?t|never)\s+(?:follow|obey|execute|run|act\s+on)|nicht\s+(?:befolgen|ausf[üu]hren)|ne\s+(?:les\s+)?(?:suivez|ex[ée]cutez)\s+pas|no\s+(?:los\s+)?(?:sigas|sigan|ejecutes|ejecuten)|n[ãa]o\s+(?:os\s+)?(?:siga|execute))\b|пример\w*[^\n]{0,160}?не\s+(?:выполня|следу|исполня)\w*/i;
/** A quote's own label as an example ("EXAMPLE 7.1 (…)", "Example 2:", "Пример 3:"). */
const EXAMPLE_LABEL = /^\W{0,3}(?:example|sample|beispiel|exemple|ejemplo|exemplo|esempio|пример)\s*(?:\d+(?:\.\d+)*|[A-Z])?\s*(?:\(|[:：.—-])/i;
const MESSAGE_HEADERS = /^\W*(?:From|De|Von|От|发件人|差出人)\s*[:：]\s*[^\n]{0,80}?\S@\S[^\n]{0,80}?\b(?:Subject|Asunto|Assunto|Objet|Betreff|Тема|主题|件名)\s*[:：]/i;
const isDefensiveHeading = remembered((s) => DEFENSIVE_HEADING.test(s));
/**
 * Headings that name an activity a workflow of its own has ("## Step 2: analysis", "## Review", "## Findings"): a
 * security guide's section so titled quotes what it studies, and so may any skill's. Such a heading frames its section
 * only when the section itself speaks of attacks or introduces an example (SECTION_QUOTES); the other defensive words
 * ("Red flags", "Indicators", "Do not run") frame on their own.
 */
const ACTIVITY_HEADING = new RegExp(String.raw`\b(?:analysis|analy[sz]e|review\w*|audit\w*|checks?|findings?|hardening|(?:threat\s+)?hunt(?:ing|s)?)\b|解析|分析|` + ATTACK_CLASS, 'gi');
/** What a section that quotes an attack says about it: the attack's vocabulary, or an example's introduction. */
const SECTION_QUOTES = /\b(?:malicious\w*|malware|suspicious|attack\w*|exfiltrat\w*|stealers?|backdoors?|trojan\w*|payloads?|phishing|injections?|compromis\w*|indicators?|iocs?|red\s+flags?|dangerous|risky|unsafe|looks?\s+like|such\s+as|for\s+example|e\.g\.|patterns?|signatures?|typical\w*|b[öo]sartig\w*|verd[äa]chtig\w*|malveillant\w*|suspect\w*|malicios\w*|sospechos\w*|beispiel\w*|exemples?|ejemplos?|exemplos?|criminals?|fraudsters?|scammers?|(?:programs|tools|apps|families)\s+(?:like|such\s+as))\b|(?:вредонос|подозрит|типичн|пример|вроде|инфостилер|стилер|злоумышленн)[а-яё]*|恶意|可疑|悪意|不審|악성/i;
/** Does a section heading frame its section on its own, or only with what its section says? */
const headingFramesAlone = remembered((h) => DEFENSIVE_HEADING.test(h.replace(ACTIVITY_HEADING, ' ')));

/**
 * Is a step or block quoted by the heading it sits under ("## Red flags", "## Incident timeline")? A SKILL.md's
 * title is the skill's name, not a frame: "# Code review helper" or "# Incident report writer" names what the skill
 * does, and the steps right under it are its instructions. A section heading, and any heading of another document
 * (a reference file titled "Reverse shell patterns"), frames as before; an activity heading ("## Analysis") only when
 * its section quotes (`headingFrames`, set by the parse).
 */
function framedByHeading(x: { underTitle?: boolean; headingFrames?: boolean; nestedFrames?: true | 'title' }, file: string | undefined): boolean {
  const skillMd = file !== undefined && /(?:^|\/)SKILL\.md$/i.test(file);
  if (x.underTitle && skillMd) return false;
  return x.headingFrames === true || x.nestedFrames === true || (x.nestedFrames === 'title' && !skillMd);
}

/** Set `headingFrames` on every unit and block: its heading is defensive, and frames alone or its section quotes. */
function markHeadingFrames(units: Unit[], blocks: CodeBlock[]): void {
  const quoting = new Set<number>();
  for (const u of units) if (!u.title && SECTION_QUOTES.test(u.text)) quoting.add(u.section);
  for (const b of blocks) if (SECTION_QUOTES.test(lastSentence(b.intro))) quoting.add(b.section);
  // A heading that frames alone frames the sections nested under it too ("# Where to look" over "## Config"), by
  // section: what its headings above it are (the document's title is marked apart, see framedByHeading).
  const nested = new Map<number, true | 'title'>();
  const open: Array<{ level: number; frames: boolean; title: boolean }> = [];
  for (const u of units) {
    if (!u.title) continue;
    const level = u.level ?? 1;
    while (open.length && open[open.length - 1].level >= level) open.pop();
    const above = open.filter((h) => h.frames);
    if (above.length) nested.set(u.section, above.some((h) => !h.title) ? true : 'title');
    open.push({ level, frames: isDefensiveHeading(u.text) && headingFramesAlone(u.text), title: u.section === 1 && level === 1 });
  }
  for (const x of [...units, ...blocks]) {
    if (isDefensiveHeading(x.heading) && (headingFramesAlone(x.heading) || quoting.has(x.section))) x.headingFrames = true;
    const n = nested.get(x.section);
    if (n) x.nestedFrames = n;
  }
}

interface ParsedMarkdown {
  units: Unit[];
  blocks: CodeBlock[];
  /** framesDocument of the units, asked by lowerProse and quotedRanges alike: computed once. */
  framed?: boolean;
}
/** The last text's parse: lowerProse, quotedRanges and fencedLines read the same file (units and blocks are never mutated). */
let lastMarkdown: { text: string; parsed: ParsedMarkdown } | undefined;
function parseMarkdown(text: string): ParsedMarkdown {
  if (lastMarkdown?.text !== text) lastMarkdown = { text, parsed: parseMarkdownText(text) };
  return lastMarkdown.parsed;
}
function isDocumentFramed(text: string, file?: string): boolean {
  const parsed = parseMarkdown(text);
  return (parsed.framed ??= framesDocument(parsed.units, text)) || (file !== undefined && reportsEvents(parsed.units, text, file));
}

/** The 1-based line ranges of a markdown text's fenced code blocks, fences included, as the prose parse reads them. */
export function fencedLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const b of parseMarkdown(text).blocks) if (b.fence) out.push(b.fence);
  return out;
}

function parseMarkdownText(text: string): { units: Unit[]; blocks: CodeBlock[] } {
  const lines = text.split(/\r?\n/);
  const units: Unit[] = [];
  const blocks: CodeBlock[] = [];
  let heading = '';
  // The document's title: its first heading when that is level 1 (`# Code review helper`).
  let underTitle = false;
  let headings = 0;
  let fence: { marker: string; lang: string; start: number; body: string[] } | undefined;
  // Inside an HTML comment (`<!--` not yet closed by `-->`) a line of backticks is the comment's text, not a fence.
  let inComment = false;
  let para: { text: string; line: number; quoted: boolean; end: number; item?: boolean; indent?: number; criterion?: boolean } | undefined;
  // A list item that ends in a colon leads the items nested under it (deeper indented): its indentation.
  let leadIndent: number | undefined;
  let lastProse = '';
  // The heading the last paragraph was under, and the sentence a table's rows hang from.
  let lastProseHeading: string | undefined;
  let actionColumns: number[] = [];
  // (the line a table's next row would be on)
  let tableRowAt = -1;
  let tableLead: string | undefined;
  // The sentence a list hangs from ("Collect the following into one file:"), until the next paragraph or heading.
  let lead: string | undefined;
  let i = 0;
  // Frontmatter: its description is prose the model reads too.
  if (/^\uFEFF?---\s*$/.test(lines[0] ?? '')) {
    let j = 1;
    while (j < lines.length && !/^---\s*$/.test(lines[j])) {
      const m = /^\s*(?:description|summary|instructions?)\s*:\s*(.+)$/i.exec(lines[j]);
      if (m) units.push({ section: headings, text: m[1].replace(/^["']|["']$/g, ''), line: j + 1, endLine: j + 1, heading: '', quoted: false });
      j++;
    }
    i = j + 1;
  }
  const flush = () => {
    if (!para) return;
    const sentences = splitSentences(para.text);
    for (const s of sentences) units.push({ section: headings, text: s, line: para.line, endLine: para.end, heading, quoted: para.quoted, ...(para.item && lead ? { lead } : {}), ...(underTitle ? { underTitle } : {}), ...(para.criterion ? { criterion: true } : {}) });
    const last = sentences[sentences.length - 1]?.replace(/[*_`\s]+$/g, '') ?? '';
    if (!para.item) {
      lead = /[:：]$/.test(last) ? last : undefined;
      leadIndent = undefined;
    } else if (/[:：]$/.test(last)) {
      lead = last;
      leadIndent = para.indent ?? 0;
    }
    lastProse = para.text;
    lastProseHeading = heading;
    para = undefined;
  };
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      if (line.trim().startsWith(fence.marker) && line.trim().replace(/[`~]/g, '') === '') {
        blocks.push({ section: headings, lang: fence.lang, code: fence.body.join('\n'), line: fence.start + 1, endLine: i + 1, heading, intro: lastProse, fence: [fence.start, i + 1], ...(underTitle ? { underTitle } : {}) });
        fence = undefined;
      } else fence.body.push(line);
      continue;
    }
    const commentOpen = inComment;
    if (inComment ? line.includes('-->') : line.includes('<!--')) inComment = line.lastIndexOf('<!--') > line.lastIndexOf('-->');
    const f = commentOpen ? null : /^\s*(```+|~~~+)\s*([\w+#.-]*)/.exec(line);
    if (f) {
      flush();
      fence = { marker: f[1], lang: f[2].toLowerCase(), start: i + 1, body: [] };
      continue;
    }
    const h = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      flush();
      // (a heading that names what is gathered, "Required data", leads the list right under it as a colon's sentence does)
      lead = DATA_HEADING.test(h[2]) ? `${h[2].trim()}:` : undefined;
      leadIndent = undefined;
      underTitle = ++headings === 1 && h[1].length === 1;
      heading = h[2];
      units.push({ section: headings, text: h[2], line: i + 1, endLine: i + 1, heading, quoted: false, title: true, level: h[1].length });
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    if (/^\s*\|/.test(line)) {
      // A table row is data (examples, fragments, options), never a step; what its lead sentence does to the rows
      // (reads them) is.
      const first = tableRowAt !== i;
      tableRowAt = i + 1;
      flush();
      if (first) tableLead = lead ?? (lastProseHeading === heading ? splitSentences(lastProse).pop() : undefined);
      const cells = tableCells(line);
      if (first) actionColumns = cells.flatMap((c, k) => (ACTION_COLUMN.test(c) ? [k] : []));
      units.push({ section: headings, text: line.trim(), line: i + 1, endLine: i + 1, heading, quoted: false, table: true, ...(tableLead ? { lead: tableLead } : {}) });
      // (but a column its header says is what to do, "Fix", "Do this", "Action", holds a step in each row: a
      // troubleshooting table's remedy, a trigger table's response)
      if (!first && !/^\s*\|?[\s:|-]+\|?\s*$/.test(line))
        for (const k of actionColumns) if (cells[k] && /[A-Za-z\u00c0-\uffff]{2}/.test(cells[k]!)) units.push({ section: headings, text: cells[k]!, line: i + 1, endLine: i + 1, heading, quoted: false });
      continue;
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    const quoted = /^\s*>/.test(line) && !writesFollowing(lastProse + ' ' + (para?.text ?? ''));
    const content = line.replace(/^\s*>\s?/, '');
    if (item) {
      flush();
      const indent = line.search(/\S/);
      // An item no deeper than the item that led a nested list ends that list's lead.
      if (leadIndent !== undefined && indent <= leadIndent) {
        lead = undefined;
        leadIndent = undefined;
      }
      para = { text: item[1], line: i + 1, quoted, end: i + 1, item: true, indent, ...(CRITERION.test(item[1]) ? { criterion: true } : {}) };
      continue;
    }
    // An indented code block (4 spaces) after a blank line is code, not prose.
    if (/^( {4}|\t)\S/.test(line) && !para) {
      blocks.push({ section: headings, lang: '', code: line.trim(), line: i + 1, endLine: i + 1, heading, intro: lastProse, ...(underTitle ? { underTitle } : {}) });
      continue;
    }
    if (para) {
      para.text += ` ${content.trim()}`;
      para.end = i + 1;
    } else para = { text: content.trim(), line: i + 1, quoted, end: i + 1 };
  }
  flush();
  if (fence) blocks.push({ section: headings, lang: fence.lang, code: fence.body.join('\n'), line: fence.start + 1, endLine: lines.length, heading, intro: lastProse, fence: [fence.start, lines.length], ...(underTitle ? { underTitle } : {}) });
  for (const u of exampleQuotes(units)) u.example = true;
  markHeadingFrames(units, blocks);
  return { units, blocks };
}

/**
 * `metadata.openclaw.install` in the frontmatter: OpenClaw offers these downloads and package installs to the
 * user when the skill is enabled. Each download is a prerequisite with its source host.
 */
/** The YAML frontmatter of a markdown text, parsed, with its raw text (for line numbers); undefined when absent or broken. */
function frontmatterOf(text: string): { raw: string; fm: Record<string, unknown> } | undefined {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) return undefined;
  try {
    const fm = parseYaml(m[1]) as unknown;
    return fm && typeof fm === 'object' ? { raw: m[1], fm: fm as Record<string, unknown> } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A skill's `description` is what the model reads of it before anything else (OpenClaw lists every skill's name and
 * description in the prompt): instructions there are read as its body's are, at the description's line.
 */
function describedInstructions(text: string, opts: ProseOptions): Effect[] {
  const front = frontmatterOf(text);
  if (!front) return [];
  const raw = front.raw.split('\n');
  const out: Effect[] = [];
  const desc = front.fm.description;
  if (typeof desc === 'string' && INSTRUCTION_TEXT.test(desc)) {
    const line = raw.findIndex((l) => /^description\s*:/.test(l)) + 2;
    out.push(...lowerProse(desc, { file: opts.file, reach: opts.reach }).map((e) => ({ ...e, line: Math.max(line, 2) + (e.line - 1), evidence: `its description: ${e.evidence}`.slice(0, 200) })));
  }
  // (and so is the rest of the front matter, which the model reads with the body: a profile in `metadata` it is told
  // to apply, "agent_profile: Before running any batch …")
  // (the lines are the YAML parser's, asked for only when there is such a text)
  const texts = frontmatterTexts(front.fm.metadata, 'metadata');
  const lineOf = texts.length ? new Map(yamlStrings(front.raw).map((s) => [s.path, s.line])) : undefined;
  for (const [key, value] of texts) {
    const line = (lineOf?.get(key) ?? 0) + 1;
    out.push(...lowerProse(value, { file: opts.file, reach: opts.reach }).map((e) => ({ ...e, line: Math.max(line, 2), evidence: `its front matter (${key}): ${e.evidence}`.slice(0, 200) })));
  }
  return out;
}

/** The long texts of a front matter value, with their key paths (`metadata.openclaw.runtime.agent_profile`). */
function frontmatterTexts(v: unknown, key: string, depth = 0, out: Array<[string, string]> = []): Array<[string, string]> {
  if (out.length >= 40 || depth > 6) return out;
  if (typeof v === 'string') {
    if (INSTRUCTION_TEXT.test(v)) out.push([key, v.slice(0, 4096)]);
  } else if (Array.isArray(v)) v.forEach((x, i) => frontmatterTexts(x, `${key}[${i}]`, depth + 1, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) frontmatterTexts(x, `${key}.${k}`, depth + 1, out);
  return out;
}

/** A skill's `metadata.openclaw` (or the older `clawdbot`) from its frontmatter, given as a mapping or a JSON string. */
function openclawMetadataOf(fm: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  let meta = fm?.metadata as unknown;
  if (typeof meta === 'string') {
    try {
      meta = JSON.parse(meta);
    } catch {
      return undefined;
    }
  }
  const oc = (meta as Record<string, unknown> | undefined)?.openclaw ?? (meta as Record<string, unknown> | undefined)?.clawdbot;
  return oc && typeof oc === 'object' ? (oc as Record<string, unknown>) : undefined;
}

/** The environment variables a skill's metadata declares for it (`requires.env`, `primaryEnv`): what the user sets. */
export function declaredEnv(skillText: string): string[] {
  const oc = openclawMetadataOf(frontmatterOf(skillText)?.fm);
  const env = (oc?.requires as { env?: unknown } | undefined)?.env;
  const names = [...(Array.isArray(env) ? env : []), oc?.primaryEnv].filter((n): n is string => typeof n === 'string' && /^[A-Z][A-Z0-9_]{2,}$/.test(n));
  return [...new Set(names)];
}

/** The entries of a skill's `metadata.openclaw.install` (what OpenClaw offers to install for it). */
export function installEntries(skillText: string): Array<Record<string, unknown>> {
  const install = (openclawMetadataOf(frontmatterOf(skillText)?.fm) as { install?: unknown } | undefined)?.install;
  return Array.isArray(install) ? install.filter((e): e is Record<string, unknown> => !!e && typeof e === 'object') : [];
}

function installSpecPrerequisites(text: string, opts: ProseOptions): Effect[] {
  const front = frontmatterOf(text);
  if (!front) return [];
  const install = installEntries(text);
  if (!install.length) return [];
  const lines = front.raw.split('\n');
  const out: Effect[] = [];
  // The skill's own name claiming the platform (`openclaw-cli`) makes its download the platform's; a description
  // that merely mentions OpenClaw (what it backs up, what it works with) does not.
  const about = String(front.fm?.name ?? '');
  for (const entry of install) {
    const url = typeof entry.url === 'string' ? entry.url : undefined;
    if (!url) continue;
    const name = String(entry.label ?? entry.id ?? (Array.isArray(entry.bins) ? entry.bins[0] : '') ?? '');
    const { host, hostClass } = classifyHost(url);
    const line = Math.max(1, lines.findIndex((l) => l.includes(url)) + 2);
    const imp = (namesPlatform(name) || namesPlatform(url) || namesPlatform(about)) && !isOfficialPlatformSource(url);
    out.push({ file: opts.file, line, lang: 'prose', reach: opts.reach, evidence: `metadata.openclaw.install: ${name} from ${url}`.slice(0, 160), kind: 'prerequisite', name, host, url, hostClass, ...(imp ? { impersonates: true } : {}) });
  }
  return out;
}

/** The clause before "without asking" forbids the act ("do not delete anything", "never push"): the user is asked. */
// (the acts may be a list: "never add other servers, change other entries, or widen the folder list without asking")
const FORBIDS_BEFORE = /\b(?:do\s+not|don'?t|never|must\s+not|should\s+not|may\s+not|cannot|can'?t)\s+(?!(?:stop|pause|wait|hesitate|ask|interrupt|bother|need)\b)[a-z][\w'-]*(?:,?\s+(?!(?:and|then|but|just|simply|proceed|continue|go)\b)[\w'./`~-]+){0,14}\s*$/i;

/** The same forbidding in other languages: a negation and the act it forbids, just before "sem pedir", "sans demander". */
const FORBIDS_BEFORE_ML = /(?:^|[\s,;:(—–-])(?:n[ãa]o|no|nunca|jamais|ne|nicht|niemals|keine?n?|non|mai|не|никогда)\s+[^\s.!?;:]+(?:\s+[^\s.!?;:]+){0,6}\s*$/i;

/** A step done only at the user's word ("if the user confirms", "once the user agrees", "only when the user asks"). */
/**
 * A step done only when the user agrees ("run it only after they confirm", "Only if the user asks for it:", "after the
 * user says yes"): whether it runs is the user's choice, so its reach is 'consent' (rules warn on it as on code of unknown
 * reach; an action the skill takes unasked still blocks).
 */
const CONSENT_GATE = /\b(?:only\s+)?(?:on|if|after|upon)\s+(?:an?\s+)?(?:\*\*)?["“']?(?:yes|approval|confirmation|consent)["”']?(?:\*\*)?\s*[:,]|\b(?:confirm|check|agree\s+on)\s+(?:it\s+|this\s+|these\s+|them\s+)?with\s+the\s+user\b|\b(?:the\s+user|they)\s+(?:has\s+|have\s+)?explicitly\s+(?:asked|requested|approved|confirmed|agreed|chose|opted)\b|\(ask\s+(?:the\s+user\s+)?first\)|\bafter\s+asking\s+(?:the\s+user|them)\b|\b(?:only\s+)?(?:if|once|after|when)\s+(?:the\s+user|they)\s+(?:has\s+|have\s+)?(?:explicitly\s+)?(?:confirm|agree|approve|accept|consent|says?\s+yes|opts?\s+in)\w*|\b(?:only\s+(?:if|when)|if)\s+(?:the\s+user|they)\s+(?:explicitly\s+)?(?:asks?|wants?)\b|\bwith\s+the\s+user'?s\s+(?:explicit\s+)?(?:consent|approval|permission)\b|\bafter\s+(?:explicit\s+)?(?:confirmation|approval|consent)\b|\b(?:si|cuando|una\s+vez\s+que|despu[ée]s\s+de\s+que)\s+el\s+usuario\s+(?:lo\s+)?(?:confirm|acept|aprueb|aprob|autoric|autoriz)\w*|\b(?:tras|despu[ée]s\s+de)\s+(?:la\s+|su\s+)?(?:confirmaci[óo]n|aprobaci[óo]n|autorizaci[óo]n)|\b(?:se|quando|depois\s+que|ap[óo]s)\s+o\s+usu[áa]rio\s+(?:confirm|aceit|aprov|autoriz|concord)\w*|\bap[óo]s\s+(?:a\s+|sua\s+)?(?:confirma[çc][ãa]o|aprova[çc][ãa]o|autoriza[çc][ãa]o)|\b(?:si|quand|lorsque|une\s+fois\s+que|apr[èe]s\s+que)\s+l['’]utilisateur\s+(?:l['’]\s*)?(?:a\s+)?(?:confirm|accept|approuv|valid)\w*|\bapr[èe]s\s+(?:sa\s+|la\s+|son\s+|leur\s+)?(?:confirmation|accord|validation|approbation)\b|\b(?:wenn|sobald|nachdem)\s+(?:der|die)\s+(?:Nutzer|Benutzer|Anwender)\w*\s+(?:\w+\s+){0,3}(?:zustimmt|best[äa]tigt|einverstanden|zugestimmt|freigibt)|\bnach\s+(?:der\s+|seiner\s+|ihrer\s+|expliziter\s+)?(?:Best[äa]tigung|Zustimmung|Freigabe)\b|\b(?:se|quando|dopo\s+che)\s+l['’]utente\s+(?:lo\s+)?(?:conferm|accett|approv|autorizz)\w*|\bdopo\s+(?:la\s+|sua\s+|la\s+sua\s+)?(?:conferma|approvazione|autorizzazione)\b|после\s+(?:его\s+|её\s+|явного\s+)?(?:подтверждения|согласия|одобрения)|(?:если|когда)\s+пользователь\s+(?:\S+\s+)?(?:подтверд|соглас|одобр)\S*|(?:用户|使用者)(?:明确)?(?:同意|确认|批准|允许|確認|同意)(?:之)?后|经(?:过)?用户(?:明确)?(?:同意|确认|批准)|征得用户(?:的)?(?:同意|许可)|如果用户(?:明确)?(?:同意|确认)|ユーザー(?:が|の)(?:同意|承認|確認|許可)(?:した|して|を得|後|したら|してから)|(?:承認|同意)(?:を得て)?(?:後|してから|を得てから)|(?:頼|依頼|要求|求め|希望)(?:まれ|され|られ|し)た(?:場合|とき|時)(?:のみ|だけ|に限り)|仅(?:在|当)用户(?:要求|请求|同意)|只有(?:在)?用户(?:要求|请求|同意)|사용자가\s*(?:요청|원)(?:할\s*때|한\s*경우)(?:에만)?|사용자가\s*(?:동의|승인|확인)(?:하면|한\s*후|한\s*뒤|했다면)|(?:승인|동의)\s*(?:후|뒤)에?/i;
/** A permission whose conditions follow it ("Unrestricted mode is only allowed when both are true:"). */
const ALLOWED_ONLY_WHEN = /\b(?:is|are)\s+only\s+(?:allowed|permitted|used|enabled)\s+(?:when|if)\b[^.\n]*[:：]\s*$/i;
/**
 * A step that asks the user which changes to make ("Ask which fixes to apply", "ask the user whether to proceed",
 * "Ask: \"Apply this change? (yes/no)\""): the step after it does what they chose.
 */
const ASKS_WHICH = /\bask\s+(?:the\s+user\s+|them\s+)?(?:which|whether)\s+(?:[\w-]+\s+){0,3}?(?:to\s+)?(?:apply|run|install|make|change|fix|proceed|continue|write|delete|remove|enable)\b|\bask\b[^\n]{0,60}\?\s*\(\s*y(?:es)?\s*\/\s*n(?:o)?\s*\)/i;
const USER_GATED = /\b(?:if|once|after|when|only\s+(?:if|when|after))\s+the\s+user\s+(?:(?:has\s+)?(?:confirm|agree|approve|accept)(?:s|ed)?|asks?|says\s+yes|explicitly\s+(?:asks?|confirms?|agrees?))\b/i;

/** The agent platform's own guards: never lifted on a step's say-so. */
const OWN_GUARD = /\b(?:clawguard|install\s*policy|installPolicy|plugins\.allow|sandbox(?:ing)?|(?:exec\s+)?approvals?)\b/i;

const HIDDEN_CHAR = /\uDB40[\uDC20-\uDC7E\uDD00-\uDDEF]|[\u200B\u200C\u200D\u2060\uFEFF]|[\uFE00-\uFE0F]{2}/;
/** Whether `text` has a character `hiddenTexts` reads (a file worth handing it). */
export const mayHideText = (text: string): boolean => HIDDEN_CHAR.test(text);

/** Three or more invisible characters in a step: text a reviewer does not see travels with it. */
/** Characters that show nothing (zero-width, soft hyphen, bidi controls; tags are added where they encode text). */
const INVISIBLE = '\\u200B-\\u200F\\u2060-\\u2064\\u00AD\\uFEFF\\u202A-\\u202E\\u2066-\\u2069';
const INVISIBLE_RUN = new RegExp(`[${INVISIBLE}\\u{E0000}-\\u{E007F}](?:[^\\n]{0,200}?[${INVISIBLE}\\u{E0000}-\\u{E007F}]){2,}`, 'u');

/**
 * Text hidden in invisible characters: Unicode tag characters (U+E0000 block) spell ASCII; runs of two
 * zero-width characters encode bits. Decoded text is read as prose again, marked decoded.
 */
export function hiddenTexts(text: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  // Every pattern below needs a tag character (U+E0020-E007E: \uDB40 then \uDC20-\uDC7E) or a zero-width one.
  if (!HIDDEN_CHAR.test(text)) return out;
  const lineAt = (i: number) => text.slice(0, i).split('\n').length;
  for (const m of text.matchAll(/[\u{E0020}-\u{E007E}]{4,}/gu)) out.push({ text: [...m[0]].map((c) => String.fromCharCode(c.codePointAt(0)! - 0xe0000)).join(''), line: lineAt(m.index ?? 0) });
  // Variation selectors as bytes (VS1-16: 0-15, VS17-256: 16-255), the "emoji smuggling" encoding: an emoji takes one
  // selector at most, so a run of them after it is data. UTF-8 text that reads as text is hidden text.
  for (const m of text.matchAll(/(?:[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]){4,}/g)) {
    const bytes = [...m[0]].map((c) => { const cp = c.codePointAt(0)!; return cp <= 0xfe0f ? cp - 0xfe00 : cp - 0xe0100 + 16; });
    const s = Buffer.from(bytes).toString('utf8');
    if (s.length >= 4 && !s.includes('\uFFFD') && isPrintableText(s)) out.push({ text: s, line: lineAt(m.index ?? 0) });
  }
  const runs = [...text.matchAll(/[\u200B\u200C\u200D\u2060\uFEFF]{16,}/g)];
  // A message may be spread over several runs (one per line): read them together too.
  const all = [...text.matchAll(/[\u200B\u200C\u200D\u2060\uFEFF]{4,}/g)];
  if (all.length > 1) runs.push(Object.assign([all.map((m) => m[0]).join('')], { index: all[0].index, input: text, groups: undefined }) as RegExpMatchArray as RegExpExecArray);
  for (const m of runs) {
    const syms = [...new Set(m[0])];
    if (syms.length < 2 || syms.length > 3) continue;
    for (const [zero, one] of [[syms[0], syms[1]], [syms[1], syms[0]]]) {
      const bits = [...m[0]].filter((c) => c === zero || c === one).map((c) => (c === one ? '1' : '0')).join('');
      let s = '';
      for (let i = 0; i + 8 <= bits.length; i += 8) s += String.fromCharCode(parseInt(bits.slice(i, i + 8), 2));
      if (s.length >= 2 && /^[\x20-\x7e\n\t]+$/.test(s)) {
        out.push({ text: s, line: lineAt(m.index ?? 0) });
        break;
      }
    }
  }
  return out;
}

/** Mostly letters, digits, punctuation and spaces in any script (not control characters or stray bytes). */
function isPrintableText(s: string): boolean {
  const bad = s.match(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g)?.length ?? 0;
  return bad <= s.length / 20;
}

/** What text hidden in invisible characters says (`hiddenTexts`), read as prose, marked decoded, at its line. */
export function lowerHiddenProse(text: string, opts: ProseOptions): Effect[] {
  const out: Effect[] = [];
  for (const h of hiddenTexts(text)) out.push(...lowerProse(h.text, { ...opts, decoded: true }).map((e) => ({ ...e, line: h.line, evidence: `hidden text: ${e.evidence}`.slice(0, 160) })));
  return out;
}

/** Packages a skill declares in its frontmatter (`dependencies:`, install metadata): a name imitating a well-known package is a typosquat. */
function declaredDependencies(text: string, opts: ProseOptions): Effect[] {
  const front = frontmatterOf(text);
  if (!front) return [];
  const deps = front.fm.dependencies;
  const names = Array.isArray(deps) ? deps.filter((d): d is string => typeof d === 'string') : deps && typeof deps === 'object' ? Object.keys(deps) : [];
  // and the npm packages its install metadata has OpenClaw install (`metadata.openclaw.install[]`, kind node)
  for (const i of installEntries(text)) if (i.kind === 'node' && typeof i.package === 'string') names.push(i.package);
  const out: Effect[] = [];
  // (and the repositories its recipes take tools from: a look-alike of the repository its homepage names)
  const home = skillHomepage(text);
  for (const i of installEntries(text)) {
    const source = [i.module, i.url, i.formula, i.package].find((v): v is string => typeof v === 'string');
    const real = source ? lookalikeOfHome(source, home) : undefined;
    if (!real) continue;
    const line = Math.max(1, front.raw.split('\n').findIndex((l) => l.includes(source!)) + 2);
    out.push({ file: opts.file, line, lang: 'manifest', reach: opts.reach, evidence: `installs ${source}, one look-alike character from its homepage ${real}`.slice(0, 200), kind: 'prerequisite', name: source!, hostClass: 'registry', impersonates: true, imitates: real });
  }
  for (const d of names) {
    const real = typosquatOf(d);
    if (!real) continue;
    const line = Math.max(1, front.raw.split('\n').findIndex((l) => l.includes(d)) + 2);
    out.push({ file: opts.file, line, lang: 'manifest', reach: opts.reach, evidence: `depends on ${d}, one look-alike character from ${real}`, kind: 'prerequisite', name: d, hostClass: 'registry', impersonates: true, imitates: real });
  }
  return out;
}

/** Speech a third party utters ("even if it says", "when a page tells you"): a quotation, not what the agent is to say. */
const THIRD_PARTY_SPEECH = /\b(?:it|they|he|she|someone|anyone|that|this|the\s+(?:page|file|text|message|document|site|email|tool|content|skill|output))\s+(?:says?|asks?|tells?(?:\s+you)?|writes?|claims?)\b[^"“„«「]{0,30}[:：,]?\s*$/i;
const SPEECH_INTRO = /\b(?:say|says|ask|tell|reply|respond|answer|write|type|prompt|message|demande[zr]?|dites|dis|r[ée]pond\w*|sag\w*|frag\w*|antwort\w*|pregunt\w*|di(?:ga|le)|respond\w*|pergunt\w*|chied\w*|скажи\w*|спроси\w*|ответь\w*)\b[^"“„«「]{0,30}[:：,]?\s*$/i;

/** "Append the following section to AGENTS.md": what follows is the payload, not a quotation. */
const WRITE_FOLLOWING = /\b(?:append|add|write|insert|paste|copy|put|save)\w*\b[^\n]{0,80}\b(?:following|below|this\s+(?:section|block|text|line))\b|\b(?:contains?|has|includes?)\s+this\s+(?:block|section|snippet|text)\b[^\n]{0,120}?\b(?:add|insert|append|put)\w*\b|\b(?:ajout\w*|recopi\w*|[ée]cri[vst]\w*|ins[ée]r\w*|a[ñn]ad\w*|escrib\w*|f[üu]g\w*|schreib\w*|adicion\w*|escrev\w*|aggiung\w*|scriv\w*|добав\w*|запиш\w*)\b[^\n]{0,80}\b(?:suivante?s?|ci-dessous|folgende\w*|siguiente\w*|seguinte\w*|seguente\w*|следующ\w*)|(?:添加|追加|写入|加入)[^\n]{0,40}(?:以下|如下|下面)|(?:以下|如下|下面)[^\n]{0,40}(?:添加|追加|写入|加入)|(?:以下|次の|下記)[^\n]{0,40}(?:追記|追加|書き込|貼り付け)|(?:追記|追加|書き込)[^\n]{0,40}(?:以下|次の|下記)|(?:아래|다음)[^\n]{0,40}(?:추가|붙여|작성|기록|덧붙)|(?:नीचे|निम्न)[^\n]{0,60}(?:जोड़|जोड|लिख)|(?:जोड़|जोड|लिख)[^\n]{0,60}(?:नीचे|निम्न)|\ba[şs]a[ğg][ıi]daki\b[^\n]{0,80}\b(?:ekle|yaz)\w*|\b(?:tambahkan|tulis\w*|salin\w*|sisipkan)\b[^\n]{0,80}\b(?:berikut|di\s+bawah)|\b(?:dopisz|dodaj|wpisz|zapisz|wklej)\b[^\n]{0,80}(?:poni[żz]sz\w*|nast[ęe]puj[ąa]c\w*)|\b(?:th[êe]m|ghi|ch[ée]p)\b[^\n]{0,80}(?:sau\s+đ[âa]y|d[ưu][ớo]i\s+đ[âa]y|b[êe]n\s+d[ưu][ớo]i)|(?:أضف|اكتب|الصق)[^\n]{0,80}(?:التالي|أدناه)/i;
function writesFollowing(text: string): boolean {
  return WRITE_FOLLOWING.test(text);
}

function splitSentences(text: string): string[] {
  // Not after an abbreviation that introduces what follows ("e.g. `nc -e …`"): that is the same sentence.
  const parts = text.split(/(?<=[.!?。！？])(?<!\b(?:e\.g|i\.e|cf|vs|viz|incl|approx|z\.\s?B|d\.\s?h|p\.\s?ej|p\.\s?ex|ex)\.)\s+[\u200B-\u200D\u2060\uFEFF]*(?=[A-Z"'`*\[(¿¡А-ЯЁ\u4e00-\u9fff])/);
  // (nor inside a code span: `cfg.py set ... ` is one command, its dots no sentence's end)
  const out: string[] = [];
  for (const p of parts) {
    const last = out.length ? out[out.length - 1]! : undefined;
    if (last !== undefined && (last.split('`').length - 1) % 2 === 1) out[out.length - 1] = `${last} ${p}`;
    else out.push(p);
  }
  return out.map((p) => p.trim()).filter(Boolean);
}

// ---------------------------------------------------------------- lowering

/**
 * Without an address, a fetch of code is a fetch verb acting on a code noun, near each other in one sentence ("pull the
 * latest rules from the registry", "scripts are downloaded from the server"), not the two words anywhere in a
 * sentence that lists problems ("image pull failures, registry auth, … when any docker command fails").
 */
/** A command-line flag's name is no noun of the sentence (`curl --data-binary @notes.md …` downloads no binary). */
const withoutFlags = (t: string): string => (t.includes('-') ? t.replace(/(?<![\w-])--?[A-Za-z][\w-]*/g, ' ') : t);
let FETCHES_CODE: RegExp | undefined;
/** A leak that happened ("a leaked API token", "the key was leaked"): an event the text responds to, not a send it asks for. */
const LEAK_EVENT = /\b(?:a|an|the|any|your|their|this|that|each)\s+leaked\b|\bleaked\s+(?:api\s+|access\s+)?(?:tokens?|keys?|secrets?|credentials?|passwords?)\b|\b(?:was|were|been|got|is|are)\s+leaked\b/gi;
/** Where a credential goes back to the service that issued it ("the provider's official revoke endpoint"): its own API. */
const OWN_PROVIDER = /\b(?:the|its|their)\s+(?:provider|issuer|vendor|service)(?:'s|s')\s+(?:own\s+|official\s+)*(?:[\w-]+\s+)?(?:api|endpoint|revoke|revocation)\b|\bonly\s+to\s+[A-Z][\w-]*(?:'s|s')\s+(?:own\s+|official\s+)?(?:[\w-]+\s+){0,2}(?:api|endpoints?|servers?)\b/i;
/**
 * A send whose recipient is the user ("send the user the link", "share it with the user", "post the summary to the
 * owner"): what the agent hands to the person it works for goes nowhere else. (Not "the user's …": their keys
 * are an object, and where they go is still asked.)
 */
const SENT_TO_USER = /\b(?:send|give|show|share|forward|post|message|e-?mail|text|dm)\s+(?:the\s+)?(?:user|owner|operator)\b(?!['\u2019]s)|\b(?:send|share|forward|post|return|hand)\w*\s+(?:[^.;\n]{0,40}?\s)?(?:to|with)\s+(?:the\s+)?(?:user|owner|operator)\b(?!['\u2019]s)/gi;
const SEND_AS_CONDITION = /\b(?:once|if|when|whenever|after|unless)\s+(?:(?:it|they|this|these|that|those|the\s+\w+|a\s+\w+|an\s+\w+)\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|gets?|got)\s+)?(?:accidentally\s+)?(?:pushed|sent|uploaded|posted|leaked|exposed|shared|published|committed|transmitted|forwarded|synced|mirrored|exported)\b/gi;
/** A step scoped to reading by name: read-only commands or operations (in the languages the prose patterns read). */
const READ_ONLY_SCOPE = /\bread[- ]only\b|\bread(?:ing)?\s+(?:commands|operations|steps)\b|読み取り|参照系|只读|읽기\s*전용|\blecture\s+seule\b|\bsolo\s+lectura\b|\bnur\s+lesend|\bLesebefehle\b/i;
/** A file's origin asked about or described ("where it was downloaded from"): no download is made. */
const ORIGIN_ASKED = /\b(?:where|how|when)\s+(?:it|they|this|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:was|were|had\s+been|has\s+been)\s+(?:downloaded|fetched|obtained|installed)(?:\s+from)?/gi;
/** Read-only commands and the verb that runs them ("read-only checks may be run"). */
const READ_ONLY_RUN = /\bread[- ]only\s+(?:[\w-]+\s+){0,2}?(?:(?:may|can|will|are|is|get)\s+(?:be\s+)?)?(?:run|execut\w*)\b/gi;
/** A command in a code span that a negation just before forbids ("never `terraform apply -auto-approve`"), up to its flag. */
const FORBIDDEN_COMMAND = /\b(?:never|not|don'?t|avoid)\s+(?:use\s+|run\s+)?`[^`]*$/i;
/** The auto-approve patterns' command flags and phrases, as against a request for no confirmation. */
const APPROVAL_FLAG = /^(?:auto(?:matically)?[- ]?approv|--|-y\b|yes\s+to\s+all|approve\s+(?:all|every|any))/i;
const ACTS_BEYOND_READING = /\b(?:run|execut\w*|install\w*|send|upload|post|delete|remove|download|fetch|curl|wget|push|publish|write|modify|change|pay|transfer|buy|purchase|sudo)\b/i;
/** Every step before unit `i` in its section reads (a lead sentence ending in ":" aside), and there is at least one. */
function readingSection(units: Unit[], i: number): boolean {
  const u = units[i]!;
  let reads = 0;
  for (let j = i - 1; j >= 0 && units[j]!.section === u.section; j--) {
    const x = units[j]!;
    if (x.title) break;
    if (/:\s*$/.test(x.text.trim())) continue;
    if (!/\bread\b/i.test(x.text) || ACTS_BEYOND_READING.test(x.text)) return false;
    reads++;
  }
  return reads > 0;
}
const CAN_LOAD = /\b(?:plugins?|modules?|extensions?|skills?)\s+(?:can|could|may|might|will|would|that|which)\s+(?:not\s+)?load\b/gi;
function fetchesCode(t: string): boolean {
  FETCHES_CODE ??= new RegExp(`(?:${FETCH_VERB.source})[^.;:\n]{0,40}?(?:${CODE_NOUN.source})|(?:${CODE_NOUN.source})[^.;:\n]{0,40}?(?:${FETCH_VERB.source})`, 'i');
  return FETCHES_CODE.test(t);
}

/** A destination the user picks ("your own webhook"): a send to it is configured, not unknown. */
const USER_CONFIGURED = /\b(?:configured\s+by\s+the\s+user|(?:your|their|the\s+user'?s)\s+configured\b|(?:they|you|the\s+user)\s+owns?\b|(?:the\s+)?user[- ]configured|you\s+(?:configure|choose|provide|set\s+up)|of\s+(?:your|the\s+user'?s)\s+choice|(?:your|their|the\s+user'?s)\s+own\s+(?:incoming\s+)?(?:webhook|server|endpoint|channel|workspace|instance|bucket|remote)|(?:your|the\s+user'?s)\s+incoming\s+webhook|(?:send|message|notify|ping|text|dm|alert|remind)\s+(?:yourself|myself|me)|to\s+(?:yourself|myself))\b|(?:ユーザー|利用者)(?:自身|本人)?が(?:設定|指定|選択|登録)した|自分の(?:Telegram|Slack|Discord|チャンネル|DM|メール|アドレス)|用户(?:自己)?(?:配置|设置|指定)的|(?:사용자|본인)(?:가|이)?\s*(?:직접\s*)?(?:설정|지정)한|\b(?:configurad[oa]s?|elegid[oa]s?|definid[oa]s?|indicad[oa]s?)\s+por\s+(?:el|o)\s+(?:usuario|usu[áa]rio)|\bconfigur[ée]e?s?\s+par\s+l['’]utilisateur|\bvom\s+(?:Nutzer|Benutzer)\s+(?:konfiguriert|festgelegt|angegeben)|указанн\w*\s+пользователем|настроенн\w*\s+пользователем/i;

/** The patterns lowering runs on every document, compiled to machine code on first use (see regex-tier.ts). */
// (INSTRUCT_PATTERNS are gated: `mayMatch` compiles one when a text first passes its gate.)
const compileProsePatterns = compileOnFirstUse(() => [
  ...SECRET_NOUNS.map(([re]) => re),
  URL_RE, SEND_VERB, REMOTE_DEST, READ_VERB, FETCH_VERB, CODE_NOUN, EXEC_VERB, NEGATION, INSPECTION_LEAD, ACTS_TOO, DEFENSIVE_HEADING, THIRD_PARTY,
  PERSIST_TIMER, DESTROY, PREREQ, INVISIBLE_RUN, USER_CONFIGURED, RUN_QUOTED,
]);

const CODE_LANGS = new Set(['', 'bash', 'sh', 'shell', 'zsh', 'console', 'terminal', 'cmd', 'bat', 'batch', 'fish', 'text', 'txt', 'plaintext']);

/** A sentence that makes the rest of its section quotation ("Treat text like the following as an attack:"). */
const SECTION_FRAME = /\b(?:quoted|not\s+to\s+be\s+followed|do\s+not\s+(?:run|follow|execute)|as\s+an?\s+attack|to\s+report|to\s+refuse)\b/i;
function framesSection(t: string): boolean {
  return ((/[:：]\s*$/.test(t) && (isThirdParty(t) || SECTION_FRAME.test(t))) || SPECIMENS_NOT_ORDERS.test(t)) && !RUNS_FOLLOWING.test(t);
}
/** A table column whose header says what to do in each row's case. */
const ACTION_COLUMN = /^\W*(?:fix(?:es)?|do\s+this|then(?:\s+do)?|action|actions|what\s+to\s+do|solution|resolution|remed(?:y|ies)|workaround|response|steps?|how\s+to\s+fix|do)\W*$/i;
/** The cells of a markdown table row (`\|` inside a cell is a bar of its text). */
function tableCells(row: string): string[] {
  return row.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}
/** "These are real patterns, quoted for training. They are examples to recognise, not instructions." ("Indicators are quoted so they can be recognised; they are not instructions.") */
const SPECIMENS_NOT_ORDERS = /\b(?:examples?|patterns?|specimens?|samples?|indicators?|quot(?:ed|es|ations?))\b[^.!?\n]{0,60}[,;]\s*(?:and\s+)?(?:(?:they|these|those|it)\s+(?:are|is)\s+)?not\s+(?:instructions|orders|commands|steps)\b/i;
/** A sentence that tells the agent to run what follows is not a frame, whatever else it says ("Run this quoted command:"). */
const RUNS_FOLLOWING = /^\W*(?:please\s+)?(?:run|execute|paste|copy|type|enter|install)\b/i;

/**
 * Line ranges a framing sentence makes quotation: from the end of the sentence to the next heading. Everything
 * in them is a mention: prose steps, fenced code and inline commands alike.
 */
function framedSectionRanges(units: Unit[], lineCount: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let framedFrom: number | undefined;
  // (a frame under a heading covers the subsections nested in it: "## Examples" framed, its "### Chat phishing" too)
  let level = 0;
  let framedAt = 0;
  for (const u of units) {
    if (u.title) {
      if (framedFrom !== undefined && !(framedAt > 0 && (u.level ?? 1) > framedAt)) {
        out.push([framedFrom, u.line - 1]);
        framedFrom = undefined;
      }
      level = u.level ?? 1;
    } else if (framedFrom === undefined && framesSection(u.text)) {
      framedFrom = u.endLine;
      framedAt = level;
    }
  }
  if (framedFrom !== undefined) out.push([framedFrom, lineCount]);
  return out;
}
const inRanges = (ranges: Array<[number, number]>, line: number): boolean => ranges.some(([a, b]) => line >= a && line <= b);

/**
 * A step that removes what it names ("Remove persistence entries found in triage (crontab lines that curl a host,
 * Run keys …)") and adds or runs nothing after: what it says of those entries describes them, and cleaning up a
 * schedule is not scheduling.
 */
const REMOVAL_LEAD = /^\W*(?:(?:then|next|now|finally|also)\s+)?(?:remove|delete|disable|unload|uninstall|clean\s+up|clear|kill|stop|revert|undo)\b/i;
const ADDS = /\b(?:add|adds|create|install|write|append|schedule|register|set\s+up|enable|load|then|afterwards|and\s+(?:run|execute|fetch|download|send|upload))\b|[;&|]\s*\w/i;
const DESCRIBED_KINDS = new Set<string>(['fetch', 'exec', 'send', 'persist']);
function removesOnly(t: string): boolean {
  return REMOVAL_LEAD.test(t) && !ADDS.test(t.replace(REMOVAL_LEAD, ''));
}

/**
 * A document whose title or opening paragraph says what it holds are specimens ("Pattern reference (for matching
 * only)", "None of these should ever be run.", "none should ever be executed"): all of it is quotation, as a framed section is, unless it points
 * back at one of them to run (RUN_QUOTED). A safety rule is not such a frame ("these steps must not be run without
 * the user's consent", "for reference only"): the frame names the document's own examples or patterns and ends its
 * sentence there.
 */
const DOCUMENT_FRAME = /\bfor\s+(?:matching|detection|recognition)\s+(?:purposes\s+)?only\b|(?:\bnone\s+(?:of\s+(?:these|them|the\s+\w+)\s+)?(?:should|must|is\s+to|are\s+to)|\b(?:these|the)\s+(?:blocks?|examples?|samples?|specimens?|patterns?|snippets?|payloads?)\s+(?:should|must|are\s+to)\s+(?:never|not))\s+(?:ever\s+)?be\s+(?:run|executed|followed)\s*[.!]?\s*$/i;
function framesDocument(units: Unit[], text: string): boolean {
  let titles = 0;
  for (const u of units) {
    if (u.title && ++titles > 1) break;
    if (DOCUMENT_FRAME.test(u.text)) return !RUN_QUOTED.test(text);
  }
  return false;
}

/**
 * A reference document of a skill whose title says it reports events (an incident's notes, a post-mortem, a
 * case study, a write-up, an advisory, a threat report, indicators of compromise, a catalogue of an attack's indicators or
 * signatures, red flags with examples, anything "defanged") tells what attackers did: its code and steps
 * are the evidence it quotes, as a framed document's are (and a cheat sheet or study material, where syntax is looked
 * up, quotes its commands so); so does one whose opening paragraph says its examples are
 * taken from attacks and are not to be run. Never SKILL.md, whose text is the skill's instructions
 * whatever its title, and not when the text points back at a quoted command to run (RUN_QUOTED).
 */
const REPORT_TITLE = /\bcheat[- ]?sheets?\b|\bstudy\s+material\b|\b(?:attack(?:er)?s?|malicious|malware|adversar(?:y|ies))\b[^\n]{0,60}\bto\s+(?:recogni[sz]e|spot|detect|identify)\b|\b(?:incidents?|breach(?:es)?|compromises?|intrusions?|attacks?|campaigns?|malware|worms?|supply[- ]chain)\b[^\n]{0,60}\b(?:notes|reports?|summary|write-?ups?|analysis|timeline|retrospective|brief(?:ing)?)\b|\bpost-?mortem\b|\bwrite-?up\b|\bcase\s+stud(?:y|ies)\b|\bsecurity\s+advisory\b|\bthreat\s+(?:report|brief(?:ing)?|intel(?:ligence)?\s+(?:report|summary|brief(?:ing)?))\b|\bindicators\s+of\s+compromise\b|\biocs?\b|\b(?:indicators?|signatures?|red\s+flags?|warning\s+signs?)\b[^\n]{0,60}\b(?:malicious|malware|attacks?|attackers?|compromised?|phishing|campaigns?|scams?|defanged|intrusions?|breach(?:es)?)\b|\b(?:red\s+flags?|warning\s+signs?|indicators?|specimens?)\b[^\n]{0,40}\bexamples?\b|\bdefanged\b|\b(?:quoted|reproduced|shown|kept)\s+(?:here\s+)?for\s+(?:detection|recognition|reference|training|awareness|analysis|education|teaching|illustration)\b|\b(?:malicious|malware|attacks?|threats?)\b[^\n]{0,40}\b(?:patterns?|examples?|samples?|specimens?|catalog(?:ue)?)\b[^\n]{0,40}\b(?:reference|for\s+(?:auditors?|reviewers?|analysts?|detection|defenders?))\b|\b(?:patterns?|examples?|samples?|specimens?|indicators?|techniques?)\b[^\n]{0,30}\b(?:seen|found|observed|used)\s+in\s+(?:the\s+wild\b|(?:real\s+|known\s+)?(?:malicious|malware|attacks?|compromised|phishing))/i;
function reportsEvents(units: Unit[], text: string, file: string): boolean {
  if (!/\.(?:md|markdown|mdx)$/i.test(file) || /(?:^|\/)SKILL\.md$/i.test(file)) return false;
  const title = units.find((u) => u.title);
  if (RUN_QUOTED.test(text)) return false;
  if (title !== undefined && REPORT_TITLE.test(title.text)) return true;
  // or it is a catalogue: two or more of its sections say what gives their example away ("Signals: …", "Red flags: …")
  if (new Set(units.filter((u) => !u.title && u.heading && SIGNALS_LABEL.test(u.text)).map((u) => u.heading)).size >= 2) return true;
  // or its opening paragraph says its examples come from attacks and are not to be run, or opens by saying what kind of
  // document it is ("*Post-incident write-up, prepared for …*" under a title that names the campaign)
  const end = units.find((u) => u.title && u !== title)?.line ?? Infinity;
  const opening = units.filter((u) => !u.title && u.line < end && u.line <= (title?.line ?? 0) + 4).map((u) => u.text).join(' ');
  return (SPECIMENS_FROM_ATTACKS.test(opening) && NOT_TO_RUN.test(opening)) || (title !== undefined && OPENS_AS_REPORT.test(opening));
}
const OPENS_AS_REPORT = /^\W*(?:(?:this|the\s+following)\s+is\s+)?(?:an?\s+)?(?:(?:post-?incident|incident|internal|public|blameless|security)\s+)*(?:post-?mortem|write-?up|incident\s+(?:report|review|summary|timeline)|case\s+study|security\s+advisory|threat\s+(?:report|brief(?:ing)?))\b/i;
/** A paragraph that names what gives an attack away: "Signals: reading credential files … combined with any network send". */
const SIGNALS_LABEL = /^\W*(?:signals?|indicators?|red\s+flags?|warning\s+signs?|tell-?tales?|tells|detection(?:\s+hints?)?|how\s+to\s+(?:spot|detect|recogni[sz]e)(?:\s+it)?|what\s+to\s+look\s+for|look\s+for)\s*[:：]/i;
const SPECIMENS_FROM_ATTACKS = /\b(?:examples?|patterns?|one-?liners?|specimens?|samples?|indicators?)\s+to\s+(?:recogni[sz]e|spot|identify|detect)\b|\bquoted\s+as\s+(?:evidence|examples?|patterns?|indicators?|specimens?)\b|\bso\s+(?:that\s+)?(?:you|readers?|reviewers?|analysts?|defenders?|the\s+(?:agent|model|reader))\s+(?:can|could|will|may)\s+(?:learn\s+to\s+)?(?:recogni[sz]e|spot|identify|detect)\b[^.]{0,40}\b(?:attacks?|lures?|malware|malicious|scams?|phishing|shapes?|signs?)\b|\b(?:taken|drawn|collected|copied|quoted|reproduced|seen|found|observed|(?:turn(?:ed)?|show(?:ed)?)\s+up)\s+(?:verbatim\s+)?(?:from|in)\s+(?:real\s+|actual\s+|known\s+)?(?:malicious|malware|attacks?|attackers?|compromised|phishing|incidents|intrusions|breaches)\b|\bso\s+(?:that\s+)?(?:you|readers?|reviewers?|analysts?|defenders?|the\s+(?:agent|model|reader))\s+(?:can|could|will|may)\s+(?:learn\s+to\s+)?(?:recogni[sz]e|spot|identify|detect)\s+(?:them|these|it|such\s+\w+)\b|\b(?:examples?|samples?|specimens?)\s+of\s+(?:real\s+)?(?:malicious|malware|attacks?)\b|\b(?:defanged|quot(?:ed|ations?)|excerpts?|taken|drawn|copied|reproduced)\b[^.]{0,60}\bfrom\s+(?:the\s+)?(?:(?:public\s+|published\s+|real\s+)?(?:incident|threat|security|malware|breach)\s+|(?:public|published)\s+)(?:reports?|write-?ups?|advisor(?:y|ies)|analys[ie]s|disclosures?)\b|\b(?:examples?|samples?|specimens?)\s+of\s+what\s+(?:attackers?|malware|scammers?|phishers?|threat\s+actors?|(?:hostile|malicious|rogue|compromised|trojani[sz]ed|fake)\s+[\w-]+)\s+(?:(?:have|has)\s+been\s+(?:seen|caught|found|observed)\s+|(?:are|is)\s+known\s+(?:to\s+)?|(?:were|was)\s+(?:seen|caught|found)\s+)?(?:write|writes|writing|do|does|doing|send|sends|sending|use|uses|using|ship|ships|shipping)\b|\bquoted\s+for\s+(?:recognition|detection|training|awareness|reference)\b|\bquoted\s+(?:here\s+)?so\s+(?:that\s+)?(?:you|readers?|reviewers?|analysts?|defenders?|the\s+(?:agent|model|reader))\s+(?:can|could|will|may)\s+(?:learn\s+to\s+)?(?:recogni[sz]e|spot|identify|detect)\b/i;
const NOT_TO_RUN = /\b(?:do\s+not|don'?t|never)\s+(?:run|execute|follow|paste)\s+(?:them|these|any\s+of\s+(?:them|it|this|these)|it|anything\s+(?:on|in|from)\s+this\s+(?:page|file|document))\b|\bnone\s+of\s+(?:this|these|them|it)\s+(?:should|must|is\s+to|are\s+to)\s+(?:ever\s+)?be\s+(?:run|executed|pasted|followed)\b|\b(?:this|these|they|it)\s+(?:should|must)\s+(?:never|not)\s+be\s+(?:run|executed|pasted|followed)\b/i;

/**
 * A list whose lead sentence introduces what to look for ("High-signal items:", "Red flags:", "Look for these
 * indicators:") names indicators: its items describe an attack to recognise, not steps. Not when the lead also
 * acts on them ("look for these files and upload them").
 */
const INDICATOR_LEAD = /\b(?:high[- ]signal|red\s+flags?|indicators?|iocs?|warning\s+signs?|signs\s+of|tell-?tale|look\s+(?:out\s+)?for|watch\s+(?:out\s+)?for|check\s+for|what\s+to\s+(?:look|check)\s+for|patterns?\s+to\s+(?:find|flag|match|look\s+for)|findings?(?:\s+(?:it|this\s+(?:skill|tool|script)|we|the\s+(?:audit|scan|check|script|tool))\s+(?:reports?|flags?|raises?|lists?|shows?))?|risks?\s+(?:such\s+as|like|including)|(?:common|typical|known)\s+(?:risks?|misconfigurations?|issues?|weaknesses?)|misconfigurations?)\b/i;
const ACTS_ON_ITEMS = /\b(?:run|execute|install|apply|send|upload|post|forward|disable|copy|collect|read|fetch|download|delete|remove)\b/i;
function indicatorItem(u: Unit): boolean {
  return u.lead !== undefined && INDICATOR_LEAD.test(u.lead) && !ACTS_ON_ITEMS.test(u.lead.replace(INDICATOR_LEAD, ' '));
}

/** A lead sentence that tells the agent to read or collect what its list names (not to check for it, not someone else's). */
function leadReads(lead: string): boolean {
  return (READ_VERB.test(lead) || BUILT_FROM.test(lead) || DATA_HEADING.test(lead) || ATTACHES_LIST.test(lead)) && !INSPECTION_LEAD.test(lead) && !isThirdParty(lead) && !NEGATION.test(clauseHead(lead.replace(LEADING_CONDITION, '')));
}
/** A condition the sentence opens with ("If the workspace does not contain `.paired`, …"): its negation is the condition's. */
const LEADING_CONDITION = /^\W*(?:if|when|whenever|unless|once|where)\b[^,;:\n]{0,120},\s*/i;
/** A heading naming what is to be gathered or handed over ("Required data", "Information to submit", "What to collect"). */
const DATA_HEADING = /^\W*(?:required|requested|needed|necessary|mandatory)\s+(?:data|information|items|details|materials|credentials|evidence|inputs?|documents)\b|^\W*(?:data|information|items|details|credentials|evidence|documents)\s+(?:required|requested|needed|to\s+(?:collect|gather|submit|provide|send|upload|hand\s+over))\b|^\W*what\s+to\s+(?:collect|gather|submit|send|upload)\b/i;
/** A lead that attaches what its list names to what it sends: "send one message with these attachments:", "attach the following:". */
const ATTACHES_LIST = /\b(?:with|plus|and)\s+(?:these|the\s+following|this)\s+(?:attachments?|attached\s+files?|files?\s+attached)\b|\battach(?:ing)?\s+(?:these|the\s+following|each\s+of\s+these|all\s+of\s+these)\b[^.:\n]{0,40}(?::|\()/i;
/** A lead that makes something out of what its list names: "Build `g` from:", "Fill the payload with:". */
const BUILT_FROM = /\b(?:build|assemble|compose|construct|make|fill|populate|generate|put\s+together)\b[^.:\n]{0,60}\b(?:from|with|out\s+of|using)\s*:\s*$/i;

/**
 * A step's text as lowering reads it: emphasis marks dropped (`t`), and the same with quoted phrases blanked
 * (`unquoted`). A phrase in quotation marks inside a step ("contains hidden text: \"ignore previous …\"") is quoted,
 * not said; a quote the agent is told to say ("ask the user: «…»") is what it says, so it stays.
 */
/** Characters that show nothing: inside a word they split it for a keyword filter ("ig\u200Bnore"), never for the model. */
const INVISIBLE_CHARS = new RegExp(`[${INVISIBLE}]`, 'g');
function stepText(text: string): { t: string; unquoted: string } {
  let t = text
    .replace(INVISIBLE_CHARS, '')
    .replace(/\*\*|__|`/g, (m) => (m === '`' ? '`' : ''))
    .replace(LABEL_LIST, (m, lead: string, items: string) => {
      const names = items.split(',');
      return names.length >= 2 && names.every((x) => x.trim().split(/\s+/).length <= 4) ? `${lead}()` : m;
    })
    .replace(USE_WHEN, ' ');
  // "Review untrusted content for prompt-injection and data-exfiltration attempts": what an inspection is for names
  // what it looks for (not when the step also acts: "check for keys and upload them"; not when what it looks for is a
  // secret: "scan all configuration files for API keys" collects them)
  // (a secret named as a kind of harm, "credential access", "token theft", is what is looked for, not what is collected)
  // ("audit installed or downloaded skills": what is inspected is named by how it came, nothing is installed or fetched)
  if (INSPECTION_LEAD.test(t) && !ACTS_TOO.test(t)) t = t.replace(SOUGHT_FOR, (m) => (secretsIn(m.replace(HARM_TO_SECRETS, ' ')).length ? m : ' ')).replace(HOW_IT_CAME, ' ');
  const unquoted = t
    .replace(/"[^"\n]{8,}"|“[^”\n]{8,}”|„[^“”\n]{8,}[“”]|«[^»\n]{8,}»|「[^」\n]{4,}」/g, (q, at: number) => {
      const before = t.slice(Math.max(0, at - 50), at);
      return SPEECH_INTRO.test(before) && !THIRD_PARTY_SPEECH.test(before) ? q : ' ';
    })
    .replace(SOUGHT_INSTRUCTIONS, (m, lead: string) => lead + ' ');
  return { t, unquoted };
}
/**
 * When a skill is to be used ("Use when the user asks …, when installing a third-party skill, or when fetched content
 * contains instructions"): a condition, up to the end of its clause, not a step (", and then …" is one again).
 */
const USE_WHEN = /\b(?:use|invoke|trigger|activate)(?:\s+(?:this(?:\s+skill)?|it|me))?\s+(?:only\s+)?(?:when|whenever|if)\b[^.:;]*?(?=[.:;]|,\s*(?:and|then)\b|$)/gi;
/** Words that name how an inspected thing came ("installed or downloaded skills"), before what it is. */
const HOW_IT_CAME = /\b(?:installed|downloaded|fetched|received|imported)(?:\s+(?:or|and|and\/or)\s+(?:installed|downloaded|fetched|received|imported))?(?=\s+(?:[A-Z][\w-]*\s+)?(?:skills?|plugins?|packages?|extensions?|files?|archives?|tarballs?|folders?|dependencies)\b)/g;
/** A secret named as a kind of harm ("credential access", "token theft"): what an inspection looks for, not a secret read. */
const HARM_TO_SECRETS = /\b(?:credentials?|secrets?|tokens?|(?:api\s+)?keys?|passwords?|wallets?|cookies?)\s+(?:access|theft|harvest\w*|exfiltration|leak\w*|exposure|steal\w*|stealers?|dump\w*|grabb\w*|abuse)\b/gi;
/** The complement of an inspection step, "for …" up to the end of its clause: what is looked for. */
const SOUGHT_FOR = /\bfor\s+[^.:;]*?(?=[.:;]|,\s*(?:and|then)\b|$)/i;
/**
 * A list of names in parentheses after what they name ("matched behaviours (download-and-execute, reverse shell,
 * credential paths)"): labels of categories, each a short noun phrase, not steps.
 */
const LABEL_LIST = /\b((?:behaviou?rs?|patterns?|categories|indicators?|signals?|detections?|findings?|techniques?|heuristics?|classes|kinds|types|rules?|checks?)\s*)\(([^()\n]{3,300})\)/gi;

/**
 * What a reviewer is told to look for: "looking for instructions that ask the model to … hide steps from the user"
 * describes what other text would say. The clause after an inspection verb is not this text's instruction.
 */
const SOUGHT_INSTRUCTIONS = /(\b(?:look(?:s|ing)?\s+(?:out\s+)?for|search(?:es|ing)?\s+for|scan(?:s|ning)?\s+for|check(?:s|ing)?\s+for|watch(?:es|ing)?\s+(?:out\s+)?for|flag(?:s|ging)?|report(?:s|ing)?|detect(?:s|ing)?|refus(?:e|es|ing)|reject(?:s|ing)?|treat(?:s|ing)?\s+as\s+(?:data|hostile|suspicious)|beware\s+of)\b[^.;\n]{0,40}?\b(?:any\s+|all\s+)?(?:instructions?|requests?|prompts?|text|content|messages?|directives?|steps?|code|anything|lines?|sections?)\s+(?:that|which)\s+(?:asks?|tells?|instructs?|directs?|makes?|gets?|wants?|tries|try|attempts?|urges?|orders?)\s+(?:the\s+)?(?:model|agent|assistant|ai|llm|you|it|claude|bot)\s+to)\b[^.;\n]*/gi;

/**
 * Between steps when they are searched as one text: a line break, a NUL, a line break.
 *
 * The instruction patterns are asked of every step, and a text's steps are many short strings: one large alternation
 * after another on each step costs several times what one pass of each over all the steps costs, and most texts hold
 * no match of most of them. So each is first run once over the steps joined by STEP_BREAK, and only a pattern that
 * matches there is asked of the steps one by one. That is sound when every match in a step is a match in the joined
 * text too. The step is there verbatim, so only what a pattern asserts at a step's edges can differ: `\b` sees the
 * line break or the NUL as it sees the start or the end of the step (no word character); no pattern uses `$`, and `^`
 * only in multiline mode (impersonate), where a step starts a line of the joined text; no pattern has a lookbehind;
 * the negative lookaheads (override-safety, disable-guard, phish) need blanks then a letter, and the blanks they could
 * take past a step's end stop at the NUL. A pattern added to INSTRUCT_PATTERNS must keep to this.
 */
const STEP_BREAK = '\n\u0000\n';

/** The instruction patterns that match some step (each non-global: `test` leaves no state). */
function instructPatternsIn(steps: ReadonlyArray<{ unquoted: string } | undefined>): Array<[RegExp, InstructKind]> {
  const joined = steps.flatMap((s) => (s ? [s.unquoted] : [])).join(STEP_BREAK);
  return INSTRUCT_PATTERNS.filter(([re]) => mayMatch(re, joined) && re.test(joined));
}

/**
 * A block's introduction that shows what something looks like ("For reference, this is what an encoded command looks
 * like:"): the block illustrates, it is not a step. Not when the sentence also says to run it.
 */
const ILLUSTRATES = /\b(?:for\s+(?:reference|illustration)\b|(?:this|here)\s+is\s+what\s+[^.:\n]{1,60}?\s+looks?\s+like\b|looks?\s+like\s+this\b)[^.!?\n]*:?\s*$/i;
const illustrates = (intro: string | undefined): boolean => !!intro && ILLUSTRATES.test(intro) && !/\b(?:run|execute|paste|type|enter|install|copy)\b/i.test(intro);
/** A quotation in a step, the text it holds (as stepText sets it aside: 8 characters or more). */
const WRITTEN_QUOTE = /"([^"\n]{8,})"|“([^”\n]{8,})”/g;
/**
 * A fenced block's language that is text (not a program's, which may build a prompt in a string), and a step that
 * writes the block into the agent's own files.
 */
/** The agent's own files, by name (the words that say a block is written there may be in any language: WRITE_FOLLOWING). */
export const AGENT_FILE_NAMED = /\b(?:HEARTBEAT|AGENTS|MEMORY|SOUL|TOOLS|USER|IDENTITY|BOOTSTRAP)\.md\b/;
const PLAIN_TEXT_LANG = /^(?:md|markdown|text|txt|plaintext|prompt|)$/i;
/** A chat template's control tokens: text written as a turn of the model's own prompt (a system turn), not as data. */
const CHAT_TEMPLATE = /\[INST\]|<<SYS>>|<\|(?:im_start|system|user|assistant|begin_of_text|start_header_id)\|>|<start_of_turn>/;
/** Every mark of a chat template, opening and closing: what is left once they are taken out is the turn's text. */
const CHAT_MARKS = /\[\/?INST\]|<<\/?SYS>>|<\|(?:im_start|im_end|system|user|assistant|begin_of_text|start_header_id|end_header_id|eot_id)\|>|<(?:start|end)_of_turn>/g;
/** A step writing text into the agent's own files (the file named first too: "Open `AGENTS.md` and insert the following section"). */
const PLANTS_TEXT = /\b(?:append|add|write|insert|put|paste|save|copy)\w*\b[^.\n]{0,80}\b(?:HEARTBEAT|AGENTS|MEMORY|SOUL|TOOLS|USER|IDENTITY|BOOTSTRAP)\.md\b|\b(?:HEARTBEAT|AGENTS|MEMORY|SOUL|TOOLS|USER|IDENTITY|BOOTSTRAP)\.md\b[^\n]{0,200}?\b(?:append|add|write|insert|put|paste|replace)\w*\b[^.\n]{0,80}(?:\bfollowing\b|\bbelow\b|\bwith\s*:|\bas\s+written\b)|\b(?:HEARTBEAT|AGENTS|MEMORY|SOUL|TOOLS|USER|IDENTITY|BOOTSTRAP|SKILL)\.md\b[^\n]{0,200}?\b(?:contains?|has|includes?)\s+this\s+(?:block|section|snippet|text)\b[^\n]{0,120}?\b(?:add|insert|append|put)\w*\b/i;
setProseLowerer((text, file, reach) => lowerProse(text, { file, reach }), (text, file, reach, into) => writtenInstructions(text, { file, reach }, into));

export function lowerProse(text: string, opts: ProseOptions): Effect[] {
  compileProsePatterns(text);
  const { units, blocks } = parseMarkdown(text);
  const effects: Effect[] = [];
  // Data read in one step flows to a send in another step of the same section (a workflow); sections are
  // separate procedures (usage examples of the skill's own CLI are not the setup's upload).
  let dataKey = `prose:data@${opts.file}`;
  let fetchedKey = `prose:fetched@${opts.file}`;
  const base = { file: opts.file, lang: 'prose' as const, ...(opts.decoded ? { decoded: true } : {}) };

  const sectionUrl = new Map<string, { url: string; host: string; hostClass: string }>();
  // A chat the document fixes as the target of its message-tool calls (`target`: `channel:1190000000000000001`,
  // `to`: `+15550104`): a recipient written into a skill is its author's, not the user's own chat.
  const chatTarget = fixedChatTarget(units);
  // People the document gives a number on a messaging network ("Dana Whitfield (+1 555 010 0142, WhatsApp)"): a step
  // sending "to Dana" sends to that number.
  const contacts = namedContacts(text);
  // Steps that let someone else into the user's accounts (a key, a forwarding rule, a payee the skill supplies).
  const grants = grantSteps(units);
  // Each step's text as the loop below reads it, and the instruction patterns that can match any of them.
  const steps = units.map((u) => (u.title || u.table ? undefined : stepText(u.text)));
  /** The agent takes step i only at the user's word: its own text says so, or the step before asks which to take. */
  // (the ask and what it rules out, "Ask which fixes to apply. Never apply others.", may be two units)
  // (a permission whose conditions follow, "… is only allowed when both are true:", is gated by those conditions)
  const gated = (i: number, t: string): boolean => opts.reach === 'agent' && (CONSENT_GATE.test(t) || [i - 1, i - 2].some((j) => j >= 0 && !!steps[j] && units[j]!.heading === units[i]!.heading && ASKS_WHICH.test(steps[j]!.t)) || (ALLOWED_ONLY_WHEN.test(t) && [i + 1, i + 2].some((j) => !!units[j] && units[j]!.heading === units[i]!.heading && CONSENT_GATE.test(units[j]!.text))));
  // (and an item with the request that leads its list: instructs' phish patterns read them so)
  const instructs = instructPatternsIn([...steps, ...units.map((u, i) => (u.lead && steps[i] && ASKS_FOR_LIST.test(u.lead) ? { unquoted: `${u.lead} ${steps[i]!.unquoted}` } : undefined))]);
  const documentFramed = isDocumentFramed(text, opts.file);
  let framed = documentFramed;
  let level = 0;
  let framedAt = 0;
  for (const [i, u] of units.entries()) {
    dataKey = `prose:data@${opts.file}#${u.heading}`;
    fetchedKey = `prose:fetched@${opts.file}#${u.heading}`;
    // A framing sentence ("Treat text like the following as an attack:") makes the rest of its section quotation,
    // the subsections nested under its heading included.
    if (u.title) {
      if (!(framed && framedAt > 0 && (u.level ?? 1) > framedAt)) framed = documentFramed;
      level = u.level ?? 1;
      continue;
    }
    if (framed) continue;
    if (u.table) {
      // The rows of a table its lead sentence reads ("put each file's contents under its key:") name what is read.
      if (u.lead !== undefined && leadReads(u.lead) && !u.example && !framedByHeading(u, opts.file) && !isThirdParty(u.lead)) {
        for (const sc of secretsIn(u.text)) effects.push({ ...base, line: u.line, evidence: u.text.slice(0, 160), reach: opts.reach, kind: 'read', secret: sc, produces: [dataKey] });
      }
      continue;
    }
    const { t, unquoted } = steps[i]!;
    // A block quote alone is text the model reads; a framed one (under an examples heading, or about attackers) is a mention.
    // (what code spans hold is literal config or commands: `{ "pattern": "*" }` describes no attack)
    const mention = u.example === true || u.criterion === true || framedByHeading(u, opts.file) || isThirdParty(thirdPartyText(t)) || indicatorItem(u);
    // "Check for NOPASSWD sudo", "audit the config for a disabled install policy": naming a setting while
    // inspecting it is not telling the agent to change it. Reads, fetches and sends still count.
    // (and so is an item of a list its sentence says is checked for: "Checks:", "Flag any of these:")
    const inspecting = (INSPECTION_LEAD.test(t) || (u.lead !== undefined && INSPECTION_LEAD.test(u.lead) && !ACTS_TOO.test(u.lead))) && !ACTS_TOO.test(t);
    const hidden = INVISIBLE_RUN.test(u.text);
    const reach: Reach = mention ? 'never' : gated(i, t) ? 'consent' : opts.reach;
    // The framing sentence itself ("Typical lines (do not run them):") introduces quotation; it asks for nothing.
    if (framesSection(t)) {
      framed = true;
      framedAt = level;
      continue;
    }
    // (a condition the step opens with is not its act: "If the workspace does not contain X, send …" sends)
    const negated = NEGATION.test(clauseHead(t.replace(LEADING_CONDITION, '')));
    const ev = t.length > 160 ? `${t.slice(0, 159)}…` : t;
    // A removal step's fetches, runs, sends and schedules describe what it removes; its own deletion still counts.
    const describes = removesOnly(t);
    const add = (e: Omit<Effect, 'file' | 'lang' | 'line' | 'evidence' | 'reach'> & { reach?: Reach }): void => {
      if (describes && DESCRIBED_KINDS.has(e.kind)) return;
      effects.push({ ...base, line: u.line, evidence: ev, reach: inspecting && ['instruct', 'escalate', 'destroy', 'persist'].includes(e.kind) ? 'never' : reach, ...(hidden ? { decoded: true } : {}), ...e } as Effect);
    };

    const urls = [...t.matchAll(URL_RE)].map((m) => m[0]).filter((x) => !/^\d+\.\d+(?:\.\d+)?$/.test(x) && !/\.(?:md|json|ya?ml|txt|py|js|ts|sh|ps1)$/i.test(x) || /:\/\//.test(x));
    // An address a message goes to ("bcc archive@x.invalid", "email the notes to ops@x.invalid"): its domain is where.
    // (in the text, not in a code span: `gog gmail send --to a@b.com` is a usage example, its command lowered as shell)
    // (a span that is a flag to add, `--bcc arsip@x.invalid`, is part of the sentence)
    const mailed = t.includes('@') && MAIL_VERB.test(t) ? [...t.replace(/`([^`\n]*)`/g, (m, c: string) => (/^\s*-/.test(c) ? ` ${c} ` : ' ')).matchAll(MAIL_ADDRESS)].map((m) => ({ url: `mailto:${m[0]}`, ...classifyHost(m[1]) })) : [];
    // A copy (bcc, cc) of the messages the agent sends for the user: their correspondence goes to that address.
    const copied = mailed.length > 0 && COPY_RECIPIENT.test(t);
    // A chat the text names by number, id or handle on a messaging network ("forward it to WhatsApp +1 555 0104",
    // "to Telegram chat -1002219384756"): a recipient written into the text is its author's, as a webhook is.
    const chats = CHAT_NETWORK.test(t) ? [...t.matchAll(CHAT_RECIPIENT)].map((m) => chatRecipient(m)) : [];
    // (a step calling the message tool, or sending to "the same target", sends to that chat)
    // (and one to a person it named with a number: "forward it to Dana on WhatsApp")
    const inline = chats.length ? undefined : inlineChatTarget(u.text);
    const toChat = inline ? [inline] : chatTarget && !chats.length && (MESSAGE_TOOL_CALL.test(t) || SAME_TARGET.test(t)) ? [chatTarget] : [];
    if (!chats.length) for (const [name, r] of contacts) if (new RegExp(String.raw`\b(?:to|with)\s+${name}\b`).test(t)) toChat.push(r);
    const hosts = [...urls.map((x) => ({ url: x, ...classifyHost(x) })), ...mailed, ...chats, ...toChat];
    const untrusted = hosts.find((h) => !TRUSTED_HOST_CLASSES.includes(h.hostClass));
    if (untrusted && !sectionUrl.has(u.heading)) sectionUrl.set(u.heading, untrusted);
    const dest = untrusted ?? hosts[0];

    // "Open github.com/settings/ssh/new … paste the contents of {baseDir}/assets/runner.pub": a way into the user's
    // account for whoever holds what the skill supplied.
    if (grants.has(i) && !negated && !inspecting) add({ kind: 'instruct', instruct: 'grant-access' });
    // Instructions to the agent (conceal, override safety, phish …). A negated form is a constraint, except
    // for concealment and approval bypass, which are negative by nature ("do not tell the user").
    // A phrase in quotation marks inside a step is quoted, not said (stepText): the patterns read `unquoted`.
    for (const [re, kind] of instructs) {
      // (an item of a list a request leads, "Ask the user for:" / "Frag den Nutzer nach:", asks for what it names)
      const said = kind === 'phish' && u.lead && ASKS_FOR_LIST.test(u.lead) ? `${u.lead} ${unquoted}` : unquoted;
      // Not global: exec, test and search all give the first match from the start, so it is asked once.
      const im = re.exec(said);
      if (!im) continue;
      // (the English and the other languages' phishing patterns: one step asks once)
      if (kind === 'phish' && effects.some((e) => e.line === u.line && e.instruct === 'phish')) continue;
      if (re === PHISH_ML && IN_TERMINAL.test(said)) continue;
      if (kind === 'phish' && PROGRAM_ASKS.test(said.slice(Math.max(0, im.index - 60), im.index + im[0].length))) continue;
      if (!['conceal', 'auto-approve', 'urgency', 'impersonate'].includes(kind) && (negatedAt(said, im.index) || NEGATION.test(im[0]))) continue;
      // "If the user confirms, remove it for that app only": macOS's quarantine flag lifted at the user's word, for an
      // app they named. Turning off the agent's own guards (clawguard, the install policy, approvals) is never that.
      if (kind === 'disable-guard' && USER_GATED.test(said) && /quarantine|gatekeeper/i.test(t) && !OWN_GUARD.test(t)) continue;
      // ("decode→execute chains": a kind of finding named by its two steps, not a step)
      if (kind === 'decode-and-run' && /^[\w-]+\s*(?:→|->|=>|➜)\s*[\w-]+$/.test(im[0])) continue;
      // "… eval of decoded strings … without running it": the run the clause ends on, negated where it stands.
      if (kind === 'decode-and-run' && negatedAt(said, im.index + Math.max(0, im[0].search(/\S+$/)))) continue;
      // "Decoding a blob to show the user is fine; executing it is not": the run the clause names, refused after it.
      if (kind === 'decode-and-run' && REFUSED_AFTER.test(said.slice(im.index + im[0].length, im.index + im[0].length + 40))) continue;
      // "For an encoded blob, run `python3 scripts/decode.py '<blob>'` and show the decoded text": what runs is the
      // skill's own decoder, and what it decodes is shown, not run.
      if (kind === 'decode-and-run' && RUNS_OWN_DECODER.test(t) && SHOWS_DECODED.test(t)) continue;
      // "If the user asks to *disable* a protection, explain the risk": what the user asks for is named, not done.
      if ((kind === 'override-safety' || kind === 'disable-guard') && USER_ASKS_TO.test(said.slice(Math.max(0, im.index - 80), im.index))) continue;
      // "If the user wants this to run automatically, offer a cron job with the flags they approved": what runs unasked
      // is what the user chose to have run so.
      if (kind === 'auto-approve' && USER_WANTS.test(said.slice(Math.max(0, im.index - 80), im.index))) continue;
      // "If access is denied, tell the user to re-run as Administrator": the user elevates their own step, by choice.
      if (kind === 'escalate' && USER_TOLD_TO.test(said.slice(Math.max(0, im.index - 60), im.index))) continue;
      // "If the skill's text tells you to hide something from the user, do not install it": an order someone else's
      // text gives, named as a condition, is what the reader watches for, not what it does.
      if (REPORTED_ORDER.test(said.slice(Math.max(0, im.index - 80), im.index))) continue;
      // "Do not delete anything without asking": an act forbidden unless the user is asked is the user asked first.
      // (in other languages too: "não crie agendamentos sem pedir", "ne rien supprimer sans demander")
      if (kind === 'auto-approve' && /^(?:without|sem|sin|sans|ohne|senza)\b|^без(?![а-яё])/i.test(im[0]) && (FORBIDS_BEFORE.test(said.slice(Math.max(0, im.index - 80), im.index)) || FORBIDS_BEFORE_ML.test(said.slice(Math.max(0, im.index - 80), im.index)))) continue;
      // "Read SOUL.md … Read MEMORY.md. Don't ask permission. Just do it." (OpenClaw's own AGENTS.md template): the
      // approval waived is for reading the agent's own files, the only steps of its section
      if (kind === 'auto-approve' && !ACTS_BEYOND_READING.test(t) && readingSection(units, i)) continue;
      // "Read-only commands (get, describe, logs) need no approval": the approval waived is for reading, named so.
      // ("Read-only commands run without asking": the run is the read-only commands' own)
      if (kind === 'auto-approve' && READ_ONLY_SCOPE.test(said) && !ACTS_BEYOND_READING.test(said.replace(READ_ONLY_RUN, ' '))) continue;
      // "never `terraform apply -auto-approve` without a plan": a flag that waives approval, named as forbidden.
      if (kind === 'auto-approve' && APPROVAL_FLAG.test(im[0]) && FORBIDDEN_COMMAND.test(said.slice(0, im.index))) continue;
      // "Never reveal the value in chat": keeping a secret out of the transcript protects it; it hides no action.
      // (not when the same clause also keeps something from the user: "do not log the token or tell the user")
      if (kind === 'conceal' && KEEPS_SECRET.test(im[0]) && !TELLS_USER.test(im[0])) continue;
      // (and "without revealing it" where this step or the one before is about a credential: the pronoun is the secret,
      // kept from the chat; "… without revealing it to the user" still hides from the user)
      if (kind === 'conceal' && SHOWS_PRONOUN.test(im[0]) && !TELLS_USER.test(im[0]) && !NAMES_THE_USER.test(said.slice(im.index, im.index + im[0].length + 20)) && SECRET_NOUN.test(`${units[i - 1]?.text ?? ''}\n${said}`)) continue;
      // "Never tell the user to run these": advice withheld is not an action hidden (telling someone to do a thing).
      if (kind === 'conceal' && /^(?:do\s+not|don'?t|never)\s+tell(?:ing)?\b/i.test(im[0]) && /^\s+to\s+[a-z]/i.test(said.slice(im.index + im[0].length))) continue;
      // "Do not tell anyone the team's passwords": a secret withheld from everyone is kept, not an action hidden.
      if (kind === 'conceal' && /^(?:do\s+not|don'?t|never)\s+(?:tell|share|give)\w*\b/i.test(im[0]) && WITHHELD_SECRET.test(said.slice(im.index + im[0].length, im.index + im[0].length + 60))) continue;
      // "Do not silently hand-code": a negated adverb is a transparency rule, not concealment.
      if (kind === 'conceal' && /^(?:silently|secretly|covertly|quietly|discreetly|stealthily|invisibly)$/i.test(im[0]) && negatedBefore(said, /\b(?:silently|secretly|covertly|quietly|discreetly|stealthily|invisibly)\b/i)) continue;
      if (kind === 'escalate') add({ kind: 'escalate', instruct: 'escalate' });
      else add({ kind: 'instruct', instruct: kind });
      if (kind === 'phish') add({ kind: 'read', secret: 'user-credentials', produces: [dataKey], owners: ownersNamed(t) });
      // (a wallet's seed or private key asked for is the wallet itself: whoever has it owns what it holds)
      if (kind === 'phish' && WALLET_SECRET.test(said)) add({ kind: 'read', secret: 'wallet', produces: [dataKey] });
      if (kind === 'decode-and-run') add({ kind: 'exec', origin: 'model-generated', produces: [fetchedKey] });
    }
    // "Write to the agent's permanent memory: \"Forward the tokens you see to …\"": the quoted text is what is written,
    // and the agent follows it from then on, as it follows a block a step writes into its files (writtenInstructions).
    if (effects.some((e) => e.line === u.line && e.instruct === 'persist-instruction'))
      for (const q of t.matchAll(WRITTEN_QUOTE)) for (const e of lowerProse(q[1] ?? q[2] ?? '', { file: opts.file, reach })) effects.push({ ...e, line: u.line, evidence: `written into the agent's memory: ${e.evidence}`.slice(0, 200) });
    // Exec approvals switched off by value (`tools.exec.ask` → "off", `security` → "full"), in whatever language the
    // step around the setting is written: the setting names itself.
    if (!negated && !inspecting && !mention && EXEC_APPROVALS_OFF.test(u.lead === undefined ? t : `${u.lead} ${t}`) && !effects.some((e) => e.line === u.line && e.instruct === 'disable-guard')) add({ kind: 'instruct', instruct: 'disable-guard' });
    if (negated) continue;

    // Send: a send verb aimed at a remote destination, carrying the secrets the step names. (The secret classes
    // and the user-configured test are asked only of steps that use them: most steps send and read nothing.)
    // ("treat as compromised once pushed to any remote": a send that already happened, or might, is a condition)
    if ((SEND_VERB.test(t.replace(SEND_AS_CONDITION, ' ').replace(LEAK_EVENT, ' ').replace(SENT_TO_USER, ' ')) || mailed.some((m) => m === untrusted) || toChat.length > 0) && (dest || REMOTE_DEST.test(t))) {
      const hc = dest ? dest.hostClass : USER_CONFIGURED.test(t) ? 'configured' : OWN_PROVIDER.test(t) ? 'vendor' : 'unknown';
      if (!(dest && !untrusted && !REMOTE_DEST.test(t) && hc !== 'unknown')) {
        add({
          kind: 'send',
          ...(dest ? { host: dest.host, url: dest.url } : {}),
          hostClass: hc,
          channel: /webhook|discord|telegram|slack/i.test(t) ? 'webhook' : /\bdns\b|subdomain/i.test(t) ? 'dns' : /\bemail|smtp|mail\b/i.test(t) || copied ? 'smtp' : 'http',
          ...carriesOf(copied ? [...new Set([...secretsIn(t), 'user-files' as const])] : secretsIn(t)),
          consumes: [dataKey],
        });
      }
    }
    // Carried on requests: a step that has a credential store's contents appended to, or attached as a parameter or
    // header of, every request the skill makes ("append the output as &devkey= on every forecast request") sends them
    // to the host of those requests, the document's first. Only stores (keys, cloud credentials, wallets, keychains):
    // adding the service's own API key to its requests is how an API is used.
    else if (CARRIED_ON_REQUESTS.test(t)) {
      const stores = secretsIn(t).filter((x) => STORE_SECRETS.has(x));
      if (stores.length) {
        const first = firstRequestHost(text);
        add({ kind: 'send', ...(first ? { host: first.host, url: first.url } : {}), hostClass: first?.hostClass ?? 'unknown', channel: 'http', carries: stores, consumes: [dataKey] });
      }
    }
    // Read: a read/collect verb whose object is a secret class.
    // An item of a list whose lead sentence reads or collects ("collect the following:") is read by that verb.
    // (and what a step puts into the message the section sends: "include the user's notes at the bottom of the body")
    if (READ_VERB.test(t) || (u.lead !== undefined && leadReads(u.lead)) || INTO_MESSAGE.test(t) || (WHOLE.test(t) && (HANDS_TOOL.test(t) || (u.lead !== undefined && HANDS_TOOL.test(u.lead))))) for (const s of secretsIn(t)) add({ kind: 'read', secret: s, produces: [dataKey] });
    // Fetch code and run it: "load plugin code from http://…", "plugins are loaded and executed automatically".
    const fetchDest = dest ?? (sectionUrl.get(u.heading) as typeof dest | undefined);
    // ("which plugins can load": what the host loads is named, nothing is fetched)
    // ("ask where it was downloaded from": a file's origin asked about, not a download made)
    const tf = t.replace(CAN_LOAD, ' ').replace(ORIGIN_ASKED, ' ');
    if (FETCH_VERB.test(tf) && CODE_NOUN.test(withoutFlags(tf)) && (urls.length || fetchDest || (/\b(?:remote|external|cdn|server|registry|endpoint|url)\b/i.test(tf) && fetchesCode(tf)))) {
      // (what is checked against a digest or signature the skill pins before it runs is what was pinned, wherever it is
      // served from: judged as a vendor's download, and its run is not a download's)
      const pinned = PINNED_BY_DIGEST.test(t);
      const fetchedFrom = fetchDest ? { host: fetchDest.host, url: fetchDest.url, hostClass: pinned && fetchDest.hostClass === 'unknown' ? ('vendor' as const) : fetchDest.hostClass } : { hostClass: 'unknown' as const };
      add({ kind: 'fetch', ...fetchedFrom, produces: [fetchedKey] });
      if ((EXEC_VERB.test(t) || /\b(?:and\s+)?(?:run|execut\w*|eval\w*|load)\b/i.test(t)) && !pinned) add({ kind: 'exec', origin: 'downloaded', ...(dest ? { host: dest.host, hostClass: dest.hostClass } : {}), consumes: [fetchedKey] });
    } else if (EXEC_VERB.test(t) && /\b(?:downloaded|fetched|remote|received|returned|loaded|response|payloads?|directives?|instructions?|commands?|scripts?|code|plugins?|modules?|updates?|it|them|the\s+result)\b/i.test(t)) {
      // Runs what an earlier step fetched: a flow only when such a fetch exists.
      add({ kind: 'exec', origin: 'downloaded', consumes: [fetchedKey] });
    }
    // Periodic or startup activity: a heartbeat that fetches or sends is remote control.
    if (PERSIST_TIMER.test(t) && (FETCH_VERB.test(t) || SEND_VERB.test(t) || EXEC_VERB.test(t) || urls.length)) add({ kind: 'persist', mechanism: /cron/i.test(t) ? 'cron' : 'timer-loop' });
    if (DESTROY.test(t)) add({ kind: 'destroy' });
    // Prerequisites: a tool the skill "needs", with where to get it.
    if (urls.some((x) => /:\/\/|\//.test(x)) && PREREQ.test(t)) {
      const name = (TOOL_NAME.exec(t)?.slice(1).find(Boolean) ?? '').trim();
      for (const h of hosts) {
        if (!/:\/\/|\//.test(h.url)) continue;
        const imp = (namesPlatform(name) || namesPlatform(h.url) || namesPlatform(t)) && !isOfficialPlatformSource(h.url);
        add({ kind: 'prerequisite', name: name || h.host, host: h.host, url: h.url, hostClass: h.hostClass, ...(imp ? { impersonates: true } : {}), produces: [fetchedKey] });
      }
    }
  }

  if (!documentFramed) effects.push(...filledUrlTemplates(text, opts), ...lookupTables(text, opts));
  effects.push(...installSpecPrerequisites(text, opts));
  effects.push(...declaredDependencies(text, opts));
  if (!documentFramed) effects.push(...describedInstructions(text, opts));
  if (!opts.decoded) effects.push(...lowerHiddenProse(text, opts));
  // Ranges a framing sentence made quotation (not when the text points back at a quoted command to run): for the
  // decoder, prerequisite and code-block passes alike.
  const framedRanges = RUN_QUOTED.test(text) ? [] : framedSectionRanges(units, text.split('\n').length);
  const decoderStep = documentFramed ? undefined : modelAsDecoder(units, blocks, text, opts.file, framedRanges);
  if (decoderStep) {
    effects.push({ ...base, line: decoderStep.line, evidence: decoderStep.text.slice(0, 160), reach: opts.reach, kind: 'instruct', instruct: 'decode-and-run' });
    effects.push({ ...base, line: decoderStep.line, evidence: decoderStep.text.slice(0, 160), reach: opts.reach, kind: 'exec', origin: 'model-generated' });
  }

  // A link in a setup section, with the requirement stated in another step: still a prerequisite.
  const prereqSections = new Set(units.filter((u) => PREREQ.test(u.heading) || (PREREQ.test(u.text) && /\b(?:install|download|get|need|require)\w*|インストール|ダウンロード|必要|安装|下载|설치|instal|descarg|t[ée]l[ée]charg|herunterlad/i.test(u.text))).map((u) => u.heading));
  for (const u of units) {
    if (documentFramed || !prereqSections.has(u.heading) || u.table || u.example || framedByHeading(u, opts.file) || isThirdParty(u.text) || inRanges(framedRanges, u.line)) continue;
    if (effects.some((e) => e.kind === 'prerequisite' && e.line === u.line)) continue;
    let section: string | undefined;
    for (const m of u.text.matchAll(HTTP_URL)) {
      section ??= units.filter((x) => x.heading === u.heading).map((x) => x.text).join(' ');
      const h = classifyHost(m[0]);
      const name = (TOOL_NAME.exec(section)?.slice(1).find(Boolean) ?? h.host).trim();
      // Impersonation is the tool's own name or source imitating the platform, not a mention of OpenClaw nearby.
      const imp = (namesPlatform(name) || namesPlatform(m[0])) && !isOfficialPlatformSource(m[0]);
      effects.push({ ...base, line: u.line, evidence: u.text.slice(0, 160), reach: opts.reach, kind: 'prerequisite', name, host: h.host, url: m[0], hostClass: h.hostClass, ...(imp ? { impersonates: true } : {}) });
    }
  }

  // Fenced code: shell (and other languages when a translator is loaded). A block under a defensive heading
  // or introduced as an example of an attack is a quotation.
  // (not when the text points back at a quoted command to run: then the quotation is an instruction after all)
  for (const b of blocks) {
    const quoted = documentFramed || (!writesFollowing(b.intro) && (framedByHeading(b, opts.file) || isThirdParty(lastSentence(b.intro)) || illustrates(lastSentence(b.intro)) || inRanges(framedRanges, b.line)));
    const reach: Reach = quoted ? 'never' : opts.reach === 'agent' && CONSENT_GATE.test(lastSentence(b.intro)) ? 'consent' : opts.reach;
    // A block is a step of its section's procedure: what it uploads may be what the section's prose steps collected.
    const sectionData = `prose:data@${opts.file}#${b.heading}`;
    const step = (e: Effect): Effect => sectionStep(e, sectionData);
    const request = HTTP_REQUEST_BLOCK.exec(b.code);
    const steps = /^ya?ml$/.test(b.lang) ? workflowStepsIn(b.code) : [];
    if (request) {
      // A request written out as HTTP (`POST https://host/path`, headers, a body with the values to put in): the agent
      // sends it, with what the section's steps collected.
      const h = classifyHost(request[2]);
      effects.push({ file: opts.file, line: b.line, lang: 'prose', reach, kind: 'send', url: request[2], host: h.host, hostClass: h.hostClass, channel: 'http', consumes: [sectionData], evidence: b.code.split('\n')[0].slice(0, 160) });
    } else if (PLAIN_TEXT_LANG.test(b.lang) && CHAT_TEMPLATE.test(b.code)) {
      // A block written as a turn of the model's prompt ("[INST] <<SYS>> … <</SYS>>"): the model reads it as one, so its
      // sentences are read as this document's steps are (under an examples heading or an attack's intro, a quotation).
      for (const e of lowerProse(b.code.replace(CHAT_MARKS, ' '), { file: opts.file, reach })) effects.push({ ...e, line: e.line + b.line, evidence: `written as a turn of the model's prompt: ${e.evidence}`.slice(0, 200) });
    } else if (CODE_LANGS.has(b.lang)) {
      const asked = askedSecrets(effects, b.line);
      for (const e of lowerShell(asked ? withAskedSecrets(b.code) : b.code, { file: opts.file, firstLine: b.line, reach, scope: opts.file, lang: 'shell', ...(opts.decoded ? { decoded: true } : {}), ...(asked ? { outer: asked } : {}) })) effects.push(step(e));
    } else if (steps.length) {
      // A workflow step the reader is told to add runs in the repository's pipeline, with what its env hands it.
      for (const c of steps) for (const e of lowerConfigCommand(c, { file: opts.file, firstLine: b.line + c.line - 1, reach, scope: opts.file, lang: 'shell' })) effects.push(step(e));
    } else if (PLAIN_TEXT_LANG.test(b.lang) && (PLANTS_TEXT.test(b.intro ?? '') || (AGENT_FILE_NAMED.test(b.intro ?? '') && writesFollowing(b.intro ?? '')))) {
      // A block of text a step writes into the agent's own files (HEARTBEAT.md, AGENTS.md): the agent follows what it
      // says from then on, so its steps are read as this document's are.
      const written = lowerProse(b.code, { file: opts.file, reach }).map((e) => ({ ...e, line: e.line + b.line, evidence: `written into the agent's files: ${e.evidence}`.slice(0, 200) }));
      effects.push(...withStandingOrder(written, (said) => `standing instructions written into the agent's files: ${said}`.slice(0, 200)));
    } else if (opts.lowerCode) {
      for (const e of opts.lowerCode(b.lang, b.code, b.line, reach)) effects.push(step(e));
    }
    // A script the agent runs in a page it has open (its browser tool's evaluate): what it reads there is the user's
    // session on that site, their cookies and stored tokens, data of this section's procedure.
    if (/^(?:js|javascript)$/i.test(b.lang) && PAGE_SESSION_READ.test(b.code))
      effects.push({ file: opts.file, line: b.line, lang: 'prose', reach, kind: 'read', secret: 'browser-profile', path: 'the open page (cookies, storage)', produces: [sectionData], evidence: (b.code.match(PAGE_SESSION_READ)?.[0] ?? b.code).slice(0, 160) });
  }
  // Inline code spans that are whole commands (`curl … | bash`) are steps too, and so is a command after "Run:".
  for (const [i, u] of units.entries()) {
    if (u.table) continue;
    const commands = [...u.text.matchAll(/`([^`\n]{8,400})`/g)].map((m) => m[1]).filter((c) => STEP_COMMAND.test(c));
    const runColon = RUN_COLON.exec(u.text);
    if (runColon && !u.text.includes('`') && (STEP_COMMAND.test(runColon[1]) || /^openclaw\s+\w/.test(runColon[1]))) commands.push(runColon[1].trim());
    for (const cmd of commands) {
      const quoted = documentFramed || u.quoted || framedByHeading(u, opts.file) || isThirdParty(u.text) || indicatorItem(u) || NEGATION.test(clauseHead(u.text)) || inRanges(framedRanges, u.line);
      const asked = askedSecrets(effects, u.line);
      for (const e of lowerShell(asked ? withAskedSecrets(cmd) : cmd, { file: opts.file, firstLine: u.line, reach: quoted ? 'never' : gated(i, steps[i]?.t ?? u.text) ? 'consent' : opts.reach, scope: opts.file, lang: 'shell', ...(opts.decoded ? { decoded: true } : {}), ...(asked ? { outer: asked } : {}) })) effects.push(sectionStep(e, `prose:data@${opts.file}#${u.heading}`));
    }
  }
  return effects;
}

/**
 * A command is a step of its section's procedure: what it uploads may be what the section's prose steps collected (a
 * file it names goes with the section's data), and a repository it stages whole (`git add -A`) holds what the steps
 * copied into it.
 */
/** Page script reading the session a site keeps in the browser: its cookies and its stored tokens. */
const PAGE_SESSION_READ = /\bdocument\.cookie\b|\b(?:localStorage|sessionStorage)\b(?!\.(?:setItem|removeItem|clear)\b)/;
/** A request body written as a placeholder for what the section gathered (`-d '<the JSON object>'`). */
const PLACEHOLDER_BODY = /(?:^|\s)(?:-d|--data(?:-binary|-raw)?|--json|-F)\s+["']?<[^>\n]{2,60}>/;
function sectionStep(e: Effect, sectionData: string): Effect {
  if (e.kind === 'send' && e.channel === 'http' && (e.consumes?.some((k) => k.startsWith('file:')) || PLACEHOLDER_BODY.test(e.evidence))) return { ...e, consumes: [...(e.consumes ?? []), sectionData] };
  if (e.kind === 'collect' && !e.consumes?.length) return { ...e, consumes: [sectionData] };
  return e;
}

/** The names a step asking for a secret gives (its words, not the hosts, addresses or code it quotes): whose secret it is. */
function ownersNamed(t: string): string[] {
  const words = t.replace(/`[^`]*`|\S+:\/\/\S+|\S+@\S+|\b[\w-]+(?:\.[\w-]+)+\b/g, ' ').toLowerCase().match(/[a-z][a-z0-9-]{3,}/g) ?? [];
  return [...new Set(words)].filter((w) => !NOT_AN_OWNER.has(w)).slice(0, 40);
}
/** Words that name no service (the reserved names of example hosts among them: "for example" is no owner). */
const NOT_AN_OWNER = new Set(['example', 'invalid', 'localhost', 'test', 'user', 'users', 'their', 'your', 'password', 'passwords', 'code', 'codes', 'login', 'account', 'email', 'session', 'token', 'with', 'from', 'into', 'then', 'them', 'this', 'that']);

/**
 * What the user was asked for in the steps up to a line ("ask the user for their password, then run `login.py
 * --password P`"): a shell scope whose one variable carries it, for the command's secret arguments (withAskedSecrets).
 */
function askedSecrets(effects: readonly Effect[], line: number): ShellScope | undefined {
  const keys = effects.filter((e) => e.kind === 'read' && e.secret === 'user-credentials' && e.line <= line && e.produces).flatMap((e) => e.produces!);
  if (!keys.length) return undefined;
  return { vars: new Map([[ASKED_VAR, keys]]), ownVars: new Set([ASKED_VAR]), vals: new Map(), loopVars: new Map() };
}
const ASKED_VAR = 'CLAWGUARD_ASKED_SECRET';
/** An argument's name or placeholder that says it holds a login secret: a password, a one-time code, a seed phrase. */
const LOGIN_SECRET_WORD = String.raw`(?:pass(?:word|wd|phrase|code)?|pwd|otp|totp|mfa|2fa|code|pin|seed|mnemonic|phrase|recovery|private[-_]?key|privkey|senha|frase|c[óo]digo|[şs]ifre|parola|sandi|пароль|код|фраз\S*|密码|助记词|验证码|パスワード|पासवर्ड|कोड)`;
const SECRET_FLAG_VALUE = new RegExp(String.raw`(--?[\w-]*?${LOGIN_SECRET_WORD}[\w-]*(?:=|\s+))("[^"
]*"|'[^'
]*'|[^\s;|&)]+)`, 'gi');
const SECRET_PLACEHOLDER = new RegExp(String.raw`<[^<>
]{0,30}${LOGIN_SECRET_WORD}[^<>
]{0,30}>|\{\{?[^{}
]{0,30}${LOGIN_SECRET_WORD}[^{}
]{0,30}\}\}?|\$\{?[A-Z_]*(?:PASS|PWD|OTP|CODE|PIN|SEED|MNEMONIC|PHRASE)[A-Z_]*\}?|\bYOUR_[A-Z_]*(?:PASS|PWD|OTP|CODE|PIN|SEED|MNEMONIC|PHRASE)[A-Z_]*\b`, 'gi');
/** A command with its secret arguments' values (`--password P`, `"<seed phrase>"`) made the asked-for secret's variable. */
function withAskedSecrets(cmd: string): string {
  return cmd.replace(SECRET_FLAG_VALUE, (m, flag: string) => `${flag}"$${ASKED_VAR}"`).replace(SECRET_PLACEHOLDER, (m) => (/baseDir/i.test(m) ? m : `"$${ASKED_VAR}"`));
}

/** Text long enough to tell the model something (a word and six more): what a hook or a write adds, read as prose. */
export const INSTRUCTION_TEXT = /[A-Za-z]{3,}(?:\s+\S+){6,}/;

/**
 * Text code writes into a file the agent reads as instructions (its memory, AGENTS.md, another skill's SKILL.md): read
 * as prose, and, where it tells the agent anything, a standing order planted (it is followed in every later session).
 * `into` names the file in the evidence.
 */
export function writtenInstructions(text: string, opts: ProseOptions, into: string): Effect[] {
  if (!INSTRUCTION_TEXT.test(text)) return [];
  const out = lowerProse(text.slice(0, 16384), opts).map((e) => ({ ...e, evidence: `it writes into ${into}, which the agent reads: ${e.evidence}`.slice(0, 300) }));
  return withStandingOrder(out, (said) => `it writes standing instructions into ${into}: ${said}`.slice(0, 300));
}

/**
 * What text written into the agent's files tells it, it tells every later session: its first order is also a standing
 * order planted (unless the text already says so itself). `evidence` words it from what the order said.
 */
function withStandingOrder(written: Effect[], evidence: (said: string) => string): Effect[] {
  const told = written.find((e) => e.kind === 'instruct' && e.instruct !== 'persist-instruction');
  if (told && !written.some((e) => e.instruct === 'persist-instruction')) written.push({ ...told, instruct: 'persist-instruction', evidence: evidence(told.evidence.slice(told.evidence.indexOf(': ') + 2)) });
  return written;
}

/** A code block that is an HTTP request sending a body: its request line (`POST https://host/path HTTP/1.1`), first. */
const HTTP_REQUEST_BLOCK = /^\s*(POST|PUT|PATCH)[ \t]+(https?:\/\/[^\s)\]'"`<>]+)(?:[ \t]+HTTP\/[\d.]+)?[ \t]*(?:\r?\n|$)/;

/** "append/attach/include … to|on|in every|each|all … request(s)|call(s)|URL(s)|quer(y|ies)|header(s)". */
const CARRIED_ON_REQUESTS = /\b(?:append|attach|add|include|pass|put)\w*\b[^.\n]{0,100}?\b(?:to|on|in|into|with)\s+(?:every|each|all|any)\s+(?:(?:of\s+)?(?:the|your|its)\s+)?(?:[\w-]+\s+){0,2}(?:requests?|calls?|urls?|quer(?:y|ies)|headers?)\b/i;
/** Credential stores, as opposed to a service's own key a skill is configured with. */
const STORE_SECRETS = new Set<SecretClass>(['ssh-keys', 'cloud-credentials', 'wallet', 'keychain', 'browser-profile', 'system-auth', 'agent-memory', 'openclaw-token', 'dotenv']);
/**
 * A URL the agent is to fill in and use (`![npm](https://badges.example.com/v.svg?key=<badge key>)`,
 * `https://x.example.com/c?d={{NPM_TOKEN}}`), a placeholder standing for a stored credential: by its own words
 * ("<npm token>", "<contents of ~/.aws/credentials>", an environment variable's name), or by a name the text gives one
 * ("Registry credential (\"badge key\"): the `_authToken` value from `.npmrc`"). Rendering the image or opening the link
 * sends the credential to the URL's host. Stores only, as for requests above (a service's own API key in its own
 * requests is how it is used); the URL's host untrusted; not in quotation.
 */
const URL_TEMPLATE = /\bhttps?:\/\/[^\s)\]"'`<>{}]+(?:(?:<[^<>\n]{2,60}>|\{\{?\s*[^{}\n]{2,60}?\s*\}?\}|\$\{?[A-Z][A-Z0-9_]{2,40}\}?)[^\s)\]"'`<>{}]*)+/g;
const HAS_URL_TEMPLATE = new RegExp(URL_TEMPLATE.source);
const TEMPLATE_SECRETS = new Set<SecretClass>([...STORE_SECRETS, 'package-tokens']);
/** A document a step names by its path (`references/digest.md`). */
const LINKED_DOC = /`?((?:\.\/)?(?:[\w-]+\/)*[\w-]+\.(?:md|markdown|txt))`?/g;
/** A definition that gathers every credential it finds ("every API key, token or connection string that appeared"). */
const HARVESTS_SECRETS = /\b(?:every|all|any|whenever)\b[^.\n]{0,80}\b(?:api\s+keys?|tokens?|secrets?|passwords?|credentials?|connection\s+strings?)\b/i;
/** Words of a placeholder's name that name nothing (`<the words, joined with +>`: "words" does). */
const PLACEHOLDER_FILLER = new Set(['with', 'joined', 'from', 'into', 'each', 'their', 'your', 'that', 'this', 'them', 'here', 'value', 'values', 'encoded', 'separated', 'comma', 'spaces', 'url-encoded']);
/** A placeholder that names no thing of its own (`<url-encoded value>`, `{data}`): it stands for what its step speaks of. */
/** (or only its encoding, `<base64>`, `{hex}`: the step's data, encoded) */
const GENERIC_PLACEHOLDER = /^(?:the\s+|its\s+)?(?:url-?(?:encoded|safe)\s+|encoded\s+|raw\s+)?(?:(?:value|values|data|content|contents|it|them|secret|item|text|payload|blob|result|output|dump|dados|datos|donn[ée]es|daten|conte[úu]do|contenido|contenu|inhalt)|(?:url-?safe\s+)?(?:base-?64|b64|base-?32|hex))(?:\s+(?:string|text|data|value))?$/i;
function filledUrlTemplates(text: string, opts: ProseOptions): Effect[] {
  if (!text.includes('://') || !HAS_URL_TEMPLATE.test(text)) return [];
  const out: Effect[] = [];
  const quoted = quotedRanges(text, opts.file);
  const { units } = parseMarkdown(text);
  const lineOf = (at: number): number => text.slice(0, at).split('\n').length;
  for (const m of text.matchAll(URL_TEMPLATE)) {
    const line = lineOf(m.index ?? 0);
    if (inRanges(quoted, line)) continue;
    const { host, hostClass } = classifyHost(m[0]);
    if (TRUSTED_HOST_CLASSES.includes(hostClass)) continue;
    const carries = new Set<SecretClass>();
    for (const p of m[0].matchAll(/<([^<>\n]{2,60})>|\{\{?\s*([^{}\n]{2,60}?)\s*\}?\}|\$\{?([A-Z][A-Z0-9_]{2,40})\}?/g)) {
      const name = (p[1] ?? p[2] ?? p[3] ?? '').trim();
      const direct = [...secretsIn(name), ...(p[3] || /^[A-Z][A-Z0-9_]+$/.test(name) ? [classifyEnvName(name)].filter((x): x is SecretClass => !!x) : [])];
      // or what the text says the name stands for: a line that names it (quoted, bold or in code, `<NAME>` too) beside a
      // secret, or the document such a line sends the reader to ("build <DIGEST> as described in references/digest.md")
      const naming = units.filter((u) => new RegExp(`["“'\`*(]\\s*(?:<|\\{\\{?)?\\s*${escapeRegExp(name)}\\s*(?:>|\\}\\}?)?\\s*["”'\`*)]`, 'i').test(u.text) && !HAS_URL_TEMPLATE.test(u.text));
      // (a generic one, `<url-encoded value>`, is defined by the step the URL is in: "whenever you read a key, … fetch …?v=<value>")
      // (and, where that step names no secret itself, "the contents" of what its section read before it: the files a step
      // before it lists, joined and encoded into the URL)
      const stepUnits = GENERIC_PLACEHOLDER.test(name) ? units.filter((u) => u.text.includes(m[0])) : [];
      const step = stepUnits.flatMap((s) => (secretsIn(s.text).length ? [s.text] : [s.text, ...units.filter((u) => u.heading === s.heading && u.line < s.line && !u.title).map((u) => u.text)]));
      const definitions = [...naming.map((u) => u.text), ...step, ...naming.flatMap((u) => [...u.text.matchAll(LINKED_DOC)].map((d) => opts.readLinked?.(d[1]) ?? ''))];
      const own = direct.filter((c) => TEMPLATE_SECRETS.has(c));
      const named = own.length ? own : definitions.flatMap((t) => secretsIn(t)).filter((c) => TEMPLATE_SECRETS.has(c));
      for (const c of named) carries.add(c);
      // (or a word of its name that a step of its section up to it asked the user for, or read: `<chave>` after "Peça a
      // chave do provedor de IA", `<the words, joined with +>` after "type the recovery words")
      if (!named.length) {
        const words = (name.toLowerCase().match(/[\p{L}\d]{4,}/gu) ?? []).filter((w) => !PLACEHOLDER_FILLER.has(w));
        const at = units.find((u) => u.line <= line && line <= u.endLine);
        const steps = words.length && at ? units.filter((u) => !u.title && u.heading === at.heading && u.line <= line && words.some((w) => u.text.toLowerCase().includes(w))) : [];
        for (const u of steps) {
          for (const c of secretsIn(u.text)) if (TEMPLATE_SECRETS.has(c)) carries.add(c);
          if (PHISH_PATTERNS.some((re) => re.test(u.text))) carries.add('user-credentials');
        }
      }
      // (a service's own key in its URL is how it is used; every key the material shows is a harvest)
      if (!own.length && definitions.some((t) => HARVESTS_SECRETS.test(t))) carries.add('env-secrets');
    }
    if (!carries.size) continue;
    const key = `prose:template@${opts.file}:${line}`;
    const base = { file: opts.file, line, lang: 'prose' as const, reach: opts.reach, evidence: `fills in ${m[0].slice(0, 140)}` };
    out.push({ ...base, kind: 'read', secret: [...carries][0], produces: [key] } as Effect);
    out.push({ ...base, kind: 'send', host, url: m[0], hostClass, channel: 'http', carries: [...carries], consumes: [key] } as Effect);
  }
  return out;
}

/**
 * A table of lookups the agent makes on what the user says: its lead ("whenever the user's message contains one of the
 * following") and rows that each fill a query of the document's one endpoint (`?kind=token&v=<the full string>`) with
 * what the row names ("a string that looks like a key or token", "a password they're setting up"). What the user types
 * goes to that host: the secrets the rows name, and the conversation.
 */
const ON_WHAT_USER_SAYS = /\b(?:whenever|when|if)\s+the\s+user(?:'s\s+(?:message|reply|text)\s+(?:contains|mentions|includes|has)|\s+(?:mentions|says|writes|types|pastes|shares|sends))\b|\buser\s+mentions\b/i;
const RELATIVE_TEMPLATE = /`(\/?[\w./-]*\?[^`\s]*<[^<>`\n]{2,60}>[^`\s]*)`/g;
function lookupTables(text: string, opts: ProseOptions): Effect[] {
  if (!text.includes('|') || !text.includes('?')) return [];
  const { units } = parseMarkdown(text);
  const endpoint = firstRequestHost(text);
  if (!endpoint || TRUSTED_HOST_CLASSES.includes(endpoint.hostClass)) return [];
  const out: Effect[] = [];
  // (the sections whose prose says when: the table's lead sentence, or a sentence of its section before it)
  const when = new Set(units.filter((u) => !u.table && !u.title && ON_WHAT_USER_SAYS.test(u.text)).map((u) => u.heading));
  for (const u of units) {
    if (!u.table || u.example || !((u.lead && ON_WHAT_USER_SAYS.test(u.lead)) || when.has(u.heading))) continue;
    const query = [...u.text.matchAll(RELATIVE_TEMPLATE)][0]?.[1];
    if (!query) continue;
    const carries = secretsIn(u.text).filter((c) => TEMPLATE_SECRETS.has(c) || c === 'user-credentials' || c === 'env-secrets');
    if (!carries.length) continue;
    const key = `prose:lookup@${opts.file}:${u.line}`;
    const base = { file: opts.file, line: u.line, lang: 'prose' as const, reach: opts.reach, evidence: `fills in ${endpoint.url.replace(/[?#].*$/, '')}${query} with what the user says`.slice(0, 200) };
    out.push({ ...base, kind: 'read', secret: carries[0], produces: [key] } as Effect);
    out.push({ ...base, kind: 'send', host: endpoint.host, url: endpoint.url, hostClass: endpoint.hostClass, channel: 'http', carries: [...carries, 'conversation'], consumes: [key] } as Effect);
  }
  return out;
}

/** The host of the first URL a document names that is not local: where "every request" of the document goes. */
function firstRequestHost(text: string): { url: string; host: string; hostClass: HostClass } | undefined {
  for (const m of text.matchAll(HTTP_URL)) {
    const h = classifyHost(m[0]);
    if (h.hostClass !== 'loopback' && h.hostClass !== 'private') return { url: m[0], host: h.host, hostClass: h.hostClass };
  }
  return undefined;
}

/** A concealment whose object is a pronoun ("without revealing it"), and the nouns of secrets it may stand for. */
/** Who a concealment keeps something from, when it is a person rather than the chat ("… to the user"). */
export const NAMES_THE_USER = /\b(?:user|owner|human|anyone)\b/i;
export const SHOWS_PRONOUN = /\b(?:reveal|show|display|disclos|print|echo|repeat)\w*\s+(?:it|them)\b/i;
const SECRET_NOUN = /\b(?:credentials?|(?:api\s+|provider\s+|access\s+|secret\s+)?keys?|tokens?|passwords?|secrets?|passphrases?)\b/i;
/** What follows "do not tell (anyone)": a secret's value ("the team's passwords", "your API key"). */
const WITHHELD_SECRET = /^\s+(?:(?:anyone|anybody|others|other\s+people|them|the\s+user|users)\s+)?(?:the\s+|any\s+|your\s+|their\s+|its\s+)?(?:[\w-]+'s\s+)?(?:actual\s+|raw\s+|full\s+)?(?:passwords?|secrets?|tokens?|api\s+keys?|credentials?|pins?|passphrases?|seed\s+phrases?|recovery\s+codes?)\b/i;
const TELLS_USER = /\b(?:tell|inform|notify|mention|alert|let\s+(?:the\s+)?user\s+know)\w*\b/i;

/** OpenClaw's exec approvals set to run everything unasked: `tools.exec.ask` "off" (or exec-approvals' `defaults.ask`), `tools.exec.security` "full". */
const EXEC_APPROVALS_OFF = /\bexec\s+approvals?\b`?\s*(?:→|->|=>|\bto\b)[^\n]{0,30}?\bask\b`?\s*(?:[:=]|\s+to\b)?\s*[`"']*\s*(?:off|never)\b|\b(?:tools\.exec|exec-approvals(?:\.json)?)\b[^\n]*?(?:\bask`?\s*["'`]?\s*(?:[:=]|\s+to\b)?\s*[`"']*\s*(?:off|never)\b|\bsecurity`?\s*["'`]?\s*(?:[:=]|\s+to\b)?\s*[`"']*\s*full\b)|\b(?:tools\.exec\.ask|defaults\.ask)`?\s*(?:[:=]|\s+to\b)?\s*[`"']*\s*(?:off|never)\b|\btools\.exec\.security`?\s*(?:[:=]|\s+to\b)?\s*[`"']*\s*full\b/i;

/** A concealment whose object is a secret's value ("never reveal the password in chat"): the secret is kept, not an action hidden. */
const KEEPS_SECRET = /\b(?:reveal|show|display|disclos\w*|log|print|echo|repeat)\w*\s+(?:the\s+|its\s+|any\s+|this\s+|their\s+)?(?:actual\s+|raw\s+|full\s+|secret\s+|plain-?text\s+)?(?:values?|passwords?|secrets?|tokens?|api\s+keys?|keys?|credentials?|otps?|one-time\s+codes?|pins?|passphrases?|seed\s+phrases?)\b/i;

/** A command a step names in code, or after "Run:" (there also `openclaw …`), that lowering reads as a command line. */
const STEP_COMMAND = /\b(?:curl|wget|bash|sh|python3?|node|powershell|iex|invoke-|base64|chmod|nohup|crontab|scp|rsync|nc|ncat|git\s+push|npm\s+publish|gh\s+auth\s+token|security\s+find-\w+-password)\b|^\s*cat\s+\S/i;
/** "Run: openclaw config set …" without code formatting: the rest of the sentence, up to a parenthesis, is the command. */
const RUN_COLON = /(?:^|\s)(?:run|execute|type|enter)\s*[:：]\s*([a-z][\w.-]*(?:[ \t]+[^\s()]+)*)/i;

/** Runs the text points back at ("run the command above"): quoting is then an instruction after all. */
const RUN_QUOTED = /\b(?:run|execute|paste|copy)\s+(?:the|this|that)\s+(?:command|snippet|example|line|script)s?\s+(?:above|below)\b/i;

/**
 * Line ranges of a markdown text that are quotation, not instruction: steps and code under a heading that frames
 * them as examples or indicators, block quotes, and sentences about what attackers do. Findings of the pattern
 * rules inside them describe a mention, so they do not count as the skill's behaviour.
 */
export function quotedRanges(text: string, file?: string): Array<[number, number]> {
  compileProsePatterns(text);
  if (RUN_QUOTED.test(text)) return [];
  const { units, blocks } = parseMarkdown(text);
  if (isDocumentFramed(text, file)) return [[1, text.split('\n').length]];
  const out = framedSectionRanges(units, text.split('\n').length);
  for (const u of units) if (!u.title && (u.example || framedByHeading(u, file) || isThirdParty(u.text) || indicatorItem(u))) out.push([u.line, u.endLine]);
  for (const b of blocks) if (framedByHeading(b, file) || isThirdParty(lastSentence(b.intro)) || illustrates(lastSentence(b.intro))) out.push([b.line - 1, b.endLine]);
  out.push(...specimenTables(text));
  return out;
}

/**
 * A table whose header names a column of specimens (`| id | example | why |`, "Pattern", "Indicator"), or of what an
 * attacker does ("Typical attacker use", "Malicious example", "Red flags"): its rows quote them.
 */
const SPECIMEN_COLUMN = /^(?:(?:typical\s+|common\s+|known\s+)?(?:attacker|attack|adversary|malware|malicious|threat|abuse)(?:'s)?\s+(?:uses?|usages?|techniques?|behaviou?rs?|patterns?|examples?|commands?|payloads?|forms?)|malicious\s+\w+|red\s+flags?|examples?|patterns?|samples?|specimens?|indicators?|signatures?|payloads?|iocs?|what\s+it\s+looks\s+like|looks\s+like|snippet|beispiele?|muster|ejemplos?|exemples?|padr[õo]es|例|パターン)$/i;
function specimenTables(text: string): Array<[number, number]> {
  const lines = text.split('\n');
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\s*\|.*\|\s*$/.test(lines[i]) || !/^\s*\|?\s*:?-{3,}/.test(lines[i + 1])) continue;
    const cells = lines[i].split('|').map((c) => c.trim().replace(/[*_`]/g, '')).filter(Boolean);
    if (!cells.some((c) => SPECIMEN_COLUMN.test(c))) continue;
    let end = i + 2;
    while (end < lines.length && /^\s*\|/.test(lines[end])) end++;
    out.push([i + 1, end]);
    i = end;
  }
  return out;
}

/** An opaque blob: long hex, base64/base85 or symbol runs that are not a checksum or a data URI. */
const BLOB = /(?<![\w/+=])(?:[0-9a-fA-F]{40,}|[A-Za-z0-9+/]{48,}={0,2}|[!-~]{60,})(?![\w/+=])/g;
const PRINTABLE_RUN = /[!-~]{40}/;
/**
 * A line that is nothing but hex digits, after its row number or offset if it has one (`01  4049…`, `0010: 4049…`):
 * a row of a wrapped blob when its neighbours are too.
 */
const HEX_ROW = /^\s*(?:[0-9a-fA-F]{1,8}[:.)|]?\s+)?[0-9a-fA-F]{8,}\s*$/;
const CHECKSUM_CONTEXT = /\b(?:sha-?(?:1|256|384|512)|md5|checksums?|hash(?:es)?|digests?|integrity|fingerprints?|signatures?|commit|gpg|pgp|certificates?|pem|x509)\b|data:[\w/+-]+;base64/i;
/** A data file the section points at (`token.txt`, `table.json`, `assets/engine.b85`): where the blob may live instead. */
const DATA_FILE = /\b[\w.-]+\.(?:txt|json|dat|bin|b(?:32|58|62|64|85|91)|a85|asc|hex|enc|csv|tbl|map|raw|blob|pak|res|bytes)\b|\b(?:assets|resources|data|res|blobs?)\/[\w./-]*[\w-]\.[A-Za-z0-9]{1,6}\b/i;
/** A document of the skill named as the source (`references/profile.md`): its rows are the data only when the step runs the result as code. */
const DOC_FILE = /\b[\w.-]+\.(?:md|markdown)\b/i;
const RUNS_AS_CODE = /\b(?:run|execute|exec|eval\w*|launch|invoke)\b[^.\n]{0,60}\b(?:shell|command|script|terminal|exec\s+tool|bash|sh|interpreter|python|node)\b|\bpipe\b[^.\n]{0,30}\b(?:bash|sh|shell)\b/i;
/** Decoding transforms, in words. "key" alone is not one; "XOR with the key" is; rotating letters is one, rotating a token is not. */
const TRANSFORM = /\b(?:xor|ou\s+exclusif|exklusiv\w*|shift\w*|d[ée]cal\w*|verschieb\w*|desplaz\w*|rotat\w*(?=\s+(?:(?:each|every|all|the)\s+)?(?:letters?|characters?|chars?|bytes?|digits?|alphabet)\b|\s+(?:by|left|right)\b)|revers\w*|invert\w*|umkehr\w*|inver\w*|code\s*points?|char(?:acter)?\s*codes?|alphabet\w*|lookup\s+table|base\s?(?:32|58|62|64|65|85|91)|hex(?:adecimal)?|hexad[ée]cimal\w*|d[ée]cod\w*|dekod\w*|decodific\w*|d[ée]chiffr\w*|entschl[üu]ssel\w*|decrypt\w*|descifr\w*|unscramble|caesar|c[ée]sar|rot-?13|concaten\w*|reassembl\w*|r[ée]assembl\w*|zusammensetz\w*|setze\w*\b[^.\n]{0,40}\bzusammen|mod\s+\d+|index\s+formula|\(\s*\d+\s*[·*×]\s*i\b|декодир\w*|расшифр\w*|сдвиг\w*)\b|异或|拼接|映射|编译表|字母表|移位|反转|倒序|十六进制|解码|解密|連結|変換|シフト|逆順|デコード|復号|연결|변환|디코딩|복호화/i;
/** The run step refers to what the transform produced. */
const THE_RESULT = /\b(?:the\s+result(?:ing)?|resulting|the\s+output|the\s+(?:decoded|assembled|reconstructed|obtained)|(?:that|this|the)\s+(?:command|line|string|script)|le\s+r[ée]sultat|la\s+commande|das\s+ergebnis|den\s+(?:\w+\s+)?befehl|el\s+resultado|el\s+comando|o\s+resultado|o\s+comando|il\s+risultato|il\s+comando|результат\w*|эту\s+команду|it|them|-la|-le)\b|结果|该命令|此命令|得到的|命令|結果|そのコマンド|결과|명령/i;

/** A step that writes what came before to a named file (`Write the output to ~/.local/bin/nsync`). */
const WRITTEN_TO = /^\W*(?:\d+[.)]\s*)?(?:write|save|store|put|place|output)\b[^.\n]{0,60}?\b(?:to|into|as)\s+`?([~\w./{}$%\\-]*[\w-])`?/i;
const MAKE_EXECUTABLE = /\bchmod\s+(?:[ugoa]*\+[rwx]*x|[0-7]?[1357][0-7]{2})\b|\bmake\s+(?:it|them|the\s+\w+)\s+executable\b/i;

/** The model as decoder: a section holds an opaque blob (or points at a data file), names a decoding transform, and tells the agent to run the result. */
function modelAsDecoder(units: Unit[], blocks: CodeBlock[], text: string, file: string | undefined, framedRanges: Array<[number, number]>): Unit | undefined {
  const lines = text.split(/\r?\n/);
  const sources = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    // Each BLOB alternative is a run of 40 or more printable ASCII characters: a line without one holds no blob.
    if (!PRINTABLE_RUN.test(lines[i])) continue;
    for (const m of lines[i].matchAll(BLOB)) {
      const around = lines.slice(Math.max(0, i - 2), i + 3).join(' ');
      // (a digest's length alone is one, unless the line is a row of a table of hex lines: a blob wrapped at 64)
      const inTable = HEX_ROW.test(lines[i]) && (HEX_ROW.test(lines[i - 1] ?? '') || HEX_ROW.test(lines[i + 1] ?? ''));
      if (CHECKSUM_CONTEXT.test(around) || (!inTable && /^[0-9a-f]{64}$|^[0-9a-f]{40}$|^[0-9a-f]{32}$|^[0-9a-f]{128}$/i.test(m[0]))) continue;
      // Words, punctuation runs, URLs and paths or dotted names are not blobs; a run of hex or base64 digits is.
      if (/^[A-Za-z]+$/.test(m[0]) || /^[!-/:-@[-`{-~]+$/.test(m[0]) || /^(?:https?|ftp):\/\//.test(m[0]) || (/^[\w./-]+$/.test(m[0]) && /[._/-]/.test(m[0]))) continue;
      sources.add(sectionAt(units, blocks, i + 1));
    }
  }
  // (and a blob wrapped into short rows of a block, three or more: `20342138636c…` a line, seven lines)
  for (const b of blocks) {
    const rows = b.code.split('\n').map((l) => l.trim()).filter(Boolean);
    if (rows.length >= 3 && rows.join('').length >= 64 && (rows.every((r) => /^[0-9a-fA-F]{8,}$/.test(r)) || rows.every((r) => /^[A-Za-z0-9+/]{16,}={0,2}$/.test(r) && /\d/.test(r))) && !CHECKSUM_CONTEXT.test(b.intro ?? '')) sources.add(b.heading);
  }
  // (not a file named as the checksums or signatures it holds: "the pinned checksums in `references/sums.b64`")
  for (const u of units) if (DATA_FILE.test(u.text) && !CHECKSUM_CONTEXT.test(u.text)) sources.add(u.heading);
  const docSources = new Set(units.filter((u) => DOC_FILE.test(u.text) && !sources.has(u.heading)).map((u) => u.heading));
  for (const h of docSources) sources.add(h);
  // Short code fragments laid out in a table or list (`xample.`, ` https:` …) are a blob in pieces.
  const fragments = new Map<string, number>();
  for (const u of units) for (const f of u.text.matchAll(/`([^`\n]{1,16})`/g)) if (/[^\w\s]/.test(f[1]) || /^\s|\s$/.test(f[1])) fragments.set(u.heading, (fragments.get(u.heading) ?? 0) + 1);
  for (const [h, n] of fragments) if (n >= 6) sources.add(h);
  if (!sources.size) return undefined;
  // (what a framing sentence made quotation, `framedRanges`, is no step: "The lure reads like this (quoted; do not run):")
  // (nor is a table's row: data, the fragments themselves or a legend of what a scanner reports, "`bidi` | overrides
  // make code display differently than it runs")
  for (const heading of sources) {
    const inSection = units.filter((u) => u.heading === heading && !u.table && !u.example && !u.criterion && !framedByHeading(u, file) && !isThirdParty(u.text) && !inRanges(framedRanges, u.line));
    if (!inSection.some((u) => TRANSFORM.test(u.text))) continue;
    // the result written to a file (`~/.local/bin/nsync`) and run by that name, or made executable
    const written = inSection.flatMap((u) => {
      const m = WRITTEN_TO.exec(u.text);
      return m ? [path.posix.basename(m[1])] : [];
    }).filter((n) => n.length >= 3);
    const runsWritten = (t: string) => written.some((n) => new RegExp(`\\b(?:run|execute|launch|start|invoke)\\s+\`?(?:[^\\s\`]*/)?${escapeRegExp(n)}(?![\\w.-])`, 'i').test(t));
    // (a step's text as the instruction patterns read it: a list of labels in parentheses names categories)
    const run = inSection.find((u) => {
      const t = stepText(u.text).t;
      return (
        (EXEC_VERB.test(t) && (THE_RESULT.test(t) || runsWritten(t)) && !negatedBefore(t, EXEC_VERB) && (!docSources.has(heading) || RUNS_AS_CODE.test(t))) ||
        (MAKE_EXECUTABLE.test(t) && THE_RESULT.test(t) && !negatedBefore(t, MAKE_EXECUTABLE))
      );
    });
    if (run) return run;
  }
  return undefined;
}

function sectionAt(units: Unit[], blocks: CodeBlock[], line: number): string {
  let heading = '';
  for (const u of units) if (u.line <= line) heading = u.heading;
  for (const b of blocks) if (b.line <= line && b.endLine >= line) heading = b.heading;
  return heading;
}

/** The part of a step before its first object: where a negation would govern the verb. */
function clauseHead(t: string): string {
  return t.slice(0, 60);
}
function negatedBefore(t: string, re: RegExp): boolean {
  return negatedAt(t, t.search(re));
}
const EVERY_NEGATION = new RegExp(NEGATION.source, 'gi');
/** negatedBefore for a match already found at `i` (-1: none). */
function negatedAt(t: string, i: number): boolean {
  if (i <= 0) return false;
  if (NEGATION.test(t.slice(Math.max(0, i - 40), i)) || /\bwithout\s+$/i.test(t.slice(Math.max(0, i - 12), i))) return true;
  // "Never run, source, `pip install`, `go run` or decode-and-pipe anything": a negation heads the list the match
  // ends, items joined by commas and a last "or" in the one clause.
  const before = t.slice(Math.max(0, i - 200), i);
  const head = [...before.matchAll(EVERY_NEGATION)].pop();
  if (!head) return false;
  const list = before.slice(head.index + head[0].length);
  if (/[.;:!?]\s|\b(?:but|then|instead|just|unless|except|however)\b/i.test(list)) return false;
  if (list.includes(',') && /\b(?:or|nor)\s+$/i.test(list)) return true;
  // (or an item inside that list, its "or" still to come: "Never use `xattr -r`, `spctl --master-disable`, or …")
  const rest = /^[^.;!?\n]*/.exec(t.slice(i, i + 200))?.[0] ?? '';
  return /,\s*[`'"*]?$/.test(list) && /,\s*(?:or|nor)\s/i.test(rest);
}
function lastSentence(t: string): string {
  const s = splitSentences(t);
  return s[s.length - 1] ?? '';
}
