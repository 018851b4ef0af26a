/**
 * SKILL.md and the markdown beside it: the prose is the program (the model reads and follows it), so the
 * attack lives in instructions: "paste this into Terminal", password-protected archives, encoded one-liners,
 * links to paste sites and raw IPs, writes to the agent's memory files, hidden Unicode and HTML comments
 * talking to the model. Quoting an attack is not instructing one: defensive context is recorded as a
 * signal so rules can tell a write-up from a lure.
 */
import { keepsGuard } from '../effects/classify.js';
import { parseFrontmatterYaml as parseYaml } from '../frontmatter.js';
import { LineIndex, type SignalSink } from '../signals.js';
import { MAX_DECODE_DEPTH, MAX_DECODED_BYTES_PER_FILE, findEncodedBlobs } from './decode.js';
import { EXFIL_HOST, PASTE_HOST, excerpt, scanContent } from './patterns.js';
import { compileForText, compileOnFirstUse, mayMatch } from './regex-tier.js';
import { NAMES_THE_USER, SHOWS_PRONOUN, fencedLines } from '../effects/prose.js';
import { analyzeShell } from './shell.js';
import { parseJson5 } from '../../core/json5.js';

/** `/[A-Za-z0-9]{23}/i.test(text)` (without `u`, `i` adds no character to an ASCII class), by one pass over the text. */
function hasAlnumRun23(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (++run >= 23) return true;
    } else run = 0;
  }
  return false;
}

/**
 * `needs`: text every match of `re` contains, with `re`'s flags (not global): a text without it is not searched.
 * Each is read off the pattern: every alternative of `re` holds one of its words verbatim (fund-transfer: every
 * address it accepts is a run of 23 or more ASCII letters and digits). A pattern without one is gated on the words
 * its matches need, read off it by `mayMatch` (./regex-tier.ts).
 */
export const PROSE_PATTERNS: Array<{ id: string; re: RegExp; needs?: RegExp | ((text: string) => boolean) }> = [
  {
    id: 'skill.terminal-paste',
    re: /\b(copy|paste|run|execute|enter|type|launch)\b[^.\n]{0,80}?\b(in|into|inside|from|using|via|on)\s+(?:a\s+|the\s+|your\s+|a\s+new\s+)?(terminal|command[- ]prompt|cmd(?:\.exe)?|powershell|shell|console|command[- ]line|bash|zsh)\b|\bopen\s+(?:a\s+|the\s+|your\s+)?(terminal|command[- ]prompt|powershell|cmd)\b[^.\n]{0,60}\b(and|then|,)\s*(run|paste|type|enter|execute)\b|\b(terminal|command[- ]prompt|powershell)\s+(and|then)\s+(paste|run)\b|\bpaste\b[^.\n]{0,40}\b(command|one-?liner|the following|this)\b/gi,
  },
  {
    id: 'skill.password-archive',
    re: /\b(password[- ]protected|encrypted)\s+(zip|archive|rar|7z|file)|\b(zip|archive|rar|7z|extract(?:ion)?|unzip|unpack|installer)\b[^\n]{0,120}\b(password|passcode|passphrase|pwd|pass)\s*(?:is|:|=|-)\s*[`"'*]*[\w!@#$%^&*.-]{3,}|\b(password|passcode|passphrase|pass)\s*(?:is|:|=)\s*[`"'*]*[\w!@#$%^&*.-]{3,}[`"'*]*[^\n]{0,120}\b(zip|archive|rar|7z|extract|unzip|unpack)\b/gi,
  },
  {
    id: 'skill.exe-download',
    re: /\bhttps?:\/\/[^\s)'"`<>]+\.(exe|msi|scr|bat|cmd|vbs|ps1|dmg|pkg|apk|jar)\b|\b(download|run|open|launch|execute|install)\b[^.\n]{0,80}\b[\w-]+\.(exe|msi|scr|dmg|pkg)\b/gi,
    needs: /\.(?:exe|msi|scr|bat|cmd|vbs|ps1|dmg|pkg|apk|jar)/i,
  },
  { id: 'skill.archive-download', re: /\bhttps?:\/\/[^\s)'"`<>]+\.(zip|rar|7z|tar\.gz|tgz)\b/gi },
  {
    id: 'skill.memory-write',
    re: /\b(append|add|write|insert|save|store|update|persist|edit|modify|overwrite)\b[^.\n]{0,80}\b(SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP|USER)\.md\b|>>?\s*[~\w./-]*\b(SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP)\.md\b/gi,
    needs: /(?:SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP|USER)\.md/i,
  },
  {
    id: 'skill.prompt-injection',
    re: /\b(ignore|disregard|forget|override)\s+(all\s+|any\s+|the\s+|your\s+)*(previous|prior|above|earlier|preceding|system|safety|original)\s+(instructions?|prompts?|rules|guidelines|directives|messages)|\b(do\s+not|don'?t|never)\s+(tell|inform|notify|alert|warn|mention\s+(this\s+|it\s+)?to)\s+the\s+user\b|\bwithout\s+(telling|informing|asking|notifying|alerting|the\s+user'?s?\s+(knowledge|consent|permission))\b|\b(hide|conceal)\s+(this|these|it|the\s+\w+)\s+from\s+the\s+user\b|\byou\s+are\s+now\s+(in\s+)?(developer|dan|jailbreak|god|unrestricted)\s*mode\b|\bnew\s+system\s+prompt\b|\bsilently\s+(run|execute|install|download|send|upload|exfiltrate)\b/gi,
  },
  {
    // Telling the agent to ship secrets somewhere: a credential word and a send verb aimed at a URL.
    id: 'skill.exfil-instruction',
    re: /\b(send|upload|post|forward|transmit|exfiltrate|copy|sync)\b(?:[^.\n]|\.(?!\s)){0,80}\b(credentials?|secrets?|tokens?|api[ -]?keys?|passwords?|private\s+keys?|\.env\b|environment\s+variables|cookies|seed\s+phrases?|wallet)\b(?:[^.\n]|\.(?!\s)){0,80}\b(to|at|into)\s+(?:https?:\/\/|`?https?:\/\/|the\s+(?:webhook|endpoint|server)\b)/gi,
  },
  // ---- Behaviour in prose, in the major languages (the model follows instructions in any language) ----
  {
    // Terminal-paste instructions outside English: a paste/run verb near the word for terminal.
    id: 'skill.terminal-paste',
    re: /(?:\b(?:coll(?:e|ez|er)|copi(?:e|ez|er|a|ar|ate)|ex[ée]cut(?:e|ez|er)|lance[rz]?|peg(?:a|ue|ar)|ejecut(?:a|e|ar)|f[üu]g(?:e|en)|einf[üu]gen|einzuf[üu]gen|kopier(?:e|en)?|f[üu]hr(?:e|en)|ausf[üu]hren|auszuf[üu]hren|col(?:e|ar)|execut(?:e|ar)|rod(?:e|ar)|incoll(?:a|are)|esegu(?:i|ire)|вставь(?:те)?|выполни(?:те)?|запусти(?:те)?|скопируй(?:те)?)\b[^.\n]{0,80}?(?:terminal|terminale|terminál|терминал\w*|konsole|eingabeaufforderung|invite\s+de\s+commandes|s[íi]mbolo\s+del\s+sistema|powershell)\b|(?:terminal|terminale|терминал\w*|konsole|powershell)\b[^.\n]{0,60}?\b(?:coll(?:e|ez)|ex[ée]cut(?:e|ez)|pega|ejecuta|einf[üu]gen|einzuf[üu]gen|ausf[üu]hren|auszuf[üu]hren|cole|execute|incolla|esegui|вставь(?:те)?|выполни(?:те)?)|(?:终端|終端|命令行|ターミナル|터미널)[^。\n]{0,30}?(?:粘贴|运行|執行|执行|复制|貼り付け|実行|붙여|실행)|(?:粘贴|运行|执行|复制|貼り付け|実行|붙여)[^。\n]{0,30}?(?:终端|終端|命令行|ターミナル|터미널))/gi,
    needs: /termin|терминал|konsole|eingabeaufforderung|invite|mbolo|powershell|终端|終端|命令行|ターミナル|터미널/i,
  },
  {
    // Memory-file writes phrased in other languages.
    id: 'skill.memory-write',
    re: /(?:\b(?:ajout(?:e|ez|er)|[ée]cri(?:s|vez|re)|enregistr(?:e|ez|er)|a[ñn]ad(?:e|ir)|agreg(?:a|ar)|escrib(?:e|ir)|guard(?:a|ar)|f[üu]g(?:e|en)|schreib(?:e|en)?|speicher(?:e|n)?|erg[äa]nz(?:e|en)|adicion(?:e|ar)|escrev(?:a|er)|salv(?:e|ar)|aggiung(?:i|ere)|scriv(?:i|ere)|salv(?:a|are)|добавь(?:те)?|запиши(?:те)?|сохрани(?:те)?|допиши(?:те)?|voeg|schrijf|sla\s+op|dodaj|zapisz|ekle|yaz|tambahkan|tulis|simpan|th[êe]m|ghi)\b[^\n]{0,120}?\b(?:SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP)\.md\b|(?:添加|追加|写入|写到|保存|書き込|追記|추가|기록)[^\n]{0,60}?(?:SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP)\.md|\b(?:SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP)\.md\b[^\n]{0,60}?(?:添加|追加|写入|保存|書き込|追記|추가|\bhinzu|\bein))/gi,
    needs: /(?:SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP)\.md/i,
  },
  {
    // Keeping an action from the user: "do not tell / show / mention", "without informing", "secretly" — any language.
    id: 'skill.concealment',
    // (not "never post it without showing the user": a double negative asks for the showing)
    re: /\b(?:do\s+not|don'?t|never|(?<!\b(?:never|not|n't|no)\b[^.;:\n]{0,80})without)\s+(?:tell(?:ing)?|inform(?:ing)?|notify(?:ing)?|show(?:ing)?|mention(?:ing)?|reveal(?:ing)?|display(?:ing)?|report(?:ing)?|disclos(?:e|ing)|alert(?:ing)?)\b[^.\n]{0,40}?\b(?:user|human|owner|them|him|her|reply|response|answer|output|chat|this|it|these|the\s+command)\b|\b(?:hide|conceal|keep)\s+(?:this|these|it|them|the\s+\w+)\s+(?:hidden\s+)?(?:from|secret\s+from)\s+the\s+(?:user|human|owner)|\b(?:secretly|covertly|discreetly|stealthily)\b|\bthis\s+is\s+an?\s+(?:internal|hidden|silent|invisible)\s+step\b|\b(?:sans\s+(?:en\s+)?(?:informer|pr[ée]venir|avertir|le\s+dire|le\s+signaler|le\s+mentionner)|ne\s+(?:le\s+|lui\s+|en\s+)*(?:dis|dites|mentionne[zs]?|montre[zs]?|signale[zs]?)\s+(?:rien|pas)|discr[èe]tement|en\s+secret|[àa]\s+l'insu)\b|\b(?:no\s+(?:se\s+lo\s+|le\s+|lo\s+|les\s+)?(?:digas|diga|menciones|mencione|muestres|muestre|informes|informe|cuentes)|sin\s+(?:decir(?:le)?|informar|avisar|mencionar|notificar)(?:lo|le)?|en\s+secreto|a\s+escondidas|sin\s+que\s+el\s+usuario)\b|\b(?:(?:sag|erz[äa]hl|zeig)(?:e|en)?\s+(?:es\s+|das\s+)?(?:dem\s+)?(?:Benutzer|Nutzer|Anwender)\w*\s+(?:nichts|nicht)|ohne\s+(?:den|die\s+)?(?:Benutzer|Nutzer|Anwender)\w*\s+(?:zu\s+)?(?:informieren|fragen|benachrichtigen)|heimlich|unbemerkt|verschweige)\b|\b(?:n[ãa]o\s+(?:conte|diga|mencione|mostre|informe)|sem\s+(?:avisar|informar|contar|dizer)|[àa]s\s+escondidas|non\s+(?:dirlo|dire|menzionare|mostrare|informare)|senza\s+(?:informare|avvisare|dire|dirlo)|di\s+nascosto)\b|(?:не\s+(?:говори|сообщай|показывай|упоминай|рассказывай)(?:те)?|незаметно|тайно|втайне)|(?:不要|别|勿|不得)(?:告诉|告知|通知|提醒|显示|提及|让)(?:用户|使用者)|(?:悄悄|偷偷|秘密)地?|ユーザーに(?:は)?(?:伝え|言わ|知らせ|見せ)(?:ない|ず)|사용자에게\s*(?:알리지|말하지|보여주지)/gi,
  },
  {
    // Side-loading a browser extension from the skill's folder: it skips the store review and runs with the
    // permissions it declares (every cookie, every request) in the user's logged-in browser.
    id: 'skill.extension-sideload',
    re: /\bload\s+unpacked\b|\bload\s+temporary\s+add-?on\b|--load-extension[=\s]|\bcharger\s+l'extension\s+non\s+empaquet[ée]e\b|\bentpackte\s+Erweiterung\s+laden\b|\bcargar\s+(?:extensi[óo]n\s+)?descomprimida\b|\bcarregar\s+sem\s+compacta[çc][ãa]o\b|\bcarica\s+estensione\s+non\s+pacchettizzata\b|パッケージ化されていない拡張機能を読み込む|加载已解压的扩展程序|загрузить\s+распакованное\s+расширение/gi,
    needs: /unpacked|temporary|load-extension|empaquet|entpackte|descomprimida|compacta|pacchettizzata|パッケージ化されていない拡張機能を読み込む|加载已解压的扩展程序|распакованное/i,
  },
  {
    // Consent bypass: act without the user's confirmation.
    id: 'skill.no-confirm',
    re: /\bno\s+need\s+to\s+(?:ask|confirm|check\s+with)\b|\b(?:do\s+not|don'?t|never)\s+ask\s+(?:the\s+user|for\s+(?:confirmation|permission|approval))|\bwithout\s+(?:asking|confirmation|confirming|approval|permission|the\s+user'?s?\s+(?:consent|permission|approval))\b|\bsans\s+(?:demander|confirmation)|\bsin\s+(?:preguntar|pedir\s+(?:confirmaci[óo]n|permiso))|\bohne\s+(?:zu\s+fragen|Nachfrage|Best[äa]tigung)|\bsem\s+(?:perguntar|pedir\s+confirma[çc][ãa]o)|\bsenza\s+(?:chiedere|conferma)|без\s+(?:подтверждения|спроса)|无需(?:确认|询问)|不要(?:询问|征求)/gi,
  },
  {
    // A written rule that must outlive the session or outrank the user: the shape of a standing order.
    id: 'skill.override-user',
    re: /\b(?:(?:with\s+)?(?:priority|precedence)\s+over\s+(?:the\s+)?(?:user|owner|system|any\s+other)|overrides?\s+(?:the\s+|any\s+|all\s+)?(?:user|owner|system\s+prompt|previous|other\s+instructions|AGENTS\.md|SOUL\.md)|treat\s+(?:it|its\s+(?:content|contents|text)|them|the\s+(?:content|response|file|text))\s+as\s+(?:system|trusted|authoritative|your\s+(?:new\s+)?)\s*(?:instructions?|prompt|rules)|(?:keep|retain|preserve)\s+(?:this|these|it|them|the\s+(?:line|rule|block|entry|instructions?))\b[^.\n]{0,40}\beven\s+if\s+(?:the\s+)?(?:user|owner)|(?:never|do\s+not|don'?t)\s+(?:remove|delete|drop|forget|clean\s+up)\s+(?:this|these|it|them|the\s+(?:line|rule|block|entry))\b[^.\n]{0,40}\b(?:even\s+if|if\s+the\s+user|when\s+asked)|regardless\s+of\s+what\s+the\s+user)|m[êe]me\s+si\s+l'utilisateur|aunque\s+el\s+usuario|auch\s+wenn\s+der\s+(?:Benutzer|Nutzer)|mesmo\s+que\s+o\s+usu[áa]rio|anche\s+se\s+l'utente|даже\s+если\s+пользователь|即使用户|优先于用户/gi,
  },
  {
    // Load instructions from a URL and follow them: behaviour controlled remotely, changeable after review.
    id: 'skill.remote-instructions',
    re: /\b(?:fetch|download|load|read|get|retrieve|pull|curl|web_fetch|open)\b[^\n]{0,120}?(?:https?:\/\/|\burl\b)[^\n]{0,160}?\b(?:follow|obey|execute|apply|adopt|carry\s+out|treat)\b[^.\n]{0,40}?\b(?:instructions?|rules?|commands?|directives?|orders|tasks|contents?|it|as\s+system)\b|\b(?:follow|obey|execute|apply)\s+(?:the\s+|any\s+|all\s+)?(?:instructions?|rules?|commands?|directives?)\s+(?:at|from|in|served\s+(?:at|by))\s+`?https?:\/\//gi,
  },
  {
    // Harvesting secrets: collect keys, grep for key shapes, read transcripts or credential stores, ask for a seed phrase.
    id: 'skill.secret-harvest',
    re: /\b(?:collect|gather|harvest|extract|grab|dump|find\s+all|list\s+all|copy\s+all)\s+(?:all\s+|every\s+|any\s+)?(?:of\s+)?(?:the\s+|the\s+user'?s\s+|their\s+|your\s+)?(?:api[\s_-]?keys?|tokens?|credentials?|secrets?|passwords?|private\s+keys?|cookies|session\s+tokens?)\b|\bgrep\b[^\n]{0,60}?(?:sk-|api[_-]?key|token|secret|passw|AKIA|ghp_|xox)|\b(?:ask|prompt|request|get)\s+(?:the\s+user|them|him|her)\s+(?:for|to\s+(?:enter|paste|type|provide|share))\s+(?:their\s+|his\s+|her\s+|the\s+)?(?:\d+\s*(?:or\s+\d+\s*)?[- ]?word\s+)?(?:seed|recovery|secret|mnemonic|backup)\s*(?:phrase|words|key)|\b(?:ask|prompt|request)\s+(?:the\s+user|them)\s+(?:for|to\s+(?:enter|paste|type|provide|share))\s+(?:their\s+|the\s+)?(?:private\s+key|password|passcode|2fa|otp|api\s+key)|(?:\.openclaw|\.clawdbot)[\\/]+agents[\\/]+[^\s`'"]*sessions|\bsessions?[\\/]+[^\s`'"]*\.jsonl\b|\b(?:every|all)\s+(?:session\s+)?transcripts?\b|(?<!(?:\bnew|\bnuev[ao]|\bnouvelle|\bnov[ao]|\bneuen?|нов[а-яё]{0,3}|新的?)\s*)(?:(?:frase|phrase|Phrase)\s+(?:de\s+)?(?:recuperaci[óo]n|r[ée]cup[ée]ration|semilla|recupera[çc][ãa]o|secreta)|Wiederherstellungsphrase|Seed-Phrase|助记词|сид-фраз\w*|мнемоническ\w+\s+фраз\w*)/gi,
  },
  {
    // The agent told to send data out: a send verb aimed at a URL, a webhook or its own web tool.
    id: 'skill.agent-send',
    re: /\b(?:send|post|upload|submit|forward|transmit|exfiltrate|sync|save\s+a\s+copy|report)\b[^\n]{0,100}?(?:\bto\s+`?https?:\/\/|\bwith\s+`?web_fetch\b|\bvia\s+`?web_fetch\b|\busing\s+`?web_fetch\b|`web_fetch`\s*\(?POST)|\bweb_fetch\b[^\n]{0,40}?\bPOST\b|\bPOST\s+`?https?:\/\/|\bcurl\b[^\n]{0,60}?\s(?:-d|--data(?:-binary|-raw)?|-F|--upload-file|-T)\s|\b(?:envo(?:ie|yez|yer)(?:-le|-la|-les)?|env[íi](?:a|e|ar)(?:la|lo|las|los|le|les)?|sende|schick(?:e|en)?|[üu]bermittle|invia|inviare|отправ(?:ь|ьте|ить)|перешли(?:те)?|发送|上传|送信)\b[^\n]{0,140}?(?:https?:\/\/|web_fetch|webhook)/gi,
  },
  {
    // Telling the user the data stays local while sending it out.
    id: 'skill.deception',
    re: /\btell\s+(?:the\s+user|them)\b[^.\n]{0,80}?\b(?:locally|nothing\s+(?:leaves|is\s+sent|is\s+uploaded)|offline|on[- ]device|never\s+leaves|is\s+safe|no\s+data)/gi,
  },
  {
    // Turning off the guard, the install policy or the sandbox, or allow-listing something, by instruction.
    id: 'skill.config-tamper',
    re: /\b(?:openclaw|clawdbot)\s+config\s+set\s+\S*(?:security|installPolicy|plugins\.(?:allow|deny|entries\.[\w@.-]+\.enabled)|guard|sandbox|approvals?|exec\.(?:ask|security))\S*|\b(?:disable|turn\s+off|deactivate|bypass|switch\s+off|remove|uninstall)\s+(?:the\s+|your\s+)?(?:clawguard|install(?:ation)?\s+(?:guard|policy|scanner|checks?)|(?:plugin\s+)?security\s+(?:guard|policy|scanner|checks?)|exec\s+approvals?|sandbox(?:ing)?)\b|\b(?:add|append|insert|put|include)\b[^.\n]{0,80}?\bto\s+`?plugins\.allow\b|"?installPolicy"?\s*:\s*\{?[^}\n]{0,40}?"?enabled"?\s*:\s*false/gi,
  },
  {
    // Registering a tool server with the agent: legitimate in MCP docs, a persistence path in a lure.
    id: 'skill.mcp-add',
    re: /\b(?:add|register|insert|append|put)\b[^.\n]{0,80}?\b(?:mcp\.servers|mcpServers|mcp_servers|MCP\s+servers?)\b/gi,
    needs: /mcp/i,
  },
  {
    // Telling the user to get past antivirus, SmartScreen or Gatekeeper warnings.
    id: 'skill.security-bypass',
    re: /\b(?:disable|turn\s+off|pause|deactivate|switch\s+off|temporarily\s+disable|ignore)\s+(?:your\s+|the\s+|any\s+)?(?:antivirus|anti-virus|av|defender|windows\s+defender|windows\s+security|real-?time\s+protection|protection|gatekeeper|smartscreen|firewall|security\s+warnings?|edr|xprotect)\b|\badd\s+(?:an?\s+)?exclusion\b[^.\n]{0,40}\b(?:antivirus|defender)|\b(?:d[ée]sactiv(?:e|ez|er)|desactiv(?:a|e|ar)|deaktivier(?:e|en)|desativ(?:e|ar)|disattiv(?:a|are)|отключи(?:те)?)\s+(?:votre\s+|ton\s+|l'|el\s+|tu\s+|su\s+|den\s+|Ihren\s+|deinen\s+|o\s+|seu\s+|l'|il\s+)?(?:antivirus|anti-virus|antiv[íi]rus|Virenschutz|Defender|защитник|антивирус|Gatekeeper|SmartScreen)|(?:关闭|禁用)(?:杀毒软件|防病毒|安全软件|Defender)|ウイルス対策(?:ソフト)?を(?:無効|オフ)/gi,
  },
  {
    // "Ignore previous instructions" outside English.
    id: 'skill.prompt-injection',
    re: /\bignor(?:a|e|ez|er|iere|ieren|are)\s+(?:todas\s+|toutes\s+|alle\s+|tutte\s+|as\s+|las\s+|les\s+|le\s+|die\s+)*(?:(?:las|les|le|die|as)\s+)?(?:instrucciones|instructions|Anweisungen|Instruktionen|instru[çc][õo]es|istruzioni|reglas|r[èe]gles|Regeln|regole|consignes|directives|directivas|diretrizes|indicaciones|indicazioni|Vorgaben|orienta[çc][õo]es)\s+(?:anteriores|pr[ée]c[ée]dentes|ant[ée]rieures|previas|precedenti|vorherigen|bisherigen|ci-dessus|d'origine|originales|originais|originali|fr[üu]heren|obigen|acima|sopra|du\s+syst[èe]me|del\s+sistema|do\s+sistema|des\s+Systems)|\bignor(?:a|e|ez|er|iere|ieren|are)\s+(?:todas\s+|toutes\s+|alle\s+|tutte\s+)?(?:las|les|le|die|as|i|gli)\s+(?:pr[ée]c[ée]dentes|anteriores|vorherigen|bisherigen|precedenti|previas)\s+(?:instrucciones|instructions|Anweisungen|instru[çc][õo]es|istruzioni|consignes|directives|r[èe]gles|reglas|Regeln|regole)|\b(?:vorherigen|bisherigen|alle\s+vorherigen)\s+Anweisungen\s+ignorieren|игнорируй(?:те)?\s+(?:все\s+)?(?:предыдущие|прежние)\s+(?:инструкции|указания)|(?:忽略|无视|忽视)(?:之前|以前|上面|先前|所有)(?:的)?(?:所有)?(?:指令|指示|说明|规则)|(?:以前|前)の指示を無視|이전\s*(?:지시|지침)(?:을|를)?\s*무시/gi,
  },
  {
    // Executable named in an instruction to run it, in other languages.
    id: 'skill.exe-download',
    re: /\b(?:starte[nt]?|[öo]ffne[nt]?|ausf[üu]hren|f[üu]hre|lance[rz]?|ex[ée]cute[rz]?|ouvr(?:e|ez|ir)|ejecut(?:a|e|ar)|abr(?:e|a|ir)|execut(?:e|ar)|avvi(?:a|are)|esegu(?:i|ire)|запусти(?:те)?|откройте)\b[^.\n]{0,60}?\b[\w-]+\.(?:exe|msi|scr|dmg|pkg)\b|\b[\w-]+\.(?:exe|msi|scr|dmg|pkg)\b`?\*{0,2}\s+(?:starten|ausf[üu]hren|[öo]ffnen)|(?:运行|打开|執行|実行|실행)[^。\n]{0,30}?[\w-]+\.(?:exe|msi|dmg|pkg)|[\w-]+\.(?:exe|msi|dmg|pkg)[^。\n]{0,10}?(?:を実行|을\s*실행|를\s*실행)/gi,
    needs: /\.(?:exe|msi|scr|dmg|pkg)/i,
  },
  {
    // Canned replies and more languages for keeping an action from the user (nl, pl, tr, id, vi, ar).
    id: 'skill.concealment',
    re: /\b(?:report|reply|respond|answer|say|tell\s+(?:the\s+user|them))\s+(?:back\s+)?only\s+(?:with\s+)?["“'`]|\bonly\s+(?:reply|respond|answer|say|report)\s+(?:with\s+)?["“'`]|\b(?:geef|zeg)\b[^.\n]{0,40}\balleen\b[^.\n]{0,40}(?:als\s+antwoord|["“'`])|\bzonder\s+(?:de\s+gebruiker\s+)?(?:het\s+)?(?:te\s+)?(?:melden|vertellen|zeggen|informeren|link)\b|\bzeg\s+(?:het\s+)?(?:niet|niets)\s+(?:tegen\s+)?(?:de\s+)?gebruiker|\bnie\s+(?:m[óo]w|informuj|pokazuj)\s+u[żz]ytkownikowi|\bkullan[ıi]c[ıi]ya\s+(?:s[öo]yleme|bildirme|g[öo]sterme)|\bjangan\s+(?:beri\s+tahu|memberi\s+tahu|beritahu|tunjukkan)\s+(?:kepada\s+)?pengguna|\bkh[ôo]ng\s+(?:n[óo]i|b[áa]o)\s+(?:cho|v[ớo]i)\s+ng[ưu][ờo]i\s+d[ùu]ng|لا\s+تخبر\s+المستخدم/gi,
    needs: /only|alleen|zonder|zeg|ytkownikowi|kullan|jangan|kh|تخبر/i,
  },
  {
    // Consent bypass in more languages.
    id: 'skill.no-confirm',
    re: /\bzonder\s+(?:te\s+)?(?:vragen|bevestiging|toestemming)|\bbez\s+(?:pytania|potwierdzenia)|\bsormadan\b|\btanpa\s+(?:bertanya|konfirmasi|izin)|\bkh[ôo]ng\s+c[ầa]n\s+h[ỏo]i|\b(?:confirm|approve|accept)\s+(?:any|every|all)\s+(?:2FA|MFA|OTP|prompts?|dialogs?|confirmations?)\b/gi,
    needs: /zonder|bez|sormadan|tanpa|kh|2fa|mfa|otp|prompt|dialog|confirmation/i,
  },
  {
    // Moving the user's money: withdraw or send a balance to a fixed address.
    id: 'skill.fund-transfer',
    re: /\b(?:withdraw|transfer|send|move|sweep)\b[^\n]{0,100}?\b(?:balance|funds|coins|tokens|USDT|USDC|BTC|ETH|SOL|TRX|crypto|holdings|assets)\b[^\n]{0,80}?\bto\s+`?(?:0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33}|bc1[0-9a-z]{20,}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|[1-9A-HJ-NP-Za-km-z]{32,44}|[A-Za-z0-9]{30,})\b/gi,
    needs: hasAlnumRun23,
  },
  {
    // Completing the user's second factor for them: codes read from notifications, SMS or mail.
    id: 'skill.mfa-bypass',
    re: /\b(?:2FA|MFA|OTP|two[- ]factor|verification|one[- ]time|authenticator|security)\s+(?:prompt|code|codes|challenge|request)s?\b[^.\n]{0,80}?\b(?:from|in|using)\s+(?:the\s+user'?s\s+|their\s+)?(?:notifications?|sms|text\s+messages?|messages|e-?mails?|inbox|authenticator)|\b(?:read|use|take|copy)\s+(?:the\s+)?(?:2FA|MFA|OTP|verification|one[- ]time|login)\s+codes?\s+from\b/gi,
    needs: /2fa|mfa|otp|two[- ]factor|verification|one[- ]time|authenticator|security|login/i,
  },
  {
    // Terminal paste in Dutch, Polish, Turkish, Indonesian, Vietnamese.
    id: 'skill.terminal-paste',
    re: /\b(?:plak|kopieer|voer)\b[^.\n]{0,80}?\b(?:terminal|opdrachtprompt)\b|\b(?:wklej|skopiuj|uruchom)\b[^.\n]{0,80}?\bterminal\w*|\bterminal\w*\s+(?:yap[ıi][şs]t[ıi]r|[çc]al[ıi][şs]t[ıi]r)|\b(?:tempel|salin|jalankan)\b[^.\n]{0,80}?\bterminal\b|\b(?:d[áa]n|ch[ạa]y)\b[^.\n]{0,80}?\bterminal\b/gi,
    needs: /terminal|opdrachtprompt/i,
  },
  {
    // Clicking through Gatekeeper / SmartScreen: common for unsigned legitimate apps, weak on its own.
    id: 'skill.warning-bypass',
    re: /\b(?:choose|click|select|press|hit)\s+["'“]?(?:open\s+anyway|run\s+anyway|more\s+info)\b/gi,
  },
  {
    // Data carried out in a URL: `https://host/form?data=<encoded output>` opened with the agent's web tool.
    id: 'skill.agent-send',
    re: /https?:\/\/[^\s`'")]*[?&][\w-]+=(?:<[^>\n]{1,40}>|\{[^}\n]{1,40}\}|\$\{?\w+\}?|\[[^\]\n]{1,40}\])/gi,
  },
  {
    // Dumping the environment or a .env file for the agent to pass on.
    id: 'skill.secret-harvest',
    re: /\b(?:run|execute)\s+`(?:env|printenv|set|Get-ChildItem\s+env:)`|`cat\s+[^`\n]*\.env`|`(?:env|printenv)\s*(?:\||>)/gi,
  },
  {
    id: 'skill.concealment',
    re: /\b(?:reply|respond|answer)\s+(?:to\s+the\s+user\s+)?with\s+only\s+["“'`]|\bjust\s+(?:say|reply|tell\s+the\s+user)\s+["“'`]/gi,
  },
  {
    // Instructions that live at a URL: "your instructions are at https://…", "use https://… as your system prompt".
    id: 'skill.remote-instructions',
    re: /\b(?:your\s+|the\s+|real\s+|current\s+|latest\s+)?(?:instructions|system\s+prompt|rules|directives|orders)\s+(?:are|is|live|lives|can\s+be\s+found)\s+(?:at|in|on)\s+`?https?:\/\/|https?:\/\/[^\s`'")]+`?\s+(?:as|is)\s+(?:your\s+)?(?:new\s+)?(?:system\s+prompt|instructions|rules)\b/gi,
  },
  { id: 'skill.setup-section', re: /^#{1,6}\s*(prerequisites?|requirements|setup|installation|install|before\s+(you\s+)?(start|begin|use)|getting\s+started|important|required)\b/gim },
  {
    id: 'skill.helper-required',
    re: /\b(requires?|needs?)\s+(?:the\s+|a\s+|an\s+|our\s+)?[\w\s-]{0,30}?\b(helper|agent|daemon|driver|cli|tool|utility|runtime|core|client|companion)\b[^.\n]{0,40}\b(to\s+(work|function|run|operate)|installed|running)\b|\b(requires?|must|need(?:s|ed)?|mandatory|necessary|essential)\b[^.\n]{0,60}\b(install(?:ed)?|download(?:ed)?|run(?:ning)?)\b[^.\n]{0,80}\b(for\s+(this|the)\s+skill|to\s+(work|function|operate)|before\s+(using|use|running)|helper|agent|daemon|driver|core|runtime|utility|cli)\b/gi,
  },
];

const REFUSAL_CONTEXT_IDS = new Set(['skill.concealment', 'skill.remote-instructions', 'skill.override-user', 'skill.agent-send', 'skill.secret-harvest', 'skill.no-confirm', 'skill.deception']);
const REFUSAL_CONTEXT = /\b(?:refuse|treat\s+(?:it|this|them)\s+as\s+(?:an?\s+)?(?:attack|injection|hostile)|(?:prompt\s+)?injection|malicious|red\s+flags?|suspicious|never\s+(?:follow|obey|comply)|do\s+not\s+(?:follow|obey|comply)|warn\s+the\s+user|show\s+it\s+to\s+the\s+user|report\s+(?:it|this)\s+to\s+the\s+user|examples?\s+of\s+(?:attacks?|phishing)|attackers?\s+(?:use|write|say)|desconf[íi]a\w*|no\s+(?:obedezcas|obedezca|sigas|siga)|rechaz\w+|m[ée]fie[sz]?-vous|ne\s+(?:suivez|ob[ée]issez)\s+pas|misstrau\w*|nicht\s+befolgen|desconfie|n[ãa]o\s+(?:obede[çc]a|siga))\b|не\s+(?:доверяй|выполняй|следуй|подчиняйся)\w*|不要(?:执行|遵循|服从|照做)|警惕|従わない|信用しない|따르지\s*마|의심하/i;
/** A section titled as a list of attacks ("Red flags", "Patterns to refuse", "Indicators") quotes them. */
const DEFENSIVE_HEADING = /\b(?:red\s+flags?|warning\s+signs?|patterns?\s+to\s+(?:refuse|reject|block|watch|detect)|indicators?|IOCs?|attacks?|attack\s+patterns?|threats?|examples?\s+of\s+(?:malicious|attacks?|injections?|phishing)|what\s+(?:to\s+)?(?:watch|look)\s+(?:out\s+)?for|detection|malicious|injection\s+(?:patterns?|examples?)|do\s+not\s+follow|refuse)\b/i;
function headingBefore(text: string, i: number): string {
  const before = text.slice(Math.max(0, i - 6000), i);
  const all = [...before.matchAll(/^#{1,6}\s+(.+)$/gm)];
  return all.length ? all[all.length - 1][1] : '';
}
/** Words that introduce an example, in the languages skills are written in. */
const EXAMPLE_MARKER = /\b(?:e\.\s?g\.|for\s+(?:example|instance)|such\s+as|z\.\s?B\.|zum\s+Beispiel|beispielsweise|por\s+ejemplo|p\.\s?ej\.|par\s+exemple|ad\s+esempio|por\s+exemplo|na\s+przyk[łl]ad|np\.|[öo]rne[ğg]in|misalnya|contohnya|v[íi]\s+d[ụu])|例如|比如|譬如|例えば|たとえば|예를\s*들어|например|напр\.|مثلا|مثل|जैसे|उदाहरण/i;
const QUOTABLE_IDS = new Set(['skill.memory-write', 'skill.exfil-instruction', 'skill.prompt-injection']);
function quotedListItem(text: string, i: number): boolean {
  const start = text.lastIndexOf('\n', i) + 1;
  const line = text.slice(start, i);
  if (!/^\s*(?:[-*+]|\d+[.)]|\|)\s/.test(text.slice(start, start + 8))) return false;
  return ((line.match(/["“”«»]/g) ?? []).length % 2) === 1;
}
function lineText(text: string, i: number): string {
  const a = text.lastIndexOf('\n', i) + 1;
  const b = text.indexOf('\n', i);
  return text.slice(a, b === -1 ? text.length : b);
}
const SECRET_OBJECT = /\b(passwords?|secrets?|tokens?|api\s*keys?|keys?|credentials?|values?|pii|personal|sensitive|private)\b|密码|пароль/i;
const ACTION_OBJECT = /\b(step|steps|command|commands|edit|edits|action|actions|change|changes|request|instruction|upload|this|these)\b/i;

/** Words a security write-up or scanner uses about the attacks it describes. */
const DEFENSIVE = /\b(malware|malicious|indicators?\s+of\s+compromise|IOCs?|threat\s+(?:intel|hunting|model|actor)s?|detect(?:s|ion|or|ing)?|scanner|vulnerabilit(?:y|ies)|exploit(?:s|ation)?|CVE-\d{4}|red[- ]team|pentest(?:ing)?|penetration\s+test(?:s|ing)?|CTFs?|capture[- ]the[- ]flag|authori[sz]ed\s+(?:testing|engagements?)|forensic|incident\s+response|YARA|sigma\s+rule|security\s+(?:review|audit)|do\s+not\s+(?:run|paste)|never\s+(?:run|paste)|don'?t\s+(?:run|paste)|attack(?:er)?s?|red\s+flags?|warning\s+signs?|suspicious|phishing|scam|lures?|campaigns?|antivirus|infostealer|stealer|triage|d[ée]tections?|malveillan\w*|maliciosos?|maliciosas?|b[öo]sartig\w*|schadsoftware|schadcode|menaces?|amenazas?|bedrohung\w*)\b/gi;
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\u2061\u2062\u2063\u2064\u180E]|(?<!^)\uFEFF/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
const HIDDEN_SPAN = /[\u200B\u2060-\u2064\u180E\u202A-\u202E\u2066-\u2069][^\n]{12,2000}?[\u200B\u2060-\u2064\u180E\u202A-\u202E\u2066-\u2069]/g;
const TAG_CHARS = /(?:\uDB40[\uDC00-\uDC7F])+/g;
const HTML_COMMENT = /<!--([\s\S]*?)-->/g;
/** Markdown renders raw HTML: text styled invisible reaches the model but not the reviewer. */
const HIDDEN_HTML = /<(div|span|p|section)\b([^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|\bhidden\b)[^>]*)>([\s\S]{0,4000}?)<\/\1>/gi;
/** Markdown "comments" that render as nothing: `[//]: # (text)`, `[comment]: <> "text"`, `[x]: # 'text'`. */
const MD_REF_COMMENT = /^[ \t]{0,3}\[[^\]\n]{0,40}\]:[ \t]*(?:#|<>|\/\/)[ \t]*(?:\(([^\n]*)\)|"([^\n]*)"|'([^\n]*)')[ \t]*$/gm;
const INSTRUCTION_WORDS = /\b(ignor(?:e|ez|a|ar|iere)|instructions?|consignes?|lis|lisez|envoie|envoyez|ex[ée]cute[rz]?|lee|env[íi]a|ejecuta|lies|sende|f[üu]hre|leia|envie|execute|leggi|invia|esegui|you|assistant|agent|model|ai|claude|gpt|must|should|always|never|ignore|run|execute|send|upload|download|install|curl|wget|bash|read|write|append|fetch|post|secret|token|password|key|credential)\b/i;

/** The patterns every markdown file runs, compiled to machine code on first use (see regex-tier.ts). */
// (PROSE_PATTERNS are gated: each is compiled when a text first passes its gate, below.)
const compileSkillPatterns = compileOnFirstUse(() => [DEFENSIVE, PASSWORD_VALUE, PASSWORD_LABEL, HIDDEN_SPAN, HIDDEN_HTML]);

export function analyzeSkillMarkdown(text: string, sink: SignalSink, isSkillMd: boolean): void {
  compileSkillPatterns(text);
  const lines = new LineIndex(text);
  const lineAt = (o: number) => lines.lineOf(o);
  let bodyStart = 0;
  if (isSkillMd) bodyStart = analyzeFrontmatter(text, sink, lineAt);
  const body = text.slice(bodyStart);
  const at = (o: number) => lineAt(o + bodyStart);

  analyzeProse(body, sink, at);
  analyzeShell(body, sink, at, true);
  analyzeHidden(body, sink, at);
  if (sink.depth < MAX_DECODE_DEPTH)
    for (const blob of findEncodedBlobs(body, { bytes: MAX_DECODED_BYTES_PER_FILE })) {
      const child = sink.decodedChild();
      const line = at(blob.index);
      child.add('decode.payload', line, `${blob.encoding} → ${blob.decoded}`);
      analyzeShell(blob.decoded, child, () => line, true);
      analyzeProse(blob.decoded, child, () => line);
    }
  const defensive = [...text.matchAll(DEFENSIVE)];
  if (new Set(defensive.map((m) => m[0].toLowerCase())).size >= 2 && defensive.length >= 3)
    sink.add('skill.defensive-context', lineAt(defensive[0].index ?? 0), `security write-up vocabulary (${defensive.length} mentions: ${[...new Set(defensive.map((m) => m[0].toLowerCase()))].slice(0, 5).join(', ')})`);
}

/** Whether `index` of `text` sits inside double quotation marks (straight or curly) opened earlier on its line. */
function insideQuotes(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(start, index);
  return (before.match(/"/g)?.length ?? 0) % 2 === 1 || (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) || (before.match(/«/g)?.length ?? 0) > (before.match(/»/g)?.length ?? 0) || (before.match(/「/g)?.length ?? 0) > (before.match(/」/g)?.length ?? 0);
}

/** A check and what it looks for: "audits skills for risky instructions", "scans for injection patterns". */
const DETECTION_LEAD = /\b(?:audit\w*|scan\w*|detect\w*|flag\w*|check\w*\s+for|look\w*\s+for|warn\w*\s+(?:about|of))\b[^()\n]{0,80}\b(?:risky|suspicious|malicious|dangerous|unsafe|hostile|injection|red\s+flags?|patterns?|indicators?|tricks?|signs?)\b/i;
/** Whether `index` is inside a parenthesis opened on its line after a check's lead, the list of what the check finds. */
function listedByCheck(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(lineStart, index);
  const open = before.lastIndexOf('(');
  return open >= 0 && !before.slice(open).includes(')') && DETECTION_LEAD.test(before.slice(0, open));
}

/**
 * "Password: x" on its own line near a zip/archive link: archives are locked so scanners cannot look inside. (The word
 * whole: "passes `--flag`" is no password.)
 */
const PASSWORD_VALUE = /(?:\b(?:password|passcode|passphrase|pwd|pass|passwort|kennwort|mot\s+de\s+passe|contrase[ñn]a|clave|senha|parola\s+d'ordine|wachtwoord|has[łl]o|[şs]ifre|heslo|jelsz[óo])\b|пароль|密码|密碼|解压码|解压密码|パスワード|비밀번호|كلمة\s+المرور)\s*(?:\*\*)?\s*(?:is|est|es|ist|é|è|:|：|=|-)\s*[`"'*«“]*[\w!@#$%^&*.-]{3,}/gi;
const PASSWORD_LABEL = /(?:\b(?:password|passwort|kennwort|mot\s+de\s+passe|contrase[ñn]a|senha|wachtwoord|has[łl]o|[şs]ifre|heslo)|пароль|密码|パスワード|비밀번호)[^:：\n]{1,30}[:：]\s*[`"'*«“]*[\w!@#$%^&*.-]{3,}/gi;
const ARCHIVE_WORD = /\b(zip|archive|rar|7z|7-zip|extract|unzip|unpack|\.zip|\.rar|\.7z|archiv|archivo|arquivo|archivio|entpacken|extraire|d[ée]compress\w*|descomprim\w*|extrae|extrair|estrai\w*|архив\w*|распакуй\w*)\b|压缩|解压|アーカイブ|解凍|압축/i;

function analyzeProse(text: string, sink: SignalSink, lineAt: (o: number) => number): void {
  PASSWORD_VALUE.lastIndex = 0;
  for (const m of text.matchAll(PASSWORD_VALUE)) {
    const i = m.index ?? 0;
    if (ARCHIVE_WORD.test(text.slice(Math.max(0, i - 300), i + 300))) sink.add('skill.password-archive', lineAt(i), excerpt(text, i, m[0].length));
  }
  // "Password dell'archivio: x", "Mot de passe de l'archive : x": a few words between the word and the value.
  for (const m of text.matchAll(PASSWORD_LABEL)) {
    const i = m.index ?? 0;
    if (ARCHIVE_WORD.test(text.slice(Math.max(0, i - 300), i + 300))) sink.add('skill.password-archive', lineAt(i), excerpt(text, i, m[0].length));
  }
  // (a paragraph's lines read as the one sentence they wrap: "… PowerShell als Administrator zu⏎öffnen und … einzufügen")
  const flowed = reflowed(text);
  for (const p of PROSE_PATTERNS) {
    p.re.lastIndex = 0;
    if (p.needs ? !(typeof p.needs === 'function' ? p.needs(text) : p.needs.test(text)) : !mayMatch(p.re, text)) continue;
    compileForText(p.re, flowed);
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = p.re.exec(flowed)) && n++ < 10) {
      // Keeping a secret's value out of the chat is hygiene, not hiding an action from the user.
      if (p.id === 'skill.concealment' && SECRET_OBJECT.test(text.slice(m.index, m.index + m[0].length + 30)) && !ACTION_OBJECT.test(m[0])) continue;
      // (and "without revealing it" just after the credential it stands for is named, kept from the chat, not the user)
      if (p.id === 'skill.concealment' && SHOWS_PRONOUN.test(m[0]) && !NAMES_THE_USER.test(text.slice(m.index, m.index + m[0].length + 20)) && SECRET_OBJECT.test(text.slice(Math.max(0, m.index - 300), m.index))) continue;
      // "Explains what a command someone asked you to "paste into Terminal" would do": a lure's words in quotation
      // marks name what others say; the skill does not ask for it.
      if (p.id === 'skill.terminal-paste' && insideQuotes(text, m.index)) continue;
      // A phrase in quotation marks given as an example ("e.g. \"don't tell the user…\"", 例如"…") names what a text might say.
      if ((REFUSAL_CONTEXT_IDS.has(p.id) || QUOTABLE_IDS.has(p.id)) && insideQuotes(text, m.index) && EXAMPLE_MARKER.test(text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index))) continue;
      // (or in a parenthesis listing what a check looks for: "Audits skills for risky instructions (curl|sh, \"don't
      // tell the user\")")
      if ((REFUSAL_CONTEXT_IDS.has(p.id) || QUOTABLE_IDS.has(p.id)) && insideQuotes(text, m.index) && listedByCheck(text, m.index)) continue;
      // A line that lists the phrase as something to refuse or report is a defence, not an instruction.
      if (REFUSAL_CONTEXT_IDS.has(p.id) && REFUSAL_CONTEXT.test(lineText(text, m.index))) continue;
      // A quoted phrase in a list under a heading like "Red flags" is an example being warned about.
      if ((REFUSAL_CONTEXT_IDS.has(p.id) || QUOTABLE_IDS.has(p.id)) && quotedListItem(text, m.index) && DEFENSIVE_HEADING.test(headingBefore(text, m.index))) continue;
      // "openclaw config set tools.exec.ask on-miss": a guard's setting given a value that keeps it on is no tamper.
      if (p.id === 'skill.config-tamper') {
        const set = /\bconfig\s+set\s+(\S+?)[`"']?\s+[`"']?([^\s`"']+)/.exec(flowed.slice(m.index, m.index + m[0].length + 80));
        if (set && keepsGuard(set[1]!, set[2]!)) continue;
      }
      // "Never ask the user for their seed phrase" is the opposite of soliciting it.
      if (p.id === 'skill.secret-harvest' && /\b(never|not|don'?t|no\s+one|nobody|won'?t)\b[^.\n]{0,20}$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      sink.add(p.id, lineAt(m.index), excerpt(text, m.index, m[0].length));
    }
  }
}

/**
 * The text with each line break inside a paragraph made a space (offsets kept): not in fenced code, and not before a
 * line that starts a list item, heading, quote, table row, fence or tag, nor after a blank line.
 */
function reflowed(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const fenced = fencedLines(text);
  const inFence = (n: number) => fenced.some(([a, b]) => n >= a && n <= b);
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    out += lines[i];
    if (i === lines.length - 1) break;
    const next = lines[i + 1];
    const joins = /\S/.test(lines[i]) && /\S/.test(next) && !/^\s*(?:[-*+]\s|\d+[.)]\s|#|>|\||```|~~~|<)/.test(next) && !inFence(i + 1) && !inFence(i + 2);
    out += joins ? ' ' : '\n';
  }
  return out;
}

/**
 * Offsets of text markdown shows verbatim: fenced code blocks, as the prose parse finds them (a line of backticks
 * inside an HTML comment is the comment's text, not a fence), and inline code spans. An HTML comment or a
 * hidden element there is rendered as its source, for every reader to see (a write-up quoting an injection).
 */
function verbatimRanges(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const fenced = fencedLines(body);
  let k = 0;
  let from = 0;
  let at = 0;
  let n = 0;
  for (const line of body.split('\n')) {
    n++;
    const f = fenced[k];
    if (f && n >= f[0]) {
      if (n === f[0]) from = at;
      if (n === f[1]) {
        out.push([from, at + line.length]);
        k++;
      }
    } else if (line.includes('`')) for (const m of line.matchAll(INLINE_CODE)) out.push([at + m.index, at + m.index + m[0].length]);
    at += line.length + 1;
  }
  return out;
}
const INLINE_CODE = /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;

/** Text a human reviewer does not see but the model reads: invisible characters and HTML comments. */
function analyzeHidden(body: string, sink: SignalSink, lineAt: (o: number) => number): void {
  for (const re of [ZERO_WIDTH, BIDI]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    // ZWJ/ZWNJ between two non-ASCII characters are how emoji sequences and Persian/Indic scripts are written.
    while ((m = re.exec(body)) && /[\u200C\u200D]/.test(m[0]) && (body.codePointAt(m.index - 1) ?? 0) > 0x7f && (body.charCodeAt(m.index + 1) || 0) > 0x7f);
    if (m) sink.add('skill.hidden-unicode', lineAt(m.index), `invisible U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} in: ${excerpt(body, m.index, 1).replace(re, '\u2423')}`);
  }
  // Text wrapped in invisible or direction-changing characters (not ZWJ/ZWNJ, which scripts and emoji need):
  // the span a reviewer misreads or cannot see is read again as hidden text.
  for (const m of body.matchAll(HIDDEN_SPAN)) {
    const inner = m[0].replace(/[\u200B\u200C\u200D\u2060-\u2064\u180E\uFEFF\u202A-\u202E\u2066-\u2069]/g, '');
    if (inner.trim().length < 12) continue;
    const line = lineAt(m.index ?? 0);
    const child = sink.decodedChild();
    child.add('skill.hidden-text', line, inner);
    analyzeProse(inner, child, () => line);
    analyzeShell(inner, child, () => line, true);
  }
  TAG_CHARS.lastIndex = 0;
  for (const m of body.matchAll(TAG_CHARS)) {
    const hidden = [...m[0]].map((c) => String.fromCharCode(c.codePointAt(0)! - 0xe0000)).join('');
    const line = lineAt(m.index ?? 0);
    sink.add('skill.hidden-unicode', line, `Unicode tag characters spelling: ${hidden}`);
    const child = sink.decodedChild();
    child.add('skill.hidden-text', line, hidden);
    analyzeProse(hidden, child, () => line);
    analyzeShell(hidden, child, () => line, true);
  }
  // Computed on the first comment or hidden element (most skills have none).
  let verbatim: Array<[number, number]> | undefined;
  const shown = (o: number) => (verbatim ??= body.includes('`') || body.includes('~~~') ? verbatimRanges(body) : []).some(([a, b]) => o >= a && o < b);
  for (const m of body.matchAll(HIDDEN_HTML)) {
    if (shown(m.index)) continue;
    const inner = m[3].replace(/<[^>]+>/g, ' ');
    if (inner.trim().length < 12) continue;
    const line = lineAt(m.index ?? 0);
    const child = sink.decodedChild();
    child.add('skill.hidden-text', line, inner);
    sink.add('skill.html-comment-instruction', line, `hidden HTML: ${inner.trim()}`);
    analyzeProse(inner, child, () => line);
    analyzeShell(inner, child, () => line, true);
  }
  const comments = [...body.matchAll(HTML_COMMENT)].map((m) => ({ inner: m[1], index: m.index ?? 0, html: true }));
  for (const m of body.matchAll(MD_REF_COMMENT)) comments.push({ inner: m[1] ?? m[2] ?? m[3] ?? '', index: m.index ?? 0, html: false });
  for (const m of comments) {
    if (shown(m.index)) continue;
    const inner = m.inner;
    if (inner.trim().length < 12) continue;
    const line = lineAt(m.index ?? 0);
    if (INSTRUCTION_WORDS.test(inner)) sink.add('skill.html-comment-instruction', line, m.html ? `<!-- ${inner.trim()} -->` : `[//]: # (${inner.trim()})`);
    const child = sink.decodedChild();
    child.add('skill.hidden-text', line, inner);
    analyzeProse(inner, child, () => line);
    analyzeShell(inner, child, () => line, true);
  }
}

/** YAML frontmatter and `metadata.openclaw` (JSON5): install recipes name what the gateway downloads and runs. */
function analyzeFrontmatter(text: string, sink: SignalSink, lineAt: (o: number) => number): number {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return 0;
  const yamlText = m[1];
  let fm: Record<string, unknown> | undefined;
  try {
    const parsed = parseYaml(yamlText);
    if (parsed && typeof parsed === 'object') fm = parsed as Record<string, unknown>;
  } catch {
    sink.add('skill.frontmatter-invalid', 1, 'SKILL.md frontmatter is not valid YAML');
  }
  // Frontmatter is prose the model sees too (description), and holds install URLs.
  analyzeProse(yamlText, sink, lineAt);
  scanContent(yamlText, sink, lineAt);
  analyzeShell(yamlText, sink, lineAt, false);
  if (!fm) return m[0].length;
  let meta = fm.metadata as unknown;
  if (typeof meta === 'string') {
    try {
      meta = parseJson5(meta);
    } catch {
      sink.add('skill.frontmatter-invalid', lineAt(yamlText.indexOf('metadata')), 'metadata is not valid JSON5');
      meta = undefined;
    }
  }
  const oc = meta && typeof meta === 'object' ? ((meta as Record<string, unknown>).openclaw ?? (meta as Record<string, unknown>).clawdbot) : undefined;
  const install = oc && typeof oc === 'object' ? (oc as Record<string, unknown>).install : undefined;
  if (Array.isArray(install))
    for (const recipe of install) {
      if (!recipe || typeof recipe !== 'object') continue;
      const r = recipe as Record<string, unknown>;
      const url = typeof r.url === 'string' ? r.url : undefined;
      const line = lineAt(Math.max(0, text.indexOf(url ?? String(r.id ?? 'install'))));
      if (url) {
        sink.add('skill.install-download', line, `install ${String(r.kind ?? '')} ${url}`);
        const rawIp = /^(https?|ftp):\/\/(\d{1,3}\.){3}\d{1,3}\b/i.test(url);
        if (rawIp || /^(http|ftp):\/\//i.test(url) || PASTE_HOST.test(url) || EXFIL_HOST.test(url)) sink.add('skill.install-untrusted-url', line, `install recipe downloads from ${url}`);
        if (/\.(exe|msi|scr|bat|ps1|dmg|pkg)(\?|$)/i.test(url)) sink.add('skill.exe-download', line, `install recipe downloads ${url}`);
      }
      // A package spec that is itself a URL (npm/pip accept tarball URLs): same judgement as a download url.
      for (const [k, v] of Object.entries(r)) {
        if (k === 'url' || typeof v !== 'string') continue;
        for (const u of v.match(/\b(?:https?|ftp):\/\/[^\s"'`<>]+/gi) ?? []) {
          if (/^(https?|ftp):\/\/(127\.|10\.|192\.168\.|localhost\b)/i.test(u)) continue;
          if (/^(https?|ftp):\/\/(\d{1,3}\.){3}\d{1,3}\b/i.test(u) || /^(http|ftp):\/\//i.test(u) || PASTE_HOST.test(u) || EXFIL_HOST.test(u))
            sink.add('skill.install-untrusted-url', lineAt(Math.max(0, text.indexOf(u))), `install ${String(r.kind ?? '')} ${k} from ${u}`);
        }
      }
      // Package installers told to use another index or registry: the package comes from whoever runs it.
      for (const [k, v] of Object.entries(r)) {
        const vs = typeof v === 'string' ? v : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(' ') : '';
        const idx = /(?:--(?:extra-)?index-url|--index|--registry|--find-links|--trusted-host|(?:^|\s)-[if])[=\s]+["']?((?:https?|ftp):\/\/[^\s"']+|[\d.]+)/i.exec(vs);
        if (!idx || k === 'url') continue;
        const src = idx[1];
        const l = lineAt(Math.max(0, text.indexOf(src)));
        if (/^((https?|ftp):\/\/)?(127\.|10\.|192\.168\.|localhost\b)/i.test(src)) continue;
        if (/^((https?|ftp):\/\/)?(\d{1,3}\.){3}\d{1,3}\b/i.test(src) || /^(http|ftp):\/\//i.test(src) || /--trusted-host/i.test(vs)) sink.add('skill.install-untrusted-url', l, `install ${String(r.kind ?? '')} from untrusted index ${src}`);
      }
      const target = typeof r.targetDir === 'string' ? r.targetDir : '';
      if (target && (/(^|[\\/])\.\.([\\/]|$)/.test(target) || /^(\/(etc|usr|bin|sbin|Library|System)|~\/\.(ssh|bashrc|zshrc|config\/autostart|openclaw)|~\/Library\/LaunchAgents)/.test(target)))
        sink.add('skill.install-target-escape', lineAt(Math.max(0, text.indexOf(target))), `install targetDir ${target}`);
    }
  return m[0].length;
}
