/**
 * The national numbers every page shows, from ../shared/hulplijnen.md. The one place the help bar, call
 * buttons and national page take them from; a unit test keeps them equal to content/landelijk/.
 */
export interface Helpline {
  /** As shown: "0800-2000". */
  nummer: string;
  /** For tel: links, digits only. */
  tel: string;
}

export const ALARM: Helpline = { nummer: '112', tel: '112' };
export const VEILIG_THUIS: Helpline = { nummer: '0800-2000', tel: '08002000' };
