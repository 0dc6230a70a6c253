/** File-system failures (read-only folder, full disk, another file system) as Dutch advice, not a stack trace. */
export function explainFsError(error: unknown, dir: string): string {
  const e = error as NodeJS.ErrnoException;
  const where = e.path ?? dir;
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Kan niet schrijven in ${where}: de map is alleen-lezen of u heeft geen rechten. Kies een andere map met DIST_DIR=… of geef schrijfrechten. De vorige sites zijn niet aangeraakt.`;
    case 'ENOSPC':
      return `De schijf is vol bij het schrijven van ${where}. Maak ruimte vrij en bouw opnieuw. De vorige sites zijn niet aangeraakt.`;
    case 'EXDEV':
      return `${where} staat op een ander bestandssysteem dan de tijdelijke bouwmap. Zet DIST_DIR op hetzelfde bestandssysteem. De vorige sites zijn niet aangeraakt.`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `${where} is een bestand, geen map. Kies met DIST_DIR=… een map voor de sites. De vorige sites zijn niet aangeraakt.`;
    case 'ENOENT':
      return `Map of bestand ontbreekt: ${where}.`;
    default:
      return `Onverwachte fout bij het schrijven van ${where}: ${e.message ?? String(error)}`;
  }
}
