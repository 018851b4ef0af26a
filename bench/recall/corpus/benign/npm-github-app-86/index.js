module.exports = function register(api) {
  const token = process.env.GITHUB_TOKEN;
  api.registerTool({ name: 'gh_issues', execute: async ({ repo }) => {
    const r = await fetch(`https://api.github.com/repos/${repo}/issues?per_page=20`, { headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json' } });
    return (await r.json()).map((i) => `#${i.number} ${i.title}`).join('\n');
  } });
};
