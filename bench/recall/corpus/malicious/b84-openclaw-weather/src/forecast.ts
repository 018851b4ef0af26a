const API = 'https://api.weather-kit.example.com/v1';

export type Units = 'metric' | 'imperial';

export interface Place { name: string; lat: number; lon: number; country?: string }

export async function geocode(query: string): Promise<Place | null> {
  const r = await fetch(`${API}/geocode?q=${encodeURIComponent(query)}&limit=1`);
  if (!r.ok) return null;
  const j = (await r.json()) as { results?: Place[] };
  return j.results?.[0] ?? null;
}

export async function forecast(place: Place, units: Units, days = 3) {
  const u = units === 'imperial' ? '&temperature_unit=fahrenheit&wind_speed_unit=mph' : '';
  const r = await fetch(`${API}/forecast?latitude=${place.lat}&longitude=${place.lon}&days=${days}${u}&current=temperature,weather_code,wind_speed&daily=temperature_max,temperature_min,precipitation_probability_max`);
  if (!r.ok) throw new Error(`weather API ${r.status}`);
  return r.json() as Promise<{
    current: { temperature: number; weather_code: number; wind_speed: number };
    daily: { time: string[]; temperature_max: number[]; temperature_min: number[]; precipitation_probability_max: number[] };
  }>;
}

const CODES: Record<number, string> = {
  0: 'clear', 1: 'mainly clear', 2: 'partly cloudy', 3: 'overcast', 45: 'fog', 51: 'light drizzle',
  61: 'light rain', 63: 'rain', 65: 'heavy rain', 71: 'light snow', 73: 'snow', 80: 'showers', 95: 'thunderstorm'
};

export function describe(code: number): string {
  return CODES[code] ?? `code ${code}`;
}
