#!/usr/bin/env node
// Linear GraphQL helper for the linear-issues skill. Node 18+ (global fetch), no deps.
const KEY = process.env.LINEAR_API_KEY;
if (!KEY) {
  console.error("LINEAR_API_KEY is not set (Linear → Settings → Security & access → Personal API keys)");
  process.exit(2);
}

async function gql(query, variables = {}) {
  const res = await fetch("https://api.linear.app/graphql", {
    method: "POST",
    // personal API keys are sent as-is (no "Bearer" prefix), per Linear docs
    headers: { Authorization: KEY, "Content-Type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  if (json.errors?.length) throw new Error(json.errors.map((e) => e.message).join("; "));
  return json.data;
}

function flags(argv) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith("--")) out[argv[i].slice(2)] = argv[++i];
    else out._.push(argv[i]);
  }
  return out;
}

const ISSUE = `id identifier title priority url state { name } assignee { name email } cycle { number }`;

async function issueId(identifier) {
  const d = await gql(`query($id:String!){ issue(id:$id){ id identifier team { id } } }`, { id: identifier });
  if (!d.issue) throw new Error(`no issue ${identifier}`);
  return d.issue;
}

const commands = {
  async me() {
    const d = await gql(`{ viewer { name email teams { nodes { key name } } } }`);
    console.log(JSON.stringify(d.viewer, null, 2));
  },
  async mine() {
    const d = await gql(`{ viewer { assignedIssues(first: 50, filter: { state: { type: { nin: ["completed","canceled"] } } }) { nodes { ${ISSUE} } } } }`);
    const rows = d.viewer.assignedIssues.nodes.sort((a, b) => (b.cycle ? 1 : 0) - (a.cycle ? 1 : 0) || (a.priority || 9) - (b.priority || 9));
    for (const i of rows) console.log([i.identifier, i.state.name, `P${i.priority}`, i.title].join("\t"));
  },
  async search(a) {
    const d = await gql(`query($q:String!){ searchIssues(term:$q, first:25){ nodes { ${ISSUE} } } }`, { q: a._.join(" ") });
    for (const i of d.searchIssues.nodes) console.log([i.identifier, i.state.name, i.assignee?.name ?? "-", i.title].join("\t"));
  },
  async show(a) {
    const d = await gql(`query($id:String!){ issue(id:$id){ ${ISSUE} description comments(first:20){ nodes { body createdAt user { name } } } } }`, { id: a._[0] });
    console.log(JSON.stringify(d.issue, null, 2));
  },
  async create(a) {
    const [teamKey, ...title] = a._;
    const t = await gql(`query($k:String!){ teams(filter:{ key:{ eq:$k } }){ nodes { id } } }`, { k: teamKey });
    const teamId = t.teams.nodes[0]?.id;
    if (!teamId) throw new Error(`no team ${teamKey}`);
    const d = await gql(
      `mutation($in:IssueCreateInput!){ issueCreate(input:$in){ success issue { identifier url } } }`,
      { in: { teamId, title: title.join(" "), description: a.desc, priority: a.priority ? Number(a.priority) : undefined } },
    );
    console.log(`${d.issueCreate.issue.identifier}\t${d.issueCreate.issue.url}`);
  },
  async update(a) {
    const issue = await issueId(a._[0]);
    const input = {};
    if (a.priority) input.priority = Number(a.priority);
    if (a.state) {
      const s = await gql(`query($t:String!){ team(id:$t){ states { nodes { id name } } } }`, { t: issue.team.id });
      const st = s.team.states.nodes.find((x) => x.name.toLowerCase() === a.state.toLowerCase());
      if (!st) throw new Error(`no state "${a.state}"; have: ${s.team.states.nodes.map((x) => x.name).join(", ")}`);
      input.stateId = st.id;
    }
    if (a.assignee) {
      if (a.assignee === "me") input.assigneeId = (await gql(`{ viewer { id } }`)).viewer.id;
      else {
        const u = await gql(`query($e:String!){ users(filter:{ email:{ eq:$e } }){ nodes { id } } }`, { e: a.assignee });
        input.assigneeId = u.users.nodes[0]?.id;
      }
    }
    const d = await gql(`mutation($id:String!,$in:IssueUpdateInput!){ issueUpdate(id:$id,input:$in){ success issue { ${ISSUE} } } }`, { id: issue.id, in: input });
    const i = d.issueUpdate.issue;
    console.log([i.identifier, i.state.name, `P${i.priority}`, i.assignee?.name ?? "-"].join("\t"));
  },
  async comment(a) {
    const [id, ...text] = a._;
    const issue = await issueId(id);
    await gql(`mutation($in:CommentCreateInput!){ commentCreate(input:$in){ success } }`, { in: { issueId: issue.id, body: text.join(" ") } });
    console.log(`commented on ${issue.identifier}`);
  },
};

const [cmd, ...rest] = process.argv.slice(2);
if (!commands[cmd]) {
  console.error(`usage: linear.mjs ${Object.keys(commands).join("|")} ...`);
  process.exit(2);
}
commands[cmd](flags(rest)).catch((e) => {
  console.error(`linear: ${e.message}`);
  process.exit(1);
});
