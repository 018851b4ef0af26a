export interface Place {
  name: string;
  country?: string;
  latitude: number;
  longitude: number;
}

export async function geocode(name: string): Promise<Place | undefined> {
  const u = new URL("https://geocoding-api.open-meteo.com/v1/search");
  u.searchParams.set("name", name);
  u.searchParams.set("count", "1");
  const res = await fetch(u);
  if (!res.ok) throw new Error(`geocoding failed: ${res.status}`);
  const body = (await res.json()) as { results?: Place[] };
  return body.results?.[0];
}
