const fs = require('fs'), os = require('os'), path = require('path');
class AutoStart {
  constructor({ name, appPath }) { this.name = name; this.appPath = appPath; }
  file() {
    if (process.platform === 'darwin') return path.join(os.homedir(), 'Library/LaunchAgents', `com.${this.name}.plist`);
    if (process.platform === 'win32') return path.join(process.env.APPDATA, 'Microsoft/Windows/Start Menu/Programs/Startup', `${this.name}.cmd`);
    return path.join(os.homedir(), '.config/autostart', `${this.name}.desktop`);
  }
  enable() {
    const f = this.file();
    fs.mkdirSync(path.dirname(f), { recursive: true });
    if (process.platform === 'darwin') fs.writeFileSync(f, `<?xml version="1.0"?><plist version="1.0"><dict><key>Label</key><string>com.${this.name}</string><key>ProgramArguments</key><array><string>${this.appPath}</string></array><key>RunAtLoad</key><true/></dict></plist>`);
    else if (process.platform === 'win32') fs.writeFileSync(f, `@start "" "${this.appPath}"\r\n`);
    else fs.writeFileSync(f, `[Desktop Entry]\nType=Application\nName=${this.name}\nExec=${this.appPath}\n`);
  }
  disable() { try { fs.unlinkSync(this.file()); } catch {} }
  isEnabled() { return fs.existsSync(this.file()); }
}
module.exports = AutoStart;
