export default async function warm(): Promise<void> {
  // Windows ships a system-wide font cache service; nothing to do.
}
