/**
 * The admin site's own script (dist/beheer/cms/beheer.js, bundled by cms-site.ts). Loaded before the
 * Decap bundle: it asks Decap not to start by itself, then registers what the generated config names —
 * the byte-keeping format "frontmatter-behoud" and the widgets "tekst", "tekstvak" and "werkgebied",
 * which check a value with the schema's own Dutch message — and starts the CMS with config.yml.
 */
import { fromFile, toFile } from './cms-format.ts';
import { fieldProblem } from './cms-validate.ts';

type Props = {
  value?: unknown;
  onChange: (v: unknown) => void;
  field: { get: (k: string) => unknown };
  forID?: string;
  classNameWrapper?: string;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
};
type Decap = {
  registerCustomFormat: (name: string, extension: string, format: { fromFile: typeof fromFile; toFile: typeof toFile }) => void;
  registerWidget: (name: string, control: unknown, preview?: unknown) => void;
  getWidget: (name: string) => { control: unknown } | undefined;
  init: (options?: unknown) => void;
};
type Win = Window & { CMS?: Decap; CMS_MANUAL_INIT?: boolean; h?: (...args: unknown[]) => unknown; createClass?: (spec: Record<string, unknown>) => unknown };

const win = window as Win;
win.CMS_MANUAL_INIT = true;

function validated(control: unknown) {
  return win.createClass!({
    isValid(this: { props: Props }) {
      const message = fieldProblem(String(this.props.field.get('schema') ?? ''), this.props.value);
      return message ? { error: { message } } : true;
    },
    render(this: { props: Props }) {
      return win.h!(control, this.props);
    },
  });
}

/** "regio", "landelijk" or gemeenten separated by commas; stored as the schema wants it. */
function werkgebied() {
  const toValue = (text: string): unknown => {
    const t = text.trim();
    if (t === '' || t === 'regio' || t === 'landelijk') return t || 'regio';
    return t
      .split(',')
      .map((g) => g.trim())
      .filter(Boolean);
  };
  return win.createClass!({
    getInitialState(this: { props: Props }) {
      const v = this.props.value;
      return { text: Array.isArray(v) ? v.join(', ') : String(v ?? 'regio') };
    },
    isValid(this: { props: Props }) {
      const message = fieldProblem(String(this.props.field.get('schema') ?? ''), this.props.value);
      return message ? { error: { message } } : true;
    },
    render(this: { props: Props; state: { text: string }; setState: (s: unknown) => void }) {
      return win.h!('input', {
        type: 'text',
        id: this.props.forID,
        className: this.props.classNameWrapper,
        value: this.state.text,
        onFocus: this.props.setActiveStyle,
        onBlur: this.props.setInactiveStyle,
        onChange: (e: { target: { value: string } }) => {
          this.setState({ text: e.target.value });
          this.props.onChange(toValue(e.target.value));
        },
      });
    },
  });
}

function start(): void {
  const cms = win.CMS;
  if (!cms) {
    document.body.textContent = 'Het beheer kon niet laden: decap-cms.js ontbreekt. Bouw de site opnieuw met npm run build.';
    return;
  }
  cms.registerCustomFormat('frontmatter-behoud', 'md', { fromFile, toFile });
  cms.registerWidget('tekst', validated(cms.getWidget('string')!.control));
  cms.registerWidget('tekstvak', validated(cms.getWidget('text')!.control));
  cms.registerWidget('werkgebied', werkgebied());
  cms.init();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
