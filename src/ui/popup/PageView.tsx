// "This page": the target tab's findings grouped by verdict with counts, the date the page
// is judged as of and where it came from, a date override, the site and "only problems"
// switches. Talks to the content script through the typed messages of src/messaging.ts.
import { useEffect, useRef, useState } from 'preact/hooks';
import { isProblem } from '../../engine/types';
import { sendMessage, type PageFindings } from '../../messaging';
import type { ReportDraft } from '../../report/types';
import { disabledSitesSetting, enabledSetting, isSiteEnabled, onlyProblemsSetting } from '../../settings';
import { AS_OF_SOURCE_LABELS, formatDate, groupByVerdict, toggleSite, VERDICT_LABELS, webHostname, type Finding } from './format';
import { closePopup, findTargetTab, type TargetTab } from './target-tab';
import { useSetting } from '../use-setting';

type State =
  | { status: 'loading' }
  /** No tab, or a page no content script runs on (chrome://, the web store, a PDF, a file). */
  | { status: 'unreachable'; tab: TargetTab | null }
  /** The content script answered but is not annotating (site or extension switched off). */
  | { status: 'off'; tab: TargetTab }
  | { status: 'ready'; tab: TargetTab; findings: PageFindings };

export function PageView({ active }: { active: boolean }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [enabled, setEnabled] = useSetting(enabledSetting);
  const [disabledSites, setDisabledSites] = useSetting(disabledSitesSetting);
  const [onlyProblems, setOnlyProblems] = useSetting(onlyProblemsSetting);

  /** Asks the tab for its findings; `attempts` > 1 waits for an annotator that is starting up. */
  const load = async (attempts = 1) => {
    const tab = await findTargetTab().catch(() => null);
    if (!tab) return setState({ status: 'unreachable', tab: null });
    // Keep an address learnt earlier: without the "tabs" permission the tab may not tell it.
    if (!tab.url && state.status !== 'loading' && state.tab?.url) tab.url = state.tab.url;
    for (let attempt = 1; ; attempt++) {
      try {
        const findings = await sendMessage('getFindings', undefined, tab.id);
        if (findings || attempt >= attempts)
          return setState(findings ? { status: 'ready', tab: { ...tab, url: findings.url }, findings } : { status: 'off', tab });
      } catch {
        // "Could not establish connection. Receiving end does not exist.": no content script here.
        return setState({ status: 'unreachable', tab });
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };

  useEffect(() => {
    if (active) void load();
    // Load when the view becomes active, not again each time `load` is re-created by a render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  // The content script watches the same settings and starts or stops on its own; the popup
  // follows: off at once, or on when the restarted annotator has its first findings.
  const settingsKey = `${enabled} ${disabledSites?.join(' ')}`;
  const lastSettings = useRef(settingsKey);
  useEffect(() => {
    if (lastSettings.current === settingsKey || enabled == null || disabledSites == null) return;
    const wasLoaded = !lastSettings.current.includes('undefined');
    lastSettings.current = settingsKey;
    if (!active || !wasLoaded || state.status === 'loading' || state.status === 'unreachable') return;
    const host = state.status === 'ready' ? webHostname(state.findings.url) : webHostname(state.tab.url);
    const on = enabled && host != null && isSiteEnabled(host, true, disabledSites);
    // Keep the page's address: without the "tabs" permission the tab may not tell it again.
    if (!on) setState({ status: 'off', tab: { ...state.tab, url: state.status === 'ready' ? state.findings.url : state.tab.url } });
    else void load(20);
    // Only a change of the settings themselves restarts the view; the rest is read as it is then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settingsKey]);

  const hostname =
    state.status === 'ready' ? webHostname(state.findings.url) : state.status === 'loading' ? null : webHostname(state.tab?.url);
  const siteOn = hostname != null && enabled != null && disabledSites != null && isSiteEnabled(hostname, true, disabledSites);

  return (
    <div class="page-view">
      {state.status === 'loading' && <p class="state">Reading this page…</p>}
      {state.status === 'unreachable' && (
        <div class="state">
          <p>Factmark can’t read this page.</p>
          <p class="muted">
            It checks news pages on the web (http and https). Browser pages, the extension store, local files and PDFs are out of its reach;
            on a page opened before Factmark was installed, reload it.
          </p>
        </div>
      )}
      {state.status === 'off' && (
        <div class="state">
          <p>{enabled === false ? 'Factmark is switched off.' : 'Factmark is off on this site.'}</p>
        </div>
      )}
      {state.status === 'ready' && (
        <Findings
          tab={state.tab}
          findings={state.findings}
          onFindings={(findings) => setState({ status: 'ready', tab: state.tab, findings })}
        />
      )}

      <fieldset class="switches">
        <legend class="visually-hidden">Settings</legend>
        <Switch
          label={hostname ? `Check pages on ${hostname}` : 'Check pages on this site'}
          checked={siteOn}
          disabled={hostname == null || disabledSites == null}
          onChange={(on) => hostname && disabledSites && setDisabledSites(toggleSite(disabledSites, hostname, on))}
        />
        <Switch
          label="Show only problems (outdated, contradicted)"
          checked={onlyProblems === true}
          disabled={onlyProblems == null}
          onChange={(on) => setOnlyProblems(on)}
        />
        <Switch label="Factmark on" checked={enabled === true} disabled={enabled == null} onChange={(on) => setEnabled(on)} />
      </fieldset>
    </div>
  );
}

function Switch({
  label,
  checked,
  disabled,
  onChange,
}: {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange(on: boolean): void;
}) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

function Findings({ tab, findings, onFindings }: { tab: TargetTab; findings: PageFindings; onFindings(findings: PageFindings): void }) {
  const [asOfInput, setAsOfInput] = useState(findings.asOf);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setAsOfInput(findings.asOf), [findings.asOf]);

  const groups = groupByVerdict(findings.annotations);
  const problems = findings.annotations.filter((a) => isProblem(a.verdict)).length;

  const rejudge = async (asOf: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const next = await sendMessage('overrideAsOf', { asOf }, tab.id);
      if (next) onFindings(next);
      else setError('The page stopped answering; reload it and try again.');
    } catch {
      setError('The page stopped answering; reload it and try again.');
    } finally {
      setBusy(false);
    }
  };

  const reveal = async (finding: Finding) => {
    const shown = await sendMessage('revealAnnotation', { id: finding.id }, tab.id).catch(() => false);
    if (shown) closePopup();
    else setError('That passage is no longer on the page.');
  };

  const report = (finding: Finding) => {
    const { id: _id, sentence, ...annotation } = finding;
    const draft: ReportDraft = { annotation, sentence, asOf: findings.asOf, asOfSource: findings.asOfSource, pageUrl: findings.url };
    // Only opens the form; nothing leaves the browser until the reader submits it there.
    void sendMessage('openReportForm', draft).then(closePopup, () => setError('Could not open the report form.'));
  };

  return (
    <div class="findings">
      <h2 class="page-title">{findings.title || findings.url}</h2>
      <p class="as-of">
        Judged as of <strong>{formatDate(findings.asOf)}</strong>, from {AS_OF_SOURCE_LABELS[findings.asOfSource]}.
      </p>
      <form
        class="as-of-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (/^\d{4}-\d{2}-\d{2}$/.test(asOfInput)) void rejudge(asOfInput);
        }}
      >
        <label for="as-of-date">Judge as of</label>
        <input id="as-of-date" type="date" value={asOfInput} required onInput={(event) => setAsOfInput(event.currentTarget.value)} />
        <button type="submit" disabled={busy}>
          Apply
        </button>
        {findings.asOfSource === 'flag' && (
          <button type="button" disabled={busy} onClick={() => void rejudge(null)}>
            Page’s date
          </button>
        )}
      </form>
      <p class="summary" role="status" aria-live="polite">
        {findings.annotations.length === 0
          ? 'Nothing checkable found on this page.'
          : `${findings.annotations.length} finding${findings.annotations.length === 1 ? '' : 's'}, ${problems} problem${problems === 1 ? '' : 's'}`}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {groups.map(({ verdict, findings: items }) => (
        // Problems open; supported and context folded when there are problems to read first.
        <details key={verdict} class={`verdict-group verdict-${verdict}`} open={isProblem(verdict) || problems === 0}>
          <summary>
            <h3>
              <span class="verdict-dot" aria-hidden="true" />
              {VERDICT_LABELS[verdict]} <span class="count">({items.length})</span>
            </h3>
          </summary>
          <ul class="finding-list">
            {items.map((finding) => (
              <li key={finding.id} class="finding" data-verdict={finding.verdict}>
                <button
                  type="button"
                  class="finding-quote"
                  onClick={() => void reveal(finding)}
                  aria-label={`Show on page: ${finding.quote}`}
                >
                  “{finding.quote}”
                </button>
                <p class="finding-message">{finding.message}</p>
                <button
                  type="button"
                  class="link-button report"
                  onClick={() => report(finding)}
                  aria-label={`Report a problem with “${finding.quote}”`}
                >
                  Report a problem
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
