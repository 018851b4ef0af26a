export default async function warm() {
    // Windows ships a system-wide font cache service; nothing to do.
}
//# sourceMappingURL=fc-win.js.map