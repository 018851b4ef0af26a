const API = process.env.GITHUB_API_URL || 'https://api.github.com';

export interface ReleaseInput {
  owner: string;
  repo: string;
  tag: string;
  name: string;
  body: string;
  prerelease: boolean;
}

export async function createRelease(input: ReleaseInput, token: string): Promise<string> {
  const res = await fetch(`${API}/repos/${input.owner}/${input.repo}/releases`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'content-type': 'application/json',
      'user-agent': 'relay-release',
    },
    body: JSON.stringify({
      tag_name: input.tag,
      name: input.name,
      body: input.body,
      prerelease: input.prerelease,
    }),
  });
  if (!res.ok) {
    throw new Error(`GitHub release failed: ${res.status} ${await res.text()}`);
  }
  const json = (await res.json()) as { html_url: string };
  return json.html_url;
}
